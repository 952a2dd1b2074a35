# Day 74 (hold-out): a Burundi French channel, evening edition of Wednesday 19 May 2027
# (window 07:00 - 19:00 Wednesday Bujumbura, Africa/Bujumbura = UTC+2, no summer time).
# Gold answer written before any run: each post's story, its lede (the true first sentence) and
# the TOP5 below. Every story, person and outlet is invented; the places are real towns.
#
# Traps:
# - one radio interview, two stories, same quote: the Minister of Health, Dr Espérance
#   Havyarimana, on Radio Ruvubu Inter on Wednesday morning, about the nurses' strike at the
#   Hôpital de la Ntahangwa (post 15) and about the cholera cases in Rumonge (post 20), both
#   carrying « Aucun malade ne restera sans soins, ni à Bujumbura ni au bord du lac »; she also
#   visits the minibus crash's injured at the same hospital (post 6), without the quote;
# - a shared wire byline line ("Agence Imbo Presse | Mis à jour : 19-05-2027 16:12"): the glass
#   recycling plant of the Brasseries du Mugamba in Bujumbura (post 52) and the new withering
#   hall of the Buhoro tea factory (post 55), two minutes apart, both "usine" and "investi";
# - the same hospital: the Hôpital de la Ntahangwa takes the minibus crash's injured and dead
#   (posts 1-8) and is where the nurses strike (posts 14-18; post 16 says the emergency ward
#   treating the Bugarama injured is kept open); the students' tear gas reaches "the hospital
#   next door" (post 25), unnamed;
# - the same town: Gitega holds the lorry in the central market (posts 9-13), the committee vote
#   on the fuel reserves law at the Assembly (posts 37-41) and the reopening of the Gishora drum
#   sanctuary on the hill above the town (posts 42-44; post 43 holds a minute's silence for the
#   market victims); Rumonge holds the cholera cases (posts 19-23) and the closure of ndagala
#   fishing on the lake (posts 48-50), both about fishermen and the port; Bujumbura holds the
#   crash's hospital, the strike, the students' march, the two court cases, the brewery;
# - look-alike stories: two road accidents with rising tolls the same morning (the minibus in the
#   Bugarama ravine, 9 -> 12 -> 14 dead; the lorry without brakes in Gitega market, 3 -> 5
#   dead), both with a driver and failed brakes; two embezzlement cases at the same Cour
#   anti-corruption in Bujumbura on the same Wednesday (the former head of the urban water
#   office: prosecutor's requisitions, verdict on 16 June; the Kayanza coffee cooperative's
#   leaders: verdict, eight years); two coffee stories (the cooperative case, the farm-gate price
#   for the new season, with Ngozi in both); a strike (nurses) and a demonstration (students) in
#   Bujumbura the same morning; two industrial investments on one shared line;
# - reaction pieces and explainers in other words: the RN1 black spot (post 7), where families
#   can get news (post 8), the market traders' kitty (post 13), the hazard pay explained (post
#   17), how to protect yourself from cholera (post 22), what the scholarship is (post 27), the
#   mayor's call (post 26), Buterere's dry taps (post 31), the farmers' reaction (post 34), what
#   the law changes at the pump (post 40), the opposition (post 41), the Ngozi growers (post 47),
#   the Rumonge fishermen (post 49), what ndagala is (post 50), the bottle collectors (post 53),
#   what the dam means for power cuts (post 58);
# - synonyms across outlets: "minibus", "taxi-bus", "hiace", "minivan"; "ravin", "précipice",
#   "gorge"; "camion", "poids lourd", "semi-remorque", "lorry", "truck"; "grève", "arrêt de
#   travail", "débrayage", "walkout"; "marche", "manifestation", "rassemblement", "cortège",
#   "protest"; "détournement", "malversations", "embezzlement"; "choléra", "maladie
#   diarrhéique", "cholera"; "coupures de courant", "délestages";
# - a promo posted alone (post 59); filler of importance 0: football result (posts 60-61),
#   weather bulletin (post 62, rain on the Kayanza hills and mountain roads), lottery draw
#   (post 63).
NAME = "2027-05-19-fr-soir-bujumbura-h74"
CHANNEL = {"lang": "fr", "tz": "Africa/Bujumbura"}
WINDOW = ("2027-05-19T05:00:00Z", "2027-05-19T17:00:00Z")
CTX = {"stamp": "19-05-2027 16:12", "line": "Agence Imbo Presse | Mis à jour : 19-05-2027 16:12",
       "city": "Bujumbura", "date_fr": "19 mai", "date_en": "May 19",
       "author": "Claudine Irambona", "clarify": "the number of people killed",
       "caption": "", "also": "notre dossier", "country": "Burundi"}
