# Day 76 (hold-out): a Mauritanian French channel, morning edition of Wednesday 9 June 2027
# (window 17:00 Tuesday - 05:00 Wednesday Nouakchott, Africa/Nouakchott = UTC+0). Gold answer
# written before any run: each post's story, its lede (the true first sentence) and the TOP5 below.
# Every story, person and outlet is invented.
#
# Traps:
# - one radio interview, two stories, same quote: the Minister of Fisheries and the Maritime
#   Economy, Sidi Mohamed Ould Bekaye, on Radio Chinguetti FM on Tuesday evening, about the
#   seamen's strike in the port of Nouadhibou (post 17) and about the suspension of three fishmeal
#   factories in Nouadhibou (post 21), both carrying « L'État ne laissera personne prendre en otage
#   la mer et ceux qui en vivent »;
# - a shared wire byline line ("Agence Atlantique Info | Mis à jour : 09-06-2027 04:41"): the SNIM
#   iron-ore export record (post 47) and the SOMELEC electricity tariff grid (post 50), three
#   minutes apart;
# - the same town, Nouadhibou: the seamen's strike, the fishmeal factories, the unemployed
#   graduates' march to the wilaya, the minibus accident on the Cansado road, the migrants'
#   pirogue landed at the port, the SNIM ore shipped from the mineral port, the football winner;
#   the same official (the wali of Dakhlet Nouadhibou, Cheikh Ould Mahfoudh) speaks about the
#   strike and about the march; the same hospital twice: the Centre hospitalier de Nouadhibou takes
#   the minibus injured AND the marchers hurt by tear gas; the Centre hospitalier national (CHN) of
#   Nouakchott takes the worst injured of the Boutilimit crash AND performs the first angioplasties
#   (post 43's lede is about the cath lab, its rest mentions the crash injured);
# - look-alike stories: two road accidents (the coach near Boutilimit, 9 -> 14 dead; the minibus
#   near Cansado, 3 dead); two trials at the same Nouakchott-Ouest court on the same Tuesday (the
#   borehole embezzlement: requisitions; the fake driving licences: verdict; the crash posts speak
#   of the coach driver's licence); a strike and a demonstration in the same town on the same
#   day, both with the wali; two tolls that rise overnight (crash, pirogue); the sand storm
#   (a story) and the weather bulletin (filler) both about dust and wind;
# - other angles still in the story: the crash explainer and travellers' "how to" (post 6), the
#   families at the CHN (post 7), what the strike means for the fish market (post 16), the
#   residents' reaction to the factories (post 22), the graduates' side (post 25), the
#   decentralisation explainer (post 33) and regional presidents' reaction (post 34), what to do
#   with a licence from a school named at the trial (post 40), how to protect yourself from the
#   dust (post 54), how to read your electricity bill (post 49), how to get the measles vaccine
#   (post 57);
# - synonyms across outlets: "car", "autocar", "bus", "coach"; "grève", "débrayage", "arrêt de
#   travail", "walkout"; "tempête de sable", "vent de sable", "brume sèche", "dust storm";
#   "pirogue", "embarcation", "boat"; "usines de farine de poisson", "fabriques de farine",
#   "fishmeal plants";
# - a promo posted alone (post 58); filler of importance 0: football result (posts 59-60), weather
#   bulletin (post 61), horoscope (post 62).
NAME = "2027-06-09-fr-matin-nouakchott-h76"
CHANNEL = {"lang": "fr", "tz": "Africa/Nouakchott"}
WINDOW = ("2027-06-08T17:00:00Z", "2027-06-09T05:00:00Z")
CTX = {"stamp": "09-06-2027 04:41", "line": "Agence Atlantique Info | Mis à jour : 09-06-2027 04:41",
       "city": "Nouakchott", "date_fr": "8 juin", "date_en": "Jun 8",
       "author": "Mariem Mint Abdallahi", "clarify": "the number of people killed",
       "caption": "", "also": "notre dossier", "country": "Mauritanie"}
# The editor's top 5: the coach crash near Boutilimit, the migrants' pirogue off Cap Blanc, the
# seamen's strike in Nouadhibou, the decentralisation vote, the graduates' march in Nouadhibou.
TOP5 = ["collision-bus-route-espoir-boutilimit", "pirogue-migrants-cap-blanc",
        "greve-marins-peche-nouadhibou", "loi-decentralisation-vote-an",
        "manif-diplomes-chomeurs-nouadhibou"]
