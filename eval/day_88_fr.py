# Day 88 (hold-out): a French channel of Saint-Martin (French side), evening edition of Wednesday
# 23 June 2027 (window 07:00 - 19:00 Marigot, America/Marigot = UTC-4). Gold answer written before
# any run: each post's story, its lede (the true first sentence) and the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: the president of the Collectivité, Victorin
#   Hodge-Lamarre, on Radio Baie Nettlé FM on Wednesday morning, about the territorial agents' strike
#   (post 16) and about the fishermen's march against the marine reserve rules (post 23), both
#   carrying « La porte de la Collectivité reste ouverte, mais on ne négocie pas avec une rue
#   bloquée » (the budget posts, same president, same building, do NOT carry it);
# - a shared wire byline line ("Agence Antilles Presse | Mis à jour : 23-06-2027 18:12"): the
#   sargassum alert at Cul-de-Sac (post 45) and the July fuel prices (post 48), both from the
#   préfecture, same préfète déléguée, unrelated;
# - the same hospital (Louis-Constant-Fleming, Concordia): the injured of the Belle Plaine road
#   crash (posts 1-7), the injured of the Grand-Case runway excursion (posts 8-14), and the new MRI
#   unit inaugurated there the same day (posts 52-54, post 53 says the emergency ward took in the
#   two accidents' injured);
# - the same town / same places: Marigot holds the strike, the march, the budget vote and the port
#   trial (all around the hôtel de la Collectivité and the chambre détachée); Grand-Case holds the
#   runway excursion and the public inquiry on the runway extension (posts 55-57, post 56 mentions
#   the morning's incident); Quartier d'Orléans holds the road crash (RN7 at Belle Plaine) and the
#   murder judged at the assizes; Sandy Ground holds the boatyard fire;
# - look-alike stories: two accidents (road crash 2 -> 3 dead; plane runway excursion, 4 -> 6
#   slightly injured); two trials (port ex-director at the Marigot court: requisitions; Quartier
#   d'Orléans murder at the Basse-Terre assizes: verdict) with the same defence lawyer, Me Sabine
#   Carty; a strike (territorial agents) and a demonstration (fishermen) in front of the same building;
#   two "runway" stories at Grand-Case; two préfecture stories on one shared line;
# - one story told in two languages by different agencies with different words: the runway
#   excursion ("sortie de piste", "a terminé sa course dans l'herbe", "incident à l'atterrissage";
#   "overran the runway", "skidded off", "commuter plane mishap"); the Sint Maarten minimum wage
#   ("salaire minimum", "SMIC hollandais"; "minimum wage", "wage floor");
# - reaction pieces, explainers and "how to" posts: crash witnesses (post 3), road safety explainer
#   (post 6), what passengers to Saint-Barth should do (post 12), which counters are closed (post
#   17), what the reserve rules say (post 24), what the tourist tax means for visitors (post 29),
#   the victim's family (post 36), French-side workers and the Dutch wage (post 41), sargassum
#   health advice (post 44), the fire's boat owners (post 51);
# - synonyms: "collision", "accident", "choc", "carambolage"; "grève", "mouvement social", "arrêt
#   de travail", "débrayage"; "marche", "manifestation", "rassemblement", "cortège"; "sargasses",
#   "algues brunes", "seaweed"; "incendie", "feu", "sinistre", "blaze";
# - a promo posted alone (post 58); filler of importance 0: football result (posts 59-60), weather
#   bulletin with a tropical wave (post 61), lottery draw (post 62), horoscope (post 63).
NAME = "2027-06-23-fr-soir-marigot-h88"
CHANNEL = {"lang": "fr", "tz": "America/Marigot"}
WINDOW = ("2027-06-23T11:00:00Z", "2027-06-23T23:00:00Z")
CTX = {"stamp": "23-06-2027 18:12", "line": "Agence Antilles Presse | Mis à jour : 23-06-2027 18:12",
       "city": "Marigot", "date_fr": "23 juin", "date_en": "Jun 23",
       "author": "Josiane Arrondell", "clarify": "the number of passengers injured",
       "caption": "", "also": "notre dossier", "country": "Saint-Martin"}
# The editor's top 5: the Belle Plaine road crash, the Grand-Case runway excursion, the territorial
# agents' strike, the fishermen's march, the budget and tourist tax vote.
TOP5 = ["collision-rn7-belle-plaine", "sortie-piste-grand-case", "greve-agents-collectivite-som",
        "marche-pecheurs-reserve-naturelle", "budget-supplementaire-taxe-sejour-som"]
SXM = "Saint-Martin"
FD = "Faits divers"
P = "Politique"
E = "Économie"
J = "Justice"
SA = "Santé"
ENV = "Environnement"
SOC = "Social"
AAP = "agence-antilles-presse.fr"
ALZ = "agence-alizes.fr"
PEL = "le-pelican-des-iles.fr"
RBN = "radio-baie-nettle.fm"
IDN = "iles-du-nord-actu.fr"
HEB = "caraibes-hebdo.fr"
STAR = "soualiga-star.sx"
WW = "wire-west.com"
APL = "ap-like.com"
QUOTE = ("« La porte de la Collectivité reste ouverte, mais on ne négocie pas avec une rue "
         "bloquée »")
