# Day 114: a French regional channel of Grenoble, Isère and the Alps, evening edition of Tuesday
# 21 December 2027 at 19:00 (window 07:00 - 19:00 Tuesday local, Europe/Paris = UTC+1 in December,
# so 06:00Z - 18:00Z). Gold answer written before any run: each post's story, its lede (the true
# first sentence) and the TOP5 below. Every person, company and outlet is invented.
#
# Traps:
# - one radio interview, two stories, same quote: the mayor of Grenoble, Élise Brunerie, on Radio
#   Grésivaudan on Tuesday, quoted about the tram and bus drivers' strike (post 18) and about the
#   Métropole's vote on the Câble Nord cable car (post 26), both carrying « Grenoble ne se
#   déplacera pas demain comme elle se déplaçait hier... »;
# - a shared wire byline line ("Agence Dauphiné Presse | Mis à jour : 21-12-2027 17:48"): the
#   Jarrie chemical platform strike (post 23) and the airport's winter staff (post 56), three
#   minutes apart;
# - the same hospital: the CHU Grenoble-Alpes takes the avalanche's injured (posts 3-5), the ice
#   climber's partner (post 10), the lab fire's two technicians (post 30) and the coach's injured
#   pupils (posts 47, 50: « La Tronche »);
# - the same court: the palais de justice of Grenoble holds the chairlift favouritism trial (posts
#   37-40) and the assizes verdict of the Voiron bar owner's murder (posts 41-44);
# - the same airport: the British pupils of the coach landed at Grenoble-Alpes-Isère airport on
#   Monday (post 48), the airport's record weekend of ski charters (posts 55-57);
# - the same rescuers: the Dragon 38 helicopter and the PGHM of the Isère in the avalanche (posts
#   1-2) and on the Vercors ice fall (post 10);
# - the same towns: Échirolles holds the deadly house fire (posts 34-36) and is named by the A480
#   jams (post 53); the Presqu'île holds the lab fire and is named by the A480 jams (post 53);
#   the A480 jams also name the tram strike (post 53); the prosecutor of Grenoble opens inquiries
#   in the avalanche, the lab fire and the A480 crash;
# - look-alike stories: two mountain accidents (the off-piste avalanche at Chamrousse, posts 1-8;
#   the ice climber's fall in the Vercors, posts 9-11); two strikes (tram and bus drivers, posts
#   12-18; the Jarrie chemical platform, posts 19-23); two fires (the research lab on the
#   Presqu'île, posts 29-33; the Échirolles house, posts 34-36); two trials (posts 37-40, 41-44);
#   two road accidents (the British pupils' coach in the Romanche valley, posts 45-51; the lorry on
#   the A480, posts 52-54); two transport projects in the news (the cable car vote, the strike);
#   the avalanche-risk explainer vs. the weather bulletin (filler);
# - one toll revised by a second source: the avalanche, two dead (PGHM, posts 1-4) then three
#   (prefecture, posts 5-6); the coach, fourteen hurt (posts 45-47) then seventeen (post 49);
# - one story told in two languages by different agencies with different words: the avalanche
#   (« avalanche », « coulée », « plaque à vent », « hors-piste » / "avalanche", "off-piste",
#   "buried"), the coach (« autocar », « car », « s'est couché » / "coach", "school ski trip",
#   "overturned"), the tram strike (« grève », « débrayage », « mouvement » / "walkout"), the
#   lab fire (« incendie », « feu », « sinistre » / "blaze"), the Jarrie strike;
# - stories told from other angles: the helicopter's rotations (post 2), who the skiers were (post
#   4), what a wind slab is (post 7), the resort's reaction (post 8), why the ice broke (post 11),
#   how to get around (post 16), the drivers' complaint (post 17), the platform's history (post 22),
#   what the cable car is (post 25), the residents' appeal (post 27), the builders (post 28), the
#   researchers' lost samples (post 31), the cause (post 32), the neighbours (post 35), the village
#   (post 39), the defence (post 40), the victim's daughter (post 43), the bar's square (post 44),
#   the pupils' flight (post 48), the parents (post 50), the road (post 51), the jams (post 53);
# - a "Lire aussi" line in a lab-fire post naming the Échirolles fire (post 30); a teaser (post 35);
#   captions (posts 4, 47); update notes (posts 5, 6, 15, 49);
# - posts in English (agencies' English service and British outlets): posts 3, 6, 15, 21, 33, 46,
#   48, 49;
# - a promo posted alone (post 58); filler of importance 0: the hockey result (posts 59, 60), the
#   weather bulletin (post 61), the horoscope (post 62).
NAME = "2027-12-21-fr-soir-grenoble-h114"
CHANNEL = {"lang": "fr", "tz": "Europe/Paris"}
WINDOW = ("2027-12-21T06:00:00Z", "2027-12-21T18:00:00Z")
CTX = {"stamp": "21-12-2027 17:48", "line": "Agence Dauphiné Presse | Mis à jour : 21-12-2027 17:48",
       "city": "Grenoble", "date_fr": "21 déc", "date_en": "Dec 21",
       "author": "Camille Rivoire", "clarify": "the number of skiers killed",
       "caption": "", "also": "notre dossier", "country": "France"}
# The editor's top 5: the Chamrousse avalanche, the British pupils' coach, the tram and bus drivers'
# strike, the research lab fire, the Câble Nord vote.
TOP5 = ["avalanche-chamrousse-hors-piste-h114", "autocar-eleves-britanniques-romanche-h114",
        "greve-tram-bus-grenoble-h114", "incendie-laboratoire-presquile-h114",
        "vote-cable-nord-metropole-h114"]
