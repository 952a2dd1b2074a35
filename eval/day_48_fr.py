# Day 48 (hold-out): a Gabonese French channel, evening edition of Tuesday 13 October 2026
# (window 07:00-19:00 Libreville, Africa/Libreville = UTC+1). Gold answer written before any run:
# each post's story, its lede (the true first sentence) and the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: the economy and finance minister Hervé Nzé Ondo on
#   Radio Estuaire FM about the teachers' strike over salary arrears (post 16) and about the
#   supplementary budget (post 21), both carrying
#   « Les caisses de l'État ne sont pas vides, mais elles ne sont pas sans fond »;
# - a shared wire byline line ("Agence Équateur Presse | Mis à jour : 13-10-2026 17:42"): the record
#   leatherback turtle season at Pongara (post 54) and the record manganese exports of Moanda (post 56);
# - the same port: the Owendo dockers' strike (posts 24-27) and the kevazingo hardwood containers
#   seized at the port of Owendo (posts 28-30); Owendo is also the rail terminus in the derailment
#   story (posts 36-40) and in the manganese story (posts 56-58);
# - the same hospital: the first kidney transplant at the CHU de Libreville (posts 41-43) and the
#   drug-diversion arrests at the CHU pharmacy (posts 44-46); the landslide injured (post 4) and the
#   market-fire casualties (post 34) are also treated at the CHU de Libreville;
# - the same town: the Akébé landslide, the Mont-Bouët market fire, the electoral code vote, the GHI
#   trial and the CHU stories are all in Libreville;
# - look-alike stories: two strikes the same day (teachers, dockers), both "grève reconduite" style;
#   two court cases (the GHI embezzlement trial in Libreville, the elephant poachers in Makokou);
#   a manganese train derailment apart from the record manganese exports that travel by the same
#   railway; the weather bulletin's heavy rain (post 63) apart from the landslide blamed on the rain;
#   the transplant patient is a teacher (word overlap with the teachers' strike); the budget
#   (post 20) and the GHI trial both speak of billions of francs CFA and oil/gas revenue;
# - reaction pieces and explainers in other words: the Libreville hillsides explainer (post 5), the
#   evicted residents (post 6), the voting-changes explainer (post 10), the parents (post 18), the
#   bond "how to" (post 23), the wholesalers (post 26), the kevazingo explainer (post 30), the
#   stall-holders' registration "how to" (post 35), the refund "how to" (post 40), the families
#   buying drugs in town (post 45), the Moanda residents (post 58);
# - a promo posted alone (post 61); filler of importance 0: football result (posts 59-60), horoscope
#   (post 62), weather bulletin (post 63).
NAME = "2026-10-13-fr-soir-libreville-h48"
CHANNEL = {"lang": "fr", "tz": "Africa/Libreville"}
WINDOW = ("2026-10-13T06:00:00Z", "2026-10-13T18:00:00Z")
CTX = {"stamp": "13-10-2026 17:42", "line": "Agence Équateur Presse | Mis à jour : 13-10-2026 17:42",
       "city": "Libreville", "date_fr": "13 oct", "date_en": "Oct 13",
       "author": "Sylvère Obiang", "clarify": "the location of the derailment", "caption": "",
       "also": "notre dossier", "country": "Gabon"}
# The editor's top 5: the Akébé landslide, the electoral code vote, the teachers' strike, the
# Trans-Gabon derailment, the Mont-Bouët market fire.
TOP5 = ["glissement-akebe", "code-electoral-vote", "greve-enseignants-estuaire",
        "deraillement-transgabonais", "incendie-marche-mont-bouet"]
