# Day 50 (hold-out): a Togolese French channel, morning edition of Wednesday 26 August 2026
# (window 17:00 Tuesday - 05:00 Wednesday Lomé, Africa/Lome = UTC+0). Gold answer written before
# any run: each post's story, its lede (the true first sentence) and the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: the commerce minister Mawuena Atsu-Kodjo on Radio
#   Horizon Lomé about the bakers' strike over the price of flour (post 25) and about the capped
#   price of cement (post 30), both carrying
#   « L'État ne fixera pas les prix à la place du marché, mais il ne laissera pas le marché fixer
#   les prix à la place de l'État »;
# - a shared wire byline line ("Agence Golfe Presse | Mis à jour : 26-08-2026 04:12"): the record
#   container traffic of the port of Lomé (post 37) and the record honey harvest of the Plateaux
#   beekeepers (post 40), posted three minutes apart;
# - the same port: the stolen European SUVs found in containers at the Port autonome de Lomé
#   (posts 32-36) and the port's record container traffic (posts 37-39);
# - the same hospital: the methanol-poisoned drinkers transferred to the CHU Sylvanus-Olympio
#   (posts 4, 7), the doctors' strike at the CHU Sylvanus-Olympio (posts 15-19; post 19 cites the
#   poisoned patients to justify a requisition, post 16 carries a "Lire aussi" line pointing to
#   the poisoning story) and the firemen of the warehouse fire treated there (post 45);
# - the same town: the land-code vote, the doctors' strike, the bakers' strike, the cement price,
#   the stolen cars, the port record and the fake-land-title trial are all in Lomé;
# - look-alike stories: two strikes announced the same evening and starting Wednesday (hospital
#   doctors, bakers); two court cases (the fake land titles of Baguida in Lomé, the counterfeit
#   banknotes in Kara); two price stories from the same ministry (flour/bread, cement); the
#   land-code vote and the fake-land-title trial share "titre foncier", "parcelle", "cadastre";
#   two "record" stories on the same shared line (containers, honey); two deaths-toll stories
#   that rise overnight (sodabi, lightning); the weather bulletin's storms over the Savanes
#   (post 62) apart from the lightning strike on the Dapaong church;
# - reaction pieces and explainers in other words: the Tsévié families (post 3), the symptoms
#   "how to" (post 5), the sodabi distillers (post 8), the what-changes explainer (post 10), the
#   chiefs (post 11), the patients (post 16), the minimum-service "how to" (post 18), the SMS
#   "how to" (post 21), the Tokoin night (post 22), the bread queues (post 26), where to find
#   bread (post 28), the hardware dealers (post 31), the smuggling route explainer (post 34), the
#   chassis check "how to" (post 36), the truckers (post 39), the beekeeper (post 41), the
#   onlookers (post 43), the diaspora victims (post 47), the fake-note "how to" (post 51), the
#   lightning explainer (post 55), the parish (post 57);
# - synonyms across outlets: "sodabi frelaté", "alcool frelaté", "eau-de-vie trafiquée",
#   "tainted palm liquor", "bootleg liquor", "methanol-tainted homemade alcohol"; "incendie",
#   "sinistre", "flammes", "blaze"; "foudre", "coup de foudre", "lightning"; "faux titres
#   fonciers", "forged title deeds";
# - a promo posted alone (post 60); filler of importance 0: cup football result (posts 58-59),
#   lottery draw (post 61), weather bulletin (post 62), horoscope (post 63).
NAME = "2026-08-26-fr-matin-lome-h50"
CHANNEL = {"lang": "fr", "tz": "Africa/Lome"}
WINDOW = ("2026-08-25T17:00:00Z", "2026-08-26T05:00:00Z")
CTX = {"stamp": "26-08-2026 04:12", "line": "Agence Golfe Presse | Mis à jour : 26-08-2026 04:12",
       "city": "Lomé", "date_fr": "25 août", "date_en": "Aug 25",
       "author": "Kossi Amedokpo", "clarify": "the number of containers inspected", "caption": "",
       "also": "notre dossier", "country": "Togo"}
# The editor's top 5: the methanol-laced sodabi deaths in Tsévié, the land-code vote, the doctors'
# strike at the two CHU, the bakers' strike in Lomé, the BAC II results.
TOP5 = ["alcool-frelate-tsevie", "code-foncier-vote", "greve-medecins-chu-so",
        "greve-boulangers-lome", "resultats-bac2-togo"]
TG = "Togo"
AO = "Afrique de l'Ouest"
E = "Économie"
SA = "Santé"
J = "Justice"
FD = "Faits divers"
P = "Politique"
AGP = "agence-golfe-presse.tg"
QUOT = "quotidien-du-golfe.tg"
COUR = "courrier-des-plateaux.tg"
RADIO = "radio-horizon-lome.tg"
WW = "wire-west.com"
APL = "ap-like.com"
N26 = {"date_fr": "26 août", "date_en": "Aug 26"}
QUOTE = ("« L'État ne fixera pas les prix à la place du marché, mais il ne laissera pas le marché "
         "fixer les prix à la place de l'État »")