POSTS = [
 # 1. Minibus-lorry collision on the RN7 at Belle Plaine (Quartier d'Orléans) at 06:40; 2 -> 3 dead.
 ("collision-rn7-belle-plaine", AAP, "fr", 3, 25, 3100, [SXM, FD], "afp",
  "Deux morts dans une collision entre un minibus et un camion à Quartier d'Orléans",
  "Deux personnes ont été tuées et neuf autres blessées mercredi matin dans la collision entre un minibus de transport en commun et un camion de chantier sur la RN7, à hauteur de Belle Plaine, dans le quartier d'Orléans, a-t-on appris auprès de la gendarmerie.",
  "Le choc s'est produit vers 6 h 40, à l'heure où les minibus conduisent les travailleurs vers Philipsburg. Les blessés ont été transportés au centre hospitalier Louis-Constant-Fleming, à Concordia."),
 ("collision-rn7-belle-plaine", IDN, "fr", 3, 70, 2200, [SXM], "teaser",
  "Belle Plaine : la RN7 coupée, déviation par Oyster Pond",
  "La route nationale 7 est entièrement fermée à la circulation à Belle Plaine depuis l'accident de ce mercredi matin, et les automobilistes venant de Quartier d'Orléans vers Marigot sont invités à passer par Oyster Pond et la partie hollandaise.",
  "Les gendarmes prévoient une réouverture en fin de matinée, après le passage des techniciens d'investigation criminelle."),
 ("collision-rn7-belle-plaine", RBN, "fr", 3, 130, 1900, [SXM, FD], "",
  "Accident de Belle Plaine : « Le camion a coupé la route », racontent des témoins",
  "Plusieurs riverains de Belle Plaine, réveillés par le bruit du choc, affirment que le camion de chantier sortait d'un terrain en construction et s'est engagé sur la RN7 au moment où arrivait le minibus.",
  "« On a sorti les passagers par les fenêtres avant l'arrivée des pompiers », raconte un voisin, encore sous le choc. Le conducteur du camion, indemne, a été entendu par les enquêteurs."),
 ("collision-rn7-belle-plaine", PEL, "fr", 3, 305, 2700, [SXM, FD], "caption",
  "Collision de Belle Plaine : le bilan passe à trois morts",
  "Une passagère du minibus grièvement blessée dans l'accident de Belle Plaine est morte en début d'après-midi au centre hospitalier Louis-Constant-Fleming, portant à trois le nombre de victimes, a indiqué la préfecture.",
  "Quatre blessés restent hospitalisés, dont un enfant de onze ans. Le parquet de Basse-Terre a ouvert une enquête pour homicides involontaires.",
  {"site": "Le Pélican des Îles", "caption": "Le minibus accidenté sur la RN7 à Belle Plaine, quartier d'Orléans, le mercredi 23 juin 2027 au matin."}),
 ("collision-rn7-belle-plaine", AAP, "fr", 3, 350, 2400, [SXM, FD], "actu",
  "Trois morts sur la RN7 : la préfète déléguée annonce des contrôles sur les chantiers",
  "La préfète déléguée des îles du Nord, Claire Vanderhaegen, a annoncé mercredi des contrôles des sorties de chantier le long de la RN7, après le carambolage de Belle Plaine qui a fait trois morts.",
  "Elle a aussi demandé aux propriétaires de minibus de vérifier que chaque siège est équipé d'une ceinture, plusieurs passagers ayant été éjectés lors du choc."),
 ("collision-rn7-belle-plaine", HEB, "fr", 3, 455, 1300, [SXM], "",
  "RN7 : pourquoi la traversée de Quartier d'Orléans est si dangereuse",
  "Sans trottoirs sur de longues portions, bordée de chantiers et empruntée chaque jour par des centaines de minibus, la RN7 entre Quartier d'Orléans et la frontière d'Oyster Pond concentre une grande part des accidents graves de la partie française.",
  "Avant de monter dans un minibus, vérifiez que le numéro de licence est affiché sur le pare-brise et n'hésitez pas à demander au chauffeur de ralentir ; les accidents peuvent être signalés au 17 à tout moment."),
 ("collision-rn7-belle-plaine", STAR, "en", 3, 520, 600, ["Caribbean", "St. Maarten"], "donate",
  "Three dead after bus and truck collide on French side",
  "Three people died and several others were hurt when a passenger bus collided with a construction truck on the main road through Quartier d'Orleans on the French side early Wednesday, French authorities said.",
  "Several of the passengers were commuters on their way to work in Philipsburg."),

 # 2. A commuter plane from Saint-Barthélemy overruns the runway at Grand-Case at 10:35; 4 -> 6 slightly hurt.
 ("sortie-piste-grand-case", AAP, "fr", 3, 230, 2900, [SXM, FD], "afp",
  "Sortie de piste d'un avion de ligne à l'aéroport de Grand-Case",
  "Un avion de la compagnie régionale Alizés Air en provenance de Saint-Barthélemy est sorti de piste mercredi vers 10 h 35 à l'atterrissage à l'aéroport de Grand-Case L'Espérance, faisant quatre blessés légers parmi ses quatorze passagers, selon la préfecture.",
  "L'appareil, un bimoteur à hélices, a terminé sa course dans l'herbe au-delà du bout de piste, à une trentaine de mètres de l'étang. L'aéroport a été fermé au trafic.",
  {"city": "Grand-Case"}),
 ("sortie-piste-grand-case", RBN, "fr", 3, 262, 2000, [SXM], "",
  "Grand-Case : les passagers racontent un atterrissage « trop long »",
  "Les passagers du vol d'Alizés Air joints par notre rédaction décrivent un atterrissage « très long », l'avion touchant le sol au-delà de la moitié de la piste sous une forte averse avant de freiner brutalement.",
  "« On a vu l'herbe arriver et on a compris qu'il ne s'arrêterait pas », raconte une habitante de Gustavia venue pour un rendez-vous médical."),
 ("sortie-piste-grand-case", WW, "en", 3, 300, 900, ["Caribbean", "Aviation"], "reuters",
  "Commuter plane overruns runway on Caribbean island of St. Martin",
  "A small commuter plane carrying 14 passengers overran the runway while landing at Grand Case airport on the French side of St. Martin on Wednesday, leaving four people with minor injuries, local officials said.",
  "The twin-engine aircraft, operated by regional carrier Alizes Air, was arriving from St. Barthelemy in heavy rain.",
  {"city": "Marigot"}),
 ("sortie-piste-grand-case", APL, "en", 3, 390, 700, ["Caribbean", "Aviation"], "place",
  "Plane skids off runway on French side of St. Martin",
  "A twin-engine passenger plane skidded off the end of a runway and came to rest in the grass near a lagoon on the French Caribbean territory of St. Martin, authorities said, in a mishap that briefly shut the island's smaller airport.",
  "French air accident investigators were expected to arrive from Guadeloupe."),
 ("sortie-piste-grand-case", PEL, "fr", 3, 440, 2300, [SXM, FD], "byline_fr",
  "Incident à l'atterrissage à Grand-Case : six blessés légers, le BEA saisi",
  "Six passagers légèrement blessés, et non quatre, ont finalement été pris en charge après l'incident survenu à l'atterrissage du vol d'Alizés Air mercredi matin à Grand-Case, et le Bureau d'enquêtes et d'analyses a dépêché deux enquêteurs depuis la Guadeloupe.",
  "Trois d'entre eux ont été conduits aux urgences du centre hospitalier Louis-Constant-Fleming, les autres soignés sur place. L'aéroport a rouvert à 14 heures.",
  {"site": "Le Pélican des Îles", "author": "Marc-Olivier Brooks"}),
 ("sortie-piste-grand-case", IDN, "fr", 3, 480, 1500, [SXM], "soutien",
  "Vols vers Saint-Barth : ce que doivent faire les passagers ce mercredi",
  "Les passagers dont le vol vers ou depuis Saint-Barthélemy a été annulé pendant la fermeture de l'aéroport de Grand-Case doivent contacter leur compagnie, qui les réinscrit en priorité sur les rotations de fin d'après-midi ou sur le ferry de 17 h 30 au départ de Marigot.",
  "Alizés Air indique que les billets non utilisés seront remboursés ou reportés sans frais jusqu'au 30 juin."),
 ("sortie-piste-grand-case", "upi-like.com", "en", 3, 560, 300, ["Caribbean", "Aviation"], "upi",
  "Six hurt as commuter plane runs off Caribbean runway",
  "Six passengers suffered minor injuries when a regional commuter plane ran off the runway at Grand Case Esperance airport in St. Martin on Wednesday, French officials said.",
  "The airport reopened in the afternoon."),

 # 3. Strike of the Collectivité's territorial agents over the high-cost-of-living bonus.
 ("greve-agents-collectivite-som", AAP, "fr", 3, 15, 1900, [SXM, SOC], "colon",
  "Les agents de la Collectivité de Saint-Martin en grève illimitée",
  "L'intersyndicale des agents territoriaux de Saint-Martin a lancé mercredi une grève illimitée pour réclamer le versement de la prime de vie chère promise en 2026, bloquant dès l'aube l'entrée principale de l'hôtel de la Collectivité, à Marigot.",
  "Les services de l'état civil, de l'urbanisme et des impôts locaux sont fermés au public."),
 ("greve-agents-collectivite-som", RBN, "fr", 3, 95, 1800, [SXM, P], "",
  "Grève à la Collectivité : le président refuse de céder « sous la pression »",
  "Invité mercredi matin de Radio Baie Nettlé FM, le président de la Collectivité, Victorin Hodge-Lamarre, a appelé les agents grévistes à libérer l'entrée de l'hôtel de la Collectivité avant toute discussion sur la prime de vie chère.",
  f"{QUOTE}, a-t-il déclaré, assurant que la prime serait versée « dès que les finances le permettront »."),
 ("greve-agents-collectivite-som", IDN, "fr", 3, 180, 1300, [SXM], "",
  "Mouvement social à la Collectivité : quels services sont fermés ?",
  "L'état civil, le service de l'urbanisme, la régie des impôts locaux et l'accueil du pôle solidarité sont fermés pendant le mouvement social des agents territoriaux, mais les écoles, la police territoriale et la collecte des déchets fonctionnent normalement.",
  "Les rendez-vous pour les cartes d'identité et les passeports seront reprogrammés par téléphone, indique la Collectivité."),
 ("greve-agents-collectivite-som", PEL, "fr", 3, 400, 1500, [SXM, SOC], "publie",
  "Arrêt de travail des territoriaux : la prime de vie chère au cœur du conflit",
  "Les agents territoriaux en arrêt de travail réclament une prime de vie chère de 150 euros par mois, votée dans son principe en 2026 mais jamais versée, faute, selon l'exécutif, d'une compensation de l'État.",
  "Selon l'intersyndicale, près de sept agents sur dix ont cessé le travail mercredi ; la direction parle d'un peu plus de la moitié."),
 ("greve-agents-collectivite-som", STAR, "en", 3, 470, 400, ["Caribbean", "St. Maarten"], "",
  "French side civil servants walk out over cost-of-living bonus",
  "Civil servants of the French-side Collectivite of St. Martin went on an open-ended strike on Wednesday, closing the civil registry and planning offices in Marigot as they demand a promised cost-of-living bonus.",
  "Residents needing documents were told to call ahead."),
 ("greve-agents-collectivite-som", AAP, "fr", 3, 660, 1200, [SXM, SOC], "",
  "Grève des territoriaux : une rencontre prévue jeudi à la préfecture",
  "L'intersyndicale des agents territoriaux et l'exécutif de la Collectivité se retrouveront jeudi à 9 heures à la préfecture, sous l'égide de la préfète déléguée, a-t-on appris mercredi soir à l'issue du premier jour de débrayage.",
  "Les grévistes ont annoncé qu'ils maintiendraient le piquet devant l'hôtel de la Collectivité en attendant."),

 # 4. Fishermen's march in Marigot against the new rules of the marine reserve.
 ("marche-pecheurs-reserve-naturelle", IDN, "fr", 3, 60, 1400, [SXM, ENV], "",
  "Les marins-pêcheurs rassemblés au front de mer de Marigot",
  "Une centaine de marins-pêcheurs se sont rassemblés mercredi matin sur le front de mer de Marigot, avant de marcher vers la préfecture pour protester contre l'extension des zones interdites à la pêche dans la réserve naturelle.",
  "Plusieurs d'entre eux avaient amarré leurs yoles en travers de l'entrée du port de pêche."),
 ("marche-pecheurs-reserve-naturelle", AAP, "fr", 3, 150, 1700, [SXM, ENV], "afp",
  "Manifestation des pêcheurs à Marigot contre les nouvelles règles de la réserve",
  "Environ 150 pêcheurs ont défilé mercredi dans les rues de Marigot pour dénoncer un projet d'arrêté qui étend de 40 % les zones de non-prélèvement de la réserve naturelle nationale de Saint-Martin, de Tintamarre à la baie de l'Embouchure.",
  "Le cortège, parti du front de mer, a brièvement bloqué la rue de la République avant d'être reçu à la préfecture."),
 ("marche-pecheurs-reserve-naturelle", RBN, "fr", 3, 200, 1500, [SXM, P], "",
  "Pêcheurs : le président de la Collectivité demande la levée des barrages",
  "Sur Radio Baie Nettlé FM mercredi matin, le président de la Collectivité, Victorin Hodge-Lamarre, s'est dit favorable à une « pause » dans l'extension de la réserve, mais a demandé aux pêcheurs de retirer leurs embarcations de l'entrée du port de pêche.",
  f"{QUOTE}, a-t-il lancé, précisant que la Collectivité n'était pas compétente sur l'arrêté, qui relève de l'État."),
 ("marche-pecheurs-reserve-naturelle", HEB, "fr", 3, 330, 900, [SXM, ENV], "lire",
  "Réserve naturelle : ce que prévoit le projet d'arrêté contesté",
  "Le projet d'arrêté préfectoral interdit toute pêche autour de l'îlet Tintamarre et dans une bande de 300 mètres le long de la côte de Baie orientale, et limite la pêche à la nasse dans la baie de l'Embouchure à trois jours par semaine.",
  "La consultation du public est ouverte jusqu'au 15 juillet ; les pêcheurs professionnels demandent une indemnisation pour les zones perdues.",
  {"also": "Tintamarre, l'îlet où l'on ne pêchera plus"}),
 ("marche-pecheurs-reserve-naturelle", PEL, "fr", 3, 430, 1300, [SXM, ENV], "",
  "Reçus à la préfecture, les pêcheurs obtiennent un report de la consultation",
  "La préfète déléguée Claire Vanderhaegen a accepté mercredi de prolonger d'un mois la consultation sur l'extension de la réserve naturelle et de créer un groupe de travail avec les pêcheurs, au terme d'une heure d'entretien avec une délégation du rassemblement.",
  "Les manifestants ont levé le blocage du port de pêche en début d'après-midi."),
 ("marche-pecheurs-reserve-naturelle", ALZ, "fr", 3, 540, 700, [SXM], "ats",
  "Saint-Martin : la réserve naturelle défend son projet face aux pêcheurs",
  "La direction de la réserve naturelle nationale de Saint-Martin a défendu mercredi l'extension des zones protégées, affirmant que les stocks de langoustes et de vivaneaux ont baissé de moitié en dix ans autour des îlets.",
  "Elle se dit prête à étudier des « compensations » pour les pêcheurs les plus touchés."),

 # 5. Conseil territorial: supplementary budget and tourist tax; vote at 17:00, adopted about 18:30.
 ("budget-supplementaire-taxe-sejour-som", AAP, "fr", 3, 110, 1100, [SXM, P], "ats",
  "Le conseil territorial vote ce mercredi le budget supplémentaire",
  "Le conseil territorial de Saint-Martin se réunit mercredi à 17 heures pour voter un budget supplémentaire de 38 millions d'euros, qui prévoit notamment le doublement de la taxe de séjour dans les hôtels et les locations meublées.",
  "L'opposition annonce qu'elle votera contre une hausse jugée « dangereuse pour la saison »."),
 ("budget-supplementaire-taxe-sejour-som", PEL, "fr", 3, 250, 900, [SXM, P, E], "",
  "Taxe de séjour : les hôteliers dénoncent une hausse « au pire moment »",
  "L'Association des hôteliers de Saint-Martin a dénoncé mercredi le doublement de la taxe de séjour soumis au vote du conseil territorial, estimant qu'il risque de faire fuir les clients vers la partie hollandaise.",
  "La taxe passerait de 5 % à 10 % du prix de la nuitée, plafonnée à 8 euros par personne."),
 ("budget-supplementaire-taxe-sejour-som", IDN, "fr", 3, 380, 800, [SXM, E], "",
  "Taxe de séjour doublée : combien paieront les visiteurs",
  "Pour une chambre à 150 euros la nuit, un couple de visiteurs paierait 8 euros de taxe de séjour par nuit au lieu de 7,50, le plafond limitant la hausse pour les séjours haut de gamme, tandis que la taxe sur une location à 80 euros passerait de 4 à 8 euros.",
  "Les enfants de moins de 18 ans restent exonérés."),
 ("budget-supplementaire-taxe-sejour-som", RBN, "fr", 3, 570, 600, [SXM, P], "",
  "Conseil territorial : la séance a commencé, l'opposition quitte la salle",
  "Les élus de l'opposition ont quitté la salle des délibérations peu après l'ouverture de la séance du conseil territorial, mercredi à 17 heures, pour protester contre l'inscription de la taxe de séjour dans le budget supplémentaire.",
  "La majorité dispose de quinze sièges sur vingt-trois."),
 ("budget-supplementaire-taxe-sejour-som", AAP, "fr", 3, 690, 1000, [SXM, P], "afp",
  "Saint-Martin adopte son budget supplémentaire et double la taxe de séjour",
  "Le conseil territorial de Saint-Martin a adopté mercredi soir, par quinze voix et en l'absence de l'opposition, un budget supplémentaire de 38 millions d'euros qui double la taxe de séjour à partir du 1er novembre.",
  "Le texte consacre 12 millions d'euros à la réfection des réseaux d'eau et 6 millions aux routes."),

 # 6. Trial of the port's former director (favouritism in dredging contracts), Marigot court.
 ("proces-ex-directeur-port-galisbay", AAP, "fr", 1, 140, 900, [SXM, J], "ats",
  "Favoritisme au port de Galisbay : l'ancien directeur devant le tribunal",
  "L'ancien directeur de l'Établissement portuaire de Saint-Martin, Rodolphe Chance-Ferdinand, est jugé depuis mercredi matin devant la chambre détachée du tribunal judiciaire à Marigot pour favoritisme dans l'attribution de deux marchés de dragage du port de Galisbay.",
  "Deux chefs d'entreprise sont poursuivis pour recel de favoritisme."),
 ("proces-ex-directeur-port-galisbay", PEL, "fr", 1, 420, 700, [SXM, J], "",
  "Procès du port : dix-huit mois avec sursis requis contre l'ex-directeur",
  "Le parquet a requis mercredi dix-huit mois de prison avec sursis et 30 000 euros d'amende contre l'ancien directeur du port de Galisbay, accusé d'avoir découpé des marchés de dragage pour éviter une mise en concurrence.",
  "Son avocate, Me Sabine Carty, a plaidé la relaxe, invoquant « l'urgence » des travaux après la saison cyclonique. Jugement le 15 septembre."),
 ("proces-ex-directeur-port-galisbay", IDN, "fr", 1, 500, 500, [SXM, J], "",
  "Marchés de dragage : à la barre, l'ex-directeur parle d'« urgence »",
  "Interrogé pendant plus de deux heures, l'ancien directeur du port a reconnu avoir fractionné les commandes de dragage mais affirmé qu'il fallait rouvrir le chenal aux porte-conteneurs « en quelques semaines ».",
  ""),

 # 7. Assizes in Basse-Terre: verdict for the murder of a shopkeeper in Quartier d'Orléans (2025).
 ("assises-meurtre-epicier-quartier-orleans", AAP, "fr", 1, 385, 1000, [SXM, J], "afp",
  "Meurtre d'un épicier à Quartier d'Orléans : vingt ans de réclusion",
  "La cour d'assises de la Guadeloupe a condamné mercredi à vingt ans de réclusion criminelle un homme de 27 ans jugé pour le meurtre d'un épicier de Quartier d'Orléans, tué par balle lors d'un vol en septembre 2025.",
  "L'avocat général avait requis vingt-cinq ans. La défense, assurée par Me Sabine Carty, n'a pas dit si elle ferait appel.",
  {"city": "Basse-Terre"}),
 ("assises-meurtre-epicier-quartier-orleans", HEB, "fr", 1, 445, 600, [SXM, J], "",
  "Verdict aux assises : la famille de l'épicier « soulagée mais pas apaisée »",
  "La veuve et les deux fils de l'épicier tué à Quartier d'Orléans se sont dits mercredi « soulagés mais pas apaisés » à l'annonce du verdict de la cour d'assises, après trois jours d'audience à Basse-Terre.",
  "« Il aurait donné la caisse, il n'y avait pas besoin de tirer », a répété l'un des fils devant le palais de justice."),
 ("assises-meurtre-epicier-quartier-orleans", RBN, "fr", 1, 520, 500, [SXM], "",
  "À Quartier d'Orléans, les commerçants réclament toujours plus de patrouilles",
  "Au soir du verdict, les commerçants de la rue principale de Quartier d'Orléans, où l'épicier avait été abattu, disent continuer à baisser leur rideau avant la tombée de la nuit.",
  ""),

 # 8. Sint Maarten (Dutch side) parliament raises the minimum wage; told in both languages.
 ("salaire-minimum-sint-maarten", STAR, "en", 2, 160, 800, ["St. Maarten", "Business"], "byline_en",
  "Parliament approves first minimum wage hike in six years",
  "Sint Maarten's Parliament on Wednesday approved a 9% increase in the statutory minimum wage, the first adjustment since 2021, with the new wage floor taking effect on August 1.",
  "The hourly minimum rises to 11.20 guilders; business groups warned of pressure on small shops and restaurants.",
  {"site": "Soualiga Star", "author": "Delroy Vlaun"}),
 ("salaire-minimum-sint-maarten", "menafn-kuna.com", "en", 2, 290, 150, ["Caribbean"], "kuna",
  "Dutch Caribbean island raises minimum wage",
  "The parliament of Sint Maarten, a constituent country of the Kingdom of the Netherlands, voted on Wednesday to raise the minimum wage by 9 percent from August.",
  "",
  {"city": "Philipsburg"}),
 ("salaire-minimum-sint-maarten", ALZ, "fr", 2, 340, 700, [SXM, E], "ats",
  "Partie hollandaise : le salaire minimum relevé de 9 %",
  "Le Parlement de Sint Maarten a voté mercredi une revalorisation de 9 % du salaire minimum légal dans la partie hollandaise de l'île, la première depuis six ans, applicable au 1er août.",
  "Le salaire horaire minimum passe à 11,20 florins.",
  {"city": "Philipsburg"}),
 ("salaire-minimum-sint-maarten", PEL, "fr", 2, 600, 800, [SXM, E, SOC], "",
  "Hausse du « SMIC hollandais » : les frontaliers de la partie française partagés",
  "Les milliers d'habitants de la partie française qui travaillent chaque jour à Philipsburg ou à Simpson Bay accueillent avec prudence la revalorisation du salaire minimum côté hollandais, qui reste inférieur au SMIC en vigueur à Saint-Martin.",
  "« Avec le florin et le prix de l'essence, ça couvre à peine le trajet », résume une employée de casino qui vit à Quartier d'Orléans."),

 # 9. Sargassum at Cul-de-Sac: H2S alert, a beach closed (shared line with the fuel prices).
 ("sargasses-cul-de-sac-alerte", IDN, "fr", 2, 45, 1100, [SXM, ENV], "",
  "Sargasses : alerte à Cul-de-Sac, la plage du Galion fermée",
  "D'importants échouements de sargasses ont été constatés mercredi matin à Cul-de-Sac et sur la plage du Galion, fermée au public, où les capteurs mesurent des taux de sulfure d'hydrogène supérieurs au seuil d'alerte.",
  "Les engins de ramassage de la Collectivité sont à l'œuvre depuis 6 heures."),
 ("sargasses-cul-de-sac-alerte", STAR, "en", 2, 220, 300, ["St. Maarten", "Environment"], "updated",
  "Seaweed piles up on French side beaches",
  "Thick mats of sargassum seaweed washed up at Cul-de-Sac and Galion beach on the French side on Wednesday, prompting the closure of Galion beach as hydrogen sulphide readings rose.",
  "Dutch-side beaches at Oyster Pond were also affected.",
  {"clarify": "which beach was closed"}),
 ("sargasses-cul-de-sac-alerte", RBN, "fr", 2, 360, 700, [SXM, SA], "",
  "Algues brunes : les précautions pour les riverains",
  "Les personnes asthmatiques, les femmes enceintes et les jeunes enfants vivant à proximité des échouements d'algues brunes doivent éviter de rester près du rivage et consulter en cas de maux de tête, de nausées ou d'irritation des yeux, rappelle l'agence régionale de santé.",
  "Fermez les fenêtres exposées au vent de mer et débranchez les appareils électroniques sensibles, que les gaz peuvent corroder."),
 ("sargasses-cul-de-sac-alerte", AAP, "fr", 2, 672, 500, [SXM, ENV], "reuters_line",
  "Sargasses : la préfète déléguée active le plan de ramassage",
  "La préfète déléguée des îles du Nord, Claire Vanderhaegen, a déclenché mercredi le niveau 2 du plan sargasses pour la côte est de Saint-Martin, qui autorise la mobilisation d'engins privés et de barrages flottants à l'entrée de la baie de Cul-de-Sac.",
  "Les algues ramassées seront stockées sur une plateforme provisoire à Grandes Cayes."),

 # 10. July fuel prices set by the préfecture (shared line with the sargassum).
 ("prix-carburants-juillet-iles-du-nord", AAP, "fr", 1, 120, 900, [SXM, E], "",
  "Carburants : baisse des prix au 1er juillet à Saint-Martin",
  "Le prix maximum du litre de sans-plomb baissera de 4 centimes au 1er juillet à Saint-Martin, à 1,71 euro, et celui du gazole de 3 centimes, à 1,58 euro, selon l'arrêté préfectoral publié mercredi.",
  "La bouteille de gaz de 12,5 kg reste inchangée, à 27,40 euros."),
 ("prix-carburants-juillet-iles-du-nord", HEB, "fr", 1, 540, 500, [SXM, E], "",
  "Essence : l'écart avec la partie hollandaise se creuse",
  "Même après la baisse de juillet, faire le plein côté français coûte toujours près de 20 % de plus qu'à Philipsburg, où les prix sont fixés par le gouvernement de Sint Maarten, et de nombreux automobilistes continuent de passer la frontière pour remplir leur réservoir.",
  "Les gérants de stations de Marigot réclament un alignement de la fiscalité."),
 ("prix-carburants-juillet-iles-du-nord", AAP, "fr", 1, 675, 400, [SXM, E], "reuters_line",
  "Prix des carburants : la préfète déléguée signe l'arrêté de juillet",
  "La préfète déléguée Claire Vanderhaegen a signé mercredi l'arrêté fixant les prix maximums des carburants pour juillet à Saint-Martin et Saint-Barthélemy, en baisse pour le deuxième mois consécutif.",
  "La baisse suit le recul des cours du pétrole raffiné dans la région."),

 # 11. Fire at a boatyard in Sandy Ground overnight into Wednesday.
 ("incendie-chantier-naval-sandy-ground", IDN, "fr", 2, 5, 1600, [SXM, FD], "",
  "Sandy Ground : un incendie détruit plusieurs voiliers dans un chantier naval",
  "Un incendie a détruit dans la nuit de mardi à mercredi quatre voiliers et un catamaran entreposés à terre dans un chantier naval de Sandy Ground, sans faire de blessé, selon les sapeurs-pompiers.",
  "Les flammes, visibles depuis Marigot, ont été maîtrisées vers 4 heures du matin."),
 ("incendie-chantier-naval-sandy-ground", AAP, "fr", 2, 190, 1000, [SXM, FD], "actu",
  "Feu dans un chantier naval de Sandy Ground : une enquête ouverte",
  "Le parquet de Basse-Terre a ouvert une enquête pour déterminer l'origine du feu qui a ravagé cinq bateaux en cale sèche à Sandy Ground, les enquêteurs n'excluant aucune piste, y compris celle d'un acte volontaire.",
  "Le gérant du chantier indique qu'un départ de feu avait déjà été éteint sur le site en mai."),
 ("incendie-chantier-naval-sandy-ground", PEL, "fr", 2, 370, 800, [SXM], "",
  "Après le sinistre de Sandy Ground, les propriétaires face aux assureurs",
  "Plusieurs propriétaires des bateaux détruits dans le sinistre de Sandy Ground, pour la plupart des plaisanciers installés sur l'île, découvrent que leur assurance ne couvre pas l'incendie lorsque le navire est stocké à terre.",
  "« C'était ma maison, je vivais à bord dix mois par an », confie un navigateur retraité."),

 # 12. A new MRI unit at the Louis-Constant-Fleming hospital (same hospital as both accidents).
 ("irm-hopital-louis-constant-fleming", ALZ, "fr", 1, 170, 700, [SXM, SA], "ats",
  "Le centre hospitalier de Saint-Martin se dote d'une IRM",
  "Le centre hospitalier Louis-Constant-Fleming a inauguré mercredi le premier appareil d'imagerie par résonance magnétique installé à Saint-Martin, qui évitera aux patients des transferts en Guadeloupe ou à Sint Maarten.",
  "L'appareil, financé par l'État et la Collectivité pour 2,1 millions d'euros, doit réaliser ses premiers examens lundi."),
 ("irm-hopital-louis-constant-fleming", PEL, "fr", 1, 330, 600, [SXM, SA], "",
  "IRM à Concordia : une inauguration en pleine journée chargée aux urgences",
  "La directrice du centre hospitalier Louis-Constant-Fleming a inauguré la nouvelle IRM pendant que son service des urgences prenait en charge les blessés de l'accident de Belle Plaine et ceux de la sortie de piste de Grand-Case.",
  "Les délais d'attente pour une IRM atteignaient jusqu'à quatre mois pour les patients de l'île."),
 ("irm-hopital-louis-constant-fleming", RBN, "fr", 1, 620, 400, [SXM, SA], "",
  "Nouvelle IRM : comment obtenir un rendez-vous",
  "Les rendez-vous pour la nouvelle IRM du centre hospitalier de Saint-Martin se prennent sur prescription médicale auprès du secrétariat d'imagerie, par téléphone ou sur place, du lundi au vendredi de 8 heures à 16 heures.",
  "Les urgences et les patients hospitalisés sont prioritaires."),

 # 13. Public inquiry on extending the Grand-Case runway (same airport as the runway excursion).
 ("enquete-publique-piste-grand-case", AAP, "fr", 1, 90, 700, [SXM, ENV], "",
  "Allongement de la piste de Grand-Case : ouverture de l'enquête publique",
  "L'enquête publique sur le projet d'allongement de 300 mètres de la piste de l'aéroport de Grand-Case L'Espérance s'ouvre mercredi et durera un mois, a annoncé la Collectivité, maître d'ouvrage du projet.",
  "Le projet doit permettre d'accueillir des avions de 70 places venus de Guadeloupe et de Martinique."),
 ("enquete-publique-piste-grand-case", IDN, "fr", 1, 500, 600, [SXM, ENV], "",
  "Piste de Grand-Case : les riverains de l'étang inquiets",
  "Les riverains de l'étang de Grand-Case, dont une partie serait remblayée pour l'allongement de la piste, ont déposé dès le premier jour de l'enquête publique une vingtaine d'observations sur le bruit et la disparition de la mangrove.",
  "Le dossier est consultable à la mairie annexe de Grand-Case, où la piste était fermée une partie de la matinée après la sortie de piste d'un avion d'Alizés Air."),
 ("enquete-publique-piste-grand-case", HEB, "fr", 1, 640, 400, [SXM, E], "",
  "Aéroport de Grand-Case : un projet à 45 millions d'euros",
  "Évalué à 45 millions d'euros, l'allongement de la piste de Grand-Case serait financé pour moitié par des fonds européens, le reste étant partagé entre l'État et la Collectivité.",
  "Les travaux, s'ils sont autorisés, ne commenceraient pas avant 2029."),

 # 14-18. Promo alone; filler: football, weather bulletin, lottery, horoscope.
 ("promo-pelican-numerique", PEL, "fr", 0, 280, 40, ["Promo"], "",
  "Le Pélican numérique : l'été à 1 euro",
  "Abonnez-vous au Pélican des Îles numérique pour 1 euro pendant tout l'été et retrouvez chaque soir l'édition complète sur votre téléphone.",
  "Offre valable jusqu'au 31 juillet."),
 ("foot-championnat-saint-martin", PEL, "fr", 0, 60, 800, ["Sport"], "",
  "Football : Junior Stars remporte le derby face à Orléans Attackers",
  "Junior Stars a battu Orléans Attackers 3-1 mardi soir au stade Albéric-Richards, grâce à un doublé de son attaquant Kenrick Baly en seconde période.",
  "Le club prend la tête du championnat de Saint-Martin à deux journées de la fin."),
 ("foot-championnat-saint-martin", IDN, "fr", 0, 140, 300, ["Sport"], "",
  "Championnat : Junior Stars en tête après sa victoire",
  "Vainqueur d'Orléans Attackers (3-1) mardi, Junior Stars compte désormais deux points d'avance en tête du championnat.",
  ""),
 ("meteo-iles-du-nord-jeudi-24", RBN, "fr", 0, 600, 500, ["Météo"], "",
  "Météo du jeudi 24 juin : passage d'une onde tropicale",
  "Une onde tropicale abordera les îles du Nord jeudi, avec des averses parfois orageuses dès la matinée, des rafales jusqu'à 50 km/h et une mer agitée avec des creux de 2 mètres.",
  "Températures entre 26 °C et 31 °C."),
 ("loto-tirage-mercredi-23-juin", HEB, "fr", 0, 715, 700, ["Jeux"], "",
  "Loto : les résultats du tirage du mercredi 23 juin",
  "Les numéros gagnants du tirage du Loto de ce mercredi 23 juin sont le 4, le 12, le 27, le 33 et le 41, avec le numéro chance 7.",
  "Aucun joueur n'a trouvé la combinaison complète ; le jackpot passe à 5 millions d'euros."),
 ("horoscope-jeudi-24-juin", "astro-jour.fr", "fr", 0, 700, 600, ["Horoscope"], "",
  "Horoscope du jeudi 24 juin",
  "Cancer : une conversation franche vous libère d'un poids ancien.",
  "Lion : prenez le temps de souffler avant de décider."),
]
