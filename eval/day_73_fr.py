# Day 73 (hold-out): an Acadian (New Brunswick) French channel, morning edition of Wednesday
# 14 April 2027 (window 17:00 Tuesday - 05:00 Wednesday Moncton, America/Moncton = UTC-3 in April,
# daylight time). Gold answer written before any run: each post's story, its lede (the true first
# sentence) and the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: the Health Minister, Nathalie Cormier-Haché, on
#   Radio Baie 98,7 on Tuesday evening, quoted about the rally against the night closure of the
#   emergency room at the Hôpital Sainte-Anne de Caraquet (post 27) and about the Route 2 pileup's
#   injured at the Hôpital Champlain de Moncton (post 11), both carrying « Nos urgences tiennent le
#   coup parce que le personnel se dépasse, mais je ne promettrai pas aux gens ce que je ne suis pas
#   capable de livrer »;
# - a shared wire byline line ("Presse Atlantique | Mis à jour : 14-04-2027 04:44"): the Edmundston
#   paper mill layoffs (post 51) and the Belledune hydrogen terminal (post 54), three minutes apart,
#   both northern New Brunswick economy stories, unrelated;
# - the same hospitals: the Hôpital Champlain de Moncton takes the two worst injured of the Route 11
#   crash (posts 4, 5) and the pileup's injured (posts 10, 11; post 10's lede names both); the
#   Hôpital Sainte-Anne de Caraquet takes the two rescued crab fishermen (post 15) and is the
#   hospital whose night ER the rally defends (posts 25-29);
# - the same towns: Shippagan is the home port of the capsized crab boat (posts 14-19) and the town
#   of the crab plant strike (posts 20-24; post 22's rest mentions the sinking); Moncton holds the
#   two trials (same courthouse, same Tuesday), the apartment fire and the pileup's hospital;
#   Tracadie holds the crash and is named as the fallback ER in the Caraquet "how to" (post 29);
# - look-alike stories: two road accidents the same evening (the van/logging truck collision on
#   Route 11 near Tracadie, 3 -> 5 dead, posts 1-7; the snow-squall pileup on Route 2 near
#   Memramcook, 1 dead, posts 8-13), plus a third road death in the Shediac impaired-driving trial
#   (posts 34-36); two trials at the Moncton courthouse on the same Tuesday (the Dieppe
#   ex-treasurer's fraud verdict, posts 30-33; the Shediac driver's jury trial opening); a strike and
#   a demonstration in the Acadian Peninsula on the same day (crab plant workers at Shippagan; the ER
#   rally at Caraquet); two fires (the apartment building on rue Saint-George in Moncton, posts
#   37-41; the brush fire at Saint-Antoine, Kent county, posts 58-60); two "sea and crab" stories
#   (the sinking; the plant strike); two northern economy stories on one shared line;
# - stories told from other angles: how to help the victims' families (post 6), the Route 11
#   explainer and driving tips (post 7), how to check the roads (post 13), the sea safety explainer
#   with a "Lire aussi" line (post 19), what the strike means for fishermen (post 24), where to go
#   at night (post 29), the Dieppe mayor's reaction (post 32), the cyclists' families (post 36), how
#   to donate (post 40), the landlord angle (post 41), the bill explained (post 44), how to watch the
#   vote (post 47), how to save on fuel (post 56), what the burn ban allows (post 60);
# - synonyms across outlets: "fourgonnette", "camionnette", "van"; "camion forestier", "camion de
#   billots", "logging truck"; "carambolage", "collision en chaîne", "pileup"; "chavire",
#   "naufrage", "capsizes", "sinks"; "grève", "débrayage", "arrêt de travail", "walk out";
#   "manifestation", "rassemblement", "marche", "rally"; "incendie", "brasier", "sinistre",
#   "blaze"; "feu de broussailles", "feu de forêt"; "mises à pied", "suppression d'emplois",
#   "cut jobs";
# - posts in English (the agencies' English service and an English Moncton paper): posts 3, 9, 12,
#   16, 18, 22, 28, 33, 39, 43, 50, 53, 57;
# - every furniture kind of furnish() at least once;
# - a promo posted alone (post 61); filler of importance 0: hockey result (posts 62-63), lottery
#   draw (post 64), weather bulletin (post 65), horoscope (post 66).
NAME = "2027-04-14-fr-matin-moncton-h73"
CHANNEL = {"lang": "fr", "tz": "America/Moncton"}
WINDOW = ("2027-04-13T20:00:00Z", "2027-04-14T08:00:00Z")
CTX = {"stamp": "14-04-2027 04:44", "line": "Presse Atlantique | Mis à jour : 14-04-2027 04:44",
       "city": "Moncton", "date_fr": "13 avr", "date_en": "Apr 13",
       "author": "Geneviève Landry-Boudreau", "clarify": "the number of residents displaced",
       "caption": "", "also": "Crabe des neiges : un quota en baisse de 8 % cette année",
       "country": "Nouveau-Brunswick"}
# The editor's top 5: the Route 11 crash, the crab boat sinking, the official languages bill vote,
# the Route 2 pileup, the Caraquet ER rally.
TOP5 = ["collision-minibus-route-11", "naufrage-crabier-miscou", "loi-langues-officielles-vote",
        "carambolage-route-2-memramcook", "manif-urgences-caraquet"]
NB = "Nouveau-Brunswick"
AC = "Acadie"
E = "Économie"
SA = "Santé"
J = "Justice"
FD = "Faits divers"
P = "Politique"
PA = "presse-atlantique.ca"
AN = "agence-nord.fr"
ETO = "etoile-acadienne.ca"
PHARE = "phare-peninsule.ca"
RADIO = "radio-baie.ca"
INFO = "moncton-info.net"
WW = "wire-west.com"
APL = "ap-like.com"
LED = "maritime-ledger.ca"
N14 = {"date_fr": "14 avr", "date_en": "Apr 14"}
QUOTE = ("« Nos urgences tiennent le coup parce que le personnel se dépasse, mais je ne promettrai "
         "pas aux gens ce que je ne suis pas capable de livrer »")
