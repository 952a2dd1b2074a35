# Day 68 (hold-out): a Burkina Faso French channel, evening edition of Wednesday 14 April 2027
# (window 07:00 - 19:00 Ouagadougou, Africa/Ouagadougou = UTC+0). Gold answer written before any
# run: each post's story, its lede (the true first sentence) and the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: the Minister of Health, Aminata Zongo-Sawadogo,
#   on Radio Savane FM on Wednesday morning, about the heat wave deaths at the CHU Yalgado-Ouédraogo
#   (posts 7, 8) and about the midwives' strike (post 14), both carrying « Les urgences resteront
#   ouvertes jour et nuit, quoi qu'il arrive, et personne ne sera renvoyé faute de place »;
# - a shared wire byline line ("Agence Burkinabè d'Information | Mis à jour : 14-04-2027 17:52"):
#   the sesame price collapse (post 37) and the restart of the Ouahigouya tomato plant (post 40),
#   three minutes apart;
# - the same hospital: the CHU Yalgado-Ouédraogo holds the heat wave deaths (posts 7-12) and the
#   first cornea transplants (posts 21-23; post 23's lede names the heat wave patients);
# - the same town: Boromo holds the coach that fell off the Mouhoun bridge (posts 47-51) and the
#   elephant count of the Deux Balé forest (posts 52-54, post 54 set in Boromo);
# - look-alike stories: two strikes on the same Wednesday in Ouagadougou (the midwives' 72-hour
#   walkout, the green taxi drivers' stoppage); two cases at the same court, the TGI Ouaga I, on the
#   same day (the student-grant embezzlement: prosecutor's requisitions; the mercury smugglers:
#   verdict); four tolls that rise (the convoy 8 -> 14, the heat wave 23 -> 31, the gas depot fire
#   2 -> 4, the coach 9 -> 13); two farm-economy stories on one shared line;
# - reaction pieces, explainers and "how to" posts: Djibo's dependence on convoys (post 6), Kuwait's
#   condemnation (post 5), heat gestures (post 9), school hours (post 12), the maternity ward without
#   midwives (post 15), getting around without taxis (post 18), the cornea patient (post 23), the
#   students' union (post 26), the mercury explainer (post 31), what the chieftaincy law changes
#   (post 33) and the chiefs' reaction (post 35), gas safety gestures (post 46), the survivor (post
#   50) and the bridge explainer (post 51), the farmers and the elephants (post 54);
# - synonyms across outlets: "car", "autocar", "coach"; "canicule", "vague de chaleur", "fortes
#   chaleurs", "heatwave"; "grève", "arrêt de travail", "débrayage" (the last two in both strikes);
#   "embuscade", "attaque", "ambush"; "incendie", "sinistre", "fire", "blaze";
# - a promo posted alone (post 58); filler of importance 0: weather bulletin with 44 °C (post 59,
#   not part of the heat wave story), football result (posts 60-61), lottery draw (post 62);
# - ten English posts from the agencies' English services (Wire West, AP-like, KUNA-like, UPI-like,
#   The Sahel Standard) in eight stories; post 15 carries a "Lire aussi" line.
NAME = "2027-04-14-fr-soir-ouagadougou-h68"
CHANNEL = {"lang": "fr", "tz": "Africa/Ouagadougou"}
WINDOW = ("2027-04-14T07:00:00Z", "2027-04-14T19:00:00Z")
CTX = {"stamp": "14-04-2027 17:52",
       "line": "Agence Burkinabè d'Information | Mis à jour : 14-04-2027 17:52",
       "city": "Ouagadougou", "date_fr": "14 avr", "date_en": "Apr 14",
       "author": "Rasmané Compaoré-Yaméogo", "clarify": "the number of soldiers killed",
       "caption": "", "also": "notre dossier", "country": "Burkina Faso"}
# The editor's top 5: the convoy ambush near Djibo, the coach in the Mouhoun at Boromo, the heat
# wave deaths in Ouagadougou, the gas depot fire in Tampouy, the chieftaincy law vote.
TOP5 = ["embuscade-convoi-djibo", "chute-car-pont-boromo", "canicule-urgences-yalgado",
        "incendie-depot-gaz-tampouy", "loi-chefferie-coutumiere-alt"]
BF = "Burkina Faso"
E = "Économie"
SA = "Santé"
J = "Justice"
FD = "Faits divers"
P = "Politique"
SEC = "Sécurité"
SOC = "Société"
ENV = "Environnement"
AN = "agence-nord.fr"
ABI = "abi-presse.bf"
QDF = "quotidien-du-faso.bf"
OBS = "observateur-du-kadiogo.bf"
RADIO = "radio-savane-fm.bf"
NET = "faso-actu.net"
WW = "wire-west.com"
APL = "ap-like.com"
STD = "sahel-standard.com"
ALP = "agence-alpes.ch"
UPI = "upi-like.com"
GULF = "menafn-like.com"
QUOTE = ("« Les urgences resteront ouvertes jour et nuit, quoi qu'il arrive, et personne ne sera "
         "renvoyé faute de place »")
