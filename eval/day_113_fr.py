# Day 113: a French regional channel of Strasbourg and Alsace, morning edition of Friday
# 10 December 2027 at 07:00 (window 19:00 Thursday - 07:00 Friday local, Europe/Paris = UTC+1 in
# December, so 18:00Z - 06:00Z). Gold answer written before any run: each post's story, its lede
# (the true first sentence) and the TOP5 below. Every story, person, company and outlet is invented.
#
# Traps:
# - one radio interview, two stories, same quote: the president of the Eurométropole, Anne-Sophie
#   Kessler, on Radio Ill FM on Thursday evening, quoted about the tram extension vote (post 8) and
#   about the garbage collectors' strike (post 23), both carrying « Strasbourg n'a pas à choisir
#   entre des rues propres et des rails neufs... »;
# - a shared wire byline line ("Agence Rhénane | Mis à jour : 10-12-2027 04:05"): the hockey
#   club treasurer's trial (post 38) and the Erstein paper mill's closure confirmed (post 60), three
#   minutes apart;
# - the same hospital: Hautepierre takes the A35 pileup's injured (post 45), the pedestrian hit by a
#   tram (post 50) and the measles children (posts 52-56; post 54 says its emergency ward also
#   takes the pileup's injured);
# - the same court: the palais de justice of Strasbourg holds the hockey treasurer's trial (posts
#   35-38) and the assizes verdict of the Sélestat taxi driver's murder (posts 39-42);
# - the same town: Sélestat holds the taxi driver's murder (posts 39-42) and the A35 pileup (posts
#   43-48); Mulhouse holds the flat fire (posts 18-20) and the car plant strike (posts 27-30); the
#   Christmas market holds the fire (posts 11-17) and is named by the garbage strike (posts 25, 26)
#   and the tram accident (post 51); the Meinau holds the garbage depot (post 24) and measles (52);
# - look-alike stories: two fires (the Christmas market chalets, posts 11-17; the deadly Mulhouse flat
#   fire, posts 18-20); two strikes (garbage collectors, posts 21-26; the car plant, posts 27-30); two
#   trials (posts 35-38, 39-42); two votes (the European Parliament, posts 1-6; the Eurométropole,
#   posts 7-10); two road accidents (the A35 pileup, posts 43-48; the pedestrian and the tram, posts
#   49-51); two tram stories (the extension vote, the accident);
# - one toll revised by a second source: the A35 pileup, one dead (gendarmerie, post 43) then two
#   (prefecture, post 45); the market fire, one hurt (post 11) then two (post 14);
# - one story told in two languages by different agencies with different words: the market fire
#   ("incendie", "feu", "sinistre", "flammes" / "fire", "blaze"), the garbage strike ("grève",
#   "mouvement", "ripeurs", "agents de collecte" / "sanitation workers", "trash"), the pileup
#   ("carambolage", "collision en chaîne" / "pileup", "crashed"), the night trains ("trains de
#   nuit", "sillons", "couchettes" / "sleeper trains");
# - stories told from other angles: what changes for travellers (post 3), the station's hopes (post
#   4), the region's MEPs (post 5), the rail unions (post 6), the street's shopkeepers (post 10), the
#   burned chalets at dawn (post 12), the ruined stallholders (post 15), what we know (post 16), the
#   night watch (post 17), the neighbours (post 19), the cause (post 20), what to do with rubbish
#   (post 22), the collectors' work (post 24), why the workers strike (post 29), the club rebuilt
#   (post 37), the colleagues (post 41), night taxi work (post 42), the stranded drivers (posts 44,
#   48), the salt trucks (post 47), the dangerous crossing (post 51), the parents (post 53), checking
#   one's vaccination (post 56), the town of Erstein (post 59); the football's portrait (post 32);
# - a "Lire aussi" line in a garbage-strike post naming the car plant strike (post 22); a teaser
#   (post 20); captions (posts 12, 44); update notes (posts 14, 26, 45);
# - posts in English (agencies' English service): posts 2, 13, 25, 46, 55, 58;
# - a promo posted alone (post 61); filler of importance 0: the football result (posts 31, 32), the
#   weather bulletin (post 33), the lottery draw (post 34).
NAME = "2027-12-10-fr-matin-strasbourg-h113"
CHANNEL = {"lang": "fr", "tz": "Europe/Paris"}
WINDOW = ("2027-12-09T18:00:00Z", "2027-12-10T06:00:00Z")
CTX = {"stamp": "10-12-2027 04:05", "line": "Agence Rhénane | Mis à jour : 10-12-2027 04:05",
       "city": "Strasbourg", "date_fr": "9 déc", "date_en": "Dec 9",
       "author": "Julien Hamm", "clarify": "the number of people killed",
       "caption": "", "also": "notre dossier", "country": "France"}
# The editor's top 5: the A35 pileup near Sélestat, the Christmas market fire, the garbage
# collectors' strike, the European Parliament's vote on night trains, the measles outbreak.
TOP5 = ["carambolage-a35-selestat-verglas-h113", "incendie-chalets-marche-noel-h113",
        "greve-eboueurs-eurometropole-h113", "vote-parlement-europeen-trains-nuit-h113",
        "rougeole-ecoles-strasbourg-h113"]
