# Day 108: a French regional channel of Toulouse and Occitanie, evening edition of Wednesday
# 8 December 2027 at 19:00 (window 07:00 - 19:00 Wednesday local, Europe/Paris = UTC+1 in
# December, so 06:00Z - 18:00Z). Gold answer written before any run: each post's story, its lede
# (the true first sentence) and the TOP5 below. Every story, person, company and outlet is invented.
#
# Traps:
# - one radio interview, two stories, same quote: the president of the Occitanie region, Hélène
#   Vidalou, on Radio Occitanie Sud on Wednesday morning, quoted about the Figeac job cuts (post 27)
#   and about the regional vote on the Lannemezan-Arreau railway (post 41), both carrying
#   « L'Occitanie ne se laissera pas découper en morceaux... »;
# - a shared wire byline line ("Agence Pyrène | Mis à jour : 08-12-2027 17:41"): the airport
#   ground staff's strike renewed (post 23) and the Figeac job cuts (post 30), three minutes apart,
#   two short "social" items with figures;
# - the same hospital: Purpan (CHU de Toulouse) takes the injured firemen of the Colomiers warehouse
#   fire (posts 3, 5), declares the bronchiolitis plan blanc (posts 51-55; post 53 says its adult
#   emergency ward also takes the Colomiers firemen) and takes the A62 pileup's injured (posts 58,
#   59);
# - the same court: the palais de justice of Toulouse holds the favouritism trial of the former
#   deputy mayor (posts 32-35) and the Muret murder verdict of the assizes (posts 36-39);
# - the same town: Colomiers holds the warehouse fire (posts 1-7) and the low-emission-zone
#   reaction (post 50); Blagnac is the airport of the strike (posts 19-23);
# - look-alike stories: two fires (the Colomiers warehouse, posts 1-7; the deadly Bagatelle tower
#   flat fire, posts 8-11); two strikes (metro and tram drivers, posts 12-17; airport baggage
#   handlers, posts 19-23); two trials (posts 32-35, 36-39); two votes (the region's railway,
#   posts 40-45; the metropolis's low-emission zone, posts 46-50); two road accidents (the A62 fog
#   pileup, posts 56-60; the TER hitting a tractor near Pamiers, posts 61-63);
# - one night or morning toll revised by a second source: the A62 pileup, two dead (gendarmerie,
#   post 56) then three (prefecture, post 58); the Colomiers firemen, two hurt (post 3) then three
#   (post 5);
# - one story told in two languages by different agencies with different words: the metro strike
#   ("grève", "débrayage", "mouvement social" / "walked off the job", "walkout"), the warehouse fire
#   ("incendie", "flammes", "sinistre" / "blaze", "fire"), the pileup ("carambolage" / "pileup",
#   "crashed");
# - stories told from other angles: how to get around (post 13), the drivers' anger (post 14), the
#   air quality (post 6), the warehouse's workers (post 7), the neighbours (post 9), the rehoused
#   families (post 10), the cause (post 11), the night bonus explained (post 22), the town of
#   Figeac (post 29), the stadium's cost (post 35), the victim's family (post 38), neighbour
#   disputes (post 39), the railway plan explained (post 42), the village of Arreau (post 45), who
#   is concerned by the zone (post 47), the craftsmen's protest (post 48), bronchiolitis advice
#   (post 55), fog driving advice (post 60), the level crossing's neighbours (post 63);
# - a "Lire aussi" line in a metro-strike post naming the airport strike (post 13); a teaser (post
#   10); captions (posts 2, 34, 57); update notes (posts 5, 17, 58);
# - posts in English (agencies' English service): posts 4, 15, 20, 28, 44, 54, 59;
# - a promo posted alone (post 64); filler of importance 0: the football result (posts 18, 31),
#   the weather bulletin (post 24), the horoscope (post 25).
NAME = "2027-12-08-fr-soir-toulouse-h108"
CHANNEL = {"lang": "fr", "tz": "Europe/Paris"}
WINDOW = ("2027-12-08T06:00:00Z", "2027-12-08T18:00:00Z")
CTX = {"stamp": "08-12-2027 17:41", "line": "Agence Pyrène | Mis à jour : 08-12-2027 17:41",
       "city": "Toulouse", "date_fr": "8 déc", "date_en": "Dec 8",
       "author": "Lucie Ferrand", "clarify": "the number of people killed",
       "caption": "", "also": "notre dossier", "country": "France"}
# The editor's top 5: the A62 fog pileup, the Colomiers warehouse fire, the metro and tram strike,
# the Figeac job cuts, the regional vote on the Lannemezan-Arreau railway.
TOP5 = ["carambolage-a62-brouillard-castelnau-h108", "incendie-entrepot-colomiers-h108",
        "greve-metro-tram-toulouse-h108", "plan-social-figeac-celeaero-h108",
        "vote-region-ligne-lannemezan-arreau-h108"]