POSTS = [
 # 1. Van carrying peat bog workers vs logging truck on Route 11 near Tracadie at 18:10; 3 -> 5 dead.
 ("collision-minibus-route-11", PA, "fr", 3, 118, 3600, [NB, AC, FD], "afp",
  "Trois morts dans une collision entre une fourgonnette et un camion forestier près de Tracadie",
  "Trois personnes ont été tuées et six autres blessées mardi en fin d'après-midi dans une collision frontale entre une fourgonnette transportant des travailleurs d'une tourbière et un camion chargé de billots sur la route 11, à la hauteur de Pont-Landry, au sud de Tracadie, a indiqué la GRC.",
  "La collision s'est produite vers 18 h 10, au retour du quart de travail. La route 11 est restée fermée dans les deux sens pendant plus de quatre heures et la circulation a été détournée par les chemins secondaires.",
  {"city": "Tracadie"}),
 ("collision-minibus-route-11", RADIO, "fr", 3, 165, 2400, [NB, AC], "",
  "Drame de Pont-Landry : « Le camion n'a rien pu faire », raconte un témoin",
  "Un automobiliste qui suivait le camion de billots au moment de l'impact affirme que la fourgonnette a mordu la ligne médiane dans une courbe, sur une chaussée encore mouillée par la neige fondante, et que le camionneur a tenté en vain de se ranger sur l'accotement.",
  "« J'ai vu la camionnette arriver de côté, le chauffeur du camion a freiné de toutes ses forces », a-t-il confié en ondes. Les neuf occupants de la fourgonnette rentraient de la tourbière de Saint-Irénée, où la récolte de la tourbe venait de reprendre."),
 ("collision-minibus-route-11", WW, "en", 3, 230, 900, ["Canada", "New Brunswick"], "reuters",
  "Three killed as van carrying peat workers hits logging truck in New Brunswick",
  "Three people were killed and six injured when a van carrying workers home from a peat bog collided head-on with a logging truck on a highway in northeastern New Brunswick on Tuesday evening, police said.",
  "The crash happened on Route 11 near the town of Tracadie, in the province's French-speaking Acadian Peninsula.",
  {"city": "Tracadie"}),
 ("collision-minibus-route-11", ETO, "fr", 3, 390, 2900, [NB, AC, FD], "caption",
  "Collision sur la route 11 : le bilan passe à cinq morts",
  "Le bilan de la collision survenue mardi entre une fourgonnette de travailleurs et un camion forestier près de Tracadie s'est alourdi à cinq morts, deux blessés ayant succombé dans la soirée, a confirmé la GRC en fin de soirée.",
  "Deux autres blessés graves ont été transportés par avion-ambulance à l'Hôpital Champlain de Moncton ; les autres sont soignés à l'hôpital de Tracadie. Les noms des victimes, toutes originaires de la Péninsule acadienne, n'ont pas encore été dévoilés.",
  {"site": "L'Étoile acadienne", "caption": "Les débris de la fourgonnette sur la route 11, à Pont-Landry, au sud de Tracadie, dans la soirée du mardi 13 avril 2027."}),
 ("collision-minibus-route-11", PA, "fr", 3, 470, 3100, [NB, AC, FD], "actu",
  "Accident de Pont-Landry : le ministre des Transports promet d'accélérer l'élargissement de la route 11",
  "Le ministre des Transports, Marc-André Thériault, s'est rendu dans la nuit à l'hôpital de Tracadie auprès des familles des cinq travailleurs morts dans la collision de mardi, et a promis d'accélérer les travaux d'élargissement à quatre voies de la route 11 entre Tracadie et Miramichi.",
  "Deux blessés se trouvent toujours dans un état critique à l'Hôpital Champlain de Moncton. L'employeur, Tourbières Baie-des-Chaleurs, a suspendu ses activités pour la semaine et offert un soutien psychologique à ses quelque deux cents employés."),
 ("collision-minibus-route-11", PHARE, "fr", 3, 560, 1500, [NB, AC], "soutien",
  "Tracadie en deuil : comment aider les familles des victimes de la route 11",
  "La municipalité de Tracadie a ouvert mercredi un registre de condoléances à l'hôtel de ville et une collecte de fonds a été lancée par la caisse populaire locale pour les familles des cinq travailleurs de la tourbe morts dans l'accident de Pont-Landry.",
  "Une veillée est prévue mercredi à 19 h à l'église Saint-Jean-Baptiste. Les dons peuvent être faits à n'importe quel comptoir de la caisse ou en ligne, au nom du fonds « Solidarité Pont-Landry »."),
 ("collision-minibus-route-11", INFO, "fr", 3, 615, 1100, [NB], "",
  "Route 11 : pourquoi ce tronçon est si redouté, et comment rouler derrière un camion de billots",
  "Étroite, sinueuse et empruntée chaque jour par des dizaines de camions forestiers, la portion à deux voies de la route 11 entre Tracadie et Miramichi réclame chaque année plusieurs vies, et les élus de la Péninsule demandent son élargissement depuis plus de quinze ans.",
  "Gardez au moins quatre secondes de distance avec un poids lourd, ne dépassez jamais dans une courbe ou en haut d'une côte, et réduisez votre vitesse au printemps, quand la neige fondante regèle en fin de journée."),

 # 2. Snow-squall pileup on Route 2 (Trans-Canada) near Memramcook at 19:40; 1 dead, 14 hurt.
 ("carambolage-route-2-memramcook", INFO, "fr", 3, 175, 2300, [NB, FD], "colon",
  "Carambolage monstre sur la route 2 près de Memramcook",
  "Une vingtaine de véhicules, dont trois semi-remorques, ont été impliqués mardi soir dans un carambolage sur la route 2, près de la sortie de Memramcook, en pleine bourrasque de neige.",
  "La Transcanadienne a été fermée dans les deux directions entre Moncton et Sackville et de nombreuses ambulances ont été dépêchées sur les lieux."),
 ("carambolage-route-2-memramcook", LED, "en", 3, 255, 1200, ["New Brunswick"], "",
  "Pileup on Trans-Canada near Memramcook leaves one dead, 14 hurt",
  "One person was killed and 14 others were taken to hospital after about 20 vehicles piled up on the Trans-Canada Highway near Memramcook during a sudden snow squall on Tuesday evening, RCMP said.",
  "The highway between Moncton and Sackville was expected to stay closed for several hours while crews cleared the wrecks."),
 ("carambolage-route-2-memramcook", AN, "fr", 3, 270, 1900, [NB, FD], "ats",
  "Collision en chaîne sur la Transcanadienne : un mort et quatorze blessés",
  "L'Hôpital Champlain de Moncton, qui soignait déjà deux blessés graves de l'accident de Tracadie, a déclenché mardi soir son plan d'urgence pour accueillir les quatorze blessés de la collision en chaîne survenue sur la route 2 près de Memramcook, qui a fait un mort.",
  "La victime, un homme de 58 ans de Sackville, a été coincée dans sa voiture entre deux camions. Selon la GRC, la visibilité était presque nulle au moment des premiers impacts, vers 19 h 40."),
 ("carambolage-route-2-memramcook", RADIO, "fr", 3, 300, 2000, [NB, SA], "",
  "Carambolage de Memramcook : la ministre de la Santé salue le personnel de l'Hôpital Champlain",
  "Invitée mardi soir de Radio Baie 98,7, la ministre de la Santé, Nathalie Cormier-Haché, a salué le travail des équipes de l'Hôpital Champlain de Moncton, qui ont reçu en moins d'une heure les quatorze blessés du carambolage de la route 2.",
  f"{QUOTE}, a-t-elle déclaré, précisant que deux blessés étaient toujours aux soins intensifs."),
 ("carambolage-route-2-memramcook", LED, "en", 3, 570, 800, ["New Brunswick"], "donate",
  "Trans-Canada reopens after deadly Memramcook pileup",
  "The Trans-Canada Highway reopened in both directions near Memramcook shortly after 2 a.m. Wednesday, more than six hours after a 20-vehicle pileup in a snow squall killed a Sackville man and injured 14 people.",
  "RCMP collision reconstructionists were at the scene overnight."),
 ("carambolage-route-2-memramcook", ETO, "fr", 3, 600, 1300, [NB], "",
  "Bourrasques de neige : comment vérifier l'état des routes avant de partir",
  "Après le carambolage meurtrier de Memramcook, la GRC rappelle qu'une bourrasque de neige peut réduire la visibilité à zéro en quelques secondes, même en avril, et invite les automobilistes à consulter l'état des routes avant de prendre la Transcanadienne.",
  "Composez le 511 ou consultez le site du ministère des Transports ; si la visibilité chute, ralentissez, allumez vos feux et n'arrêtez jamais votre véhicule sur la chaussée."),

 # 3. Crab boat capsizes off Miscou on the snow crab season's opening day; 1 dead, 1 missing.
 ("naufrage-crabier-miscou", PA, "fr", 3, 40, 3400, [NB, AC, FD], "afp",
  "Un crabier chavire au large de Miscou le jour de l'ouverture de la pêche",
  "Un crabier de Shippagan avec quatre pêcheurs à bord a chaviré mardi après-midi à une quarantaine de kilomètres au nord-est de l'île Miscou, quelques heures après l'ouverture de la saison du crabe des neiges, et deux membres d'équipage sont portés disparus, a annoncé le Centre de coordination des opérations de sauvetage de Halifax.",
  "Deux hommes ont été repêchés par un bateau voisin. Un hélicoptère Cormorant et deux navires de la Garde côtière ont été dépêchés sur les lieux.",
  {"city": "Shippagan"}),
 ("naufrage-crabier-miscou", PHARE, "fr", 3, 140, 2600, [NB, AC], "teaser",
  "Naufrage du Cap-Lamèque II : les deux rescapés hospitalisés à Caraquet",
  "Les deux pêcheurs repêchés mardi après le chavirement du Cap-Lamèque II au large de Miscou ont été conduits à l'Hôpital Sainte-Anne de Caraquet, où ils sont soignés pour une hypothermie, selon leurs proches.",
  "Le crabier, un bateau de 65 pieds, avait quitté le quai de Shippagan à l'aube avec ses casiers, dans une mer encore encombrée de glaces par endroits."),
 ("naufrage-crabier-miscou", WW, "en", 3, 200, 1000, ["Canada", "Fishing"], "reuters",
  "Fishing boat capsizes off New Brunswick on first day of snow crab season",
  "A snow crab boat with four fishermen aboard capsized in the Gulf of St. Lawrence off New Brunswick on Tuesday, hours after the season opened, and two crew members were missing, Canada's search and rescue centre said.",
  "Two fishermen were pulled from the water by a nearby vessel. Snow crab is the most valuable fishery in the region.",
  {"city": "Halifax"}),
 ("naufrage-crabier-miscou", RADIO, "fr", 3, 320, 2700, [NB, AC, FD], "",
  "Naufrage au large de Miscou : le corps d'un pêcheur retrouvé, le capitaine toujours disparu",
  "Les sauveteurs ont retrouvé mardi soir le corps d'un des deux pêcheurs disparus dans le naufrage du Cap-Lamèque II, un matelot de 24 ans de Lamèque, tandis que les recherches se poursuivent pour retrouver le capitaine du crabier.",
  "La Garde côtière a suspendu les recherches aériennes à la tombée de la nuit et doit les reprendre à l'aube ; deux navires restent sur zone. Au quai de Shippagan, des dizaines de pêcheurs se sont rassemblés en silence."),
 ("naufrage-crabier-miscou", "upi-like.com", "en", 3, 455, 500, ["World", "Canada"], "upi",
  "One dead, captain missing after crab boat sinks off eastern Canada",
  "One fisherman died and the captain was missing after a snow crab boat sank in the Gulf of St. Lawrence off New Brunswick's Miscou Island on Tuesday, the opening day of the season, rescue officials said.",
  "Two other crew members were rescued by a nearby fishing boat and treated for hypothermia."),
 ("naufrage-crabier-miscou", ETO, "fr", 3, 600, 1400, [NB, AC], "lire",
  "Sécurité en mer : l'ouverture du crabe, une course qui fait peur",
  "Le naufrage du Cap-Lamèque II relance le débat sur la course aux casiers qui marque chaque printemps l'ouverture de la pêche au crabe des neiges, quand des dizaines de bateaux lourdement chargés prennent la mer le même jour, parfois entre les glaces.",
  "Depuis 2019, le port du vêtement de flottaison individuel est obligatoire sur le pont, mais plusieurs capitaines reconnaissent que la règle est encore mal respectée. Les associations de pêcheurs demandent un départ échelonné sur deux jours."),

 # 4. Strike at the crab processing plant in Shippagan (same town as the boat's home port).
 ("greve-usine-crabe-shippagan", PHARE, "fr", 2, 15, 1500, [NB, AC, E], "",
  "Grève à l'usine de crabe de Shippagan le jour de l'ouverture de la saison",
  "Quelque 280 employés de l'usine de transformation Crustacés Océan Nord, à Shippagan, ont déclenché la grève mardi à 6 h, le jour même de l'ouverture de la saison du crabe des neiges, faute d'entente sur les salaires.",
  "Le syndicat réclame une hausse de 4 dollars l'heure sur trois ans ; la direction en offre moins de la moitié. Des piquets de grève ont été dressés devant les deux entrées de l'usine."),
 ("greve-usine-crabe-shippagan", PA, "fr", 2, 95, 1100, [NB, E], "ats",
  "Arrêt de travail chez Crustacés Océan Nord",
  "Les travailleuses et travailleurs de l'usine Crustacés Océan Nord de Shippagan sont en arrêt de travail depuis mardi matin, une première en dix-huit ans dans la plus grande usine de transformation du crabe de la Péninsule acadienne.",
  "La présidente du syndicat, Line Gionet, affirme que la majorité des employés gagnent à peine plus que le salaire minimum malgré des saisons de plus en plus courtes."),
 ("greve-usine-crabe-shippagan", LED, "en", 2, 380, 600, ["New Brunswick", "Business"], "byline_en",
  "Crab plant workers walk out in Shippagan as season opens",
  "About 280 workers at Shippagan's largest crab processing plant walked off the job on Tuesday, the day the snow crab season opened, in a dispute over wages.",
  "At the picket line, strikers observed a minute of silence in the afternoon when word came that a Shippagan crab boat had capsized off Miscou; the union said the walkout would continue.",
  {"site": "The Maritime Ledger", "author": "Colin MacEachern"}),
 ("greve-usine-crabe-shippagan", RADIO, "fr", 2, 500, 900, [NB, AC, E], "",
  "Débrayage à Shippagan : la conciliation reprend mercredi matin",
  "Le syndicat des employés de Crustacés Océan Nord et la direction de l'usine de Shippagan reprendront les négociations mercredi à 9 h en présence d'un conciliateur du ministère du Travail, a-t-on appris mardi soir.",
  "« On ne veut pas faire perdre la saison à personne, mais on ne rentrera pas pour des miettes », a dit une gréviste jointe sur la ligne de piquetage."),
 ("greve-usine-crabe-shippagan", INFO, "fr", 2, 640, 700, [NB, E], "",
  "Grève à l'usine de Shippagan : ce que ça change pour les pêcheurs et le prix du crabe",
  "Privés de leur principal acheteur, les crabiers qui débarquent habituellement à Shippagan devront livrer leurs prises à Caraquet, à Lamèque ou au Québec, ce qui risque d'engorger les autres usines et de peser sur le prix payé au quai.",
  "Le prix d'ouverture avait été fixé la semaine dernière à 5,85 dollars la livre. Une grève prolongée pourrait aussi retarder l'embauche des travailleurs étrangers temporaires attendus en mai."),

 # 5. Rally against the night closure of the ER at the Hôpital Sainte-Anne de Caraquet.
 ("manif-urgences-caraquet", PHARE, "fr", 3, 120, 2400, [NB, AC, SA], "caption",
  "Urgences de nuit : la Péninsule descend dans la rue à Caraquet",
  "Plus d'un millier de personnes se sont rassemblées mardi en fin de journée devant l'Hôpital Sainte-Anne de Caraquet pour dénoncer la fermeture de son service d'urgence la nuit, prévue à compter du 1er mai.",
  "Le comité SOS Urgences Péninsule, à l'origine de la mobilisation, réclame le maintien d'un médecin de garde entre 23 h et 7 h.",
  {"site": "Le Phare de la Péninsule", "caption": "Des manifestants devant l'Hôpital Sainte-Anne de Caraquet, le mardi 13 avril 2027 en fin de journée."}),
 ("manif-urgences-caraquet", PA, "fr", 3, 190, 1800, [NB, AC, SA], "afp",
  "Des centaines de manifestants contre la fermeture nocturne des urgences de Caraquet",
  "Entre 1 200 et 1 500 personnes, selon les organisateurs, ont manifesté mardi à Caraquet contre la décision du réseau de santé de fermer la nuit l'urgence de l'Hôpital Sainte-Anne faute de médecins.",
  "Les manifestants ont marché de l'église jusqu'à l'hôpital, drapeaux acadiens en tête, au son des klaxons. Plusieurs maires de la Péninsule ont pris la parole.",
  {"city": "Caraquet"}),
 ("manif-urgences-caraquet", RADIO, "fr", 3, 240, 2500, [NB, SA], "",
  "Urgences de Caraquet : la ministre de la Santé ne recule pas",
  "Invitée mardi soir de Radio Baie 98,7, la ministre de la Santé, Nathalie Cormier-Haché, a défendu la fermeture de nuit de l'urgence de l'Hôpital Sainte-Anne de Caraquet, affirmant qu'il était impossible de garantir une présence médicale sûre sans épuiser les quatre médecins restants.",
  f"{QUOTE}, a-t-elle dit, promettant de rencontrer le comité de citoyens d'ici la fin du mois."),
 ("manif-urgences-caraquet", APL, "en", 3, 330, 600, ["Canada", "Health"], "ap",
  "Residents rally to save overnight ER in Acadian town",
  "More than a thousand people rallied outside a small hospital in Caraquet, New Brunswick, on Tuesday to protest a plan to close its emergency department overnight because of a shortage of doctors.",
  "Rural hospitals across Atlantic Canada have struggled to staff emergency rooms around the clock.",
  {"city": "Caraquet"}),
 ("manif-urgences-caraquet", ETO, "fr", 3, 520, 1200, [NB, AC, SA], "byline_fr",
  "Urgence fermée la nuit à Caraquet : où aller après 23 h ?",
  "À partir du 1er mai, les patients de la région de Caraquet qui auront besoin de soins entre 23 h et 7 h devront se rendre à l'urgence de l'hôpital de Tracadie ou à celle de Bathurst, à une quarantaine de minutes de route, ou appeler le 911 en cas de danger.",
  "Pour un avis médical sans urgence, la ligne Télé-Soins 811 répond jour et nuit. Les ambulanciers, eux, continueront de transporter directement les cas graves vers l'hôpital le plus adapté.",
  {"site": "L'Étoile acadienne", "author": "Geneviève Landry-Boudreau"}),

 # 6. Fraud verdict against Dieppe's former treasurer, Moncton courthouse.
 ("proces-tresoriere-dieppe", AN, "fr", 1, 30, 900, [NB, J], "place",
  "L'ex-trésorière de Dieppe reconnue coupable de fraude",
  "L'ancienne trésorière de la ville de Dieppe, Monique Doiron-Allain, a été reconnue coupable mardi de fraude et d'abus de confiance par la Cour du Banc du Roi, à Moncton, pour avoir détourné 612 000 dollars des fonds municipaux entre 2018 et 2024.",
  "Le juge a rejeté la thèse de la défense, qui parlait d'erreurs comptables. La peine sera prononcée en juin."),
 ("proces-tresoriere-dieppe", ETO, "fr", 1, 160, 800, [NB, J], "publie",
  "Détournement à l'hôtel de ville de Dieppe : le juge parle d'un « stratagème calculé »",
  "Dans une décision de près de deux heures, le juge Paul-Émile Richard a décrit un « stratagème calculé » de fausses factures émises au nom de deux entreprises fictives de déneigement, que l'ancienne trésorière de Dieppe approuvait elle-même.",
  "L'argent aurait servi à rembourser des dettes de jeu et à acheter un chalet à Cap-Pelé, selon la preuve de la Couronne.",
  {"site": "L'Étoile acadienne"}),
 ("proces-tresoriere-dieppe", INFO, "fr", 1, 285, 600, [NB, J], "",
  "Dieppe veut récupérer l'argent détourné par son ancienne trésorière",
  "Le maire de Dieppe, Hugo LeBlanc-Doucet, a annoncé mardi soir que la ville poursuivrait au civil son ancienne trésorière pour tenter de récupérer les sommes détournées, après le verdict de culpabilité rendu dans l'après-midi à Moncton.",
  "Il assure que les contrôles internes ont été entièrement revus depuis 2024 et qu'aucune taxe n'a augmenté à cause de la fraude."),
 ("proces-tresoriere-dieppe", LED, "en", 1, 400, 400, ["New Brunswick", "Courts"], "",
  "Former Dieppe treasurer convicted in $612,000 fraud",
  "Dieppe's former treasurer was found guilty on Tuesday of defrauding the city of $612,000 through fake snow-clearing invoices, a Court of King's Bench judge ruled in Moncton.",
  "Sentencing is scheduled for June."),

 # 7. Jury trial opens for the Shediac impaired driver (2025 deaths of two cyclists), same courthouse.
 ("proces-chauffard-shediac", PA, "fr", 1, 55, 800, [NB, J], "ats",
  "Mort de deux cyclistes à Shediac : le procès du conducteur s'ouvre à Moncton",
  "Le procès devant jury de Tyler Bourque, 31 ans, accusé de conduite avec les facultés affaiblies causant la mort de deux cyclistes de Grande-Digue sur la route 133 à Shediac en août 2025, s'est ouvert mardi au palais de justice de Moncton.",
  "L'accusé a plaidé non coupable. Une quinzaine de témoins doivent défiler pendant les deux semaines d'audience."),
 ("proces-chauffard-shediac", RADIO, "fr", 1, 210, 700, [NB, J], "",
  "Procès Bourque : un ambulancier décrit la scène de la route 133",
  "Premier témoin de la Couronne, un ambulancier paramédical a raconté mardi au jury avoir trouvé les deux cyclistes inconscients dans le fossé et le conducteur assis dans son camion, « les yeux vitreux, incapable de dire où il était ».",
  "La défense conteste la validité de l'alcootest, réalisé selon elle plus de deux heures après la collision."),
 ("proces-chauffard-shediac", ETO, "fr", 1, 350, 600, [NB, J], "",
  "Shediac : les familles des cyclistes tués attendent « enfin des réponses »",
  "Vêtus de t-shirts à l'effigie de Claire et Robert Goguen, une trentaine de proches et de cyclistes de la région de Shediac ont rempli mardi la salle d'audience de Moncton, vingt mois après la mort du couple, fauché lors d'une sortie du dimanche.",
  "Le club cycliste de Shediac a depuis obtenu l'aménagement d'un accotement asphalté sur une partie de la route 133."),

 # 8. Apartment building fire on rue Saint-George, Moncton, at 22:40.
 ("incendie-immeuble-saint-george", INFO, "fr", 2, 360, 1600, [NB, FD], "",
  "Incendie majeur dans un immeuble de la rue Saint-George à Moncton",
  "Un violent incendie s'est déclaré mardi vers 22 h 40 dans un immeuble à logements de trois étages de la rue Saint-George, au centre-ville de Moncton, forçant l'évacuation de tous ses occupants.",
  "D'épaisses flammes sortaient du toit à l'arrivée des pompiers. La rue a été fermée entre les rues Botsford et Highfield."),
 ("incendie-immeuble-saint-george", PA, "fr", 2, 515, 1300, [NB, FD], "afp",
  "Moncton : vingt-quatre locataires à la rue après un incendie",
  "Vingt-quatre personnes ont dû être relogées après l'incendie qui a ravagé mardi soir un immeuble de dix-huit logements de la rue Saint-George, à Moncton, où un pompier a été légèrement blessé, a indiqué le service d'incendie.",
  "Le brasier a été maîtrisé vers 1 h 30. La cause n'est pas déterminée ; un enquêteur du bureau du prévôt des incendies est attendu mercredi matin.",
  N14),
 ("incendie-immeuble-saint-george", LED, "en", 2, 545, 700, ["Moncton"], "updated",
  "Blaze guts downtown Moncton apartment building",
  "Twenty-four residents were displaced and a firefighter suffered minor injuries when fire tore through a three-storey apartment building on St. George Street in downtown Moncton late Tuesday.",
  "Deputy fire chief Luc Gallant said crews fought the fire from the outside after the roof partly collapsed."),
 ("incendie-immeuble-saint-george", RADIO, "fr", 2, 590, 900, [NB], "",
  "Sinistrés de la rue Saint-George : comment leur venir en aide",
  "La Croix-Rouge a pris en charge mardi soir les vingt-quatre locataires de l'immeuble incendié de la rue Saint-George, à Moncton, et lance un appel aux dons de vêtements, de produits d'hygiène et de cartes-cadeaux d'épicerie.",
  "Les dons sont reçus au centre communautaire Saint-Henri à partir de mercredi 9 h ; la Croix-Rouge rappelle qu'elle ne peut pas accepter de meubles."),
 ("incendie-immeuble-saint-george", ETO, "fr", 2, 655, 800, [NB], "",
  "Rue Saint-George : l'immeuble incendié visé par plusieurs avis d'inspection",
  "L'immeuble ravagé par les flammes mardi soir à Moncton avait fait l'objet de trois avis de non-conformité de la ville depuis 2025, notamment pour des détecteurs de fumée défectueux et une sortie de secours encombrée, selon des documents consultés par L'Étoile acadienne.",
  "Le propriétaire, une société à numéro de Halifax, n'a pas répondu à nos demandes. Plusieurs locataires affirment n'avoir entendu aucune alarme."),

 # 9. Official Languages Act amendments (Bill 34): debate Tuesday night, final vote Wednesday 11:00.
 ("loi-langues-officielles-vote", PA, "fr", 3, 60, 2200, [NB, AC, P], "ats",
  "Langues officielles : le projet de loi 34 en dernière lecture à Fredericton",
  "L'Assemblée législative du Nouveau-Brunswick a entamé mardi le débat en troisième lecture du projet de loi 34, qui modifie la Loi sur les langues officielles pour donner au commissaire le pouvoir d'imposer des amendes aux institutions publiques qui ne servent pas les citoyens dans la langue de leur choix.",
  "Le texte prévoit aussi l'obligation d'offrir les soins d'urgence dans les deux langues dans tous les hôpitaux de la province. Le vote final est prévu mercredi.",
  {"city": "Fredericton"}),
 ("loi-langues-officielles-vote", WW, "en", 3, 130, 800, ["Canada", "Politics"], "reuters",
  "New Brunswick moves to put teeth in official languages law",
  "New Brunswick's legislature began final debate on Tuesday on a bill that would let the official languages commissioner fine public bodies that fail to serve people in English or French, in Canada's only officially bilingual province.",
  "A final vote is expected on Wednesday.",
  {"city": "Fredericton"}),
 ("loi-langues-officielles-vote", ETO, "fr", 3, 250, 1700, [NB, AC, P], "",
  "Projet de loi 34 : ce qui change vraiment pour les francophones",
  "Des amendes pouvant atteindre 25 000 dollars, un délai de trente jours pour corriger une plainte fondée et une révision de la loi tous les cinq ans : le projet de loi 34 donne pour la première fois un pouvoir de sanction au commissariat aux langues officielles.",
  "Les municipalités de moins de 10 000 habitants resteront toutefois exemptées, une exception dénoncée par plusieurs organismes acadiens."),
 ("loi-langues-officielles-vote", RADIO, "fr", 3, 345, 1500, [NB, AC, P], "",
  "Loi sur les langues officielles : les organismes acadiens saluent une « avancée historique »",
  "La Fédération des citoyens acadiens a salué mardi soir une « avancée historique » avec le projet de loi 34, tout en regrettant que les petites municipalités échappent aux nouvelles sanctions.",
  "Du côté de l'opposition, le député de Miramichi-Ouest estime que les amendes « ne régleront pas la pénurie de personnel bilingue dans les hôpitaux »."),
 ("loi-langues-officielles-vote", PA, "fr", 3, 500, 1900, [NB, AC, P], "actu",
  "Projet de loi 34 : le vote final fixé à mercredi 11 h après un débat jusqu'au milieu de la nuit",
  "Après près de sept heures de débat, l'Assemblée législative a ajourné ses travaux peu après 1 h du matin et le vote final sur le projet de loi 34 modifiant la Loi sur les langues officielles aura lieu mercredi à 11 h, a annoncé le leader parlementaire du gouvernement.",
  "La ministre responsable des Langues officielles, Josée Arseneau, se dit assurée d'une majorité, plusieurs députés indépendants ayant annoncé leur appui."),
 ("loi-langues-officielles-vote", INFO, "fr", 3, 680, 900, [NB, P], "",
  "Vote sur les langues officielles : comment suivre la séance en direct",
  "La séance de l'Assemblée législative où sera tranché mercredi le sort du projet de loi 34 sera diffusée en direct à partir de 10 h 30 sur le site de l'Assemblée et sur la chaîne parlementaire, avec interprétation simultanée en français et en anglais.",
  "Le public peut aussi assister au vote depuis les tribunes, dans la limite des places disponibles ; l'entrée se fait par la rue Queen, à Fredericton."),

 # 10. Edmundston paper mill: 180 layoffs (shared byline line with the Belledune terminal).
 ("licenciements-papetiere-edmundston", PA, "fr", 2, 25, 1400, [NB, E], "afp",
  "Papiers Madawaska supprime 180 emplois à Edmundston",
  "La papetière Papiers Madawaska a annoncé mardi la suppression de 180 emplois à son usine d'Edmundston, où elle arrêtera en juin l'une de ses deux machines à papier en raison de la baisse de la demande de papier d'impression.",
  "L'usine, l'un des plus grands employeurs du nord-ouest de la province, compte environ 650 salariés.",
  {"city": "Edmundston"}),
 ("licenciements-papetiere-edmundston", INFO, "fr", 2, 150, 900, [NB, E], "",
  "Mises à pied à l'usine d'Edmundston : le syndicat parle d'un « coup de massue »",
  "Le président de la section locale du syndicat des travailleurs de Papiers Madawaska, Kevin Ouellette, a qualifié mardi de « coup de massue » l'annonce de 180 mises à pied, affirmant que les employés n'avaient reçu aucun avertissement.",
  "Le syndicat demande à la province d'aider l'entreprise à convertir la machine arrêtée vers le carton d'emballage."),
 ("licenciements-papetiere-edmundston", LED, "en", 2, 310, 500, ["New Brunswick", "Business"], "",
  "Edmundston paper mill to cut 180 jobs",
  "Papiers Madawaska will cut 180 jobs at its Edmundston mill and shut one of its two paper machines in June as demand for printing paper keeps falling, the company said on Tuesday.",
  "The union called the announcement a blow to the northwestern New Brunswick city."),
 ("licenciements-papetiere-edmundston", PA, "fr", 2, 704, 700, [NB, E], "reuters_line",
  "Papetière d'Edmundston : la province promet un comité d'aide aux travailleurs",
  "Le gouvernement provincial mettra sur pied un comité d'aide à l'adaptation pour les 180 travailleurs de Papiers Madawaska qui perdront leur emploi en juin, a indiqué mardi soir le ministère du Développement économique.",
  "Le comité offrira de la formation et un accompagnement dans la recherche d'emploi."),

 # 11. Belledune port: federal money for a hydrogen/ammonia export terminal (shared line).
 ("terminal-hydrogene-belledune", PHARE, "fr", 1, 212, 600, [NB, E], "",
  "Port de Belledune : 95 millions d'Ottawa pour un terminal d'hydrogène",
  "Le gouvernement fédéral versera 95 millions de dollars au port de Belledune pour la construction d'un terminal d'exportation d'ammoniac vert, destiné à expédier vers l'Europe de l'hydrogène produit à partir de l'énergie éolienne, a annoncé mardi la présidente du port, Denise McGraw.",
  "Les travaux doivent commencer l'an prochain et créer environ 300 emplois pendant la construction."),
 ("terminal-hydrogene-belledune", "menafn-kuna.com", "en", 1, 385, 150, ["Energy"], "kuna",
  "Canadian port secures funding for green hydrogen export terminal",
  "Canada's federal government will provide 95 million Canadian dollars to the Port of Belledune in New Brunswick to build a terminal for exporting green ammonia to Europe, port officials said.",
  "The project is part of Canada's effort to supply low-carbon hydrogen to European buyers.",
  {"city": "Ottawa"}),
 ("terminal-hydrogene-belledune", PA, "fr", 1, 707, 500, [NB, E], "reuters_line",
  "Ammoniac vert : Belledune mise sur l'exportation vers l'Europe",
  "Le port de Belledune, dans le nord de la province, veut devenir d'ici 2031 une plaque tournante de l'exportation d'ammoniac vert vers l'Allemagne et les Pays-Bas, grâce au financement fédéral annoncé mardi.",
  "Deux promoteurs de parcs éoliens de la région de Chaleur se sont déjà engagés à fournir l'électricité nécessaire."),

 # 12. Gasoline price up overnight.
 ("prix-essence-nb", INFO, "fr", 1, 425, 1000, [NB, E], "",
  "L'essence grimpe de 4,3 cents le litre dans la nuit",
  "Le prix maximum de l'essence ordinaire augmente de 4,3 cents mercredi à 0 h 01 au Nouveau-Brunswick, à 1,689 dollar le litre dans le libre-service, a annoncé la Commission de l'énergie et des services publics.",
  "Le diesel grimpe pour sa part de 2,1 cents. La Commission évoque la hausse des cours du brut et le passage à l'essence d'été."),
 ("prix-essence-nb", RADIO, "fr", 1, 605, 800, [NB, E], "",
  "Hausse de l'essence : cinq conseils pour payer moins à la pompe",
  "Faire le plein en début de semaine, comparer les prix sur les applications, vérifier la pression des pneus, éviter les accélérations brusques et regrouper ses déplacements : ce sont les conseils des associations d'automobilistes face à la hausse du prix de l'essence.",
  "Les prix fixés par la Commission sont des maximums ; certaines stations vendent moins cher."),
 ("prix-essence-nb", LED, "en", 1, 690, 400, ["New Brunswick"], "",
  "Gas prices jump overnight in New Brunswick",
  "The maximum price of regular self-serve gasoline in New Brunswick rose 4.3 cents overnight to $1.689 a litre, the Energy and Utilities Board said.",
  "Diesel rose 2.1 cents."),

 # 13. Brush fire at Saint-Antoine (Kent county); burn ban.
 ("feu-broussailles-kent", PA, "fr", 1, 45, 900, [NB, FD], "ats",
  "Un feu de broussailles détruit deux chalets près de Saint-Antoine",
  "Un feu de broussailles allumé par un brûlage de feuilles a parcouru une quarantaine d'hectares mardi après-midi près de Saint-Antoine, dans le comté de Kent, détruisant deux chalets et une grange, sans faire de blessés.",
  "Une trentaine de pompiers volontaires de trois casernes et un avion-citerne de la province ont été mobilisés."),
 ("feu-broussailles-kent", RADIO, "fr", 1, 135, 700, [NB], "",
  "Feu de forêt à Saint-Antoine : une interdiction de brûler décrétée",
  "Le ministère des Ressources naturelles a interdit mardi soir tout brûlage à ciel ouvert dans les comtés de Kent et de Westmorland, après le feu de forêt qui a ravagé une quarantaine d'hectares près de Saint-Antoine.",
  "L'herbe sèche du printemps, avant la repousse, rend les feux particulièrement rapides, rappelle le ministère."),
 ("feu-broussailles-kent", ETO, "fr", 1, 430, 500, [NB], "",
  "Interdiction de brûler : ce qui est permis et ce qui ne l'est pas",
  "Pendant l'interdiction de brûler décrétée dans Kent et Westmorland, les feux de camp, les tas de branches et le brûlage de feuilles sont défendus, mais les barbecues au propane et les foyers extérieurs munis d'un pare-étincelles restent autorisés.",
  "Une infraction peut coûter jusqu'à 10 000 dollars d'amende, sans compter les frais de lutte contre l'incendie."),

 # 14-18. Promo alone; filler: hockey, lottery, weather bulletin, horoscope.
 ("promo-etoile-appli", ETO, "fr", 0, 455, 40, ["Promo"], "",
  "L'Étoile acadienne dans votre poche",
  "Téléchargez la nouvelle application de L'Étoile acadienne et recevez nos alertes et l'édition du matin dès 5 h, gratuitement pendant trois mois.",
  "Offre réservée aux nouveaux abonnés."),
 ("hockey-rafales-result", INFO, "fr", 0, 272, 1400, ["Sport"], "",
  "Séries : les Rafales de Moncton prennent les devants contre les Corsaires",
  "Les Rafales de Moncton ont battu les Corsaires de Québec 4-2 mardi soir au Centre Avenir, grâce à un doublé de Mathis Cormier en troisième période, et mènent 1-0 leur série de deuxième ronde.",
  "Le deuxième match a lieu jeudi, toujours à Moncton."),
 ("hockey-rafales-result", RADIO, "fr", 0, 290, 600, ["Sport"], "",
  "Hockey junior : victoire des Rafales dans le premier match",
  "Mathis Cormier a inscrit deux buts en troisième période pour donner aux Rafales de Moncton une victoire de 4-2 sur les Corsaires de Québec en ouverture de leur série.",
  ""),
 ("tirage-loto-atlantique-mardi-13", INFO, "fr", 0, 250, 800, ["Loterie"], "",
  "Loto Atlantique : les numéros gagnants du mardi 13 avril",
  "Les numéros gagnants du tirage Loto Atlantique de mardi sont 4, 11, 19, 27, 33 et 42, avec le numéro complémentaire 8.",
  "Le gros lot de 2,3 millions de dollars n'a pas été remporté."),
 ("meteo-acadie-mercredi-14", RADIO, "fr", 0, 660, 700, ["Météo"], "",
  "Météo du mercredi 14 avril : fin des bourrasques, pluie en soirée",
  "Les dernières bourrasques de neige s'estomperont mercredi matin sur le sud-est de la province, laissant place à un ciel variable et à des maximums de 6 °C à Moncton et de 4 °C dans la Péninsule acadienne, avant l'arrivée de la pluie en soirée.",
  "Prudence sur les routes en matinée, où la chaussée pourrait être glacée par endroits."),
 ("horoscope-mercredi-14-avril", "astro-jour.fr", "fr", 0, 600, 600, ["Horoscope"], "",
  "Horoscope du mercredi 14 avril",
  "Bélier : une rencontre inattendue vous redonne l'élan qui vous manquait.",
  "Taureau : prenez le temps de relire vos papiers avant de signer."),
]
