# Day 58 (hold-out): a French Guiana French channel, morning edition of Wednesday 18 March 2026
# (window 17:00 Tuesday - 05:00 Wednesday Cayenne, America/Cayenne = UTC-3). Gold answer written
# before any run: each post's story, its lede (the true first sentence) and the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: the president of the Collectivité territoriale de
#   Guyane, Gaston Horth-Lafleur, on Radio Kalawachi about the statutory-change vote (post 20) and
#   about the blackout (post 25), both carrying « La Guyane ne peut plus attendre que tout se décide
#   à sept mille kilomètres d'ici »;
# - a shared wire byline line ("Agence Amazonie Presse | Mis à jour : 18-03-2026 04:37"): the
#   shrimp trawlers tied up at the Larivot (post 56) and the black jaguar filmed in the Kaw marshes
#   (post 58), posted three minutes apart;
# - the same hospital: the gendarme shot near Maripasoula flown to the Centre hospitalier de Cayenne
#   (posts 15, 17), the child burned in the Mont-Baduel fire taken to the same hospital (post 39)
#   and the Oropouche epidemic crowding its emergency ward (posts 53-54; post 54 has a "Lire
#   aussi" line pointing to the gendarme);
# - the same town: Kourou holds the launcher failure and the favouritism trial of a former Kourou
#   deputy mayor; Matoury holds the airport strike (Félix-Éboué airport) and the sawmill fire (the
#   smoke seen from the terminal, post 42 says the two are unrelated); Saint-Laurent-du-Maroni holds
#   the pirogue victims (hospital of the West) and the teachers' strike; Cayenne holds the blackout,
#   the Mont-Baduel fire, the two trials and the CTG vote;
# - look-alike stories: two strikes on Wednesday morning (collège teachers in Saint-Laurent,
#   ground staff at Félix-Éboué airport); two fires in the night (wooden houses at Mont-Baduel with a
#   death, a sawmill at Matoury with none); two trials at the Cayenne tribunal correctionnel
#   (cocaine "mules" at the airport, favouritism in Kourou canteen contracts); two tolls that rise
#   (the pirogue 2 -> 5 dead, the blackout 30 000 -> 52 000 homes);
# - reaction pieces and explainers: what the failure costs Kourou (post 6), the subcontractors
#   (post 7), the riverside village (post 11), how river transport works (post 12), what operation
#   Harpie is (post 18), what would change with the new status (post 22), the fridge "how to"
#   (post 28), the parents' "how to" (post 31), stranded passengers (post 35), the neighbours'
#   chain (post 40), the Oropouche explainer (post 51), the protection "how to" (post 52);
# - a "Lire aussi" line in the Kourou trial (post 48) points to the other trial, the mules;
# - synonyms: "lanceur", "fusée", "rocket"; "pirogue", "embarcation", "boat";
#   "chavirement", "naufrage", "capsized"; "panne", "coupure", "black-out", "blackout", "outage";
#   "grève", "débrayage", "walkout"; "incendie", "sinistre", "flammes", "fire";
# - a promo posted alone (post 62); filler of importance 0: football result (posts 60-61), weather
#   bulletin (post 63), horoscope (post 64).
NAME = "2026-03-18-fr-matin-cayenne-h58"
CHANNEL = {"lang": "fr", "tz": "America/Cayenne"}
WINDOW = ("2026-03-17T20:00:00Z", "2026-03-18T08:00:00Z")
CTX = {"stamp": "18-03-2026 04:37", "line": "Agence Amazonie Presse | Mis à jour : 18-03-2026 04:37",
       "city": "Cayenne", "date_fr": "17 mars", "date_en": "Mar 17",
       "author": "Line Dorlipo", "clarify": "the number of homes still without power",
       "caption": "", "also": "notre dossier", "country": "French Guiana"}
# The editor's top 5: the launcher lost after lift-off from Kourou, the pirogue capsized on the
# Maroni, the blackout of the coast, the gendarme shot in an anti-gold-mining raid, the CTG vote.
TOP5 = ["echec-lanceur-celeste-kourou", "naufrage-pirogue-apatou", "panne-electricite-littoral",
        "gendarme-blesse-harpie", "evolution-statutaire-vote-ctg"]
GF = "Guyane"
OM = "Outre-mer"
E = "Économie"
SA = "Santé"
J = "Justice"
FD = "Faits divers"
P = "Politique"
ESP = "Espace"
AAP = "agence-amazonie-presse.fr"
GM = "guyane-matin.gf"
VOIX = "la-voix-du-maroni.gf"
RADIO = "radio-kalawachi.gf"
WW = "wire-west.com"
APL = "ap-like.com"
HER = "amazon-coast-herald.com"
N18 = {"date_fr": "18 mars", "date_en": "Mar 18"}
QUOTE = ("« La Guyane ne peut plus attendre que tout se décide à sept mille kilomètres "
         "d'ici »")
