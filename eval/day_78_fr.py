# Day 78 (hold-out): a Congo-Brazzaville French channel, evening edition of Wednesday 16 June 2027
# (window 07:00 - 19:00 Wednesday Brazzaville, Africa/Brazzaville = UTC+1, no summer time).
# Gold answer written before any run: each post's story, its lede (the true first sentence) and
# the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: the mayor of Brazzaville, Hervé Loemba-Ndinga, on
#   Radio Mwinda FM's "Grand Matin" on Wednesday, quoted about the water agents' strike (post 15) and
#   about the traders' demonstration at the marché Total (post 22), both carrying « Brazzaville ne
#   sera prise en otage ni par ceux qui ferment les vannes ni par ceux qui ferment les rues »;
# - a shared wire byline line ("Agence Équateur Presse | Mis à jour : 16-06-2027 17:42"): the
#   forest certification near Ouesso (post 54) and the Mayoko iron mine restart (post 56), unrelated;
# - the same town and the same hospital: Dolisie holds the CFCO train derailment (posts 1-8) and the
#   tanker lorry overturned in the town centre (posts 9-13; post 11 mentions the derailment); both sets of injured go to the Hôpital
#   général de Dolisie, and the prefect of the Niari, Gaston Moukala-Bouity, speaks in both;
# - the same port and the same hospital: Pointe-Noire holds the cholera outbreak at Tié-Tié (posts
#   38-42), the new mineral terminal of the Port autonome (posts 43-45) and the pirate boarding of a
#   tanker at the port's anchorage (posts 46-49); the port's director, Sylvain Mavoungou-Tchicaya,
#   speaks in the terminal and the piracy stories; the wounded sailors and the cholera patients are
#   both at the Centre hospitalier de la Côte sauvage;
# - look-alike stories: two accidents in Dolisie on the same day (the train, the tanker lorry), two
#   trials at the same Brazzaville court on the same Wednesday (the pension fund embezzlement:
#   prosecutor's requisitions; the ivory traffickers: verdict), a strike and a demonstration in
#   Brazzaville with the same mayor (the water agents of the RCE; the marché Total traders), two
#   rail stories on the CFCO line (the derailment; the Mayoko mine's ore trains, post 56 mentions
#   the derailment), the baccalauréat opening where some centres lack water (post 51 tells of the
#   dry taps; post 52 carries a "Lire aussi" line about the strike), the finance bill that funds
#   pension arrears (post 34) while the pension fund's ex-director is on trial (posts 26-29);
# - tolls and updates that rise: the derailment 9 -> 14 -> 16 dead; the tanker 1 -> 2 dead; cholera 23 -> 31 cases; the
#   finance bill's vote scheduled for Friday; the strike extended;
# - stories told from other angles: relatives' hotline for the train (post 6), the explainer on the
#   CFCO line (post 7), the fuel scavengers (post 12), the dry neighbourhoods (post 16), where to
#   find water (post 18), the hospitals' tankers (post 19), the traders' testimonies (post 25), the
#   pensioners at the court (post 28), the NGOs' reaction to the ivory verdict (post 32), what the
#   bill changes for households (post 37), how to protect yourself from cholera (post 41), the
#   street-food ban (post 42), the seafarers' union reaction (post 49);
# - synonyms across outlets: "déraillement", "sortie de voie", "derailment"; "grève", "débrayage",
#   "cessation de travail", "walkout"; "manifestation", "sit-in", "rassemblement", "protest";
#   "camion-citerne", "citerne", "poids lourd", "tanker truck"; "pirates", "hommes armés",
#   "assaillants"; "choléra", "maladie diarrhéique", "épidémie";
# - posts in English (the agencies' English service): posts 3, 5, 11, 17, 24, 31, 35, 39, 45, 48, 57
#   (and French-agency posts from Agence Nord: 29, 33, 49);
# - a promo posted alone (post 58); filler of importance 0: football result (posts 59-60), weather
#   bulletin (post 61), horoscope (post 62), lottery draw (post 63).
NAME = "2027-06-16-fr-soir-brazzaville-h78"
CHANNEL = {"lang": "fr", "tz": "Africa/Brazzaville"}
WINDOW = ("2027-06-16T06:00:00Z", "2027-06-16T18:00:00Z")
CTX = {"stamp": "16-06-2027 17:42", "line": "Agence Équateur Presse | Mis à jour : 16-06-2027 17:42",
       "city": "Brazzaville", "date_fr": "16 juin", "date_en": "June 16",
       "author": "Armelle Nkounkou-Malonga", "clarify": "the number of passengers killed",
       "caption": "", "also": "notre dossier", "country": "Congo"}
# The editor's top 5: the CFCO derailment near Dolisie, the water agents' strike in Brazzaville, the
# cholera outbreak in Pointe-Noire, the traders' demonstration at the marché Total, the finance bill.
TOP5 = ["deraillement-cfco-loudima", "greve-regie-eaux-brazzaville", "cholera-tie-tie-pointe-noire",
        "manifestation-commercants-marche-total", "loi-finances-rectificative-2027"]