AL = "Alsace"
SXB = "Strasbourg"
EU = "Europe"
E = "Économie"
SA = "Santé"
J = "Justice"
FD = "Faits divers"
P = "Politique"
T = "Transports"
AAR = "agence-rhenane.fr"
AN = "agence-nord.fr"
COUR = "courrier-d-alsace.fr"
NDR = "nouvelles-du-rhin.fr"
RAD = "radio-ill-fm.fr"
TV = "tele-cathedrale.fr"
ACTU = "strasbourg-actu24.fr"
LOC = "vivre-a-strasbourg.fr"
MUL = "mulhouse-matin.fr"
SEL = "echo-de-selestat.fr"
SCHI = "schilick-infos.fr"
ECO = "eco-grand-est.fr"
SANTE = "sante-grand-est.fr"
JUST = "audiences-d-alsace.fr"
HEMI = "echos-de-l-hemicycle.eu"
RAIL = "rail-sans-frontieres.eu"
ERST = "erstein-et-environs.fr"
SPORT = "sport-alsace-info.fr"
METEO = "meteo-vosges-rhin.fr"
LOTO = "jeux-et-tirages.fr"
WW = "wire-west.com"
APL = "ap-like.com"
EUR = "euro-ledger.com"
MED = "health-desk-europe.com"
IND = "industry-week-wire.com"
QUOTE = ("« Strasbourg n'a pas à choisir entre des rues propres et des rails neufs : nous paierons "
         "les deux, et nous les paierons sans augmenter la taxe »")
