# Day 54 (hold-out): a Martinique French channel, morning edition of Thursday 15 October 2026
# (window 17:00 Wednesday - 05:00 Thursday Fort-de-France, America/Martinique = UTC-4). Gold answer
# written before any run: each post's story, its lede (the true first sentence) and the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: the president of the executive council of the
#   Collectivité territoriale de Martinique, Lucien Mondésir-Charlery, on Radio Bélè FM about the
#   octroi de mer vote (post 12) and about the burst water main (post 18), both carrying
#   « On ne peut plus gérer ce pays à coups de rustines, il nous faut des décisions qui tiennent
#   dans la durée »;
# - a shared wire byline line ("Agence Caraïbe Presse | Mis à jour : 15-10-2026 04:12"): the
#   record cruise season at the Pointe Simon (post 26) and the record rum exports (post 29),
#   posted three minutes apart, two "record" stories;
# - the same port: the dockers' strike at the Pointe des Grives container terminal (posts 19-22)
#   and the cruise season of the same Grand Port maritime (posts 26-28; post 26 says the strike
#   does not concern the cruise terminal);
# - the same hospital: the victims of the taxi-collectif crash taken to the CHU de Martinique at
#   La Meynard (posts 36, 39) and the CHU's "plan blanc" (posts 41-44; post 41 cites the crash,
#   post 42 carries a "Lire aussi" line pointing to it); the water-cut update (post 20) says the
#   CHU is served by tankers;
# - the same town (Fort-de-France): the octroi vote, the water cut, the dockers, the cruise season,
#   the bus strike, the two fires and the two trials; the same neighbourhoods (Dillon, Volga-Plage)
#   in the bus strike and the landfill fire; Morne-Rouge in the crash, the Pelée explainer (post 10)
#   and the weather bulletin; Trinité schools closed after the quake, Fort-de-France schools closed
#   by the landfill smoke;
# - look-alike stories: two seismic stories the same night (the volcanic swarm under the Pelée,
#   the tectonic M5.8 quake off the Caravelle, whose posts say it is unrelated to the volcano); two
#   strikes from Thursday morning in Fort-de-France (dockers, bus drivers); two fires in
#   Fort-de-France (wooden houses at Terres-Sainville with a death at night, the Trompeuse
#   landfill); two trials at the Fort-de-France criminal court (gun smuggling from Saint Lucia,
#   the embezzlement at the farmers' mutual); two "record" economy stories on one shared line;
#   two tolls that rise overnight (the crash 3 -> 5, the water cut 40 000 -> 62 000 homes);
# - reaction pieces and explainers in other words: the quake reflexes "how to" (post 3), the night
#   outside in Trinité (post 4), the alert colours explainer (post 10), the supermarket-shelf
#   explainer (post 13), the activists (post 14), where to find water (post 19), the supermarkets
#   (post 24), the madras sellers (post 28), the family distillery (post 31), travelling without
#   buses "how to" (post 33), the drivers' fear (post 34), the mourning village (post 38), the
#   minibus fleet explainer (post 40), the stretchers (post 42), what the plan means (post 44),
#   the bucket chain (post 46), the collection for the victims (post 48), the smoke "how to"
#   (post 50), the speedboat route explainer (post 54), the planters (post 58);
# - synonyms across outlets: "séisme", "secousse", "tremblement de terre", "quake", "earthquake";
#   "taxi collectif", "taxico", "minibus", "shared minibus taxi"; "incendie", "sinistre",
#   "flammes", "blaze"; "coupure d'eau", "rupture de canalisation", "burst main"; "octroi de mer",
#   "import levy"; "grève", "arrêt de travail", "walkout";
# - a promo posted alone (post 63); filler of importance 0: football result (posts 60-61),
#   weather bulletin with a tropical wave over the north (post 62), horoscope (post 64).
NAME = "2026-10-15-fr-matin-fort-de-france-h54"
CHANNEL = {"lang": "fr", "tz": "America/Martinique"}
WINDOW = ("2026-10-14T21:00:00Z", "2026-10-15T09:00:00Z")
CTX = {"stamp": "15-10-2026 04:12", "line": "Agence Caraïbe Presse | Mis à jour : 15-10-2026 04:12",
       "city": "Fort-de-France", "date_fr": "14 oct", "date_en": "Oct 14",
       "author": "Murielle Jean-Baptiste", "clarify": "the number of schools closed",
       "caption": "", "also": "notre dossier", "country": "Martinique"}
# The editor's top 5: the M5.8 quake felt across the island, the taxi-collectif crash at
# Morne-Rouge, the octroi de mer vote, the water cut in the centre, the dockers' strike.
TOP5 = ["seisme-large-caravelle", "accident-taxico-morne-rouge", "vote-octroi-de-mer-ctm",
        "coupure-eau-vive", "greve-dockers-pointe-des-grives"]