GA = "Gabon"
AC = "Afrique centrale"
E = "Économie"
SA = "Santé"
J = "Justice"
FD = "Faits divers"
P = "Politique"
ENV = "Environnement"
AEP = "agence-equateur-presse.ga"
ECHO = "echo-de-l-estuaire.ga"
QEQ = "quotidien-de-l-equateur.ga"
RADIO = "radio-estuaire-fm.ga"
COUR = "courrier-de-l-ogooue.ga"
POSTS = [
 # 1. A hillside collapses on houses in Akébé (Libreville) after a night of rain: "glissement de
 #    terrain", "coulée de boue", "éboulement", "landslide", "hillside collapsed"; toll 4 -> 7 -> 9.
 ("glissement-akebe", AEP, "fr", 3, 20, 2800, [GA, FD], "afp",
  "Libreville : un glissement de terrain emporte des maisons à Akébé, au moins quatre morts",
  "Au moins quatre personnes, dont deux enfants, ont été tuées dans la nuit de lundi à mardi à Libreville lorsqu'un pan de colline gorgé d'eau s'est effondré sur une dizaine de maisons du quartier d'Akébé-Plaine, après plus de six heures de pluies diluviennes.",
  "Les sapeurs-pompiers fouillaient encore les décombres à l'aube à la recherche de plusieurs disparus."),
 ("glissement-akebe", ECHO, "fr", 3, 95, 1900, [GA], "caption",
  "Akébé : à mains nues, les voisins creusent dans la boue",
  "Armés de pelles, de seaux et parfois de leurs seules mains, des dizaines d'habitants d'Akébé ont tenté toute la matinée de dégager les maisons ensevelies sous la coulée de boue, bien avant l'arrivée des engins de la mairie.",
  "« J'ai entendu un grondement, puis plus rien », raconte un jeune homme dont la tante est portée disparue.",
  {"site": "L'Écho de l'Estuaire", "caption": "Des habitants fouillent les décombres d'une maison ensevelie dans le quartier d'Akébé, à Libreville, mardi 13 octobre 2026."}),
 ("glissement-akebe", "wire-west.com", "en", 3, 150, 900, [AC, "Africa"], "reuters",
  "Landslide kills at least four in Gabon's capital",
  "A hillside collapsed onto homes in Libreville after a night of torrential rain, killing at least four people including two children and leaving several others missing, Gabonese rescue officials said on Tuesday.",
  "Residents dug through the mud with shovels and bare hands before heavy equipment arrived."),
 ("glissement-akebe", AEP, "fr", 3, 240, 2400, [GA, FD], "actu",
  "Éboulement d'Akébé : le bilan s'alourdit à sept morts",
  "Le bilan de l'éboulement survenu dans la nuit à Akébé-Plaine est passé à sept morts mardi en milieu de journée, après que les secouristes ont retiré trois nouveaux corps de la boue, a annoncé le gouverneur de l'Estuaire.",
  "Onze blessés ont été transportés au CHU de Libreville, dont quatre dans un état grave. Deux personnes sont toujours portées disparues."),
 ("glissement-akebe", RADIO, "fr", 3, 330, 1300, [GA], "lire",
  "Pourquoi les collines de Libreville cèdent à chaque saison des pluies",
  "Bâties sans autorisation sur des pentes argileuses, de plus en plus d'habitations des quartiers populaires de la capitale sont exposées au moindre orage, faute de caniveaux et de murs de soutènement, explique un géologue de l'université de Libreville.",
  "Selon lui, au moins quarante sites de la commune présentent un risque comparable, notamment à Nzeng-Ayong et à Belle-Vue.",
  {"also": "Akébé : à mains nues, les voisins creusent dans la boue"}),
 ("glissement-akebe", COUR, "fr", 3, 480, 800, [GA], "byline_fr",
  "« On nous avait dit de partir, mais pour aller où ? »",
  "Hébergés pour la nuit dans une école du quartier, les rescapés de la catastrophe d'Akébé affirment avoir reçu l'an dernier un avis d'expulsion de la mairie, sans qu'aucune solution de relogement ne leur soit proposée.",
  "La mairie assure que des parcelles avaient été réservées à Bikélé pour les familles concernées.",
  {"site": "Le Courrier de l'Ogooué", "author": "Sylvère Obiang"}),
 ("glissement-akebe", AEP, "fr", 3, 660, 2100, [GA, FD], "",
  "Akébé : neuf morts, le gouvernement décrète deux jours de deuil",
  "Le bilan du glissement de terrain d'Akébé s'élevait à neuf morts mardi en fin d'après-midi, et le gouvernement a décrété deux jours de deuil national à compter de mercredi, a annoncé son porte-parole.",
  "Les deux personnes encore recherchées ont été retrouvées sans vie. Une aide d'urgence de 500 millions de francs CFA a été débloquée pour les familles."),
 ("glissement-akebe", "ap-like.com", "en", 3, 700, 600, [AC, "Africa"], "ap",
  "Death toll in Gabon mudslide rises to nine",
  "The number of people killed when a rain-soaked slope gave way on a poor neighborhood of Gabon's capital rose to nine on Tuesday, and the government declared two days of national mourning.",
  "", {"city": "Libreville"}),

 # 2. The National Assembly votes the new electoral code: vote scheduled at 15:00, walkout, adopted.
 ("code-electoral-vote", AEP, "fr", 3, 30, 1700, [GA, P], "ats",
  "Assemblée nationale : le nouveau code électoral soumis au vote cet après-midi",
  "Les députés examinent mardi à partir de 15 heures le projet de loi portant nouveau code électoral, qui instaure un scrutin législatif à deux tours et redécoupe les circonscriptions de l'Estuaire et du Haut-Ogooué.",
  "L'opposition a annoncé qu'elle déposerait une centaine d'amendements."),
 ("code-electoral-vote", QEQ, "fr", 3, 120, 1200, [GA, P], "teaser",
  "Réforme électorale : ce qui change pour l'électeur",
  "Une carte biométrique, un bureau pour 500 inscrits au maximum et la publication des résultats bureau par bureau sur internet : la loi que les parlementaires s'apprêtent à adopter modifie profondément la manière de voter au Gabon.",
  "Le texte supprime aussi le vote par procuration, sauf pour les malades et les militaires en mission."),
 ("code-electoral-vote", RADIO, "fr", 3, 500, 1100, [GA, P], "",
  "Loi sur les élections : l'opposition claque la porte de l'hémicycle",
  "Une quarantaine d'élus de l'opposition ont quitté la salle des séances mardi après-midi, dénonçant un découpage taillé « sur mesure » pour la majorité, au moment où débutait l'examen des articles.",
  "« Nous ne cautionnerons pas une loi écrite pour un seul camp », a lancé leur chef de file, Ghislain Mboumba-Nzeng."),
 ("code-electoral-vote", AEP, "fr", 3, 600, 1800, [GA, P], "",
  "Le code électoral adopté par 98 voix contre 12",
  "L'Assemblée nationale a adopté mardi en fin d'après-midi le nouveau code électoral par 98 voix contre 12, en l'absence de la plupart des députés de l'opposition, qui avaient quitté l'hémicycle.",
  "Le texte doit encore être examiné par le Sénat la semaine prochaine."),
 ("code-electoral-vote", "wire-west.com", "en", 3, 650, 500, [AC, "Africa"], "reuters",
  "Gabon lawmakers pass new electoral law amid opposition walkout",
  "Gabon's National Assembly on Tuesday approved a new electoral code introducing two-round legislative elections and redrawn constituencies, after opposition deputies walked out of the chamber in protest.",
  ""),

 # 3. Teachers' strike in the Estuaire province over salary arrears ("rappels", "arriérés de soldes").
 ("greve-enseignants-estuaire", QEQ, "fr", 3, 5, 1600, [GA, "Éducation"], "publie",
  "Grève des enseignants : les écoles publiques de l'Estuaire fermées",
  "Les cours n'ont pas repris mardi matin dans la plupart des écoles, collèges et lycées publics de Libreville, Owendo et Ntoum, où les enseignants ont entamé une grève illimitée pour réclamer le paiement de dix-huit mois de rappels de salaire.",
  "Le Syndicat uni des enseignants du public (SUEP) revendique un taux de suivi de 85 %.",
  {"site": "Le Quotidien de l'Équateur"}),
 ("greve-enseignants-estuaire", AEP, "fr", 3, 70, 1400, [GA, "Éducation"], "afp",
  "Éducation : les professeurs débrayent, les élèves renvoyés à la maison",
  "Des milliers d'élèves ont été renvoyés chez eux mardi dans la province de l'Estuaire, où les syndicats du secteur éducatif ont lancé un mouvement de cessation de travail pour obtenir le versement d'arriérés de soldes dus depuis avril 2025.",
  "Au lycée Léon-Mba, seuls trois professeurs sur soixante étaient présents."),
 ("greve-enseignants-estuaire", RADIO, "fr", 3, 140, 1300, [GA, E], "",
  "Arriérés des enseignants : Hervé Nzé Ondo appelle à la patience",
  "« Les caisses de l'État ne sont pas vides, mais elles ne sont pas sans fond », a déclaré mardi matin sur Radio Estuaire FM le ministre de l'Économie et des Finances, Hervé Nzé Ondo, en promettant un premier versement aux enseignants grévistes avant la fin du mois.",
  "Il a demandé aux syndicats de « laisser les enfants retourner en classe »."),
 ("greve-enseignants-estuaire", "ap-like.com", "en", 3, 260, 500, [AC, "Africa"], "ap",
  "Teachers walk out in Gabon over unpaid wages",
  "Public school teachers in and around Gabon's capital walked off the job on Tuesday, demanding back pay they say the government has owed them for a year and a half, and leaving thousands of pupils without lessons.",
  "", {"city": "Libreville"}),
 ("greve-enseignants-estuaire", ECHO, "fr", 3, 410, 700, [GA], "soutien",
  "Parents d'élèves : « Nos enfants perdent encore une année »",
  "À Nzeng-Ayong, des mères de famille se sont relayées mardi devant le portail fermé du lycée pour surveiller des adolescents désœuvrés, inquiètes de revivre l'année blanche que le pays a déjà connue.",
  "L'association des parents d'élèves demande une médiation du Conseil national du dialogue social."),
 ("greve-enseignants-estuaire", AEP, "fr", 3, 600, 1500, [GA, "Éducation"], "",
  "Grève dans l'éducation : le gouvernement convoque les syndicats jeudi",
  "Le ministre de l'Éducation nationale, Clotaire Moussavou-Ibinga, a invité les syndicats d'enseignants à une réunion jeudi au ministère, tout en menaçant de retenues sur salaire ceux qui ne reprendraient pas les cours lundi.",
  "Le SUEP a répondu que la grève serait maintenue « jusqu'au premier virement »."),

 # 4. Supplementary budget (loi de finances rectificative), regional bond; same radio interview.
 ("collectif-budgetaire-gabon", AEP, "fr", 2, 50, 900, [GA, E], "colon",
  "Conseil des ministres : une loi de finances rectificative à 3 700 milliards",
  "Le gouvernement a adopté lundi soir en Conseil des ministres un projet de loi de finances rectificative qui porte le budget de l'État à 3 700 milliards de francs CFA, soit 310 milliards de plus que le texte initial, pour compenser le recul des recettes pétrolières.",
  "Le texte sera transmis au Parlement avant la fin du mois."),
 ("collectif-budgetaire-gabon", RADIO, "fr", 2, 180, 800, [GA, E], "",
  "Budget rectificatif : « les caisses ne sont pas sans fond », prévient Nzé Ondo",
  "« Les caisses de l'État ne sont pas vides, mais elles ne sont pas sans fond », a averti mardi sur Radio Estuaire FM le ministre de l'Économie et des Finances, Hervé Nzé Ondo, en présentant la loi de finances rectificative, qui prévoit un emprunt obligataire de 250 milliards de francs CFA.",
  "Le ministre a exclu toute hausse de la TVA d'ici à la fin de l'année."),
 ("collectif-budgetaire-gabon", "menafn-kuna.com", "en", 2, 300, 200, [AC, "Economy"], "kuna",
  "Gabon revises 2026 budget, plans regional bond issue",
  "Gabon's government has approved a supplementary 2026 budget that raises spending to 3.7 trillion CFA francs and plans a 250-billion-franc bond on the regional market to make up for lower oil revenue, the finance ministry said on Tuesday.",
  ""),
 ("collectif-budgetaire-gabon", COUR, "fr", 2, 520, 400, [GA, E], "byline_fr",
  "Emprunt de l'État : comment acheter des obligations",
  "Les particuliers pourront souscrire aux titres du prochain emprunt du Trésor, à partir de 10 000 francs CFA, dans les agences bancaires et auprès des sociétés de bourse agréées de la sous-région, pendant trois semaines à compter du 2 novembre.",
  "Le taux d'intérêt annoncé est de 6,25 % sur cinq ans, versé chaque année.",
  {"site": "Le Courrier de l'Ogooué", "author": "Nadège Koumba"}),

 # 5. Dockers' strike at the port of Owendo.
 ("greve-dockers-owendo", AEP, "fr", 2, 45, 1000, [GA, E], "place",
  "Port d'Owendo : les dockers cessent le travail",
  "Les dockers du port d'Owendo ont cessé le travail mardi à l'aube pour exiger la titularisation de quelque 600 journaliers et une prime de pénibilité, paralysant le chargement et le déchargement des navires.",
  "Cinq porte-conteneurs attendaient en rade mardi matin.",
  {"city": "Owendo"}),
 ("greve-dockers-owendo", "wire-west.com", "en", 2, 200, 400, [AC, "Africa"], "reuters",
  "Dockers' strike halts Gabon's main port",
  "Dock workers at Owendo, Gabon's main commercial port near Libreville, went on strike on Tuesday over casual contracts and hazard pay, halting cargo handling and leaving ships waiting at anchor, union officials said.",
  "", {"city": "Libreville"}),
 ("greve-dockers-owendo", QEQ, "fr", 2, 380, 600, [GA, E], "",
  "Quais paralysés : les grossistes craignent des ruptures de stock",
  "Les grossistes de Libreville redoutent que la paralysie des quais d'Owendo ne provoque rapidement des manques de riz, de farine et de ciment, le pays important par la mer l'essentiel de ce qu'il consomme.",
  "Certains commerçants ont déjà relevé de 10 % le prix du sac de riz."),
 ("greve-dockers-owendo", AEP, "fr", 2, 690, 800, [GA, E], "",
  "Port d'Owendo : la grève reconduite pour 48 heures",
  "L'assemblée générale des dockers a voté mardi soir la reconduction du mouvement pour 48 heures, après l'échec d'une première rencontre avec la direction du port et le ministère des Transports.",
  ""),

 # 6. Kevazingo hardwood containers seized at the same port of Owendo.
 ("saisie-kevazingo-owendo", AEP, "fr", 2, 110, 700, [GA, ENV], "",
  "Owendo : douze conteneurs de kevazingo saisis au port",
  "Les douanes ont saisi au port d'Owendo douze conteneurs de bois de kevazingo, une essence précieuse dont l'exploitation est interdite, déclarés comme du contreplaqué et destinés à l'Asie, a annoncé mardi le ministère des Eaux et Forêts.",
  "La découverte a été faite lors d'un contrôle au scanner, peu avant l'arrêt des opérations de manutention. Deux agents d'une société de transit ont été placés en garde à vue."),
 ("saisie-kevazingo-owendo", "ap-like.com", "en", 2, 420, 300, [AC, "Environment"], "",
  "Gabon seizes protected hardwood hidden in export shipment",
  "Customs officers in Gabon have seized 12 shipping containers of kevazingo, a rare protected hardwood, that were labelled as plywood and bound for Asia, the forestry ministry said Tuesday.",
  ""),
 ("saisie-kevazingo-owendo", ECHO, "fr", 2, 560, 400, [GA, ENV], "",
  "Le kevazingo, arbre sacré devenu l'or rouge des trafiquants",
  "Vénéré dans les rites traditionnels et souvent âgé de plusieurs siècles, cet arbre peut se vendre plusieurs milliers d'euros le mètre cube sur les marchés asiatiques, ce qui en fait la cible privilégiée des coupeurs clandestins.",
  "Son abattage est interdit depuis 2018 sur tout le territoire."),

 # 7. Fire at the Mont-Bouët market, Libreville.
 ("incendie-marche-mont-bouet", AEP, "fr", 3, 150, 2000, [GA, FD], "",
  "Libreville : un violent incendie ravage le marché de Mont-Bouët",
  "Un violent incendie s'est déclaré mardi en milieu de matinée dans le secteur des tissus du marché de Mont-Bouët, le plus grand de Libreville, détruisant des dizaines d'étals avant que les pompiers ne parviennent à le circonscrire.",
  "Une épaisse fumée noire était visible depuis le front de mer."),
 ("incendie-marche-mont-bouet", QEQ, "fr", 3, 230, 1500, [GA], "caption",
  "Mont-Bouët : des commerçantes ruinées regardent partir leurs marchandises en fumée",
  "Des commerçantes en pleurs ont assisté impuissantes à la destruction de leurs stocks de pagnes et de wax, certaines ayant acheté la veille leur marchandise à crédit.",
  "« Tout ce que j'avais est parti en vingt minutes », confie l'une d'elles.",
  {"site": "Le Quotidien de l'Équateur", "caption": "Des pompiers luttent contre les flammes au marché de Mont-Bouët, à Libreville, mardi 13 octobre 2026."}),
 ("incendie-marche-mont-bouet", "upi-like.com", "en", 3, 330, 400, [AC, "Africa"], "upi",
  "Blaze destroys hundreds of stalls at Gabon's largest market",
  "A fire tore through the Mont-Bouet market in Libreville, the Gabonese capital, on Tuesday, destroying hundreds of stalls, though no deaths were reported, the fire service said.",
  ""),
 ("incendie-marche-mont-bouet", AEP, "fr", 3, 450, 1700, [GA, FD], "",
  "Marché de Mont-Bouët : près de 400 étals détruits, un court-circuit soupçonné",
  "Près de 400 étals et boutiques ont été réduits en cendres selon un premier décompte de la mairie de Libreville, qui soupçonne un court-circuit sur un branchement électrique clandestin.",
  "Six commerçants légèrement brûlés ou intoxiqués par la fumée ont été soignés au CHU de Libreville."),
 ("incendie-marche-mont-bouet", RADIO, "fr", 3, 640, 900, [GA], "",
  "Sinistrés du marché : comment se faire recenser pour obtenir une aide",
  "Les vendeurs qui ont perdu leur place mardi doivent se présenter, munis de leur carte de commerçant ou d'un reçu de droit de place, à la mairie du 3e arrondissement, où un guichet de recensement est ouvert jusqu'à samedi.",
  "Seuls les commerçants recensés pourront bénéficier de l'aide promise par la municipalité."),

 # 8. A manganese ore train derails near Ndjolé on the Trans-Gabon railway.
 ("deraillement-transgabonais", AEP, "fr", 3, 60, 1600, [GA, FD], "",
  "Transgabonais : un train de minerai déraille près de Ndjolé, le trafic interrompu",
  "Un train de marchandises chargé de manganèse a déraillé lundi soir entre Ndjolé et Alembé, sur la ligne du Transgabonais, entraînant l'interruption de toute circulation ferroviaire entre Owendo et Franceville, a annoncé l'opérateur Transgab.",
  "Le conducteur et son aide ont été légèrement blessés."),
 ("deraillement-transgabonais", "africa-rail-news.com", "en", 3, 210, 300, [AC, "Africa"], "updated",
  "Ore train derails on Gabon's only railway",
  "A freight train carrying manganese ore derailed on Monday night near Ndjole, suspending all traffic on Gabon's only railway, which links the port of Owendo to Franceville in the southeast, the operator said.",
  "About 300 passengers were stranded."),
 ("deraillement-transgabonais", COUR, "fr", 3, 320, 1000, [GA], "teaser",
  "Voyageurs bloqués à Ndjolé : « On nous a laissés sans eau »",
  "Quelque 300 passagers de l'express Libreville-Franceville, immobilisés depuis la nuit en gare de Ndjolé, ont dénoncé mardi l'absence d'informations et de ravitaillement, certains se résignant à poursuivre leur route en taxi-brousse.",
  "Des bus affrétés par la compagnie sont arrivés en début d'après-midi."),
 ("deraillement-transgabonais", AEP, "fr", 3, 470, 1300, [GA], "",
  "Rail : la reprise du trafic pas avant jeudi",
  "La circulation sur le Transgabonais ne reprendra pas avant jeudi, le temps de relever les neuf wagons couchés sur le ballast et de remplacer 200 mètres de voie, a indiqué mardi après-midi le directeur général de Transgab, Arsène Ndong-Békalé.",
  "Une enquête technique a été ouverte ; l'état de la voie, fragilisée par les pluies, est évoqué."),
 ("deraillement-transgabonais", RADIO, "fr", 3, 590, 700, [GA], "",
  "Billets annulés : la marche à suivre pour être remboursé",
  "Les voyageurs dont le trajet a été supprimé peuvent obtenir le remboursement intégral de leur billet dans n'importe quelle gare du réseau, sur présentation du titre de transport, jusqu'au 31 octobre.",
  "Les abonnés verront leur carte prolongée d'une semaine."),

 # 9. First kidney transplant at the CHU de Libreville (the patient is a teacher).
 ("greffe-rein-chul", QEQ, "fr", 2, 130, 900, [GA, SA], "byline_fr",
  "Première au CHU de Libreville : une greffe de rein réussie",
  "Une équipe de chirurgiens gabonais et marocains a réalisé au CHU de Libreville la première transplantation rénale du pays, sur une enseignante de 41 ans qui a reçu le rein de son frère, a annoncé mardi la direction de l'hôpital.",
  "Jusqu'ici, les malades devaient se faire opérer à l'étranger, à leurs frais ou à ceux de la caisse d'assurance maladie.",
  {"site": "Le Quotidien de l'Équateur", "author": "Annie-Flore Bouanga"}),
 ("greffe-rein-chul", AEP, "fr", 2, 340, 700, [GA, SA], "",
  "Transplantation rénale : la patiente et son donneur se portent bien",
  "La patiente opérée la semaine dernière et son frère donneur sont « en bonne santé » et pourraient quitter l'hôpital d'ici à dix jours, a précisé mardi la professeure Judith Ngoua-Minko, cheffe du service de néphrologie.",
  "Le service prévoit une dizaine d'interventions de ce type d'ici à la fin de 2027."),
 ("greffe-rein-chul", "afro-health-wire.com", "en", 2, 500, 200, [AC, "Health"], "donate",
  "Gabon performs its first kidney transplant",
  "Doctors in Gabon have carried out the country's first kidney transplant at the University Hospital of Libreville, sparing patients costly trips abroad for the operation, health officials said.",
  ""),

 # 10. Drug diversion at the pharmacy of the same CHU de Libreville.
 ("vol-medicaments-chul", AEP, "fr", 2, 270, 1100, [GA, J], "",
  "CHU de Libreville : cinq agents arrêtés pour un trafic de médicaments",
  "Cinq employés de la pharmacie centrale du CHU de Libreville ont été interpellés lundi, soupçonnés d'avoir détourné et revendu à des officines privées des anticancéreux et des antibiotiques destinés aux malades hospitalisés, a indiqué mardi le parquet.",
  "Le préjudice est estimé à plus de 300 millions de francs CFA."),
 ("vol-medicaments-chul", ECHO, "fr", 2, 440, 600, [GA, SA], "",
  "« On payait deux fois ce que l'État avait déjà payé »",
  "Depuis des mois, les proches des patients soignés à l'hôpital universitaire de la capitale devaient acheter eux-mêmes en ville des chimiothérapies que l'établissement disait ne plus avoir en stock.",
  "Certaines familles ont vendu une voiture ou un terrain pour financer les traitements."),
 ("vol-medicaments-chul", RADIO, "fr", 2, 620, 500, [GA, SA], "",
  "Détournement de médicaments : le directeur du CHU suspend le chef de la pharmacie",
  "Le directeur général du CHU de Libreville a suspendu mardi le pharmacien responsable des stocks et annoncé un inventaire complet, au lendemain de l'interpellation de cinq agents soupçonnés d'avoir écoulé des traitements de l'hôpital dans le privé.",
  ""),

 # 11. Embezzlement trial of the former head of the state gas distributor GHI, Libreville.
 ("proces-ghi-detournement", AEP, "fr", 2, 15, 1000, [GA, J], "",
  "Procès GHI : l'ex-directeur général devant la Cour criminelle spéciale",
  "Le procès de l'ancien directeur général de la société publique Gabon Hydrocarbures Intérieurs (GHI), Fabrice Ella-Mve, poursuivi pour le détournement présumé de 12 milliards de francs CFA, s'est ouvert mardi matin devant la Cour criminelle spéciale de Libreville.",
  "Quatre anciens cadres de l'entreprise comparaissent à ses côtés."),
 ("proces-ghi-detournement", COUR, "fr", 2, 250, 700, [GA, J], "",
  "Affaire GHI : l'accusé nie tout enrichissement personnel",
  "Interrogé pendant plus de trois heures, Fabrice Ella-Mve a soutenu que les virements qui lui sont reprochés correspondaient à des avances sur des contrats d'approvisionnement en gaz butane « régulièrement signés ».",
  "La partie civile a produit des relevés de comptes ouverts à Dubaï."),
 ("proces-ghi-detournement", "central-africa-ledger.com", "en", 2, 520, 200, [AC, "Africa"], "byline_en",
  "Former Gabon gas firm boss on trial over $20 million embezzlement",
  "The former head of Gabon's state-owned gas distributor went on trial in Libreville on Tuesday accused of embezzling 12 billion CFA francs (about $20 million), the latest in a series of corruption cases against former officials.",
  "", {"site": "The Central Africa Ledger", "author": "Grace Obame"}),
 ("proces-ghi-detournement", AEP, "fr", 2, 705, 900, [GA, J], "",
  "Affaire GHI : quinze ans de prison requis contre l'ancien patron",
  "Le ministère public a requis mardi soir quinze ans de réclusion et la confiscation de ses biens contre Fabrice Ella-Mve, jugé pour le détournement de 12 milliards de francs CFA à la tête de Gabon Hydrocarbures Intérieurs.",
  "Le verdict sera rendu le 27 octobre."),

 # 12. Elephant poachers sentenced in Makokou (the other court case).
 ("proces-braconniers-makokou", AEP, "fr", 1, 300, 600, [GA, J, ENV], "",
  "Makokou : trois braconniers condamnés à cinq ans de prison",
  "Le tribunal de première instance de Makokou a condamné mardi trois hommes à cinq ans de prison ferme pour avoir abattu au moins six éléphants de forêt dans le parc national de l'Ivindo et tenté de vendre leurs défenses.",
  "Ils devront en outre verser 20 millions de francs CFA de dommages et intérêts à l'État."),
 ("proces-braconniers-makokou", QEQ, "fr", 1, 480, 400, [GA, ENV], "",
  "Ivoire : les écogardes de l'Ivindo saluent une « peine exemplaire »",
  "Les écogardes qui avaient surpris les chasseurs en possession de 38 kilos d'ivoire en juillet ont salué une décision susceptible, selon eux, de décourager les filières qui opèrent dans le nord-est du pays.",
  ""),
 ("proces-braconniers-makokou", "upi-like.com", "en", 1, 565, 150, [AC, "Environment"], "upi",
  "Gabon jails three elephant poachers",
  "Three men in Gabon were sentenced to five years in prison Tuesday for killing at least six forest elephants in Ivindo National Park, conservation officials said.",
  ""),

 # 13. Shared byline line: record leatherback turtle nesting at Pongara.
 ("tortues-luth-pongara", AEP, "fr", 1, 690, 400, [GA, ENV], "reuters_line",
  "Pongara : saison record pour les tortues luth",
  "Plus de 4 200 nids de tortues luth ont été recensés depuis septembre sur les plages du parc national de Pongara, face à Libreville, un chiffre inédit depuis le début des comptages en 2005, selon les services des parcs nationaux.",
  "Les agents attribuent cette hausse à l'interdiction du chalutage près des côtes."),
 ("tortues-luth-pongara", ECHO, "fr", 1, 540, 300, [GA, ENV], "",
  "À la Pointe Denis, les nuits blanches des bénévoles",
  "Chaque nuit, de 20 heures à l'aube, une vingtaine de bénévoles arpentent les quinze kilomètres de sable de la Pointe Denis pour mesurer les femelles venues pondre et baliser leurs nids.",
  "Les premières éclosions sont attendues début décembre."),

 # 14. Shared byline line: record manganese exports at Moanda (ore carried by the same railway).
 ("manganese-record-moanda", AEP, "fr", 1, 695, 500, [GA, E], "reuters_line",
  "Moanda : exportations record de manganèse au troisième trimestre",
  "La Compagnie des mines du Haut-Ogooué (CMHO) a exporté 2,6 millions de tonnes de manganèse au troisième trimestre, un record trimestriel, a annoncé mardi l'entreprise, qui met en avant la demande soutenue des aciéristes chinois.",
  "Le minerai est acheminé par le rail jusqu'au port minéralier d'Owendo."),
 ("manganese-record-moanda", "wire-west.com", "en", 1, 600, 200, [AC, "Commodities"], "reuters",
  "Gabon manganese miner posts record quarterly exports",
  "Gabon's CMHO shipped a record 2.6 million tonnes of manganese ore in the third quarter, the miner said on Tuesday, as demand from Chinese steelmakers held up.",
  "", {"city": "Libreville"}),
 ("manganese-record-moanda", COUR, "fr", 1, 650, 300, [GA, E], "byline_fr",
  "Moanda, ville minière qui profite peu du boom",
  "Malgré les records de production, les habitants de Moanda se plaignent toujours de coupures d'eau quotidiennes et de routes défoncées, et réclament qu'une plus grande part de la redevance revienne à la commune.",
  "",
  {"site": "Le Courrier de l'Ogooué", "author": "Rodrigue Moussounda"}),

 # 15. Filler: football result.
 ("foot-national-foot1", "sport-gabon.ga", "fr", 0, 35, 1400, ["Sport"], "",
  "National Foot 1 : l'Estuaire FC renverse l'Ogooué Sporting (2-1)",
  "L'Estuaire FC s'est imposé 2-1 lundi soir au stade de Nzeng-Ayong face à l'Ogooué Sporting, qui menait pourtant à la pause, en match comptant pour la 6e journée du championnat.",
  ""),
 ("foot-national-foot1", AEP, "fr", 0, 90, 300, ["Sport"], "",
  "Football : l'Estuaire FC prend la tête du championnat",
  "Vainqueur de l'Ogooué Sporting (2-1) lundi, l'Estuaire FC occupe seul la première place du National Foot 1 avec deux points d'avance.",
  ""),

 # 16. Filler: promo posted alone, horoscope, weather bulletin (rain, apart from the landslide).
 ("promo-offre-etudiants", ECHO, "fr", 0, 100, 30, ["Promo"], "",
  "Étudiants : L'Écho de l'Estuaire à moitié prix",
  "Sur présentation de leur carte d'étudiant, les moins de 26 ans peuvent s'abonner à l'édition numérique de L'Écho de l'Estuaire pour 1 500 francs CFA par mois au lieu de 3 000.",
  "Offre valable jusqu'au 31 octobre."),
 ("horoscope-mardi-13", "astro-jour.fr", "fr", 0, 10, 700, ["Horoscope"], "",
  "Horoscope du mardi 13 octobre",
  "Balance : une discussion franche apaise une tension ancienne.",
  "Scorpion : évitez les dépenses impulsives."),
 ("meteo-libreville-mardi", "meteo-gabon.ga", "fr", 0, 25, 600, ["Météo"], "",
  "Météo du mardi 13 octobre : encore de fortes pluies sur l'Estuaire",
  "De nouvelles averses orageuses, parfois fortes, sont attendues mardi après-midi et dans la nuit sur l'Estuaire et le Moyen-Ogooué, avec des cumuls pouvant atteindre 60 millimètres, tandis que le sud-est restera nuageux avec 29 degrés à Franceville.",
  "La mer sera agitée au large du cap Estérias."),
]