POSTS = [
 # 1. The European Parliament adopts the regulation on cross-border night trains.
 ("vote-parlement-europeen-trains-nuit-h113", AAR, "fr", 3, 20, 1800, [EU, SXB, T], "afp",
  "Le Parlement européen adopte le règlement sur les trains de nuit",
  "Réunis en session plénière à Strasbourg, les eurodéputés ont adopté jeudi en fin d'après-midi, par 452 voix contre 171, un règlement qui oblige les gestionnaires de réseaux à réserver des sillons aux trains de nuit transfrontaliers et plafonne les péages qu'ils paient.",
  "Le texte doit encore être approuvé par les ministres des Transports des Vingt-Sept en février."),
 ("vote-parlement-europeen-trains-nuit-h113", EUR, "en", 3, 60, 400, ["Europe", "Rail"], "upi",
  "EU lawmakers back night train rules to revive sleeper routes",
  "The European Parliament voted on Thursday in Strasbourg for rules guaranteeing track slots and capping access charges for cross-border sleeper trains, a bid to bring back overnight rail links between European capitals.",
  "Rail operators welcomed the vote; low-cost airlines called it a hidden subsidy."),
 ("vote-parlement-europeen-trains-nuit-h113", HEMI, "fr", 3, 150, 700, [EU, T], "",
  "Trains de nuit : ce que le texte voté à Strasbourg changera pour les voyageurs",
  "Le règlement prévoit un billet unique pour les trajets de nuit qui traversent plusieurs pays, un droit au remboursement en cas de correspondance manquée et une couchette garantie aux passagers handicapés.",
  "Les premières lignes concernées pourraient ouvrir à l'horaire d'hiver 2029.",
  {"site": "Les Échos de l'hémicycle"}),
 ("vote-parlement-europeen-trains-nuit-h113", TV, "fr", 3, 300, 1200, [SXB, T], "",
  "Strasbourg-Vienne en couchette : la gare centrale rêve d'un retour",
  "À la gare de Strasbourg, d'où partait jusqu'en 2014 un train couchettes vers Vienne et Budapest, le vote des eurodéputés ravive l'espoir des usagers qui militent depuis dix ans pour le retour des liaisons nocturnes vers l'Est.",
  "« On prendrait le train à 22 heures et on se réveillerait au bord du Danube », rêve le président de l'association des usagers."),
 ("vote-parlement-europeen-trains-nuit-h113", COUR, "fr", 3, 480, 800, [AL, EU, P], "",
  "Règlement ferroviaire : les eurodéputés alsaciens divisés",
  "Sur les quatre élus alsaciens du Parlement européen, deux ont voté pour le texte sur les sillons de nuit, un s'est abstenu et le quatrième a voté contre, en dénonçant un coût pour les réseaux saturés du fret rhénan.",
  "Le vote s'est joué sur l'amendement qui exonère les lignes de fret prioritaires."),
 ("vote-parlement-europeen-trains-nuit-h113", RAIL, "fr", 3, 610, 500, [EU, T], "",
  "Les cheminots des deux rives du Rhin saluent le vote des eurodéputés",
  "Les syndicats de cheminots français et allemands, qui avaient manifesté mardi devant le bâtiment Louise-Weiss, ont salué dans un communiqué commun un texte qui « remet le train de nuit sur les rails de l'Europe ».",
  "Ils réclament désormais des commandes publiques de voitures-lits.",
  {"site": "Rail sans frontières"}),

 # 2. Eurométropole council votes the tram extension to the north (Schiltigheim, Bischheim).
 ("vote-eurometropole-tram-nord-h113", COUR, "fr", 2, 30, 1100, [SXB, P, T], "",
  "Tram vers le nord : l'Eurométropole vote ce soir",
  "Le conseil de l'Eurométropole de Strasbourg se prononce jeudi soir sur le prolongement du tramway vers Schiltigheim, Bischheim et Hoenheim par la route de Bischwiller, un chantier estimé à 310 millions d'euros.",
  "Les travaux dureraient de 2029 à 2032."),
 ("vote-eurometropole-tram-nord-h113", RAD, "fr", 2, 120, 1000, [SXB, P], "",
  "Anne-Sophie Kessler : « Le nord de l'agglomération attend depuis trop longtemps »",
  "Invitée jeudi soir de Radio Ill FM avant la séance, la présidente de l'Eurométropole, Anne-Sophie Kessler, a défendu le tracé par la route de Bischwiller face aux maires qui préféraient un bus à haut niveau de service, moins cher de moitié.",
  f"{QUOTE}, a-t-elle assuré."),
 ("vote-eurometropole-tram-nord-h113", ACTU, "fr", 2, 260, 1300, [SXB, P, T], "",
  "Le prolongement du tram vers le nord adopté par 68 voix contre 29",
  "Les conseillers de l'Eurométropole ont voté jeudi soir, par 68 voix contre 29, le lancement des études détaillées et des acquisitions foncières de la nouvelle branche du tramway vers Hoenheim.",
  "L'opposition a dénoncé un projet « pharaonique en pleine crise budgétaire »."),
 ("vote-eurometropole-tram-nord-h113", SCHI, "fr", 2, 420, 600, [SXB], "",
  "Route de Bischwiller : commerçants et riverains partagés",
  "Le long de la route de Bischwiller, à Schiltigheim, les commerçants redoutent trois ans de chantier devant leurs vitrines, quand beaucoup d'habitants se réjouissent de pouvoir rejoindre la place de l'Homme-de-Fer sans changer de bus.",
  "« Trois ans de poussière pour un tram, je signe », sourit une boulangère.",
  {"site": "Schilick Infos"}),

 # 3. Night fire at the Christmas market: nine chalets burned on place Broglie; 1 -> 2 hurt.
 ("incendie-chalets-marche-noel-h113", AAR, "fr", 3, 330, 2900, [SXB, FD], "afp",
  "Incendie au marché de Noël de Strasbourg : neuf chalets détruits",
  "Un incendie a détruit dans la nuit de jeudi à vendredi neuf chalets du marché de Noël installés place Broglie, à Strasbourg, et un agent de sécurité a été légèrement intoxiqué par les fumées, ont indiqué les pompiers.",
  "Le feu a pris vers 23 h 30, après la fermeture des étals, et a été éteint en une heure."),
 ("incendie-chalets-marche-noel-h113", NDR, "fr", 3, 380, 2200, [SXB, FD], "caption",
  "Place Broglie : des chalets réduits à des carcasses noircies",
  "Au petit matin, il ne restait des chalets de vin chaud, de bredele et de santons de la place Broglie que des charpentes calcinées, que les employés municipaux entouraient de barrières sous les guirlandes encore allumées.",
  "Les stands voisins ont été noircis par la chaleur.",
  {"site": "Les Nouvelles du Rhin", "caption": "Les restes des chalets incendiés du marché de Noël, place Broglie, à Strasbourg, dans la nuit du jeudi 9 au vendredi 10 décembre 2027."}),
 ("incendie-chalets-marche-noel-h113", WW, "en", 3, 420, 600, ["Europe", "France"], "reuters",
  "Fire guts stalls at Strasbourg Christmas market",
  "A fire destroyed nine wooden stalls at Strasbourg's famous Christmas market overnight, firefighters said on Friday, as police opened an investigation into the cause of the blaze.",
  "A security guard was treated for smoke inhalation."),
 ("incendie-chalets-marche-noel-h113", ACTU, "fr", 3, 500, 2400, [SXB, FD], "actu",
  "Feu au marché de Noël : deux blessés, une enquête ouverte",
  "Un pompier s'est blessé à la cheville pendant l'intervention, portant à deux le nombre de blessés du sinistre de la place Broglie, et le parquet de Strasbourg a ouvert une enquête pour déterminer si le feu est d'origine criminelle.",
  "Une caméra de vidéosurveillance aurait filmé deux silhouettes près des chalets peu avant l'incendie."),
 ("incendie-chalets-marche-noel-h113", TV, "fr", 3, 560, 1500, [SXB, E], "",
  "« Tout mon stock de Noël est parti » : les exposants ruinés",
  "Parmi les exposants sinistrés, un potier de Soufflenheim et une famille de Riquewihr qui vendait ses vins chauds depuis trente ans racontent avoir perdu en une nuit l'essentiel de leur chiffre d'affaires de l'année.",
  "La chambre de commerce promet une aide d'urgence."),
 ("incendie-chalets-marche-noel-h113", COUR, "fr", 3, 640, 1700, [SXB], "",
  "Marché de Noël : ce que l'on sait après l'incendie de la nuit",
  "La place Broglie restera fermée vendredi matin le temps des constatations, mais les autres sites du marché ouvriront normalement à 11 heures, a fait savoir la mairie, qui n'exclut aucune piste sur l'origine des flammes.",
  "Un court-circuit dans un chauffage électrique est l'autre hypothèse étudiée."),
 ("incendie-chalets-marche-noel-h113", LOC, "fr", 3, 700, 900, [SXB], "",
  "Après le feu, la surveillance nocturne des chalets renforcée",
  "La ville va doubler dès vendredi soir le nombre de vigiles qui patrouillent la nuit entre les stands des onze places du marché, et demander aux exposants de débrancher leurs appareils de chauffage à la fermeture.",
  "La mesure coûtera 60 000 euros jusqu'à la fin des fêtes.",
  {"site": "Vivre à Strasbourg"}),

 # 4. Deadly flat fire in Mulhouse (Bourtzwiller).
 ("incendie-appartement-mulhouse-h113", AAR, "fr", 2, 200, 1500, [AL, FD], "afp",
  "Mulhouse : un homme meurt dans l'incendie de son appartement",
  "Un homme de 47 ans est mort jeudi soir dans l'incendie de son appartement, au troisième étage d'un immeuble du quartier de Bourtzwiller, à Mulhouse, et vingt-deux habitants ont été évacués, selon les sapeurs-pompiers du Haut-Rhin.",
  "Cinq personnes incommodées par la fumée ont été conduites à l'hôpital Émile-Muller.",
  {"city": "Mulhouse"}),
 ("incendie-appartement-mulhouse-h113", MUL, "fr", 2, 400, 1000, [AL, FD], "",
  "Bourtzwiller : « La fumée est montée d'un coup dans la cage d'escalier »",
  "Les voisins du défunt, réfugiés pour la nuit dans un gymnase du quartier, racontent avoir été réveillés par l'alarme d'un détecteur puis guidés par les pompiers à travers une cage d'escalier noyée sous la fumée.",
  "Le bailleur a promis de reloger les familles dès samedi.",
  {"site": "Mulhouse Matin"}),
 ("incendie-appartement-mulhouse-h113", ACTU, "fr", 2, 620, 700, [AL, FD], "teaser",
  "Incendie mortel de Bourtzwiller : une bougie à l'origine du feu ?",
  "Selon les premiers éléments de l'enquête, une bougie laissée allumée près d'un rideau aurait provoqué le feu qui a coûté la vie à un habitant de Bourtzwiller jeudi soir.",
  "Une autopsie doit être pratiquée vendredi."),

 # 5. Garbage collectors' strike in the Eurométropole, fourth day, renewed.
 ("greve-eboueurs-eurometropole-h113", AAR, "fr", 3, 10, 2500, [SXB, E], "colon",
  "Strasbourg : quatrième jour de grève des éboueurs, les poubelles débordent",
  "Les agents de collecte des déchets de l'Eurométropole de Strasbourg ont entamé jeudi leur quatrième jour de grève pour réclamer une prime de pénibilité, et plus de 1 800 tonnes d'ordures s'entassent sur les trottoirs de la ville.",
  "Seules les poubelles des hôpitaux et des écoles sont ramassées."),
 ("greve-eboueurs-eurometropole-h113", LOC, "fr", 3, 70, 1900, [SXB], "lire",
  "Grève de la collecte : que faire de ses sacs d'ordures ?",
  "La collectivité demande aux habitants de garder leurs déchets chez eux autant que possible et d'utiliser les onze bennes installées sur les parkings des déchèteries, ouvertes exceptionnellement jusqu'à 21 heures.",
  "Les sacs déposés au pied des conteneurs enterrés seront ramassés en priorité à la reprise.",
  {"site": "Vivre à Strasbourg", "also": "Mulhouse : la chaîne de Rhin Automobiles à l'arrêt"}),
 ("greve-eboueurs-eurometropole-h113", RAD, "fr", 3, 125, 1200, [SXB, P], "",
  "Ordures : la présidente de l'Eurométropole « prête à discuter »",
  "Sur Radio Ill FM jeudi soir, Anne-Sophie Kessler s'est dite prête à rouvrir la négociation sur la pénibilité avec les ripeurs en grève, à condition que la collecte reprenne dès lundi dans les quartiers les plus touchés.",
  f"{QUOTE}, a-t-elle ajouté, interrogée sur le coût de la prime."),
 ("greve-eboueurs-eurometropole-h113", COUR, "fr", 3, 240, 1300, [SXB, E], "",
  "Ripeurs : « On court derrière le camion dix kilomètres par jour »",
  "Au dépôt de la Meinau, les agents de collecte grévistes décrivent des tournées qui commencent à 5 heures, des dos usés avant 50 ans et des sacs toujours plus lourds depuis la fin de la collecte des biodéchets en porte-à-porte.",
  "Ils demandent une prime de 150 euros par mois et un départ anticipé à la retraite."),
 ("greve-eboueurs-eurometropole-h113", APL, "en", 3, 350, 500, ["Europe", "France"], "ap",
  "Trash piles up in Strasbourg as sanitation workers strike",
  "Garbage piled up on the streets of the French city of Strasbourg on Thursday as sanitation workers stayed off the job for a fourth day, demanding extra pay for the physical toll of their work during the Christmas market season.",
  "City officials said rats had been spotted near the cathedral."),
 ("greve-eboueurs-eurometropole-h113", ACTU, "fr", 3, 690, 1600, [SXB], "actu",
  "La grève de la collecte reconduite vendredi : les bennes de secours",
  "Le mouvement des éboueurs étant reconduit vendredi, l'Eurométropole ajoute six bennes de dépôt, à l'Elsau, à Hautepierre et au Port du Rhin, et fera ramasser les abords du marché de Noël par une entreprise privée.",
  "Une réunion de négociation est prévue vendredi à 14 heures."),

 # 6. Strike at the Rhin Automobiles car plant in Mulhouse.
 ("greve-usine-rhin-automobiles-mulhouse-h113", MUL, "fr", 2, 50, 1200, [AL, E], "",
  "Mulhouse : la chaîne de Rhin Automobiles à l'arrêt",
  "L'équipe de nuit de l'usine Rhin Automobiles de Mulhouse a débrayé jeudi soir à l'appel de trois syndicats, qui réclament une hausse générale des salaires de 6 %, et aucune voiture n'est sortie de la chaîne de montage depuis 21 heures.",
  "La direction propose 2,5 %.",
  {"site": "Mulhouse Matin"}),
 ("greve-usine-rhin-automobiles-mulhouse-h113", AAR, "fr", 2, 180, 900, [AL, E], "afp",
  "Grève à l'usine automobile de Mulhouse, la production interrompue",
  "La production du site mulhousien du constructeur Rhin Automobiles est interrompue depuis jeudi soir par un mouvement de grève qui touche plus de la moitié des 4 200 ouvriers, a-t-on appris de source syndicale.",
  "Le site assemble deux modèles de citadines électriques.",
  {"city": "Mulhouse"}),
 ("greve-usine-rhin-automobiles-mulhouse-h113", ECO, "fr", 2, 310, 600, [AL, E], "",
  "Salaires : pourquoi les ouvriers de Rhin Automobiles se mobilisent",
  "Les syndicats de l'usine rappellent que le constructeur a annoncé en octobre un bénéfice record et versé à ses actionnaires un dividende en hausse de 30 %, alors que les salaires des ouvriers n'ont progressé que de 1,8 % en deux ans.",
  "L'usine a déjà connu une grève de dix jours en 2024."),
 ("greve-usine-rhin-automobiles-mulhouse-h113", MUL, "fr", 2, 650, 700, [AL, E], "",
  "Rhin Automobiles : l'équipe du matin rejoint le mouvement",
  "À la prise de poste de 5 heures, les ouvriers de l'équipe du matin ont voté à main levée la poursuite de l'arrêt de travail devant les grilles de l'usine, où des palettes brûlaient depuis la nuit.",
  "Les négociations doivent reprendre lundi.",
  {"site": "Mulhouse Matin"}),

 # Filler: football (two posts), weather bulletin, lottery.
 ("foot-fc-rhenan-amiens-h113", SPORT, "fr", 0, 40, 1100, ["Sport"], "",
  "Ligue 2 : le FC Rhénan renverse Amiens",
  "Mené à la pause, le FC Rhénan s'est imposé jeudi soir face à l'Amiens Picardie FC (3-1) au stade de la Ganzau, en match avancé de la dix-septième journée de Ligue 2.",
  "Les Strasbourgeois prennent provisoirement la deuxième place."),
 ("foot-fc-rhenan-amiens-h113", ACTU, "fr", 0, 180, 800, ["Sport"], "",
  "FC Rhénan : Yannick Ebersold, l'homme du match",
  "Buteur puis passeur décisif, le milieu de terrain Yannick Ebersold a porté le FC Rhénan jeudi soir, au lendemain de sa première convocation en équipe de France espoirs.",
  "Il est sous contrat jusqu'en 2030."),
 ("meteo-alsace-vendredi-10-decembre-h113", METEO, "fr", 0, 690, 900, ["Météo"], "",
  "Météo du vendredi 10 décembre : neige fondue en plaine, verglas en matinée",
  "De la neige fondue tombera vendredi sur la plaine d'Alsace, avec des plaques de verglas en matinée et des températures comprises entre -1 et 3 degrés à Strasbourg, tandis qu'il neigera au-dessus de 500 mètres dans les Vosges.",
  "Le temps redeviendra sec samedi."),
 ("loto-tirage-jeudi-9-decembre-h113", LOTO, "fr", 0, 240, 600, ["Jeux"], "",
  "Loto : les résultats du tirage du jeudi 9 décembre",
  "Les numéros gagnants du tirage du Loto de jeudi soir sont le 4, le 17, le 23, le 31 et le 46, avec le numéro chance 8.",
  "Aucun joueur n'a trouvé la bonne combinaison ; le prochain jackpot est de 7 millions d'euros."),

 # 7. Trial of a hockey club's former treasurer at the tribunal correctionnel of Strasbourg.
 ("proces-tresorier-club-hockey-h113", JUST, "fr", 1, 45, 700, [SXB, J], "",
  "Strasbourg Glace Hockey : l'ancien trésorier jugé pour détournement",
  "L'ancien trésorier du club Strasbourg Glace Hockey, Didier Wendling, a comparu jeudi devant le tribunal correctionnel de Strasbourg pour avoir détourné quelque 640 000 euros des caisses du club entre 2019 et 2024.",
  "Il a reconnu une partie des faits à l'audience.",
  {"site": "Audiences d'Alsace"}),
 ("proces-tresorier-club-hockey-h113", AAR, "fr", 1, 160, 900, [SXB, J], "afp",
  "Détournement au club de hockey : trois ans ferme requis",
  "Le parquet a requis jeudi soir trois ans d'emprisonnement ferme et une interdiction définitive de gérer contre l'ancien trésorier bénévole d'un club de hockey sur glace strasbourgeois, accusé d'avoir financé ses voyages et sa maison avec l'argent des licenciés.",
  "Le club, qui a frôlé la faillite, réclame la totalité des sommes."),
 ("proces-tresorier-club-hockey-h113", SPORT, "fr", 1, 300, 600, [SXB, "Sport"], "",
  "Après le scandale, le club de hockey se reconstruit",
  "Deux ans après la découverte du trou dans ses comptes, le Strasbourg Glace Hockey a retrouvé l'équilibre grâce à une souscription de ses supporters et à une subvention exceptionnelle de la ville, mais a dû renoncer à son équipe féminine.",
  "Le club compte aujourd'hui 380 licenciés."),
 ("proces-tresorier-club-hockey-h113", AAR, "fr", 1, 540, 600, [SXB, J], "reuters_line",
  "Procès Wendling : jugement le 20 janvier",
  "Le tribunal correctionnel de Strasbourg rendra le 20 janvier son jugement dans l'affaire de l'ancien trésorier du Strasbourg Glace Hockey, a annoncé la présidente à l'issue de l'audience de jeudi.",
  "La défense a plaidé une relaxe partielle."),

 # 8. Assizes of the Bas-Rhin: verdict for the murder of a taxi driver in Sélestat (2025).
 ("assises-meurtre-taxi-selestat-h113", SEL, "fr", 2, 15, 800, [AL, J], "",
  "Meurtre du chauffeur de taxi de Sélestat : verdict ce soir",
  "La cour d'assises du Bas-Rhin doit rendre jeudi soir son verdict dans le procès de Kevin Riehl, 26 ans, accusé d'avoir tué de trois coups de couteau le chauffeur de taxi Ahmed Benali, qui refusait de lui rendre la monnaie, en octobre 2025 à Sélestat.",
  "L'avocate générale a requis la réclusion criminelle à perpétuité.",
  {"site": "L'Écho de Sélestat"}),
 ("assises-meurtre-taxi-selestat-h113", AAR, "fr", 2, 140, 1300, [AL, J], "afp",
  "Assises du Bas-Rhin : vingt-cinq ans de réclusion pour le meurtre d'un taxi",
  "Un jeune homme de 26 ans a été condamné jeudi soir à vingt-cinq ans de réclusion criminelle par la cour d'assises du Bas-Rhin, à Strasbourg, pour avoir poignardé un chauffeur de taxi à l'issue d'une course, à Sélestat, il y a deux ans.",
  "Sa défense, qui plaidait une bagarre qui a mal tourné, n'exclut pas de faire appel."),
 ("assises-meurtre-taxi-selestat-h113", JUST, "fr", 2, 260, 700, [AL, J], "",
  "Procès Riehl : les collègues d'Ahmed Benali « soulagés »",
  "Une trentaine de chauffeurs de taxi, venus en convoi de Sélestat et de Colmar, attendaient le verdict sur les marches du palais de justice et ont applaudi la famille de la victime à sa sortie de la salle d'audience.",
  "« Ahmed faisait ce métier depuis vingt ans, il connaissait tout le monde », a dit son frère.",
  {"site": "Audiences d'Alsace"}),
 ("assises-meurtre-taxi-selestat-h113", COUR, "fr", 2, 470, 600, [J], "",
  "Chauffeurs de taxi : la nuit, un métier exposé",
  "Agressions, courses impayées, menaces : les chauffeurs de taxi qui travaillent de nuit en Alsace réclament depuis le drame de Sélestat des caméras embarquées et un bouton d'alerte relié aux forces de l'ordre.",
  "La préfecture a promis une aide à l'équipement."),

 # 9. Pileup on the icy A35 near Sélestat; 1 dead (gendarmerie) -> 2 (prefecture).
 ("carambolage-a35-selestat-verglas-h113", AN, "fr", 3, 220, 3300, [AL, FD, T], "afp",
  "Carambolage sur l'A35 verglacée près de Sélestat",
  "Une quinzaine de véhicules, dont trois poids lourds, se sont percutés jeudi vers 22 h 40 sur l'autoroute A35 verglacée, à hauteur de Sélestat, faisant au moins un mort et onze blessés, selon la gendarmerie du Bas-Rhin.",
  "L'autoroute est coupée dans les deux sens entre Sélestat et Benfeld.",
  {"city": "Sélestat"}),
 ("carambolage-a35-selestat-verglas-h113", ACTU, "fr", 3, 300, 2400, [AL, T], "caption",
  "A35 coupée : des automobilistes bloqués toute la nuit",
  "Après le carambolage, des centaines d'automobilistes sont restés immobilisés pendant des heures sur l'autoroute entre Benfeld et Sélestat, où la Croix-Rouge a distribué des couvertures et des boissons chaudes.",
  "Les poids lourds sont déviés par la route départementale 1083.",
  {"caption": "Des véhicules accidentés sur l'A35 couverte de verglas, près de Sélestat, dans la nuit du jeudi 9 au vendredi 10 décembre 2027."}),
 ("carambolage-a35-selestat-verglas-h113", COUR, "fr", 3, 560, 2700, [AL, FD], "actu",
  "Accident de l'A35 : le bilan s'alourdit à deux morts",
  "Un chauffeur routier grièvement blessé dans la collision en chaîne de l'A35 est mort dans la nuit à l'hôpital de Hautepierre, à Strasbourg, portant le bilan à deux morts, a annoncé vendredi matin la préfecture du Bas-Rhin.",
  "Quatre blessés restent hospitalisés à Strasbourg et à Colmar."),
 ("carambolage-a35-selestat-verglas-h113", APL, "en", 3, 600, 700, ["Europe", "France"], "ap",
  "Icy highway pileup in eastern France kills 2",
  "Two people were killed and 11 hurt when about fifteen cars and trucks crashed on an icy highway in the Alsace region of eastern France late Thursday, authorities said.",
  "The highway between Strasbourg and Colmar remained closed Friday morning."),
 ("carambolage-a35-selestat-verglas-h113", TV, "fr", 3, 650, 1300, [AL, T], "",
  "Verglas sur l'A35 : les saleuses sont-elles passées trop tard ?",
  "Des automobilistes et un élu d'opposition reprochent à la direction des routes de ne pas avoir salé l'autoroute avant la chute des températures, ce que conteste l'État, qui affirme que deux saleuses circulaient dans le secteur au moment de l'accident.",
  "Météo-Alsace avait émis un bulletin de vigilance jaune pour le verglas à 16 heures."),
 ("carambolage-a35-selestat-verglas-h113", SEL, "fr", 3, 700, 900, [AL], "",
  "À Sélestat, la salle des sports ouverte aux naufragés de la route",
  "La ville de Sélestat a ouvert dans la nuit la salle des sports du Grubfeld pour accueillir une centaine de conducteurs bloqués par la fermeture de l'autoroute, dont une famille allemande avec un nourrisson.",
  "Les bénévoles de la protection civile ont servi des soupes jusqu'à 4 heures.",
  {"site": "L'Écho de Sélestat"}),

 # 10. A pedestrian hit by a tram at Homme-de-Fer.
 ("pietonne-percutee-tram-homme-de-fer-h113", ACTU, "fr", 1, 90, 1000, [SXB, FD], "",
  "Une piétonne grièvement blessée par un tram à l'Homme-de-Fer",
  "Une femme de 72 ans a été grièvement blessée jeudi vers 19 h 20 par un tramway de la ligne C alors qu'elle traversait les voies à la station Homme-de-Fer, en plein centre de Strasbourg.",
  "La circulation des trams a été interrompue une heure."),
 ("pietonne-percutee-tram-homme-de-fer-h113", AAR, "fr", 1, 170, 700, [SXB, FD], "afp",
  "Strasbourg : une septuagénaire renversée par une rame, pronostic vital engagé",
  "Une septuagénaire percutée par une rame en pleine heure d'affluence au cœur de Strasbourg a été transportée dans un état grave à l'hôpital de Hautepierre, a-t-on appris auprès des secours.",
  "Le conducteur de la rame a été choqué."),
 ("pietonne-percutee-tram-homme-de-fer-h113", LOC, "fr", 1, 400, 600, [SXB], "",
  "Homme-de-Fer : un carrefour où l'on traverse n'importe où",
  "Avec ses quatre lignes qui se croisent et ses milliers de visiteurs du marché de Noël, la station est depuis des années le point noir du réseau, où les piétons traversent les voies sans regarder, déplorent les conducteurs.",
  "Trois personnes y ont été renversées depuis 2025.",
  {"site": "Vivre à Strasbourg"}),

 # 11. Measles outbreak in Strasbourg schools; children at Hautepierre.
 ("rougeole-ecoles-strasbourg-h113", SANTE, "fr", 2, 100, 1400, [SXB, SA], "",
  "Rougeole : vingt-trois cas dans des écoles de Strasbourg",
  "L'agence régionale de santé du Grand Est a annoncé jeudi soir vingt-trois cas de rougeole chez des élèves de quatre écoles du Neuhof et de la Meinau, dont trois enfants hospitalisés à l'hôpital de Hautepierre.",
  "Une campagne de vaccination de rattrapage débutera lundi dans les écoles concernées."),
 ("rougeole-ecoles-strasbourg-h113", TV, "fr", 2, 230, 1000, [SXB, SA], "",
  "Au Neuhof, des parents inquiets devant l'école",
  "À la sortie de l'école élémentaire du Stockfeld, des parents disent avoir appris l'épidémie par un message de la directrice et cherchent, carnet de santé en main, à savoir si leurs enfants ont reçu leurs deux doses.",
  "Les élèves non vaccinés des classes touchées sont priés de rester chez eux dix jours."),
 ("rougeole-ecoles-strasbourg-h113", COUR, "fr", 2, 380, 800, [SXB, SA], "",
  "Rougeole : les pédiatres de Hautepierre sous tension",
  "Le service de pédiatrie de l'hôpital de Hautepierre, qui soigne les enfants atteints de rougeole, a dû ouvrir des chambres d'isolement supplémentaires au moment où ses urgences recevaient les blessés du carambolage de l'A35.",
  "Le CHU demande de ne pas venir aux urgences sans appeler le 15."),
 ("rougeole-ecoles-strasbourg-h113", MED, "en", 2, 450, 200, ["Europe", "Health"], "donate",
  "Measles outbreak hits schools in Strasbourg",
  "Health authorities in eastern France reported 23 cases of measles among pupils at four schools in Strasbourg, three of them hospitalised, and announced a catch-up vaccination campaign.",
  "Vaccination coverage in the affected districts is below 80 percent."),
 ("rougeole-ecoles-strasbourg-h113", LOC, "fr", 2, 590, 900, [SA], "",
  "Rougeole : comment vérifier que l'on est bien vacciné",
  "Deux doses de vaccin, notées dans le carnet de santé ou le carnet de vaccination, protègent à vie : en cas de doute, le médecin traitant ou le pharmacien peut faire une injection de rattrapage à tout âge.",
  "Les adultes nés après 1980 sont aussi concernés.",
  {"site": "Vivre à Strasbourg"}),

 # 12. The Erstein paper mill (Papeteries de l'Ill) to close.
 ("fermeture-papeterie-erstein-h113", ECO, "fr", 2, 80, 1300, [AL, E], "",
  "La papeterie d'Erstein fermera en juin, 190 emplois menacés",
  "Le groupe Papeteries de l'Ill a annoncé jeudi soir aux représentants du personnel la fermeture en juin de son usine d'Erstein, qui produit du carton d'emballage depuis 1923, en invoquant le prix de l'énergie et la baisse des commandes.",
  "La production sera transférée dans une usine du groupe en Bavière.",
  {"site": "Éco Grand Est"}),
 ("fermeture-papeterie-erstein-h113", IND, "en", 2, 250, 300, ["Europe", "Business"], "byline_en",
  "Alsace paper mill to shut, 190 jobs lost",
  "A century-old cardboard mill in the Alsace town of Erstein will close next June with the loss of 190 jobs, its owner said on Thursday, moving production to Germany.",
  "Unions said they would fight the closure.",
  {"site": "Industry Week Wire", "author": "Sam Keller"}),
 ("fermeture-papeterie-erstein-h113", ERST, "fr", 2, 430, 600, [AL], "",
  "Erstein sous le choc : « la papeterie, c'est la ville »",
  "Dans cette petite ville du Ried où la cheminée de l'usine domine les toits depuis un siècle, commerçants et anciens ouvriers disent leur stupeur devant la fin d'un site qui a fait vivre des générations de familles.",
  "Le maire a demandé un rendez-vous au préfet de région.",
  {"site": "Erstein et environs"}),
 ("fermeture-papeterie-erstein-h113", AAR, "fr", 2, 543, 700, [AL, E], "reuters_line",
  "Papeteries de l'Ill : 190 licenciements confirmés à Erstein",
  "La direction des Papeteries de l'Ill a confirmé dans la nuit, par un communiqué, la suppression des 190 postes de l'usine d'Erstein, sans proposition de reclassement en Alsace.",
  "Un comité social extraordinaire est convoqué mardi."),

 # 13. A promo posted alone.
 ("promo-nouvelles-du-rhin-calendrier-h113", NDR, "fr", 0, 10, 50, ["Promo"], "",
  "Les Nouvelles du Rhin : votre calendrier de l'Avent numérique",
  "Chaque matin jusqu'à Noël, ouvrez une case du calendrier de l'Avent des Nouvelles du Rhin et tentez de gagner des paniers garnis, des places de concert et des séjours dans les Vosges.",
  "Jeu gratuit réservé aux abonnés, règlement sur notre site."),
]