POSTS = [
 # 1. The Céleste-2 light launcher lost 8 minutes after lift-off from Kourou at 21:02.
 ("echec-lanceur-celeste-kourou", AAP, "fr", 3, 262, 3400, [GF, ESP], "afp",
  "Échec du lanceur Céleste-2 après son décollage de Kourou",
  "Le lanceur léger Céleste-2, parti mardi à 21 h 02 du Centre spatial guyanais à Kourou, a subi une anomalie de son troisième étage environ huit minutes après le décollage, entraînant la perte de ses deux satellites, a annoncé l'opérateur Astrolance.",
  "« La mission est perdue », a déclaré le directeur des opérations depuis la salle de contrôle Jupiter, sans avancer d'explication. Les débris sont retombés dans l'océan Atlantique, loin de toute zone habitée, selon le centre spatial."),
 ("echec-lanceur-celeste-kourou", WW, "en", 3, 280, 1200, ["Space", "Europe"], "reuters",
  "European light rocket fails after launch from French Guiana",
  "A Celeste-2 light rocket failed about eight minutes after lifting off from Europe's spaceport in Kourou, French Guiana, on Tuesday evening, destroying the two satellites it was carrying, launch operator Astrolance said.",
  "It was the rocket's fourth flight and its first failure.", {"city": "Kourou"}),
 ("echec-lanceur-celeste-kourou", RADIO, "fr", 3, 300, 1800, [GF, ESP], "",
  "Kourou : « on a vu la fusée puis plus rien »",
  "Sur la plage de la Cocoteraie, à Kourou, les familles venues regarder le décollage ont applaudi la fusée qui s'élevait au-dessus de la savane, avant de comprendre, en lisant les messages sur leur téléphone, que le vol avait échoué.",
  "« On a vu la fusée monter, puis plus rien, on pensait que tout allait bien », raconte un habitant du quartier de l'Anse."),
 ("echec-lanceur-celeste-kourou", AAP, "fr", 3, 345, 2900, [GF, ESP, E], "actu",
  "Céleste-2 : une commission d'enquête indépendante nommée",
  "L'opérateur Astrolance a annoncé dans la nuit de mardi à mercredi la création d'une commission d'enquête indépendante sur l'échec du vol Céleste-2, dont les premières conclusions sont attendues sous six semaines, et la suspension des prochains lancements de ce lanceur.",
  "Les données de télémesure montrent une perte de poussée brutale du troisième étage, a précisé l'opérateur. Les deux satellites perdus, un satellite d'observation des océans et un microsatellite scientifique, n'étaient pas assurés pour la totalité de leur valeur."),
 ("echec-lanceur-celeste-kourou", "kuna-like.net", "en", 3, 400, 300, ["Space", "Gulf"], "kuna",
  "Kuwaiti research microsatellite lost in launch failure",
  "A research microsatellite built by a Kuwaiti university team was lost on Tuesday when the European Celeste-2 rocket carrying it failed shortly after lift-off from French Guiana, the team's supervisor said.",
  "The satellite was designed to monitor dust storms over the Gulf.", {"city": "Kuwait"}),
 ("echec-lanceur-celeste-kourou", GM, "fr", 3, 470, 1500, [GF, E], "publie",
  "Ce que l'échec du lanceur coûte à Kourou",
  "Avec la suspension des vols Céleste-2, ce sont une vingtaine de jours d'activité par campagne qui s'évaporent pour les hôtels, les loueurs de voitures et les restaurants de Kourou, qui vivent au rythme des équipes techniques venues d'Europe.",
  "La commune compte sur le spatial pour près de la moitié de ses emplois privés, selon la chambre de commerce.", {"site": "Guyane Matin", **N18}),
 ("echec-lanceur-celeste-kourou", VOIX, "fr", 3, 560, 700, [GF, E], "byline_fr",
  "Les sous-traitants du spatial inquiets pour leurs contrats",
  "Chez les sous-traitants guyanais du Centre spatial, chaudronniers, transporteurs ou sociétés de gardiennage, l'annonce de la suspension des vols a ravivé dans la nuit la crainte d'un trou dans les plans de charge, comme après l'arrêt d'un précédent lanceur.",
  "« Chaque vol reporté, c'est du chômage partiel pour nos gars », résume le patron d'une entreprise de levage.",
  {"site": "La Voix du Maroni", "author": "Joël Apollon"}),

 # 2. A passenger pirogue capsizes in the rapids near Apatou on the Maroni; 2 -> 4 -> 5 dead.
 ("naufrage-pirogue-apatou", VOIX, "fr", 3, 130, 2100, [GF, FD], "",
  "Maroni : une pirogue chavire près d'Apatou, deux morts",
  "Deux personnes sont mortes et quatre autres sont portées disparues après le chavirement d'une pirogue de transport de passagers, mardi vers 18 h 30, dans le saut Koumaka, sur le Maroni, à une dizaine de kilomètres en amont d'Apatou.",
  "L'embarcation transportait quatorze passagers et des marchandises vers Grand-Santi. Huit personnes ont pu regagner la rive à la nage ou ont été repêchées par des piroguiers."),
 ("naufrage-pirogue-apatou", AAP, "fr", 3, 250, 2600, [GF, FD], "ats",
  "Naufrage sur le Maroni : le bilan passe à quatre morts",
  "Le bilan du naufrage d'une pirogue sur le Maroni, près d'Apatou, s'est alourdi à quatre morts mardi soir, après la découverte de deux nouveaux corps par les gendarmes de la brigade fluviale, et deux personnes restent recherchées, selon la préfecture.",
  "Les blessés, dont un enfant de neuf ans, ont été transportés au centre hospitalier de l'Ouest guyanais, à Saint-Laurent-du-Maroni.", {"city": "Apatou"}),
 ("naufrage-pirogue-apatou", APL, "en", 3, 330, 800, ["Americas", "France"], "ap",
  "Boat capsizes on river between French Guiana and Suriname, 4 dead",
  "Four people died and two were missing after a passenger boat capsized in rapids on the Maroni River, which separates French Guiana from Suriname, local authorities said late Tuesday.",
  "Surinamese boats joined the search overnight.", {"city": "Cayenne"}),
 ("naufrage-pirogue-apatou", GM, "fr", 3, 440, 1400, [GF, FD], "caption",
  "À Apatou, la nuit de veille au bord du fleuve",
  "Toute la nuit, des dizaines d'habitants d'Apatou et des villages voisins sont restés sur les dégrads, lampes torches à la main, pour guetter le retour des pirogues de recherche et soutenir les familles des disparus.",
  "« Le saut est dangereux en cette saison, l'eau est haute et le courant te prend », explique un piroguier qui a participé aux recherches.",
  {"site": "Guyane Matin", "caption": "Des habitants d'Apatou attendent le retour des équipes de recherche, dans la nuit du mardi 17 au mercredi 18 mars 2026."}),
 ("naufrage-pirogue-apatou", RADIO, "fr", 3, 510, 1000, [GF], "",
  "Pirogues de ligne : comment fonctionne le transport sur le fleuve",
  "Faute de route entre Saint-Laurent et les communes du haut du fleuve, les pirogues de ligne restent le seul moyen de transport pour des milliers d'habitants, sans gilets obligatoires à bord ni contrôle systématique du nombre de passagers.",
  "Une réglementation sur le port du gilet de sauvetage est à l'étude depuis plusieurs années."),
 ("naufrage-pirogue-apatou", AAP, "fr", 3, 600, 2400, [GF, FD], "afp",
  "Chavirement sur le Maroni : cinq morts, un enfant toujours recherché",
  "Un cinquième corps a été retrouvé dans la nuit de mardi à mercredi sur le Maroni, portant à cinq morts le bilan du naufrage de la pirogue qui a chaviré mardi soir près d'Apatou, et un garçon de sept ans reste porté disparu, a indiqué le parquet de Cayenne, qui a ouvert une enquête pour homicides involontaires.",
  "Le piroguier, rescapé, doit être entendu par les gendarmes.", {"city": "Apatou", **N18}),

 # 3. A gendarme shot during an anti-illegal-gold-mining raid near Maripasoula, flown to Cayenne.
 ("gendarme-blesse-harpie", AAP, "fr", 3, 95, 2000, [GF, FD], "afp",
  "Orpaillage illégal : un gendarme blessé par balle près de Maripasoula",
  "Un gendarme a été grièvement blessé par balle mardi après-midi lors d'une opération contre un site d'orpaillage illégal dans la forêt, à une quarantaine de kilomètres de Maripasoula, a annoncé le commandement de la gendarmerie de Guyane.",
  "Le militaire, âgé de 29 ans, a été touché à l'épaule par un tir venu de la lisière du camp, que les garimpeiros ont abandonné en fuyant vers le Suriname.", {"city": "Maripasoula"}),
 ("gendarme-blesse-harpie", GM, "fr", 3, 190, 1700, [GF, FD], "",
  "Le gendarme blessé héliporté vers l'hôpital de Cayenne",
  "Le gendarme blessé en forêt a été évacué par hélicoptère de l'armée vers le Centre hospitalier de Cayenne, où il a été opéré dans la soirée, et ses jours ne sont plus en danger, a indiqué la préfecture.",
  ""),
 ("gendarme-blesse-harpie", WW, "en", 3, 320, 400, ["France", "Americas"], "reuters",
  "French police officer shot in raid on illegal gold mine in Amazon",
  "A French gendarme was seriously wounded by gunfire on Tuesday during a raid on an illegal gold mining camp in the Amazon forest of French Guiana, near the border with Suriname, the gendarmerie said.",
  "France has deployed hundreds of troops and police against illegal gold mining in the territory.", {"city": "Cayenne"}),
 ("gendarme-blesse-harpie", AAP, "fr", 3, 420, 1300, [GF, P], "",
  "Le ministre de l'Intérieur promet des renforts après le tir contre un gendarme",
  "Le ministre de l'Intérieur a annoncé dans la nuit l'envoi en Guyane d'un escadron de gendarmes mobiles supplémentaire, après le tir qui a blessé un militaire près de Maripasoula, en dénonçant « la violence croissante des réseaux de l'or illégal ».",
  "Le gendarme blessé a reçu à l'hôpital de Cayenne la visite du préfet."),
 ("gendarme-blesse-harpie", VOIX, "fr", 3, 580, 600, [GF], "",
  "Qu'est-ce que l'opération Harpie ?",
  "Lancée en 2008, l'opération Harpie associe gendarmes et militaires des forces armées en Guyane pour détruire les sites d'orpaillage clandestin, saisir le mercure et le carburant et couper la logistique des garimpeiros le long des fleuves.",
  "Plusieurs centaines de sites illégaux restent actifs, selon les derniers chiffres de l'observatoire de l'activité minière."),

 # 4. The Assemblée de Guyane votes Thursday on the request for a statutory change; same radio quote.
 ("evolution-statutaire-vote-ctg", AAP, "fr", 3, 40, 1900, [GF, P], "",
  "Évolution statutaire : la commission de la CTG adopte le projet",
  "La commission des affaires institutionnelles de la Collectivité territoriale de Guyane a adopté mardi soir, par neuf voix contre trois, le projet de résolution demandant à l'État un statut d'autonomie, qui sera soumis jeudi au vote de l'Assemblée de Guyane.",
  "Le texte réclame un pouvoir normatif local dans le foncier, l'énergie, l'orpaillage et la coopération avec le Brésil et le Suriname."),
 ("evolution-statutaire-vote-ctg", RADIO, "fr", 3, 115, 1600, [GF, P], "",
  "Autonomie : Gaston Horth-Lafleur défend un statut « sur mesure »",
  QUOTE[:-2] + " », a déclaré mardi soir sur Radio Kalawachi le président de la Collectivité territoriale de Guyane, Gaston Horth-Lafleur, à deux jours du vote de l'Assemblée sur l'évolution statutaire.",
  "Il a assuré que le projet « ne remet pas en cause l'appartenance à la République »."),
 ("evolution-statutaire-vote-ctg", GM, "fr", 3, 230, 900, [GF, P], "byline_fr",
  "L'opposition réclame une consultation de la population",
  "Les élus du groupe Guyane Debout ont demandé mardi soir qu'aucune demande de changement de statut ne soit transmise à Paris sans une consultation préalable des électeurs, jugeant que « les Guyanais ont déjà dit non deux fois ».",
  "Ils voteront contre le texte jeudi.", {"site": "Guyane Matin", "author": "Sandrine Ho-A-Sim"}),
 ("evolution-statutaire-vote-ctg", GM, "fr", 3, 380, 1300, [GF, P], "teaser",
  "Foncier, énergie, or : ce qui changerait avec l'autonomie",
  "Le projet permettrait à la Collectivité d'adapter elle-même les règles sur l'attribution des terres de l'État, qui possède plus de 90 % du territoire, sur la production d'électricité et sur les titres miniers, trois domaines aujourd'hui décidés à Paris.",
  "La sécurité, la justice et la monnaie resteraient de la compétence de l'État."),
 ("evolution-statutaire-vote-ctg", AAP, "fr", 3, 640, 1500, [GF, P], "afp",
  "Guyane : l'Assemblée vote jeudi sur la demande d'autonomie",
  "L'Assemblée de Guyane se réunira jeudi à 9 heures en séance plénière pour voter la résolution demandant un statut d'autonomie, qui doit recueillir la majorité des 55 élus pour être transmise au gouvernement, a confirmé la présidence de la Collectivité dans un communiqué diffusé dans la nuit.",
  "Une révision de la Constitution serait ensuite nécessaire.", {**N18}),

 # 5. Blackout on the coast after a fault at the Dégrad-des-Cannes plant; 30 000 -> 52 000 homes.
 ("panne-electricite-littoral", AAP, "fr", 3, 170, 2800, [GF], "afp",
  "Panne géante d'électricité à Cayenne et sur le littoral",
  "Quelque 30 000 foyers de Cayenne, Rémire-Montjoly et Matoury sont privés d'électricité depuis 19 h 40 mardi, à la suite d'un incident sur un groupe de la centrale thermique de Dégrad-des-Cannes, a annoncé le gestionnaire du réseau.",
  "Les feux de circulation sont éteints sur les grands axes et la police a été déployée aux carrefours."),
 ("panne-electricite-littoral", RADIO, "fr", 3, 205, 1700, [GF, P], "",
  "Black-out : le président de la CTG dénonce un réseau « à bout de souffle »",
  QUOTE[:-2] + " », a lancé mardi soir sur Radio Kalawachi le président de la Collectivité territoriale de Guyane, Gaston Horth-Lafleur, en appelant à accélérer la construction de nouvelles capacités de production.",
  "Il a demandé au gestionnaire du réseau un rapport complet sur l'incident d'ici vendredi."),
 ("panne-electricite-littoral", AAP, "fr", 3, 300, 3000, [GF], "actu",
  "Coupure de courant : 52 000 foyers privés d'électricité, Kourou touchée",
  "La coupure de courant s'est étendue dans la soirée à Kourou, Macouria et Montsinéry, privant au total 52 000 foyers d'électricité, soit près de la moitié des abonnés du littoral, après le déclenchement en cascade de deux autres groupes de production, selon le gestionnaire du réseau.",
  "Le Centre spatial, qui dispose de sa propre alimentation, n'a pas été affecté, a précisé la préfecture."),
 ("panne-electricite-littoral", HER, "en", 3, 450, 500, ["Americas", "Energy"], "updated",
  "Power restored to most homes in French Guiana after outage",
  "Electricity was back on for most of the 52,000 homes in French Guiana that lost power in a blackout on Tuesday evening, the grid operator said early on Wednesday, with about 6,000 homes in Matoury and Macouria still waiting.",
  "The territory has no connection to a wider grid and relies on a handful of plants.", {"site": "Amazon Coast Herald"}),
 ("panne-electricite-littoral", GM, "fr", 3, 520, 1100, [GF], "",
  "Congélateur, réfrigérateur : les bons gestes après la panne",
  "Un congélateur resté fermé conserve les aliments environ vingt-quatre heures, mais les produits décongelés ne doivent jamais être recongelés et tout ce qui est resté plusieurs heures au-dessus de 4 degrés dans le réfrigérateur, viande, poisson ou lait, doit être jeté.",
  "En cas de doute, le service d'hygiène de la ville conseille de ne pas prendre de risque."),

 # 6. Collège teachers strike in Saint-Laurent-du-Maroni on Wednesday.
 ("greve-colleges-saint-laurent", VOIX, "fr", 2, 60, 1200, [GF, "Éducation"], "",
  "Saint-Laurent : les enseignants des collèges en grève mercredi",
  "Les enseignants des sept collèges de Saint-Laurent-du-Maroni sont appelés à la grève mercredi par l'intersyndicale, qui dénonce des classes de plus de trente élèves, des postes non pourvus depuis la rentrée et une série d'agressions aux abords des établissements.",
  "Un rassemblement est prévu à 8 heures devant la sous-préfecture."),
 ("greve-colleges-saint-laurent", AAP, "fr", 2, 360, 800, [GF, "Éducation"], "ats",
  "Débrayage dans les collèges de l'Ouest guyanais",
  "Près de 70 % des professeurs des collèges de Saint-Laurent-du-Maroni devraient cesser le travail mercredi, selon l'intersyndicale, qui réclame au rectorat un plan d'urgence pour l'Ouest guyanais.",
  "Le rectorat évoque de son côté « un effort sans précédent » de recrutement.", {"city": "Saint-Laurent-du-Maroni"}),
 ("greve-colleges-saint-laurent", GM, "fr", 2, 480, 600, [GF, "Éducation"], "soutien",
  "Grève des profs : ce que les parents doivent savoir",
  "Les collèges de Saint-Laurent resteront ouverts mercredi et les élèves seront accueillis dans la cour ou au CDI, mais les cours ne seront pas assurés et la cantine pourrait être fermée dans quatre établissements, prévient le rectorat.",
  "Les parents peuvent garder leurs enfants à la maison sans que l'absence soit comptée."),
 ("greve-colleges-saint-laurent", RADIO, "fr", 2, 700, 900, [GF, "Éducation"], "",
  "Grève dans les collèges : le recteur propose de recevoir les syndicats jeudi",
  "Le recteur de Guyane a proposé dans la nuit de recevoir jeudi une délégation de l'intersyndicale des collèges de Saint-Laurent-du-Maroni, sans convaincre les syndicats de lever leur appel à la grève de mercredi.",
  "« On viendra jeudi, mais on sera d'abord devant la sous-préfecture à 8 heures », a répondu un responsable syndical.", {**N18}),

 # 7. Ground staff walkout at Cayenne-Félix-Éboué airport (Matoury) on Wednesday.
 ("greve-aeroport-felix-eboue", AAP, "fr", 2, 210, 1400, [GF, E, "Transports"], "",
  "Aéroport Félix-Éboué : grève des agents au sol mercredi",
  "Les agents d'escale et de sûreté de l'aéroport Cayenne-Félix-Éboué, à Matoury, seront en grève mercredi à l'appel de deux syndicats qui réclament une revalorisation des salaires et des effectifs supplémentaires au contrôle des bagages.",
  "La direction de l'aéroport recommande aux passagers de se renseigner auprès de leur compagnie."),
 ("greve-aeroport-felix-eboue", HER, "en", 2, 410, 300, ["Americas", "Travel"], "byline_en",
  "Walkout at French Guiana airport disrupts flights to Paris",
  "Flights between French Guiana and Paris will be disrupted on Wednesday by a strike of ground handling and security staff at Cayenne's Felix Eboue airport, the airport said, with the first morning departure already cancelled.",
  "", {"site": "Amazon Coast Herald", "author": "Mark Sabayo"}),
 ("greve-aeroport-felix-eboue", GM, "fr", 2, 620, 1000, [GF, "Transports"], "place",
  "Des passagers bloqués à Matoury, les vols vers Belém annulés",
  "Les premiers passagers arrivés dans la nuit dans le hall de l'aéroport Félix-Éboué ont appris sur place l'annulation du vol de 6 h 30 vers Paris et des deux rotations de la journée vers Belém, faute d'agents pour enregistrer les bagages.",
  "« On m'a dit de revenir demain, mais mon fils se fait opérer à Paris vendredi », soupire une voyageuse.",
  {"city": "Matoury", "country": "Guyane", **N18}),
 ("greve-aeroport-felix-eboue", AAP, "fr", 2, 690, 900, [GF, E], "",
  "Grève à l'aéroport : la direction propose une table ronde",
  "La direction de l'aéroport Cayenne-Félix-Éboué a proposé dans la nuit aux syndicats une table ronde jeudi après-midi, tout en annonçant que seuls les vols vers Paris seraient maintenus en fin de journée.",
  ""),

 # 8. Wooden houses burn at Mont-Baduel, Cayenne; one man dead, a child burned.
 ("incendie-cases-mont-baduel", AAP, "fr", 2, 400, 1800, [GF, FD], "",
  "Cayenne : un mort dans l'incendie de cases à Mont-Baduel",
  "Un homme de 67 ans est mort et une fillette de cinq ans a été gravement brûlée dans l'incendie qui a détruit quatre cases en bois dans le quartier de Mont-Baduel, à Cayenne, vers 23 heures mardi, ont indiqué les pompiers.",
  "Une quinzaine de personnes se retrouvent sans logement."),
 ("incendie-cases-mont-baduel", GM, "fr", 2, 450, 1300, [GF, FD], "colon",
  "À Mont-Baduel, les flammes ont tout pris en quelques minutes",
  "Attisées par le vent, les flammes ont sauté d'une case à l'autre en quelques minutes sur les pentes de Mont-Baduel, ne laissant aux voisins que le temps de tirer les enfants dehors, tandis que les pompiers peinaient à monter leur matériel par les ruelles étroites.",
  "« Je n'ai sauvé que mes papiers », confie un père de famille."),
 ("incendie-cases-mont-baduel", RADIO, "fr", 2, 530, 800, [GF, FD], "",
  "La fillette brûlée soignée à l'hôpital de Cayenne",
  "La fillette de cinq ans brûlée lors de l'incendie de Mont-Baduel a été admise dans un état grave au Centre hospitalier de Cayenne, d'où elle pourrait être transférée vers un service de grands brûlés, a indiqué la mairie.",
  ""),
 ("incendie-cases-mont-baduel", VOIX, "fr", 2, 650, 500, [GF], "",
  "Les voisins organisent la solidarité pour les sinistrés",
  "Vêtements, matelas, vaisselle : quelques heures à peine après le drame, les habitants de Mont-Baduel ont ouvert une collecte dans la salle paroissiale pour les quinze sinistrés, que la mairie de Cayenne a relogés provisoirement dans un gymnase.",
  ""),

 # 9. A sawmill burns at Matoury, no victims; smoke seen from the airport.
 ("incendie-scierie-matoury", AAP, "fr", 1, 290, 900, [GF, FD], "",
  "Matoury : une scierie ravagée par un incendie",
  "Un incendie a ravagé mardi soir les hangars d'une scierie de la zone de la Levée, à Matoury, détruisant plusieurs centaines de mètres cubes de bois d'angélique et de grignon, sans faire de blessé, selon les pompiers.",
  "Une soixantaine de sapeurs-pompiers ont été mobilisés."),
 ("incendie-scierie-matoury", GM, "fr", 1, 340, 700, [GF, FD], "",
  "Le panache de fumée visible depuis l'aéroport",
  "L'épais panache de fumée noire de la scierie en feu était visible mardi soir depuis l'aérogare de Félix-Éboué, mais le trafic aérien n'a pas été perturbé, le vent poussant la fumée vers l'intérieur des terres.",
  "Cet incendie est sans lien avec le mouvement social des agents de l'aéroport prévu mercredi."),
 ("incendie-scierie-matoury", VOIX, "fr", 1, 590, 400, [GF, E], "",
  "Après le sinistre, vingt salariés de la scierie au chômage technique",
  "Les vingt salariés de la scierie détruite à Matoury seront placés au chômage technique, a annoncé dans la nuit le gérant, qui estime à plusieurs mois le temps nécessaire pour reconstruire les hangars et remplacer la machine de sciage.",
  ""),

 # 10. Cocaine "mules" sentenced at the Cayenne court.
 ("proces-mules-cocaine-cayenne", AAP, "fr", 1, 20, 700, [GF, J], "",
  "Trois « mules » condamnées à Cayenne",
  "Le tribunal correctionnel de Cayenne a condamné mardi en comparution immédiate trois passagers interpellés à l'aéroport Félix-Éboué avec des ovules de cocaïne dans l'estomac à des peines de deux à quatre ans de prison ferme.",
  "Ils transportaient au total près de trois kilos de drogue et s'apprêtaient à embarquer pour Paris."),
 ("proces-mules-cocaine-cayenne", GM, "fr", 1, 150, 500, [GF, J], "",
  "Au tribunal, la détresse d'une mère de famille de 22 ans",
  "La plus jeune des trois prévenus, mère de deux enfants, a expliqué à la barre avoir accepté le voyage contre 3 000 euros pour payer des dettes, sans savoir, a-t-elle assuré, « qu'on pouvait en mourir ».",
  "Le procureur a rappelé qu'un ovule qui éclate peut tuer en quelques heures."),
 ("proces-mules-cocaine-cayenne", HER, "en", 1, 260, 200, ["Americas", "Crime"], "upi",
  "Three cocaine couriers jailed in French Guiana",
  "A court in French Guiana on Tuesday jailed three people caught at Cayenne airport with cocaine capsules in their stomachs, sentencing them to between two and four years in prison.",
  ""),

 # 11. Favouritism trial of a former Kourou deputy mayor, same court; ruling in May.
 ("proces-favoritisme-kourou", AAP, "fr", 1, 75, 600, [GF, J], "",
  "Kourou : un ancien adjoint jugé pour favoritisme",
  "Un ancien adjoint au maire de Kourou a été jugé mardi par le tribunal correctionnel de Cayenne pour favoritisme dans l'attribution, entre 2019 et 2022, du marché de la restauration scolaire de la commune à une société dirigée par un proche.",
  "Le parquet a requis dix-huit mois de prison avec sursis et cinq ans d'inéligibilité."),
 ("proces-favoritisme-kourou", GM, "fr", 1, 180, 500, [GF, J], "lire",
  "Cantines de Kourou : l'ancien élu nie tout arrangement",
  "À la barre, l'ancien adjoint a contesté avoir orienté l'appel d'offres, affirmant que la société retenue était « la seule capable de livrer les écoles des quartiers éloignés » à un prix raisonnable.",
  "Son avocat a plaidé la relaxe.", {"also": "Trois « mules » condamnées à Cayenne"}),
 ("proces-favoritisme-kourou", RADIO, "fr", 1, 400, 300, [GF, J], "",
  "Favoritisme à Kourou : jugement le 12 mai",
  "Le tribunal correctionnel de Cayenne rendra le 12 mai sa décision dans l'affaire du marché des cantines de Kourou, a annoncé la présidente à l'issue d'une audience de sept heures.",
  ""),

 # 12. Oropouche fever: epidemic phase declared, Cayenne hospital ER crowded.
 ("epidemie-oropouche-guyane", AAP, "fr", 2, 30, 1600, [GF, SA], "afp",
  "Guyane : l'épidémie de fièvre d'Oropouche déclarée",
  "L'Agence régionale de santé de Guyane a déclaré mardi le passage en phase épidémique de la fièvre d'Oropouche, après 240 cas confirmés depuis janvier, principalement à Cayenne, Matoury et Rémire-Montjoly.",
  "Aucun décès n'a été signalé, mais deux femmes enceintes font l'objet d'un suivi renforcé."),
 ("epidemie-oropouche-guyane", GM, "fr", 2, 110, 1100, [GF, SA], "",
  "Oropouche : une maladie transmise par un moucheron",
  "La fièvre d'Oropouche, proche de la dengue par ses symptômes, fièvre, maux de tête violents et douleurs articulaires, est transmise surtout par un minuscule moucheron piqueur, le culicoïde, qui traverse les moustiquaires ordinaires.",
  "Les symptômes peuvent revenir quelques jours après une première amélioration."),
 ("epidemie-oropouche-guyane", RADIO, "fr", 2, 200, 800, [GF, SA], "",
  "Comment se protéger des piqûres de moucherons",
  "Porter des vêtements longs en fin de journée, appliquer un répulsif efficace sur la peau découverte, installer des moustiquaires à maille fine et débroussailler autour de la maison sont les gestes recommandés par l'ARS contre le moucheron vecteur.",
  "Les moucherons sont surtout actifs au lever et au coucher du soleil."),
 ("epidemie-oropouche-guyane", GM, "fr", 2, 490, 1200, [GF, SA], "byline_fr",
  "Aux urgences de l'hôpital de Cayenne, l'attente s'allonge",
  "Avec près de quarante patients fébriles par jour depuis une semaine, le service des urgences du Centre hospitalier de Cayenne a ouvert une salle d'attente supplémentaire et demande aux malades sans signe de gravité de consulter d'abord leur médecin traitant.",
  "L'attente dépassait six heures mardi soir.", {"site": "Guyane Matin", "author": "Sandrine Ho-A-Sim"}),
 ("epidemie-oropouche-guyane", AAP, "fr", 2, 610, 900, [GF, SA], "lire",
  "Oropouche : l'hôpital de Cayenne déclenche son plan de tension",
  "Le Centre hospitalier de Cayenne a déclenché dans la nuit de mardi à mercredi son plan de gestion des tensions hospitalières, reportant des opérations non urgentes pour libérer une vingtaine de lits face à l'afflux de patients atteints de la fièvre d'Oropouche.",
  "L'hôpital rappelle que le 15 doit être réservé aux urgences vitales.",
  {"also": "Le gendarme blessé près de Maripasoula hors de danger"}),
 ("epidemie-oropouche-guyane", WW, "en", 2, 680, 300, ["Health", "Americas"], "donate",
  "French Guiana declares Oropouche fever epidemic",
  "Health authorities in French Guiana have declared an epidemic of Oropouche fever, a disease spread mainly by biting midges, after 240 confirmed cases since January.",
  ""),

 # 13. Shrimp trawlers tied up at the Larivot port (shared byline line).
 ("chalutiers-crevettes-larivot", AAP, "fr", 1, 697, 500, [GF, E], "reuters_line",
  "Pêche crevettière : les chalutiers restent à quai au Larivot",
  "Les armateurs de la pêche crevettière ont décidé de maintenir à quai au port du Larivot, à Matoury, leurs onze derniers chalutiers, faute d'aide de l'État face au prix du gazole et au manque de marins qualifiés.",
  "La flottille comptait plus de soixante navires dans les années 1990."),
 ("chalutiers-crevettes-larivot", GM, "fr", 1, 540, 400, [GF, E], "",
  "Crevettes : les armateurs lancent un appel au gouvernement",
  "La coopérative des armateurs du Larivot a demandé mardi un plan de sauvetage de la filière crevette, estimant qu'« une saison perdue signerait la fin de la pêche industrielle en Guyane ».",
  ""),

 # 14. A black jaguar filmed by a camera trap in the Kaw marshes (shared byline line).
 ("jaguar-noir-kaw", AAP, "fr", 1, 700, 800, [GF, "Environnement"], "reuters_line",
  "Un jaguar noir filmé dans les marais de Kaw",
  "Un jaguar à la robe entièrement noire a été filmé à trois reprises par des pièges photographiques installés dans la réserve naturelle des marais de Kaw-Roura, une première dans ce secteur, a annoncé la réserve.",
  "Le mélanisme ne concerne qu'une petite part des jaguars."),
 ("jaguar-noir-kaw", RADIO, "fr", 1, 710, 500, [GF, "Environnement"], "",
  "Le jaguar noir de Kaw, star des réseaux sociaux",
  "Partagée des milliers de fois en quelques heures, la vidéo du jaguar noir traversant un layon à la tombée de la nuit a fait de la réserve de Kaw-Roura la vedette des réseaux sociaux guyanais mercredi matin.",
  "La réserve ne dévoilera pas l'emplacement exact des caméras."),

 # 15. Filler: Régional 1 football result.
 ("foot-r1-guyane-remire", "sport-guyane.gf", "fr", 0, 220, 900, ["Sport"], "",
  "Régional 1 : l'Étoile de Rémire s'impose à Sinnamary",
  "L'Étoile de Rémire s'est imposée 3-1 mardi soir sur le terrain du Racing de Sinnamary, en match en retard de la douzième journée du championnat de Régional 1.",
  ""),
 ("foot-r1-guyane-remire", AAP, "fr", 0, 310, 300, ["Sport"], "",
  "Football : Rémire revient à un point du leader",
  "Grâce à sa victoire 3-1 à Sinnamary, l'Étoile de Rémire revient à un point du leader, l'US Macouria, à six journées de la fin du championnat de Régional 1.",
  ""),

 # 16-18. Filler: promo posted alone, weather bulletin, horoscope.
 ("promo-offre-decouverte", GM, "fr", 0, 455, 40, ["Promo"], "",
  "Trois mois à un euro sur l'édition numérique de Guyane Matin",
  "Jusqu'au 31 mars, les nouveaux abonnés à l'édition numérique de Guyane Matin paient un euro par mois pendant trois mois, sans engagement, sur ordinateur, tablette et téléphone.",
  "Offre réservée aux particuliers, détails sur notre site."),
 ("meteo-guyane-mercredi-18", "meteo-amazonie.fr", "fr", 0, 660, 800, ["Météo"], "",
  "Météo du mercredi 18 mars : averses sur le littoral",
  "Des averses parfois soutenues toucheront mercredi le littoral de Cayenne à Saint-Laurent, surtout l'après-midi, avec des rafales à 50 km/h sous les grains et des températures de 24 à 31 degrés.",
  "Mer agitée, creux de 2 mètres au large des îles du Salut."),
 ("horoscope-mercredi-18-mars", "astro-jour.fr", "fr", 0, 410, 600, ["Horoscope"], "",
  "Horoscope du mercredi 18 mars",
  "Poissons : une rencontre inattendue vous pousse à revoir un projet que vous croyiez enterré.",
  "Bélier : prenez le temps de relire avant de signer."),
]