POSTS = [
 # 1. Ambush on a supply convoy between Namssiguia and Djibo at dawn; 8 -> 14 dead.
 ("embuscade-convoi-djibo", AN, "fr", 3, 40, 3900, [BF, SEC], "afp",
  "Au moins huit militaires et supplétifs tués dans une attaque contre un convoi dans le Nord",
  "Au moins huit militaires et supplétifs civils ont été tués mercredi à l'aube dans une attaque contre un convoi de ravitaillement escorté par l'armée sur l'axe Namssiguia-Djibo, dans le nord du Burkina Faso, a-t-on appris de sources sécuritaires.",
  "Le convoi, composé d'une centaine de camions de vivres et de carburant, a été pris pour cible vers 5 h 30 à une vingtaine de kilomètres de Djibo, chef-lieu de la province du Soum. Plusieurs véhicules ont été incendiés, selon ces sources, qui font aussi état de blessés."),
 ("embuscade-convoi-djibo", WW, "en", 3, 95, 1500, [BF, SEC], "reuters",
  "Eight killed as militants ambush convoy bound for Burkina's Djibo",
  "At least eight soldiers and volunteer fighters were killed on Wednesday when suspected jihadists ambushed a supply convoy heading to the blockaded northern town of Djibo, two security sources told Wire West.",
  "The attack took place about 20 km south of the town, which has depended on escorted convoys and airdrops for food since insurgents cut off its roads. The army did not immediately comment."),
 ("embuscade-convoi-djibo", ABI, "fr", 3, 210, 2600, [BF, SEC], "actu",
  "Embuscade contre le convoi de Djibo : le gouvernement annonce quatorze morts",
  "Le gouvernement a confirmé mercredi la mort de quatorze combattants, dont neuf soldats et cinq volontaires pour la défense de la patrie (VDP), dans l'embuscade tendue au convoi de ravitaillement de Djibo.",
  "Dans un communiqué lu à la télévision nationale, le porte-parole du gouvernement précise que vingt-deux autres combattants ont été blessés et évacués par hélicoptère vers Ouagadougou. « Une quarantaine d'assaillants ont été neutralisés » lors de la riposte, selon le texte, qui indique que le convoi a pu atteindre Djibo en fin de matinée."),
 ("embuscade-convoi-djibo", APL, "en", 3, 260, 1200, [BF, SEC], "updated",
  "Burkina Faso says 14 troops killed in convoy ambush",
  "Fourteen soldiers and civilian auxiliaries were killed in an ambush on a food convoy in northern Burkina Faso, the government said Wednesday, raising an earlier toll of eight given by security sources.",
  "Twenty-two others were wounded. The convoy was carrying food and fuel to Djibo, a town of several hundred thousand people, many of them displaced by years of violence."),
 ("embuscade-convoi-djibo", GULF, "en", 2, 300, 300, [BF, SEC], "kuna",
  "Kuwait condemns attack on Burkina Faso convoy",
  "Kuwait condemned on Wednesday the deadly attack on a supply convoy in northern Burkina Faso that killed 14 members of the security forces, the Foreign Ministry said in a statement.",
  "The ministry offered its condolences to the families of the victims and reaffirmed Kuwait's rejection of all forms of violence and terrorism.",
  {"city": "Kuwait"}),
 ("embuscade-convoi-djibo", OBS, "fr", 2, 420, 1700, [BF, SEC, SOC], "byline_fr",
  "Djibo, une ville suspendue aux convois",
  "À Djibo, où plus de 300 000 personnes dépendent des convois pour se nourrir, l'embuscade de mercredi fait craindre une nouvelle flambée du prix du sac de mil.",
  "Joint par téléphone, un commerçant du grand marché explique que le sac de 100 kilos s'y vend déjà 45 000 francs CFA, près du double du prix pratiqué à Ouagadougou. « Chaque fois qu'un convoi est attaqué, les gens ont peur que le suivant ne vienne jamais », dit-il.",
  {"author": "Boukary Dicko"}),
 # 2. Heat wave deaths at the CHU Yalgado-Ouédraogo; 23 -> 31 dead; Health Minister on the radio.
 ("canicule-urgences-yalgado", RADIO, "fr", 3, 60, 2400, [BF, SA], "",
  "Canicule : la ministre de la Santé annonce des tentes climatisées devant les urgences de Yalgado",
  "La ministre de la Santé, Aminata Zongo-Sawadogo, a annoncé mercredi matin sur Radio Savane FM l'installation de tentes climatisées devant les urgences du CHU Yalgado-Ouédraogo, où vingt-trois décès liés à la chaleur ont été enregistrés depuis dimanche.",
  f"{QUOTE}, a-t-elle assuré, en reconnaissant que le service recevait « trois fois plus de malades qu'en temps normal ». La plupart des victimes sont des personnes âgées et des nourrissons déshydratés."),
 ("canicule-urgences-yalgado", AN, "fr", 3, 150, 3100, [BF, SA], "afp",
  "Burkina : la vague de chaleur a fait au moins 23 morts à Ouagadougou",
  "La vague de chaleur qui frappe le Burkina Faso depuis une semaine a fait au moins vingt-trois morts à Ouagadougou, où le thermomètre a dépassé 45 °C mardi, selon le ministère de la Santé.",
  f"« Nous sommes face à une situation exceptionnelle », a déclaré la ministre de la Santé sur une radio privée, promettant : {QUOTE}. Les délestages d'électricité, fréquents en cette saison, privent de ventilation de nombreux foyers de la capitale."),
 ("canicule-urgences-yalgado", NET, "fr", 2, 240, 2200, [BF, SA], "soutien",
  "Fortes chaleurs : les gestes qui sauvent",
  "Boire au moins trois litres d'eau par jour, éviter de sortir entre 11 heures et 16 heures et ne jamais laisser un enfant dans un véhicule fermé : voici les gestes recommandés par les médecins face à la canicule.",
  "Les personnes âgées doivent être surveillées plusieurs fois par jour. Des signes comme une forte fièvre, des vomissements ou une confusion doivent conduire sans attendre au centre de santé le plus proche."),
 ("canicule-urgences-yalgado", STD, "en", 3, 330, 1300, [BF, SA], "colon",
  "Burkina Faso heatwave kills 31 in capital",
  "A heatwave gripping Burkina Faso has killed at least 31 people in the capital this week, health officials said on Wednesday, as temperatures topped 45 degrees Celsius.",
  "Doctors at the Yalgado-Ouedraogo teaching hospital said most of the victims were elderly people and infants suffering from severe dehydration."),
 ("canicule-urgences-yalgado", OBS, "fr", 3, 500, 2000, [BF, SA], "teaser",
  "Canicule : trente et un morts au CHU Yalgado",
  "Le bilan de la canicule est passé à trente et un morts mercredi après-midi au CHU Yalgado-Ouédraogo, dont une majorité de personnes âgées et de nourrissons.",
  "Selon la direction de l'hôpital, quatorze patients se trouvaient encore en réanimation à 16 heures. Des brancards ont été installés dans les couloirs du service des urgences."),
 ("canicule-urgences-yalgado", ABI, "fr", 2, 560, 1100, [BF, SA, SOC], "",
  "Fortes chaleurs : les cours avancés à 7 heures dans les écoles de Ouagadougou",
  "Le ministère de l'Éducation nationale a décidé mercredi d'avancer le début des cours à 7 heures et de libérer les élèves à midi dans les écoles de la région du Centre, en raison de la vague de chaleur.",
  "La mesure s'applique dès jeudi et jusqu'à nouvel ordre. Les compositions prévues l'après-midi sont reportées."),
 # 3. Midwives' 72-hour strike; Health Minister on the same radio interview.
 ("greve-sages-femmes", ABI, "fr", 2, 20, 1300, [BF, SA, SOC], "",
  "Les sages-femmes en grève pour 72 heures",
  "Les sages-femmes et maïeuticiens des formations sanitaires publiques ont entamé mercredi une grève de 72 heures pour réclamer le paiement d'indemnités de garde impayées depuis huit mois, à l'appel du Syndicat autonome des sages-femmes du Burkina (SASFB).",
  "Le syndicat affirme que plus de 4 000 agents sont concernés. Un service minimum est prévu pour les accouchements compliqués."),
 ("greve-sages-femmes", RADIO, "fr", 2, 75, 1400, [BF, SA], "",
  "Grève des sages-femmes : la ministre demande un service minimum dans toutes les maternités",
  "Invitée de Radio Savane FM mercredi matin, la ministre de la Santé a appelé les sages-femmes grévistes à assurer un service minimum dans toutes les maternités.",
  f"« Je comprends leurs revendications, mais aucune femme ne doit accoucher seule », a déclaré Aminata Zongo-Sawadogo, avant d'ajouter : {QUOTE}. Elle a indiqué que les arriérés seraient « en partie » payés avant la fin du mois."),
 ("greve-sages-femmes", QDF, "fr", 2, 280, 900, [BF, SA], "lire",
  "À la maternité de Pissy, des infirmières et des stagiaires en première ligne",
  "À la maternité du centre médical de Pissy, les femmes en travail étaient prises en charge mercredi par des infirmières et des stagiaires, les sages-femmes ayant déposé la blouse pour le premier jour de leur arrêt de travail.",
  "« On a fait trois accouchements ce matin, on s'en est sortis », souffle une infirmière. Plusieurs familles ont préféré se rendre dans des cliniques privées.",
  {"also": "Santé : le dialogue social au point mort"}),
 ("greve-sages-femmes", NET, "fr", 2, 600, 700, [BF, SA], "",
  "Sages-femmes : rendez-vous jeudi au ministère de la Fonction publique",
  "Le gouvernement et le syndicat des sages-femmes se retrouveront jeudi à 10 heures au ministère de la Fonction publique, a annoncé mercredi soir le secrétaire général du SASFB, Issouf Bationo.",
  "Le débrayage se poursuivra en attendant, a-t-il précisé."),
 # 4. Green taxi drivers' stoppage over the parking tax, suspended in the afternoon.
 ("greve-taxis-verts-ouaga", AN, "fr", 2, 10, 1800, [BF, SOC], "afp",
  "Ouagadougou : les taxis verts à l'arrêt contre une hausse de taxe",
  "Les chauffeurs de taxis verts de Ouagadougou ont observé mercredi un arrêt de travail illimité pour protester contre la hausse de la taxe de stationnement décidée par la délégation spéciale de la commune, paralysant une partie des déplacements dans la capitale.",
  "La taxe mensuelle passe de 3 000 à 10 000 francs CFA par véhicule. « Avec le prix du carburant, on ne peut plus nourrir nos familles », a déclaré un responsable syndical."),
 ("greve-taxis-verts-ouaga", OBS, "fr", 1, 130, 1900, [BF, SOC], "caption",
  "Taxis à l'arrêt : comment se déplacer à Ouagadougou ce mercredi",
  "Bus de la société de transport en commun, tricycles et covoiturage : voici les solutions pour se déplacer dans la capitale pendant le débrayage des taxis verts.",
  "Les bus circulent normalement sur les neuf lignes du réseau, avec des renforts aux heures de pointe. Plusieurs applications de covoiturage proposent des trajets vers le centre-ville et l'université Joseph-Ki-Zerbo.",
  {"caption": "Des taxis verts garés en file devant la gare routière de Ouagadougou, mercredi matin."}),
 ("greve-taxis-verts-ouaga", NET, "fr", 2, 390, 1200, [BF, SOC, P], "",
  "La mairie suspend la taxe de stationnement des taxis",
  "La délégation spéciale de la commune de Ouagadougou a suspendu mercredi après-midi la nouvelle taxe de stationnement des taxis, au terme d'une réunion de crise avec les syndicats de chauffeurs.",
  "Une commission paritaire doit proposer un nouveau barème d'ici un mois."),
 ("greve-taxis-verts-ouaga", ABI, "fr", 1, 450, 600, [BF, SOC], "",
  "Les taxis verts reprennent la route",
  "Les taxis verts ont repris progressivement du service mercredi en fin d'après-midi à Ouagadougou, après la suspension de la taxe de stationnement contestée.",
  ""),
 # 5. First cornea transplants at the CHU Yalgado-Ouédraogo (same hospital as the heat wave).
 ("greffe-cornee-yalgado", ABI, "fr", 1, 180, 800, [BF, SA], "publie",
  "Premières greffes de cornée au Burkina Faso",
  "Le service d'ophtalmologie du CHU Yalgado-Ouédraogo a réalisé mardi les deux premières greffes de cornée pratiquées au Burkina Faso, grâce à des greffons fournis par une banque des yeux partenaire.",
  "Les deux patients, âgés de 34 et 51 ans, se portent bien, selon le chef de service, le professeur Dieudonné Kaboré-Somé."),
 ("greffe-cornee-yalgado", ALP, "fr", 1, 230, 300, [SA, "International"], "ats",
  "Une fondation genevoise derrière les premières greffes de cornée au Burkina",
  "Une fondation genevoise a financé les premières greffes de cornée réalisées au Burkina Faso, à l'hôpital universitaire Yalgado-Ouédraogo de Ouagadougou, a-t-elle annoncé mercredi.",
  "La fondation a fourni le microscope opératoire et formé deux chirurgiens burkinabè pendant un an à Genève.",
  {"city": "Genève"}),
 ("greffe-cornee-yalgado", QDF, "fr", 1, 540, 1000, [BF, SA], "byline_fr",
  "Rasmata, 34 ans, a retrouvé la vue",
  "Aveugle de l'œil droit depuis douze ans, Rasmata, 34 ans, a retrouvé une partie de la vue au lendemain de sa greffe au CHU Yalgado-Ouédraogo, où les équipes redoutent pourtant que l'afflux de malades de la canicule ne retarde les prochaines interventions.",
  "Une vingtaine de patients sont déjà inscrits sur la liste d'attente. « Chaque greffon compte », rappelle le chirurgien qui l'a opérée.",
  {"author": "Aïcha Ouattara-Zida"}),
 # 6. Student-grant embezzlement trial at the TGI Ouaga I: requisitions.
 ("proces-fonds-bourses-etudiantes", AN, "fr", 2, 300, 1600, [BF, J], "afp",
  "Détournement des bourses étudiantes : dix ans requis contre l'ex-directeur du fonds",
  "Le parquet a requis mercredi dix ans de prison ferme contre l'ancien directeur du Fonds d'aide aux étudiants, jugé devant le tribunal de grande instance Ouaga I pour le détournement présumé de 2,3 milliards de francs CFA destinés aux bourses.",
  "Hamidou Kaboré-Traoré, qui a dirigé le fonds de 2021 à 2025, nie les faits. Le parquet a aussi requis cinq ans contre son ancien comptable."),
 ("proces-fonds-bourses-etudiantes", OBS, "fr", 2, 360, 1300, [BF, J], "",
  "Procès du Fonds d'aide aux étudiants : le réquisitoire sans concession du procureur",
  "« Pendant qu'il achetait des villas, des milliers d'étudiants attendaient leurs bourses » : le procureur n'a pas mâché ses mots mercredi au procès de Hamidou Kaboré-Traoré, l'ex-patron du Fonds d'aide aux étudiants.",
  "Le magistrat a détaillé l'achat de trois villas à Ouaga 2000 et de onze véhicules, financés selon lui par de fausses listes de bénéficiaires."),
 ("proces-fonds-bourses-etudiantes", ABI, "fr", 1, 470, 700, [BF, J, SOC], "",
  "Les étudiants saluent les réquisitions et réclament leurs arriérés",
  "L'Union nationale des étudiants du Faso a salué mercredi les réquisitions du parquet dans l'affaire des bourses, tout en réclamant le versement immédiat des arriérés dus à quelque 18 000 étudiants.",
  ""),
 ("proces-fonds-bourses-etudiantes", NET, "fr", 1, 560, 900, [BF, J], "",
  "Affaire des bourses : verdict le 5 mai",
  "Le tribunal de grande instance Ouaga I rendra le 5 mai sa décision dans le procès du détournement des fonds destinés aux bourses étudiantes, après deux jours d'audience.",
  "La défense a plaidé la relaxe, dénonçant « un dossier monté de toutes pièces »."),
 # 7. Mercury smuggling verdict at the same court, same day.
 ("verdict-mercure-orpaillage", ABI, "fr", 1, 250, 700, [BF, J], "",
  "Trafic de mercure : sept ans de prison pour trois commerçants",
  "Le tribunal de grande instance Ouaga I a condamné mercredi trois commerçants à sept ans de prison ferme pour avoir importé frauduleusement près de deux tonnes de mercure destinées à des sites d'orpaillage.",
  "Les prévenus avaient été interpellés en 2024 au poste frontière de Dakola."),
 ("verdict-mercure-orpaillage", QDF, "fr", 1, 320, 600, [BF, J, ENV], "",
  "Importation de mercure : lourdes peines pour les trois prévenus",
  "Trois ans après leur interpellation à la frontière ghanéenne, les trois importateurs de mercure jugés à Ouagadougou ont écopé mercredi de peines de sept ans de prison et d'une amende de 500 millions de francs CFA.",
  "Le tribunal a aussi ordonné la confiscation de leurs entrepôts de Bobo-Dioulasso."),
 ("verdict-mercure-orpaillage", STD, "en", 1, 410, 400, [BF, J, ENV], "donate",
  "Burkina court jails three over mercury smuggling",
  "A court in Burkina Faso's capital on Wednesday jailed three traders for seven years for smuggling nearly two tonnes of mercury used by illegal gold miners, a rare conviction in a region where the toxic metal is widely traded.",
  "Environmental groups welcomed the ruling but said the trade would continue as long as small-scale miners had no alternative."),
 ("verdict-mercure-orpaillage", NET, "fr", 1, 650, 500, [BF, ENV], "",
  "Pourquoi le mercure empoisonne les sites d'orpaillage",
  "Utilisé pour séparer l'or du minerai, le mercure s'évapore lors du chauffage de l'amalgame et contamine durablement les orpailleurs, les sols et les cours d'eau.",
  "Son importation est interdite au Burkina Faso depuis la ratification de la convention internationale sur le mercure, ce qui n'empêche pas un vaste commerce clandestin."),
 # 8. Chieftaincy status law at the Assemblée législative de transition: vote scheduled, adopted.
 ("loi-chefferie-coutumiere-alt", ABI, "fr", 2, 30, 1000, [BF, P], "",
  "La loi sur la chefferie coutumière en plénière cet après-midi",
  "L'Assemblée législative de transition examinera mercredi à 15 heures en plénière le projet de loi portant statut de la chefferie coutumière et traditionnelle, qui interdit notamment aux chefs de se présenter à des élections.",
  "Le texte a été adopté en commission la semaine dernière."),
 ("loi-chefferie-coutumiere-alt", QDF, "fr", 2, 200, 1400, [BF, P], "",
  "Ce que change la loi sur la chefferie coutumière",
  "Rémunération des chefs, interdiction de militer dans un parti, juridiction coutumière pour les conflits de succession : le texte soumis mercredi aux députés de la transition encadre pour la première fois le rôle des autorités traditionnelles.",
  "Un registre national des chefferies sera tenu par le ministère de l'Administration territoriale."),
 ("loi-chefferie-coutumiere-alt", AN, "fr", 2, 520, 1500, [BF, P], "afp",
  "Burkina : les chefs coutumiers interdits de politique partisane",
  "Les députés de la transition ont adopté mercredi à l'unanimité des 71 votants la loi portant statut de la chefferie coutumière au Burkina Faso, qui interdit aux chefs traditionnels toute activité politique partisane.",
  "Les chefs qui occupent un mandat électif disposent de six mois pour choisir entre leur fonction et leur trône."),
 ("loi-chefferie-coutumiere-alt", NET, "fr", 1, 610, 800, [BF, P, SOC], "",
  "Loi sur la chefferie : des chefs du Centre-Nord dénoncent un texte « écrit sans nous »",
  "Le porte-parole d'une association de chefs coutumiers du Centre-Nord a dénoncé mercredi soir une loi « écrite sans nous », adoptée quelques heures plus tôt par l'Assemblée législative de transition.",
  "Il réclame la création d'un conseil consultatif des chefs auprès de la présidence."),
 # 9. Sesame price collapse (shared byline line with the tomato plant).
 ("prix-sesame-producteurs", STD, "en", 1, 560, 300, [BF, E], "byline_en",
  "Burkina sesame farmers hit by five-year price low",
  "Prices paid to sesame farmers in Burkina Faso have fallen to a five-year low as Asian buyers cut orders, industry officials said on Wednesday, threatening a crop that has become one of the country's main agricultural exports.",
  "Farm-gate prices dropped to 450 CFA francs a kilo in the Boucle du Mouhoun region.",
  {"author": "Grace Ilboudo-Miller", "site": "The Sahel Standard"}),
 ("prix-sesame-producteurs", ABI, "fr", 1, 652, 500, [BF, E], "reuters_line",
  "Le prix du sésame au plus bas depuis cinq ans",
  "Le prix du kilo de sésame payé aux producteurs est tombé à 450 francs CFA dans la région de la Boucle du Mouhoun, son plus bas niveau depuis cinq ans, selon l'interprofession de la filière.",
  "Les exportateurs invoquent la baisse des commandes asiatiques et des stocks invendus de la campagne précédente."),
 ("prix-sesame-producteurs", QDF, "fr", 1, 690, 400, [BF, E], "",
  "Autour de Dédougou, le sésame reste dans les greniers",
  "Dans les villages autour de Dédougou, les producteurs de sésame stockent leurs sacs en attendant une remontée des cours, faute d'acheteurs au prix plancher fixé par l'État.",
  ""),
 # 10. Restart of the Ouahigouya tomato plant (shared byline line with the sesame price).
 ("usine-tomate-ouahigouya", NET, "fr", 1, 480, 400, [BF, E], "",
  "Ouahigouya : les maraîchers attendent la réouverture de l'usine de tomates",
  "À Ouahigouya, les maraîchers de la vallée du Goulbi espèrent enfin vendre leurs tomates à un prix stable avec la réouverture de l'usine de concentré, annoncée pour ce mercredi.",
  "En haute saison, la caisse de tomates tombe parfois sous les 1 500 francs CFA faute d'acheteurs."),
 ("usine-tomate-ouahigouya", ABI, "fr", 1, 655, 500, [BF, E], "reuters_line",
  "L'usine de tomates de Ouahigouya redémarre",
  "L'usine de transformation de tomates de Ouahigouya a relancé mercredi sa production après deux ans d'arrêt, avec une capacité de 50 tonnes de concentré par jour, a annoncé son directeur général.",
  "Quelque 400 emplois saisonniers sont attendus."),
 ("usine-tomate-ouahigouya", QDF, "fr", 1, 705, 300, [BF, E], "",
  "Concentré de tomate : le pari d'une production locale",
  "En relançant son usine de Ouahigouya, l'État espère réduire les importations de concentré de tomate, qui dépassent 20 milliards de francs CFA par an.",
  ""),
 # 11. Gas depot fire in Tampouy (Ouagadougou); 2 -> 4 dead.
 ("incendie-depot-gaz-tampouy", NET, "fr", 3, 120, 2500, [BF, FD], "",
  "Violent incendie dans un dépôt de gaz à Tampouy",
  "Un violent incendie s'est déclaré mercredi vers 8 h 30 dans un dépôt de bouteilles de gaz du quartier Tampouy, à Ouagadougou, provoquant une série d'explosions et l'évacuation de plusieurs centaines d'habitants.",
  "D'épaisses fumées noires étaient visibles depuis le centre-ville. Les sapeurs-pompiers ont établi un périmètre de sécurité de 300 mètres."),
 ("incendie-depot-gaz-tampouy", AN, "fr", 3, 170, 2800, [BF, FD], "afp",
  "Ouagadougou : deux morts dans l'incendie d'un dépôt de gaz",
  "Au moins deux personnes ont été tuées et une dizaine blessées mercredi matin dans l'incendie d'un dépôt de gaz butane à Ouagadougou, selon la brigade nationale des sapeurs-pompiers.",
  "Le sinistre a été maîtrisé vers 11 heures. Les causes restent inconnues."),
 ("incendie-depot-gaz-tampouy", APL, "en", 3, 290, 1100, [BF, FD], "ap",
  "Gas depot fire kills 4 in Burkina Faso capital",
  "A fire at a cooking gas depot in Burkina Faso's capital killed at least four people and injured 15 on Wednesday, setting off a chain of explosions that sent residents fleeing, firefighters said.",
  "The blaze in the Tampouy neighborhood was brought under control by late morning."),
 ("incendie-depot-gaz-tampouy", OBS, "fr", 3, 400, 1800, [BF, FD], "caption",
  "Incendie de Tampouy : le bilan passe à quatre morts",
  "Quatre morts et quinze blessés : le bilan de l'incendie du dépôt de gaz de Tampouy s'est alourdi mercredi après-midi, tandis que le maire délégué promettait la fermeture des stockages installés en zone d'habitation.",
  "Deux des blessés, gravement brûlés, ont été évacués vers un centre spécialisé.",
  {"caption": "Des sapeurs-pompiers arrosent les restes calcinés du dépôt de gaz de Tampouy, mercredi à Ouagadougou."}),
 ("incendie-depot-gaz-tampouy", RADIO, "fr", 1, 440, 900, [BF, FD, SOC], "",
  "Bouteilles de gaz : les bons réflexes à la maison",
  "Vérifier le détendeur, ne jamais stocker de bouteilles dans une chambre et fermer le robinet après chaque usage : les sapeurs-pompiers rappellent les bons réflexes après l'incendie de Tampouy.",
  "En cas d'odeur de gaz, il faut aérer, ne toucher à aucun interrupteur et sortir."),
 # 12. Coach off the Mouhoun bridge at Boromo on the RN1; 9 -> 13 dead.
 ("chute-car-pont-boromo", ABI, "fr", 3, 15, 2300, [BF, FD], "",
  "Un car tombe dans le Mouhoun à Boromo : neuf morts",
  "Neuf personnes ont péri mercredi vers 6 heures lorsqu'un car de transport en commun reliant Ouagadougou à Bobo-Dioulasso a quitté la chaussée et chuté dans le fleuve Mouhoun, à la sortie de Boromo, selon un bilan provisoire de la protection civile.",
  "Le véhicule transportait une soixantaine de passagers. Des plongeurs poursuivent les recherches."),
 ("chute-car-pont-boromo", AN, "fr", 3, 110, 3300, [BF, FD], "afp",
  "Burkina : au moins onze morts dans la chute d'un autocar dans un fleuve",
  "Au moins onze personnes ont été tuées mercredi au Burkina Faso quand un autocar est tombé d'un pont dans le fleuve Mouhoun, sur la route nationale 1 reliant la capitale à Bobo-Dioulasso, a-t-on appris de source sécuritaire.",
  "Une trentaine de blessés ont été admis au centre médical de Boromo.",
  {"city": "Boromo"}),
 ("chute-car-pont-boromo", STD, "en", 3, 340, 1200, [BF, FD], "place",
  "Thirteen dead as coach plunges into Burkina river",
  "Thirteen people died when a packed coach plunged off a bridge into the Mouhoun River in western Burkina Faso early on Wednesday, rescue officials said, as divers searched the water for missing passengers.",
  "Survivors said the driver had been speeding before the bridge.",
  {"city": "Boromo"}),
 ("chute-car-pont-boromo", QDF, "fr", 2, 380, 1600, [BF, FD], "",
  "Accident de Boromo : « On lui a crié de ralentir »",
  "« Le chauffeur roulait trop vite, on lui a crié de ralentir avant le pont » : rescapée de l'accident de Boromo, Alimata Sanou raconte les dernières minutes du trajet.",
  "Assise à l'arrière, elle a pu sortir par une vitre brisée avant que le car ne s'enfonce dans l'eau."),
 ("chute-car-pont-boromo", NET, "fr", 2, 580, 1000, [BF, FD], "",
  "Le pont de Boromo, un point noir connu de tous",
  "Étroit, sans glissières et réputé dangereux, le pont de Boromo sur le Mouhoun devait être doublé depuis 2019, un chantier jamais lancé.",
  "Le ministère des Infrastructures promet un appel d'offres « avant la fin de l'année »."),
 # 13. Elephant count in the Deux Balé forest near Boromo (same town as the coach).
 ("recensement-elephants-deux-bale", ABI, "fr", 1, 270, 600, [BF, ENV], "",
  "Deux Balé : 312 éléphants recensés",
  "Un recensement aérien mené en mars dans la forêt classée des Deux Balé, près de Boromo, a dénombré 312 éléphants, contre 240 lors du précédent comptage, a annoncé mercredi la direction de la faune.",
  "Les patrouilles anti-braconnage ont été doublées depuis 2024."),
 ("recensement-elephants-deux-bale", UPI, "en", 1, 430, 300, [BF, ENV], "upi",
  "Elephant numbers up by nearly a third in Burkina forest",
  "The number of elephants in a protected forest in western Burkina Faso has risen by almost a third in three years, wildlife officials said Wednesday, crediting tighter anti-poaching patrols.",
  "An aerial survey in March counted 312 animals in the Deux Bale forest."),
 ("recensement-elephants-deux-bale", QDF, "fr", 1, 630, 500, [BF, ENV, SOC], "",
  "À Boromo, les cultivateurs face aux éléphants",
  "Les éléphants des Deux Balé ne font pas que des heureux : à Boromo, des cultivateurs réclament des indemnisations après la destruction de leurs champs par des troupeaux sortis de la forêt.",
  "Une trentaine d'hectares de maïs et de sorgho ont été piétinés l'an dernier, selon la chambre d'agriculture."),
 # 14. Treasury bond auction on the UEMOA market.
 ("emprunt-tresor-uemoa", AN, "fr", 1, 380, 700, [BF, E], "afp",
  "Le Trésor burkinabè lève 182 milliards de FCFA",
  "Le Trésor public burkinabè a levé 182 milliards de francs CFA mercredi sur le marché des titres de l'Union économique et monétaire ouest-africaine (UEMOA), au-delà des 150 milliards recherchés, selon les résultats de l'adjudication.",
  "Les obligations à cinq ans ont été placées à un taux moyen de 7,1 %."),
 ("emprunt-tresor-uemoa", WW, "en", 1, 420, 300, [BF, E], "reuters",
  "Burkina Faso beats target in bond auction",
  "Burkina Faso raised 182 billion CFA francs ($300 million) in a bond auction on Wednesday, beating its 150 billion target as regional banks sought higher yields, auction results showed.",
  "The five-year notes sold at an average yield of 7.1%."),
 ("emprunt-tresor-uemoa", ABI, "fr", 1, 640, 300, [BF, E], "",
  "Emprunt du Trésor : le ministre salue « la confiance des investisseurs »",
  "Le ministre de l'Économie et des Finances a salué mercredi soir « la confiance des investisseurs » après le succès de l'emprunt obligataire de 182 milliards de francs CFA levé sur le marché régional.",
  "Les fonds financeront notamment des routes et des forages."),
 # 15. Promo posted alone.
 ("promo-quotidien-numerique", QDF, "fr", 0, 200, 60, ["Promo"], "",
  "Le Quotidien du Faso sur votre téléphone",
  "Abonnez-vous au Quotidien du Faso numérique et recevez chaque matin l'édition complète sur votre téléphone, pour 1 000 francs CFA par mois.",
  "Premier mois offert jusqu'au 30 avril."),
 # Filler of importance 0.
 ("meteo-burkina-mercredi-14", RADIO, "fr", 0, 25, 700, ["Météo"], "",
  "Météo du mercredi 14 avril : très chaud sur tout le pays",
  "Le temps restera très chaud mercredi sur l'ensemble du pays, avec des maximales de 44 °C à Ouagadougou, 46 °C à Dori et 41 °C à Bobo-Dioulasso, selon l'Agence nationale de la météorologie.",
  "Un vent de sable est possible en soirée dans le Sahel."),
 ("foot-etoile-kadiogo-us-houet", NET, "fr", 0, 90, 1100, ["Sport"], "",
  "Ligue 1 : l'Étoile du Kadiogo s'offre l'US Houet",
  "L'Étoile du Kadiogo a battu l'US Houet 2-0 mardi soir au stade municipal de Ouagadougou, grâce à un doublé de son attaquant Moussa Zongo.",
  "Le club de la capitale remonte à la deuxième place du championnat."),
 ("foot-etoile-kadiogo-us-houet", ABI, "fr", 0, 180, 300, ["Sport"], "",
  "Football : victoire de l'Étoile du Kadiogo",
  "Vainqueur de l'US Houet (2-0) mardi, l'Étoile du Kadiogo se rapproche du leader à l'issue de la 22e journée de la Ligue 1.",
  ""),
 ("tirage-loterie-faso-mardi", NET, "fr", 0, 70, 800, ["Loterie"], "",
  "Loterie : les numéros gagnants du tirage de mardi",
  "Les numéros gagnants du tirage de la Loterie du Faso de mardi soir sont le 7, le 18, le 23, le 31 et le 44, avec le numéro complémentaire 12.",
  "Aucun joueur n'a trouvé la bonne combinaison ; la cagnotte est reportée au prochain tirage."),
]