OC = "Occitanie"
TL = "Toulouse"
E = "Économie"
SA = "Santé"
J = "Justice"
FD = "Faits divers"
P = "Politique"
T = "Transports"
PYR = "agence-pyrene.fr"
AN = "agence-nord.fr"
COUR = "courrier-garonne.fr"
RAD = "radio-occitanie-sud.fr"
TV = "tele-capitole.fr"
ACTU = "toulouse-actu24.fr"
ROSE = "ville-rose-info.fr"
QUER = "echo-du-quercy.fr"
ARI = "gazette-ariegeoise.fr"
MUR = "petit-muretain.fr"
COL = "colomiers-hebdo.fr"
ECO = "objectif-eco-sud.fr"
SANTE = "sante-midi.fr"
JUST = "chronique-judiciaire-sud.fr"
RAIL = "rail-et-territoires.fr"
VAL = "pyrenees-vallees.fr"
SPORT = "ovalie-garonne.fr"
METEO = "meteo-pays-toulousain.fr"
ASTRO = "astres-du-sud.fr"
WW = "wire-west.com"
APL = "ap-like.com"
EUR = "euro-ledger.com"
AERO = "aero-trade-weekly.com"
TRAV = "travel-wire.com"
MED = "medwatch-europe.com"
QUOTE = ("« L'Occitanie ne se laissera pas découper en morceaux : ni ses lignes de montagne ni ses "
         "usines ne sont à vendre, et je le dirai à Paris dès jeudi »")
