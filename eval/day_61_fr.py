# Day 61 (hold-out): a Lebanese French-language channel, evening edition of Wednesday 3 February 2027
# (window 07:00 - 19:00 Beirut, Asia/Beirut = UTC+2 in winter). Gold answer written before any run:
# each post's story, its lede (the true first sentence) and the TOP5 below. Every outlet, person and
# story is invented.
#
# Traps:
# - one radio interview, two stories, same quote: the finance minister Ramzi Tohmé-Karam on Radio
#   Cèdre FM, Wednesday morning, about the 2027 budget vote (post 15) and about the strike of the
#   contract teachers (post 21), both carrying « On ne remplit pas les caisses de l'État avec des
#   promesses, on les remplit avec des recettes »;
# - a shared wire byline line ("Agence Levant Presse | Mis à jour : 03-02-2027 15:42"): the new
#   container-terminal concession at the port of Beirut (post 34) and the record Bekaa wine exports
#   (post 55), posted two minutes apart, two unrelated economy stories;
# - the same port: the captagon seizure at the port of Beirut (posts 29-33) and the container
#   terminal concession at the same port (posts 34-36; post 35 mentions the seizure only to say the
#   new operator will pay for scanners);
# - the same town and the same hospital: the building collapse in Bab el-Tebbaneh, Tripoli, whose
#   injured are taken to the Centre hospitalier public de Tripoli (posts 1-7), and the hepatitis A
#   outbreak in Tripoli schools, whose children are treated in the same hospital (posts 37-40; post
#   38 says the paediatric ward is separate from the emergency ward that took in the collapse victims);
# - look-alike stories: two fires in the Beirut area the same morning (a textile warehouse in Bourj
#   Hammoud, no victim; a generator fire in an Achrafieh building, two dead); two strikes (the
#   contract teachers of public schools, the "service" taxi drivers blocking roads); two court cases
#   (an antiquities-smuggling verdict in Zahlé, a banker tried in Beirut over depositors' money); a
#   snowstorm and a separate weather bulletin (the bulletin is filler, not part of the storm story);
#   the Cyprus quake felt in Beirut, with no link to the Tripoli collapse (post 61 says so);
# - running updates: the collapse toll 4 -> 7 -> 9, the stranded drivers 300 -> 1 200 and one death
#   on the mountain road, the budget session scheduled at 11:00 then adopted at the end of the
#   afternoon, the generator fire 1 -> 2 dead, the banker's verdict set for 17 March;
# - other angles that still belong to their story: the neighbours who had warned the municipality
#   (post 4), the explainer on old buildings in Tripoli (post 5), how to drive on snowy roads
#   (post 10), the skiers stuck at the resorts (post 12), what the budget changes for a household
#   (post 17, whose "Lire aussi" line points to the teachers' strike), the parents' view of the teachers' strike (post 22), the commuters (post 27), what
#   captagon is (post 32), how parents can protect children from hepatitis A (post 39), the shops
#   of Bourj Hammoud (post 43), the generator rules explainer (post 46), the Geneva accounts in the
#   banker's trial (post 52), the winemakers' view (post 57);
# - synonyms across outlets: "effondrement", "s'est écroulé", "building collapse"; "tempête",
#   "intempéries", "chutes de neige", "snowstorm"; "grève", "débrayage", "walkout"; "incendie",
#   "sinistre", "blaze"; "saisie", "prise", "haul", "seizure"; "loi de finances", "budget";
# - a promo posted alone (post 66); filler of importance 0: basketball result (posts 63-64), weather
#   bulletin (post 65), horoscope (post 67).
NAME = "2027-02-03-fr-soir-beyrouth-h61"
CHANNEL = {"lang": "fr", "tz": "Asia/Beirut"}
WINDOW = ("2027-02-03T05:00:00Z", "2027-02-03T17:00:00Z")
CTX = {"stamp": "03-02-2027 15:42", "line": "Agence Levant Presse | Mis à jour : 03-02-2027 15:42",
       "city": "Beyrouth", "date_fr": "3 févr", "date_en": "Feb 3",
       "author": "Rania Abi-Nader", "clarify": "the number of people injured",
       "caption": "", "also": "notre dossier", "country": "Lebanon"}
# The editor's top 5: the building collapse in Tripoli, the snowstorm at Dahr el-Baydar, the budget
# vote, the deadly generator fire in Achrafieh, the captagon seizure at the port.
TOP5 = ["effondrement-immeuble-tripoli", "tempete-nour-dahr-el-baydar", "vote-budget-2027-liban",
        "incendie-generateur-achrafieh", "saisie-captagon-port-beyrouth"]
LB = "Liban"
E = "Économie"
SA = "Santé"
J = "Justice"
FD = "Faits divers"
P = "Politique"
ALP = "agence-levant-presse.com"
COUR = "courrier-du-cedre.lb"
REV = "revue-du-levant.lb"
RADIO = "radio-cedre-fm.lb"
NORD = "nord-liban-info.lb"
WW = "wire-west.com"
APL = "ap-like.com"
LEDG = "beirut-ledger.com"
QUOTE = ("« On ne remplit pas les caisses de l'État avec des promesses, on les remplit avec des "
         "recettes »")