CG = "Congo"
E = "Économie"
SA = "Santé"
J = "Justice"
FD = "Faits divers"
P = "Politique"
SOC = "Société"
AEP = "agence-equateur-presse.cg"
SEM = "la-semaine-du-fleuve.cg"
NIARI = "echos-du-niari.cg"
PONTON = "ponton-matin.cg"
RADIO = "radio-mwinda-fm.cg"
ACTU = "brazza-actu.net"
NORD = "agence-nord.fr"
WW = "wire-west.com"
APL = "ap-like.com"
UW = "united-wire.com"
STD = "congo-basin-standard.com"
QUOTE = ("« Brazzaville ne sera prise en otage ni par ceux qui ferment les vannes ni par ceux "
         "qui ferment les rues »")
DOL = {"city": "Dolisie"}
PN = {"city": "Pointe-Noire"}
POSTS = [
 # 1. Passenger train derailed on the CFCO line near Loudima, east of Dolisie, at 05:40; 9 -> 14 -> 16 dead.
 ("deraillement-cfco-loudima", AEP, "fr", 3, 55, 3600, [CG, FD], "afp",
  "Au moins neuf morts dans le déraillement d'un train de voyageurs près de Dolisie",
  "Au moins neuf personnes ont été tuées et plusieurs dizaines blessées mercredi à l'aube dans le déraillement d'un train de voyageurs du Chemin de fer Congo-Océan entre Loudima et Dolisie, dans le département du Niari, a-t-on appris de sources ferroviaires.",
  "Le convoi, parti de Brazzaville mardi soir à destination de Pointe-Noire avec près de 600 passagers, a quitté les rails vers 5 h 40 dans une courbe, et trois voitures se sont couchées sur le talus.",
  DOL),
 ("deraillement-cfco-loudima", RADIO, "fr", 3, 110, 2400, [CG], "",
  "Sortie de voie du train Brazzaville-Pointe-Noire : les rescapés racontent",
  "« On dormait quand tout s'est mis à tanguer, puis le wagon s'est retourné », raconte un commerçant de Nkayi joint par notre rédaction, qui voyageait dans la troisième voiture du train sorti des rails près de Loudima.",
  "Des villageois ont été les premiers à porter secours aux passagers coincés, avant l'arrivée des sapeurs-pompiers de Dolisie."),
 ("deraillement-cfco-loudima", WW, "en", 3, 160, 1100, ["Africa"], "reuters",
  "Train derailment kills at least nine in Republic of Congo",
  "At least nine people were killed when a passenger train came off the tracks in southern Republic of Congo early on Wednesday, railway sources said, in the latest accident on the country's ageing Congo-Ocean line.",
  "The train was travelling from Brazzaville to the port city of Pointe-Noire with about 600 passengers on board.",
  DOL),
 ("deraillement-cfco-loudima", NIARI, "fr", 3, 235, 2900, [CG, FD], "caption",
  "Déraillement de Loudima : le bilan passe à quatorze morts",
  "Le bilan du déraillement survenu mercredi à l'aube près de Loudima est passé à quatorze morts, cinq corps ayant été dégagés des voitures renversées en fin de matinée, a annoncé le préfet du Niari, Gaston Moukala-Bouity.",
  "Quarante-deux blessés, dont onze dans un état grave, ont été admis à l'Hôpital général de Dolisie, qui a déclenché son plan blanc.",
  {"site": "Les Échos du Niari", "caption": "Des voitures du train de voyageurs renversées sur le talus près de Loudima, dans le Niari, le mercredi 16 juin 2027."}),
 ("deraillement-cfco-loudima", APL, "en", 3, 330, 700, ["Africa"], "updated",
  "Congo train derailment toll rises to 16",
  "The death toll from Wednesday's derailment of a passenger train in the Republic of Congo's Niari region has risen to 16, the transport ministry said, as rescuers cut through overturned carriages near the town of Loudima.",
  "Officials said excessive speed on a curve and the condition of the track were both being investigated.",
  {"clarify": "the number of passengers killed"}),
 ("deraillement-cfco-loudima", ACTU, "fr", 3, 390, 1500, [CG], "",
  "Passagers du train de Loudima : un numéro pour les familles",
  "Le Chemin de fer Congo-Océan a ouvert mercredi une cellule d'information pour les familles des passagers du train déraillé près de Dolisie, joignable jour et nuit, et publie la liste des blessés hospitalisés au fur et à mesure de leur identification.",
  "Les proches sont invités à se munir d'une pièce d'identité et du billet du voyageur s'ils se rendent à l'Hôpital général de Dolisie, où un accueil des familles a été installé dans le hall."),
 ("deraillement-cfco-loudima", SEM, "fr", 3, 470, 1300, [CG, E], "byline_fr",
  "Chemin de fer Congo-Océan : une ligne centenaire à bout de souffle",
  "Posée entre 1921 et 1934 et rénovée par tronçons seulement, la voie du Chemin de fer Congo-Océan entre Brazzaville et Pointe-Noire accumule les ralentissements, les traverses usées et les courbes dangereuses que les cheminots signalent depuis des années.",
  "Le tronçon entre Loudima et Dolisie, où s'est produit le déraillement de mercredi, figurait parmi ceux dont la réfection était promise pour 2026.",
  {"site": "La Semaine du Fleuve", "author": "Armelle Nkounkou-Malonga"}),
 ("deraillement-cfco-loudima", AEP, "fr", 3, 600, 2600, [CG, FD], "actu",
  "Déraillement près de Dolisie : seize morts, trois jours de deuil national",
  "Le gouvernement a décrété trois jours de deuil national après le déraillement du train de voyageurs qui a fait seize morts mercredi près de Loudima, et le ministre des Transports a annoncé une enquête technique confiée à des experts indépendants.",
  "La circulation sur la ligne reste interrompue entre Nkayi et Dolisie, le temps de dégager les voitures et de réparer la voie."),

 # 2. Tanker lorry overturned in the centre of Dolisie at 13:10 (same town, same hospital, same prefect).
 ("camion-citerne-dolisie", NIARI, "fr", 2, 385, 1700, [CG, FD], "",
  "Dolisie : un camion-citerne se renverse en plein centre-ville",
  "Un camion-citerne chargé de 30 000 litres de gasoil s'est renversé mercredi vers 13 h 10 au rond-point de la gare routière de Dolisie, tuant un conducteur de moto-taxi et blessant quatre passants.",
  "Le carburant s'est répandu sur la chaussée et dans les caniveaux, et la police a fait évacuer les boutiques voisines par crainte d'un incendie."),
 ("camion-citerne-dolisie", AEP, "fr", 2, 450, 1200, [CG, FD], "ats",
  "Accident d'un poids lourd à Dolisie : deux morts",
  "Le renversement d'une citerne de gasoil mercredi à Dolisie a fait deux morts, un passant grièvement blessé ayant succombé à l'Hôpital général de la ville, a indiqué le préfet du Niari, Gaston Moukala-Bouity.",
  "Selon les premiers éléments, les freins du camion, qui descendait de la route de Mbinda, auraient lâché dans la pente.",
  DOL),
 ("camion-citerne-dolisie", UW, "en", 2, 520, 300, ["Africa"], "upi",
  "Fuel tanker overturns in Congo town already mourning train victims",
  "A tanker truck carrying diesel overturned in the centre of Dolisie in the Republic of Congo on Wednesday, killing two people, hours after a train derailment nearby.",
  "Local officials said the fuel spill was contained and no fire broke out."),
 ("camion-citerne-dolisie", RADIO, "fr", 2, 560, 900, [CG], "",
  "Gasoil répandu à Dolisie : des habitants venus remplir des bidons",
  "Malgré les consignes de la police, des dizaines d'habitants de Dolisie se sont précipités avec des bidons et des seaux pour récupérer le gasoil échappé de la citerne couchée près de la gare routière.",
  "« C'est ainsi que les drames arrivent », a réagi le commandant des sapeurs-pompiers, qui a fait recouvrir la chaussée de sable."),
 ("camion-citerne-dolisie", SEM, "fr", 2, 655, 800, [CG, FD], "teaser",
  "Dolisie : la circulation des camions-citernes interdite en centre-ville",
  "Après l'accident de la citerne qui a fait deux morts au rond-point de la gare routière, la mairie de Dolisie a interdit à compter de jeudi la traversée du centre-ville par les poids lourds transportant des hydrocarbures entre 6 heures et 20 heures.",
  "Les transporteurs devront emprunter la bretelle sud, encore en terre sur plusieurs kilomètres."),

 # 3. 72-hour strike of the Régie congolaise des eaux agents in Brazzaville; taps dry; mayor on radio.
 ("greve-regie-eaux-brazzaville", AEP, "fr", 3, 30, 2700, [CG, SOC], "afp",
  "Brazzaville : les agents de la Régie des eaux en grève, les robinets à sec",
  "Les agents de la Régie congolaise des eaux ont entamé mercredi matin une grève de 72 heures pour réclamer le paiement de quatre mois d'arriérés de salaires, privant d'eau courante une grande partie de Brazzaville.",
  "L'usine de traitement du Djiri, qui alimente les quartiers nord, a été mise à l'arrêt à 6 heures, selon l'intersyndicale."),
 ("greve-regie-eaux-brazzaville", RADIO, "fr", 3, 80, 2300, [CG, SOC], "",
  "Grève à la Régie des eaux : le maire de Brazzaville hausse le ton",
  "Invité mercredi matin du « Grand Matin » de Radio Mwinda FM, le maire de Brazzaville, Hervé Loemba-Ndinga, a demandé aux agents de la Régie congolaise des eaux de reprendre le travail et promis de saisir le gouvernement sur leurs arriérés.",
  f"{QUOTE}, a-t-il lancé, en annonçant que des camions de la voirie municipale distribueraient de l'eau dans les quartiers les plus touchés."),
 ("greve-regie-eaux-brazzaville", ACTU, "fr", 3, 190, 1900, [CG], "",
  "Talangaï, Mfilou, Djiri : les quartiers sans eau depuis ce matin",
  "Dans les quartiers de Talangaï, Djiri et Mfilou, les habitants faisaient la queue mercredi devant les rares puits et bornes-fontaines encore alimentés, au premier jour du débrayage des agents de la Régie des eaux.",
  "Le bidon de 25 litres se revendait 500 francs CFA en fin de matinée, contre 100 francs d'ordinaire."),
 ("greve-regie-eaux-brazzaville", WW, "en", 3, 260, 800, ["Africa"], "place",
  "Water workers' strike leaves Congo capital's taps dry",
  "Workers at the Republic of Congo's public water utility began a 72-hour walkout on Wednesday over four months of unpaid wages, cutting running water to large parts of the capital.",
  "The utility's management said talks with unions would resume on Thursday."),
 ("greve-regie-eaux-brazzaville", SEM, "fr", 3, 340, 1400, [CG, SOC], "",
  "Sans eau à Brazzaville : où s'approvisionner pendant la grève",
  "Pendant la cessation de travail des agents de la Régie des eaux, la mairie de Brazzaville met en place dix-huit points de distribution gratuite par camions, dont la liste est affichée dans chaque arrondissement et lue sur les radios locales.",
  "Faites bouillir ou traitez avec des comprimés de chlore toute eau de puits avant de la boire, et conservez-la dans des récipients fermés."),
 ("greve-regie-eaux-brazzaville", AEP, "fr", 3, 480, 1100, [CG, SA], "ats",
  "Grève de l'eau : les hôpitaux de Brazzaville ravitaillés par citernes",
  "Le CHU de Brazzaville et les hôpitaux de base de Talangaï et de Makélékélé sont ravitaillés depuis mercredi après-midi par des citernes de l'armée, la grève des agents de la Régie des eaux ayant asséché leurs réservoirs.",
  "Les blocs opératoires ont reporté les interventions non urgentes."),
 ("greve-regie-eaux-brazzaville", ACTU, "fr", 3, 690, 1600, [CG, SOC], "actu",
  "Régie des eaux : l'intersyndicale prolonge la grève jusqu'à lundi",
  "Faute d'accord avec la direction générale, l'intersyndicale de la Régie congolaise des eaux a annoncé mercredi soir la prolongation de la grève jusqu'à lundi, au moins, tant qu'un calendrier de paiement des arriérés n'aura pas été signé.",
  "Le ministre de l'Énergie et de l'Hydraulique doit recevoir les syndicats jeudi à 10 heures."),

 # 4. Demonstration of the marché Total traders (Bacongo) against the tripled daily market tax; same mayor.
 ("manifestation-commercants-marche-total", ACTU, "fr", 2, 140, 2000, [CG, SOC], "",
  "Bacongo : les commerçants du marché Total dans la rue contre la nouvelle taxe",
  "Plusieurs centaines de commerçants du marché Total, à Bacongo, ont manifesté mercredi matin devant la mairie d'arrondissement contre le triplement du ticket journalier de place, passé de 100 à 300 francs CFA depuis le 1er juin.",
  "Les étals sont restés fermés et les manifestants ont bloqué l'avenue de la Tsiémé pendant près de deux heures."),
 ("manifestation-commercants-marche-total", RADIO, "fr", 2, 175, 1700, [CG, SOC], "",
  "Marché Total : le maire refuse de revenir sur la hausse de la taxe",
  "Interrogé mercredi sur Radio Mwinda FM, le maire de Brazzaville, Hervé Loemba-Ndinga, a exclu de revenir sur le nouveau ticket de place du marché Total, affirmant que la recette financerait la réfection des toitures et des caniveaux.",
  f"{QUOTE}, a répété l'élu à propos du sit-in des commerçants, qu'il a invités à « venir discuter plutôt que bloquer »."),
 ("manifestation-commercants-marche-total", AEP, "fr", 2, 270, 1500, [CG, SOC], "colon",
  "Rassemblement dispersé au marché Total, douze interpellations",
  "La police a dispersé mercredi à coups de gaz lacrymogène le rassemblement des commerçants du marché Total à Bacongo et interpellé douze personnes, dont deux responsables de l'association des vendeurs, selon une source policière.",
  "Trois manifestants légèrement intoxiqués ont été soignés sur place par la Croix-Rouge."),
 ("manifestation-commercants-marche-total", STD, "en", 2, 365, 300, ["Africa"], "donate",
  "Brazzaville market traders protest tripled stall fee",
  "Police fired tear gas on Wednesday to break up a protest by hundreds of traders at Brazzaville's Total market against a municipal stall fee that has tripled this month.",
  "Twelve people were detained, police said."),
 ("manifestation-commercants-marche-total", SEM, "fr", 2, 540, 900, [CG], "",
  "« Avec 300 francs par jour, je travaille pour la mairie » : les vendeuses de Bacongo témoignent",
  "Vendeuse de foufou et de saka-saka depuis vingt ans au marché Total, Mama Pauline Bakala dit gagner à peine 1 500 francs CFA les jours ordinaires et ne plus pouvoir payer à la fois la nouvelle taxe et la scolarité de ses petits-enfants.",
  "L'association des vendeurs demande que le ticket soit ramené à 150 francs et que les recettes soient publiées."),

 # 5. Pension fund embezzlement trial, TGI de Brazzaville: prosecutor's requisitions.
 ("proces-caisse-retraites-crae", AEP, "fr", 2, 200, 1300, [CG, J], "afp",
  "Détournements à la caisse de retraites : dix ans requis contre l'ancien directeur",
  "Le parquet a requis mercredi dix ans de prison ferme contre l'ancien directeur général de la Caisse de retraite des agents de l'État, Jean-Rodrigue Oyandza, jugé devant le tribunal de grande instance de Brazzaville pour le détournement de 6,8 milliards de francs CFA.",
  "Quatre anciens collaborateurs comparaissent à ses côtés pour complicité et faux en écriture."),
 ("proces-caisse-retraites-crae", SEM, "fr", 2, 300, 800, [CG, J], "publie",
  "Procès de la CRAE : l'ancien patron nie tout enrichissement",
  "À la barre du tribunal de grande instance de Brazzaville, l'ancien directeur de la Caisse de retraite des agents de l'État a contesté mercredi tout détournement, parlant de « prêts internes » jamais remboursés par d'autres administrations.",
  "Les enquêteurs ont pourtant relevé des virements vers des sociétés immobilières appartenant à des proches.",
  {"site": "La Semaine du Fleuve"}),
 ("proces-caisse-retraites-crae", RADIO, "fr", 2, 420, 700, [CG, J], "",
  "Les retraités au tribunal : « On attend nos pensions depuis huit mois »",
  "Une cinquantaine de retraités de la fonction publique ont patienté toute la journée de mercredi devant le palais de justice de Brazzaville pour suivre le procès de l'ancien directeur de leur caisse, beaucoup sans pension depuis le mois d'octobre.",
  "« Cet argent, c'était nos médicaments et nos loyers », dit un ancien instituteur venu de Kinkala."),
 ("proces-caisse-retraites-crae", NORD, "fr", 2, 575, 400, ["Afrique", J], "",
  "Congo : réquisitoire sévère au procès d'une caisse de retraites publique",
  "Au Congo-Brazzaville, le ministère public a réclamé mercredi une peine de dix ans d'emprisonnement à l'encontre de l'ex-dirigeant de la caisse de retraite des fonctionnaires, accusé d'avoir détourné près de 6,8 milliards de francs CFA entre 2019 et 2024.",
  "Le jugement a été mis en délibéré au 14 juillet."),

 # 6. Ivory traffickers' verdict, same TGI de Brazzaville, same Wednesday.
 ("proces-ivoire-maya-maya", AEP, "fr", 1, 245, 700, [CG, J], "ats",
  "Trafic d'ivoire : cinq ans de prison pour trois hommes arrêtés à Maya-Maya",
  "Le tribunal de grande instance de Brazzaville a condamné mercredi à cinq ans de prison ferme trois hommes, dont un agent des douanes en poste à Ouesso, pour avoir tenté d'expédier 420 kilos d'ivoire par l'aéroport de Maya-Maya en septembre 2026.",
  "Ils devront aussi verser solidairement 50 millions de francs CFA de dommages et intérêts à l'État."),
 ("proces-ivoire-maya-maya", WW, "en", 1, 310, 250, ["Africa", "Environment"], "reuters",
  "Congo court jails three over ivory smuggling attempt",
  "A court in the Republic of Congo on Wednesday sentenced three men, including a customs officer, to five years in prison for trying to smuggle 420 kg of elephant ivory out of Brazzaville's airport.",
  "Conservation groups said the sentence was the heaviest handed down for ivory trafficking in the country."),
 ("proces-ivoire-maya-maya", ACTU, "fr", 1, 505, 500, [CG, "Environnement"], "",
  "Défenses d'éléphants saisies à l'aéroport : un verdict salué par les ONG",
  "Les associations de protection de la faune ont salué mercredi la condamnation des trois trafiquants pris avec 420 kilos de défenses d'éléphants dans des caisses de poisson fumé à l'aéroport de Maya-Maya, une peine qu'elles jugent « enfin dissuasive ».",
  "Les défenses provenaient selon l'enquête d'éléphants de forêt abattus dans la Sangha."),
 ("proces-ivoire-maya-maya", NORD, "fr", 1, 620, 300, ["Afrique", J], "",
  "Brazzaville : peine de prison pour un douanier trafiquant d'ivoire",
  "Un douanier congolais et deux complices ont écopé mercredi de cinq ans d'emprisonnement pour un trafic d'ivoire démantelé à l'aéroport de la capitale congolaise.",
  ""),

 # 7. Supplementary finance bill before the Assemblée nationale; vote scheduled Friday.
 ("loi-finances-rectificative-2027", AEP, "fr", 2, 120, 1400, [CG, P, E], "ats",
  "L'Assemblée nationale examine la loi de finances rectificative",
  "Les députés ont entamé mercredi l'examen du projet de loi de finances rectificative pour 2027, qui réduit de 40 % la subvention aux carburants et crée une ligne de 35 milliards de francs CFA pour apurer les arriérés de pensions.",
  "Le vote en séance plénière est prévu vendredi."),
 ("loi-finances-rectificative-2027", WW, "en", 2, 215, 600, ["Africa", "Business"], "reuters",
  "Congo lawmakers debate fuel subsidy cut in revised budget",
  "Lawmakers in the Republic of Congo began debating on Wednesday a revised 2027 budget that cuts fuel subsidies by 40%, a condition of the country's programme with the International Monetary Fund.",
  "A vote is scheduled for Friday."),
 ("loi-finances-rectificative-2027", SEM, "fr", 2, 400, 900, [CG, P], "byline_fr",
  "Collectif budgétaire : l'opposition dénonce une « purge » pour les ménages",
  "Les députés de l'opposition ont accusé mercredi le gouvernement de faire payer aux ménages la baisse de la subvention aux carburants inscrite dans le collectif budgétaire, qui ferait passer le litre d'essence de 595 à 695 francs CFA.",
  "Le ministre des Finances a répondu que la mesure épargnerait le gasoil des transports en commun jusqu'à la fin de l'année.",
  {"site": "La Semaine du Fleuve", "author": "Prosper Ikonga-Ebata"}),
 ("loi-finances-rectificative-2027", ACTU, "fr", 2, 590, 1000, [CG, E], "",
  "Budget rectificatif : ce qui change pour votre porte-monnaie",
  "Si le budget rectificatif est adopté vendredi, le prix de l'essence à la pompe augmenterait d'une centaine de francs par litre dès le 1er juillet, tandis que le gasoil, le pétrole lampant et le gaz domestique resteraient au tarif actuel.",
  "Le texte prévoit aussi une prime de 20 000 francs CFA pour les taxis et bus enregistrés."),

 # 8. Cholera outbreak at Tié-Tié, Pointe-Noire: 23 -> 31 cases, 2 deaths; Centre hospitalier de la Côte sauvage.
 ("cholera-tie-tie-pointe-noire", PONTON, "fr", 3, 70, 2500, [CG, SA], "",
  "Pointe-Noire : une épidémie de choléra déclarée à Tié-Tié",
  "Le ministère de la Santé a déclaré mercredi une épidémie de choléra dans le quartier de Tié-Tié, à Pointe-Noire, où vingt-trois cas ont été recensés en une semaine, dont deux mortels.",
  "Les malades sont pris en charge dans une unité d'isolement ouverte au Centre hospitalier de la Côte sauvage."),
 ("cholera-tie-tie-pointe-noire", APL, "en", 3, 180, 600, ["Africa", "Health"], "ap",
  "Cholera outbreak declared in Congo's port city",
  "Health authorities in the Republic of Congo declared a cholera outbreak on Wednesday in a crowded district of the port city of Pointe-Noire, where 23 cases and two deaths have been recorded in a week.",
  "Officials blamed contaminated wells and blocked drains.",
  PN),
 ("cholera-tie-tie-pointe-noire", AEP, "fr", 3, 350, 1700, [CG, SA], "afp",
  "Choléra à Pointe-Noire : trente et un cas, une campagne de vaccination annoncée",
  "Le nombre de cas de choléra à Pointe-Noire est passé à trente et un, dont deux décès, et une campagne de vaccination orale visant 120 000 habitants de Tié-Tié et de Loandjili commencera lundi, a annoncé mercredi le directeur départemental de la Santé.",
  "Une dizaine de puits ont été fermés et des équipes désinfectent les latrines publiques du quartier.",
  PN),
 ("cholera-tie-tie-pointe-noire", PONTON, "fr", 3, 445, 1900, [CG, SA], "soutien",
  "Choléra : les gestes pour se protéger",
  "Lavez-vous les mains au savon avant de manger et après être allé aux toilettes, ne buvez que de l'eau bouillie, chlorée ou en sachet scellé, et consultez immédiatement en cas de diarrhée aqueuse abondante, même sans fièvre.",
  "Les centres de santé de Tié-Tié distribuent gratuitement des sels de réhydratation orale et des comprimés de chlore."),
 ("cholera-tie-tie-pointe-noire", RADIO, "fr", 3, 640, 1100, [CG, SA], "",
  "Maladie diarrhéique à Tié-Tié : les vendeurs de rue interdits de vendre du poisson cru",
  "La mairie de Pointe-Noire a interdit mercredi la vente d'aliments crus et de jus non emballés dans les rues de Tié-Tié tant que durera l'épidémie, une mesure mal accueillie par les vendeuses du marché du quartier.",
  ""),

 # 9. New mineral terminal of the Port autonome de Pointe-Noire inaugurated (same port, same director).
 ("terminal-mineralier-pointe-noire", PONTON, "fr", 1, 150, 800, [CG, E], "",
  "Port autonome de Pointe-Noire : le terminal minéralier entre en service",
  "Le nouveau terminal minéralier du Port autonome de Pointe-Noire a reçu mercredi son premier navire, un vraquier venu charger 45 000 tonnes de potasse, a annoncé le directeur général du port, Sylvain Mavoungou-Tchicaya.",
  "Le quai de 350 mètres, construit en deux ans, doit permettre d'exporter à terme 8 millions de tonnes de minerais par an."),
 ("terminal-mineralier-pointe-noire", AEP, "fr", 1, 290, 500, [CG, E], "afp",
  "Un quai pour les minerais inauguré à Pointe-Noire",
  "Le port de Pointe-Noire s'est doté d'un quai dédié aux vracs miniers, inauguré mercredi par le ministre des Transports maritimes, qui y voit un pas vers la diversification d'une économie encore dépendante du pétrole.",
  "Le terminal est exploité pour vingt-cinq ans par un consortium privé.",
  PN),
 ("terminal-mineralier-pointe-noire", STD, "en", 1, 470, 200, ["Africa", "Business"], "byline_en",
  "Pointe-Noire opens dry bulk terminal as Congo courts miners",
  "The port of Pointe-Noire opened a dedicated dry bulk terminal on Wednesday, loading its first cargo of potash as the Republic of Congo tries to turn its Atlantic port into an export hub for minerals.",
  "Port officials said the terminal could handle 8 million tonnes a year once fully equipped.",
  {"site": "Congo Basin Standard", "author": "Michael Ondongo"}),

 # 10. Pirates board a tanker at the Pointe-Noire anchorage overnight; 2 sailors wounded.
 ("piraterie-petrolier-rade-pointe-noire", AEP, "fr", 2, 100, 1500, [CG, "Sécurité"], "ats",
  "Un pétrolier attaqué par des pirates en rade de Pointe-Noire",
  "Des hommes armés ont pris d'assaut dans la nuit de mardi à mercredi un pétrolier au mouillage en rade de Pointe-Noire, blessant deux marins et emportant de l'argent et du matériel, a indiqué la marine nationale.",
  "Les assaillants, arrivés à bord d'un hors-bord rapide, ont quitté le navire avant l'arrivée d'une vedette de patrouille.",
  PN),
 ("piraterie-petrolier-rade-pointe-noire", PONTON, "fr", 2, 230, 1200, [CG], "",
  "Abordage en rade : le port promet des patrouilles renforcées",
  "Le directeur général du Port autonome de Pointe-Noire, Sylvain Mavoungou-Tchicaya, a annoncé mercredi le doublement des patrouilles de nuit dans la zone de mouillage après l'abordage d'un pétrolier par des pirates.",
  "Les deux marins blessés, de nationalité philippine, ont été admis au Centre hospitalier de la Côte sauvage."),
 ("piraterie-petrolier-rade-pointe-noire", "menafn-kuna.com", "en", 2, 380, 200, ["Africa"], "kuna",
  "Pirates attack tanker off Congo's Pointe-Noire",
  "Armed pirates boarded an oil tanker anchored off the Republic of Congo's port of Pointe-Noire overnight, wounding two crew members, the Congolese navy said on Wednesday.",
  "",
  PN),
 ("piraterie-petrolier-rade-pointe-noire", NORD, "fr", 2, 560, 500, ["Afrique", "Mer"], "",
  "Golfe de Guinée : les marins inquiets après l'attaque de Pointe-Noire",
  "Le syndicat international des gens de mer a appelé mercredi les armateurs à ne plus laisser leurs navires attendre de nuit au large de Pointe-Noire sans gardes armés, après l'abordage d'un pétrolier dont deux membres d'équipage ont été blessés.",
  ""),

 # 11. Baccalauréat opens; some Brazzaville centres without water (mentions the strike, not part of it).
 ("bac-2027-congo-ouverture", AEP, "fr", 1, 20, 1200, [CG, "Éducation"], "",
  "Baccalauréat : 96 000 candidats entrent en salle",
  "Les épreuves écrites du baccalauréat général ont débuté mercredi sur l'ensemble du territoire pour 96 000 candidats, répartis dans 312 centres d'examen, avec la philosophie en ouverture.",
  "Les résultats sont attendus le 20 juillet."),
 ("bac-2027-congo-ouverture", ACTU, "fr", 1, 225, 900, [CG, "Éducation"], "",
  "Bac : des centres d'examen sans eau à Talangaï",
  "Plusieurs centres d'examen de Talangaï, dans le nord de Brazzaville, ont accueilli mercredi les candidats au baccalauréat sans eau courante, les directeurs ayant dû acheter des bidons pour les toilettes et les fontaines.",
  "L'inspection académique assure que les épreuves se sont déroulées normalement."),
 ("bac-2027-congo-ouverture", SEM, "fr", 1, 410, 700, [CG, "Éducation"], "lire",
  "Philosophie au bac : « La liberté s'apprend-elle ? » fait réagir les candidats",
  "Le sujet « La liberté s'apprend-elle ? » a été le plus choisi par les candidats au baccalauréat mercredi, selon plusieurs correcteurs, devant l'explication d'un texte sur le travail.",
  "Le ministère a démenti toute fuite des sujets, évoquée la veille sur les réseaux sociaux.",
  {"also": "Grève à la Régie des eaux : les robinets à sec dans les quartiers nord"}),

 # 12. Shared byline line: forest certification of a Sangha concession near Ouesso.
 ("certification-foret-ouesso", SEM, "fr", 1, 280, 400, [CG, "Environnement"], "",
  "Sangha : une concession forestière de 600 000 hectares certifiée",
  "La Société forestière de la Haute-Sangha a obtenu la certification de gestion durable pour sa concession de 600 000 hectares autour d'Ouesso, une première pour une entreprise à capitaux majoritairement congolais.",
  "Le label impose notamment des zones de protection de la faune et le partage des revenus avec les villages riverains."),
 ("certification-foret-ouesso", AEP, "fr", 1, 702, 300, [CG, "Environnement"], "reuters_line",
  "Forêt : un label de gestion durable pour une concession près d'Ouesso",
  "Une concession forestière de la Sangha, exploitée par une entreprise congolaise près d'Ouesso, a reçu mercredi un label international de gestion durable, après trois ans d'audits.",
  "Le bois certifié se vend jusqu'à 20 % plus cher sur les marchés européens."),

 # 13. Shared byline line: restart of the Mayoko iron mine in the Niari (ore trains on the CFCO).
 ("mine-fer-mayoko-relance", NIARI, "fr", 1, 95, 600, [CG, E], "",
  "Mayoko : la mine de fer reprend du service après six ans d'arrêt",
  "La mine de fer de Mayoko, dans le nord du Niari, a redémarré mercredi son extraction sous l'égide d'un nouvel exploitant, Niari Iron Resources, qui prévoit d'expédier ses premiers trains de minerai vers Pointe-Noire en septembre.",
  "Deux cent cinquante anciens mineurs ont été réembauchés."),
 ("mine-fer-mayoko-relance", AEP, "fr", 1, 705, 400, [CG, E], "reuters_line",
  "Minerai de fer : le site de Mayoko relancé",
  "Le gisement de fer de Mayoko a repris sa production mercredi, l'exploitant visant deux millions de tonnes de minerai dès la première année, acheminées par rail jusqu'au port de Pointe-Noire.",
  "L'entreprise dit attendre la réfection de la voie du Chemin de fer Congo-Océan, où un train de voyageurs a déraillé mercredi près de Loudima, avant de fixer son calendrier d'expédition."),
 ("mine-fer-mayoko-relance", WW, "en", 1, 540, 300, ["Africa", "Mining"], "reuters",
  "Congo's Mayoko iron ore mine restarts under new owner",
  "The Mayoko iron ore mine in the Republic of Congo resumed production on Wednesday after a six-year halt, its new operator Niari Iron Resources said, targeting 2 million tonnes in its first year.",
  "The ore is due to be railed to Pointe-Noire for export."),

 # 14-18. Promo alone; filler: football, weather bulletin, horoscope, lottery draw.
 ("promo-semaine-du-fleuve-abonnement", SEM, "fr", 0, 360, 40, ["Promo"], "",
  "La Semaine du Fleuve sur votre téléphone : trois mois à moitié prix",
  "Abonnez-vous à l'édition numérique de La Semaine du Fleuve et lisez chaque jour tous nos articles sur votre téléphone, à moitié prix pendant trois mois.",
  "Offre réservée aux nouveaux abonnés jusqu'au 30 juin."),
 ("foot-ligue1-etoile-kouilou", ACTU, "fr", 0, 15, 900, ["Sport"], "",
  "Ligue 1 : l'Étoile du Kouilou renverse le Racing de Mfilou",
  "L'Étoile du Kouilou s'est imposée 2-1 mardi soir face au Racing de Mfilou au stade de Pointe-Noire, grâce à un doublé de son attaquant Chancel Mabiala en seconde période.",
  "Les Ponténégrins reviennent à un point du leader."),
 ("foot-ligue1-etoile-kouilou", PONTON, "fr", 0, 85, 600, ["Sport"], "",
  "Football : l'Étoile du Kouilou relance la course au titre",
  "Victorieuse du Racing de Mfilou (2-1), l'Étoile du Kouilou n'est plus qu'à un point de la tête du championnat à trois journées de la fin.",
  ""),
 ("meteo-congo-jeudi-17-juin", RADIO, "fr", 0, 660, 500, ["Météo"], "",
  "Météo du jeudi 17 juin : ciel couvert et fraîcheur sur le Pool",
  "Le ciel restera couvert jeudi sur Brazzaville et le Pool, avec des températures comprises entre 20 °C au petit matin et 27 °C l'après-midi, sans pluie attendue en cette saison sèche.",
  "Sur la côte, brume matinale à Pointe-Noire et mer agitée au large."),
 ("horoscope-jeudi-17-juin", "astro-jour.fr", "fr", 0, 600, 600, ["Horoscope"], "",
  "Horoscope du jeudi 17 juin",
  "Gémeaux : une conversation franche dissipe un malentendu qui vous pesait.",
  "Cancer : ménagez-vous, la semaine a été longue."),
 ("tirage-loto-bonheur-16-juin", ACTU, "fr", 0, 715, 700, ["Jeux"], "",
  "Loto Bonheur : les numéros gagnants du mercredi 16 juin",
  "Les numéros gagnants du tirage du Loto Bonheur de ce mercredi 16 juin sont le 4, le 11, le 23, le 37 et le 42, avec le 8 comme numéro chance.",
  "Aucun joueur n'a trouvé la bonne combinaison ; la cagnotte est reportée au prochain tirage."),
]