POSTS = [
 # 1. Fire in a logistics warehouse at En Jacca, Colomiers; confinement; 2 -> 3 firemen hurt.
 ("incendie-entrepot-colomiers-h108", PYR, "fr", 3, 75, 3100, [OC, TL, FD], "afp",
  "Violent incendie dans un entrepôt logistique à Colomiers",
  "Un violent incendie s'est déclaré mercredi matin dans un entrepôt logistique de la zone d'activités d'En Jacca, à Colomiers, dans l'ouest de l'agglomération toulousaine, dégageant un épais panache de fumée noire visible à des kilomètres, a indiqué la préfecture de la Haute-Garonne.",
  "Le feu a pris vers 7 h 40 dans un bâtiment de 12 000 mètres carrés exploité par la société Sud Logistique Express. Une centaine de sapeurs-pompiers sont mobilisés.",
  {"city": "Colomiers"}),
 ("incendie-entrepot-colomiers-h108", COL, "fr", 3, 110, 1900, [OC, TL], "caption",
  "Colomiers : les riverains d'En Jacca invités à rester chez eux",
  "Les habitants des quartiers proches de la zone d'En Jacca ont reçu l'ordre de se confiner, fenêtres et ventilations fermées, pendant que les pompiers combattent les flammes qui ravagent la plateforme de Sud Logistique Express.",
  "Les écoles Jean-Jaurès et Victor-Hugo gardent les enfants à l'intérieur, et la route de Pibrac est coupée à la circulation.",
  {"site": "Colomiers Hebdo", "caption": "Un panache de fumée noire s'élève au-dessus de la zone d'activités d'En Jacca, à Colomiers, le mercredi 8 décembre 2027 au matin."}),
 ("incendie-entrepot-colomiers-h108", ACTU, "fr", 3, 190, 2200, [OC, TL, FD], "",
  "Incendie de Colomiers : deux pompiers blessés",
  "Deux sapeurs-pompiers ont été légèrement blessés en luttant contre l'incendie de l'entrepôt de Colomiers et transportés au CHU de Toulouse-Purpan, a annoncé le service départemental d'incendie et de secours.",
  "Le feu, attisé par le vent d'autan, a détruit la moitié du bâtiment."),
 ("incendie-entrepot-colomiers-h108", WW, "en", 3, 260, 600, ["Europe", "France"], "reuters",
  "Huge warehouse blaze sends smoke over Toulouse suburbs",
  "A fire tore through a logistics warehouse in a western suburb of the French city of Toulouse on Wednesday, sending a column of black smoke over the area and forcing local residents to stay indoors, authorities said.",
  "Two firefighters were slightly hurt, the regional fire service said."),
 ("incendie-entrepot-colomiers-h108", COUR, "fr", 3, 400, 2400, [OC, TL, FD], "actu",
  "Entrepôt en feu à Colomiers : le sinistre maîtrisé, un troisième pompier hospitalisé",
  "Les pompiers ont annoncé en début d'après-midi avoir maîtrisé le feu qui a détruit la plateforme logistique de Colomiers, où un troisième sapeur-pompier, victime d'un malaise, a été conduit à l'hôpital Purpan.",
  "Le confinement des riverains a été levé à 14 heures. Les causes du sinistre restent inconnues ; une enquête a été confiée à la police judiciaire."),
 ("incendie-entrepot-colomiers-h108", ROSE, "fr", 3, 520, 1300, [OC, TL, SA], "",
  "Fumées de Colomiers : ce que l'on sait de la qualité de l'air",
  "Les premières mesures réalisées autour de la plateforme incendiée n'ont pas révélé de concentration dangereuse de polluants, mais l'observatoire régional de l'air recommande de laver les fruits et légumes des potagers situés sous le panache.",
  "Des prélèvements de suie sont en cours d'analyse ; les résultats sont attendus vendredi."),
 ("incendie-entrepot-colomiers-h108", ECO, "fr", 3, 610, 900, [OC, E], "",
  "Sud Logistique Express : 180 salariés au chômage technique",
  "Les 180 salariés de la plateforme de Sud Logistique Express, détruite par les flammes mercredi, seront placés en chômage partiel le temps de trouver un entrepôt de repli, a annoncé la direction du transporteur.",
  "Le site approvisionnait une soixantaine de supermarchés de la région en produits frais et en électroménager."),

 # 2. Deadly flat fire in a tower of the Bagatelle district, Toulouse, in the night.
 ("incendie-tour-bagatelle-h108", PYR, "fr", 2, 20, 1700, [TL, FD], "afp",
  "Toulouse : une sexagénaire meurt dans l'incendie de son appartement à Bagatelle",
  "Une femme de 64 ans est morte dans l'incendie de son appartement, survenu dans la nuit de mardi à mercredi au septième étage d'une tour du quartier de Bagatelle, à Toulouse, ont indiqué les pompiers.",
  "Une trentaine d'habitants ont été évacués par les échelles ; quatre d'entre eux, incommodés par les fumées, ont été examinés sur place."),
 ("incendie-tour-bagatelle-h108", ACTU, "fr", 2, 150, 1400, [TL, FD], "",
  "Tour en feu à Bagatelle : « on a entendu les cris, puis plus rien »",
  "Les voisins de la victime, réveillés vers 4 heures par l'odeur de brûlé, racontent avoir tenté d'enfoncer la porte de l'appartement avant d'être repoussés par la chaleur et la fumée qui remplissaient le palier.",
  "« Elle vivait seule avec son chat, tout le monde la connaissait ici », confie une habitante du sixième."),
 ("incendie-tour-bagatelle-h108", COUR, "fr", 2, 330, 1000, [TL], "teaser",
  "Incendie mortel de Bagatelle : douze familles relogées",
  "Le bailleur social Garonne Habitat a relogé dans des hôtels du quartier Saint-Cyprien douze familles dont les logements ont été noircis par la suie, en attendant la fin des travaux de nettoyage de la tour.",
  "Une cellule d'écoute a été ouverte au centre social du quartier."),
 ("incendie-tour-bagatelle-h108", ROSE, "fr", 2, 470, 900, [TL, FD], "",
  "Bagatelle : un radiateur d'appoint à l'origine du drame ?",
  "Selon les premières constatations des enquêteurs, un radiateur électrique d'appoint placé trop près d'un canapé pourrait être à l'origine du feu qui a coûté la vie à une sexagénaire dans la nuit.",
  "Les pompiers rappellent de ne jamais couvrir un chauffage électrique et de vérifier les détecteurs de fumée avant l'hiver."),

 # 3. Metro and tram drivers' strike (Garonne Mobilités), renewed for Thursday.
 ("greve-metro-tram-toulouse-h108", PYR, "fr", 3, 5, 2600, [TL, T], "colon",
  "Toulouse : métro et tramway au ralenti mercredi, grève des conducteurs",
  "Les conducteurs du métro et du tramway toulousains sont en grève mercredi à l'appel de trois syndicats, qui réclament des renforts d'agents de sécurité après une série d'agressions, et seul un métro sur deux circule sur la ligne A, a prévenu l'exploitant Garonne Mobilités.",
  "La ligne B fonctionne de 7 heures à 20 heures seulement, et le tramway T1 est interrompu toute la journée."),
 ("greve-metro-tram-toulouse-h108", ROSE, "fr", 3, 45, 2300, [TL, T], "lire",
  "Grève dans les transports : comment se déplacer à Toulouse ce mercredi",
  "Pour traverser la ville malgré le débrayage des conducteurs, la mairie conseille le vélo, le covoiturage et les navettes de bus de remplacement mises en place entre la station Arènes et le parc des expositions, qui partent toutes les vingt minutes.",
  "Les vélos en libre-service sont gratuits toute la journée pour les abonnés du réseau.",
  {"also": "Grève des bagagistes à Blagnac : une centaine de vols annulés"}),
 ("greve-metro-tram-toulouse-h108", COUR, "fr", 3, 130, 1500, [TL, T], "",
  "Agressions dans le métro : le ras-le-bol des conducteurs",
  "Crachats, insultes, une cabine forcée à Basso-Cambo la semaine dernière : les conducteurs grévistes rencontrés au dépôt de Borderouge disent ne plus supporter de travailler seuls en fin de soirée.",
  "« Après 22 heures, il n'y a plus personne dans les stations à part nous », témoigne un conducteur de la ligne A."),
 ("greve-metro-tram-toulouse-h108", APL, "en", 3, 230, 500, ["Europe", "France"], "ap",
  "Toulouse subway and tram drivers strike over assaults",
  "Subway and tram drivers in the southern French city of Toulouse walked off the job Wednesday, demanding more security guards after a string of assaults on staff, leaving commuters crowding onto half the usual trains.",
  "The operator said the walkout would last at least until Thursday morning."),
 ("greve-metro-tram-toulouse-h108", TV, "fr", 3, 380, 1800, [TL, T], "",
  "Métro toulousain : la direction propose quarante agents de sécurité de plus",
  "La direction de Garonne Mobilités a proposé mercredi après-midi aux syndicats de recruter quarante agents de sûreté supplémentaires d'ici l'été, une offre jugée insuffisante par les grévistes, qui réclament une présence dans chaque rame après 21 heures.",
  "Une nouvelle réunion est prévue jeudi à 10 heures ; le mouvement est reconduit pour la journée de jeudi."),
 ("greve-metro-tram-toulouse-h108", ACTU, "fr", 3, 600, 2000, [TL, T], "actu",
  "Grève reconduite jeudi : le point sur le trafic du métro et du tram",
  "Le mouvement social des conducteurs étant reconduit, jeudi s'annonce aussi difficile que mercredi, avec un métro sur deux sur la ligne A, une ligne B limitée à la journée et aucun tramway sur T1 avant vendredi.",
  "Les parkings relais de Balma-Gramont et de Borderouge seront gratuits."),

 # 18. Filler: football result (first post).
 ("foot-toulouse-garonne-fc-beziers-h108", SPORT, "fr", 0, 15, 1100, ["Sport"], "",
  "Ligue 2 : le Toulouse Garonne FC accroché par Béziers",
  "Le Toulouse Garonne FC a concédé le match nul face à l'AS Béziers (1-1) mardi soir au stade des Argoulets, en match en retard de la quinzième journée de Ligue 2.",
  "Les Toulousains restent cinquièmes du classement."),

 # 4. Baggage handlers' strike at Toulouse-Blagnac airport (Azur Piste Services).
 ("greve-bagagistes-blagnac-h108", PYR, "fr", 2, 30, 2100, [OC, T], "afp",
  "Grève des bagagistes à l'aéroport de Toulouse-Blagnac, une centaine de vols annulés",
  "Une centaine de vols ont été annulés mercredi à l'aéroport de Toulouse-Blagnac en raison d'une grève des agents d'escale et des bagagistes de la société Azur Piste Services, qui protestent contre la suppression de leur prime de nuit.",
  "Les compagnies ont prévenu leurs passagers par SMS dans la nuit ; les vols vers Paris-Orly et Lyon sont les plus touchés.",
  {"city": "Blagnac"}),
 ("greve-bagagistes-blagnac-h108", TRAV, "en", 2, 140, 400, ["Europe", "Travel"], "byline_en",
  "Baggage handlers' walkout grounds flights in Toulouse",
  "About a hundred flights were canceled at Toulouse-Blagnac airport on Wednesday as baggage handlers and ground staff went on strike over the loss of a night-shift bonus.",
  "Travelers were advised to check their flight status before heading to the airport.",
  {"site": "Travel Wire", "author": "Kate Morrow"}),
 ("greve-bagagistes-blagnac-h108", ACTU, "fr", 2, 250, 1200, [TL, T], "",
  "Blagnac : files d'attente et colère au terminal B",
  "Au terminal B de l'aéroport, des centaines de voyageurs privés de vol se pressaient mercredi midi devant les guichets des compagnies, certains attendant depuis l'aube un billet de train ou une place sur un vol du lendemain.",
  "« On part à un enterrement à Lille, et personne ne sait nous dire quand on pourra décoller », s'emporte une passagère."),
 ("greve-bagagistes-blagnac-h108", ECO, "fr", 2, 420, 700, [OC, E], "",
  "Prime de nuit : ce que réclament les bagagistes",
  "La prime supprimée par Azur Piste Services représentait jusqu'à 280 euros par mois pour les agents qui chargent les soutes entre 22 heures et 6 heures, soit près d'un cinquième de leur salaire selon les syndicats.",
  "L'entreprise assure qu'elle doit compenser la perte d'un contrat avec une compagnie à bas coût."),
 ("greve-bagagistes-blagnac-h108", PYR, "fr", 2, 578, 800, [OC, T], "reuters_line",
  "Aéroport : la grève des agents d'escale reconduite jeudi",
  "Les agents d'escale de Toulouse-Blagnac ont voté mercredi en fin d'après-midi la reconduction de leur mouvement jeudi, faute d'accord avec Azur Piste Services sur le maintien de la prime de nuit.",
  "L'aéroport prévoit une cinquantaine d'annulations jeudi."),

 # 24-25. Filler: weather bulletin, horoscope.
 ("meteo-toulouse-jeudi-9-decembre-h108", METEO, "fr", 0, 660, 900, ["Météo"], "",
  "Météo du jeudi 9 décembre : brouillard le matin, soleil l'après-midi",
  "Les bancs de brouillard se reformeront jeudi matin dans la vallée de la Garonne avant de laisser place à un franc soleil l'après-midi, avec des températures comprises entre 2 et 13 degrés à Toulouse.",
  "Le vent d'autan faiblira en soirée."),
 ("horoscope-jeudi-9-decembre-h108", ASTRO, "fr", 0, 690, 600, ["Horoscope"], "",
  "Horoscope du jeudi 9 décembre",
  "Bélier : une rencontre inattendue bouscule vos projets de la semaine, laissez-vous surprendre.",
  "Taureau : prudence dans vos dépenses. Gémeaux : une bonne nouvelle professionnelle arrive."),

 # 5. Job cuts at the aerospace subcontractor Mécanique Célé Aéro in Figeac (Lot).
 ("plan-social-figeac-celeaero-h108", QUER, "fr", 3, 100, 1600, [OC, E], "",
  "Figeac : Mécanique Célé Aéro va supprimer 320 emplois",
  "Le sous-traitant aéronautique Mécanique Célé Aéro, premier employeur privé du Lot, a annoncé mercredi matin la suppression de 320 de ses 1 100 postes à Figeac d'ici l'été, en invoquant la baisse des cadences commandées par les avionneurs.",
  "Le plan doit être présenté au comité social et économique le 16 décembre.",
  {"site": "L'Écho du Quercy"}),
 ("plan-social-figeac-celeaero-h108", RAD, "fr", 3, 200, 1300, [OC, E, P], "",
  "Plan social à Figeac : la présidente de région promet de se battre",
  "Invitée mercredi matin de Radio Occitanie Sud, la présidente de la région Occitanie, Hélène Vidalou, a annoncé qu'elle recevrait la direction de Mécanique Célé Aéro lundi et qu'elle conditionnerait toute aide publique au maintien des emplois dans la vallée du Lot.",
  f"{QUOTE}, a-t-elle lancé."),
 ("plan-social-figeac-celeaero-h108", AERO, "en", 3, 300, 300, ["Europe", "Aerospace"], "reuters",
  "French aerospace supplier to cut 320 jobs",
  "French aircraft parts maker Mécanique Célé Aéro said on Wednesday it would cut about 30% of its workforce at its plant in southwestern France, blaming slower production rates at its customers.",
  "The company machines landing gear parts and engine mounts.",
  {"city": "Paris"}),
 ("plan-social-figeac-celeaero-h108", COUR, "fr", 3, 470, 1100, [OC, E], "",
  "Figeac sous le choc : « toute la vallée vit de l'usine »",
  "Dans les cafés de la place Champollion comme à la sortie de l'usine, les habitants de Figeac redoutent l'effet domino d'une saignée qui touchera aussi les sous-traitants, les commerces et les écoles de la vallée du Célé.",
  "« Trois cent vingt familles, ici, c'est un village entier », résume le maire."),
 ("plan-social-figeac-celeaero-h108", PYR, "fr", 3, 581, 700, [OC, E], "reuters_line",
  "Industrie : un plan social de 320 postes dans le Lot",
  "Près d'un tiers des effectifs de l'usine figeacoise de Mécanique Célé Aéro vont disparaître, une annonce qui frappe le bassin d'emploi le plus dépendant de l'aéronautique de la région après Toulouse.",
  "Les syndicats appellent à un rassemblement vendredi devant l'usine."),

 # 31. Filler: football result (second post).
 ("foot-toulouse-garonne-fc-beziers-h108", ACTU, "fr", 0, 60, 500, ["Sport"], "",
  "Football : le TGFC partage les points avec Béziers",
  "Mené au score à la pause, le Toulouse Garonne FC a arraché le nul 1-1 contre Béziers mardi aux Argoulets grâce à une tête de son défenseur Yanis Barrère.",
  ""),

 # 6. Trial of the former deputy mayor Bernard Castagnac (stadium contracts), Toulouse court.
 ("proces-castagnac-stade-ponts-jumeaux-h108", JUST, "fr", 2, 90, 1000, [TL, J], "",
  "Marchés du stade des Ponts-Jumeaux : l'ancien adjoint Bernard Castagnac jugé",
  "L'ancien adjoint aux sports de Toulouse, Bernard Castagnac, comparaît depuis mercredi matin devant le tribunal correctionnel de Toulouse pour favoritisme et prise illégale d'intérêts dans l'attribution des marchés de rénovation du stade des Ponts-Jumeaux, entre 2019 et 2021.",
  "Deux chefs d'entreprise du bâtiment sont jugés à ses côtés."),
 ("proces-castagnac-stade-ponts-jumeaux-h108", PYR, "fr", 2, 240, 900, [TL, J], "byline_fr",
  "Procès Castagnac : l'ancien élu nie tout « arrangement »",
  "À la barre, l'ancien adjoint a contesté avoir orienté l'appel d'offres vers l'entreprise d'un ami d'enfance, assurant que le choix avait été fait « par des techniciens, sur des critères de prix ».",
  "Le dossier de l'accusation s'appuie sur des échanges de courriels saisis lors d'une perquisition en 2022.",
  {"site": "Agence Pyrène"}),
 ("proces-castagnac-stade-ponts-jumeaux-h108", COUR, "fr", 2, 480, 1200, [TL, J], "caption",
  "Castagnac : deux ans avec sursis requis",
  "Le procureur a requis mercredi soir deux ans d'emprisonnement avec sursis, 50 000 euros d'amende et cinq ans d'inéligibilité contre l'ancien adjoint toulousain, jugé pour favoritisme dans les marchés du stade des Ponts-Jumeaux.",
  "Le jugement a été mis en délibéré au 26 janvier.",
  {"site": "Le Courrier de la Garonne", "caption": "Bernard Castagnac arrive au palais de justice de Toulouse, le mercredi 8 décembre 2027."}),
 ("proces-castagnac-stade-ponts-jumeaux-h108", ROSE, "fr", 2, 540, 600, [TL, J], "",
  "Stade des Ponts-Jumeaux : retour sur un chantier qui a coûté le double",
  "Prévue à 14 millions d'euros, la rénovation des tribunes et de la pelouse du stade des Ponts-Jumeaux en a finalement coûté près de 29, un dérapage que la chambre régionale des comptes avait été la première à pointer en 2022.",
  "Le stade accueille les matches de l'équipe de rugby à XIII de la ville."),

 # 7. Assizes verdict: a pensioner who shot his neighbour in Muret over a hedge (June 2025).
 ("assises-meurtre-voisin-muret-h108", MUR, "fr", 2, 70, 800, [OC, J], "",
  "Meurtre du chemin de la Saudrune : le verdict attendu aujourd'hui",
  "La cour d'assises de la Haute-Garonne doit rendre mercredi son verdict dans le procès de Jean-Marc Salvetat, un retraité de 68 ans accusé d'avoir tué son voisin d'un coup de fusil en juin 2025 à Muret, au terme d'une dispute sur une haie mitoyenne.",
  "L'avocat général a requis vingt ans de réclusion mardi soir.",
  {"site": "Le Petit Murétain"}),
 ("assises-meurtre-voisin-muret-h108", PYR, "fr", 2, 280, 1300, [OC, J], "afp",
  "Assises : dix-huit ans de réclusion pour le meurtre d'un voisin à Muret",
  "Un retraité de 68 ans a été condamné mercredi par la cour d'assises de la Haute-Garonne à dix-huit ans de réclusion criminelle pour avoir tué son voisin d'un coup de fusil de chasse, à Muret, en juin 2025.",
  "L'accusé, qui avait plaidé l'accident, a dix jours pour faire appel."),
 ("assises-meurtre-voisin-muret-h108", JUST, "fr", 2, 350, 700, [OC, J], "",
  "Procès Salvetat : la famille de la victime « soulagée »",
  "À la sortie de la salle d'audience, la veuve et les deux fils de Thierry Roumagnac ont dit leur soulagement de voir reconnue l'intention de tuer, que la défense avait contestée pendant quatre jours.",
  "« Il n'y a pas de gagnant, juste un mort pour une haie », a résumé leur avocate."),
 ("assises-meurtre-voisin-muret-h108", COUR, "fr", 2, 590, 600, [J], "",
  "Conflits de voisinage : quand la querelle tourne au drame",
  "Le procès de Muret rappelle que les conflits de voisinage, pour la plupart réglés devant un conciliateur de justice, dégénèrent parfois en violences graves, souvent après des années de plaintes restées sans suite.",
  "Le conciliateur de justice peut être saisi gratuitement en mairie."),

 # 8. Regional council vote: reopening the Lannemezan-Arreau railway (vallée d'Aure).
 ("vote-region-ligne-lannemezan-arreau-h108", PYR, "fr", 3, 60, 1400, [OC, P, T], "ats",
  "La région Occitanie vote mercredi la réouverture de la ligne Lannemezan-Arreau",
  "Les élus du conseil régional d'Occitanie se prononcent mercredi après-midi, en séance plénière à Montpellier, sur un plan de 86 millions d'euros destiné à rouvrir aux voyageurs la voie ferrée entre Lannemezan et Arreau, dans la vallée d'Aure.",
  "Les travaux doivent permettre une reprise des circulations à la fin de 2029.",
  {"city": "Montpellier"}),
 ("vote-region-ligne-lannemezan-arreau-h108", RAD, "fr", 3, 210, 1100, [OC, P], "",
  "Petites lignes : Hélène Vidalou défend le train « jusqu'au bout des vallées »",
  "Sur Radio Occitanie Sud mercredi matin, la présidente de région, Hélène Vidalou, a défendu la réouverture de la voie ferrée de la vallée d'Aure face aux élus d'opposition qui jugent l'investissement disproportionné pour quelques centaines de voyageurs par jour.",
  f"{QUOTE}, a-t-elle ajouté, en visant le gouvernement, accusé de se désengager des lignes de desserte fine."),
 ("vote-region-ligne-lannemezan-arreau-h108", RAIL, "fr", 3, 330, 500, [OC, T], "",
  "Lannemezan-Arreau : ce que prévoit le plan ferroviaire de la région",
  "Le plan soumis aux conseillers régionaux prévoit de remplacer 27 kilomètres de rails, de rénover six gares et de faire circuler sept allers-retours quotidiens en train léger à hydrogène entre Lannemezan et Arreau à partir de 2030.",
  "L'État et l'Union européenne financeraient un tiers de la facture, la région le reste."),
 ("vote-region-ligne-lannemezan-arreau-h108", PYR, "fr", 3, 455, 1300, [OC, P, T], "",
  "Occitanie : la réouverture de la ligne de la vallée d'Aure adoptée",
  "Le conseil régional d'Occitanie a adopté mercredi par 98 voix contre 47 le financement de la réouverture de la voie ferrée entre Lannemezan et Arreau, dans les Hautes-Pyrénées.",
  "Le groupe d'opposition de droite a voté contre, dénonçant « un caprice électoral à 86 millions »."),
 ("vote-region-ligne-lannemezan-arreau-h108", EUR, "en", 3, 505, 250, ["Europe", "Rail"], "upi",
  "French region votes to revive Pyrenees railway",
  "The Occitanie regional council in southern France voted Wednesday to spend 86 million euros reopening a mountain railway line closed to passengers for decades, betting on hydrogen trains to serve remote Pyrenean valleys.",
  "Critics said the line would carry too few passengers to justify the cost."),
 ("vote-region-ligne-lannemezan-arreau-h108", VAL, "fr", 3, 640, 500, [OC], "",
  "Dans la vallée d'Aure, le retour du train fêté à Arreau",
  "À Arreau, une cinquantaine d'habitants réunis devant l'ancienne gare ont sabré le mousseux à l'annonce du vote régional, après des années de pétitions pour le retour des trains dans la vallée.",
  "« Mes parents prenaient ce train pour aller au lycée à Lannemezan », se souvient une retraitée."),

 # 9. Toulouse Métropole council vote: low-emission zone extended to the whole ring road.
 ("vote-metropole-zfe-rocade-h108", COUR, "fr", 2, 120, 1300, [TL, P, T], "",
  "Zone à faibles émissions : Toulouse Métropole vote ce soir son extension",
  "Le conseil de Toulouse Métropole doit voter mercredi soir l'extension de la zone à faibles émissions à l'ensemble de la rocade à partir de 2029, ce qui interdirait la circulation des véhicules classés Crit'Air 3 à l'intérieur du périphérique.",
  "Environ 70 000 véhicules immatriculés dans l'agglomération seraient concernés."),
 ("vote-metropole-zfe-rocade-h108", ROSE, "fr", 2, 290, 1500, [TL, T], "",
  "ZFE : qui sera concerné, quelles aides ?",
  "Les voitures diesel immatriculées avant 2011 et les voitures à essence d'avant 2006 ne pourraient plus entrer dans le périmètre de la rocade, mais la métropole prévoit une prime à la conversion de 3 000 euros pour les ménages modestes.",
  "Les artisans auraient un an de délai supplémentaire."),
 ("vote-metropole-zfe-rocade-h108", TV, "fr", 2, 430, 1000, [TL, P], "",
  "Extension de la ZFE : les artisans klaxonnent devant le Capitole",
  "Plus de deux cents artisans et commerçants, venus avec leurs camionnettes, ont klaxonné mercredi après-midi devant le Capitole pour dénoncer l'élargissement de la zone à faibles émissions, qu'ils jugent « punitif » pour les professionnels de la périphérie.",
  "Une délégation a été reçue par l'adjoint chargé des mobilités."),
 ("vote-metropole-zfe-rocade-h108", ACTU, "fr", 2, 650, 1400, [TL, P], "",
  "Le conseil métropolitain adopte l'extension de la zone à faibles émissions",
  "Les élus de Toulouse Métropole ont adopté mercredi soir, par 83 voix contre 41, l'élargissement de la zone à faibles émissions à tout l'intérieur de la rocade à partir du 1er janvier 2029.",
  "L'opposition a annoncé un recours devant le tribunal administratif."),
 ("vote-metropole-zfe-rocade-h108", COL, "fr", 2, 700, 600, [TL], "",
  "ZFE élargie : à Colomiers, on craint de ne plus pouvoir entrer dans Toulouse",
  "Pour beaucoup d'habitants de Colomiers qui travaillent dans le centre de Toulouse, le vote de la métropole signifie qu'il faudra changer de voiture ou se rabattre sur un réseau de bus jugé trop lent.",
  "Le maire de Colomiers s'est abstenu lors du vote.",
  {"site": "Colomiers Hebdo"}),

 # 10. Bronchiolitis: plan blanc at the CHU de Toulouse (Purpan).
 ("plan-blanc-purpan-bronchiolite-h108", SANTE, "fr", 2, 50, 1500, [TL, SA], "",
  "Bronchiolite : le CHU de Toulouse déclenche le plan blanc",
  "Le CHU de Toulouse a déclenché mardi soir son plan blanc face à l'afflux de nourrissons atteints de bronchiolite aux urgences pédiatriques de l'hôpital Purpan, qui ont accueilli plus de 210 enfants en vingt-quatre heures.",
  "Des opérations programmées sont reportées afin de libérer des lits et du personnel."),
 ("plan-blanc-purpan-bronchiolite-h108", TV, "fr", 2, 180, 1200, [TL, SA], "",
  "Urgences de Purpan : des parents attendent jusqu'à sept heures",
  "Dans la salle d'attente des urgences pédiatriques de Purpan, des parents racontent avoir patienté toute la nuit avec des bébés essoufflés, pendant que les soignants installaient des brancards dans les couloirs.",
  "« On nous a dit de revenir si elle devenait bleue », raconte la mère d'une petite fille de trois mois."),
 ("plan-blanc-purpan-bronchiolite-h108", COUR, "fr", 2, 310, 900, [OC, SA], "",
  "Plan blanc à Purpan : des nourrissons transférés jusqu'à Montauban et Albi",
  "Faute de lits en réanimation pédiatrique, le CHU de Toulouse a transféré mercredi six nourrissons vers les hôpitaux de Montauban, d'Albi et de Tarbes, tandis que ses urgences adultes recevaient aussi les pompiers blessés dans l'incendie de Colomiers.",
  "L'agence régionale de santé appelle à ne se rendre aux urgences qu'en cas de signe de gravité."),
 ("plan-blanc-purpan-bronchiolite-h108", MED, "en", 2, 410, 200, ["Europe", "Health"], "donate",
  "Bronchiolitis wave pushes Toulouse hospital into emergency mode",
  "The university hospital of Toulouse in southern France has activated its emergency plan as a surge in infants with bronchiolitis filled its pediatric emergency unit, postponing planned operations.",
  "Regional health authorities said the epidemic had come three weeks earlier than last winter."),
 ("plan-blanc-purpan-bronchiolite-h108", ROSE, "fr", 2, 560, 1100, [SA], "",
  "Bronchiolite : les bons réflexes avant d'aller aux urgences",
  "Lavage du nez au sérum physiologique, petits repas fractionnés et surveillance de la respiration : les pédiatres toulousains rappellent que la plupart des bronchiolites se soignent à la maison.",
  "Il faut en revanche appeler le 15 si le bébé respire très vite, refuse de boire ou a les lèvres bleutées."),

 # 11. Fog pileup on the A62 at Castelnau-d'Estrétefonds; 2 dead (gendarmerie) -> 3 (prefecture).
 ("carambolage-a62-brouillard-castelnau-h108", AN, "fr", 3, 25, 3400, [OC, FD, T], "afp",
  "Carambolage dans le brouillard sur l'A62 au nord de Toulouse",
  "Une vingtaine de véhicules se sont percutés mercredi vers 7 heures dans un épais brouillard sur l'autoroute A62, à hauteur de Castelnau-d'Estrétefonds, faisant au moins deux morts et quatorze blessés, selon la gendarmerie.",
  "L'autoroute est coupée dans le sens Montauban-Toulouse."),
 ("carambolage-a62-brouillard-castelnau-h108", ACTU, "fr", 3, 95, 2500, [TL, T], "caption",
  "A62 : des kilomètres de bouchons après le carambolage",
  "Le carambolage de l'A62 provoque d'énormes ralentissements au nord de l'agglomération, où les automobilistes venant de Montauban sont déviés par la route départementale 820 jusqu'à Saint-Jory.",
  "Le préfet recommande de reporter les déplacements non indispensables.",
  {"caption": "Des carcasses de voitures encastrées les unes dans les autres sur l'A62, près de Castelnau-d'Estrétefonds, mercredi 8 décembre 2027."}),
 ("carambolage-a62-brouillard-castelnau-h108", COUR, "fr", 3, 230, 2700, [OC, FD], "actu",
  "Carambolage de l'A62 : le bilan passe à trois morts",
  "Un conducteur grièvement blessé dans le carambolage de Castelnau-d'Estrétefonds est mort en fin de matinée à l'hôpital Purpan, portant à trois le nombre de victimes, a indiqué la préfecture.",
  "Sept blessés restent hospitalisés, dont deux en urgence absolue."),
 ("carambolage-a62-brouillard-castelnau-h108", APL, "en", 3, 270, 700, ["Europe", "France"], "ap",
  "Fog pileup on French highway kills 3",
  "Three people were killed and 14 injured when about twenty vehicles crashed in thick fog on a highway north of the southern French city of Toulouse on Wednesday morning, police said.",
  "Seven of the injured were taken to the university hospital in Toulouse."),
 ("carambolage-a62-brouillard-castelnau-h108", ROSE, "fr", 3, 500, 1200, [T], "",
  "Brouillard sur la route : les conseils pour éviter le sur-accident",
  "Allumer ses feux de brouillard avant, ralentir nettement et laisser au moins trois traits de bande d'arrêt d'urgence avec la voiture de devant : les gendarmes de l'autoroute rappellent les consignes après le drame de l'A62.",
  "En cas d'accident, il faut quitter son véhicule et se réfugier derrière la glissière."),

 # 12. A regional train hits a tractor at a level crossing near Pamiers (Ariège).
 ("ter-tracteur-passage-niveau-pamiers-h108", ARI, "fr", 1, 340, 900, [OC, FD], "",
  "Un TER percute un tracteur près de Pamiers, l'agriculteur tué",
  "Un agriculteur de 52 ans a été tué mercredi en fin de matinée lorsque le TER Toulouse-Latour-de-Carol a percuté son tracteur sur un passage à niveau de la commune de Saint-Jean-du-Falga, près de Pamiers.",
  "Les 80 passagers du train sont indemnes ; deux ont été choqués.",
  {"site": "La Gazette ariégeoise"}),
 ("ter-tracteur-passage-niveau-pamiers-h108", PYR, "fr", 1, 420, 700, [OC, T], "afp",
  "Ariège : collision mortelle entre un train et un engin agricole",
  "La circulation des trains entre Toulouse et Foix est interrompue depuis la collision survenue à la mi-journée entre un train régional et un engin agricole à un passage à niveau de l'Ariège, dans laquelle le conducteur du tracteur a perdu la vie.",
  "Des cars de substitution sont mis en place entre Pamiers et Foix.",
  {"city": "Foix"}),
 ("ter-tracteur-passage-niveau-pamiers-h108", TV, "fr", 1, 630, 600, [OC], "",
  "Passage à niveau de Saint-Jean-du-Falga : des riverains réclamaient sa suppression",
  "Les habitants du hameau de Las Parets demandaient depuis des années la suppression du passage à niveau où un agriculteur a trouvé la mort, jugeant sa visibilité insuffisante à cause d'une haie de peupliers.",
  "SNCF Réseau a ouvert une enquête interne."),

 # 13. A promo posted alone.
 ("promo-courrier-garonne-numerique-h108", COUR, "fr", 0, 360, 50, ["Promo"], "",
  "Le Courrier de la Garonne : votre journal numérique à 1 euro le premier mois",
  "Abonnez-vous au Courrier de la Garonne numérique et retrouvez chaque soir toute l'actualité de Toulouse et de l'Occitanie pour 1 euro le premier mois.",
  "Offre sans engagement, réservée aux nouveaux abonnés."),
]
