# Day 82 (hold-out): a Guadeloupe French channel, evening edition of Wednesday 26 May 2027
# (window 07:00 - 19:00 Wednesday Pointe-à-Pitre, America/Guadeloupe = UTC-4). Gold answer written
# before any run: each post's story, its lede (the true first sentence) and the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: the mayor of Capesterre-Belle-Eau, Rodrigue
#   Anicette-Lavital, on Radio Karukera Inter late on Wednesday morning, about the coach-truck crash
#   at the Carbet junction (post 6) and about the sargassum that closed the Bananier school (post 48),
#   both carrying « Capesterre paie aujourd'hui un prix trop lourd, et je demande à l'État des
#   moyens, pas des paroles »; both stories are in Capesterre, and the crash diversion runs through
#   Bananier;
# - a shared wire byline line ("Agence Antilles Presse | Mis à jour : 26-05-2027 16:41"): the new
#   Jarry-Florida container line (post 38) and the deputies' amendments to the cost-of-living bill
#   (post 37), three minutes apart; both speak of freight and import prices;
# - the same hospital: the CHU de la Guadeloupe takes the crash's injured (posts 1, 4) and four
#   pupils of the Baie-Mahault lycée (posts 41, 42), while a third story is the CHU's own move to the
#   new hospital in Les Abymes (posts 44-46);
# - the same port / town: Jarry (Baie-Mahault) holds the cocaine seizure in a container (posts
#   19-23) and the new container line (posts 38-40); Baie-Mahault also holds the hit-and-run on a
#   motorcyclist (posts 9-12, on the Jarry expressway) and the ill pupils (posts 41-43);
#   Pointe-à-Pitre holds the waste collectors' strike, the cane planters' march (Place de la
#   Victoire, received by the same sous-préfète who chairs the strike talks), the go-fast trial, the
#   CHU and the 27 May vigil (also on Place de la Victoire, post 58); Capesterre holds the crash and the
#   sargassum; Le Moule appears in the sargassum and in the commemoration (a sugar estate's
#   registers, next to the cane planters' story);
# - look-alike stories: two road accidents on Wednesday (the coach crash on the RN1 in Capesterre,
#   4 dead; the hit-and-run in Baie-Mahault, 1 dead; the planters' tractors also slow the RN1);
#   two trials the same day (assize verdict in Basse-Terre for a neighbour's murder; go-fast cocaine
#   trial in Pointe-à-Pitre with requisitions and a ruling on 30 June), and the go-fast trial is
#   also cocaine, like the Jarry seizure (same parquet de Pointe-à-Pitre; post 17 carries a
#   "Lire aussi" line pointing at the seizure); a strike and a demonstration in the same streets
#   (waste collectors vs cane planters), both with talks at the sous-préfecture and a meeting on
#   Friday; two school closures / illnesses (sargassum H2S at Bananier, cleaning products at the
#   lycée des Palmistes; post 42 denies a link); two "price" stories (cane price vs the
#   cost-of-living bill) and a promo that names both;
# - running updates: the crash toll 2 -> 4; the strike talks at 15:00, suspended at night; the
#   hit-and-run driver gives himself up; the bill voted in committee, floor debate from 8 June;
# - reactions, explainers and "how to" posts: the RN1 diversion (post 2), the passengers' care
#   cell (post 7), what to do with your rubbish (post 25), shopkeepers (post 26), how the cane price
#   is set (post 33), what the bill changes (post 35), the consumers' collective (post 36),
#   importers (post 40), parents (post 43), what the CHU move changes (post 45), protective steps
#   against sargassum gas (post 50), the hurricane kit (post 54), a history teacher (post 57);
# - synonyms across outlets: "autocar", "car", "bus", "coach", "poids lourd", "camion";
#   "éboueurs", "agents de collecte", "ripeurs"; "cocaïne", "drogue", "poudre"; "go-fast",
#   "bateau rapide"; "ouragans", "cyclones", "tempêtes nommées"; "sargasses", "algues brunes";
# - English posts (8): the crash (3), the seizure (2), the container line, the hurricane forecast (2);
# - a promo posted alone (post 59); filler of importance 0: football (posts 60-61), weather
#   bulletin (post 62), lottery draw (post 63).
NAME = "2027-05-26-fr-soir-pointe-a-pitre-h82"
CHANNEL = {"lang": "fr", "tz": "America/Guadeloupe"}
WINDOW = ("2027-05-26T11:00:00Z", "2027-05-26T23:00:00Z")
CTX = {"stamp": "26-05-2027 16:41", "line": "Agence Antilles Presse | Mis à jour : 26-05-2027 16:41",
       "city": "Pointe-à-Pitre", "date_fr": "26 mai", "date_en": "May 26",
       "author": "Maryse Coquerel-Bonheur", "clarify": "the number of people killed",
       "caption": "", "also": "notre dossier", "country": "Guadeloupe"}
# The editor's top 5: the cruise coach crash (4 dead), the cocaine seizure at Jarry, the cane
# planters' march, the waste collectors' strike, the cost-of-living bill.
TOP5 = ["collision-autocar-carbet-capesterre", "saisie-cocaine-conteneur-jarry",
        "manifestation-planteurs-canne-pap", "greve-collecte-dechets-cap-excellence",
        "projet-loi-vie-chere-outre-mer"]
GP = "Guadeloupe"
E = "Économie"
SA = "Santé"
J = "Justice"
FD = "Faits divers"
P = "Politique"
SOC = "Société"
ENV = "Environnement"
AAP = "agence-antilles-presse.fr"
KI = "radio-karukera-inter.gp"
QG = "le-quotidien-guadeloupeen.gp"
NX = "nouvelles-de-l-archipel.gp"
GI = "gwada-info.net"
SOL = "soleil-des-iles.fr"
OM = "outremer-hebdo.fr"
ALP = "agence-alpes.ch"
WW = "wire-west.com"
APL = "ap-like.com"
CT = "caribbean-tribune.com"
UPL = "upi-like.com"
GW = "gulf-wire-news.com"
QUOTE = ("« Capesterre paie aujourd'hui un prix trop lourd, et je demande à l'État des moyens, "
         "pas des paroles »")