IS = "Isère"
GRE = "Grenoble"
MT = "Montagne"
E = "Économie"
SA = "Santé"
J = "Justice"
FD = "Faits divers"
P = "Politique"
T = "Transports"
SC = "Sciences"
ADP = "agence-dauphine-presse.fr"
AN = "agence-nord.fr"
DAU = "le-petit-dauphinois.fr"
ECHO = "echo-des-alpes.fr"
RAD = "radio-gresivaudan.fr"
TV = "tele-bastille.fr"
ACTU = "grenoble-actu38.fr"
VERC = "vercors-infos.fr"
OIS = "oisans-hebdo.fr"
BELL = "belledonne-matin.fr"
SUD = "sud-agglo-info.fr"
ECO = "eco-des-alpes.fr"
CAMP = "campus-alpes.fr"
JUST = "chroniques-judiciaires-38.fr"
VOIR = "voironnais-express.fr"
NEIGE = "neige-et-montagne.fr"
SPORT = "glace-et-crosse.fr"
METEO = "meteo-trois-massifs.fr"
ASTRO = "astres-du-jour.fr"
WW = "wire-west.com"
APL = "ap-like.com"
EUR = "euro-ledger.com"
SKI = "alpine-ski-news.co.uk"
SCHOOL = "shires-gazette.co.uk"
QUOTE = ("« Grenoble ne se déplacera pas demain comme elle se déplaçait hier, et ceux qui font "
         "rouler la ville doivent être les premiers écoutés »")