POSTS = [
 # 1. Methanol-laced palm liquor (sodabi) served at a funeral in Tsévié: "sodabi frelaté",
 #    "alcool trafiqué", "eau-de-vie coupée au méthanol", "tainted liquor", "bootleg palm gin";
 #    toll 6 -> 11 -> 14.
 ("alcool-frelate-tsevie", AGP, "fr", 3, 25, 2900, [TG, SA, FD], "afp",
  "Tsévié : six morts après avoir bu du sodabi frelaté lors d'obsèques",
  "Au moins six personnes sont mortes et une trentaine d'autres ont été hospitalisées à Tsévié, à 35 kilomètres au nord de Lomé, après avoir bu lors d'obsèques ce week-end du sodabi, l'eau-de-vie de palme locale, que les autorités sanitaires soupçonnent d'avoir été coupé au méthanol.",
  "Les premiers malades se sont présentés lundi au centre hospitalier régional en se plaignant de violentes douleurs abdominales et de troubles de la vue."),
 ("alcool-frelate-tsevie", WW, "en", 3, 70, 900, [AO, "Africa"], "reuters",
  "Tainted palm liquor kills six at Togo funeral",
  "At least six people have died and about 30 others are in hospital in Togo after drinking palm spirit suspected of being laced with methanol at a funeral north of the capital Lome, health officials said on Tuesday.",
  "Samples of the drink have been sent to the national public health laboratory.", {"city": "Lome"}),
 ("alcool-frelate-tsevie", QUOT, "fr", 3, 150, 2100, [TG], "caption",
  "À l'hôpital de Tsévié, l'attente angoissée des familles",
  "Assis sur des nattes dans la cour du centre hospitalier régional, des dizaines de proches guettaient mardi soir la moindre nouvelle des malades, pour la plupart des hommes venus rendre un dernier hommage à un notable du quartier Gbédzidzi.",
  "« Mon oncle a dit qu'il voyait tout en blanc, puis il ne parlait plus », raconte une jeune femme.",
  {"site": "Le Quotidien du Golfe", "caption": "Des proches de personnes intoxiquées patientent dans la cour du centre hospitalier régional de Tsévié, mardi 25 août 2026."}),
 ("alcool-frelate-tsevie", AGP, "fr", 3, 230, 2600, [TG, SA, FD], "actu",
  "Alcool frelaté de Tsévié : le bilan passe à onze morts",
  "Le bilan de l'intoxication à l'alcool frelaté de Tsévié s'est alourdi à onze morts mardi soir, et neuf patients dans un état critique ont été évacués vers le CHU Sylvanus-Olympio de Lomé pour y être dialysés, a annoncé le ministère de la Santé.",
  "La vendeuse qui avait fourni les bidons d'eau-de-vie a été interpellée par la gendarmerie."),
 ("alcool-frelate-tsevie", RADIO, "fr", 3, 300, 1500, [TG, SA], "",
  "Intoxication au méthanol : les signes qui doivent alerter",
  "Toute personne ayant bu depuis samedi du sodabi d'origine inconnue et qui ressent des maux de ventre violents, des vomissements ou une vision trouble doit se rendre sans attendre au centre de santé le plus proche, rappelle le ministère de la Santé, qui a ouvert une ligne gratuite, le 111.",
  "Les symptômes peuvent n'apparaître que vingt-quatre à quarante-huit heures après la consommation ; il ne faut ni faire vomir le malade ni lui donner de lait."),
 ("alcool-frelate-tsevie", APL, "en", 3, 380, 600, [AO, "Africa"], "ap",
  "Death toll from bootleg liquor in Togo rises to 11",
  "The number of people killed by methanol-tainted homemade alcohol served at a funeral in southern Togo has risen to 11, with nine more in critical condition, the health ministry said late Tuesday.",
  "", {"city": "Lome"}),
 ("alcool-frelate-tsevie", AGP, "fr", 3, 520, 2300, [TG, SA, FD], "actu",
  "Sodabi frelaté : quatorze morts, la vente suspendue dans le Zio",
  "Le nombre de morts après la consommation d'eau-de-vie trafiquée à Tsévié est passé à quatorze dans la nuit de mardi à mercredi, et le préfet du Zio a suspendu pour trente jours toute vente de sodabi en vrac dans la préfecture.",
  "Trois des patients transférés au CHU Sylvanus-Olympio sont décédés. Le distillateur qui approvisionnait la vendeuse a été placé en garde à vue à Lomé."),
 ("alcool-frelate-tsevie", COUR, "fr", 3, 610, 700, [TG, E], "",
  "« Ce n'est pas le sodabi qui tue, c'est la tricherie »",
  "Dans les villages de palmiers des Plateaux, les distillateurs d'eau-de-vie de palme redoutent que le drame de Tsévié ne ruine un métier qui fait vivre des milliers de familles, et réclament un label pour distinguer les alambics contrôlés.",
  "Selon leur coopérative, un bidon de vingt litres coupé à l'alcool industriel se vend moitié moins cher que le sodabi de palme pur."),

 # 2. Parliament votes the revised land code: session at 18:00, chiefs protest, adopted 23:45.
 ("code-foncier-vote", AGP, "fr", 3, 10, 1800, [TG, P], "ats",
  "Assemblée nationale : le code foncier révisé soumis au vote ce soir",
  "Les députés se réunissent mardi à partir de 18 heures en séance plénière pour voter le projet de loi portant révision du code foncier et domanial, qui impose l'immatriculation numérique de toutes les parcelles et encadre les ventes de terres coutumières.",
  "Le texte a été adopté à l'unanimité en commission la semaine dernière."),
 ("code-foncier-vote", QUOT, "fr", 3, 90, 1400, [TG, P], "teaser",
  "Terrains : ce que la nouvelle loi change pour les acheteurs",
  "Un titre foncier délivré en six mois au lieu de trois ans, un cadastre numérique consultable en ligne et la fin des ventes de parcelles sur un simple « papier du chef » : la réforme examinée par les élus bouleverse la manière d'acheter un lot au Togo.",
  "Les acquéreurs devront aussi faire enregistrer toute promesse de vente auprès d'un notaire ou d'un géomètre agréé."),
 ("code-foncier-vote", RADIO, "fr", 3, 200, 1100, [TG, P], "",
  "Loi foncière : les chefs traditionnels du Golfe dénoncent une « dépossession »",
  "Réunis mardi soir à Bè, une cinquantaine de chefs de canton et de village de la préfecture du Golfe ont dénoncé un texte qui, selon eux, les prive de leur rôle séculaire dans l'attribution des terres familiales.",
  "« On veut faire de nous de simples témoins », a déclaré leur porte-parole, Togbui Agbéssi III."),
 ("code-foncier-vote", AGP, "fr", 3, 330, 1300, [TG, P], "",
  "Réforme foncière : l'opposition demande le report, les débats se prolongent",
  "Les six députés de l'opposition ont réclamé mardi soir le renvoi en commission du projet de code foncier, estimant que les collectivités locales n'avaient pas été consultées, une demande rejetée à main levée par la majorité.",
  "L'examen des 312 articles se poursuivait en fin de soirée."),
 ("code-foncier-vote", AGP, "fr", 3, 405, 2000, [TG, P], "afp",
  "Le nouveau code foncier adopté par 93 voix contre 6",
  "L'Assemblée nationale a adopté peu avant minuit le code foncier et domanial révisé par 93 voix contre 6, au terme de près de six heures de débats, a constaté l'Agence Golfe Presse.",
  "Le texte doit encore passer devant le Sénat avant sa promulgation."),
 ("code-foncier-vote", WW, "en", 3, 470, 500, [AO, "Africa"], "reuters",
  "Togo lawmakers approve land reform aimed at ending title disputes",
  "Togo's parliament late on Tuesday approved a revised land code that requires every plot to be registered in a digital register and limits sales of customary land, a reform the government says will curb ruinous ownership disputes.",
  "Traditional chiefs have opposed the bill.", {"city": "Lome", **N26}),

 # 3. 72-hour doctors' strike at the CHU Sylvanus-Olympio and the CHU Campus from Wednesday.
 ("greve-medecins-chu-so", AGP, "fr", 3, 40, 1700, [TG, SA], "",
  "Santé : les médecins des CHU de Lomé en grève à partir de mercredi",
  "Le Syndicat national des médecins hospitaliers (SNMH) a appelé mardi soir à une grève de 72 heures à partir de mercredi 7 heures au CHU Sylvanus-Olympio et au CHU Campus, après l'échec d'une dernière réunion avec le ministère sur le paiement des primes de garde.",
  "Le syndicat réclame aussi le remplacement du scanner et de l'appareil d'IRM, en panne depuis le mois de mai."),
 ("greve-medecins-chu-so", RADIO, "fr", 3, 160, 1000, [TG, SA], "lire",
  "Au CHU Sylvanus-Olympio, les malades redoutent trois jours sans consultations",
  "Dans les couloirs du pavillon de médecine interne, des patients venus de tout le pays pour un rendez-vous obtenu après des semaines d'attente se demandaient mardi s'ils seraient reçus avant de devoir repartir.",
  "« J'ai payé le transport depuis Sokodé, je ne peux pas revenir la semaine prochaine », confie un diabétique de 58 ans.",
  {"also": "Sodabi frelaté à Tsévié : le bilan s'alourdit"}),
 ("greve-medecins-chu-so", "upi-like.com", "en", 3, 260, 300, [AO, "Health"], "upi",
  "Doctors at Togo's main hospitals to strike for 72 hours",
  "Doctors at Togo's two largest public hospitals will walk off the job for 72 hours from Wednesday to demand unpaid on-call allowances and the repair of broken scanners, their union said.",
  ""),
 ("greve-medecins-chu-so", QUOT, "fr", 3, 350, 1200, [TG, SA], "",
  "Grève hospitalière : urgences, maternité et dialyse resteront ouvertes",
  "Les urgences, la maternité, la dialyse et la réanimation continueront de fonctionner pendant les trois jours d'arrêt de travail, avec au moins un praticien de garde par service, précise le SNMH, qui invite les patients non urgents à se tourner vers les centres hospitaliers régionaux et les cliniques confessionnelles.",
  "Les consultations programmées et les opérations non urgentes seront reportées."),
 ("greve-medecins-chu-so", AGP, "fr", 3, 650, 1600, [TG, SA], "",
  "Grève des médecins : le ministre réquisitionne quarante praticiens",
  "Le ministre de la Santé a signé dans la nuit de mardi à mercredi la réquisition de quarante médecins du CHU Sylvanus-Olympio pour assurer la continuité des soins, une décision que le syndicat qualifie d'« atteinte au droit de grève » et qui ne l'empêchera pas, dit-il, de débrayer à 7 heures.",
  "Le ministère invoque l'afflux de patients graves ces derniers jours, notamment les victimes de l'alcool frelaté de Tsévié."),

 # 4. BAC II results published Tuesday night.
 ("resultats-bac2-togo", AGP, "fr", 2, 300, 2500, [TG, "Éducation"], "publie",
  "BAC II 2026 : un taux de réussite de 63,8 %",
  "Le taux de réussite au baccalauréat deuxième partie s'établit à 63,8 % pour la session de juin 2026, contre 58,1 % l'an dernier, a annoncé mardi soir l'Office du baccalauréat, qui a publié les résultats à 22 heures.",
  "Sur 112 400 candidats, 71 700 ont été déclarés admis ; 9 800 iront au second groupe d'épreuves.",
  {"site": "Agence Golfe Presse"}),
 ("resultats-bac2-togo", RADIO, "fr", 2, 320, 2200, [TG, "Éducation"], "",
  "Résultats du bac : comment les consulter par SMS",
  "Les candidats peuvent connaître leur résultat en envoyant leur numéro de table par SMS au 8383 ou en le saisissant sur le site de l'Office du baccalauréat, saturé pendant plus d'une heure après la mise en ligne.",
  "Les relevés de notes seront disponibles dans les lycées à partir de lundi."),
 ("resultats-bac2-togo", COUR, "fr", 2, 430, 900, [TG], "",
  "À Tokoin, des cris de joie jusqu'au milieu de la nuit",
  "Téléphone à la main, des centaines de lycéens rassemblés devant le lycée de Tokoin ont fêté bruyamment leur admission bien après minuit, au rythme des klaxons des taxis-motos.",
  "Quelques-uns, les yeux rougis, attendaient encore de savoir s'ils étaient repêchés."),
 ("resultats-bac2-togo", AGP, "fr", 2, 560, 1100, [TG, "Éducation"], "",
  "Baccalauréat : une lycéenne de Sokodé en tête du classement national",
  "Aïcha Tchédré, 17 ans, élève en série C au lycée de Sokodé, a obtenu la meilleure moyenne du pays avec 18,42 sur 20, selon le palmarès de l'Office du baccalauréat.",
  "Les filles représentent cette année 46 % des admis, une proportion jamais atteinte."),

 # 5. Bakers' strike in Lomé from Wednesday over the price of flour; same radio interview.
 ("greve-boulangers-lome", AGP, "fr", 2, 30, 1600, [TG, E], "",
  "Lomé : les boulangers ferment leurs fours à partir de mercredi",
  "L'Union des patrons boulangers du Togo (UPBT) a décidé mardi d'arrêter la production de pain à partir de mercredi dans le Grand Lomé, pour protester contre la hausse du prix du sac de farine de 50 kilos, passé en un mois de 21 000 à 26 500 francs CFA.",
  "Les boulangers demandent l'autorisation de vendre la baguette à 250 francs au lieu de 200, ce que le gouvernement refuse."),
 ("greve-boulangers-lome", RADIO, "fr", 2, 140, 1400, [TG, E], "",
  "Prix du pain : Mawuena Atsu-Kodjo demande aux boulangers de « reprendre le travail »",
  QUOTE[:-2] + " », a déclaré mardi soir sur Radio Horizon Lomé la ministre du Commerce, Mawuena Atsu-Kodjo, en appelant les boulangers à suspendre leur mot d'ordre.",
  "Elle a annoncé une réunion mercredi avec les meuniers pour « comprendre la hausse » du prix de la farine."),
 ("greve-boulangers-lome", QUOT, "fr", 2, 240, 1300, [TG], "soutien",
  "Avant la grève, la ruée sur les baguettes",
  "Dès la fin de l'après-midi, de longues files d'attente se sont formées devant les boulangeries de Bè, d'Adakpamé et d'Agoè, où des mères de famille achetaient jusqu'à vingt pains pour tenir plusieurs jours.",
  "Plusieurs établissements avaient épuisé leur stock avant 20 heures."),
 ("greve-boulangers-lome", AGP, "fr", 2, 380, 1000, [TG, E], "",
  "Grève du pain : l'UPBT maintient son mot d'ordre malgré l'appel de la ministre",
  "Le bureau de l'Union des patrons boulangers a confirmé mardi en fin de soirée l'arrêt de la production, tout en acceptant l'invitation du ministère du Commerce à une réunion mercredi à 10 heures.",
  "« Nous ne pouvons pas vendre à perte », a insisté son président, Komlan Sénou."),
 ("greve-boulangers-lome", QUOT, "fr", 2, 660, 900, [TG], "",
  "Pas de pain ce mercredi ? Où en trouver malgré tout",
  "Les boulangeries non affiliées à l'UPBT et les rayons des supermarchés du boulevard du 13-Janvier devraient ouvrir normalement mercredi matin, mais leurs stocks ne suffiront pas à nourrir la capitale, préviennent les grossistes.",
  "Les vendeuses de bouillie et de beignets s'attendent à une forte affluence."),

 # 6. The government caps the price of cement; same radio quote.
 ("prix-ciment-plafonne", AGP, "fr", 2, 60, 1100, [TG, E], "colon",
  "Le prix du ciment plafonné à 82 000 francs la tonne",
  "Le gouvernement a plafonné mardi le prix de la tonne de ciment à 82 000 francs CFA départ usine et celui du sac de 50 kilos à 4 300 francs au détail, par un arrêté interministériel qui entre en vigueur lundi.",
  "Le sac se vendait jusqu'à 5 500 francs dans certains quartiers de la capitale."),
 ("prix-ciment-plafonne", RADIO, "fr", 2, 170, 900, [TG, E], "",
  "Ciment : l'État « ne laissera pas le marché fixer les prix », prévient la ministre",
  QUOTE[:-2] + " », a affirmé mardi soir sur Radio Horizon Lomé la ministre du Commerce, Mawuena Atsu-Kodjo, en justifiant le plafonnement du prix du ciment décidé par le gouvernement.",
  "Des brigades de contrôle seront déployées dans les dépôts dès lundi ; les contrevenants risquent la fermeture."),
 ("prix-ciment-plafonne", COUR, "fr", 2, 450, 600, [TG, E], "",
  "Chez les quincailliers, on doute du sac à 4 300 francs",
  "Chez les revendeurs de matériaux de construction d'Agoè-Nyivé, on doute de trouver lundi des sacs au prix fixé par l'arrêté, tant que les cimenteries elles-mêmes n'auront pas baissé leurs tarifs de gros.",
  "« Si on nous livre à 4 200, comment voulez-vous qu'on vende à 4 300 avec le transport ? », interroge un commerçant."),

 # 7. Stolen European SUVs found in containers at the Port autonome de Lomé.
 ("voitures-volees-port-lome", AGP, "fr", 2, 100, 1500, [TG, J], "afp",
  "Port de Lomé : 27 véhicules de luxe volés en Europe découverts dans des conteneurs",
  "Les douanes ont découvert au Port autonome de Lomé 27 véhicules tout-terrain de luxe volés en Europe, dissimulés dans une quinzaine de conteneurs déclarés comme contenant des « pièces détachées », a annoncé mardi la direction générale des douanes.",
  "Les voitures, d'une valeur estimée à 1,6 milliard de francs CFA, avaient été chargées à Anvers et à Valence."),
 ("voitures-volees-port-lome", WW, "en", 2, 210, 400, [AO, "Africa"], "updated",
  "Togo customs find 27 stolen European SUVs at Lome port",
  "Customs officers in Togo have seized 27 luxury sport utility vehicles reported stolen in Europe, hidden in containers declared as spare parts at the port of Lome, the customs service said on Tuesday.",
  "Investigators are working with European police to trace the owners.", {"city": "Lome"}),
 ("voitures-volees-port-lome", QUOT, "fr", 2, 290, 800, [TG], "",
  "Voitures volées : la filière qui passe par le golfe de Guinée",
  "Dérobées la nuit dans des parkings européens, maquillées dans des ateliers clandestins puis chargées avec de faux documents, les grosses cylindrées transitent par les ports d'Afrique de l'Ouest avant d'être revendues dans la sous-région ou au Sahel.",
  "Le scanner de conteneurs mis en service en juin a permis de repérer les premières caisses suspectes."),
 ("voitures-volees-port-lome", AGP, "fr", 2, 420, 1000, [TG, J], "",
  "Trafic de véhicules : un transitaire et deux manutentionnaires en garde à vue",
  "Un commissionnaire en douane et deux agents de manutention du port ont été placés en garde à vue mardi soir dans l'enquête sur les 27 tout-terrain volés, a indiqué une source judiciaire.",
  "Le destinataire des conteneurs, une société d'import-export enregistrée à Lomé, reste introuvable."),
 ("voitures-volees-port-lome", RADIO, "fr", 2, 540, 700, [TG], "",
  "Voiture d'occasion : comment vérifier qu'elle n'a pas été volée",
  "Avant d'acheter un véhicule importé, on peut faire vérifier gratuitement son numéro de châssis au guichet unique des douanes ou par courriel, qui le compare en 48 heures au fichier d'Interpol des voitures volées.",
  "Une voiture signalée volée peut être saisie même après l'achat, sans indemnisation."),

 # 8. Shared byline line: record container traffic at the port of Lomé.
 ("conteneurs-record-pal", AGP, "fr", 1, 671, 500, [TG, E], "reuters_line",
  "Port autonome de Lomé : trafic record de conteneurs au premier semestre",
  "Le Port autonome de Lomé a traité 1,14 million de conteneurs EVP au premier semestre 2026, un record qui conforte sa place de premier port à conteneurs d'Afrique de l'Ouest, selon les chiffres publiés par sa direction générale.",
  "Le transbordement vers les autres ports de la côte représente plus de 60 % du trafic."),
 ("conteneurs-record-pal", "menafn-kuna.com", "en", 1, 500, 200, [AO, "Economy"], "kuna",
  "Lome port posts record first-half container traffic",
  "Togo's Lome port handled a record 1.14 million twenty-foot equivalent units in the first half of 2026, its management said, driven by transshipment to other West African ports.",
  "", {"city": "Lome", **N26}),
 ("conteneurs-record-pal", COUR, "fr", 1, 610, 400, [TG, E], "",
  "Sur le boulevard portuaire, deux jours d'attente pour les camionneurs",
  "Garés en file sur plusieurs kilomètres le long du boulevard du Mono, les chauffeurs de poids lourds venus du Burkina Faso et du Niger disent attendre parfois deux jours pour charger une boîte, malgré les records de productivité annoncés.",
  ""),

 # 9. Shared byline line: record honey harvest of the Plateaux beekeepers.
 ("miel-record-kpalime", AGP, "fr", 1, 674, 300, [TG, E], "reuters_line",
  "Plateaux : récolte de miel record pour les apiculteurs",
  "Les coopératives apicoles de la région des Plateaux ont récolté 186 tonnes de miel cette saison, un record depuis la création de leur fédération en 2011, grâce à des pluies régulières et à la distribution de 4 000 ruches modernes.",
  "Une partie de la production sera exportée pour la première fois vers l'Allemagne."),
 ("miel-record-kpalime", RADIO, "fr", 1, 560, 300, [TG], "",
  "À Kpalimé, Ama Kudzo vit de ses abeilles",
  "Sur les flancs du mont Agou, Ama Kudzo entretient quarante ruches dont le miel lui a rapporté cette année assez pour payer la scolarité de ses cinq enfants, une réussite que sa coopérative cite en exemple.",
  ""),

 # 10. Warehouse fire at the Adétikopé industrial park.
 ("incendie-entrepot-adetikope", AGP, "fr", 2, 230, 1400, [TG, FD], "teaser",
  "Adétikopé : un entrepôt en feu sur la plateforme industrielle",
  "Un violent incendie s'est déclaré mardi vers 20 heures dans un entrepôt de granulés plastiques de la plateforme industrielle d'Adétikopé, au nord de Lomé, dégageant un épais panache de fumée noire visible depuis la capitale.",
  "Les sapeurs-pompiers de Lomé et les équipes de sécurité de la zone sont mobilisés."),
 ("incendie-entrepot-adetikope", QUOT, "fr", 2, 290, 1000, [TG], "caption",
  "Adétikopé : les flammes visibles à des kilomètres",
  "Des habitants d'Agoè et de Légbassito sont sortis de chez eux mardi soir pour observer les flammes qui s'élevaient au-dessus des hangars, certains fermant portes et fenêtres par crainte des fumées toxiques.",
  "",
  {"site": "Le Quotidien du Golfe", "caption": "Un hangar de la plateforme industrielle d'Adétikopé en proie aux flammes, mardi 25 août 2026 au soir."}),
 ("incendie-entrepot-adetikope", "west-africa-ledger.com", "en", 2, 400, 200, [AO, "Africa"], "donate",
  "Blaze guts plastics warehouse at Togo industrial park",
  "A fire swept through a plastics warehouse at the Adetikope industrial park north of Lome late on Tuesday, sending a plume of black smoke over the capital's northern suburbs.",
  ""),
 ("incendie-entrepot-adetikope", AGP, "fr", 2, 600, 900, [TG, FD], "",
  "Incendie d'Adétikopé : le feu maîtrisé, 400 ouvriers au chômage technique",
  "Le sinistre qui a détruit l'entrepôt de la société Togoplast a été maîtrisé vers 2 heures du matin, et les quelque 400 ouvriers de l'usine voisine ont été mis au chômage technique, a annoncé la direction de la plateforme.",
  "Trois pompiers légèrement intoxiqués ont été soignés au CHU Sylvanus-Olympio. Une enquête a été ouverte pour déterminer l'origine du feu."),

 # 11. Trial of a fake-land-title ring in Baguida, Lomé court.
 ("proces-faux-titres-baguida", AGP, "fr", 2, 20, 1000, [TG, J], "",
  "Faux titres fonciers de Baguida : dix ans requis contre un ex-agent du cadastre",
  "Le parquet a requis mardi dix ans de prison ferme contre un ancien agent du cadastre, Yao Klutsé, jugé avec sept coaccusés par le tribunal de première instance de Lomé pour avoir vendu à plusieurs acheteurs les mêmes parcelles de Baguida à l'aide de faux titres fonciers.",
  "Plus de 140 victimes se sont constituées parties civiles."),
 ("proces-faux-titres-baguida", COUR, "fr", 2, 180, 700, [TG, J], "byline_fr",
  "Ils avaient acheté un terrain, ils n'ont qu'un faux papier",
  "Infirmière à Lyon, Afi Mensah avait envoyé pendant huit ans une partie de son salaire pour payer un lot à Baguida, avant de découvrir, en venant y construire, que trois autres familles possédaient un titre pour la même parcelle.",
  "Comme elle, de nombreuses victimes du réseau vivent en Europe ou aux États-Unis.",
  {"site": "Le Courrier des Plateaux", "author": "Edem Agbodjan"}),
 ("proces-faux-titres-baguida", AGP, "fr", 2, 350, 900, [TG, J], "",
  "Affaire des faux titres de Baguida : huit ans de prison pour l'ancien agent du cadastre",
  "Le tribunal de Lomé a condamné mardi soir Yao Klutsé à huit ans de prison ferme et ses sept coaccusés à des peines de deux à six ans, et ordonné le remboursement de 2,3 milliards de francs CFA aux acheteurs lésés.",
  "La défense a annoncé son intention de faire appel."),
 ("proces-faux-titres-baguida", "west-africa-ledger.com", "en", 2, 480, 200, [AO, "Africa"], "byline_en",
  "Togo court jails land clerk over fake title deeds sold to diaspora",
  "A court in Lome has sentenced a former land registry clerk to eight years in prison for selling the same coastal plots to several buyers, many of them Togolese living abroad, using forged title deeds.",
  "", {"site": "The West Africa Ledger", "author": "Nana Owusu", **N26}),

 # 12. Counterfeit banknotes trial in Kara (the other court case).
 ("proces-faux-billets-kara", AGP, "fr", 1, 120, 600, [TG, J], "ats",
  "Kara : quatre faussaires condamnés à cinq ans de prison",
  "Le tribunal de première instance de Kara a condamné mardi quatre hommes à cinq ans de prison ferme pour avoir imprimé et écoulé sur les marchés de la région de faux billets de 10 000 francs CFA.",
  "Une imprimante, du papier spécial et l'équivalent de 38 millions de francs en coupures contrefaites avaient été saisis en mars.",
  {"city": "Kara"}),
 ("proces-faux-billets-kara", RADIO, "fr", 1, 260, 800, [TG, E], "",
  "Faux billets : comment reconnaître une coupure contrefaite",
  "Pour repérer un faux billet de 10 000 francs, il suffit le plus souvent de le tenir face à la lumière pour vérifier le filigrane et le fil de sécurité, et de passer le doigt sur les inscriptions, qui doivent être en relief, rappelle l'agence nationale de la banque centrale.",
  "Un billet douteux doit être remis à une banque ou à la police, et non rendu en monnaie."),
 ("proces-faux-billets-kara", APL, "en", 1, 500, 150, [AO, "Africa"], "",
  "Four jailed in Togo over counterfeit banknotes",
  "A court in the northern Togolese city of Kara has sentenced four men to five years in prison for printing fake 10,000 CFA franc notes and passing them in local markets.",
  ""),

 # 13. Lightning strikes a church in Dapaong during evening prayer: toll 3 -> 4.
 ("foudre-eglise-dapaong", AGP, "fr", 2, 150, 1500, [TG, FD], "afp",
  "Dapaong : la foudre frappe une église, trois morts",
  "Trois fidèles ont été tués et dix-sept autres blessés mardi en fin d'après-midi lorsque la foudre s'est abattue sur une église évangélique de Dapaong, dans l'extrême nord du pays, pendant un office de prière, a annoncé la préfecture de Tône.",
  "Les blessés ont été admis au centre hospitalier régional de Dapaong.",
  {"city": "Dapaong"}),
 ("foudre-eglise-dapaong", "africa-news-line.com", "en", 2, 250, 300, [AO, "Africa"], "place",
  "Lightning kills three worshippers in northern Togo",
  "Lightning struck a church in northern Togo during a prayer service on Tuesday, killing three people and injuring 17 others, local authorities said.",
  "", {"city": "Dapaong"}),
 ("foudre-eglise-dapaong", RADIO, "fr", 2, 340, 700, [TG], "",
  "Orages : pourquoi la foudre tue autant dans les Savanes",
  "Des toits de tôle sans paratonnerre, des champs ouverts et des orages d'une rare violence en saison des pluies expliquent que la région des Savanes soit la plus touchée par les décès liés à la foudre, souligne un météorologue de l'agence nationale.",
  "Il conseille de ne pas s'abriter sous un arbre isolé et de s'éloigner des poteaux métalliques."),
 ("foudre-eglise-dapaong", AGP, "fr", 2, 460, 900, [TG, FD], "",
  "Église frappée par la foudre à Dapaong : le bilan monte à quatre morts",
  "Une jeune femme de 22 ans grièvement brûlée est décédée dans la nuit au centre hospitalier régional de Dapaong, portant à quatre le nombre de morts après le coup de foudre qui a touché un lieu de culte mardi en fin d'après-midi.",
  "Cinq blessés restent hospitalisés."),
 ("foudre-eglise-dapaong", QUOT, "fr", 2, 590, 500, [TG], "",
  "À Dapaong, une paroisse sous le choc",
  "Les membres de l'assemblée évangélique du quartier Nassablé ont veillé toute la nuit dans la cour de leur temple noirci, où les traces de brûlure sur les murs rappellent la violence de l'impact.",
  "Le pasteur a annoncé que les obsèques seraient célébrées samedi."),

 # 14. Filler: Togo Cup semi-final result.
 ("foot-coupe-togo-demi", "sport-togo.tg", "fr", 0, 280, 1300, ["Sport"], "",
  "Coupe du Togo : Golfe Athletic en finale aux tirs au but",
  "Golfe Athletic s'est qualifié mardi soir pour la finale de la Coupe du Togo en battant Kozah United aux tirs au but (4-3), après un match nul 1-1 au stade de Kégué.",
  ""),
 ("foot-coupe-togo-demi", AGP, "fr", 0, 330, 300, ["Sport"], "",
  "Football : Golfe Athletic rejoint l'Étoile de Kpalimé en finale",
  "Vainqueur de Kozah United aux tirs au but, Golfe Athletic affrontera l'Étoile de Kpalimé le 12 septembre en finale de la Coupe du Togo.",
  ""),

 # 15-18. Filler: promo posted alone, lottery draw, weather bulletin (storms, apart from the
 # lightning story), horoscope.
 ("promo-jeu-concours-lecteurs", QUOT, "fr", 0, 450, 40, ["Promo"], "",
  "Gagnez un an d'abonnement au Quotidien du Golfe",
  "Jusqu'au 15 septembre, les nouveaux abonnés à l'édition numérique du Quotidien du Golfe participent au tirage au sort d'un abonnement d'un an et de dix tablettes.",
  "Règlement complet sur notre site."),
 ("tirage-loto-golfe", "loto-golfe.tg", "fr", 0, 250, 900, ["Loterie"], "",
  "Loto Golfe : les numéros gagnants du mardi 25 août",
  "Les numéros gagnants du tirage de mardi soir sont le 7, le 18, le 23, le 41 et le 52, avec le 9 comme numéro complémentaire.",
  "Aucun joueur n'a trouvé la bonne combinaison ; la cagnotte est reportée au prochain tirage."),
 ("meteo-togo-mercredi-26", "meteo-togo.tg", "fr", 0, 660, 700, ["Météo"], "",
  "Météo du mercredi 26 août : orages au nord, ciel gris sur la côte",
  "De nouveaux orages parfois violents sont attendus mercredi après-midi sur les Savanes et la Kara, avec des rafales de vent, tandis que le littoral restera sec sous un ciel couvert et 27 degrés à Lomé.",
  "La mer sera agitée, avec des vagues de 2,5 mètres."),
 ("horoscope-mercredi-26-aout", "astro-jour.fr", "fr", 0, 400, 600, ["Horoscope"], "",
  "Horoscope du mercredi 26 août",
  "Vierge : une proposition inattendue bouscule vos projets de la semaine.",
  "Lion : la patience paiera davantage que l'insistance."),
]