MR = "Mauritanie"
E = "Économie"
SA = "Santé"
J = "Justice"
FD = "Faits divers"
P = "Politique"
SO = "Société"
AAI = "agence-atlantique-info.mr"
AAIEN = "en.agence-atlantique-info.mr"
QN = "quotidien-nouakchott.mr"
PHARE = "phare-du-sahara.mr"
NDB = "nouadhibou-info.mr"
RADIO = "radio-chinguetti-fm.mr"
ACTU = "sahara-actu.net"
WW = "wire-west.com"
APL = "ap-like.com"
MEN = "menafn-like.com"
UPI = "upi-like.com"
LED = "atlantic-ledger.com"
N9 = {"date_fr": "9 juin", "date_en": "Jun 9"}
QUOTE = "« L'État ne laissera personne prendre en otage la mer et ceux qui en vivent »"
POSTS = [
 # 1. Coach-truck collision on the Route de l'Espoir near Boutilimit at 18:20; 9 -> 14 dead.
 ("collision-bus-route-espoir-boutilimit", AAI, "fr", 3, 112, 3600, [MR, FD], "afp",
  "Au moins neuf morts dans une collision entre un car et un camion près de Boutilimit",
  "Au moins neuf personnes ont été tuées et vingt-trois blessées mardi soir dans la collision entre un car de voyageurs et un camion-citerne sur la route de l'Espoir, à une trentaine de kilomètres à l'est de Boutilimit, a-t-on appris auprès de la gendarmerie nationale.",
  "Le choc s'est produit vers 18 h 20 près du village d'Elb Jmel. Le car, de la compagnie Al Amane Voyages, avait quitté Nouakchott dans l'après-midi pour Kiffa avec une cinquantaine de passagers."),
 ("collision-bus-route-espoir-boutilimit", RADIO, "fr", 3, 168, 2200, [MR], "",
  "Drame d'Elb Jmel : des rescapés racontent le dépassement fatal",
  "Plusieurs rescapés joints mardi soir par Radio Chinguetti affirment que le chauffeur de l'autocar a voulu doubler un camion de bétail au sommet d'une dune, au moment où la citerne arrivait en face.",
  "« J'ai vu les phares, puis plus rien », témoigne une enseignante qui rentrait à Aleg pour les vacances. Le chauffeur du car figure parmi les morts ; la compagnie assure qu'il était titulaire d'un permis poids lourd en règle."),
 ("collision-bus-route-espoir-boutilimit", WW, "en", 3, 236, 900, ["Africa", "Mauritania"], "reuters",
  "Bus crash kills at least 11 on Mauritania's main inland highway",
  "At least 11 people were killed when a passenger bus collided with a fuel tanker on Tuesday evening on the Route de l'Espoir, the highway linking Mauritania's capital to the east of the country, gendarmerie officials said.",
  "The crash happened near the town of Boutilimit, about 150 km (95 miles) southeast of Nouakchott. Road accidents kill hundreds of people in Mauritania every year.",
  {"city": "Nouakchott"}),
 ("collision-bus-route-espoir-boutilimit", QN, "fr", 3, 455, 2900, [MR, FD], "caption",
  "Collision de Boutilimit : le bilan s'alourdit à quatorze morts",
  "Le bilan de la collision survenue mardi soir entre un bus et une citerne sur la route de l'Espoir est passé à quatorze morts, cinq blessés graves ayant succombé dans la nuit, a indiqué dans la nuit le wali du Trarza, Ahmed Salem Ould Dah.",
  "Onze blessés ont été évacués par ambulance vers le Centre hospitalier national de Nouakchott, les autres sont soignés au centre de santé de Boutilimit.",
  {"site": "Le Quotidien de Nouakchott", "caption": "Les carcasses du car et de la citerne sur la route de l'Espoir, près d'Elb Jmel, dans la nuit du mardi 8 au mercredi 9 juin 2027.", **N9}),
 ("collision-bus-route-espoir-boutilimit", AAI, "fr", 3, 540, 3100, [MR, FD], "actu",
  "Route de l'Espoir : quatorze morts, le ministre des Transports suspend la compagnie",
  "Le ministre de l'Équipement et des Transports a suspendu dans la nuit de mardi à mercredi, à titre conservatoire, la compagnie Al Amane Voyages, dont un autocar a percuté un camion-citerne mardi soir près de Boutilimit, faisant quatorze morts.",
  "Il a annoncé des contrôles de vitesse et de temps de conduite sur les cars interurbains au départ de la gare routière de Nouakchott dès ce mercredi."),
 ("collision-bus-route-espoir-boutilimit", ACTU, "fr", 3, 610, 1300, [MR], "lire",
  "Pourquoi la route de l'Espoir tue autant, et comment voyager plus sûrement",
  "Étroite, bordée de dunes qui avancent sur la chaussée et parcourue jour et nuit par des citernes et des camions de bétail, la route de l'Espoir, qui relie Nouakchott à Néma sur plus de mille kilomètres, est la plus meurtrière du pays.",
  "Avant de monter dans un car, vérifiez l'autorisation de transport affichée dans la gare routière, évitez les départs de nuit et signalez à la gendarmerie tout chauffeur qui roule trop vite : les postes de contrôle de Ouad Naga et de Boutilimit relèvent les plaques.",
  {"also": "Collision de Boutilimit : le bilan s'alourdit", **N9}),
 ("collision-bus-route-espoir-boutilimit", PHARE, "fr", 3, 655, 1500, [MR, SO], "",
  "Au CHN, l'attente angoissée des familles des blessés d'Elb Jmel",
  "Des dizaines de proches ont passé la nuit dans la cour du Centre hospitalier national de Nouakchott, où ont été admis onze blessés de l'accident d'autocar de la route de l'Espoir.",
  "« On nous dit d'attendre le médecin de garde, mon frère est au bloc depuis minuit », confie un commerçant venu d'Arafat. L'hôpital a lancé un appel aux donneurs de sang.",
  N9),

 # 2. Migrants' pirogue intercepted off Cap Blanc; 5 -> 8 dead; survivors landed at Nouadhibou.
 ("pirogue-migrants-cap-blanc", AAI, "fr", 3, 95, 3000, [MR, SO], "afp",
  "Cinq morts à bord d'une pirogue de migrants interceptée au large de Nouadhibou",
  "Les garde-côtes mauritaniens ont intercepté mardi au large du cap Blanc une pirogue transportant cent soixante-trois migrants qui tentaient de rejoindre les îles Canaries, et retrouvé à bord les corps de cinq personnes, a indiqué une source sécuritaire.",
  "L'embarcation, partie selon les survivants d'une plage au sud de Nouakchott il y a huit jours, dérivait sans carburant à une quarantaine de kilomètres des côtes. Les rescapés ont été débarqués en soirée au port de Nouadhibou.",
  {"city": "Nouadhibou"}),
 ("pirogue-migrants-cap-blanc", APL, "en", 3, 190, 800, ["Africa", "Migration"], "ap",
  "Five dead on migrant boat intercepted off Mauritania",
  "Mauritania's coast guard intercepted a boat carrying 163 migrants bound for Spain's Canary Islands on Tuesday and found five bodies on board, a security official said.",
  "The Atlantic route from West Africa to the Canaries is one of the deadliest migration routes in the world.",
  {"city": "Nouadhibou"}),
 ("pirogue-migrants-cap-blanc", NDB, "fr", 3, 270, 1700, [MR], "teaser",
  "Au port de Nouadhibou, des rescapés épuisés après huit jours en mer",
  "Déshydratés, certains incapables de marcher, les rescapés de la pirogue interceptée au large du cap Blanc ont été pris en charge mardi soir sous une tente du Croissant-Rouge installée sur le quai du port artisanal de Nouadhibou.",
  "Parmi eux figurent une vingtaine de femmes et au moins quinze mineurs non accompagnés, selon une bénévole."),
 ("pirogue-migrants-cap-blanc", MEN, "en", 3, 480, 300, ["Africa"], "kuna",
  "Mauritania: death toll from intercepted migrant boat rises to eight",
  "The number of migrants who died aboard a boat intercepted off Mauritania's northern coast rose to eight on Wednesday after three survivors died overnight, a local official said.",
  "The 160 survivors were landed in the port city of Nouadhibou.",
  {"city": "Nouakchott", **N9}),
 ("pirogue-migrants-cap-blanc", QN, "fr", 3, 560, 2100, [MR, SO], "updated",
  "Embarcation du cap Blanc : le bilan passe à huit morts",
  "Trois des rescapés de l'embarcation interceptée mardi au large de Nouadhibou sont morts dans la nuit, portant à huit le nombre de migrants décédés, a annoncé dans la nuit la direction régionale de la santé.",
  "Une enquête a été ouverte pour identifier les organisateurs du départ, qui aurait eu lieu depuis une plage proche de Tanit.",
  {"clarify": "the number of migrants who died", **N9}),

 # 3. Seamen's strike in the port of Nouadhibou (industrial fishing fleet), from Tuesday.
 ("greve-marins-peche-nouadhibou", NDB, "fr", 3, 30, 2400, [MR, E], "",
  "Nouadhibou : les marins de la pêche industrielle entament une grève illimitée",
  "Les marins des chalutiers et des navires pélagiques basés à Nouadhibou ont entamé mardi une grève illimitée pour réclamer l'application de la convention collective signée il y a deux ans, laissant à quai plus de soixante bateaux.",
  "L'Union des marins de la pêche industrielle (UMPI) exige une hausse de la part de pêche versée aux équipages et des contrats écrits pour les matelots journaliers."),
 ("greve-marins-peche-nouadhibou", AAI, "fr", 3, 150, 2700, [MR, E], "place",
  "Grève des marins : le port de pêche de Nouadhibou paralysé",
  "Le port de pêche de Nouadhibou tournait au ralenti mardi soir, au premier jour d'un arrêt de travail des équipages de la flotte industrielle, a constaté un correspondant de l'Agence Atlantique Info.",
  "Le wali de Dakhlet Nouadhibou, Cheikh Ould Mahfoudh, a reçu en fin d'après-midi les représentants des marins et des armateurs, sans parvenir à un accord. « Les discussions reprendront mercredi », a-t-il déclaré à la sortie de la réunion.",
  {"city": "Nouadhibou"}),
 ("greve-marins-peche-nouadhibou", WW, "en", 3, 260, 700, ["Africa", "Fishing"], "reuters",
  "Mauritanian fishing crews strike, idling fleet in Nouadhibou",
  "Crews of Mauritania's industrial fishing fleet went on strike in the northern port of Nouadhibou on Tuesday, idling more than 60 trawlers in a dispute over pay, union officials said.",
  "Fishing is one of Mauritania's main sources of foreign currency along with iron ore and gold.",
  {"city": "Nouakchott"}),
 ("greve-marins-peche-nouadhibou", QN, "fr", 3, 330, 1200, [MR, E], "",
  "Ce que le débrayage des marins change pour le poisson dans vos assiettes",
  "Le débrayage des équipages à Nouadhibou ne devrait pas priver tout de suite les étals de Nouakchott, approvisionnés surtout par la pêche artisanale, mais les mareyeurs s'attendent à une hausse du prix du poulpe et du merlu si le conflit dure plus d'une semaine.",
  "Au marché au poisson de la plage des pêcheurs, le kilo de courbine n'avait pas bougé mardi soir."),
 ("greve-marins-peche-nouadhibou", RADIO, "fr", 3, 205, 2300, [MR, E], "",
  "Grève des marins : le ministre des Pêches appelle à la reprise du travail",
  "Invité mardi soir de Radio Chinguetti, le ministre des Pêches et de l'Économie maritime, Sidi Mohamed Ould Bekaye, a demandé aux marins en grève de Nouadhibou de reprendre le travail et aux armateurs de « respecter leur signature ».",
  f"{QUOTE}, a-t-il déclaré, promettant une réunion tripartite à Nouakchott avant la fin de la semaine."),
 ("greve-marins-peche-nouadhibou", AAIEN, "en", 3, 590, 500, ["Mauritania"], "upi",
  "Talks resume in Mauritania fishing strike as trawlers stay in port",
  "Talks between striking fishing crews and shipowners were due to resume Wednesday morning at the governor's office in Nouadhibou, where more than 60 industrial trawlers remained tied up for a second day.",
  "The union says crews have not received the share of catch promised in a 2025 agreement.",
  N9),

 # 4. Three fishmeal factories in Nouadhibou suspended for pollution; minister on radio.
 ("suspension-usines-farine-poisson", AAI, "fr", 2, 70, 1900, [MR, E], "afp",
  "Trois usines de farine de poisson suspendues à Nouadhibou",
  "Le ministère des Pêches a suspendu mardi pour un mois l'activité de trois usines de farine de poisson de Nouadhibou, accusées de rejeter leurs eaux usées dans la baie du Lévrier et d'empester les quartiers voisins.",
  "Les trois fabriques, installées dans la zone industrielle de la route de Cansado, devront présenter un plan de traitement de leurs effluents avant toute reprise.",
  {"city": "Nouadhibou"}),
 ("suspension-usines-farine-poisson", LED, "en", 2, 245, 350, ["Africa", "Environment"], "byline_en",
  "Mauritania shuts three fishmeal plants over pollution",
  "Mauritania has ordered three fishmeal plants in the port city of Nouadhibou to halt production for a month, accusing them of dumping waste water into the bay and polluting the air of nearby neighbourhoods.",
  "Fishmeal factories, which grind small pelagic fish into feed for fish farms abroad, have multiplied along the coast in the past decade.",
  {"site": "The Atlantic Ledger", "author": "Hannah Okoro"}),
 ("suspension-usines-farine-poisson", RADIO, "fr", 2, 215, 1600, [MR, E], "",
  "Farine de poisson : « la baie n'est pas une décharge », dit le ministre",
  "Le ministre des Pêches, Sidi Mohamed Ould Bekaye, a défendu mardi soir sur Radio Chinguetti la suspension de trois usines de farine de poisson de Nouadhibou, assurant que d'autres contrôles suivraient dans les fabriques de Nouakchott.",
  f"{QUOTE}, a-t-il lancé, en indiquant que les exploitants avaient reçu deux mises en demeure depuis janvier."),
 ("suspension-usines-farine-poisson", NDB, "fr", 2, 380, 1100, [MR, SO], "soutien",
  "À Numerowatt, les riverains des fabriques de farine respirent enfin",
  "« Pour la première fois depuis des mois, mes enfants ont dormi fenêtres ouvertes » : dans le quartier de Numerowatt, voisin des trois usines fermées par le ministère, les habitants saluent une décision qu'ils réclamaient depuis longtemps.",
  "Une association de quartier demande désormais un suivi médical des enfants asthmatiques, nombreux selon elle dans les écoles de la route de Cansado."),

 # 5. Unemployed graduates' march to the wilaya in Nouadhibou; tear gas, arrests.
 ("manif-diplomes-chomeurs-nouadhibou", NDB, "fr", 3, 45, 2100, [MR, SO], "",
  "Nouadhibou : la marche des diplômés chômeurs dispersée devant la wilaya",
  "Les forces de l'ordre ont dispersé mardi après-midi à coups de grenades lacrymogènes plusieurs centaines de diplômés sans emploi qui marchaient vers le siège de la wilaya de Dakhlet Nouadhibou pour réclamer des embauches dans la zone franche.",
  "Trois manifestants, incommodés par les gaz ou blessés dans la bousculade, ont été conduits au Centre hospitalier de Nouadhibou."),
 ("manif-diplomes-chomeurs-nouadhibou", AAI, "fr", 3, 180, 2000, [MR, SO], "colon",
  "Douze interpellations après la manifestation de diplômés chômeurs à Nouadhibou",
  "Douze personnes ont été interpellées mardi à Nouadhibou après la dispersion d'une manifestation de jeunes diplômés sans emploi devant la wilaya, a indiqué la direction régionale de la sûreté.",
  "Le wali, Cheikh Ould Mahfoudh, a affirmé que « la porte reste ouverte au dialogue » mais que la marche n'avait pas été déclarée. Les manifestants accusent les sociétés de la zone franche de recruter hors de la région.",
  {"city": "Nouadhibou"}),
 ("manif-diplomes-chomeurs-nouadhibou", ACTU, "fr", 3, 350, 1000, [MR], "byline_fr",
  "« On a des masters et on vend des cartes de recharge » : la colère des jeunes de Nouadhibou",
  "Titulaire d'un master de gestion obtenu il y a quatre ans, Vatimetou vend des cartes de recharge téléphonique au carrefour de la BMCI en attendant, dit-elle, « un emploi qui n'arrive jamais ».",
  "Comme elle, la plupart des marcheurs de mardi affirment avoir déposé des dizaines de candidatures auprès des entreprises de la zone franche sans jamais être convoqués.",
  {"site": "Sahara Actu", "author": "Ahmedou Ould Sidi"}),
 ("manif-diplomes-chomeurs-nouadhibou", APL, "en", 3, 500, 400, ["Africa"], "ap",
  "Police fire tear gas at jobless graduates' march in Mauritania",
  "Police in the Mauritanian port city of Nouadhibou fired tear gas on Tuesday to disperse several hundred unemployed university graduates who were marching to the regional governor's office to demand jobs, witnesses said.",
  "Twelve people were arrested, police said. Youth unemployment is a persistent source of anger in the country.",
  {"city": "Nouadhibou", **N9}),

 # 6. Minibus of fish-plant workers overturned on the Cansado road at 21:10; 3 dead, 11 injured.
 ("accident-minibus-cansado", NDB, "fr", 2, 285, 1800, [MR, FD], "",
  "Trois ouvrières tuées dans l'accident d'un minibus sur la route de Cansado",
  "Trois ouvrières d'une usine de traitement de poisson ont été tuées et onze autres blessées mardi vers 21 h 10 lorsque le minibus qui les ramenait chez elles s'est renversé sur la route de Cansado, à la sortie de Nouadhibou.",
  "Selon des témoins, le conducteur a perdu le contrôle du véhicule en voulant éviter un dromadaire. Les blessés ont été transportés au Centre hospitalier de Nouadhibou."),
 ("accident-minibus-cansado", AAI, "fr", 2, 400, 1500, [MR, FD], "ats",
  "Nouadhibou : un minibus se renverse, trois morts",
  "Un minibus transportant des employées d'une usine de conditionnement de poulpe s'est renversé mardi soir près de Cansado, à Nouadhibou, faisant trois morts et onze blessés, dont deux grièvement, selon la protection civile.",
  "Le conducteur, blessé, a été placé sous surveillance policière à l'hôpital.",
  {"city": "Nouadhibou"}),
 ("accident-minibus-cansado", QN, "fr", 2, 620, 900, [MR], "",
  "Accident de Cansado : les ouvrières dénoncent des navettes surchargées",
  "Les collègues des trois ouvrières tuées mardi soir dans le renversement d'un minibus à Cansado affirment que le véhicule transportait dix-neuf personnes pour quatorze places, une pratique courante selon elles dans les navettes des usines de poisson.",
  "L'inspection régionale du travail a annoncé une visite de l'usine mercredi.",
  N9),

 # 7. Decentralisation bill before the National Assembly; vote Wednesday 10:00.
 ("loi-decentralisation-vote-an", AAI, "fr", 3, 40, 1700, [MR, P], "afp",
  "L'Assemblée nationale entame l'examen de la loi sur la décentralisation",
  "Les députés ont entamé mardi l'examen du projet de loi sur la décentralisation, qui transfère aux conseils régionaux la gestion des écoles primaires, des postes de santé et des pistes rurales et leur attribue 3 % des recettes fiscales de l'État.",
  "Le vote solennel est prévu mercredi à 10 heures."),
 ("loi-decentralisation-vote-an", PHARE, "fr", 3, 300, 1400, [MR, P], "publie",
  "Décentralisation : l'opposition dénonce un « transfert de charges sans moyens »",
  "Les groupes de l'opposition ont annoncé mardi soir qu'ils voteraient contre le projet de loi sur la décentralisation, estimant que les 3 % de recettes promis aux régions ne couvriront pas le coût des écoles et des dispensaires transférés.",
  "La majorité dispose de largement assez de sièges pour faire adopter le texte mercredi matin.",
  {"site": "Le Phare du Sahara"}),
 ("loi-decentralisation-vote-an", WW, "en", 3, 420, 300, ["Africa", "Politics"], "reuters",
  "Mauritania's parliament set to vote on regional powers bill",
  "Mauritania's National Assembly is due to vote on Wednesday on a bill handing regional councils control of primary schools, health posts and rural roads, along with 3% of state tax revenue.",
  "The opposition says the transfer comes without enough money.",
  {"city": "Nouakchott", **N9}),
 ("loi-decentralisation-vote-an", QN, "fr", 3, 520, 1100, [MR, P], "",
  "Ce que la loi sur la décentralisation va changer pour les régions",
  "Si le texte est adopté mercredi, ce sont les conseils régionaux, et non plus les ministères, qui recruteront les maîtres contractuels, entretiendront les postes de santé et décideront des pistes à réhabiliter.",
  "Les régions recevront une dotation calculée selon leur population et leur superficie, ce qui avantage les deux Hodh et l'Adrar selon les calculs de notre rédaction.",
  N9),
 ("loi-decentralisation-vote-an", ACTU, "fr", 3, 640, 700, [MR, P], "",
  "Les présidents de région réclament un calendrier avant le vote",
  "L'association des présidents de conseils régionaux a demandé mardi soir aux députés d'inscrire dans la loi un calendrier précis de transfert des fonds, à quelques heures du vote.",
  "« Sans argent, nous hériterons des écoles sans toit et des dispensaires sans infirmiers », prévient le président du conseil régional du Gorgol.",
  N9),

 # 8. Trial 1 at the Nouakchott-Ouest court: borehole embezzlement, requisitions Tuesday.
 ("proces-forages-onfr", AAI, "fr", 2, 60, 1500, [MR, J], "afp",
  "Dix ans de prison requis contre l'ex-directeur de l'Office des forages ruraux",
  "Le parquet a requis mardi dix ans de prison ferme contre Mohamedou Ould Saleck, ancien directeur général de l'Office national des forages ruraux (ONFR), jugé par la chambre criminelle du tribunal de Nouakchott-Ouest pour le détournement de 118 millions d'ouguiyas.",
  "L'accusation lui reproche d'avoir payé des entreprises pour des forages jamais creusés en Assaba et au Guidimakha entre 2022 et 2025. Le verdict sera rendu le 22 juin."),
 ("proces-forages-onfr", QN, "fr", 2, 250, 1200, [MR, J], "",
  "Procès des forages fantômes : la défense plaide la relaxe",
  "Les avocats de l'ancien patron de l'ONFR ont plaidé mardi soir la relaxe, affirmant que leur client avait signé des procès-verbaux de réception établis par les services régionaux et qu'il ignorait que les puits n'existaient pas.",
  "Quatre chefs d'entreprise sont jugés à ses côtés pour complicité."),
 ("proces-forages-onfr", PHARE, "fr", 2, 470, 800, [MR, J], "",
  "À Kankossa, des villages attendent toujours l'eau des forages payés",
  "Dans les villages de la commune de Kankossa cités dans l'acte d'accusation, les habitants continuent de puiser l'eau dans des mares temporaires, à des kilomètres des forages que l'État a payés sur le papier.",
  "Des chefs de village ont fait le voyage jusqu'au tribunal de Nouakchott-Ouest pour assister aux audiences.",
  N9),
 ("proces-forages-onfr", LED, "en", 2, 560, 200, ["Africa", "Corruption"], "",
  "Prosecutors seek 10 years for ex-head of Mauritania's rural water office",
  "Prosecutors in Mauritania on Tuesday asked for a 10-year prison sentence for the former head of the state rural borehole office, accused of paying contractors for wells that were never dug.",
  "A verdict is expected on June 22.",
  N9),

 # 9. Trial 2 at the same court on the same Tuesday: fake driving licences, verdict.
 ("proces-faux-permis-nouakchott", AAI, "fr", 2, 85, 1400, [MR, J], "ats",
  "Faux permis de conduire : cinq ans de prison pour l'ancien chef de service",
  "La chambre criminelle du tribunal de Nouakchott-Ouest a condamné mardi à cinq ans de prison ferme l'ancien chef du service des permis de conduire de la direction régionale des transports de Nouakchott-Sud, Abdallahi Ould Beyah, pour la délivrance de plus de neuf cents faux permis.",
  "Six coaccusés, dont deux moniteurs d'auto-école, ont écopé de deux à quatre ans."),
 ("proces-faux-permis-nouakchott", ACTU, "fr", 2, 320, 900, [MR, J], "",
  "Faux permis : que faire si vous avez passé l'examen dans une auto-école citée au procès",
  "Les titulaires d'un permis obtenu entre 2023 et 2025 dans l'une des quatre auto-écoles citées au procès peuvent faire vérifier gratuitement l'authenticité de leur titre au guichet de la direction des transports, annonce le ministère.",
  "Les permis reconnus faux seront annulés, mais leurs détenteurs pourront repasser l'examen sans frais d'inscription."),
 ("proces-faux-permis-nouakchott", QN, "fr", 2, 505, 700, [MR, J], "",
  "Réseau des faux permis : le parquet envisage de faire appel",
  "Le parquet de Nouakchott-Ouest, qui avait requis huit ans contre l'ancien chef du service des permis, réfléchit à faire appel du jugement rendu mardi, a-t-on appris de source judiciaire.",
  "L'enquête avait démarré après un contrôle routier à Rosso, où un chauffeur de taxi brousse avait présenté un permis au numéro inexistant.",
  N9),

 # 10. First coronary angioplasties in the new cath lab of the CHN Nouakchott.
 ("cathlab-chn-nouakchott", AAI, "fr", 2, 130, 1300, [MR, SA], "afp",
  "Premières angioplasties coronaires réalisées au Centre hospitalier national",
  "Une équipe de cardiologues du Centre hospitalier national (CHN) de Nouakchott a réalisé mardi les premières angioplasties coronaires du pays, dans une salle de cathétérisme inaugurée le mois dernier.",
  "Jusqu'ici, les patients devaient être évacués vers Dakar, Casablanca ou Tunis, aux frais de la Caisse nationale d'assurance maladie."),
 ("cathlab-chn-nouakchott", PHARE, "fr", 2, 430, 800, [MR, SA], "",
  "Au CHN, la salle de cathétérisme ouvre ses portes malgré une nuit chargée",
  "Trois patients ont bénéficié mardi de la pose d'un stent dans la nouvelle salle de cathétérisme du CHN, a confirmé la cheffe du service de cardiologie, le docteur Khadijetou Mint Cheikh.",
  "L'hôpital a dû dans le même temps accueillir dans la nuit onze blessés graves de l'accident de la route de l'Espoir, ce qui a obligé à reporter deux interventions programmées.",
  N9),
 ("cathlab-chn-nouakchott", LED, "en", 2, 600, 150, ["Africa", "Health"], "donate",
  "Mauritania performs first heart stent procedures at home",
  "Doctors at Mauritania's national hospital in Nouakchott carried out the country's first coronary angioplasties on Tuesday, sparing patients costly evacuations abroad.",
  "",
  N9),

 # 11. SNIM iron-ore exports record in May (shared line with the SOMELEC tariffs).
 ("snim-exportations-mai", AAI, "fr", 1, 140, 900, [MR, E], "afp",
  "La SNIM annonce un record d'exportations de minerai de fer en mai",
  "La Société nationale industrielle et minière (SNIM) a exporté 1,46 million de tonnes de minerai de fer en mai, un record mensuel, a annoncé mardi la société publique.",
  "Le minerai, extrait à Zouérate, est acheminé par le train minéralier jusqu'au port minéralier de Nouadhibou."),
 ("snim-exportations-mai", WW, "en", 1, 310, 250, ["Africa", "Mining"], "reuters",
  "Mauritania's SNIM posts record monthly iron ore exports",
  "Mauritanian state miner SNIM shipped a record 1.46 million tonnes of iron ore in May, helped by a new loading crane at its Nouadhibou port, the company said on Tuesday.",
  "",
  {"city": "Nouakchott"}),
 ("snim-exportations-mai", AAI, "fr", 1, 701, 600, [MR, E], "reuters_line",
  "SNIM : le nouveau portique de Nouadhibou porte les exportations",
  "La mise en service en avril d'un nouveau portique de chargement au port minéralier de Nouadhibou explique l'essentiel du record d'exportations de minerai de fer enregistré par la SNIM en mai, selon la direction commerciale de la société.",
  "La SNIM vise 14 millions de tonnes sur l'ensemble de l'année.",
  N9),

 # 12. SOMELEC new electricity tariff grid from 1 July (shared line with SNIM).
 ("somelec-grille-tarifaire", QN, "fr", 1, 200, 1300, [MR, E], "",
  "Électricité : la SOMELEC dévoile une nouvelle grille tarifaire",
  "La Société mauritanienne d'électricité (SOMELEC) appliquera à partir du 1er juillet une nouvelle grille tarifaire qui baisse le prix du kilowattheure pour les ménages consommant moins de 150 kWh par mois et l'augmente au-delà.",
  "Les commerces et les administrations verront leur tarif relevé de 6 %."),
 ("somelec-grille-tarifaire", ACTU, "fr", 1, 460, 700, [MR, E], "",
  "Nouveaux tarifs de la SOMELEC : comment savoir si votre facture va baisser",
  "Pour savoir si vous bénéficierez de la tranche sociale de la SOMELEC, il suffit de regarder la consommation mensuelle indiquée au dos de votre dernière facture ou sur l'écran de votre compteur à carte : en dessous de 150 kWh, votre kilowattheure coûtera moins cher dès juillet.",
  "Au-delà, chaque tranche supplémentaire sera facturée plus cher qu'aujourd'hui.",
  N9),
 ("somelec-grille-tarifaire", AAI, "fr", 1, 704, 700, [MR, E], "reuters_line",
  "Tarifs de l'électricité : les commerçants du marché Capitale protestent",
  "Les commerçants du marché Capitale de Nouakchott ont dénoncé mardi soir la hausse de 6 % du tarif de l'électricité pour les commerces annoncée par la SOMELEC, qu'ils jugent insupportable en pleine saison chaude.",
  "Leur fédération demande un tarif intermédiaire pour les petites boutiques.",
  N9),

 # 13. Sand storm over Nouakchott Tuesday evening; flights diverted, power cuts.
 ("tempete-sable-nouakchott", AAI, "fr", 2, 165, 2200, [MR], "afp",
  "Une tempête de sable paralyse Nouakchott, des vols déroutés",
  "Une violente tempête de sable s'est abattue mardi en fin d'après-midi sur Nouakchott, réduisant la visibilité à moins de deux cents mètres et contraignant deux vols à se dérouter de l'aéroport de Nouakchott-Oumtounsy vers Dakar et Nouadhibou.",
  "Des coupures de courant ont touché plusieurs quartiers d'Arafat, de Riyad et de Toujounine, où des poteaux électriques ont été renversés par les rafales."),
 ("tempete-sable-nouakchott", UPI, "en", 2, 290, 300, ["Africa", "Weather"], "upi",
  "Dust storm grounds flights in Mauritanian capital",
  "A thick dust storm swept over Nouakchott on Tuesday evening, cutting visibility to less than 200 meters and forcing two flights to divert from the capital's airport, officials said.",
  ""),
 ("tempete-sable-nouakchott", QN, "fr", 2, 440, 1600, [MR], "",
  "Vent de sable : l'aéroport rouvert, le courant rétabli dans la plupart des quartiers",
  "L'aéroport de Nouakchott-Oumtounsy a rouvert ses pistes peu avant minuit et la SOMELEC avait rétabli le courant dans la plupart des quartiers touchés mercredi à l'aube, après le vent de sable qui a balayé la capitale mardi.",
  "Une vingtaine de baraques ont perdu leur toit de tôle à Toujounine, sans faire de blessé selon la protection civile.",
  N9),
 ("tempete-sable-nouakchott", ACTU, "fr", 2, 530, 900, [MR, SA], "",
  "Brume sèche : comment protéger les enfants et les asthmatiques",
  "Avec la brume sèche qui continuera de flotter sur Nouakchott mercredi après la tempête de la veille, les médecins conseillent de garder les enfants et les personnes asthmatiques à l'intérieur et de couvrir le nez et la bouche d'un tissu humide en cas de sortie.",
  "Les urgences pédiatriques de l'hôpital mère-enfant ont reçu une trentaine d'enfants pour des crises d'asthme dans la nuit.",
  N9),

 # 14. Measles outbreak in Bassikounou (Hodh El Chargui); vaccination from Wednesday.
 ("rougeole-bassikounou", AAI, "fr", 2, 230, 1100, [MR, SA], "afp",
  "Épidémie de rougeole à Bassikounou : deux enfants morts, une vaccination lancée",
  "Le ministère de la Santé a déclaré mardi une épidémie de rougeole dans la moughataa de Bassikounou, dans le Hodh El Chargui, où quarante-six cas dont deux décès d'enfants ont été confirmés en trois semaines.",
  "Une campagne de vaccination visant quelque quarante mille enfants de six mois à quatorze ans commence mercredi."),
 ("rougeole-bassikounou", APL, "en", 2, 390, 200, ["Africa", "Health"], "ap",
  "Measles outbreak kills two children in eastern Mauritania",
  "Mauritania declared a measles outbreak on Tuesday in the eastern Bassikounou district near the border with Mali, where 46 cases including two child deaths have been confirmed.",
  "",
  {"city": "Nouakchott"}),
 ("rougeole-bassikounou", PHARE, "fr", 2, 580, 600, [MR, SA], "",
  "Rougeole dans le Hodh El Chargui : où et comment faire vacciner son enfant",
  "Les parents de Bassikounou et des villages environnants peuvent faire vacciner gratuitement leurs enfants à partir de mercredi dans les postes de santé, les écoles et les points mobiles installés près des marchés, sur simple présentation du carnet de santé s'il existe.",
  "Les enfants déjà vaccinés recevront une dose de rappel.",
  N9),

 # 15-18. Promo alone; filler: football, weather bulletin, horoscope.
 ("promo-quotidien-nouakchott-appli", QN, "fr", 0, 360, 40, ["Promo"], "",
  "Téléchargez la nouvelle application du Quotidien de Nouakchott",
  "Retrouvez toute l'actualité de la Mauritanie en temps réel avec la nouvelle application du Quotidien de Nouakchott, gratuite pendant un mois pour tout nouvel abonné.",
  "Disponible sur les boutiques d'applications, avec les alertes et l'édition du jour à lire hors connexion."),
 ("foot-ksar-etoile-nouadhibou", ACTU, "fr", 0, 270, 1500, ["Sport", "Football"], "",
  "Super D1 : l'Étoile de Nouadhibou s'impose à Ksar",
  "L'Étoile de Nouadhibou a battu le Ksar Sporting 2-1 mardi soir au stade olympique de Nouakchott, lors de la 24e journée de la Super D1.",
  "Les Nouadhibois reprennent la tête du championnat à deux journées de la fin."),
 ("foot-ksar-etoile-nouadhibou", NDB, "fr", 0, 300, 1100, ["Sport"], "",
  "L'Étoile reprend la tête du championnat",
  "Grâce à un doublé de son attaquant Yacoub Diallo, l'Étoile de Nouadhibou s'est imposée 2-1 sur la pelouse du Ksar Sporting mardi et repasse en tête de la Super D1.",
  ""),
 ("meteo-mercredi-9-juin", AAI, "fr", 0, 650, 500, ["Météo"], "",
  "Météo du mercredi 9 juin : chaleur dans l'intérieur, vent qui faiblit sur le littoral",
  "Le vent de sable faiblira progressivement mercredi sur le littoral, où les températures resteront comprises entre 28 et 34 degrés, tandis que la chaleur atteindra 45 degrés à Atar et 46 degrés à Néma, selon l'Office national de la météorologie.",
  "Ciel voilé par la poussière en matinée à Nouakchott et Akjoujt, dégagé l'après-midi.",
  N9),
 ("horoscope-mercredi-9-juin", "astro-jour.fr", "fr", 0, 420, 600, ["Horoscope"], "",
  "Horoscope du mercredi 9 juin",
  "Bélier : une rencontre inattendue bouscule vos projets de la journée, laissez-vous surprendre.",
  "Taureau : prudence avec les dépenses. Gémeaux : votre énergie est au plus haut.",
  N9),
]
