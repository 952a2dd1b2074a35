# Day 70 (hold-out): a Djibouti French channel, morning edition of Tuesday 13 April 2027
# (window 17:00 Monday - 05:00 Tuesday Djibouti, Africa/Djibouti = UTC+3, no summer time).
# Gold answer written before any run: each post's story, its lede (the true first sentence) and
# the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: the Energy Minister, Fatouma Ali Robleh, on
#   Radio Bab-el-Mandeb on Monday evening, quoted about the power cuts after the fault on the
#   interconnection line from Ethiopia (post 29) and about the new geothermal well at Lac Assal
#   (post 33), both carrying « Un pays ne peut pas suspendre sa lumière à un seul câble venu de
#   l'étranger » (the submarine cable story, another "câble", does NOT carry it);
# - a shared wire byline line ("Agence Corne Presse | Mis à jour : 13-04-2027 04:12"): the
#   reopening of the Saudi market to Djibouti's sheep and goats (post 38) and the landing of the
#   new submarine cable at Haramous (post 41), three minutes apart, unrelated;
# - the same port: the fire aboard the bulk carrier Sea Merit at Doraleh (posts 8-12) and the
#   strike of the tug crews at Doraleh (posts 18-22); post 19 (strike) mentions the fire and
#   post 10 (fire) mentions the striking tug crews;
# - the same hospital: the Balbala fire's burned are taken to the Hôpital général Peltier (posts
#   15, 16) and Peltier's first public MRI scanner (posts 48-50; post 49 says it took in the
#   fire's injured); the train's injured go to the Ali Sabieh regional hospital, another one;
# - the same town: Balbala holds the houses' fire, is served by the striking minibus lines (post
#   24, 26) and has its slot in the power-cut schedule (post 30); the Djibouti court holds both
#   trials; Ali Sabieh holds the derailment; Obock holds the shipwreck;
# - look-alike stories: two fires on the same evening a few kilometres apart (houses at PK12 in
#   Balbala; a bulk carrier at Doraleh); two strikes (tug crews at the port; minibus drivers
#   against the diesel price rise, from Tuesday 06:00); two trials before the same Djibouti court
#   on the same Monday (the Galafi customs officers: verdict, posts 42-44; the water office
#   embezzlement: requisitions, posts 45-47); two tolls that rise (the shipwreck 14 -> 16 -> 21
#   -> 27 dead, posts 1, 3, 4, 5, 7; the Balbala fire 2 -> 3 dead, posts 13, 16); two "cable"
#   stories (the power line from Ethiopia; the submarine cable); two transport stories (train,
#   minibus) each with a "how to get around" post; post 16 (Balbala fire) carries a "Lire aussi"
#   line naming the shipwreck;
# - stories told from other angles: why the eastern route kills and how to alert (post 6), why
#   soy meal self-heats (post 12), how to help the PK12 families (post 17), what the tug strike
#   means for importers (post 21), how to get around on Tuesday (post 25), the schedule by district
#   (post 30), the ice and drinks sellers (post 31), Lac Assal feature (post 35), the breeders of
#   Dikhil (post 37), the truckers' reaction (post 44), the villages without boreholes (post 47),
#   travellers to Dire Dawa (post 54), what the free-zone law changes (post 58);
# - synonyms across outlets: "embarcation", "bateau", "boutre", "boat", "vessel", "chavirement",
#   "naufrage"; "incendie", "feu", "sinistre", "blaze"; "grève", "arrêt de travail", "débrayage",
#   "strike"; "remorqueurs", "tugboats", "tug crews"; "coupures", "délestages", "panne de courant",
#   "power cuts", "outages"; "minibus", "transports en commun"; "gazole", "carburant", "diesel";
#   "moutons et chèvres", "petits ruminants", "bétail";
# - English posts (agencies' English service, an English Horn paper): posts 3, 7, 9, 14, 20, 26,
#   32, 40, 50, 53;
# - a promo posted alone (post 59); filler of importance 0: football result (posts 60-61),
#   weather bulletin with heat and sand wind (post 62), horoscope (post 63).
NAME = "2027-04-13-fr-matin-djibouti-h70"
CHANNEL = {"lang": "fr", "tz": "Africa/Djibouti"}
WINDOW = ("2027-04-12T14:00:00Z", "2027-04-13T02:00:00Z")
CTX = {"stamp": "13-04-2027 04:12", "line": "Agence Corne Presse | Mis à jour : 13-04-2027 04:12",
       "city": "Djibouti", "date_fr": "12 avr", "date_en": "Apr 12",
       "author": "Hassan Omar Guedi", "clarify": "the number of people still missing",
       "caption": "", "also": "notre dossier", "country": "Djibouti"}
# The editor's top 5: the migrant boat shipwreck off Obock, the Balbala fire, the power cuts after
# the fault on the Ethiopian line, the tug crews' strike at Doraleh, the minibus drivers' strike.
TOP5 = ["naufrage-migrants-obock", "incendie-habitations-balbala", "coupures-ligne-ethiopie",
        "greve-remorqueurs-doraleh", "greve-minibus-carburant"]