POSTS = [
 # 1. Cruise excursion coach vs gravel truck, RN1, Carbet junction, Capesterre, 07:45; 2 -> 4 dead.
 ("collision-autocar-carbet-capesterre", AAP, "fr", 3, 75, 3600, [GP, FD], "afp",
  "Collision entre un autocar de croisiéristes et un camion à Capesterre-Belle-Eau : deux morts",
  "Deux personnes ont été tuées et dix-neuf blessées mercredi matin dans la collision entre un autocar transportant des passagers d'un navire de croisière et un camion chargé de gravier sur la route nationale 1, à Capesterre-Belle-Eau, a-t-on appris auprès des pompiers.",
  "L'accident s'est produit vers 7 h 45 au carrefour de la route des chutes du Carbet, où l'autocar conduisait une quarantaine de touristes en excursion. Les blessés, dont six grièvement atteints, ont été transportés au CHU de la Guadeloupe à Pointe-à-Pitre et au centre hospitalier de Basse-Terre.",
  {"city": "Capesterre-Belle-Eau"}),
 ("collision-autocar-carbet-capesterre", KI, "fr", 3, 110, 2500, [GP], "",
  "Accident sur la RN1 : la route fermée entre Capesterre et Saint-Sauveur, les déviations",
  "La route nationale 1 reste fermée dans les deux sens à hauteur de Sainte-Marie, à Capesterre-Belle-Eau, où gendarmes et pompiers poursuivent leurs opérations après le choc entre un car de touristes et un poids lourd.",
  "Une déviation est organisée par les hauteurs de Bananier, mais les bouchons remontaient jusqu'à Goyave à 8 h 30. Les gendarmes demandent aux automobilistes d'éviter le secteur jusqu'à la mi-journée et de laisser libre le passage des ambulances."),
 ("collision-autocar-carbet-capesterre", WW, "en", 3, 150, 1100, ["Caribbean", "France"], "reuters",
  "Two killed as cruise tour bus and truck collide in Guadeloupe",
  "Two people were killed and 19 injured on Wednesday when a coach carrying cruise ship passengers collided with a gravel truck on the main road of the French Caribbean island of Guadeloupe, local fire services said.",
  "The passengers, most of them from the United States and Canada, had left the cruise ship Caribbean Serenade in Pointe-a-Pitre early on Wednesday for a trip to the Carbet falls, one of the island's most visited sites.",
  {"city": "Pointe-a-Pitre"}),
 ("collision-autocar-carbet-capesterre", QG, "fr", 3, 290, 3100, [GP, FD], "actu",
  "Accident de Capesterre : le bilan passe à quatre morts",
  "Le bilan de la collision survenue mercredi matin sur la RN1 à Capesterre-Belle-Eau s'est alourdi à quatre morts, une passagère américaine et le chauffeur du camion ayant succombé à leurs blessures au CHU, selon la préfecture.",
  "Les deux premières victimes sont le guide de l'excursion, un habitant de Trois-Rivières âgé de 51 ans, et un passager canadien. Le parquet de Basse-Terre a ouvert une enquête pour homicides involontaires ; les dépistages d'alcool et de stupéfiants du chauffeur de l'autocar, indemne, se sont révélés négatifs."),
 ("collision-autocar-carbet-capesterre", APL, "en", 3, 335, 1300, ["Caribbean"], "updated",
  "Death toll rises to 4 in Guadeloupe cruise excursion crash",
  "Four people are now confirmed dead after a tour bus carrying cruise passengers and a gravel truck collided on a highway in Guadeloupe, French authorities said Wednesday.",
  "The cruise line said in a statement that it was heartbroken and that a care team was flying to the island. The ship had been due to sail for St. Lucia on Wednesday evening but will stay in port overnight, the company said."),
 ("collision-autocar-carbet-capesterre", KI, "fr", 3, 395, 2200, [GP, P], "",
  "Carrefour du Carbet : le maire de Capesterre réclame un giratoire",
  "Joint par Radio Karukera Inter en fin de matinée, le maire de Capesterre-Belle-Eau, Rodrigue Anicette-Lavital, a réclamé un aménagement d'urgence du carrefour du Carbet, où l'autocar et le camion se sont percutés.",
  QUOTE + ", a-t-il déclaré, rappelant que la commune demande un giratoire à cet endroit depuis 2019. Trois accidents graves y ont été recensés en cinq ans, selon la mairie."),
 ("collision-autocar-carbet-capesterre", GI, "fr", 3, 440, 1900, [GP], "caption",
  "Rescapés de l'autocar : une cellule d'accueil ouverte au terminal de croisière",
  "Une cellule d'aide médico-psychologique a été ouverte au terminal de croisière de Pointe-à-Pitre pour accueillir les passagers rescapés de l'accident de Capesterre-Belle-Eau et leurs proches restés à bord.",
  "Des interprètes de l'office du tourisme ont été mobilisés. Les familles peuvent joindre la cellule d'information de la préfecture au numéro affiché sur son site, de 8 heures à 22 heures.",
  {"site": "Gwada Info", "caption": "Des pompiers entourent l'autocar couché sur le bas-côté de la route nationale 1, mercredi matin à Capesterre-Belle-Eau."}),
 ("collision-autocar-carbet-capesterre", CT, "en", 3, 520, 700, ["Caribbean"], "donate",
  "'We heard the brakes, then nothing': cruise passengers recall Guadeloupe crash",
  "Passengers who walked away from Wednesday's coach crash in Guadeloupe described a sudden jolt at a road junction, shattered windows and local drivers stopping to pull people from the wreck.",
  "Retired teacher Ellen Marsh, 68, from Ohio, said she was sitting behind the guide, who died at the scene. The French authorities have opened a manslaughter inquiry."),

 # 2. Hit-and-run: a motorcyclist killed on the Jarry expressway, Baie-Mahault; driver gives himself up.
 ("delit-fuite-motard-baie-mahault", NX, "fr", 2, 35, 1500, [GP, FD], "byline_fr",
  "Baie-Mahault : un motard tué, l'automobiliste en fuite",
  "Un motard de 27 ans a été tué dans la nuit de mardi à mercredi à Baie-Mahault, percuté par une voiture dont le conducteur a pris la fuite sur la voie rapide qui longe la zone de Jarry.",
  "Les pompiers ont tenté en vain de le réanimer. La gendarmerie lance un appel à témoins pour retrouver une berline grise endommagée à l'avant.",
  {"site": "Les Nouvelles de l'Archipel", "author": "Teddy Lancrerot"}),
 ("delit-fuite-motard-baie-mahault", AAP, "fr", 2, 120, 900, [GP, FD], "afp",
  "Guadeloupe : un jeune motard tué par un chauffard qui a pris la fuite",
  "Un automobiliste est activement recherché après avoir mortellement fauché un motocycliste de 27 ans et pris la fuite, dans la nuit de mardi à mercredi, près de la zone industrielle de Jarry, a indiqué la gendarmerie.",
  "La victime, qui rentrait de son travail, est morte sur place.",
  {"city": "Baie-Mahault"}),
 ("delit-fuite-motard-baie-mahault", QG, "fr", 2, 380, 1700, [GP, FD, J], "",
  "Motard tué à Jarry : le chauffard s'est rendu à la gendarmerie",
  "Le conducteur soupçonné d'avoir renversé et tué un motard dans la nuit de mardi à mercredi à Baie-Mahault s'est présenté mercredi après-midi à la gendarmerie, accompagné de son avocat.",
  "L'homme, âgé de 43 ans, a été placé en garde à vue pour homicide routier et délit de fuite, a indiqué le parquet de Pointe-à-Pitre. Sa voiture a été retrouvée dans un garage de Lamentin."),
 ("delit-fuite-motard-baie-mahault", GI, "fr", 2, 700, 800, [GP, SOC], "soutien",
  "Les motards de Baie-Mahault rendent hommage à Kévin",
  "Une cinquantaine de motards ont défilé mercredi soir dans les rues de Baie-Mahault en mémoire de Kévin Démocrite, le jeune homme tué la veille par un automobiliste qui avait pris la fuite.",
  "Sa mère a demandé que « plus personne ne roule la nuit sans casque ni gilet »."),

 # 3. Assize court, Basse-Terre: 18 years for the murder of a neighbour in Sainte-Rose (2024).
 ("assises-meurtre-voisin-sainte-rose", QG, "fr", 2, 200, 1000, [GP, J], "byline_fr",
  "Procès de Sainte-Rose : l'accusé demande pardon avant le délibéré",
  "Au troisième et dernier jour du procès de Steeve Mérion-Salin, jugé pour le meurtre de son voisin à Sainte-Rose, l'accusé a pris la parole une dernière fois mercredi matin pour demander pardon à la famille de la victime.",
  "« Je n'ai jamais voulu ça », a-t-il dit d'une voix basse devant la cour d'assises de Basse-Terre. Assise au premier rang, la veuve de Georges Lamothe-Vital, 61 ans, a quitté la salle en larmes.",
  {"site": "Le Quotidien guadeloupéen", "author": "Sandrine Ferdinand-Rose"}),
 ("assises-meurtre-voisin-sainte-rose", AAP, "fr", 2, 610, 1400, [GP, J], "afp",
  "Meurtre d'un voisin à Sainte-Rose : dix-huit ans de réclusion",
  "La cour d'assises de la Guadeloupe a condamné mercredi à Basse-Terre un homme de 36 ans à dix-huit ans de réclusion criminelle pour le meurtre de son voisin, tué à coups de coutelas en août 2024 à Sainte-Rose au terme d'un conflit sur une limite de terrain.",
  "L'avocat général avait requis vingt-deux ans mardi. La défense, qui plaidait les violences ayant entraîné la mort sans intention de la donner, n'a pas dit si elle ferait appel.",
  {"city": "Basse-Terre"}),
 ("assises-meurtre-voisin-sainte-rose", KI, "fr", 2, 645, 900, [GP, J], "",
  "Verdict de Basse-Terre : la famille de la victime « soulagée »",
  "« Justice a été rendue, même si rien ne nous ramènera mon père », a réagi mercredi soir le fils de Georges Lamothe-Vital après la condamnation de son meurtrier à dix-huit ans de réclusion criminelle.",
  "La querelle entre les deux voisins portait sur une bande de terre de quatre mètres, au bord d'une ravine de Sainte-Rose, et durait depuis plus de dix ans."),

 # 4. Go-fast trial, tribunal correctionnel de Pointe-à-Pitre: 210 kg landed at Marie-Galante in 2025.
 ("proces-go-fast-marie-galante", NX, "fr", 2, 300, 1200, [GP, J], "",
  "Trafic de cocaïne : le procès du go-fast de Marie-Galante s'ouvre",
  "Six prévenus comparaissent depuis mercredi matin devant le tribunal correctionnel de Pointe-à-Pitre dans l'affaire du go-fast intercepté en octobre 2025 à Marie-Galante, l'une des plus grosses prises de drogue jamais réalisées sur l'île.",
  "Les gendarmes avaient découvert les ballots enterrés dans le sable, à quelques mètres d'un bateau de 12 mètres équipé de trois moteurs. Deux des prévenus, pêcheurs à Grand-Bourg, contestent toute implication."),
 ("proces-go-fast-marie-galante", GI, "fr", 2, 480, 700, [GP, SOC], "lire",
  "Marie-Galante : « Le trafic a changé l'île », témoigne un pêcheur",
  "À Grand-Bourg, où deux des prévenus du procès du go-fast étaient connus comme pêcheurs, beaucoup suivent les débats de Pointe-à-Pitre avec un mélange de honte et d'inquiétude.",
  "« Des jeunes se font payer 2 000 euros pour décharger des ballots en une nuit », raconte un patron de yole, qui préfère taire son nom.",
  {"also": "Saisie de 318 kilos de cocaïne dans un conteneur au port de Jarry"}),
 ("proces-go-fast-marie-galante", AAP, "fr", 2, 585, 1300, [GP, J], "afp",
  "Go-fast de Marie-Galante : jusqu'à douze ans de prison requis",
  "Le parquet de Pointe-à-Pitre a requis mercredi des peines de quatre à douze ans de prison contre six hommes jugés pour avoir débarqué 210 kilos de cocaïne sur une plage de Saint-Louis de Marie-Galante en octobre 2025, à l'aide d'un bateau rapide parti du Venezuela.",
  "La vice-procureure Aurélie Campan a décrit un réseau « structuré », dont le chef présumé, un Dominiquais de 39 ans, organisait la revente en Guadeloupe et l'envoi de poudre vers l'Hexagone par des passeurs. Le jugement a été mis en délibéré au 30 juin."),

 # 5. 318 kg of cocaine in a container of tiles at the port of Jarry (Baie-Mahault); 3 in custody.
 ("saisie-cocaine-conteneur-jarry", AAP, "fr", 3, 240, 2800, [GP, J], "afp",
  "Guadeloupe : 318 kilos de cocaïne saisis dans un conteneur au port de Jarry",
  "Les douaniers ont découvert 318 kilos de cocaïne dissimulés dans un conteneur de carrelage arrivé de Carthagène, en Colombie, au port de Jarry, à Baie-Mahault, a annoncé mercredi le procureur de la République de Pointe-à-Pitre.",
  "La drogue, d'une valeur estimée à plus de dix millions d'euros à la revente, était cachée derrière une fausse cloison du conteneur. Deux dockers et un transitaire ont été placés en garde à vue.",
  {"city": "Baie-Mahault"}),
 ("saisie-cocaine-conteneur-jarry", QG, "fr", 3, 275, 2400, [GP, J], "publie",
  "Cocaïne à Jarry : la fausse cloison repérée au scanner",
  "C'est une anomalie de densité sur l'image du scanner des douanes qui a trahi la cargaison : derrière les palettes de carreaux de céramique, une fausse cloison soudée cachait 290 paquets de cocaïne.",
  "Le procureur Xavier Lemarchand-Oudin a salué « la plus importante saisie réalisée dans un port de Guadeloupe depuis six ans » et indiqué que le conteneur devait être enlevé jeudi par un camion dont le chauffeur est activement recherché.",
  {"site": "Le Quotidien guadeloupéen"}),
 ("saisie-cocaine-conteneur-jarry", UPL, "en", 3, 330, 600, ["World"], "upi",
  "French customs seize 700 pounds of cocaine in Guadeloupe port",
  "French customs officers in Guadeloupe have seized 318 kilograms of cocaine hidden inside a shipping container of floor tiles, prosecutors in the Caribbean territory said Wednesday.",
  "The container had arrived from Cartagena, Colombia. Two dock workers and a freight forwarder were taken into custody."),
 ("saisie-cocaine-conteneur-jarry", APL, "en", 3, 410, 500, ["Caribbean"], "place",
  "Dock workers held after record cocaine find in Guadeloupe",
  "Two dock workers were among three people held Wednesday after customs officers found more than 300 kilograms of cocaine behind a false wall in a container at the main cargo port of Guadeloupe.",
  "Prosecutors said the shipment was probably meant for Europe.",
  {"city": "Baie-Mahault"}),
 ("saisie-cocaine-conteneur-jarry", KI, "fr", 3, 430, 1600, [GP, J], "",
  "Saisie de Jarry : le syndicat des dockers « choqué »",
  "Le syndicat des ouvriers dockers du port de Jarry s'est dit « choqué » mercredi par l'interpellation de deux de ses membres dans l'enquête sur la cocaïne découverte dans un conteneur, tout en appelant à respecter la présomption d'innocence.",
  "Le travail a repris normalement sur les quais dans l'après-midi."),

 # 6. Waste collectors' strike (Karu Propreté, Cap Excellence), day 3; talks at 15:00, suspended.
 ("greve-collecte-dechets-cap-excellence", NX, "fr", 3, 20, 2100, [GP, SOC], "byline_fr",
  "Ordures ménagères : troisième jour de grève à Pointe-à-Pitre et aux Abymes",
  "Les poubelles continuent de s'entasser sur les trottoirs de Pointe-à-Pitre et des Abymes, où les agents de collecte de la société Karu Propreté entament mercredi leur troisième jour de grève.",
  "Les grévistes, soutenus par l'Union des travailleurs de la propreté (UTP), réclament l'embauche de quarante intérimaires et une prime de pénibilité. La communauté d'agglomération Cap Excellence, qui a confié la collecte à l'entreprise, dit suivre le conflit « avec attention ».",
  {"site": "Les Nouvelles de l'Archipel", "author": "Teddy Lancrerot"}),
 ("greve-collecte-dechets-cap-excellence", GI, "fr", 3, 180, 2600, [GP, SOC], "",
  "Grève des éboueurs : que faire de vos poubelles ?",
  "Tant que dure la grève des éboueurs, Cap Excellence demande aux habitants de Pointe-à-Pitre et des Abymes de garder leurs sacs chez eux et d'utiliser les quatre points d'apport volontaire ouverts de 7 heures à 18 heures.",
  "Les déchetteries de Dothémare et de Jarry restent accessibles. Encombrants et déchets verts ne doivent pas être déposés sur la voie publique, sous peine d'amende."),
 ("greve-collecte-dechets-cap-excellence", KI, "fr", 3, 305, 1400, [GP, E], "",
  "Rue Frébault, les commerçants louent eux-mêmes une benne",
  "Sur la rue Frébault, artère commerçante de Pointe-à-Pitre, des commerçants ont loué à leurs frais une benne mercredi matin pour évacuer les sacs qui s'entassent devant leurs vitrines depuis lundi.",
  "« Les clients fuient l'odeur, on ne peut pas attendre la fin du conflit », explique une gérante de boutique de tissus."),
 ("greve-collecte-dechets-cap-excellence", AAP, "fr", 3, 400, 1500, [GP, SOC], "afp",
  "Grève des ripeurs : une réunion de négociation à la sous-préfecture",
  "Une réunion de négociation entre la direction de Karu Propreté, les agents en grève et Cap Excellence doit se tenir mercredi à 15 heures à la sous-préfecture de Pointe-à-Pitre, sous l'égide de la sous-préfète, a-t-on appris de source syndicale.",
  "Le mouvement, lancé lundi, touche la collecte de quelque 45 000 foyers.",
  {"city": "Les Abymes"}),
 ("greve-collecte-dechets-cap-excellence", QG, "fr", 3, 690, 2300, [GP, SOC], "actu",
  "Grève des éboueurs : pas d'accord, le mouvement continue",
  "Les discussions entre les agents de collecte en grève et la direction de Karu Propreté ont été suspendues mercredi soir sans accord, après plus de trois heures de réunion à la sous-préfecture de Pointe-à-Pitre.",
  "La direction propose d'embaucher quinze intérimaires d'ici la fin de l'année, une offre jugée « insuffisante » par l'UTP. Une nouvelle rencontre est prévue vendredi matin. L'agence régionale de santé met en garde contre la prolifération des rats et des moustiques."),

 # 7. Cane planters march on Pointe-à-Pitre with tractors, delegation at the sous-préfecture.
 ("manifestation-planteurs-canne-pap", AAP, "fr", 3, 90, 2700, [GP, E], "afp",
  "Des centaines de planteurs de canne manifestent à Pointe-à-Pitre",
  "Plusieurs centaines de planteurs de canne à sucre, venus pour certains en tracteur, ont convergé mercredi matin vers le centre de Pointe-à-Pitre pour réclamer une hausse du prix de la tonne de canne, en pleine campagne sucrière.",
  "Les manifestants, à l'appel de l'Union des producteurs agricoles de Guadeloupe (UPAG), demandent 20 euros de plus par tonne pour compenser la flambée des engrais et du gazole."),
 ("manifestation-planteurs-canne-pap", KI, "fr", 3, 125, 2000, [GP], "",
  "Tracteurs sur le pont de la Gabarre : gros ralentissements",
  "La circulation est très perturbée depuis l'aube entre Baie-Mahault et Pointe-à-Pitre, où les tracteurs des planteurs en colère roulent au pas sur la route nationale 1 et le pont de la Gabarre.",
  "Les bus scolaires accusent jusqu'à une heure de retard. Les automobilistes venant de Basse-Terre sont invités à partir plus tôt ou à différer leurs déplacements."),
 ("manifestation-planteurs-canne-pap", QG, "fr", 3, 280, 2200, [GP, E, P], "byline_fr",
  "Prix de la canne : une délégation reçue à la sous-préfecture",
  "Une délégation de planteurs a été reçue mercredi en fin de matinée à la sous-préfecture de Pointe-à-Pitre, pendant que plusieurs centaines de manifestants attendaient place de la Victoire au son des conques de lambi.",
  "La sous-préfète, Hélène Darrigade-Moutou, a proposé une table ronde réunissant l'État, la Région, l'usine sucrière et les planteurs vendredi 28 mai. « Nous ne bougerons pas sans engagement écrit », a prévenu le président de l'UPAG, Jean-Claude Mirre-Bélaise.",
  {"site": "Le Quotidien guadeloupéen", "author": "Sandrine Ferdinand-Rose"}),
 ("manifestation-planteurs-canne-pap", NX, "fr", 3, 515, 1600, [GP, E], "teaser",
  "Planteurs : le rassemblement levé, rendez-vous vendredi",
  "Les planteurs de canne ont levé en milieu d'après-midi leur rassemblement de la place de la Victoire, après avoir obtenu une table ronde vendredi sur le prix de la tonne, mais ils menacent de bloquer l'usine si elle n'aboutit pas.",
  "Les tracteurs ont quitté le centre-ville vers 15 h 30, libérant la place où doit se tenir jeudi soir la veillée du 27 mai."),
 ("manifestation-planteurs-canne-pap", SOL, "fr", 3, 548, 900, [GP, E], "",
  "Comprendre : comment est fixé le prix de la canne ?",
  "Le prix payé aux planteurs pour chaque tonne livrée à l'usine dépend de sa richesse en sucre, mesurée à la balance de réception, et d'aides de l'État et de l'Union européenne qui représentent plus de la moitié de la somme perçue.",
  "La convention canne signée en 2024 pour quatre ans prévoit une clause de revoyure que les planteurs veulent activer dès cette campagne."),

 # 8. Cost-of-living bill for the overseas territories: adopted in committee, floor from 8 June.
 ("projet-loi-vie-chere-outre-mer", OM, "fr", 3, 30, 1800, ["Outre-mer", P], "byline_fr",
  "Vie chère : le projet de loi adopté en commission, débat à l'Assemblée le 8 juin",
  "Le projet de loi de lutte contre la vie chère dans les outre-mer a été adopté mardi soir en commission des affaires économiques de l'Assemblée nationale et sera examiné en séance publique à partir du 8 juin, avec un vote solennel prévu le 15 juin.",
  "Le texte renforce les pouvoirs de l'Autorité de la concurrence sur les marges de la grande distribution et oblige les grossistes-importateurs à publier leurs prix d'achat.",
  {"site": "Outremer Hebdo", "author": "Fabrice Delannay"}),
 ("projet-loi-vie-chere-outre-mer", GI, "fr", 3, 350, 1700, [GP, E], "",
  "Ce que le projet de loi sur la vie chère change pour vos courses",
  "Liste de produits à prix bloqué élargie, affichage du prix d'origine, sanctions contre les marges abusives : voici ce que le projet de loi contre la vie chère prévoit concrètement pour les consommateurs guadeloupéens.",
  "Le bouclier qualité-prix passerait de 110 à 160 produits, et les contrôles seraient confiés à une cellule de la répression des fraudes renforcée de douze agents."),
 ("projet-loi-vie-chere-outre-mer", KI, "fr", 3, 500, 1100, [GP, SOC], "",
  "Vie chère : le collectif de consommateurs « pas convaincu »",
  "Le Collectif guadeloupéen contre la vie chère a jugé mercredi « très en deçà des attentes » le projet de loi adopté en commission, estimant qu'il ne touche pas aux monopoles de l'importation.",
  "Le collectif appelle à un rassemblement devant le Conseil départemental le 8 juin, jour de l'ouverture des débats."),
 ("projet-loi-vie-chere-outre-mer", AAP, "fr", 3, 581, 1300, [GP, P], "reuters_line",
  "Vie chère : une députée guadeloupéenne veut plafonner les frais d'approche",
  "La députée de la 2e circonscription de la Guadeloupe, Marlène Cornély-Théodore, a annoncé mercredi qu'elle déposerait des amendements pour plafonner les frais d'approche sur les produits de première nécessité, qu'elle juge « le cœur du problème ».",
  "Fret, assurance, manutention et octroi de mer pèsent selon elle jusqu'à un tiers du prix final de certains produits."),

 # 9. New weekly container line Jarry - Port Everglades from 14 June (shared line with post 35).
 ("ligne-conteneurs-jarry-floride", AAP, "fr", 1, 578, 900, [GP, E], "reuters_line",
  "Une nouvelle ligne de conteneurs reliera Jarry à la Floride",
  "La Compagnie maritime des Alizés lancera le 14 juin une ligne hebdomadaire de porte-conteneurs entre le port de Jarry, en Guadeloupe, et Port Everglades, en Floride, avec une escale à Saint-Martin, a annoncé mercredi l'armateur.",
  "Deux navires de 1 100 conteneurs assureront la rotation en neuf jours. « C'est une alternative à la route européenne pour les matériaux de construction et l'alimentaire », a souligné le directeur du port, Didier Montout-Rabel."),
 ("ligne-conteneurs-jarry-floride", CT, "en", 1, 600, 400, ["Caribbean", "Business"], "byline_en",
  "New weekly container service to link Guadeloupe and Florida",
  "A French Caribbean shipping line will open a weekly container service between Guadeloupe's Jarry port and Port Everglades in Florida next month, betting on rising demand for U.S. building materials in the French islands.",
  "The service will call at St. Martin on the way north.",
  {"site": "The Caribbean Tribune", "author": "Dwayne Holder"}),
 ("ligne-conteneurs-jarry-floride", QG, "fr", 1, 655, 700, [GP, E], "",
  "Ligne vers la Floride : les importateurs prudents sur le prix du fret",
  "Les importateurs guadeloupéens saluent l'arrivée d'une ligne directe vers la Floride, mais doutent qu'elle fasse baisser rapidement le coût du transport maritime, qui représente jusqu'à 15 % du prix de certains produits en rayon.",
  "Les normes européennes limitent en outre les produits américains qui peuvent être vendus en Guadeloupe."),

 # 10. Eleven pupils ill at the lycée des Palmistes, Baie-Mahault; 4 taken to the CHU.
 ("malaises-eleves-lycee-baie-mahault", GI, "fr", 2, 200, 2000, [GP, SOC], "colon",
  "Baie-Mahault : onze lycéens pris de malaise, l'établissement évacué",
  "Onze élèves du lycée des Palmistes, à Baie-Mahault, ont été pris de malaise mercredi matin après avoir respiré une forte odeur dans le bâtiment des sciences, entraînant l'évacuation de tout l'établissement.",
  "Quatre d'entre eux ont été transportés au CHU de la Guadeloupe, les autres ont été examinés sur place par les pompiers. Près de 900 élèves ont été rassemblés sur le plateau sportif.",
  {"city": "Baie-Mahault"}),
 ("malaises-eleves-lycee-baie-mahault", NX, "fr", 2, 330, 1500, [GP, SOC], "",
  "Lycée des Palmistes : un mélange de produits ménagers en cause",
  "Le mélange de deux produits d'entretien dans un local de ménage serait à l'origine des malaises qui ont touché onze élèves du lycée des Palmistes mercredi matin, selon les premières constatations des pompiers.",
  "Les quatre lycéens hospitalisés au CHU devaient rentrer chez eux dans la soirée, et les cours reprendront jeudi après aération des locaux. Le rectorat a démenti tout lien avec les sargasses, évoqué sur les réseaux sociaux."),
 ("malaises-eleves-lycee-baie-mahault", KI, "fr", 2, 365, 900, [GP, SOC], "",
  "Malaises au lycée : les parents demandent des comptes",
  "Une trentaine de parents d'élèves se sont rassemblés mercredi à la mi-journée devant le lycée des Palmistes, à Baie-Mahault, pour réclamer des explications au proviseur après l'évacuation de l'établissement.",
  "Ils dénoncent un manque d'information pendant près de deux heures."),

 # 11. The CHU de la Guadeloupe moves to the new hospital in Les Abymes from 21 June.
 ("demenagement-nouveau-chu-abymes", QG, "fr", 2, 140, 1600, [GP, SA], "byline_fr",
  "Le nouveau CHU accueillera ses premiers patients le 21 juin",
  "Le transfert des patients de l'actuel CHU de Pointe-à-Pitre vers le nouvel hôpital des Abymes débutera le 21 juin et durera cinq jours, a annoncé mercredi la direction du centre hospitalier universitaire de la Guadeloupe.",
  "Quelque 420 patients seront déplacés en ambulance, service par service, en commençant par la maternité. Les urgences de Pointe-à-Pitre fermeront le 23 juin à 8 heures, à l'heure où ouvriront celles du nouveau site.",
  {"site": "Le Quotidien guadeloupéen", "author": "Maryse Coquerel-Bonheur"}),
 ("demenagement-nouveau-chu-abymes", GI, "fr", 2, 390, 1200, [GP, SA], "publie",
  "Déménagement du CHU : ce qui change pour les patients",
  "Rendez-vous maintenus, nouvelle adresse, parkings gratuits pendant un mois : le CHU de la Guadeloupe a détaillé mercredi les démarches pour les patients pendant son déménagement vers les Abymes.",
  "Les consultations prévues entre le 21 et le 25 juin seront reportées par téléphone ; un numéro vert sera ouvert le 1er juin.",
  {"site": "Gwada Info"}),
 ("demenagement-nouveau-chu-abymes", KI, "fr", 2, 545, 800, [GP, SA], "",
  "Nouveau CHU : l'intersyndicale redoute un manque de soignants",
  "L'intersyndicale du CHU de la Guadeloupe a estimé mercredi qu'il manquait encore 80 infirmiers pour faire fonctionner le nouvel hôpital dans de bonnes conditions, à moins d'un mois du déménagement.",
  "La direction assure que 60 recrutements sont en cours."),

 # 12. Sargassum: the Bananier school (Capesterre) closed for the week; mayor on the radio.
 ("sargasses-ecole-bananier-capesterre", NX, "fr", 2, 40, 1300, [GP, ENV], "",
  "Sargasses : l'école de Bananier fermée jusqu'à la fin de la semaine",
  "L'école primaire de Bananier, à Capesterre-Belle-Eau, restera fermée jusqu'à la fin de la semaine en raison des émanations d'hydrogène sulfuré dégagées par les sargasses échouées sur le littoral voisin, a annoncé la mairie.",
  "Les 140 élèves sont accueillis dans deux écoles du bourg. Les capteurs installés près de l'anse ont relevé mardi des concentrations supérieures à 5 ppm."),
 ("sargasses-ecole-bananier-capesterre", KI, "fr", 2, 370, 1400, [GP, ENV, P], "",
  "Sargasses : le maire de Capesterre réclame une barge de ramassage",
  "Le maire de Capesterre-Belle-Eau, Rodrigue Anicette-Lavital, a demandé mercredi sur Radio Karukera Inter le déploiement d'une barge de ramassage en mer pour protéger le littoral de Bananier, où les algues brunes s'accumulent depuis dix jours.",
  QUOTE + ", a-t-il lancé, en rappelant que la commune a dépensé 300 000 euros en ramassage depuis janvier."),
 ("sargasses-ecole-bananier-capesterre", AAP, "fr", 2, 460, 1000, [GP, ENV], "afp",
  "Guadeloupe : nouvelle vague de sargasses sur la côte au vent",
  "D'importants échouements de sargasses touchent depuis une dizaine de jours la côte est de la Guadeloupe, de Capesterre-Belle-Eau au Moule, obligeant à fermer une école et plusieurs plages.",
  "Selon l'observatoire régional, la masse d'algues en mer dans l'arc antillais est la plus élevée jamais mesurée pour un mois de mai.",
  {"city": "Capesterre-Belle-Eau"}),
 ("sargasses-ecole-bananier-capesterre", GI, "fr", 2, 505, 900, [GP, SA], "",
  "Sargasses : les bons gestes face aux émanations",
  "Fermer les fenêtres côté mer, éviter les zones d'échouement et consulter un médecin en cas de maux de tête ou d'irritation des yeux : l'agence régionale de santé rappelle les précautions à prendre face aux émanations des sargasses.",
  "Les personnes asthmatiques, les femmes enceintes et les jeunes enfants sont les plus exposés."),

 # 13. Atlantic hurricane season forecast: above normal; prepare your kit.
 ("prevision-saison-cyclonique-2027", APL, "en", 2, 230, 700, ["Weather"], "ap",
  "Forecasters predict busier than normal Atlantic hurricane season",
  "U.S. government forecasters on Wednesday predicted an above-normal Atlantic hurricane season, with 16 to 21 named storms, citing unusually warm water in the tropical Atlantic.",
  "Between eight and eleven of the storms could become hurricanes, and four to six major hurricanes, they said. The season runs from June 1 to Nov. 30.",
  {"city": "Miami"}),
 ("prevision-saison-cyclonique-2027", GW, "en", 2, 262, 300, ["World"], "kuna",
  "US forecasts active hurricane season",
  "The United States weather agency forecast on Wednesday a busier than usual Atlantic hurricane season this year and urged island nations in the Caribbean to prepare early.",
  "",
  {"city": "Washington"}),
 ("prevision-saison-cyclonique-2027", ALP, "fr", 2, 300, 500, ["Monde", "Météo"], "ats",
  "Ouragans : une saison plus active que la normale attendue dans l'Atlantique",
  "Les prévisionnistes américains s'attendent à une saison des ouragans plus active que la normale dans l'Atlantique, avec 16 à 21 tempêtes nommées entre juin et novembre, ont-ils annoncé mercredi.",
  "Huit à onze d'entre elles pourraient devenir des ouragans.",
  {"city": "Miami"}),
 ("prevision-saison-cyclonique-2027", KI, "fr", 2, 485, 1200, [GP, "Météo"], "",
  "Saison cyclonique : préparez votre kit dès maintenant",
  "À six jours du début officiel de la saison cyclonique, Météo-France Antilles-Guyane invite les Guadeloupéens à préparer dès maintenant leur kit d'urgence : eau pour trois jours, lampes, radio à piles, médicaments et copies des papiers importants.",
  "Les services de l'État rappellent aussi d'élaguer les arbres proches des maisons et de vérifier la fixation des toitures."),

 # 14. 27 May, 179th anniversary of the abolition of slavery in Guadeloupe: programme, a stele.
 ("commemoration-abolition-27-mai", QG, "fr", 1, 420, 1100, [GP, "Culture"], "lire",
  "27 mai : le programme des commémorations de l'abolition",
  "Veillée place de la Victoire, marche aux flambeaux et concerts de gwoka : Pointe-à-Pitre célèbre jeudi le 179e anniversaire de l'abolition de l'esclavage en Guadeloupe.",
  "La marche partira à 18 heures du Mémorial ACTe. Les commerces du centre-ville fermeront à midi.",
  {"also": "Le 27 mai raconté aux enfants"}),
 ("commemoration-abolition-27-mai", AAP, "fr", 1, 525, 800, [GP, "Culture"], "afp",
  "Guadeloupe : une stèle aux noms de 300 esclaves d'une habitation du Moule",
  "Une stèle portant les noms de 300 hommes et femmes réduits en esclavage, retrouvés dans les registres d'une habitation sucrière du Moule, sera dévoilée jeudi à l'occasion de la commémoration de l'abolition, a annoncé mercredi la Région Guadeloupe.",
  "Le travail de recherche a été mené pendant trois ans par des étudiants de l'université des Antilles et des généalogistes bénévoles."),
 ("commemoration-abolition-27-mai", SOL, "fr", 1, 605, 600, [GP, "Culture"], "byline_fr",
  "« Le 27 mai, c'est notre mémoire vivante »",
  "Pour Nadège Rosemond-Célestin, professeure d'histoire aux Abymes, la commémoration du 27 mai reste l'occasion de rappeler aux jeunes que la liberté a été arrachée par les insurgés avant d'être décrétée à Paris.",
  "Avec ses élèves de troisième, elle a reconstitué le parcours de quatre familles affranchies en 1848.",
  {"site": "Soleil des Îles", "author": "Guy-Albert Jalton"}),
 ("commemoration-abolition-27-mai", KI, "fr", 1, 640, 700, [GP, "Culture"], "",
  "Veillée du 27 mai : le centre de Pointe-à-Pitre fermé aux voitures",
  "La circulation et le stationnement seront interdits jeudi de 16 heures à minuit autour de la place de la Victoire et sur le boulevard Chanzy, pour la veillée et la marche aux flambeaux de l'abolition, a annoncé la mairie de Pointe-à-Pitre.",
  "Des navettes gratuites partiront du parking du stade toutes les quinze minutes."),

 # 15-18. Promo alone; filler: football, weather bulletin, lottery.
 ("promo-grand-debat-karukera", KI, "fr", 0, 560, 60, ["Promo"], "",
  "Le Grand Débat, jeudi 20 heures",
  "Vie chère, prix de la canne, déchets : posez vos questions à nos invités jeudi à 20 heures dans « Le Grand Débat » sur Radio Karukera Inter et notre page.",
  "Envoyez vos questions par message au numéro de la station."),
 ("football-coupe-regionale-gosier", GI, "fr", 0, 15, 900, ["Sport"], "",
  "Coupe régionale : le Red Star du Gosier en finale",
  "Le Red Star du Gosier s'est qualifié mardi soir pour la finale de la Coupe régionale de football en battant le Racing de Lamentin 3-1 au stade de Petit-Bourg.",
  "Il affrontera en finale l'US Grand-Fond le 12 juin."),
 ("football-coupe-regionale-gosier", NX, "fr", 0, 95, 400, ["Sport"], "",
  "Football : Le Gosier file en finale",
  "Vainqueur du Racing de Lamentin (3-1), le Red Star du Gosier disputera le 12 juin la finale de la Coupe régionale face à l'US Grand-Fond.",
  ""),
 ("meteo-jeudi-27-mai-guadeloupe", KI, "fr", 0, 680, 700, ["Météo"], "",
  "Météo du jeudi 27 mai : averses orageuses l'après-midi",
  "Jeudi, le temps sera ensoleillé le matin sur la Grande-Terre, puis des averses parfois orageuses se développeront l'après-midi sur le relief de la Basse-Terre, avec des températures maximales de 31 °C à Pointe-à-Pitre.",
  "Mer agitée sur la façade atlantique, houle d'est de 2 mètres."),
 ("loto-tirage-26-mai", GI, "fr", 0, 715, 500, ["Jeux"], "",
  "Loto : les résultats du tirage du mercredi 26 mai",
  "Les numéros gagnants du tirage du Loto de ce mercredi 26 mai sont le 4, le 17, le 23, le 38 et le 45, avec le numéro chance 7.",
  "Aucun joueur n'a trouvé la combinaison gagnante ; le jackpot de samedi est porté à 5 millions d'euros."),
]