TRI = {"city": "Tripoli"}
POSTS = [
 # 1. Four-storey building collapses in Bab el-Tebbaneh, Tripoli, at dawn; toll 4 -> 7 -> 9.
 ("effondrement-immeuble-tripoli", ALP, "fr", 3, 20, 3200, [LB, FD], "afp",
  "Liban : un immeuble s'effondre à Tripoli, au moins quatre morts",
  "Un immeuble de quatre étages s'est effondré mercredi à l'aube dans le quartier populaire de Bab el-Tebbaneh, à Tripoli, dans le nord du Liban, faisant au moins quatre morts et une dizaine de blessés, selon la Défense civile.",
  "Les secouristes recherchent encore plusieurs habitants sous les décombres. L'immeuble, construit dans les années 1960, abritait onze familles.",
  TRI),
 ("effondrement-immeuble-tripoli", WW, "en", 3, 55, 1100, ["Middle East", "Lebanon"], "reuters",
  "Building collapse kills at least four in Lebanon's Tripoli",
  "A four-storey residential building collapsed before dawn on Wednesday in the northern Lebanese city of Tripoli, killing at least four people and injuring about ten, the civil defence said.",
  "Rescuers were searching the rubble for several missing residents.", TRI),
 ("effondrement-immeuble-tripoli", NORD, "fr", 3, 130, 2600, [LB, "Nord"], "caption",
  "Bab el-Tebbaneh : les secouristes fouillent les gravats à mains nues",
  "Faute d'engins adaptés dans les ruelles étroites de Bab el-Tebbaneh, des dizaines de secouristes et de voisins ont dégagé les gravats à mains nues et au seau pendant toute la matinée, dans l'espoir d'entendre un appel sous les dalles.",
  "Une fillette de six ans a été sortie vivante vers 9 heures, sous les applaudissements.",
  {"site": "Nord Liban Info", "caption": "Des secouristes de la Défense civile et des habitants dégagent les décombres de l'immeuble écroulé à Bab el-Tebbaneh, le mercredi 3 février 2027."}),
 ("effondrement-immeuble-tripoli", COUR, "fr", 3, 210, 1800, [LB, FD], "byline_fr",
  "« On avait prévenu la municipalité » : la colère des voisins",
  "Depuis l'automne, les habitants de la rue de Syrie affirment avoir signalé à trois reprises à la municipalité de Tripoli des fissures de plus en plus larges dans les murs porteurs de l'immeuble, sans obtenir autre chose qu'une visite d'un technicien.",
  "« Ils sont venus, ils ont pris des photos et ils sont repartis », raconte un épicier du rez-de-chaussée voisin.",
  {"site": "Le Courrier du Cèdre", "author": "Joëlle Maalouf"}),
 ("effondrement-immeuble-tripoli", REV, "fr", 3, 300, 900, [LB], "soutien",
  "Tripoli : des milliers de bâtiments anciens menacent ruine",
  "Près de 4 000 bâtiments de la vieille ville et des quartiers populaires de Tripoli présentent des défauts de structure graves, selon un recensement de l'ordre des ingénieurs, qui réclame depuis des années un fonds public pour les consolider.",
  "Les propriétaires, souvent soumis aux anciens loyers, n'ont pas les moyens de financer les travaux, et les locataires n'osent pas partir de peur de ne rien trouver d'autre."),
 ("effondrement-immeuble-tripoli", ALP, "fr", 3, 390, 2900, [LB, FD], "actu",
  "Immeuble écroulé à Tripoli : le bilan passe à sept morts",
  "Le bilan de l'effondrement d'un immeuble à Tripoli s'est alourdi à sept morts mercredi en milieu de journée, après la découverte de trois corps sous les décombres, a annoncé la Défense civile, qui poursuit ses recherches.",
  "Huit blessés sont soignés au Centre hospitalier public de Tripoli, dont deux dans un état grave. Le Premier ministre a ordonné une enquête.",
  TRI),
 ("effondrement-immeuble-tripoli", APL, "en", 3, 560, 800, ["Middle East", "Lebanon"], "ap",
  "Death toll in Lebanon building collapse rises to 9",
  "The death toll from the collapse of an apartment building in the Lebanese city of Tripoli rose to nine on Wednesday afternoon as rescuers pulled two more bodies from the rubble, the civil defence said.",
  "One resident was still missing.", TRI),

 # 2. Storm "Nour": snow closes the Beirut-Damascus road at Dahr el-Baydar; 300 -> 1 200 stranded,
 #    one driver dead of the cold.
 ("tempete-nour-dahr-el-baydar", ALP, "fr", 3, 10, 2200, [LB, "Météo"], "",
  "Tempête Nour : la route Beyrouth-Damas fermée à Dahr el-Baydar",
  "Les Forces de sécurité intérieure ont fermé mercredi avant l'aube la route internationale Beyrouth-Damas au col de Dahr el-Baydar, où la tempête Nour a déposé plus de 60 centimètres de neige pendant la nuit, bloquant quelque 300 véhicules.",
  "Les routes de Tarchich, de Kfardebiane et des Cèdres sont également coupées au-dessus de 1 200 mètres."),
 ("tempete-nour-dahr-el-baydar", RADIO, "fr", 3, 150, 1500, [LB], "teaser",
  "Intempéries : l'armée dégage des automobilistes pris au piège",
  "Des unités de l'armée libanaise équipées de chasse-neige et de véhicules tout-terrain ont commencé mercredi matin à évacuer vers Chtaura et Aley les automobilistes restés bloqués toute la nuit sur les pentes de Dahr el-Baydar, certains sans chauffage ni eau.",
  "Des couvertures et des boissons chaudes ont été distribuées dans une école de Sofar transformée en abri."),
 ("tempete-nour-dahr-el-baydar", COUR, "fr", 3, 240, 1200, [LB], "",
  "Neige sur les routes : les conseils pour ne pas rester coincé",
  "Avant de prendre une route de montagne, il faut consulter le centre de gestion du trafic, emporter des chaînes, un plein d'essence, une couverture et de quoi boire, et ne jamais laisser tourner le moteur dans une voiture enfoncée dans la neige, à cause du risque d'intoxication au monoxyde de carbone.",
  "En cas de blocage, restez dans le véhicule et signalez votre position au 112."),
 ("tempete-nour-dahr-el-baydar", WW, "en", 3, 330, 700, ["Middle East", "Lebanon"], "reuters",
  "Snowstorm cuts Lebanon's main road to Syria, strands hundreds",
  "A snowstorm closed the main highway linking Beirut to Damascus on Wednesday, stranding about 1,200 vehicles in the mountains east of the Lebanese capital, security sources said.",
  "The army was using snowploughs to reach drivers trapped overnight."),
 ("tempete-nour-dahr-el-baydar", NORD, "fr", 3, 360, 700, [LB, "Nord"], "",
  "Aux Cèdres, les skieurs bloqués dans les hôtels",
  "Plusieurs centaines de skieurs venus passer la semaine aux Cèdres et à Laqlouq sont bloqués dans leurs hôtels et chalets depuis mardi soir, les routes d'accès aux stations étant coupées par des congères de plus d'un mètre.",
  "Les remontées mécaniques sont à l'arrêt à cause des rafales."),
 ("tempete-nour-dahr-el-baydar", ALP, "fr", 3, 480, 2500, [LB, FD], "afp",
  "Tempête au Liban : un automobiliste meurt de froid à Dahr el-Baydar",
  "Un chauffeur de camion syrien d'une cinquantaine d'années a été retrouvé mort de froid mercredi dans la cabine de son véhicule, bloqué depuis la veille au col de Dahr el-Baydar, où quelque 1 200 véhicules sont restés pris dans la neige, a indiqué la Croix-Rouge libanaise.",
  "La route Beyrouth-Damas devrait rester fermée jusqu'à jeudi midi au moins."),

 # 3. Parliament debates then adopts the 2027 budget; the finance minister's radio quote.
 ("vote-budget-2027-liban", ALP, "fr", 3, 30, 1700, [LB, P, E], "",
  "Le Parlement se réunit pour voter le budget 2027",
  "Le Parlement libanais se réunit mercredi à 11 heures place de l'Étoile pour examiner le projet de loi de finances 2027, qui prévoit 5,1 milliards de dollars de dépenses et un quasi-équilibre des comptes, avec un vote attendu en fin de journée.",
  "Le texte avait été adopté mi-janvier par la commission des Finances, après quatre mois de discussions."),
 ("vote-budget-2027-liban", RADIO, "fr", 3, 70, 1600, [LB, P], "",
  "Budget : Ramzi Tohmé-Karam défend un texte « réaliste »",
  QUOTE[:-2] + " », a déclaré mercredi matin sur Radio Cèdre FM le ministre des Finances, Ramzi Tohmé-Karam, quelques heures avant le débat sur le budget 2027 au Parlement.",
  "Il a défendu la hausse de la TVA sur les produits de luxe et le relèvement des droits de douane sur les voitures neuves."),
 ("vote-budget-2027-liban", COUR, "fr", 3, 260, 1300, [LB, P], "publie",
  "Place de l'Étoile, un débat marqué par les attaques de l'opposition",
  "Dès l'ouverture de la séance, plusieurs députés de l'opposition ont dénoncé un budget « sans vision », qui selon eux ne dit rien de la restructuration des banques ni du remboursement des déposants.",
  "Le président de la Chambre a dû suspendre la séance vingt minutes après un échange d'insultes.",
  {"site": "Le Courrier du Cèdre"}),
 ("vote-budget-2027-liban", REV, "fr", 3, 420, 1100, [LB, E], "lire",
  "Loi de finances : ce qui change pour les ménages",
  "Pour une famille, la loi de finances 2027 se traduira surtout par une hausse des timbres fiscaux et des frais d'immatriculation, tandis que l'abattement sur l'impôt sur les salaires est relevé pour les revenus les plus modestes.",
  "Les frais de passeport, eux, restent inchangés.",
  {"also": "Grève des contractuels : les écoles publiques fermées"}),
 ("vote-budget-2027-liban", ALP, "fr", 3, 610, 2300, [LB, P, E], "afp",
  "Le Parlement libanais adopte le budget 2027",
  "Le Parlement libanais a adopté mercredi en fin d'après-midi le budget 2027 par 68 voix contre 29 et 9 abstentions, au terme d'une séance de plus de six heures, une condition posée par le Fonds monétaire international pour poursuivre les discussions sur un programme d'aide.",
  "Le texte doit encore être promulgué par le président de la République."),
 ("vote-budget-2027-liban", WW, "en", 3, 640, 600, ["Middle East", "Lebanon"], "reuters",
  "Lebanon's parliament passes 2027 budget seen as key for IMF talks",
  "Lebanon's parliament approved the 2027 state budget on Wednesday, a step the International Monetary Fund has said is needed before talks on a financing programme can move forward.",
  "The budget projects spending of $5.1 billion."),

 # 4. Contract teachers of public schools strike for the third day; same radio quote.
 ("greve-enseignants-contractuels", ALP, "fr", 2, 60, 1200, [LB, "Éducation"], "",
  "Grève des contractuels : les écoles publiques fermées pour le troisième jour",
  "La plupart des écoles publiques du Liban sont restées fermées mercredi, pour le troisième jour consécutif, en raison de la grève des enseignants contractuels, qui réclament le paiement de leurs heures de décembre et une indemnité de transport indexée sur le prix de l'essence.",
  "Les contractuels assurent près de la moitié des cours dans le public."),
 ("greve-enseignants-contractuels", RADIO, "fr", 2, 95, 1000, [LB, "Éducation"], "",
  "Enseignants contractuels : le ministre des Finances exclut une rallonge",
  QUOTE[:-2] + " », a répondu mercredi sur Radio Cèdre FM Ramzi Tohmé-Karam, interrogé sur les revendications des enseignants contractuels en grève depuis lundi.",
  "Il a assuré que les heures de décembre seraient versées « avant la fin du mois »."),
 ("greve-enseignants-contractuels", COUR, "fr", 2, 200, 900, [LB, "Éducation"], "",
  "Les parents d'élèves entre soutien et lassitude",
  "À Saïda comme à Baalbeck, les parents d'élèves du public oscillent entre la solidarité avec des enseignants payés quelques centaines de dollars par mois et la peur de voir leurs enfants perdre une nouvelle année scolaire après les fermetures à répétition.",
  "Certaines familles se cotisent pour payer des cours particuliers."),
 ("greve-enseignants-contractuels", LEDG, "en", 2, 450, 300, ["Lebanon", "Education"], "byline_en",
  "Public school walkout enters third day",
  "Contract teachers at Lebanon's public schools stayed off the job for a third day on Wednesday, demanding unpaid wages for December and a transport allowance linked to fuel prices.",
  "", {"site": "The Beirut Ledger", "author": "Maya Sarkis"}),
 ("greve-enseignants-contractuels", ALP, "fr", 2, 590, 800, [LB, "Éducation"], "",
  "Les contractuels prolongent leur mouvement jusqu'à lundi",
  "Réunis en assemblée générale mercredi après-midi, les comités des enseignants contractuels ont décidé de prolonger leur débrayage jusqu'à lundi au moins, jugeant « insuffisante » la promesse de paiement du ministre des Finances.",
  ""),

 # 5. "Service" taxi drivers block roads against a rise in registration fees.
 ("greve-taxis-service", ALP, "fr", 2, 5, 1400, [LB, "Transports"], "colon",
  "Les chauffeurs de taxi-service bloquent les entrées de Beyrouth",
  "Des centaines de chauffeurs de taxi-service ont bloqué mercredi dès 6 heures les principales entrées de Beyrouth, dont l'autoroute de Khaldé et le pont de la Quarantaine, pour protester contre le triplement des frais d'immatriculation des plaques rouges prévu par le budget.",
  "Leur syndicat menace de reconduire le mouvement chaque jour jusqu'au retrait de la mesure."),
 ("greve-taxis-service", RADIO, "fr", 2, 80, 1300, [LB], "",
  "Embouteillages monstres à Khaldé et à Dora",
  "Des milliers d'automobilistes ont mis plus de deux heures mercredi matin pour entrer dans la capitale, l'autoroute côtière étant coupée par des taxis garés en travers des voies à Khaldé et à Dora.",
  "Beaucoup d'employés ont fini le trajet à pied."),
 ("greve-taxis-service", COUR, "fr", 2, 180, 700, [LB], "",
  "Sans « service », les petits salariés marchent",
  "Pour les employés de maison, les vendeurs et les étudiants qui dépendent chaque jour des taxis collectifs, la journée de grève a surtout signifié de longues marches ou des courses à moto payées trois fois le prix habituel.",
  "« Je suis partie à 5 heures de Choueifat », raconte une aide-soignante."),
 ("greve-taxis-service", ALP, "fr", 2, 400, 900, [LB, "Transports"], "",
  "Taxis : les barrages levés après une promesse du ministre des Transports",
  "Les chauffeurs de taxi-service ont levé leurs barrages mercredi en fin de matinée après que le ministre des Transports a promis de proposer au Parlement un amendement limitant la hausse des frais d'immatriculation à 50 %.",
  ""),

 # 6. Captagon seizure at the port of Beirut: 8 -> 11 million pills, three arrests.
 ("saisie-captagon-port-beyrouth", ALP, "fr", 2, 110, 1700, [LB, J], "afp",
  "Saisie record de captagon au port de Beyrouth",
  "Les douanes libanaises ont saisi au port de Beyrouth quelque huit millions de comprimés de captagon dissimulés dans un conteneur de grenades destiné à un pays du Golfe, a annoncé mercredi le ministère de l'Intérieur.",
  "Les comprimés étaient cachés dans de faux fruits en plastique, mêlés aux vrais."),
 ("saisie-captagon-port-beyrouth", "gulf-wire.com", "en", 2, 170, 300, ["Middle East", "Lebanon"], "kuna",
  "Lebanon foils captagon smuggling attempt at Beirut port",
  "Lebanese customs seized about eight million captagon pills hidden in a shipment of pomegranates bound for the Gulf at the port of Beirut, the interior ministry said on Wednesday.",
  ""),
 ("saisie-captagon-port-beyrouth", COUR, "fr", 2, 280, 800, [LB, J], "",
  "Captagon : trois suspects arrêtés, dont un transitaire",
  "Les Forces de sécurité intérieure ont arrêté trois suspects, dont le gérant d'une société de transit de Beyrouth et un exportateur de fruits de la Békaa, dans le cadre de l'enquête sur la saisie de captagon au port.",
  "Un quatrième homme est recherché."),
 ("saisie-captagon-port-beyrouth", REV, "fr", 2, 380, 600, [LB, SA], "",
  "Qu'est-ce que le captagon, cette amphétamine devenue un fléau régional ?",
  "Le captagon, nom d'un ancien médicament retiré du marché dans les années 1980, désigne aujourd'hui des comprimés d'amphétamine fabriqués à bas coût dans des laboratoires clandestins et vendus dans tout le Moyen-Orient, où ils sont consommés pour tenir sans dormir.",
  "Le trafic rapporte chaque année plusieurs milliards de dollars."),
 ("saisie-captagon-port-beyrouth", WW, "en", 2, 520, 500, ["Middle East", "Lebanon"], "updated",
  "Lebanon raises captagon haul to 11 million pills",
  "Lebanese customs found a further three million captagon pills in a second container at the port of Beirut on Wednesday, bringing the total seizure to about 11 million pills, a security source said.",
  "", {"clarify": "the number of pills seized"}),

 # 7. New container-terminal concession at the port of Beirut; shared line with the wine exports.
 ("terminal-conteneurs-port-beyrouth", ALP, "fr", 1, 522, 700, [LB, E], "reuters_line",
  "Port de Beyrouth : le terminal à conteneurs confié à un consortium pour 15 ans",
  "Le Conseil des ministres a attribué mercredi pour 15 ans la gestion du terminal à conteneurs du port de Beyrouth à un consortium libano-maltais, Levant Gateway Terminals, qui s'engage à investir 180 millions de dollars dans de nouvelles grues et l'extension des quais.",
  "L'État percevra 35 % des recettes du terminal."),
 ("terminal-conteneurs-port-beyrouth", COUR, "fr", 1, 560, 500, [LB, E], "",
  "Scanners, grues, quais : ce que promet le nouvel opérateur",
  "Le consortium Levant Gateway Terminals s'engage à installer d'ici 2028 quatre scanners à rayons X capables de contrôler tous les conteneurs à l'export, une exigence des douanes après les saisies de drogue à répétition, et à porter la capacité du terminal à 1,5 million de conteneurs par an.",
  ""),
 ("terminal-conteneurs-port-beyrouth", WW, "en", 1, 600, 250, ["Middle East", "Business"], "reuters",
  "Lebanon awards Beirut port container terminal to Lebanese-Maltese group",
  "Lebanon's cabinet on Wednesday awarded a 15-year concession to run the container terminal at Beirut port to a Lebanese-Maltese consortium, which pledged $180 million in investment.",
  ""),

 # 8. Hepatitis A outbreak in Tripoli schools; same hospital as the collapse.
 ("hepatite-a-ecoles-tripoli", NORD, "fr", 2, 100, 1000, [LB, SA, "Nord"], "",
  "Hépatite A : 46 élèves atteints dans deux écoles de Tripoli",
  "Quarante-six élèves de deux écoles primaires du quartier d'Abou Samra, à Tripoli, ont contracté l'hépatite A depuis la mi-janvier, a confirmé mercredi le ministère de la Santé, qui soupçonne une contamination du réseau d'eau du quartier.",
  "Onze enfants ont été hospitalisés."),
 ("hepatite-a-ecoles-tripoli", ALP, "fr", 2, 250, 900, [LB, SA], "afp",
  "Hépatite A à Tripoli : onze enfants hospitalisés, l'eau en cause",
  "Onze enfants atteints d'hépatite A sont soignés au service de pédiatrie du Centre hospitalier public de Tripoli, a indiqué mercredi son directeur, précisant que ce service est distinct des urgences qui accueillent depuis le matin les blessés de l'immeuble effondré.",
  "Des analyses ont révélé une contamination fécale de l'eau dans un réservoir du quartier.",
  TRI),
 ("hepatite-a-ecoles-tripoli", REV, "fr", 2, 440, 500, [LB, SA], "",
  "Hépatite A : comment protéger ses enfants",
  "Pour limiter le risque d'hépatite A, il faut faire bouillir l'eau du robinet au moins une minute ou boire de l'eau en bouteille, laver les fruits et légumes à l'eau traitée et faire se laver les mains des enfants au savon après les toilettes et avant chaque repas.",
  "Un vaccin existe ; il est recommandé aux enfants dès un an."),
 ("hepatite-a-ecoles-tripoli", LEDG, "en", 2, 540, 200, ["Lebanon", "Health"], "donate",
  "Hepatitis A outbreak hits Tripoli schoolchildren",
  "Forty-six children at two primary schools in the northern Lebanese city of Tripoli have been infected with hepatitis A since mid-January, the health ministry said, blaming contaminated water in a neighbourhood reservoir.",
  ""),

 # 9. Fire in a textile warehouse in Bourj Hammoud; no victim.
 ("incendie-entrepot-bourj-hammoud", ALP, "fr", 1, 40, 900, [LB, FD], "",
  "Incendie dans un entrepôt de tissus à Bourj Hammoud",
  "Un violent incendie s'est déclaré mercredi vers 6 h 30 dans un entrepôt de tissus et de vêtements de la rue Arax, à Bourj Hammoud, dans la banlieue nord-est de Beyrouth, dégageant une épaisse fumée noire visible depuis le centre de la capitale.",
  "Aucune victime n'est à déplorer, selon la Défense civile."),
 ("incendie-entrepot-bourj-hammoud", RADIO, "fr", 1, 120, 700, [LB], "",
  "Bourj Hammoud : le sinistre maîtrisé après quatre heures",
  "Les pompiers de Beyrouth et de la Défense civile ont maîtrisé vers 10 h 30 le sinistre qui a ravagé l'entrepôt de la rue Arax, après avoir évacué par précaution les deux immeubles d'habitation voisins.",
  "Un court-circuit est la piste privilégiée."),
 ("incendie-entrepot-bourj-hammoud", COUR, "fr", 1, 330, 500, [LB, E], "",
  "Les commerçants arméniens du quartier redoutent la facture",
  "Pour les tailleurs et les petits grossistes de Bourj Hammoud, qui stockaient une partie de leurs rouleaux de tissu dans l'entrepôt parti en fumée, la perte dépasse plusieurs centaines de milliers de dollars, sans assurance pour la plupart.",
  ""),
 ("incendie-entrepot-bourj-hammoud", APL, "en", 1, 240, 200, ["Lebanon"], "place",
  "Blaze guts textile warehouse near Beirut",
  "A fire gutted a textile warehouse in a crowded Armenian-majority suburb of the Lebanese capital on Wednesday, sending thick black smoke over the city, but no one was hurt, civil defence said.",
  "", {"city": "Bourj Hammoud"}),

 # 10. Generator fire in an Achrafieh building; 1 -> 2 dead.
 ("incendie-generateur-achrafieh", ALP, "fr", 2, 140, 1600, [LB, FD], "",
  "Achrafieh : un mort dans l'incendie d'un générateur d'immeuble",
  "Une femme de 72 ans a péri mercredi matin dans l'incendie d'un générateur diesel installé au pied d'un immeuble de la rue Sursock, à Achrafieh, dont la fumée a envahi la cage d'escalier, a indiqué la Défense civile.",
  "Six habitants ont été intoxiqués."),
 ("incendie-generateur-achrafieh", COUR, "fr", 2, 350, 1100, [LB, FD], "",
  "Générateurs de quartier : des règles de sécurité rarement appliquées",
  "Les générateurs privés qui pallient les coupures d'Électricité du Liban doivent en principe être installés à l'air libre, à distance des entrées d'immeuble et équipés d'un bac de rétention pour le fioul, mais les contrôles des municipalités restent rares.",
  "Beyrouth compte plus de 1 500 générateurs de quartier."),
 ("incendie-generateur-achrafieh", ALP, "fr", 2, 500, 1400, [LB, FD], "",
  "Incendie à Achrafieh : un deuxième mort, l'exploitant du générateur arrêté",
  "Un homme de 45 ans intoxiqué par la fumée lors de l'incendie d'un générateur à Achrafieh est mort mercredi après-midi à l'hôpital, portant le bilan à deux morts, tandis que l'exploitant du générateur a été placé en garde à vue.",
  ""),

 # 11. Antiquities smuggling verdict in Zahlé.
 ("verdict-antiquites-zahle", ALP, "fr", 1, 230, 600, [LB, J], "",
  "Trafic d'antiquités : cinq ans de prison pour un marchand de Baalbeck",
  "Le tribunal pénal de Zahlé a condamné mercredi un marchand d'art de Baalbeck à cinq ans de prison pour avoir tenté d'exporter vers l'Europe 14 chapiteaux et fragments de mosaïque romains pillés sur des sites de la Békaa.",
  "Ses deux complices ont écopé de deux ans, dont un avec sursis."),
 ("verdict-antiquites-zahle", REV, "fr", 1, 460, 400, [LB, "Culture"], "",
  "Les pièces saisies rendues à la Direction des antiquités",
  "Les chapiteaux et fragments de mosaïque saisis en 2025 dans un entrepôt de la Békaa seront remis à la Direction générale des antiquités, qui prévoit de les exposer au musée de Baalbeck, a précisé le tribunal de Zahlé dans son jugement.",
  ""),
 ("verdict-antiquites-zahle", LEDG, "en", 1, 620, 150, ["Lebanon", "Culture"], "",
  "Baalbek dealer jailed for smuggling Roman antiquities",
  "A court in the Lebanese city of Zahle on Wednesday sentenced an antiques dealer from Baalbek to five years in prison for trying to smuggle looted Roman capitals and mosaic fragments to Europe.",
  ""),

 # 12. Trial of a former bank chairman over depositors' money moved abroad; verdict on 17 March.
 ("proces-banquier-depots", ALP, "fr", 2, 180, 1300, [LB, J, E], "",
  "Ouverture du procès d'un ancien banquier accusé d'avoir transféré des dépôts",
  "L'ancien président de la Banque du Littoral, Fouad Semaan-Akl, a comparu mercredi devant le tribunal correctionnel de Beyrouth, accusé d'avoir transféré à l'étranger 240 millions de dollars appartenant à des proches et à des administrateurs en pleine crise financière, alors que les petits déposants étaient bloqués.",
  "Il nie toute infraction et affirme avoir agi « dans le respect des règles de l'époque »."),
 ("proces-banquier-depots", "agence-alpes.ch", "fr", 2, 270, 400, ["Suisse", "Banques"], "ats",
  "Liban : des comptes genevois au cœur du procès d'un banquier",
  "Une partie des 240 millions de dollars transférés hors du Liban par l'ancien président de la Banque du Littoral, jugé mercredi à Beyrouth, a transité par deux banques privées genevoises, selon l'acte d'accusation.",
  "Le Ministère public de la Confédération n'a pas souhaité commenter.",
  {"city": "Genève"}),
 ("proces-banquier-depots", COUR, "fr", 2, 400, 900, [LB, J], "",
  "Au tribunal, les déposants spoliés crient leur colère",
  "Plusieurs dizaines de déposants, réunis dès l'aube devant le palais de justice de Beyrouth, ont conspué l'ancien banquier à son arrivée, brandissant des relevés de comptes et des photos de proches morts sans avoir pu récupérer leurs économies.",
  ""),
 ("proces-banquier-depots", WW, "en", 2, 650, 350, ["Middle East", "Business"], "reuters",
  "Verdict due March 17 in Lebanon trial of ex-bank chairman",
  "A Beirut court will rule on March 17 in the trial of a former Lebanese bank chairman accused of moving $240 million abroad for insiders while ordinary depositors were locked out of their savings, judicial sources said.",
  ""),

 # 13. Bekaa wine exports at a record; shared line with the port terminal.
 ("vins-bekaa-exportations", ALP, "fr", 1, 524, 500, [LB, E], "reuters_line",
  "Vins libanais : des exportations record en 2026",
  "Les domaines viticoles libanais ont exporté 11,4 millions de bouteilles en 2026, un record porté par la France, le Royaume-Uni et les États-Unis, a annoncé mercredi l'Union vinicole du Liban.",
  "La Békaa produit plus de 80 % du vin du pays."),
 ("vins-bekaa-exportations", "gulf-wire.com", "en", 1, 580, 150, ["Middle East", "Business"], "kuna",
  "Lebanese wine exports hit record 11.4 mln bottles",
  "Lebanon exported a record 11.4 million bottles of wine in 2026, led by sales to France, Britain and the United States, the country's wine union said on Wednesday.",
  ""),
 ("vins-bekaa-exportations", REV, "fr", 1, 680, 400, [LB, E], "",
  "Dans la Békaa, les vignerons misent sur les cépages locaux",
  "Obeideh, merwah : les vignerons de la Békaa et de Batroun mettent désormais en avant les cépages autochtones du Liban, qui séduisent les cavistes étrangers à la recherche de vins singuliers.",
  ""),

 # 14. Magnitude 5.4 quake off Cyprus felt in Beirut; no damage; unrelated to the Tripoli collapse.
 ("seisme-chypre-ressenti", APL, "en", 2, 265, 500, ["Middle East", "Cyprus"], "ap",
  "Quake off Cyprus felt across Lebanon",
  "A magnitude 5.4 earthquake struck in the Mediterranean south of Cyprus on Wednesday morning, shaking buildings in Nicosia and Limassol and along the Lebanese coast, seismologists said.",
  "There were no immediate reports of damage.", {"city": "Nicosia"}),
 ("seisme-chypre-ressenti", ALP, "fr", 2, 275, 1500, [LB], "afp",
  "Une secousse ressentie à Beyrouth après un séisme au large de Chypre",
  "Un séisme de magnitude 5,4 survenu mercredi à 11 h 20 en Méditerranée, au sud de Chypre, a été ressenti à Beyrouth et sur toute la côte libanaise, de Tyr à Tripoli, sans faire de dégâts, selon le Centre national de géophysique.",
  "L'épicentre a été localisé à 70 kilomètres au sud de Limassol, à 25 kilomètres de profondeur."),
 ("seisme-chypre-ressenti", RADIO, "fr", 2, 300, 1200, [LB], "",
  "Tremblement de terre : les Beyrouthins descendus dans la rue",
  "Dans les immeubles de Hamra et de Verdun, de nombreux habitants sont descendus dans la rue quelques minutes après la secousse, certains en pyjama, d'autres le téléphone à la main pour prévenir leurs proches.",
  "Les standards de la Défense civile ont été saturés pendant une demi-heure."),
 ("seisme-chypre-ressenti", NORD, "fr", 2, 330, 600, [LB, "Nord"], "",
  "Pas de lien avec l'effondrement de Bab el-Tebbaneh, assurent les géophysiciens",
  "Le séisme ressenti mercredi en fin de matinée n'a aucun lien avec l'effondrement survenu à l'aube à Tripoli, plusieurs heures avant la secousse, a souligné le Centre national de géophysique, démentant des rumeurs qui circulaient sur les réseaux sociaux.",
  ""),
 ("seisme-chypre-ressenti", "upi-like.com", "en", 2, 350, 250, ["Europe", "Cyprus"], "upi",
  "Cyprus quake rattles eastern Mediterranean",
  "A moderate earthquake south of Cyprus shook the eastern Mediterranean on Wednesday, rattling windows from Limassol to Beirut, the Cyprus Geological Survey said.",
  ""),

 # 15-18. Filler: basketball result, weather bulletin (apart from the storm story), promo alone,
 # horoscope.
 ("basket-jounieh-achrafieh", "sport-cedre.lb", "fr", 0, 15, 900, ["Sport"], "",
  "Basket : les Cèdres de Jounieh dominent l'Union Achrafieh",
  "Les Cèdres de Jounieh ont battu l'Union Achrafieh 88 à 79 mardi soir en match de la 14e journée du championnat du Liban de basket, grâce à 27 points de leur meneur.",
  ""),
 ("basket-jounieh-achrafieh", ALP, "fr", 0, 45, 300, ["Sport"], "",
  "Championnat de basket : Jounieh reprend la tête",
  "Grâce à sa victoire 88-79 contre l'Union Achrafieh, le club des Cèdres de Jounieh reprend seul la tête du championnat, avec une victoire d'avance sur le Riyadi Tyr.",
  ""),
 ("meteo-liban-mercredi-3", "meteo-levant.lb", "fr", 0, 0, 1000, ["Météo"], "",
  "Météo du mercredi 3 février : froid et averses sur la côte",
  "Le temps restera froid et instable mercredi, avec des averses et des orages sur la côte, des températures de 9 à 13 degrés à Beyrouth et une mer agitée, avant une accalmie attendue jeudi après-midi.",
  "Vent du sud-ouest de 40 à 60 km/h."),
 ("promo-appli-courrier-du-cedre", COUR, "fr", 0, 430, 40, ["Promo"], "",
  "Téléchargez la nouvelle application du Courrier du Cèdre",
  "La nouvelle application du Courrier du Cèdre vous permet de recevoir nos alertes en temps réel, de lire l'édition du jour hors connexion et d'écouter nos articles lus à voix haute.",
  "Gratuite sur iPhone et Android."),
 ("horoscope-mercredi-3-fevrier", "astro-levant.lb", "fr", 0, 25, 700, ["Horoscope"], "",
  "Horoscope du mercredi 3 février",
  "Verseau : une proposition inattendue bouscule vos projets de la semaine, prenez le temps d'y réfléchir.",
  "Poissons : évitez les dépenses impulsives."),
]