MQ = "Martinique"
AN = "Antilles"
E = "Économie"
SA = "Santé"
J = "Justice"
FD = "Faits divers"
P = "Politique"
ACP = "agence-caraibe-presse.fr"
QUOT = "quotidien-des-iles.mq"
COUR = "courrier-du-lamentin.mq"
RADIO = "radio-bele-fm.mq"
WW = "wire-west.com"
APL = "ap-like.com"
LEDG = "caribbean-ledger.com"
N15 = {"date_fr": "15 oct", "date_en": "Oct 15"}
QUOTE = ("« On ne peut plus gérer ce pays à coups de rustines, il nous faut des décisions qui "
         "tiennent dans la durée »")
POSTS = [
 # 1. M5.8 tectonic quake off the Caravelle at 23:12, felt everywhere; 0 -> 3 slightly hurt.
 ("seisme-large-caravelle", ACP, "fr", 3, 385, 3100, [MQ, AN, FD], "afp",
  "Un séisme de magnitude 5,8 ressenti dans toute la Martinique",
  "Un séisme de magnitude 5,8 s'est produit mercredi à 23 h 12 au large de la presqu'île de la Caravelle et a été fortement ressenti dans toute la Martinique, ainsi qu'en Guadeloupe et à la Dominique, sans faire de victime dans l'immédiat, selon l'observatoire volcanologique et sismologique.",
  "L'épicentre a été localisé à 48 kilomètres à l'est de Trinité, à 41 kilomètres de profondeur. Il s'agit d'un séisme lié à la subduction de la plaque atlantique, sans lien avec l'activité de la montagne Pelée, a précisé l'observatoire."),
 ("seisme-large-caravelle", WW, "en", 3, 405, 1000, ["Caribbean", "Americas"], "reuters",
  "Strong quake shakes French Caribbean island of Martinique",
  "A magnitude 5.8 earthquake struck off the French Caribbean island of Martinique late on Wednesday, rattling homes across the island and in neighbouring Guadeloupe and Dominica, the local seismological observatory said.",
  "There were no immediate reports of casualties.", {"city": "Fort-de-France"}),
 ("seisme-large-caravelle", RADIO, "fr", 3, 450, 1900, [MQ], "",
  "Répliques possibles : les réflexes à adopter",
  "Pendant la secousse, il faut s'abriter sous une table solide ou contre un mur porteur, loin des fenêtres, puis, une fois le sol immobile, sortir calmement sans prendre l'ascenseur et couper le gaz, rappelle la préfecture, qui s'attend à d'autres mouvements de terrain dans les jours qui viennent.",
  "Il est conseillé de garder près de la porte un sac avec une lampe, de l'eau, des papiers d'identité et des médicaments."),
 ("seisme-large-caravelle", QUOT, "fr", 3, 500, 2200, [MQ], "caption",
  "À Trinité, une nuit dehors par peur d'une nouvelle secousse",
  "Réveillés en sursaut par le grondement et le fracas de la vaisselle, des dizaines d'habitants du bourg de Trinité ont préféré passer la nuit sur la place de l'église ou dans leur voiture plutôt que de regagner leur maison.",
  "« Tout a bougé pendant au moins quinze secondes, les bouteilles sont tombées du frigo », raconte une commerçante de la rue Victor-Hugo.",
  {"site": "Le Quotidien des Îles", "caption": "Des habitants de Trinité attendent sur la place de l'église, dans la nuit du mercredi 14 au jeudi 15 octobre 2026."}),
 ("seisme-large-caravelle", ACP, "fr", 3, 560, 2700, [MQ, AN, FD], "actu",
  "Tremblement de terre : trois blessés légers et un clocher fissuré à Trinité",
  "Trois personnes ont été légèrement blessées et le clocher de l'église de Trinité s'est fissuré lors du tremblement de terre de magnitude 5,8 qui a secoué la Martinique mercredi soir, selon un premier bilan de la préfecture publié dans la nuit.",
  "Une douzaine de répliques, dont la plus forte a atteint la magnitude 3,9, ont été enregistrées. Les écoles de Trinité resteront fermées jeudi, le temps d'inspecter les bâtiments."),
 ("seisme-large-caravelle", APL, "en", 3, 620, 700, ["Caribbean", "Americas"], "ap",
  "Three hurt as quake rattles Martinique; church tower cracked",
  "Three people suffered minor injuries and a church bell tower cracked when a magnitude 5.8 earthquake shook Martinique late Wednesday, the office of the island's French prefect said.",
  "", {"city": "Fort-de-France"}),

 # 2. Swarm of small volcanic quakes under the Montagne Pelée; summit trails closed.
 ("essaim-pelee", ACP, "fr", 2, 15, 1600, [MQ, "Volcan"], "ats",
  "Montagne Pelée : un essaim de plus de 300 séismes volcaniques enregistré",
  "L'observatoire volcanologique et sismologique de Martinique a enregistré depuis mardi plus de 300 séismes volcano-tectoniques de très faible magnitude sous le sommet de la montagne Pelée, un essaim d'une intensité inédite depuis le passage du volcan en vigilance jaune en 2020.",
  "Aucun de ces séismes n'a été ressenti par la population, précise l'observatoire, qui n'observe ni déformation du sol ni émission de gaz anormale.",
  {"city": "Saint-Pierre"}),
 ("essaim-pelee", RADIO, "fr", 2, 120, 1300, [MQ, "Volcan"], "",
  "La préfète interdit l'accès aux sentiers du sommet",
  "La préfète de Martinique, Hélène Marchetti-Duval, a interdit mercredi soir par arrêté l'accès aux sentiers menant au sommet de la Pelée, dont ceux de l'Aileron et de Grand'Rivière, tout en maintenant le volcan en vigilance jaune.",
  "Les guides de randonnée devront annuler les sorties prévues ce week-end."),
 ("essaim-pelee", "upi-like.com", "en", 2, 300, 300, ["Caribbean", "Science"], "upi",
  "Swarm of tiny tremors recorded beneath Mount Pelee",
  "More than 300 small volcanic earthquakes have been recorded beneath Mount Pelee on the French Caribbean island of Martinique since Tuesday, the island's volcano observatory said, though it kept the alert level at yellow.",
  "The 1902 eruption of the volcano destroyed the town of Saint-Pierre."),
 ("essaim-pelee", QUOT, "fr", 2, 650, 900, [MQ], "",
  "Jaune, orange, rouge : ce que veulent dire les couleurs d'alerte",
  "Le passage au niveau orange, qui n'est pas à l'ordre du jour, entraînerait la préparation de l'évacuation des communes du Nord les plus proches du cratère, comme Saint-Pierre, Le Prêcheur ou le Morne-Rouge, alors que le niveau jaune actuel se limite à une surveillance renforcée.",
  "Au niveau rouge, l'évacuation devient obligatoire et l'accès à la zone est interdit."),

 # 3. The Assemblée de Martinique votes to scrap the octroi de mer on 600 staples; same radio quote.
 ("vote-octroi-de-mer-ctm", ACP, "fr", 3, 5, 2000, [MQ, P, E], "",
  "Assemblée de Martinique : la baisse de l'octroi de mer au vote ce soir",
  "Les 51 élus de l'Assemblée de Martinique se réunissent mercredi à 18 heures en séance plénière pour voter la suppression de l'octroi de mer sur 600 produits de consommation courante, une mesure présentée comme la principale réponse de la Collectivité à la vie chère.",
  "La baisse doit entrer en vigueur le 1er janvier et coûter environ 38 millions d'euros par an à la Collectivité et aux communes."),
 ("vote-octroi-de-mer-ctm", RADIO, "fr", 3, 95, 1500, [MQ, P], "",
  "Vie chère : Lucien Mondésir-Charlery défend une baisse « durable »",
  QUOTE[:-2] + " », a déclaré mercredi soir sur Radio Bélè FM le président du conseil exécutif de la Collectivité territoriale de Martinique, Lucien Mondésir-Charlery, avant le vote sur l'octroi de mer.",
  "Il a promis que la Collectivité « surveillerait les étiquettes » pour que la baisse profite aux consommateurs."),
 ("vote-octroi-de-mer-ctm", QUOT, "fr", 3, 160, 1700, [MQ, E], "teaser",
  "Riz, lait, couches : ce qui pourrait coûter moins cher en rayon",
  "Riz, pâtes, lait infantile, couches, savon ou conserves de poisson : la liste des 600 références concernées couvre l'essentiel du panier d'une famille, mais la différence à la caisse ne dépassera pas 5 à 7 % selon l'observatoire des prix.",
  "Les fruits et légumes produits sur l'île ne sont pas concernés, puisqu'ils ne sont pas taxés à l'entrée."),
 ("vote-octroi-de-mer-ctm", COUR, "fr", 3, 240, 800, [MQ, P], "byline_fr",
  "Devant la Collectivité, les militants contre la vie chère restent sceptiques",
  "Rassemblés devant l'hôtel de la Collectivité, à Plateau Roy, quelques dizaines de militants du collectif Lavi Chè Pa Ka Fèt ont dénoncé mercredi soir une mesure « cosmétique » qui, selon eux, profitera d'abord aux marges de la grande distribution.",
  "« Ce qu'on veut, c'est la transparence sur les prix de gros », a lancé leur porte-parole au mégaphone.",
  {"site": "Le Courrier du Lamentin", "author": "Rodolphe Sainte-Rose"}),
 ("vote-octroi-de-mer-ctm", ACP, "fr", 3, 520, 2400, [MQ, P, E], "afp",
  "Octroi de mer : la suppression sur 600 produits adoptée par 39 voix",
  "L'Assemblée de Martinique a adopté peu après 1 heure du matin, par 39 voix contre 8 et 4 abstentions, la suppression de l'octroi de mer sur 600 produits de première nécessité, au terme de sept heures de débats.",
  "L'opposition a voté contre en dénonçant une perte de recettes pour les communes, qui devront être compensées par l'État.",
  N15),
 ("vote-octroi-de-mer-ctm", WW, "en", 3, 560, 600, ["Caribbean", "Americas"], "reuters",
  "Martinique scraps import levy on 600 staples to tackle high prices",
  "Lawmakers in Martinique voted early on Thursday to scrap a long-standing import levy on 600 everyday products, a move aimed at easing food prices that are on average about 40% higher than in mainland France.",
  "Protests over the cost of living turned violent on the island in 2024.", N15),

 # 4. Burst main from the Vivé plant: 40 000 -> 62 000 homes without water; same radio quote.
 ("coupure-eau-vive", ACP, "fr", 3, 30, 2300, [MQ, FD], "",
  "Rupture d'une conduite à Vivé : 40 000 foyers privés d'eau",
  "Une conduite principale de 800 millimètres reliant l'usine de production d'eau potable de Vivé, au Lorrain, au centre de l'île s'est rompue mercredi en début d'après-midi, privant d'eau quelque 40 000 foyers du Lamentin, de Saint-Joseph et des hauteurs de Fort-de-France, selon la régie Eaux du Centre.",
  "Les équipes de la régie doivent d'abord dégager un glissement de terrain qui recouvre la canalisation."),
 ("coupure-eau-vive", RADIO, "fr", 3, 130, 1400, [MQ, P], "",
  "Robinets à sec : le président de l'exécutif promet un plan pour le réseau",
  QUOTE[:-2] + " », a lancé mercredi soir sur Radio Bélè FM Lucien Mondésir-Charlery, interrogé sur la énième rupture de canalisation qui laisse une partie du centre de l'île sans une goutte au robinet.",
  "Il a annoncé un « plan de renouvellement » de 120 kilomètres de tuyaux sur cinq ans."),
 ("coupure-eau-vive", QUOT, "fr", 3, 270, 1800, [MQ], "",
  "Citernes et packs : les points de distribution de jeudi",
  "Des camions-citernes stationneront jeudi de 6 heures à 18 heures sur les parkings des mairies du Lamentin et de Saint-Joseph, au stade de Rivière-l'Or et à l'école de Redoute, et des packs seront livrés aux personnes âgées inscrites auprès des centres communaux d'action sociale.",
  "Il est conseillé de faire bouillir l'eau au retour du service, qui pourra être trouble pendant quelques heures."),
 ("coupure-eau-vive", ACP, "fr", 3, 480, 2100, [MQ, FD], "actu",
  "Coupure d'eau : 62 000 foyers touchés, pas de retour avant vendredi",
  "Le nombre d'abonnés privés d'eau dans le centre de la Martinique est passé à 62 000 dans la nuit, les réservoirs de Schœlcher et de Case-Pilote s'étant vidés à leur tour, et la régie ne prévoit pas de retour à la normale avant vendredi.",
  "Le CHU de La Meynard et les cliniques sont alimentés par des camions-citernes."),
 ("coupure-eau-vive", LEDG, "en", 3, 540, 300, ["Caribbean"], "donate",
  "Burst main leaves tens of thousands with dry taps in Martinique",
  "About 62,000 households in central Martinique were without running water on Thursday after a main pipe from the island's largest treatment plant burst, the local water utility said.",
  ""),

 # 5. Dockers' strike at the Pointe des Grives container terminal from Thursday 06:00.
 ("greve-dockers-pointe-des-grives", ACP, "fr", 2, 50, 1500, [MQ, E], "",
  "Port : les dockers de la Pointe des Grives en grève à partir de jeudi",
  "Le syndicat des ouvriers dockers et portiqueurs du Grand Port maritime de la Martinique a déposé mercredi un préavis de grève illimitée à partir de jeudi 6 heures au terminal à conteneurs de la Pointe des Grives, pour protester contre la suppression de douze postes de conducteurs de portique.",
  "La direction veut automatiser une partie des opérations de chargement."),
 ("greve-dockers-pointe-des-grives", "upi-like.com", "en", 2, 210, 250, ["Caribbean", "Business"], "upi",
  "Martinique dockworkers call open-ended walkout",
  "Dockworkers at the container terminal in Fort-de-France, Martinique's main port, will go on an open-ended strike from Thursday over plans to cut 12 crane operator jobs, their union said.",
  ""),
 ("greve-dockers-pointe-des-grives", QUOT, "fr", 2, 330, 1200, [MQ, E], "soutien",
  "Les supermarchés redoutent des rayons vides d'ici le week-end",
  "Les distributeurs de l'île, qui reçoivent par la mer plus de 90 % de leurs marchandises, craignent des ruptures sur les produits frais dès la fin de la semaine si les porte-conteneurs attendus vendredi ne peuvent pas être déchargés.",
  "Certaines enseignes ont déjà limité les achats d'eau en bouteille à deux packs par client."),
 ("greve-dockers-pointe-des-grives", ACP, "fr", 2, 600, 1400, [MQ, E], "",
  "Conflit au port : échec de la médiation, l'arrêt de travail commence à 6 heures",
  "La réunion de médiation organisée dans la nuit à la préfecture entre la direction du Grand Port maritime et les dockers s'est achevée vers 2 heures sans accord, et le mouvement débutera comme prévu jeudi à 6 heures, a indiqué le syndicat.",
  "Deux porte-conteneurs sont attendus en rade dans la matinée."),

 # 6. Shared byline line: record cruise season opening at the Pointe Simon (same port).
 ("croisiere-saison-fdf", ACP, "fr", 1, 668, 600, [MQ, E], "reuters_line",
  "Croisière : la saison s'ouvre avec un record de 520 000 passagers attendus",
  "Le Grand Port maritime de la Martinique attend un record de 520 000 croisiéristes pour la saison 2026-2027, qui s'ouvre jeudi avec l'escale du paquebot Aurora Meridian et de ses 5 200 passagers au terminal de la Pointe Simon.",
  "La direction du port assure que le préavis de grève des dockers ne concerne pas le terminal de croisière."),
 ("croisiere-saison-fdf", "menafn-kuna.com", "en", 1, 400, 200, ["Caribbean", "Tourism"], "kuna",
  "Martinique braces for record cruise season",
  "Martinique expects a record 520,000 cruise passengers in the 2026-2027 season, which opens on Thursday with a 5,200-passenger ship calling at Fort-de-France, the port authority said.",
  "", N15),
 ("croisiere-saison-fdf", COUR, "fr", 1, 250, 500, [MQ], "",
  "Sur le front de mer, les marchandes de madras se préparent",
  "Sous les arbres de la Savane, les vendeuses d'épices, de madras et de bijoux en graines installaient mercredi soir leurs étals en vue de la première grosse journée de l'année, qui représente pour certaines un tiers de leur chiffre d'affaires.",
  ""),

 # 7. Shared byline line: record rum exports.
 ("rhum-exportations-record", ACP, "fr", 1, 671, 500, [MQ, E], "reuters_line",
  "Rhum agricole : les exportations dépassent les 100 000 hectolitres",
  "Les distilleries martiniquaises ont exporté 104 000 hectolitres d'alcool pur de rhum agricole sur les douze derniers mois, un record porté par la demande américaine et asiatique, selon les chiffres publiés mercredi par l'interprofession.",
  "Les rhums vieux représentent désormais plus de la moitié des volumes vendus hors de l'île."),
 ("rhum-exportations-record", WW, "en", 1, 300, 250, ["Caribbean", "Business"], "reuters",
  "Martinique rum exports hit record on American, Asian demand",
  "Exports of Martinique's agricultural rum reached a record 104,000 hectolitres of pure alcohol over the past 12 months, driven by demand in the United States and Asia, the island's rum trade body said on Wednesday.",
  ""),
 ("rhum-exportations-record", RADIO, "fr", 1, 430, 400, [MQ], "",
  "À Sainte-Marie, une distillerie familiale a doublé sa production",
  "Dans la vallée de Sainte-Marie, la distillerie familiale Bois-Lézard a doublé en cinq ans sa production de vieux, dont les deux tiers partent désormais vers New York, Tokyo et Singapour.",
  "« Nos grands-parents vendaient tout en dame-jeanne au marché du bourg », sourit la maître de chai."),

 # 8. Bus drivers' strike on the Karib'Bus network on Thursday (the other strike).
 ("greve-bus-karibus", ACP, "fr", 2, 70, 1500, [MQ], "",
  "Transports : les chauffeurs de Karib'Bus en grève jeudi",
  "Les chauffeurs du réseau Karib'Bus, qui dessert Fort-de-France, Le Lamentin, Schœlcher et Saint-Joseph, cesseront le travail jeudi dès la première heure à l'appel de l'intersyndicale, qui réclame des mesures de sécurité après l'agression d'un conducteur à Volga-Plage.",
  ""),
 ("greve-bus-karibus", RADIO, "fr", 2, 200, 1700, [MQ], "",
  "Jeudi sans bus : comment aller au travail ou au lycée",
  "Seule la ligne en site propre entre la Pointe Simon et Mahault circulera jeudi, avec un passage toutes les vingt minutes, et les usagers sont invités à privilégier le covoiturage et les taxis collectifs.",
  "Les établissements scolaires ne sanctionneront pas les retards des élèves, a fait savoir le rectorat."),
 ("greve-bus-karibus", QUOT, "fr", 2, 350, 900, [MQ], "",
  "« On a peur de prendre le volant le soir »",
  "Trois jours après qu'un de leurs collègues a été frappé à coups de barre de fer par deux passagers à l'arrêt de Volga-Plage, les conducteurs rencontrés au dépôt de Dillon décrivent des insultes quotidiennes et des vitres brisées à coups de pierre.",
  "Le chauffeur agressé, 52 ans, souffre d'une fracture du bras."),
 ("greve-bus-karibus", ACP, "fr", 2, 640, 1300, [MQ], "",
  "Karib'Bus : le mouvement confirmé, aucun car jeudi matin",
  "Faute d'accord avec la direction du réseau lors d'une ultime rencontre mercredi soir, l'intersyndicale a confirmé que les véhicules ne sortiraient pas des dépôts jeudi, la direction promettant seulement l'embauche de dix agents de sécurité.",
  ""),

 # 9. A taxi collectif falls into a ravine on the route de la Trace at Morne-Rouge: toll 3 -> 5.
 ("accident-taxico-morne-rouge", ACP, "fr", 3, 60, 2800, [MQ, FD], "afp",
  "Morne-Rouge : un taxi collectif chute dans un ravin, trois morts",
  "Trois personnes ont été tuées et onze blessées mercredi en fin d'après-midi lorsqu'un taxi collectif qui descendait la route de la Trace a quitté la chaussée et plongé dans un ravin d'une quinzaine de mètres à la sortie du Morne-Rouge, ont annoncé les pompiers.",
  "Les blessés, dont quatre dans un état grave, ont été évacués vers le CHU de Martinique, à La Meynard, l'un d'eux par hélicoptère.",
  {"city": "Morne-Rouge"}),
 ("accident-taxico-morne-rouge", APL, "en", 3, 180, 600, ["Caribbean", "Americas"], "place",
  "Minibus plunges into ravine in Martinique, killing three",
  "Three passengers were killed and 11 injured when a shared minibus taxi plunged into a ravine on a mountain road in northern Martinique on Wednesday, firefighters said.",
  "", {"city": "Morne-Rouge"}),
 ("accident-taxico-morne-rouge", RADIO, "fr", 3, 290, 1600, [MQ], "",
  "Au Morne-Rouge, la commune pleure des habitués de la ligne",
  "La plupart des passagers étaient des habitants du Morne-Rouge et de l'Ajoupa-Bouillon qui rentraient chaque soir de leur travail à Fort-de-France par le même véhicule, conduit depuis vingt ans par un chauffeur connu de tous.",
  "Une veillée est prévue jeudi soir à l'église du bourg."),
 ("accident-taxico-morne-rouge", ACP, "fr", 3, 500, 2600, [MQ, FD, J], "actu",
  "Accident de la Trace : le bilan s'alourdit à cinq morts",
  "Deux blessés graves sont morts dans la nuit au CHU de Martinique, portant à cinq le nombre de victimes de l'accident du taxi collectif tombé dans un ravin mercredi à la sortie du Morne-Rouge, a indiqué le parquet de Fort-de-France, qui a ouvert une enquête pour homicides involontaires.",
  "Le conducteur, légèrement blessé, a été soumis à des tests d'alcoolémie et de stupéfiants."),
 ("accident-taxico-morne-rouge", QUOT, "fr", 3, 610, 1100, [MQ], "byline_fr",
  "Taxicos : une flotte vieillissante et peu contrôlée",
  "Près d'un tiers des quelque 450 minibus qui assurent le transport interurbain sur l'île ont plus de quinze ans, et les contrôles techniques ne sont plus vérifiés systématiquement depuis le transfert de la compétence à la Collectivité, relève un rapport de la chambre régionale des comptes.",
  "Les propriétaires, souvent artisans, disent ne pas pouvoir financer le renouvellement de leur véhicule.",
  {"site": "Le Quotidien des Îles", "author": "Fabrice Élisabeth"}),

 # 10. The CHU de Martinique (La Meynard) triggers its "plan blanc" (same hospital).
 ("plan-blanc-chu-meynard", ACP, "fr", 2, 110, 1400, [MQ, SA], "",
  "Le CHU de Martinique déclenche son plan blanc",
  "Le CHU de Martinique a déclenché mercredi soir son plan blanc sur le site de La Meynard, où plus de 70 patients attendaient un lit sur des brancards aux urgences, a annoncé la direction générale de l'établissement.",
  "Les personnels en congé pourront être rappelés. L'arrivée des blessés de l'accident du Morne-Rouge a aggravé une situation déjà tendue."),
 ("plan-blanc-chu-meynard", RADIO, "fr", 2, 230, 1100, [MQ, SA], "lire",
  "Aux urgences de La Meynard, « douze heures sur un brancard »",
  "Assise depuis le début de l'après-midi à côté du brancard de sa mère de 84 ans, une habitante du Robert raconte avoir vu défiler les ambulances toute la soirée sans qu'un médecin ne vienne les voir.",
  "« On nous dit d'attendre, qu'il n'y a pas de lit en médecine », soupire-t-elle.",
  {"also": "Morne-Rouge : un taxi collectif chute dans un ravin, trois morts"}),
 ("plan-blanc-chu-meynard", LEDG, "en", 2, 420, 250, ["Caribbean", "Health"], "byline_en",
  "Martinique's main hospital activates emergency plan as ER overflows",
  "The main hospital in Martinique activated its emergency 'white plan' late Wednesday after more than 70 patients were left waiting on stretchers in its emergency department, hospital management said.",
  "", {"site": "The Caribbean Ledger", "author": "Daniel Pierre-Louis"}),
 ("plan-blanc-chu-meynard", COUR, "fr", 2, 580, 700, [MQ, SA], "",
  "Opérations reportées : ce qui change pour les malades",
  "Les consultations et interventions programmées dans les prochains jours pourront être reportées, et les patients concernés seront prévenus par téléphone, mais la maternité, la dialyse et la réanimation continuent de fonctionner normalement.",
  "Les médecins libéraux sont invités à ne pas adresser de patients aux urgences sans appel préalable au 15."),

 # 11. Fire of wooden houses at Terres-Sainville, Fort-de-France; an elderly woman found dead.
 ("incendie-terres-sainville", ACP, "fr", 2, 170, 1500, [MQ, FD], "colon",
  "Terres-Sainville : quatre maisons détruites par un incendie",
  "Quatre maisons en bois ont été détruites mercredi soir par un incendie dans le quartier des Terres-Sainville, à Fort-de-France, et une vingtaine d'habitants ont dû être relogés en urgence par la mairie.",
  "Le feu s'est déclaré vers 19 heures au rez-de-chaussée d'une case de la rue Schœlcher."),
 ("incendie-terres-sainville", QUOT, "fr", 2, 220, 1200, [MQ], "caption",
  "Dans la ruelle, les voisins ont fait la chaîne avec des seaux",
  "Avant l'arrivée des pompiers, gênés par l'étroitesse des ruelles, des voisins ont tenté de contenir les flammes en faisant la chaîne avec des seaux et des tuyaux d'arrosage, sans pouvoir empêcher le feu de sauter d'une toiture de tôle à l'autre.",
  "« Il n'y avait presque pas de pression au robinet », raconte un riverain.",
  {"site": "Le Quotidien des Îles", "caption": "Des riverains regardent les cases en feu aux Terres-Sainville, mercredi 14 octobre 2026 au soir."}),
 ("incendie-terres-sainville", ACP, "fr", 2, 530, 1700, [MQ, FD], "",
  "Sinistre des Terres-Sainville : une octogénaire retrouvée morte",
  "Le corps d'une femme de 83 ans a été découvert dans la nuit dans les décombres d'une des cases incendiées mercredi soir aux Terres-Sainville, a indiqué la police, qui privilégie la piste d'un court-circuit.",
  "Ses voisins la croyaient hébergée chez sa fille."),
 ("incendie-terres-sainville", COUR, "fr", 2, 600, 500, [MQ], "publie",
  "Une collecte pour les familles qui ont tout perdu",
  "L'association du quartier organise jeudi à partir de 8 heures, dans la salle paroissiale de la rue Moreau-de-Jonnès, une collecte de vêtements, de matelas et de produits d'hygiène pour les familles jetées à la rue par le feu de mercredi soir.",
  "", {"site": "Le Courrier du Lamentin", **N15}),

 # 12. Fire at the Trompeuse landfill; smoke over Dillon and Volga-Plage; schools shut.
 ("incendie-decharge-trompeuse", ACP, "fr", 2, 200, 1300, [MQ, FD, SA], "teaser",
  "La décharge de la Trompeuse en feu, fumées sur Fort-de-France",
  "Un incendie s'est déclaré mercredi en début de soirée sur le site de stockage des déchets de la Trompeuse, à l'entrée de Fort-de-France, et un épais panache de fumée âcre s'étendait dans la nuit sur les quartiers de Dillon, Volga-Plage et Sainte-Thérèse.",
  "Une quarantaine de pompiers sont mobilisés."),
 ("incendie-decharge-trompeuse", RADIO, "fr", 2, 340, 1000, [MQ, SA], "",
  "Fumées : fenêtres fermées et pas d'effort en plein air",
  "Les personnes asthmatiques, les femmes enceintes et les jeunes enfants doivent rester à l'intérieur, fenêtres fermées, et éviter tout effort physique tant que l'air reste chargé, recommande l'agence régionale de santé.",
  "En cas de gêne respiratoire persistante, il faut appeler le 15."),
 ("incendie-decharge-trompeuse", ACP, "fr", 2, 590, 1500, [MQ, FD], "",
  "Décharge de la Trompeuse : quatre écoles et un collège fermés jeudi",
  "La mairie de Fort-de-France a décidé de fermer jeudi quatre écoles et le collège de Dillon en raison des fumées, alors que les pompiers, qui arrosent les déchets depuis plus de huit heures, ne prévoient pas d'extinction complète avant le week-end.",
  ""),
 ("incendie-decharge-trompeuse", WW, "en", 2, 650, 300, ["Caribbean", "Americas"], "updated",
  "Landfill blaze blankets Martinique capital in smoke",
  "A fire at a landfill on the edge of Fort-de-France, the capital of Martinique, covered several neighbourhoods in acrid smoke overnight, prompting the closure of four primary schools and a junior high on Thursday.",
  "", N15),

 # 13. Gun-smuggling trial (speedboats from Saint Lucia) at the Fort-de-France criminal court.
 ("proces-armes-sainte-lucie", ACP, "fr", 2, 40, 1200, [MQ, J], "",
  "Trafic d'armes depuis Sainte-Lucie : jusqu'à douze ans requis",
  "Le parquet a requis mercredi des peines de trois à douze ans de prison contre six hommes jugés par le tribunal correctionnel de Fort-de-France pour avoir fait entrer en Martinique, à bord de bateaux rapides venus de Sainte-Lucie, au moins 47 armes de poing et fusils d'assaut entre 2024 et 2025.",
  "Plusieurs de ces armes ont été retrouvées après des fusillades entre bandes rivales au Lamentin et à Fort-de-France."),
 ("proces-armes-sainte-lucie", COUR, "fr", 2, 190, 800, [MQ, J], "",
  "Go-fast : le canal de Sainte-Lucie, une autoroute pour les pistolets",
  "Une trentaine de kilomètres seulement séparent la pointe sud de la Martinique des côtes saint-luciennes, une traversée que les pilotes de bateaux rapides effectuent de nuit en moins d'une heure, moteurs coupés à l'approche des anses du Sud.",
  "Les enquêteurs estiment qu'un pistolet acheté 400 dollars à Castries se revend jusqu'à 3 000 euros en Martinique."),
 ("proces-armes-sainte-lucie", ACP, "fr", 2, 420, 1400, [MQ, J], "",
  "Armes de Sainte-Lucie : neuf ans pour le chef du réseau",
  "Le tribunal correctionnel de Fort-de-France a condamné dans la nuit de mercredi à jeudi à neuf ans de prison le principal organisateur du trafic, Kévin Alcindor, 34 ans, et ses cinq complices à des peines de deux à six ans.",
  "Deux bateaux et un véhicule ont été confisqués."),
 ("proces-armes-sainte-lucie", APL, "en", 2, 470, 300, ["Caribbean", "Americas"], "ap",
  "Six jailed in Martinique over speedboat gun runs from Saint Lucia",
  "A court in Martinique has sentenced six men to prison terms of up to nine years for smuggling dozens of handguns and assault rifles from neighbouring Saint Lucia by speedboat.",
  "", {"city": "Fort-de-France"}),

 # 14. Embezzlement trial at the Mutuelle des planteurs (the other court case).
 ("proces-mutuelle-planteurs", ACP, "fr", 1, 150, 700, [MQ, J, E], "",
  "Détournements à la Mutuelle des planteurs : l'ex-directrice à la barre",
  "L'ancienne directrice de la Mutuelle des planteurs de Martinique, Josette Valérius, 58 ans, a comparu mercredi devant le tribunal correctionnel de Fort-de-France pour avoir détourné 2,4 millions d'euros de cotisations entre 2019 et 2024.",
  "Le parquet a requis cinq ans de prison, dont trois ferme, et une interdiction de gérer."),
 ("proces-mutuelle-planteurs", RADIO, "fr", 1, 360, 600, [MQ, E], "",
  "Les petits planteurs de banane se sentent « volés deux fois »",
  "Des exploitants du Nord-Atlantique venus assister à l'audience ont raconté avoir vu leurs remboursements de soins bloqués pendant des mois, alors que leurs cotisations finançaient, selon l'accusation, des voyages et un appartement à Paris.",
  ""),
 ("proces-mutuelle-planteurs", ACP, "fr", 1, 450, 600, [MQ, J], "ats",
  "Mutuelle des planteurs : jugement le 10 décembre",
  "Le tribunal correctionnel de Fort-de-France rendra le 10 décembre son jugement dans l'affaire des détournements à la Mutuelle des planteurs, après une audience de neuf heures au cours de laquelle l'ancienne directrice a reconnu « des erreurs de gestion » mais contesté tout enrichissement.",
  ""),

 # 15. Filler: Régional 1 football result.
 ("foot-regional1-diamant", "sport-madinina.mq", "fr", 0, 240, 1200, ["Sport"], "",
  "Régional 1 : l'Étoile du Diamant renverse le Racing lamentinois",
  "L'Étoile du Diamant s'est imposée 2-1 mercredi soir sur la pelouse du Racing Club lamentinois, en match en retard de la sixième journée du championnat de Régional 1.",
  ""),
 ("foot-regional1-diamant", ACP, "fr", 0, 300, 300, ["Sport"], "",
  "Football : le Diamant seul en tête de Régional 1",
  "Grâce à sa victoire 2-1 au Lamentin, l'Étoile du Diamant prend seule la tête du championnat de Régional 1, avec deux points d'avance sur l'Union sportive du François.",
  ""),

 # 16-18. Filler: weather bulletin (tropical wave over the north, apart from every story), promo
 # posted alone, horoscope.
 ("meteo-martinique-jeudi-15", "meteo-antilles.fr", "fr", 0, 660, 800, ["Météo"], "",
  "Météo du jeudi 15 octobre : une onde tropicale sur le nord",
  "Une onde tropicale apportera jeudi des averses orageuses parfois fortes sur le nord et le relief, notamment sur le Morne-Rouge et la route de la Trace, avec des rafales à 60 km/h, tandis que le sud restera plus sec avec 31 degrés au Lamentin.",
  "Houle d'est de 2 mètres sur la côte atlantique."),
 ("promo-essai-gratuit", QUOT, "fr", 0, 455, 40, ["Promo"], "",
  "Un mois offert sur l'édition numérique du Quotidien des Îles",
  "Jusqu'au 31 octobre, tout nouvel abonné à l'édition numérique du Quotidien des Îles bénéficie d'un mois d'essai gratuit, sans engagement, sur ordinateur, tablette et téléphone.",
  "Offre réservée aux particuliers, détails sur notre site."),
 ("horoscope-jeudi-15-octobre", "astro-jour.fr", "fr", 0, 410, 600, ["Horoscope"], "",
  "Horoscope du jeudi 15 octobre",
  "Balance : une conversation franche dissipe un malentendu qui durait depuis trop longtemps.",
  "Scorpion : ne laissez pas l'impatience dicter vos choix d'argent."),
]