DJ = "Djibouti"
E = "Économie"
SA = "Santé"
J = "Justice"
FD = "Faits divers"
P = "Politique"
T = "Transports"
ACP = "agence-corne-presse.dj"
GAZ = "gazette-de-la-corne.dj"
RADIO = "radio-bab-el-mandeb.dj"
ACTU = "djib-actu.net"
ECHO = "echo-de-tadjourah.dj"
WW = "wire-west.com"
APL = "ap-like.com"
HORN = "horn-standard.com"
N13 = {"date_fr": "13 avr", "date_en": "Apr 13"}
QUOTE = ("« Un pays ne peut pas suspendre sa lumière à un seul câble venu de l'étranger »")
POSTS = [
 # 1. Migrant boat capsizes off Obock on Monday evening; 14 -> 27 dead, dozens missing.
 ("naufrage-migrants-obock", ACP, "fr", 3, 215, 3600, [DJ, FD], "afp",
  "Au moins quatorze migrants morts dans le naufrage d'une embarcation au large d'Obock",
  "Au moins quatorze migrants ont péri et plusieurs dizaines sont portés disparus après le chavirement lundi soir de leur embarcation au large d'Obock, dans le nord du pays, a-t-on appris auprès des garde-côtes.",
  "Le bateau, qui transportait selon les premiers témoignages plus de cent personnes, avait quitté la côte vers 19 heures en direction du Yémen lorsqu'il s'est retourné à quelques kilomètres du rivage, par mer agitée.",
  {"city": "Obock"}),
 ("naufrage-migrants-obock", RADIO, "fr", 3, 268, 2200, [DJ], "",
  "Naufrage d'Obock : « Les passeurs nous ont fait monter à coups de bâton »",
  "Joint par notre correspondant à Obock, un rescapé de dix-neuf ans raconte que les passeurs ont entassé les voyageurs sur le pont d'un boutre prévu pour une quarantaine de personnes, en menaçant ceux qui hésitaient.",
  "« La vague est arrivée sur le côté et tout le monde a glissé du même côté, le bateau s'est couché », dit-il. Il a nagé près de deux heures avant d'être hissé à bord d'une barque de pêcheurs."),
 ("naufrage-migrants-obock", WW, "en", 3, 330, 1100, ["Africa", "Migration"], "reuters",
  "At least 16 migrants dead after boat capsizes off Djibouti",
  "At least 16 migrants drowned when an overcrowded boat bound for Yemen capsized off the northern Djiboutian town of Obock on Monday evening, the coast guard said, with dozens of people still missing.",
  "The crossing of the Bab el-Mandeb strait is one of the busiest and deadliest migration routes in the world, used mostly by young Ethiopians trying to reach Gulf countries for work."),
 ("naufrage-migrants-obock", GAZ, "fr", 3, 452, 2900, [DJ, FD], "caption",
  "Naufrage au large d'Obock : le bilan passe à vingt et un morts",
  "Les garde-côtes ont repêché dans la nuit sept nouveaux corps au large d'Obock, portant à vingt et un le nombre de morts du naufrage de lundi soir, selon le préfet de la région, Ahmed Daher Bouraleh.",
  "Trente-huit rescapés ont été pris en charge au centre de santé d'Obock ; les recherches, appuyées par des pêcheurs de la ville, devaient reprendre au lever du jour.",
  {"site": "La Gazette de la Corne", "caption": "Des garde-côtes déposent une civière sur la jetée d'Obock, dans la nuit du lundi 12 au mardi 13 avril 2027."}),
 ("naufrage-migrants-obock", ACP, "fr", 3, 598, 3300, [DJ, FD], "actu",
  "Chavirement d'un bateau de migrants près d'Obock : vingt-sept morts, une enquête ouverte",
  "Le bilan du chavirement d'un bateau de migrants survenu lundi soir au large d'Obock s'élève désormais à vingt-sept morts, et le parquet a ouvert une enquête pour homicides involontaires et trafic de personnes, a annoncé mardi à l'aube le ministère de l'Intérieur.",
  "Deux hommes soupçonnés d'avoir organisé la traversée ont été interpellés dans un campement à la sortie de la ville. Une trentaine de personnes restent portées disparues."),
 ("naufrage-migrants-obock", ACTU, "fr", 3, 655, 1300, [DJ], "",
  "Route de l'Est : pourquoi la traversée vers le Yémen est si meurtrière",
  "Chaque année, des dizaines de milliers de jeunes Éthiopiens traversent à pied le désert djiboutien jusqu'aux plages d'Obock pour embarquer vers le Yémen, sur des embarcations surchargées qui partent de nuit pour échapper aux patrouilles.",
  "Les organisations humanitaires rappellent que toute personne témoin d'un départ ou d'une détresse en mer peut prévenir les garde-côtes par le numéro d'urgence maritime, joignable jour et nuit."),
 ("naufrage-migrants-obock", HORN, "en", 3, 690, 700, ["Horn of Africa"], "donate",
  "Djibouti shipwreck toll rises to 27 as smugglers arrested",
  "The number of migrants who died when their vessel overturned off Obock has risen to 27, Djibouti's interior ministry said early on Tuesday, announcing the arrest of two suspected smugglers.",
  "Around 30 people are still unaccounted for."),

 # 2. Fire aboard a bulk carrier at the Doraleh multipurpose port; crew evacuated, one injured.
 ("incendie-vraquier-doraleh", ACP, "fr", 2, 185, 1800, [DJ, E], "colon",
  "Port de Doraleh : un incendie se déclare à bord d'un vraquier à quai",
  "Un incendie s'est déclaré lundi en fin d'après-midi dans une cale d'un vraquier battant pavillon libérien amarré au port polyvalent de Doraleh, obligeant l'évacuation de ses vingt et un membres d'équipage, a indiqué l'autorité portuaire.",
  "Le navire, le Sea Merit, déchargeait depuis dimanche une cargaison de tourteaux de soja destinée à l'Éthiopie. Une épaisse fumée noire était visible depuis la route de Balbala."),
 ("incendie-vraquier-doraleh", APL, "en", 2, 240, 600, ["Africa", "Shipping"], "updated",
  "Fire breaks out on cargo ship in Djibouti port",
  "Firefighters were battling a blaze in the hold of a bulk carrier docked at Djibouti's Doraleh port on Monday, the port authority said, after the crew was taken off the ship.",
  "One sailor was treated for smoke inhalation. The cause of the fire was not immediately known.",
  {"clarify": "the ship's cargo, which was soybean meal and not fertiliser"}),
 ("incendie-vraquier-doraleh", GAZ, "fr", 2, 362, 1400, [DJ], "",
  "Feu sur le Sea Merit : les pompiers du port ont travaillé toute la soirée",
  "Les sapeurs-pompiers de l'autorité portuaire, renforcés par ceux de l'aéroport, ont passé la soirée de lundi à noyer la cale en feu du vraquier Sea Merit, en injectant de l'eau de mer par les écoutilles.",
  "Deux remorqueurs ont éloigné une barge de carburant amarrée à proximité ; ils étaient menés par des cadres de la société de remorquage, les équipages étant en grève depuis l'après-midi."),
 ("incendie-vraquier-doraleh", ACP, "fr", 2, 512, 1100, [DJ, E], "",
  "Vraquier en feu à Doraleh : le sinistre maîtrisé, une enquête ouverte",
  "L'incendie qui s'était déclaré lundi dans une cale du vraquier Sea Merit, au port polyvalent de Doraleh, a été maîtrisé dans la nuit, a annoncé mardi l'autorité portuaire, qui a ouvert une enquête sur une possible combustion spontanée de la cargaison.",
  "Un marin philippin, intoxiqué par les fumées, a été soigné sur place. Les opérations de déchargement resteront suspendues sur ce poste à quai au moins quarante-huit heures."),
 ("incendie-vraquier-doraleh", ACTU, "fr", 2, 620, 600, [DJ], "",
  "Tourteaux de soja : pourquoi une cargaison peut prendre feu toute seule",
  "Les tourteaux de soja, résidus riches en huile, peuvent s'échauffer jusqu'à s'enflammer lorsqu'ils sont humides et tassés pendant plusieurs semaines dans une cale mal ventilée, expliquent les spécialistes du transport maritime.",
  "C'est l'une des pistes étudiées après le feu du Sea Merit à Doraleh."),

 # 3. Fire in makeshift houses in Balbala (PK12); 2 -> 3 dead, burned taken to Peltier.
 ("incendie-habitations-balbala", ACP, "fr", 3, 200, 3100, [DJ, FD], "teaser",
  "Balbala : deux enfants morts dans un incendie qui ravage des dizaines d'habitations",
  "Deux enfants ont péri et une soixantaine d'habitations de fortune ont été détruites lundi soir par un incendie dans le quartier de PK12, à Balbala, a indiqué la protection civile.",
  "Le feu serait parti d'un réchaud à gaz vers 18 h 30 et s'est propagé très vite entre les maisons de tôle et de bois, attisé par le vent du soir."),
 ("incendie-habitations-balbala", "menafn-kuna.com", "en", 3, 300, 300, ["Africa"], "kuna",
  "Fire kills two children in Djibouti suburb",
  "Two children were killed and some 60 homes destroyed when a fire swept through a crowded neighbourhood of Balbala, on the outskirts of the Djiboutian capital, on Monday evening, civil protection officials said.",
  "Eleven people were taken to hospital with burns."),
 ("incendie-habitations-balbala", RADIO, "fr", 3, 318, 2000, [DJ], "",
  "PK12 : les sinistrés de Balbala ont passé la nuit dehors",
  "Plus de trois cents habitants de PK12 ont passé la nuit de lundi à mardi dans la cour d'une école voisine ou chez des proches, après le feu qui a réduit leurs maisons en cendres.",
  "« Nous avons juste pris les enfants, le reste a brûlé en dix minutes », raconte une mère de famille. Onze brûlés ont été transportés à l'hôpital général Peltier."),
 ("incendie-habitations-balbala", GAZ, "fr", 3, 470, 2600, [DJ, FD], "lire",
  "Incendie de Balbala : le bilan s'alourdit à trois morts",
  "Une femme de soixante ans, grièvement brûlée lors de l'incendie de lundi soir à PK12, a succombé dans la nuit à l'hôpital général Peltier, portant le bilan à trois morts, a-t-on appris de source hospitalière.",
  "Huit blessés restent hospitalisés, dont deux enfants dans un état jugé sérieux. Le ministre de l'Intérieur s'est rendu sur les lieux peu avant minuit.",
  {"also": "Chavirement d'un bateau de migrants au large d'Obock"}),
 ("incendie-habitations-balbala", ACTU, "fr", 3, 640, 900, [DJ], "soutien",
  "Sinistrés de PK12 : comment leur venir en aide",
  "Le Croissant-Rouge de Djibouti collecte dès mardi matin couvertures, nattes, vêtements d'enfants et jerricans à son siège et à la mairie de Balbala pour les familles dont la maison a brûlé à PK12.",
  "Les dons d'argent peuvent être faits par paiement mobile sur le numéro de la collecte indiqué par l'association ; évitez d'apporter des denrées périssables."),

 # 4. Tug crews strike at Doraleh over bonuses; ships wait at anchor; talks scheduled Tuesday.
 ("greve-remorqueurs-doraleh", ACP, "fr", 2, 160, 1700, [DJ, E], "afp",
  "Grève des équipages de remorqueurs au port de Doraleh",
  "Les équipages des remorqueurs du port de Doraleh ont cessé le travail lundi à 14 heures pour réclamer le versement de primes de nuit qu'ils disent impayées depuis six mois, a-t-on appris auprès de leur syndicat.",
  "Sans remorqueurs, les grands porte-conteneurs ne peuvent ni accoster ni quitter les quais, ont rappelé les pilotes du port."),
 ("greve-remorqueurs-doraleh", GAZ, "fr", 2, 290, 1200, [DJ, E], "publie",
  "Doraleh : une dizaine de navires bloqués en rade par l'arrêt de travail des remorqueurs",
  "Une dizaine de navires, dont quatre porte-conteneurs, attendaient lundi soir en rade de Djibouti de pouvoir accoster, l'arrêt de travail des marins des remorqueurs paralysant les manœuvres au terminal à conteneurs de Doraleh.",
  "Le mouvement intervient le jour même où un incendie s'est déclaré à bord d'un vraquier au port polyvalent voisin, sans lien avec la grève selon les deux parties.",
  {"site": "La Gazette de la Corne"}),
 ("greve-remorqueurs-doraleh", WW, "en", 2, 395, 800, ["Africa", "Shipping"], "reuters",
  "Tug crews' strike halts ship movements at Djibouti's main container port",
  "A strike by tugboat crews over unpaid night bonuses halted vessel movements at Djibouti's Doraleh container terminal on Monday, leaving about ten ships waiting offshore, port and union sources said.",
  "Djibouti handles most of landlocked Ethiopia's foreign trade."),
 ("greve-remorqueurs-doraleh", ACTU, "fr", 2, 560, 700, [DJ, E], "",
  "Grève au port : ce que cela change pour les importateurs et les transitaires",
  "Chaque journée de blocage des remorqueurs décale les déchargements de plusieurs jours et fait courir aux importateurs des frais de surestaries que les armateurs facturent par navire et par jour d'attente.",
  "Les transitaires conseillent de vérifier auprès de leur agent maritime la nouvelle date d'arrivée et de conserver toutes les preuves du retard."),
 ("greve-remorqueurs-doraleh", ACP, "fr", 2, 700, 1000, [DJ, E], "byline_fr",
  "Remorqueurs en grève : une réunion de conciliation convoquée mardi à 10 heures",
  "L'inspection du travail a convoqué mardi à 10 heures la direction de la société de remorquage et le syndicat des marins pour une réunion de conciliation, alors que le débrayage entamé lundi immobilisait toujours les navires en rade.",
  "Le syndicat a prévenu qu'il ne reprendrait le travail qu'après un premier versement des primes.",
  {"site": "Agence Corne Presse", "author": "Idriss Moussa Abdi"}),

 # 5. Minibus drivers' strike from Tuesday 06:00 against the fuel price rise.
 ("greve-minibus-carburant", ACTU, "fr", 2, 110, 1900, [DJ, T], "",
  "Hausse du gazole : les chauffeurs de minibus appellent à la grève dès mardi",
  "Les chauffeurs de minibus de la capitale ont appelé lundi à une grève illimitée à partir de mardi 6 heures pour protester contre la hausse de 15 francs du prix du litre de gazole entrée en vigueur le 10 avril.",
  "Leur association demande un relèvement du tarif de la course ou une subvention du carburant pour les transports en commun."),
 ("greve-minibus-carburant", ACP, "fr", 2, 250, 1400, [DJ, T], "ats",
  "Transports en commun : les minibus à l'arrêt mardi à Djibouti",
  "Les lignes de minibus reliant le centre-ville à Balbala, à Arhiba et à l'aéroport seront à l'arrêt mardi, les chauffeurs ayant maintenu leur mot d'ordre de grève après l'échec d'une réunion au ministère des Transports lundi soir.",
  "Le ministère dit ne pas pouvoir revenir sur la hausse du carburant, décidée selon lui pour suivre les cours mondiaux."),
 ("greve-minibus-carburant", RADIO, "fr", 2, 530, 1500, [DJ, T], "",
  "Grève des minibus : comment se déplacer ce mardi",
  "Pour se rendre au travail mardi malgré la grève des minibus, les autorités conseillent de privilégier le covoiturage, les taxis collectifs, dont les chauffeurs n'ont pas rejoint le mouvement, et les bus scolaires qui circuleront normalement.",
  "Les examens blancs prévus dans les lycées sont maintenus ; les retards des élèves seront tolérés."),
 ("greve-minibus-carburant", HORN, "en", 2, 610, 400, ["Horn of Africa"], "place",
  "Djibouti minibus drivers strike over diesel price",
  "Minibus drivers in the Djiboutian capital were set to stop work on Tuesday morning in protest at a rise in the price of diesel, cutting the main public transport link to the suburbs.",
  "Minibuses carry most commuters between Balbala and the city centre."),

 # 6. Power cuts after a fault on the interconnection line from Ethiopia; the minister on radio.
 ("coupures-ligne-ethiopie", ACTU, "fr", 3, 80, 2400, [DJ, E], "",
  "Électricité : la capitale plongée dans le noir après une panne sur la ligne éthiopienne",
  "Une grande partie de la ville de Djibouti a été privée de courant lundi en fin d'après-midi après une avarie sur la ligne d'interconnexion qui achemine l'électricité produite en Éthiopie, a annoncé la société nationale d'électricité.",
  "Les centrales thermiques de Boulaos ont été relancées en urgence pour alimenter en priorité les hôpitaux et l'usine de dessalement."),
 ("coupures-ligne-ethiopie", ACP, "fr", 3, 190, 1900, [DJ, E], "",
  "Des délestages tournants jusqu'à la réparation de la ligne d'interconnexion",
  "La société nationale d'électricité va procéder à des délestages tournants de quatre heures dans tous les quartiers de la capitale jusqu'à la réparation de la ligne haute tension venue d'Éthiopie, endommagée près de la frontière, soit « au moins une semaine ».",
  "Les équipes éthiopiennes doivent remplacer deux pylônes abattus par une tempête de sable, selon l'entreprise."),
 ("coupures-ligne-ethiopie", RADIO, "fr", 3, 280, 2500, [DJ, E], "",
  "Coupures d'électricité : la ministre de l'Énergie promet des centrales de secours",
  "Invitée lundi soir de Radio Bab-el-Mandeb, la ministre de l'Énergie, Fatouma Ali Robleh, a promis la location de deux centrales mobiles pour réduire les coupures de courant qui frappent la capitale depuis la panne de la ligne venue d'Éthiopie.",
  "« Un pays ne peut pas suspendre sa lumière à un seul câble venu de l'étranger », a-t-elle déclaré, en appelant les ménages à éteindre climatiseurs et chauffe-eau aux heures de pointe."),
 ("coupures-ligne-ethiopie", GAZ, "fr", 3, 420, 1600, [DJ], "",
  "Délestages : le programme quartier par quartier",
  "Le Plateau du Serpent, le Héron et les Salines seront privés de courant de 9 heures à 13 heures, Arhiba et les quartiers 4 à 7 de 13 heures à 17 heures, et Balbala de 17 heures à 21 heures, selon le programme diffusé par la société d'électricité.",
  "Les horaires tourneront tous les deux jours ; pensez à débrancher les appareils avant la coupure pour éviter les surtensions au retour du courant."),
 ("coupures-ligne-ethiopie", ECHO, "fr", 3, 500, 800, [DJ, E], "",
  "Panne de courant : les petits commerces de glace et de boissons fraîches à la peine",
  "Vendeurs de glace, de jus et de boissons fraîches du marché central redoutent une semaine de pertes, les coupures d'électricité tombant aux heures les plus chaudes de la journée.",
  "« Sans congélateur, mes sachets fondent avant midi », explique un commerçant qui a dû jeter une partie de son stock."),
 ("coupures-ligne-ethiopie", HORN, "en", 3, 585, 500, ["Horn of Africa", "Energy"], "byline_en",
  "Djibouti faces a week of power outages after Ethiopian line fault",
  "Residents of Djibouti city face rolling power cuts of four hours a day for at least a week after storm damage to the transmission line that carries cheap hydroelectric power from Ethiopia, the national utility said.",
  "Djibouti imports most of its electricity from its neighbour.",
  {"site": "The Horn Standard", "author": "Amina Warsame"}),

 # 7. New geothermal well at Lac Assal; the same radio interview.
 ("forage-geothermie-assal", RADIO, "fr", 1, 300, 900, [DJ, E], "",
  "Lac Assal : un nouveau puits géothermique jugé prometteur",
  "Le quatrième puits d'exploration foré près du lac Assal a atteint une couche de vapeur à plus de 280 degrés, a annoncé lundi soir sur Radio Bab-el-Mandeb la ministre de l'Énergie, Fatouma Ali Robleh, qui y voit la preuve qu'une centrale géothermique est possible d'ici 2030.",
  "« Un pays ne peut pas suspendre sa lumière à un seul câble venu de l'étranger », a-t-elle répété, en évoquant une première tranche de 30 mégawatts."),
 ("forage-geothermie-assal", ACP, "fr", 1, 375, 600, [DJ, E], "ats",
  "Géothermie : des résultats encourageants au lac Assal",
  "Les essais de production du nouveau forage géothermique du lac Assal ont révélé un débit de vapeur suffisant pour alimenter une turbine de plusieurs mégawatts, selon l'Office de développement de l'énergie géothermique.",
  "Un appel d'offres pour la construction d'une centrale pilote doit être lancé avant la fin de l'année."),
 ("forage-geothermie-assal", GAZ, "fr", 1, 545, 400, [DJ], "",
  "Entre sel et vapeur, le lac Assal au cœur des ambitions énergétiques",
  "Au point le plus bas d'Afrique, sur les rives salées du lac Assal, les foreurs cherchent depuis quarante ans la chaleur qui remonte du rift pour en tirer de l'électricité.",
  ""),

 # 8. Livestock shipments to Saudi Arabia resume (shared byline line with the cable).
 ("exportation-betail-arabie", GAZ, "fr", 1, 230, 700, [DJ, E], "",
  "Bétail : reprise des exportations vers l'Arabie saoudite",
  "Les exportations de moutons et de chèvres vers l'Arabie saoudite vont reprendre cette semaine après la levée d'une suspension sanitaire de quatre mois, a annoncé lundi le ministère de l'Agriculture et de l'Élevage.",
  "Un premier navire doit embarquer 18 000 têtes vendredi après un passage par la station de quarantaine."),
 ("exportation-betail-arabie", ECHO, "fr", 1, 470, 400, [DJ, E], "",
  "Les éleveurs de Dikhil soulagés par la réouverture du marché saoudien",
  "Les éleveurs de la région de Dikhil, qui avaient dû vendre leurs bêtes à bas prix sur les marchés locaux pendant l'embargo, espèrent retrouver des cours normaux avant la saison du pèlerinage.",
  "Les bêtes partiront du quai aux bestiaux de Djibouti après vaccination."),
 ("exportation-betail-arabie", ACP, "fr", 1, 672, 500, [DJ, E], "reuters_line",
  "Élevage : le marché saoudien rouvert aux moutons et chèvres",
  "Riyad a levé la suspension des importations de petits ruminants en provenance de Djibouti, imposée en décembre après des cas de fièvre de la vallée du Rift dans la région, selon un communiqué du ministère de l'Élevage.",
  "Le pays est l'un des principaux points de transit du bétail de la Corne de l'Afrique vers la péninsule Arabique."),

 # 9. A new submarine cable lands at Haramous (shared byline line with the livestock).
 ("cable-sous-marin-haramous", ACTU, "fr", 1, 340, 600, [DJ, E], "",
  "Internet : un nouveau câble sous-marin arrive à Haramous",
  "Un nouveau câble sous-marin de fibre optique reliant l'Afrique de l'Est à l'Europe par la mer Rouge a atterri lundi sur la plage de Haramous, où il sera raccordé à la station de Djibouti Télécom.",
  "L'opérateur promet des débits plus élevés et des prix en baisse pour les abonnés d'ici la fin de l'année."),
 ("cable-sous-marin-haramous", HORN, "en", 1, 520, 250, ["Horn of Africa", "Tech"], "",
  "New subsea internet cable comes ashore in Djibouti",
  "A new undersea fibre-optic cable linking East Africa and Europe through the Red Sea was landed at Haramous beach in Djibouti on Monday, adding to the dozen systems that already make the country a regional data hub.",
  "Commercial service is expected before the end of the year."),
 ("cable-sous-marin-haramous", ACP, "fr", 1, 675, 450, [DJ, E], "reuters_line",
  "Télécoms : Djibouti accueille un dixième câble sous-marin",
  "Le raccordement d'un nouveau câble sous-marin à Haramous renforce la position de Djibouti comme carrefour des télécommunications entre l'Afrique, l'Asie et l'Europe, a souligné lundi le ministre de la Communication.",
  "Le câble longe la mer Rouge sur près de 6 000 kilomètres."),

 # 10. Galafi customs officers: verdict before the Djibouti court on Monday.
 ("proces-douaniers-galafi", ACP, "fr", 1, 170, 800, [DJ, J], "ats",
  "Pots-de-vin au poste de Galafi : cinq douaniers condamnés",
  "Le tribunal de première instance de Djibouti a condamné lundi cinq agents des douanes du poste frontière de Galafi à des peines de deux à cinq ans de prison pour avoir exigé des pots-de-vin aux chauffeurs de camions venant d'Éthiopie.",
  "L'enquête avait été déclenchée par des vidéos tournées par des routiers et diffusées sur les réseaux sociaux."),
 ("proces-douaniers-galafi", GAZ, "fr", 1, 345, 500, [DJ, J], "teaser",
  "Corruption à la frontière : le chef de poste écope de cinq ans",
  "Le chef du poste de douane de Galafi, présenté par l'accusation comme l'organisateur d'un système de « taxes » illégales prélevées sur chaque camion, a été condamné lundi à cinq ans de prison ferme et à la confiscation de ses biens.",
  "Un sixième prévenu a été relaxé au bénéfice du doute."),
 ("proces-douaniers-galafi", ACTU, "fr", 1, 480, 350, [DJ, J], "",
  "Galafi : les routiers saluent un verdict « enfin exemplaire »",
  "Les représentants des chauffeurs routiers du corridor Djibouti-Addis-Abeba ont salué lundi la condamnation des douaniers de Galafi, disant espérer la fin des « péages » informels sur la route.",
  ""),

 # 11. Water office embezzlement trial: requisitions, same court, same Monday.
 ("proces-detournement-office-eau", ACP, "fr", 1, 205, 700, [DJ, J], "",
  "Office de l'eau : sept ans de prison requis contre l'ancien directeur financier",
  "Le parquet a requis lundi sept ans de prison ferme contre l'ancien directeur financier de l'Office national de l'eau, jugé devant le tribunal de première instance de Djibouti pour le détournement de 480 millions de francs Djibouti destinés à l'entretien des forages.",
  "Le jugement a été mis en délibéré au 3 mai."),
 ("proces-detournement-office-eau", GAZ, "fr", 1, 430, 500, [DJ, J], "byline_fr",
  "Forages à l'abandon, factures fictives : le procès de l'Office de l'eau",
  "Des factures de réparation de pompes jamais réalisées, des groupes électrogènes achetés deux fois et des chantiers de forage restés à l'état de projet ont été détaillés lundi à l'audience du procès de l'ancien directeur financier de l'Office national de l'eau.",
  "Le prévenu, qui nie tout enrichissement, a mis en cause sa hiérarchie.",
  {"site": "La Gazette de la Corne", "author": "Kadra Houssein Farah"}),
 ("proces-detournement-office-eau", RADIO, "fr", 1, 505, 400, [DJ, J], "",
  "Procès de l'Office de l'eau : les villages de l'intérieur attendent toujours leurs forages",
  "Dans plusieurs villages de la région d'Arta, les habitants qui devaient être desservis par les forages financés sur les fonds détournés de l'Office de l'eau continuent de dépendre des camions-citernes.",
  "« On nous a dit que l'argent était parti ailleurs », résume un chef de village."),

 # 12. First public MRI scanner at the Hôpital général Peltier.
 ("irm-hopital-peltier", GAZ, "fr", 1, 140, 800, [DJ, SA], "caption",
  "Le premier appareil d'IRM public installé à l'hôpital Peltier",
  "L'hôpital général Peltier a mis en service lundi le premier appareil d'imagerie par résonance magnétique du secteur public, qui évitera à de nombreux patients des examens coûteux dans les cliniques privées ou à l'étranger.",
  "Les premiers rendez-vous seront réservés aux urgences neurologiques et aux enfants.",
  {"site": "La Gazette de la Corne", "caption": "Une manipulatrice installe un patient dans le nouvel appareil d'IRM de l'hôpital général Peltier, à Djibouti, le lundi 12 avril 2027."}),
 ("irm-hopital-peltier", ACP, "fr", 1, 445, 500, [DJ, SA], "",
  "Santé : l'IRM de Peltier examinera vingt patients par jour",
  "Le nouvel appareil d'IRM de l'hôpital général Peltier, qui a accueilli dans la nuit de lundi les brûlés de l'incendie de Balbala, pourra réaliser une vingtaine d'examens par jour au tarif public de 15 000 francs Djibouti.",
  "Deux radiologues djiboutiens ont été formés pendant six mois à son utilisation."),
 ("irm-hopital-peltier", "upi-like.com", "en", 1, 575, 150, ["Health"], "upi",
  "Djibouti's main public hospital gets its first MRI scanner",
  "Djibouti's Peltier General Hospital has started using the country's first public-sector MRI scanner, sparing patients costly scans in private clinics or abroad.",
  "The scanner was paid for by a development loan."),

 # 13. Freight train derailment near Ali Sabieh; passenger trains suspended until Thursday.
 ("train-marchandises-ali-sabieh", ACP, "fr", 2, 125, 1500, [DJ, T], "afp",
  "Un train de marchandises déraille près d'Ali Sabieh, deux cheminots blessés",
  "Sept wagons d'un train de marchandises de la ligne Djibouti-Addis-Abeba ont déraillé lundi après-midi à une dizaine de kilomètres d'Ali Sabieh, blessant légèrement le conducteur et son assistant, a annoncé la société ferroviaire.",
  "Le convoi transportait des conteneurs vers l'Éthiopie. Les deux cheminots ont été transportés à l'hôpital régional d'Ali Sabieh.",
  {"city": "Ali Sabieh"}),
 ("train-marchandises-ali-sabieh", RADIO, "fr", 2, 260, 900, [DJ, T], "",
  "Déraillement d'Ali Sabieh : les trains de voyageurs suspendus",
  "La société ferroviaire a suspendu jusqu'à nouvel ordre la circulation des trains de voyageurs entre Djibouti et Dire Dawa après le déraillement d'un convoi de marchandises près d'Ali Sabieh, la voie étant obstruée sur plusieurs centaines de mètres.",
  "Les passagers du train de mardi matin seront remboursés ou pourront reporter leur voyage."),
 ("train-marchandises-ali-sabieh", WW, "en", 2, 410, 450, ["Africa", "Rail"], "reuters",
  "Freight train derails on Djibouti-Ethiopia railway",
  "Seven wagons of a freight train derailed on the railway linking Djibouti's ports to Addis Ababa on Monday, injuring two crew members and halting passenger services, the rail operator said.",
  "The line carries a growing share of Ethiopia's imports."),
 ("train-marchandises-ali-sabieh", ACTU, "fr", 2, 560, 500, [DJ, T], "",
  "Voyageurs vers Dire Dawa : vos options pendant l'interruption du train",
  "En attendant la reprise du trafic ferroviaire, les voyageurs vers Dire Dawa peuvent emprunter les cars qui partent chaque matin de la gare routière de Djibouti, un trajet plus long de trois à quatre heures par la route de Galafi.",
  "Les billets de train déjà achetés restent valables trente jours."),
 ("train-marchandises-ali-sabieh", ACP, "fr", 2, 705, 700, [DJ, T], "",
  "Ligne Djibouti-Addis : reprise des trains de voyageurs prévue jeudi",
  "La circulation des trains de voyageurs entre Djibouti et Dire Dawa doit reprendre jeudi, le temps de dégager les wagons renversés près d'Ali Sabieh et de réparer environ trois cents mètres de voie, a indiqué mardi la société ferroviaire.",
  "Les trains de marchandises rouleront en priorité dès mercredi soir pour résorber le retard.", N13),

 # 14. The free-zone law: committee adopted Monday, plenary vote on Thursday.
 ("loi-zones-franches-vote", ACP, "fr", 2, 150, 900, [DJ, P], "ats",
  "Zones franches : la loi adoptée en commission, vote en séance jeudi",
  "La commission des finances de l'Assemblée nationale a adopté lundi le projet de loi sur les zones franches, qui sera soumis au vote des députés en séance plénière jeudi, a annoncé le bureau de l'Assemblée.",
  "Le texte unifie le régime fiscal des zones existantes et crée un guichet unique pour les investisseurs."),
 ("loi-zones-franches-vote", GAZ, "fr", 2, 380, 600, [DJ, P], "",
  "Loi sur les zones franches : l'opposition dénonce des exonérations « sans contrepartie »",
  "Les députés de l'opposition ont voté contre le projet de loi sur les zones franches en commission lundi, estimant que les exonérations d'impôts accordées pour vingt-cinq ans ne sont pas assorties d'obligations d'embauche de Djiboutiens.",
  "La majorité répond que le texte impose un quota de 70 % d'employés nationaux après cinq ans."),
 ("loi-zones-franches-vote", ACTU, "fr", 2, 540, 500, [DJ, P], "",
  "Zones franches : ce que change le texte soumis aux députés jeudi",
  "Un guichet unique pour les autorisations, une exonération d'impôt sur les sociétés pendant vingt-cinq ans et un quota d'emplois nationaux : voici les principales mesures du projet de loi sur les zones franches qui doit être voté jeudi.",
  "Les entreprises déjà installées auront deux ans pour basculer dans le nouveau régime."),

 # 15-18. Promo alone; filler: football, weather bulletin, horoscope.
 ("promo-gazette-numerique", GAZ, "fr", 0, 400, 40, ["Promo"], "",
  "La Gazette de la Corne sur votre téléphone : deux mois offerts",
  "Abonnez-vous à l'édition numérique de La Gazette de la Corne et recevez chaque matin le journal complet sur votre téléphone, avec les deux premiers mois offerts.",
  "Offre valable jusqu'au 30 avril."),
 ("foot-division1-djibouti", GAZ, "fr", 0, 225, 800, ["Sport"], "",
  "Division 1 : l'AS Port bat Arta Solar et reprend la tête",
  "L'AS Port a battu Arta Solar 3-1 lundi soir au stade El Hadj Hassan Gouled, et reprend seule la tête de la Division 1 à quatre journées de la fin.",
  "Le milieu Abdourahman Guedi a inscrit un doublé."),
 ("foot-division1-djibouti", ACP, "fr", 0, 280, 300, ["Sport"], "",
  "Football : l'AS Port de nouveau leader",
  "Victorieuse d'Arta Solar (3-1) lundi, l'AS Port retrouve la première place du championnat de Division 1 à l'issue de la vingt-deuxième journée.",
  ""),
 ("meteo-djibouti-mardi-13", RADIO, "fr", 0, 620, 500, ["Météo"], "",
  "Météo du mardi 13 avril : chaleur et vent de sable",
  "Le temps sera chaud et sec mardi sur l'ensemble du pays, avec des maximales de 37 °C à Djibouti-ville et 40 °C à Dikhil, et un vent de sable l'après-midi réduisant la visibilité sur la route de Tadjourah.",
  "La mer sera agitée dans le golfe de Tadjourah en fin de journée."),
 ("horoscope-mardi-13-avril", "astro-jour.fr", "fr", 0, 560, 600, ["Horoscope"], "",
  "Horoscope du mardi 13 avril",
  "Bélier : une conversation franche débloque une situation qui vous pesait depuis des semaines.",
  "Taureau : ne cédez pas aux dépenses imprévues avant la fin du mois."),
]