# The editor's top 5: the minibus crash in the Bugarama ravine, the lorry in Gitega market, the
# cholera cases in Rumonge, the fuel reserves law, the nurses' strike at the Ntahangwa hospital.
TOP5 = ["minibus-ravin-bugarama", "camion-marche-gitega", "cholera-rumonge",
        "loi-reserves-carburant", "greve-infirmiers-ntahangwa"]
BI = "Burundi"
E = "Économie"
SA = "Santé"
J = "Justice"
FD = "Faits divers"
P = "Politique"
SO = "Société"
AIP = "agence-imbo-presse.bi"
CDL = "courrier-du-lac.bi"
BJM = "bujumbura-matin.bi"
ECHO = "echo-de-gitega.bi"
RADIO = "radio-ruvubu-inter.bi"
NORD = "agence-nord.fr"
ALPES = "agence-alpes.ch"
WW = "wire-west.com"
APL = "ap-like.com"
GLS = "great-lakes-standard.com"
QUOTE = "« Aucun malade ne restera sans soins, ni à Bujumbura ni au bord du lac »"
GIT = {"city": "Gitega"}
RUM = {"city": "Rumonge"}
POSTS = [
 # 1. Minibus into the Bugarama ravine on the RN1 at about 06:30; 9 -> 14 dead.
 ("minibus-ravin-bugarama", AIP, "fr", 3, 25, 3600, [BI, FD], "afp",
  "Au moins neuf morts dans la chute d'un minibus dans un ravin à Bugarama",
  "Au moins neuf personnes ont été tuées et une douzaine blessées mercredi matin dans la chute d'un minibus de transport en commun dans un ravin sur la route nationale 1, à hauteur de Bugarama, a indiqué la police routière.",
  "Le véhicule, qui descendait vers Bujumbura avec dix-huit passagers, a quitté la chaussée vers 6 h 30 dans un virage serré, sous une pluie fine. Les blessés ont été évacués vers l'hôpital de la Ntahangwa, à Bujumbura.",
  {"city": "Bugarama"}),
 ("minibus-ravin-bugarama", RADIO, "fr", 3, 70, 2500, [BI], "",
  "Drame de Bugarama : le taxi-bus aurait perdu ses freins",
  "Selon des rescapés joints par notre rédaction, le chauffeur du taxi-bus a crié que les freins ne répondaient plus quelques secondes avant que le véhicule ne bascule dans le précipice.",
  "« On a fait trois tonneaux, je me suis retrouvé dans les arbustes », raconte un enseignant qui se rendait à un séminaire. Le chauffeur figure parmi les morts."),
 ("minibus-ravin-bugarama", CDL, "fr", 3, 160, 2900, [BI, FD], "caption",
  "Bugarama : le bilan s'alourdit à douze morts",
  "Le bilan de la chute du minibus dans le ravin de Bugarama est passé à douze morts mercredi en fin de matinée, deux blessés ayant succombé pendant leur transfert vers Bujumbura et un corps ayant été retrouvé en contrebas.",
  "La Croix-Rouge a mobilisé une trentaine de volontaires pour remonter les victimes à l'aide de cordes.",
  {"site": "Le Courrier du Lac", "caption": "Des secouristes remontent un blessé du ravin de Bugarama, sur la route nationale 1, le mercredi 19 mai 2027."}),
 ("minibus-ravin-bugarama", WW, "en", 3, 200, 700, ["Africa"], "reuters",
  "Minibus plunges into gorge in Burundi, killing 12",
  "At least 12 people were killed on Wednesday when a minibus carrying commuters to Bujumbura plunged into a gorge on Burundi's main northern highway, police said.",
  "The vehicle left the road on a sharp bend near Bugarama, about 35 km east of the capital.",
  {"city": "Bujumbura"}),
 ("minibus-ravin-bugarama", APL, "en", 3, 290, 500, ["Africa"], "updated",
  "Death toll rises to 12 in Burundi minibus crash",
  "A crowded minivan veered off a mountain road and tumbled into a ravine in western Burundi early Wednesday, killing 12 passengers, police said.",
  "Survivors told local radio the driver had shouted that his brakes had failed."),
 ("minibus-ravin-bugarama", BJM, "fr", 3, 330, 2200, [BI, SA], "",
  "Accident de Bugarama : la ministre de la Santé au chevet des blessés",
  "La ministre de la Santé publique, Dr Espérance Havyarimana, s'est rendue mercredi après-midi à l'hôpital de la Ntahangwa, où sont soignés les blessés de l'accident du minibus tombé dans le ravin de Bugarama, et a annoncé leur prise en charge gratuite.",
  "Quatre d'entre eux sont dans un état grave, selon le médecin-chef des urgences."),
 ("minibus-ravin-bugarama", CDL, "fr", 3, 420, 1300, [BI, SO], "lire",
  "RN1 : les virages de Bugarama, un point noir connu depuis des années",
  "Étroite, sinueuse et empruntée chaque jour par des centaines de hiaces surchargés, la portion de la route nationale 1 qui serpente entre Bugarama et Bujumbura concentre à elle seule près d'un accident mortel sur cinq dans la province, selon la police routière.",
  "Les glissières promises après le drame de 2024 n'ont jamais été posées sur le tronçon."),
 ("minibus-ravin-bugarama", AIP, "fr", 3, 560, 1900, [BI, FD], "",
  "Minibus de Bugarama : 14 morts, les familles invitées à se présenter à la morgue",
  "Le bilan définitif de l'accident de minibus survenu mercredi matin à Bugarama est de quatorze morts et onze blessés, a annoncé la police, qui invite les familles à se présenter à la morgue de l'hôpital de la Ntahangwa munies d'une pièce d'identité.",
  "Un numéro vert, le 118, a été ouvert pour les proches qui cherchent des nouvelles d'un passager."),

 # 2. Lorry without brakes into Gitega central market at about 10:15; 3 -> 5 dead.
 ("camion-marche-gitega", ECHO, "fr", 3, 205, 2600, [BI, FD], "colon",
  "Un camion fou fauche des étals au marché central de Gitega",
  "Un camion dont les freins auraient lâché dans la descente a foncé mercredi matin dans les étals du marché central de Gitega, tuant au moins trois personnes, selon un premier bilan de la protection civile.",
  "Le poids lourd, chargé de sacs de ciment, a terminé sa course contre un hangar de vendeuses de légumes.",
  GIT),
 ("camion-marche-gitega", AIP, "fr", 3, 260, 2400, [BI, FD], "teaser",
  "Gitega : cinq morts après l'irruption d'un poids lourd dans le marché",
  "Le bilan de l'irruption d'un semi-remorque dans le marché central de Gitega est passé à cinq morts, dont une fillette de six ans, et dix-sept blessés, a déclaré la gouverneure de la province, Médiatrice Irakoze.",
  "Le chauffeur, qui a pris la fuite, a été arrêté une heure plus tard dans un quartier voisin."),
 ("camion-marche-gitega", APL, "en", 3, 300, 600, ["Africa"], "ap",
  "Runaway truck kills 5 in Burundi market",
  "A truck loaded with cement lost its brakes and ploughed into market stalls in Burundi's political capital, Gitega, on Wednesday, killing five people and injuring 17, officials said.",
  "Witnesses said the lorry sped down a slope and crushed stalls selling vegetables.",
  GIT),
 ("camion-marche-gitega", RADIO, "fr", 3, 385, 1700, [BI], "",
  "Marché de Gitega : « Il klaxonnait sans arrêt »",
  "« Il klaxonnait sans arrêt, on a compris trop tard qu'il ne pouvait plus s'arrêter », raconte Joséphine, vendeuse de tomates, qui a vu le poids lourd dévaler la rue menant au marché central de Gitega.",
  "Les commerçants réclament depuis longtemps l'interdiction de cette rue aux camions."),
 ("camion-marche-gitega", ECHO, "fr", 3, 600, 900, [BI, SO], "soutien",
  "Gitega : les commerçants du marché lancent une cagnotte pour les familles",
  "Les commerçants du marché central de Gitega ont lancé mercredi soir une collecte pour aider les familles des cinq victimes du camion et les vendeuses qui ont tout perdu.",
  "Les dons sont reçus au bureau de l'association des commerçants, à l'entrée du marché."),

 # 3. Nurses' 48-hour strike at the Hôpital de la Ntahangwa (same hospital as the crash).
 ("greve-infirmiers-ntahangwa", BJM, "fr", 2, 15, 1800, [BI, SA], "",
  "Hôpital de la Ntahangwa : les infirmiers entament une grève de 48 heures",
  "Les infirmiers et infirmières de l'hôpital de la Ntahangwa ont entamé mercredi matin une grève de quarante-huit heures pour réclamer le paiement de huit mois d'arriérés de prime de risque.",
  "Leur syndicat affirme que les promesses faites en janvier n'ont pas été tenues."),
 ("greve-infirmiers-ntahangwa", RADIO, "fr", 2, 55, 1400, [BI, SA], "",
  "Grève à la Ntahangwa : la ministre promet un service minimum",
  "Interrogée sur l'arrêt de travail des infirmiers de l'hôpital de la Ntahangwa, la ministre de la Santé publique, Dr Espérance Havyarimana, a assuré mercredi sur Radio Ruvubu Inter qu'un service minimum serait garanti : " + QUOTE + ".",
  "Elle a dit attendre du ministère des Finances un calendrier de paiement des primes d'ici vendredi."),
 ("greve-infirmiers-ntahangwa", CDL, "fr", 2, 250, 1100, [BI, SA], "byline_fr",
  "Ntahangwa : les urgences tournent, les consultations à l'arrêt",
  "Au premier jour du débrayage des infirmiers, les consultations externes de l'hôpital de la Ntahangwa étaient fermées mercredi, tandis que le service des urgences, qui soigne les blessés de l'accident de Bugarama, restait assuré par une équipe réquisitionnée.",
  "Dans la cour, des dizaines de patients venus de l'intérieur du pays attendaient sans savoir s'ils seraient reçus.",
  {"site": "Le Courrier du Lac", "author": "Arsène Nimubona"}),
 ("greve-infirmiers-ntahangwa", AIP, "fr", 2, 440, 800, [BI, SA], "",
  "Prime de risque : ce que réclament les infirmiers",
  "La prime de risque, que les infirmiers en grève de l'hôpital de la Ntahangwa disent ne plus toucher depuis septembre, représente environ un tiers de leur salaire mensuel et devait compenser l'exposition aux maladies contagieuses.",
  "Le syndicat menace d'étendre le mouvement aux autres hôpitaux publics de la capitale."),
 ("greve-infirmiers-ntahangwa", GLS, "en", 2, 520, 250, ["Africa", "Health"], "byline_en",
  "Nurses walk out at Bujumbura hospital over unpaid allowances",
  "Nurses at Bujumbura's Ntahangwa hospital began a 48-hour walkout on Wednesday over eight months of unpaid hazard pay, leaving only the emergency ward running.",
  "The health ministry said a minimum service was in place.",
  {"author": "David Kwizera", "site": "Great Lakes Standard"}),

 # 4. Cholera cases in Rumonge; 23 -> 31 cases, 2 deaths.
 ("cholera-rumonge", AIP, "fr", 3, 45, 2200, [BI, SA], "",
  "Rumonge : vingt-trois cas de choléra confirmés en une semaine",
  "Vingt-trois cas de choléra, dont deux mortels, ont été confirmés en une semaine dans la commune de Rumonge, au bord du lac Tanganyika, a annoncé mercredi le ministère de la Santé publique.",
  "La plupart des malades vivent dans les quartiers de pêcheurs proches du port, où l'accès à l'eau potable est limité."),
 ("cholera-rumonge", RADIO, "fr", 3, 60, 1600, [BI, SA], "",
  "Choléra à Rumonge : la ministre annonce un centre de traitement",
  "La ministre de la Santé publique, Dr Espérance Havyarimana, a annoncé mercredi sur Radio Ruvubu Inter l'ouverture d'un centre de traitement du choléra sous tente à Rumonge, avant d'ajouter : " + QUOTE + ".",
  "Des équipes de désinfection doivent parcourir les quartiers touchés dès jeudi."),
 ("cholera-rumonge", NORD, "fr", 3, 310, 1200, [BI, SA], "afp",
  "Burundi : flambée de choléra sur les rives du lac Tanganyika",
  "Le nombre de cas de choléra enregistrés à Rumonge, dans le sud-ouest du Burundi, est passé à trente et un mercredi, selon les autorités sanitaires, qui redoutent une propagation le long du lac Tanganyika.",
  "Le pays avait connu une épidémie similaire en 2023 dans la même région.",
  RUM),
 ("cholera-rumonge", CDL, "fr", 3, 470, 1000, [BI, SA], "",
  "Maladie diarrhéique : comment se protéger",
  "Faire bouillir l'eau de boisson ou la traiter avec les comprimés de chlore distribués dans les centres de santé, se laver les mains au savon et consulter dès les premières diarrhées : ce sont les trois gestes que recommandent les médecins de Rumonge face au choléra.",
  "Une solution de réhydratation orale peut se préparer avec un litre d'eau bouillie, six cuillères de sucre et une demi-cuillère de sel."),
 ("cholera-rumonge", "menafn-kuna.com", "en", 3, 540, 150, ["Africa"], "kuna",
  "Burundi reports cholera outbreak on Lake Tanganyika",
  "Burundi has recorded 31 cholera cases, including two deaths, in the lakeside town of Rumonge, the health ministry said on Wednesday.",
  "A treatment centre is being set up.",
  RUM),

 # 5. Students' march in Bujumbura over late scholarship payments.
 ("manif-etudiants-pret-bourse", BJM, "fr", 2, 140, 1700, [BI, "Éducation"], "",
  "Bujumbura : des centaines d'étudiants marchent pour leur prêt-bourse",
  "Plusieurs centaines d'étudiants de l'Université du Lac Tanganyika ont marché mercredi matin de leur campus de Mutanga vers le ministère de l'Enseignement supérieur pour réclamer le versement de trois mois de prêt-bourse.",
  "Le cortège a été dispersé par la police au rond-point de Kigobe."),
 ("manif-etudiants-pret-bourse", AIP, "fr", 2, 190, 1500, [BI, "Éducation"], "actu",
  "Manifestation d'étudiants dispersée au gaz lacrymogène",
  "La police a fait usage de gaz lacrymogène mercredi à Bujumbura pour disperser un rassemblement d'étudiants qui réclamaient le paiement de leurs allocations, a constaté un journaliste de l'Agence Imbo Presse.",
  "Le gaz a incommodé des patients qui attendaient devant l'hôpital voisin, selon des témoins. Le porte-parole de la police, le commissaire Fidèle Bararunyeretse, a indiqué que la marche n'avait pas été déclarée et que six étudiants avaient été interpellés."),
 ("manif-etudiants-pret-bourse", RADIO, "fr", 2, 350, 900, [BI], "",
  "Prêt-bourse : le maire de Bujumbura appelle au dialogue",
  "Le maire de Bujumbura, Déo Ntirampeba, a appelé mercredi les étudiants à « passer par leurs représentants plutôt que par la rue » après la marche dispersée dans la matinée, tout en promettant de plaider pour la libération des jeunes interpellés.",
  ""),
 ("manif-etudiants-pret-bourse", CDL, "fr", 2, 480, 800, [BI, "Éducation"], "",
  "Le prêt-bourse, une aide remboursable devenue vitale",
  "Versé chaque mois par l'État et remboursable après l'entrée dans la vie active, le prêt-bourse est pour la plupart des étudiants burundais la seule ressource pour payer le logement et la nourriture en ville.",
  "Son montant n'a pas été revalorisé depuis 2019."),
 ("manif-etudiants-pret-bourse", WW, "en", 2, 500, 200, ["Africa"], "",
  "Burundi police fire tear gas at student protest",
  "Police in Burundi fired tear gas on Wednesday to break up a protest by university students in Bujumbura demanding overdue grant payments, witnesses said.",
  "Six students were detained."),

 # 6. Former head of the urban water office: prosecutor's requisitions at the Cour anti-corruption.
 ("proces-office-eaux-urbaines", AIP, "fr", 2, 290, 1300, [BI, J], "",
  "Office des eaux urbaines : quinze ans requis contre l'ancien directeur général",
  "Le ministère public a requis mercredi quinze ans de prison ferme contre Gaspard Ntakirutimana, ancien directeur général de l'Office des eaux urbaines, jugé devant la Cour anti-corruption de Bujumbura pour le détournement de 4,2 milliards de francs burundais destinés au renouvellement des canalisations.",
  "Le parquet a également demandé la confiscation de deux immeubles à Kinindo."),
 ("proces-office-eaux-urbaines", BJM, "fr", 2, 360, 1000, [BI, J], "",
  "Procès Ntakirutimana : la défense plaide une « erreur comptable »",
  "L'avocat de l'ancien patron de l'Office des eaux urbaines a soutenu mercredi devant la Cour anti-corruption que les milliards reprochés à son client avaient été dépensés pour des canalisations bel et bien posées, mais mal enregistrées dans les comptes.",
  "Le verdict a été mis en délibéré au 16 juin."),
 ("proces-office-eaux-urbaines", CDL, "fr", 2, 450, 700, [BI, J], "",
  "Eau potable : à Buterere, les robinets secs pendant le procès",
  "Pendant qu'on jugeait l'ancien directeur de l'Office des eaux urbaines, les habitants de Buterere, au nord de la capitale, faisaient toujours la queue aux bornes-fontaines, trois ans après l'annonce de travaux qui, selon l'accusation, n'ont jamais commencé.",
  ""),
 ("proces-office-eaux-urbaines", APL, "en", 2, 580, 150, ["Africa"], "",
  "Prosecutors seek 15 years for Burundi ex-water chief",
  "Prosecutors in Burundi on Wednesday asked the anti-corruption court to jail the former head of the urban water utility for 15 years over the alleged embezzlement of $1.4 million meant for new pipes.",
  "The court will rule on June 16."),

 # 7. Kayanza coffee cooperative managers: verdict at the same court, same day.
 ("verdict-cooperative-cafe-kayanza", AIP, "fr", 2, 230, 1100, [BI, J], "",
  "Café : huit ans de prison pour les gérants d'une coopérative de Kayanza",
  "La Cour anti-corruption de Bujumbura a condamné mercredi à huit ans de prison ferme le président et la trésorière de la coopérative caféicole Dukorere Hamwe, de Kayanza, reconnus coupables d'avoir détourné l'argent de la vente de la récolte de leurs 1 400 membres.",
  "Ils devront rembourser 860 millions de francs burundais aux caféiculteurs."),
 ("verdict-cooperative-cafe-kayanza", RADIO, "fr", 2, 300, 800, [BI, J], "",
  "Kayanza : « Enfin justice », disent les caféiculteurs",
  "« Enfin justice, même si on ne reverra peut-être jamais notre argent », a réagi Anselme Bigirimana, caféiculteur de Kayanza, après la condamnation des dirigeants de la coopérative Dukorere Hamwe.",
  "Beaucoup de membres n'ont pas été payés pour les cerises livrées en 2025."),
 ("verdict-cooperative-cafe-kayanza", CDL, "fr", 2, 410, 600, [BI, J, E], "publie",
  "Malversations à la coopérative Dukorere Hamwe : comment l'argent a disparu",
  "Selon le jugement rendu mercredi, les dirigeants de la coopérative Dukorere Hamwe ont vendu le café parche de leurs membres à un exportateur de Bujumbura puis ont versé le produit de la vente sur des comptes personnels ouverts à Ngozi.",
  "Un troisième prévenu, le comptable, a été acquitté.",
  {"site": "Le Courrier du Lac"}),
 ("verdict-cooperative-cafe-kayanza", GLS, "en", 2, 620, 150, ["Africa", "Coffee"], "",
  "Burundi coffee co-op bosses jailed for embezzlement",
  "Two leaders of a coffee cooperative in northern Burundi's Kayanza province were sentenced to eight years in prison on Wednesday for embezzling farmers' harvest money.",
  ""),

 # 8. Fuel reserves law: committee vote at the Assembly in Gitega, plenary vote Thursday.
 ("loi-reserves-carburant", ECHO, "fr", 3, 110, 1500, [BI, P, E], "",
  "Stocks stratégiques de carburant : la commission adopte le projet de loi",
  "La commission des finances de l'Assemblée nationale a adopté mercredi à Gitega le projet de loi obligeant les importateurs de produits pétroliers à constituer des stocks de sécurité équivalant à trente jours de consommation.",
  "Le texte sera soumis au vote des députés en séance plénière jeudi.",
  GIT),
 ("loi-reserves-carburant", AIP, "fr", 3, 180, 1300, [BI, P, E], "ats",
  "Les députés voteront jeudi la loi sur les réserves de carburant",
  "L'Assemblée nationale se prononcera jeudi en séance plénière sur le projet de loi instituant des réserves stratégiques de carburant, présenté comme la réponse du gouvernement aux pénuries à répétition qui paralysent les stations-service.",
  "Le ministre de l'Énergie, Léonidas Hakizimana, a défendu le texte devant la commission à Gitega.",
  GIT),
 ("loi-reserves-carburant", WW, "en", 3, 240, 400, ["Africa", "Energy"], "upi",
  "Burundi lawmakers to vote on fuel stockpile law",
  "Burundi's parliament will vote on Thursday on a bill requiring fuel importers to hold 30 days of reserves, after a finance committee approved it on Wednesday.",
  "Fuel shortages have led to long queues at pumps across the country for more than a year."),
 ("loi-reserves-carburant", CDL, "fr", 3, 380, 1100, [BI, E], "",
  "Réserves de carburant : ce que la loi changerait à la pompe",
  "Si les députés l'adoptent jeudi, la loi sur les stocks de sécurité imposera aux importeurs de garder l'équivalent d'un mois d'essence et de gasoil dans des dépôts agréés, ce qui devrait réduire les ruptures dans les stations sans faire baisser le prix au litre.",
  "Les importateurs estiment qu'il leur faudra deux ans pour construire les cuves nécessaires."),
 ("loi-reserves-carburant", RADIO, "fr", 3, 520, 900, [BI, P], "",
  "Loi sur les carburants : l'opposition dénonce un cadeau aux grands importateurs",
  "Le principal parti d'opposition a annoncé mercredi qu'il voterait contre le projet de loi sur les réserves stratégiques de carburant, estimant que l'obligation de stockage écartera les petits importateurs du marché.",
  "Le texte devrait néanmoins être adopté jeudi grâce à la majorité."),

 # 9. Reopening of the Gishora drum sanctuary above Gitega (same town as the lorry and the vote).
 ("sanctuaire-tambours-gishora", ECHO, "fr", 1, 130, 700, [BI, "Culture"], "",
  "Le sanctuaire des tambourinaires de Gishora rouvre ses portes",
  "Le sanctuaire royal des tambours de Gishora, sur la colline qui domine Gitega, a rouvert mercredi au public après dix-huit mois de travaux de restauration de ses huttes et de son enclos.",
  "Les visiteurs pourront assister aux répétitions des tambourinaires les mercredis et samedis."),
 ("sanctuaire-tambours-gishora", AIP, "fr", 1, 345, 500, [BI, "Culture"], "",
  "Gishora : une réouverture sobre, endeuillée par le drame du marché",
  "La cérémonie de réouverture du sanctuaire de Gishora a été écourtée mercredi, les tambourinaires ayant observé une minute de silence pour les victimes du camion du marché de Gitega, survenu en contrebas quelques heures plus tôt.",
  "Le sanctuaire, inscrit au patrimoine culturel immatériel, attend trois mille visiteurs par an."),
 ("sanctuaire-tambours-gishora", GLS, "en", 1, 640, 200, ["Africa", "Culture"], "donate",
  "Burundi's royal drum sanctuary reopens",
  "The royal drum sanctuary of Gishora, home to the drummers whose ritual dance is on UNESCO's heritage list, reopened to visitors on Wednesday after restoration work.",
  ""),

 # 10. Coffee farm-gate price for the new season (look-alike of the coffee trial).
 ("prix-cerise-cafe-2027", AIP, "fr", 2, 95, 900, [BI, E], "",
  "Café : le prix de la cerise fixé à 3 200 francs le kilo",
  "Le gouvernement a fixé mercredi à 3 200 francs burundais le prix minimum du kilo de cerise de café pour la campagne 2027-2028, contre 2 800 francs la saison précédente.",
  "La récolte doit commencer dans les provinces du nord à la fin du mois."),
 ("prix-cerise-cafe-2027", ALPES, "fr", 2, 270, 400, [BI, E], "",
  "Burundi : hausse du prix garanti aux caféiculteurs",
  "Le Burundi relève de 14 % le prix plancher payé aux producteurs de café, une mesure destinée à décourager la contrebande de cerises vers les pays voisins, où les acheteurs paient davantage.",
  "Le café reste la première source de devises du pays, devant le thé."),
 ("prix-cerise-cafe-2027", RADIO, "fr", 2, 500, 500, [BI, E], "",
  "Prix du café : les producteurs de Ngozi jugent la hausse insuffisante",
  "Les caféiculteurs de Ngozi réunis mercredi après-midi ont salué la hausse du prix de la cerise tout en la jugeant trop faible pour couvrir la flambée du prix des engrais.",
  ""),

 # 11. Closure of ndagala fishing on Lake Tanganyika (Rumonge, like the cholera).
 ("fermeture-peche-ndagala", AIP, "fr", 1, 150, 800, [BI, E], "place",
  "Lac Tanganyika : la pêche au ndagala suspendue pour trois mois",
  "La pêche au ndagala sera interdite pendant trois mois à partir du 1er juin sur toute la partie burundaise du lac Tanganyika, afin de laisser le poisson se reproduire, a annoncé mercredi le ministère de l'Environnement.",
  "La mesure est coordonnée avec les trois autres pays riverains du lac.",
  RUM),
 ("fermeture-peche-ndagala", BJM, "fr", 1, 400, 600, [BI, E], "",
  "Rumonge : les pêcheurs redoutent trois mois sans revenus",
  "Au port de pêche de Rumonge, les pêcheurs de ndagala accueillent avec inquiétude l'interdiction annoncée pour le 1er juin et demandent une aide alimentaire pour tenir jusqu'à la réouverture.",
  "« Nos enfants mangent ce que le lac donne », résume un propriétaire de pirogue."),
 ("fermeture-peche-ndagala", CDL, "fr", 1, 590, 400, [BI, E], "",
  "Le ndagala, petit poisson argenté au cœur de l'assiette burundaise",
  "Séché au soleil sur les plages du lac puis vendu dans tous les marchés du pays, le ndagala, une sardine d'eau douce, est la principale source de protéines animales de millions de Burundais.",
  "Ses prises ont chuté de moitié en dix ans, selon les chercheurs."),

 # 12. Shared byline line: glass recycling plant of the Brasseries du Mugamba (Bujumbura).
 ("brasserie-recyclage-verre", BJM, "fr", 1, 120, 600, [BI, E], "",
  "Brasseries du Mugamba : une usine de recyclage du verre à Bujumbura",
  "Les Brasseries du Mugamba ont inauguré mercredi dans la zone industrielle de Bujumbura une usine de recyclage capable de refondre chaque année douze mille tonnes de bouteilles cassées.",
  "Le brasseur importait jusqu'ici toutes ses bouteilles neuves de Tanzanie."),
 ("brasserie-recyclage-verre", AIP, "fr", 1, 670, 400, [BI, E], "reuters_line",
  "Bouteilles : le brasseur mise sur le recyclage",
  "Le premier brasseur du pays a investi 18 milliards de francs burundais dans une unité de recyclage de verre qui doit lui permettre de réduire de moitié ses importations de bouteilles.",
  "Quatre-vingts emplois ont été créés."),
 ("brasserie-recyclage-verre", "mugamba-business.bi", "fr", 1, 690, 300, [BI, E], "",
  "Verre recyclé : les collecteurs de bouteilles paieront au kilo",
  "Les ramasseurs de bouteilles de Bujumbura seront payés 150 francs le kilo de verre cassé livré à la nouvelle usine de recyclage des Brasseries du Mugamba.",
  ""),

 # 13. Shared byline line: new withering hall at the Buhoro tea factory (unrelated).
 ("usine-the-buhoro", ECHO, "fr", 1, 280, 400, [BI, E], "",
  "Thé : l'usine de Buhoro agrandit ses capacités",
  "L'usine à thé de Buhoro a mis en service mercredi un nouveau hall de flétrissage qui lui permettra de traiter trente tonnes de feuilles fraîches par jour, au lieu de dix-huit.",
  "Les théiculteurs de la région se plaignaient de feuilles refusées faute de place."),
 ("usine-the-buhoro", AIP, "fr", 1, 672, 300, [BI, E], "reuters_line",
  "Buhoro : un investissement pour ne plus perdre de feuilles",
  "L'usine de Buhoro a investi 6 milliards de francs burundais dans l'agrandissement de ses ateliers pour absorber toute la récolte de ses 9 000 théiculteurs.",
  "Le thé est la deuxième culture d'exportation du pays."),

 # 14. Commissioning of the Ruvyironza hydro plant (Mwaro), feeding Gitega's grid.
 ("centrale-ruvyironza", AIP, "fr", 2, 215, 1000, [BI, E], "",
  "Électricité : la centrale de la Ruvyironza mise en service",
  "Le chef de l'État a mis en service mercredi la centrale hydroélectrique de la Ruvyironza, dans la province de Mwaro, qui ajoute 24 mégawatts à un réseau national qui en compte à peine une centaine.",
  "L'ouvrage a été financé par un prêt de plusieurs bailleurs régionaux."),
 ("centrale-ruvyironza", APL, "en", 2, 330, 300, ["Africa", "Energy"], "",
  "Burundi opens 24 MW hydropower plant",
  "Burundi on Wednesday switched on a 24-megawatt hydropower plant on the Ruvyironza river, a boost of about a fifth to the country's electricity supply.",
  ""),
 ("centrale-ruvyironza", CDL, "fr", 2, 455, 800, [BI, E], "",
  "Délestages : la Ruvyironza suffira-t-elle ?",
  "Les 24 mégawatts de la nouvelle centrale de la Ruvyironza devraient réduire les coupures de courant à Gitega et dans le centre du pays dès juin, mais pas à Bujumbura, où la demande dépasse l'offre de près de moitié, selon les ingénieurs de la société d'électricité.",
  ""),

 # 15. Promo alone.
 ("promo-courrier-du-lac-numerique", CDL, "fr", 0, 380, 40, ["Promo"], "",
  "Le Courrier du Lac numérique : trois mois à moitié prix",
  "Abonnez-vous au Courrier du Lac numérique et lisez toutes nos enquêtes sur votre téléphone, à moitié prix pendant trois mois.",
  "Offre valable jusqu'au 31 mai."),

 # 16-18. Filler: football, weather bulletin, lottery.
 ("foot-ligue-a-lumiere-flambeau", BJM, "fr", 0, 80, 900, ["Sport"], "",
  "Ligue A : Lumière FC bat Flambeau du Lac",
  "Lumière FC a battu Flambeau du Lac 2-0 mardi soir au stade de l'Unité, grâce à un doublé de Claude Ndikumana.",
  "Lumière FC compte désormais trois points d'avance en tête du championnat."),
 ("foot-ligue-a-lumiere-flambeau", RADIO, "fr", 0, 100, 400, ["Sport"], "",
  "Football : Lumière FC creuse l'écart",
  "Vainqueur du Flambeau du Lac (2-0) mardi, Lumière FC prend trois longueurs d'avance au classement de la Ligue A à quatre journées de la fin.",
  ""),
 ("meteo-burundi-jeudi-20", RADIO, "fr", 0, 640, 500, ["Météo"], "",
  "Météo du jeudi 20 mai : averses sur les hauteurs",
  "Des averses orageuses sont attendues jeudi après-midi sur les hauteurs du Mugamba et de Kayanza, tandis que le temps restera sec et chaud à Bujumbura et le long du lac, avec 31 °C au plus fort de la journée.",
  "Les automobilistes sont invités à la prudence sur les routes de montagne."),
 ("tirage-loto-burundi-mercredi", AIP, "fr", 0, 700, 300, ["Jeux"], "",
  "Loto national : les numéros du tirage de mercredi",
  "Les numéros gagnants du tirage du Loto national de mercredi sont le 4, le 11, le 19, le 27 et le 33, avec le numéro chance 6.",
  "Aucun joueur n'a trouvé la bonne combinaison ; la cagnotte est reportée au tirage de samedi."),
]