POSTS = [
 # 1. Off-piste avalanche at Chamrousse: two dead (PGHM, noon) -> three (prefecture, afternoon).
 ("avalanche-chamrousse-hors-piste-h114", ADP, "fr", 3, 310, 3900, [IS, MT, FD], "afp",
  "Avalanche à Chamrousse : deux skieurs hors-piste tués",
  "Deux skieurs ont été tués et trois autres blessés mardi en fin de matinée par une avalanche survenue hors-piste sous la Croix de Chamrousse, dans le massif de Belledonne, a annoncé le peloton de gendarmerie de haute montagne (PGHM) de l'Isère.",
  "La coulée, large d'environ deux cents mètres, s'est déclenchée vers 11 h 10 dans le couloir dit des Vans, alors que le risque d'avalanche était évalué à 4 sur une échelle de 5.",
  {"city": "Chamrousse"}),
 ("avalanche-chamrousse-hors-piste-h114", BELL, "fr", 3, 345, 2600, [IS, MT], "",
  "Belledonne : l'hélicoptère Dragon 38 a enchaîné les rotations dans le couloir des Vans",
  "L'hélicoptère Dragon 38 de la sécurité civile a effectué une dizaine de rotations entre le couloir des Vans et le stade de neige de Chamrousse pour déposer les secouristes, les maîtres-chiens et les sondes, selon les pisteurs de la station.",
  "Une cinquantaine de secouristes ont sondé la zone pendant plus de deux heures ; les cinq skieurs, tous équipés de détecteurs de victimes, ont été localisés en moins de vingt minutes."),
 ("avalanche-chamrousse-hors-piste-h114", WW, "en", 3, 380, 900, ["Europe", "France"], "reuters",
  "Avalanche kills two off-piste skiers in French Alps",
  "Two skiers were killed and three injured when an avalanche swept down an off-piste gully at the Chamrousse ski resort near Grenoble on Tuesday, French mountain police said.",
  "The injured were flown to the university hospital in Grenoble. Forecasters had rated the avalanche danger at four on a five-point scale after heavy snowfall at the weekend.",
  {"city": "Grenoble"}),
 ("avalanche-chamrousse-hors-piste-h114", DAU, "fr", 3, 430, 3100, [IS, MT, FD], "caption",
  "Chamrousse : qui sont les skieurs emportés par la coulée",
  "Les cinq skieurs emportés par l'avalanche de Chamrousse formaient un groupe d'amis grenoblois, âgés de 26 à 34 ans, qui avaient l'habitude de skier ensemble hors des pistes balisées chaque hiver, selon des proches joints par notre rédaction.",
  "Deux d'entre eux étaient ingénieurs dans une entreprise de microélectronique de Crolles ; le troisième blessé, transporté au CHU Grenoble-Alpes, est en réanimation.",
  {"site": "Le Petit Dauphinois", "caption": "Les secouristes du PGHM de l'Isère sondent le dépôt de l'avalanche dans le couloir des Vans, au-dessus de Chamrousse, le mardi 21 décembre 2027."}),
 ("avalanche-chamrousse-hors-piste-h114", ADP, "fr", 3, 545, 3300, [IS, MT], "actu",
  "Avalanche de Chamrousse : le bilan s'alourdit à trois morts",
  "Un troisième skieur, grièvement blessé dans l'avalanche de Chamrousse, est mort dans l'après-midi au CHU Grenoble-Alpes, portant le bilan à trois morts, a annoncé mardi la préfecture de l'Isère.",
  "Les deux autres blessés sont hors de danger. Le parquet de Grenoble a ouvert une enquête pour déterminer si la coulée a pu être déclenchée par un autre groupe passé au-dessus."),
 ("avalanche-chamrousse-hors-piste-h114", APL, "en", 3, 590, 700, ["Europe", "France"], "updated",
  "French Alps avalanche death toll rises to 3",
  "A third skier has died after being buried by an avalanche outside the marked runs of a resort in the French Alps, raising the death toll to three, local authorities said Tuesday.",
  "All five skiers were wearing transceivers and were dug out within half an hour, rescuers said."),
 ("avalanche-chamrousse-hors-piste-h114", NEIGE, "fr", 3, 620, 1500, [MT], "",
  "Plaque à vent : pourquoi le risque 4 ne se voit pas depuis le télésiège",
  "Après trois jours de chutes de neige et de vent de nord-ouest, le manteau neigeux des versants exposés à l'est cache des plaques à vent, des couches compactes posées sur une neige sans cohésion, qui peuvent céder sous le poids d'un seul skieur.",
  "Au niveau 4, les nivologues déconseillent tout itinéraire hors-piste dans les pentes de plus de trente degrés ; un détecteur, une pelle et une sonde ne protègent pas d'être emporté."),
 ("avalanche-chamrousse-hors-piste-h114", RAD, "fr", 3, 680, 1200, [IS, MT], "",
  "La station de Chamrousse ferme ses accès hors-piste jusqu'à vendredi",
  "Le directeur des pistes de Chamrousse, Mathieu Vial-Ferrand, a annoncé mardi soir la fermeture de tous les accès au hors-piste depuis les remontées de la Croix jusqu'à vendredi, le temps que les artificiers déclenchent préventivement les pentes les plus chargées.",
  "« Nous sommes une station familiale, et ce soir tout le village pense aux familles », a-t-il dit."),

 # 2. Ice climber killed in a fall from a frozen waterfall at Gresse-en-Vercors.
 ("cascade-glace-vercors-chute-h114", VERC, "fr", 2, 150, 1400, [IS, MT, FD], "",
  "Gresse-en-Vercors : un grimpeur meurt en chutant d'une cascade de glace",
  "Un alpiniste de 41 ans a trouvé la mort mardi matin après une chute d'une trentaine de mètres alors qu'il escaladait une cascade de glace au-dessus de Gresse-en-Vercors, le pilier de glace sur lequel il progressait s'étant effondré.",
  "Son compagnon de cordée, assuré au relais, n'a pas été emporté."),
 ("cascade-glace-vercors-chute-h114", ADP, "fr", 2, 230, 900, [IS, MT], "ats",
  "Vercors : le PGHM intervient pour un accident de cascade de glace",
  "Les secouristes du PGHM de l'Isère, hélitreuillés par le Dragon 38, ont constaté mardi le décès d'un grimpeur tombé d'une cascade de glace dans le cirque de Gresse, et évacué son compagnon de cordée, choqué et souffrant d'une entorse, vers le CHU Grenoble-Alpes.",
  "La victime, un guide amateur originaire de Romans-sur-Isère, connaissait bien le site, selon la gendarmerie."),
 ("cascade-glace-vercors-chute-h114", NEIGE, "fr", 2, 500, 600, [MT], "",
  "Cascades de glace : le redoux de lundi a fragilisé les piliers",
  "La remontée des températures de lundi après-midi, jusqu'à 6 degrés à 1 300 mètres dans le Vercors, a pu fragiliser les colonnes de glace suspendues, rappelle un guide de haute montagne de Villard-de-Lans, qui déconseille ces voies après un épisode doux.",
  "Le syndicat des guides recommande de s'informer auprès des bureaux des guides avant toute sortie."),

 # 3. Tram and bus drivers' strike on the Mobilalpes network in Grenoble.
 ("greve-tram-bus-grenoble-h114", ACTU, "fr", 3, 20, 3000, [GRE, T], "colon",
  "Grenoble : les conducteurs de tram et de bus en grève ce mardi",
  "Les conducteurs du réseau Mobilalpes ont cessé le travail mardi dès la prise de service de 5 heures à l'appel de trois syndicats, qui contestent les nouveaux roulements d'hiver imposant deux dimanches travaillés par mois.",
  "Seules les lignes de tram A et C circulent, avec un tram toutes les vingt minutes, et une bus sur quatre en moyenne, selon l'exploitant.",
  {"city": "Grenoble"}),
 ("greve-tram-bus-grenoble-h114", DAU, "fr", 3, 95, 2400, [GRE, T], "",
  "Grève Mobilalpes : arrêts bondés et voitures en file sur les grands boulevards",
  "Aux arrêts de la gare et de Chavant, des centaines d'usagers ont attendu mardi matin sous la neige fondue des trams qui passaient déjà pleins, tandis que les grands boulevards et la rocade sud restaient saturés jusqu'à 9 h 30.",
  "Beaucoup d'étudiants ont renoncé à rejoindre le campus de Saint-Martin-d'Hères, où plusieurs examens ont été décalés.",
  {"site": "Le Petit Dauphinois"}),
 ("greve-tram-bus-grenoble-h114", ADP, "fr", 3, 280, 1600, [GRE, T], "ats",
  "Transports grenoblois : le débrayage reconduit mercredi",
  "Réunis en assemblée générale au dépôt d'Eybens en fin de matinée, les conducteurs de Mobilalpes ont voté la reconduction de leur mouvement mercredi, la direction n'ayant proposé qu'un dimanche travaillé de moins par trimestre.",
  "Le service minimal sera identique à celui de mardi, a précisé l'exploitant."),
 ("greve-tram-bus-grenoble-h114", WW, "en", 3, 330, 400, ["Europe", "France"], "updated",
  "Grenoble tram and bus drivers extend walkout",
  "Tram and bus drivers in the French Alpine city of Grenoble will extend their walkout into Wednesday in a dispute over Sunday shifts, unions said, after a first day of crowded stops and traffic jams.",
  "Only two of the network's five tram lines are running at reduced frequency."),
 ("greve-tram-bus-grenoble-h114", ACTU, "fr", 3, 470, 1900, [GRE, T], "",
  "Grève des trams et bus : comment se déplacer mercredi dans l'agglomération",
  "Mercredi, les trams A et C passeront toutes les vingt minutes de 6 heures à 20 heures, les lignes de bus Chrono seront assurées à moitié et les autres lignes ne circuleront pas, tandis que les vélos en location seront gratuits pour la journée.",
  "Les parkings relais de la périphérie resteront ouverts gratuitement ; le covoiturage est encouragé sur la rocade."),
 ("greve-tram-bus-grenoble-h114", SUD, "fr", 3, 520, 1100, [GRE], "",
  "« Deux dimanches par mois, c'est nos enfants qu'on ne voit plus » : la colère des conductrices",
  "Au dépôt d'Eybens, plusieurs conductrices expliquent que les nouveaux roulements les obligeraient à faire garder leurs enfants deux dimanches par mois, alors que la plupart élèvent seules leur famille et commencent leur service avant l'aube.",
  "« On nous dit que la ville change, mais nos salaires ne changent pas », résume l'une d'elles, conductrice sur la ligne C depuis douze ans."),
 ("greve-tram-bus-grenoble-h114", RAD, "fr", 3, 120, 1500, [GRE, P], "",
  "Grève des transports : la maire appelle la direction à revoir les roulements",
  "Invitée mardi matin de Radio Grésivaudan, la maire de Grenoble, Élise Brunerie, a demandé à la direction de Mobilalpes de suspendre les nouveaux roulements d'hiver et de rouvrir la négociation avant Noël.",
  f"{QUOTE}, a-t-elle déclaré, en rappelant que la Métropole fixait le cadre du contrat de l'exploitant."),

 # 4. Strike and blockade at the Jarrie chemical platform after 280 job cuts.
 ("greve-plateforme-chimique-jarrie-h114", SUD, "fr", 2, 60, 1300, [IS, E], "",
  "Jarrie : les salariés de la plateforme chimique bloquent les accès",
  "Les salariés de Chlorodrac, le principal exploitant de la plateforme chimique de Jarrie, au sud de Grenoble, bloquent depuis mardi 6 heures les deux entrées du site pour protester contre la suppression annoncée de 280 postes sur 410.",
  "Des palettes et des pneus ont été installés devant les grilles ; aucun camion-citerne n'est entré ni sorti depuis le matin."),
 ("greve-plateforme-chimique-jarrie-h114", ECO, "fr", 2, 260, 900, [IS, E], "",
  "Chlorodrac veut arrêter l'électrolyse du sel à Jarrie",
  "La direction de Chlorodrac a confirmé mardi son projet d'arrêter d'ici l'été l'atelier d'électrolyse qui produit le chlore de la plateforme de Jarrie, invoquant le prix de l'électricité et la concurrence des producteurs asiatiques.",
  "Les syndicats affirment que d'autres entreprises de la plateforme, qui dépendent de ce chlore, pourraient à leur tour fermer."),
 ("greve-plateforme-chimique-jarrie-h114", EUR, "en", 2, 400, 300, ["Europe", "Business"], "",
  "French chemical workers strike over plan to shut chlorine unit",
  "Workers at Chlorodrac's chemical site in Jarrie, in the French Alps, blocked its gates on Tuesday in protest at plans to close the plant's salt electrolysis unit and cut 280 of its 410 jobs.",
  "The site supplies chlorine to several pharmaceutical and plastics makers nearby.",
  {"site": "Euro Ledger"}),
 ("greve-plateforme-chimique-jarrie-h114", DAU, "fr", 2, 560, 800, [IS, E], "",
  "Un siècle de chimie dans la vallée du Drac",
  "Installée au début du siècle dernier pour profiter de l'électricité des barrages, la plateforme de Jarrie a compté jusqu'à 2 000 salariés, et la moitié des familles de Jarrie, Champ-sur-Drac et Vizille y ont eu au moins un parent.",
  "Les élus de la vallée redoutent un « effet domino » sur les sous-traitants de la maintenance et du transport.",
  {"site": "Le Petit Dauphinois"}),
 ("greve-plateforme-chimique-jarrie-h114", ADP, "fr", 2, 705, 700, [IS, E], "reuters_line",
  "Plateforme de Jarrie : le blocage maintenu toute la nuit",
  "Les grévistes de Chlorodrac ont annoncé mardi en fin d'après-midi qu'ils maintiendraient le blocage de la plateforme de Jarrie toute la nuit, en attendant une réunion au ministère de l'Industrie prévue jeudi à Paris.",
  "Le préfet a demandé à l'exploitant de garantir la sécurité des installations classées pendant le conflit."),

 # 5. The Métropole council approves the Câble Nord urban cable car.
 ("vote-cable-nord-metropole-h114", ADP, "fr", 3, 410, 1800, [GRE, P, T], "afp",
  "La Métropole de Grenoble vote le téléphérique urbain du Câble Nord",
  "Le conseil de Grenoble-Alpes Métropole a approuvé mardi après-midi, par 78 voix contre 31, la construction du Câble Nord, un téléphérique urbain de 3,8 kilomètres qui reliera Fontaine à Saint-Martin-le-Vinoux en survolant le Drac et l'Isère.",
  "Les travaux, évalués à 94 millions d'euros, doivent commencer en 2029 pour une mise en service en 2031."),
 ("vote-cable-nord-metropole-h114", ACTU, "fr", 3, 480, 1200, [GRE, T], "",
  "Câble Nord : cinq stations, une cabine toutes les trente secondes",
  "Le Câble Nord comptera cinq stations, dont une connectée au tram E et une à la gare de Saint-Martin-le-Vinoux, avec des cabines de dix places toutes les trente secondes, soit 2 400 voyageurs par heure et par sens.",
  "Le trajet de bout en bout prendra quatorze minutes, contre trente-cinq aujourd'hui en bus aux heures de pointe."),
 ("vote-cable-nord-metropole-h114", RAD, "fr", 3, 440, 900, [GRE, P], "",
  "Téléphérique urbain : la maire de Grenoble défend un « transport d'avenir »",
  "Avant le vote du conseil métropolitain, la maire de Grenoble, Élise Brunerie, a défendu mardi sur Radio Grésivaudan le projet de téléphérique entre Fontaine et Saint-Martin-le-Vinoux, qu'elle juge indispensable pour désengorger le nord de l'agglomération.",
  f"{QUOTE}, a-t-elle ajouté, répondant aux élus qui jugent le projet trop coûteux."),
 ("vote-cable-nord-metropole-h114", BELL, "fr", 3, 610, 700, [GRE], "",
  "Saint-Martin-le-Vinoux : les riverains du futur pylône promettent un recours",
  "Une centaine d'habitants du quartier de la Buisserate, au-dessus duquel passera le câble, ont annoncé mardi soir leur intention d'attaquer la délibération devant le tribunal administratif, dénonçant la vue plongeante des cabines sur leurs jardins.",
  "Leur association réclame un tracé longeant l'autoroute A48."),
 ("vote-cable-nord-metropole-h114", ECO, "fr", 3, 655, 500, [GRE, E], "",
  "Câble Nord : un marché de 94 millions qui attire trois constructeurs",
  "Trois constructeurs de remontées mécaniques, dont un savoyard, se préparent à répondre à l'appel d'offres du Câble Nord, le premier téléphérique urbain de cette taille dans les Alpes françaises.",
  "L'État doit financer un quart du projet au titre des transports du quotidien."),

 # 6. Fire at a materials research lab on the Presqu'île scientifique.
 ("incendie-laboratoire-presquile-h114", ACTU, "fr", 3, 200, 2500, [GRE, SC, FD], "colon",
  "Incendie dans un laboratoire de la Presqu'île : 300 chercheurs évacués",
  "Un incendie s'est déclaré mardi vers 9 h 40 dans un laboratoire de recherche sur les matériaux du polygone scientifique de la Presqu'île, à Grenoble, entraînant l'évacuation de quelque 300 chercheurs et techniciens, ont indiqué les pompiers de l'Isère.",
  "Un périmètre de sécurité a été établi en raison de la présence de produits chimiques et de bouteilles de gaz dans le bâtiment.",
  {"city": "Grenoble"}),
 ("incendie-laboratoire-presquile-h114", CAMP, "fr", 3, 290, 1300, [GRE, SC], "lire",
  "Feu au Laboratoire Dauphiné des Matériaux : le point à la mi-journée",
  "Le feu, parti d'une salle de synthèse au deuxième étage du Laboratoire Dauphiné des Matériaux, a été maîtrisé peu avant midi par une soixantaine de sapeurs-pompiers, dont une cellule spécialisée dans les risques chimiques.",
  "Deux techniciens légèrement intoxiqués par les fumées ont été examinés sur place, puis conduits au CHU Grenoble-Alpes par précaution.",
  {"site": "Campus Alpes", "also": "Échirolles : une octogénaire meurt dans l'incendie de sa maison"}),
 ("incendie-laboratoire-presquile-h114", SUD, "fr", 3, 400, 900, [GRE, SC], "",
  "« Dix ans d'échantillons partis en fumée » : la détresse des chercheurs",
  "Des doctorants et des ingénieurs du laboratoire sinistré racontent avoir perdu en une matinée des échantillons de cristaux préparés pendant des années, conservés dans des congélateurs que les pompiers n'ont pas pu atteindre.",
  "La direction du laboratoire a ouvert une cellule d'écoute et promis de reloger les équipes dans les bâtiments voisins dès janvier."),
 ("incendie-laboratoire-presquile-h114", DAU, "fr", 3, 580, 1600, [GRE, SC], "",
  "Presqu'île : un court-circuit sur un four de recuit, piste privilégiée du sinistre",
  "Selon les premières constatations des enquêteurs, l'incendie du laboratoire de la Presqu'île serait parti d'un four de recuit resté allumé pendant une expérience de nuit, dont l'alimentation électrique aurait pris feu.",
  "Le parquet de Grenoble a ouvert une enquête ; le bâtiment, construit en 1987, avait été inspecté au printemps.",
  {"site": "Le Petit Dauphinois"}),
 ("incendie-laboratoire-presquile-h114", APL, "en", 3, 600, 300, ["Europe", "Science"], "ap",
  "Blaze at French research lab forces evacuation of 300",
  "About 300 scientists and staff were evacuated on Tuesday when a fire broke out in a materials science laboratory in the French city of Grenoble, firefighters said, with chemical specialists called in because of gas cylinders stored inside.",
  "Two technicians were treated for smoke inhalation. The cause was under investigation.",
  {"city": "Grenoble"}),

 # 7. Deadly house fire in Échirolles at dawn.
 ("incendie-maison-echirolles-h114", SUD, "fr", 2, 70, 1500, [GRE, FD], "",
  "Échirolles : une octogénaire meurt dans l'incendie de sa maison",
  "Une femme de 83 ans est morte mardi à l'aube dans l'incendie de sa maison individuelle du quartier de la Luire, à Échirolles, que les pompiers ont trouvée entièrement embrasée à leur arrivée vers 6 h 15.",
  "Le feu se serait déclaré au rez-de-chaussée, près d'un poêle à pétrole."),
 ("incendie-maison-echirolles-h114", ACTU, "fr", 2, 190, 900, [GRE, FD], "teaser",
  "Maison en feu à Échirolles : les voisins ont tenté de forcer la porte",
  "Réveillés par l'odeur de fumée, deux voisins de l'octogénaire ont essayé d'enfoncer la porte de sa maison avant d'être repoussés par la chaleur, a raconté l'un d'eux mardi matin, encore sous le choc.",
  "« Elle vivait seule avec son chat, on faisait ses courses le samedi », dit-il."),
 ("incendie-maison-echirolles-h114", ADP, "fr", 2, 330, 600, [GRE, FD], "",
  "Incendie mortel à Échirolles : le poêle à pétrole en cause",
  "Les enquêteurs privilégient la piste d'un poêle à pétrole renversé ou trop proche d'un fauteuil dans l'incendie qui a coûté la vie à une habitante d'Échirolles mardi, a indiqué la police.",
  "Les pompiers rappellent d'éloigner tout chauffage d'appoint des tissus et d'équiper chaque logement d'un détecteur de fumée."),

 # 8. Favouritism trial of a former chairlift manager at the Grenoble tribunal.
 ("proces-favoritisme-telesiege-sept-laux-h114", JUST, "fr", 2, 240, 1100, [IS, J], "",
  "Procès du télésiège : l'ex-directeur de la régie des Sept-Laux jugé pour favoritisme",
  "L'ancien directeur de la régie des remontées mécaniques des Sept-Laux, Régis Montbonnot, a comparu mardi devant le tribunal correctionnel de Grenoble pour favoritisme dans l'attribution, en 2023, du marché de remplacement du télésiège des Pipay.",
  "Le marché de 11 millions d'euros avait été attribué à une entreprise dirigée par un ami d'enfance du prévenu."),
 ("proces-favoritisme-telesiege-sept-laux-h114", ADP, "fr", 2, 470, 700, [IS, J], "ats",
  "Favoritisme aux Sept-Laux : dix-huit mois avec sursis requis",
  "Le parquet a requis mardi dix-huit mois d'emprisonnement avec sursis, 30 000 euros d'amende et cinq ans d'inéligibilité contre Régis Montbonnot, l'ancien directeur de la régie des Sept-Laux, jugé à Grenoble pour avoir favorisé un proche dans un marché de télésiège.",
  "Le jugement a été mis en délibéré au 1er février."),
 ("proces-favoritisme-telesiege-sept-laux-h114", BELL, "fr", 2, 520, 500, [IS, J], "",
  "Aux Sept-Laux, un procès qui divise le village",
  "Dans les communes qui possèdent la station, beaucoup défendent Régis Montbonnot, qui a selon eux « sauvé l'hiver » en faisant construire le télésiège en un seul été, quand d'autres dénoncent un marché taillé sur mesure.",
  "Le nouvel appareil, débrayable à six places, fonctionne depuis décembre 2024."),
 ("proces-favoritisme-telesiege-sept-laux-h114", DAU, "fr", 2, 600, 600, [IS, J], "",
  "Télésiège des Pipay : la défense plaide l'urgence et l'absence d'enrichissement",
  "L'avocate de Régis Montbonnot a plaidé la relaxe mardi soir, soulignant que son client n'avait tiré aucun avantage personnel du marché et que l'ancien télésiège, fermé par les services de l'État, menaçait la saison entière.",
  "« On juge un homme pour avoir trop bien fait son travail », a-t-elle lancé.",
  {"site": "Le Petit Dauphinois"}),

 # 9. Assizes verdict: the murder of a bar owner in Voiron.
 ("assises-meurtre-voiron-verdict-h114", JUST, "fr", 2, 100, 1200, [IS, J], "",
  "Assises de l'Isère : dernier jour du procès du meurtre du patron du Balto à Voiron",
  "La cour d'assises de l'Isère doit rendre mardi son verdict dans le procès de Kévin Rambert, 29 ans, accusé d'avoir tué de deux coups de couteau le patron du bar Le Balto, à Voiron, après une dispute à la fermeture en mars 2025.",
  "L'avocat général a requis la veille vingt-deux ans de réclusion criminelle."),
 ("assises-meurtre-voiron-verdict-h114", ADP, "fr", 2, 420, 1000, [IS, J], "afp",
  "Meurtre d'un patron de bar à Voiron : vingt ans de réclusion",
  "Kévin Rambert a été condamné mardi à vingt ans de réclusion criminelle par la cour d'assises de l'Isère pour le meurtre de Didier Chapuis, patron d'un bar de Voiron tué en mars 2025 au moment de fermer son établissement.",
  "La cour n'a pas retenu la légitime défense invoquée par l'accusé, qui affirmait avoir été menacé."),
 ("assises-meurtre-voiron-verdict-h114", VOIR, "fr", 2, 500, 700, [IS, J], "",
  "Verdict Rambert : « justice est rendue à Didier », dit sa fille",
  "À la sortie du palais de justice de Grenoble, la fille de Didier Chapuis a dit mardi son soulagement après la condamnation de l'homme qui a tué son père, tout en regrettant qu'il n'ait « jamais eu un mot pour la famille ».",
  "Le bar Le Balto, repris par un neveu de la victime, avait rouvert l'été dernier."),
 ("assises-meurtre-voiron-verdict-h114", VOIR, "fr", 2, 640, 400, [IS, J], "",
  "Voiron : la place du Balto veut tourner la page",
  "Autour de la place où se trouve Le Balto, commerçants et habitués disent espérer que le verdict permettra au quartier de retrouver son calme, deux ans après une nuit qui avait profondément marqué la ville.",
  "La mairie a installé depuis deux caméras et prolongé l'éclairage public jusqu'à 2 heures."),

 # 10. Coach of British pupils overturned in the Romanche valley: driver dead, 14 -> 17 hurt.
 ("autocar-eleves-britanniques-romanche-h114", OIS, "fr", 3, 160, 3500, [IS, T, FD], "",
  "Un car d'élèves britanniques se renverse dans la vallée de la Romanche",
  "Un autocar transportant quarante-six collégiens britanniques et leurs accompagnateurs vers l'Alpe d'Huez a quitté la route départementale 1091 et s'est couché sur le flanc mardi vers 9 h 30 à la sortie de Livet-et-Gavet, tuant le chauffeur et blessant quatorze personnes.",
  "La chaussée était verglacée après une nuit de pluie suivie de gel, selon les pompiers.",
  {"site": "Oisans Hebdo"}),
 ("autocar-eleves-britanniques-romanche-h114", SCHOOL, "en", 3, 260, 2100, ["UK", "Education"], "byline_en",
  "Coach carrying school ski trip pupils crashes in French Alps",
  "A coach carrying pupils from a Worcestershire secondary school on a ski trip to the French Alps has overturned on an icy mountain road, killing the French driver and injuring at least 14 people, the school said.",
  "Parents were told by text message shortly after 9am UK time. The school had flown its group to Grenoble on Monday.",
  {"author": "Hannah Pellow", "site": "The Shires Gazette"}),
 ("autocar-eleves-britanniques-romanche-h114", ADP, "fr", 3, 300, 2300, [IS, T], "caption",
  "Accident de car dans l'Oisans : les blessés transférés au CHU Grenoble-Alpes",
  "Quatorze blessés de l'accident de car de Livet-et-Gavet, dont quatre élèves dans un état sérieux, ont été transportés par ambulance et par hélicoptère au CHU Grenoble-Alpes, a précisé la préfecture de l'Isère, qui a déclenché une cellule d'urgence médico-psychologique.",
  "Les autres élèves, indemnes, ont été accueillis dans la salle des fêtes de la commune.",
  {"caption": "L'autocar couché sur le flanc au bord de la route départementale 1091, dans la vallée de la Romanche, le mardi 21 décembre 2027."}),
 ("autocar-eleves-britanniques-romanche-h114", SKI, "en", 3, 430, 800, ["UK", "Travel"], "",
  "Ski trip coach crash: pupils had landed in Grenoble on Monday",
  "The 46 pupils and six teachers on the coach that crashed in the French Alps had flown into Grenoble-Alpes-Isère airport on a charter flight from Birmingham on Monday afternoon and spent the night in a hotel in Vizille before setting off for Alpe d'Huez.",
  "The tour operator said it was arranging flights home for the uninjured pupils.",
  {"site": "Alpine Ski News"}),
 ("autocar-eleves-britanniques-romanche-h114", APL, "en", 3, 565, 1500, ["Europe", "UK"], "updated",
  "17 hurt as coach with British school group crashes in French Alps",
  "Seventeen people were injured and the driver was killed when a coach carrying British schoolchildren overturned on an icy road in the French Alps on Tuesday morning, French authorities said, revising an earlier figure of 14.",
  "Three pupils with minor injuries were found by doctors among the group taken to a village hall."),
 ("autocar-eleves-britanniques-romanche-h114", DAU, "fr", 3, 640, 1200, [IS, T], "",
  "Car des collégiens anglais : des parents arrivent de Birmingham ce soir",
  "Une dizaine de parents des collégiens blessés dans l'accident de la vallée de la Romanche devaient atterrir mardi soir à Lyon, d'où un minibus affrété par le voyagiste doit les conduire au chevet de leurs enfants à La Tronche.",
  "Le consulat britannique a dépêché deux agents à Grenoble.",
  {"site": "Le Petit Dauphinois"}),
 ("autocar-eleves-britanniques-romanche-h114", OIS, "fr", 3, 700, 900, [IS, T], "",
  "RD1091 : la route de l'Oisans, piège à verglas entre les tunnels",
  "Entre Séchilienne et Rochetaillée, la route départementale 1091 enchaîne tunnels et tronçons à l'ombre où la chaussée reste gelée une grande partie de l'hiver, et les élus de l'Oisans réclament depuis des années des capteurs de verglas et une vitesse limitée à 50 km/h.",
  "Le conseil départemental indique que la route avait été salée à 5 heures mardi matin."),

 # 11. A lorry hits a broken-down car on the A480 at dawn: one dead.
 ("accident-a480-poids-lourd-h114", ACTU, "fr", 2, 30, 1500, [GRE, T, FD], "",
  "A480 : un mort dans une collision entre un poids lourd et une voiture en panne",
  "Un automobiliste de 52 ans a été tué mardi vers 7 h 20 sur l'A480 à Grenoble, dans le sens sud-nord, lorsqu'un poids lourd a percuté sa voiture immobilisée sur la bande d'arrêt d'urgence peu avant la sortie du Rondeau.",
  "Le chauffeur du camion, indemne, a été placé en garde à vue ; l'autoroute a été fermée dans ce sens jusqu'à 10 heures."),
 ("accident-a480-poids-lourd-h114", SUD, "fr", 2, 110, 1100, [GRE, T], "",
  "Bouchon monstre sur l'A480 : jusqu'à deux heures pour traverser l'agglomération",
  "La fermeture de l'A480 après l'accident mortel du Rondeau, ajoutée à la grève des transports en commun, a provoqué mardi matin jusqu'à quatorze kilomètres de bouchons, des échangeurs d'Échirolles jusqu'à Saint-Égrève.",
  "Certains automobilistes ont mis deux heures pour rejoindre leur travail à la Presqu'île."),
 ("accident-a480-poids-lourd-h114", DAU, "fr", 2, 360, 700, [GRE, T], "",
  "Accident de l'A480 : le chauffeur routier testé positif aux stupéfiants",
  "Le conducteur du poids lourd qui a tué un automobiliste à l'arrêt sur l'A480 mardi matin a été contrôlé positif au cannabis, a indiqué le parquet de Grenoble, qui a ouvert une enquête pour homicide involontaire aggravé.",
  "La victime, un père de deux enfants de Seyssinet-Pariset, attendait une dépanneuse.",
  {"site": "Le Petit Dauphinois"}),

 # 12. Grenoble-Alpes-Isère airport: record weekend of ski charters.
 ("aeroport-grenoble-charters-ski-h114", ECO, "fr", 1, 350, 700, [IS, E, T], "",
  "L'aéroport de Grenoble attend 46 vols de skieurs samedi, un record",
  "L'aéroport de Grenoble-Alpes-Isère, à Saint-Étienne-de-Saint-Geoirs, accueillera samedi 46 vols de charters de skieurs, principalement britanniques, néerlandais et scandinaves, un record pour un premier samedi des vacances de Noël, a annoncé son exploitant.",
  "Plus de 9 000 passagers doivent transiter par l'unique terminal, soit presque le trafic d'un mois d'été."),
 ("aeroport-grenoble-charters-ski-h114", ADP, "fr", 1, 708, 500, [IS, E], "reuters_line",
  "Transport aérien : l'aéroport isérois renforce ses équipes pour l'hiver",
  "L'exploitant de l'aéroport de Grenoble-Alpes-Isère a recruté 120 saisonniers pour l'hiver et loué une deuxième machine de dégivrage, afin d'absorber les pointes du samedi sans retards comme ceux de l'hiver dernier.",
  "Des navettes vers les stations partent toutes les demi-heures les jours de pointe."),
 ("aeroport-grenoble-charters-ski-h114", VOIR, "fr", 1, 520, 400, [IS, E], "",
  "Saint-Étienne-de-Saint-Geoirs : les commerces de la plaine profitent de la saison des charters",
  "Loueurs de voitures, taxis et hôtels de la plaine de la Bièvre affichent complet pour les samedis de janvier, portés par les skieurs étrangers qui atterrissent à Saint-Étienne-de-Saint-Geoirs et dorment parfois sur place avant de rejoindre les stations.",
  "La communauté de communes réclame une ligne de car directe vers Grenoble toute l'année."),

 # 13-16. Promo alone; filler: the hockey result, the weather bulletin, the horoscope.
 ("promo-petit-dauphinois-numerique-h114", DAU, "fr", 0, 380, 40, ["Promo"], "",
  "Le Petit Dauphinois numérique : un mois offert pour Noël",
  "Offrez-vous toute l'actualité de Grenoble, de l'Isère et des stations avec un mois gratuit d'abonnement au Petit Dauphinois numérique, sans engagement.",
  "Offre valable jusqu'au 31 décembre pour les nouveaux abonnés."),
 ("hockey-grenoble-rouen-magnus-h114", SPORT, "fr", 0, 40, 900, ["Sport"], "",
  "Ligue Magnus : les Aigles de Grenoble s'inclinent à Rouen",
  "Les Aigles de Grenoble ont perdu 3-2 après prolongation lundi soir sur la glace de Rouen, malgré un doublé de leur attaquant finlandais Aleksi Parkkonen.",
  "Grenoble reste deuxième du championnat."),
 ("hockey-grenoble-rouen-magnus-h114", ACTU, "fr", 0, 90, 300, ["Sport"], "",
  "Hockey : Grenoble battu en prolongation",
  "Menés deux fois, les Aigles sont revenus au score avant de céder en prolongation (3-2) face à Rouen lundi, lors de la 24e journée de Ligue Magnus.",
  ""),
 ("meteo-isere-mercredi-22-decembre-h114", METEO, "fr", 0, 690, 600, ["Météo"], "",
  "Météo du mercredi 22 décembre : retour du soleil en montagne, froid dans les vallées",
  "Après les dernières averses de neige de la nuit, le soleil reviendra mercredi sur les massifs de l'Isère, avec des gelées matinales jusqu'à -8 °C dans le Grésivaudan et 2 °C à Grenoble l'après-midi.",
  "La limite pluie-neige remontera à 1 200 mètres jeudi."),
 ("horoscope-mercredi-22-decembre-h114", ASTRO, "fr", 0, 700, 500, ["Horoscope"], "",
  "Horoscope du mercredi 22 décembre",
  "Bélier : une conversation que vous repoussiez depuis longtemps tourne mieux que prévu ; Taureau : prenez le temps de souffler avant les fêtes.",
  "Gémeaux : une rentrée d'argent inattendue ; Cancer : la famille vous réclame."),
]
