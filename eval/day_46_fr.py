# Day 46 (hold-out): a Beninese French channel, morning edition of Thursday 23 April 2026
# (window 17:00-05:00 Cotonou, Africa/Porto-Novo = UTC+1). Gold answer written before any run:
# each post's story, its lede (the true first sentence) and the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: the economy and finance minister Romuald Gbédji on
#   Radio Atlantique FM about the moto-taxi drivers' strike against the new annual sticker tax
#   (post 10) and about the electricity tariff rise (post 16), both carrying
#   « Chacun doit payer sa juste part, et l'État tiendra parole »;
# - a shared wire byline line ("Agence Bénin Presse | Mis à jour : 23-04-2026 03:55"): the Ganvié
#   UNESCO bid (post 55) and the manatee count in the Mono river (post 58);
# - the same hospital: the Lassa fever cases isolated at the CNHU of Cotonou (posts 25-29) and the
#   conjoined twins separated at the same CNHU (posts 30-33);
# - the same place: Ganvié and the lake Nokoué in the capsized pirogue story (posts 1-7) and in the
#   UNESCO bid (posts 55-57);
# - the same town: the moto-taxi strike in Cotonou (posts 8-13), the Dantokpa market fire in Cotonou
#   (posts 34-38) and the cocaine seized at the port of Cotonou (posts 42-45);
# - look-alike stories: two night fires, the Dantokpa market (posts 34-38) and the smuggled-fuel
#   depot at Sèmè-Podji (posts 39-41); two court cases, the CRIET tax embezzlement trial (posts 46-49)
#   and the Abomey-Calavi online scammers' trial (posts 50-52); two price/tax grievances the same
#   evening from one minister (the sticker tax and the electricity tariff); the weather bulletin's
#   storms (post 63) apart from the pirogue capsize blamed on a squall;
# - a promo posted alone (post 62); filler of importance 0: football result (posts 53-54), lottery
#   (post 60), horoscope (post 61), weather bulletin (post 63).
NAME = "2026-04-23-fr-matin-cotonou-h46"
CHANNEL = {"lang": "fr", "tz": "Africa/Porto-Novo"}
WINDOW = ("2026-04-22T16:00:00Z", "2026-04-23T04:00:00Z")
CTX = {"stamp": "23-04-2026 03:55", "line": "Agence Bénin Presse | Mis à jour : 23-04-2026 03:55",
       "city": "Cotonou", "date_fr": "22 avr", "date_en": "Apr 22",
       "author": "Hermione Adjovi", "clarify": "the number of passengers", "caption": "",
       "also": "notre dossier", "country": "Bénin"}
# The editor's top 5: the capsized pirogue on lake Nokoué, the soldiers killed near Karimama, the
# moto-taxi strike, the electricity tariff rise, the Dantokpa market fire.
TOP5 = ["chavirement-nokoue", "attaque-karimama", "greve-zemidjans-cotonou", "tarif-electricite-benin",
        "incendie-dantokpa"]
BJ = "Bénin"
AO = "Afrique de l'Ouest"
E = "Économie"
SA = "Santé"
J = "Justice"
FD = "Faits divers"
SE = "Sécurité"
POSTS = [
 # 1. A pirogue capsizes on lake Nokoué near Ganvié: "chavirement", "naufrage", "pirogue", "barque",
 #    "capsized boat"; the toll rises from 6 to 9 to 11.
 ("chavirement-nokoue", "agence-benin-presse.bj", "fr", 3, 25, 2600, [BJ, FD], "afp",
  "Lac Nokoué : une pirogue chavire près de Ganvié, au moins six morts",
  "Au moins six personnes ont péri mercredi en fin d'après-midi dans le chavirement d'une pirogue motorisée qui transportait des commerçantes et leurs marchandises entre Ganvié et l'embarcadère d'Abomey-Calavi, sur le lac Nokoué.",
  "Une brusque rafale de vent aurait retourné l'embarcation à environ deux kilomètres de la cité lacustre.",
  {"date_fr": "22 avr"}),
 ("chavirement-nokoue", "le-matinal-du-golfe.bj", "fr", 3, 85, 1900, [BJ], "caption",
  "Naufrage sur le lac Nokoué : des pêcheurs ont repêché des survivants",
  "Ce sont des pêcheurs de Ganvié, partis relever leurs filets, qui ont les premiers porté secours aux passagers de la barque renversée, hissant une quinzaine de rescapés dans leurs propres pirogues.",
  "« Nous avons entendu les cris et nous avons ramé aussi vite que possible », raconte l'un d'eux.",
  {"site": "Le Matinal du Golfe", "caption": "Des pêcheurs ramènent des rescapés à l'embarcadère d'Abomey-Calavi, mercredi 22 avril 2026."}),
 ("chavirement-nokoue", "wire-west.com", "en", 3, 140, 800, [AO, "Africa"], "reuters",
  "Boat capsizes on Benin lake, at least six dead",
  "At least six people drowned on Wednesday when an overloaded motorised canoe capsized in a sudden squall on Lake Nokoue, near the stilt village of Ganvie in southern Benin, local officials said.",
  "Rescuers were searching for about 10 passengers still missing.",
  {"city": "Cotonou", "date_en": "Apr 22"}),
 ("chavirement-nokoue", "agence-benin-presse.bj", "fr", 3, 230, 2300, [BJ, FD], "actu",
  "Chavirement sur le lac Nokoué : le bilan passe à neuf morts",
  "Le bilan du chavirement de la pirogue sur le lac Nokoué s'est alourdi à neuf morts mercredi soir, après la découverte de trois nouveaux corps par les plongeurs des sapeurs-pompiers, a annoncé le préfet de l'Atlantique.",
  "Dix-sept passagers ont été secourus et quatre sont toujours portés disparus. L'embarcation transportait au moins trente personnes pour une capacité de dix-huit places."),
 ("chavirement-nokoue", "radio-atlantique.bj", "fr", 3, 300, 1400, [BJ], "lire",
  "Transport lacustre : les règles de sécurité que les piroguiers ignorent",
  "Le port du gilet de sauvetage est obligatoire depuis 2019 pour tout passager d'une embarcation de transport en commun sur les lagunes et les lacs du Bénin, mais la règle est très peu appliquée sur le lac Nokoué.",
  "Les piroguiers affirment que les gilets coûtent trop cher et que les passagers refusent de les porter. La direction de la navigation intérieure ne dispose que de deux vedettes de contrôle.",
  {"also": "Naufrage près de Ganvié : le récit des pêcheurs qui ont sauvé quinze personnes"}),
 ("chavirement-nokoue", "la-nouvelle-tribune-du-sud.bj", "fr", 3, 420, 900, [BJ], "byline_fr",
  "Deuil à Ganvié : « Ma sœur allait vendre son poisson »",
  "Sur les pilotis de Ganvié, les familles des victimes du naufrage de mercredi veillaient dans la nuit, certaines attendant encore qu'on leur rende le corps d'un proche.",
  "Le chef d'arrondissement a décrété trois jours de deuil dans la cité lacustre.",
  {"site": "La Nouvelle Tribune du Sud", "author": "Firmin Hounkpè"}),
 ("chavirement-nokoue", "agence-benin-presse.bj", "fr", 3, 640, 2000, [BJ, FD], "",
  "Lac Nokoué : onze morts, le piroguier arrêté",
  "Le bilan du chavirement de mercredi sur le lac Nokoué est passé à onze morts jeudi à l'aube, et le conducteur de la pirogue, qui avait regagné la rive à la nage, a été placé en garde à vue à Abomey-Calavi, a indiqué la police républicaine.",
  "Deux passagers restent introuvables."),

 # 2. The zémidjans (moto-taxi drivers) strike in Cotonou against a new annual sticker tax:
 #    "zémidjans", "taxi-motos", "conducteurs de moto-taxi", "arrêt de travail", "motorcycle taxi".
 ("greve-zemidjans-cotonou", "agence-benin-presse.bj", "fr", 3, 10, 2100, [BJ, E], "ats",
  "Cotonou : les zémidjans en grève contre la nouvelle vignette",
  "Des milliers de conducteurs de taxi-motos, les zémidjans, ont cessé le travail mercredi à Cotonou pour protester contre une vignette annuelle de 15 000 francs CFA qu'ils devront acquitter à partir du 1er mai.",
  "Les carrefours de l'Étoile rouge et de Cadjèhoun sont restés presque déserts toute la journée.",
  {"city": "Cotonou"}),
 ("greve-zemidjans-cotonou", "le-matinal-du-golfe.bj", "fr", 3, 60, 1500, [BJ], "teaser",
  "Sans zém, Cotonou marche à pied",
  "Privés de leurs taxi-motos habituels, des milliers d'élèves, de fonctionnaires et de commerçants de Cotonou ont dû marcher plusieurs kilomètres mercredi ou s'entasser dans les rares minibus en circulation.",
  "Certains tricycles ont triplé leurs prix pour la course entre Dantokpa et Akpakpa."),
 ("greve-zemidjans-cotonou", "radio-atlantique.bj", "fr", 3, 150, 1200, [BJ, E], "",
  "Vignette des taxi-motos : Romuald Gbédji ne reculera pas",
  "« Chacun doit payer sa juste part, et l'État tiendra parole », a déclaré mercredi soir sur Radio Atlantique FM le ministre de l'Économie et des Finances, Romuald Gbédji, en refusant de retirer la vignette contestée par les conducteurs de moto-taxi.",
  "Le ministre a rappelé que la recette servira à financer l'assurance maladie des conducteurs."),
 ("greve-zemidjans-cotonou", "ap-like.com", "en", 3, 250, 500, [AO, "Africa"], "ap",
  "Motorcycle taxi drivers strike in Benin over new tax",
  "Thousands of motorcycle taxi drivers in Benin's economic capital Cotonou stopped work on Wednesday to protest against a new annual tax sticker, leaving commuters stranded across the city.",
  "", {"city": "Cotonou"}),
 ("greve-zemidjans-cotonou", "la-nouvelle-tribune-du-sud.bj", "fr", 3, 370, 700, [BJ, E], "",
  "Vignette des zémidjans : ce qu'il faut savoir",
  "La vignette annuelle des taxi-motos, fixée à 15 000 francs CFA, devra être collée sur le garde-boue avant de la moto, et tout conducteur contrôlé sans elle après le 31 mai s'exposera à une amende de 25 000 francs.",
  "Elle s'achète dans les mairies et chez les agents agréés, sur présentation du permis de conduire."),
 ("greve-zemidjans-cotonou", "agence-benin-presse.bj", "fr", 3, 600, 1300, [BJ, E], "",
  "Zémidjans : le mouvement reconduit, un vote jeudi à midi",
  "Les syndicats de conducteurs de taxi-motos ont annoncé dans la nuit de mercredi à jeudi la reconduction de l'arrêt de travail, en attendant une assemblée générale qui votera jeudi à midi sur la proposition du gouvernement d'étaler le paiement de la vignette en trois fois.",
  "La rencontre avec le ministère s'est achevée peu avant minuit sans accord."),

 # 3. The electricity tariff rise: "tarif", "kilowattheure", "facture", "courant", "power prices".
 ("tarif-electricite-benin", "agence-benin-presse.bj", "fr", 3, 45, 1900, [BJ, E], "publie",
  "Électricité : le prix du kilowattheure augmente de 12 % au 1er mai",
  "Le tarif de l'électricité augmentera en moyenne de 12 % pour les ménages béninois à partir du 1er mai, a annoncé mercredi la société Énergie Bénin Distribution (EBD), qui invoque le coût du gaz importé pour ses centrales.",
  "La tranche sociale, jusqu'à 20 kilowattheures par mois, n'est pas concernée.",
  {"site": "Agence Bénin Presse", "date_fr": "22 avr"}),
 ("tarif-electricite-benin", "le-matinal-du-golfe.bj", "fr", 3, 120, 1200, [BJ, E], "",
  "Hausse du courant : colère des consommateurs",
  "L'Union des consommateurs du Bénin a dénoncé mercredi une hausse « brutale » des factures d'électricité, alors que les coupures se sont multipliées à Cotonou et à Porto-Novo depuis le début de l'année.",
  "L'association appelle les abonnés à ne pas régler leurs factures de mai avant un recours devant l'Autorité de régulation de l'électricité."),
 ("tarif-electricite-benin", "radio-atlantique.bj", "fr", 3, 175, 1100, [BJ, E], "",
  "Prix de l'électricité : le ministre des Finances assume",
  "« Chacun doit payer sa juste part, et l'État tiendra parole », a affirmé mercredi soir sur Radio Atlantique FM le ministre de l'Économie et des Finances, Romuald Gbédji, en justifiant la fin de la subvention sur le kilowattheure.",
  "Il a assuré que les coupures cesseraient d'ici à la fin de l'année grâce à la nouvelle centrale de Maria-Gléta."),
 ("tarif-electricite-benin", "la-nouvelle-tribune-du-sud.bj", "fr", 3, 270, 800, [BJ], "soutien",
  "Cinq gestes pour alléger sa facture d'électricité",
  "Débrancher les appareils en veille, régler le climatiseur sur 26 degrés plutôt que 18 et remplacer les vieilles ampoules par des lampes LED peuvent réduire d'un quart la facture d'un ménage, selon l'Agence béninoise de maîtrise de l'énergie.",
  "Les réfrigérateurs de plus de dix ans comptent parmi les appareils les plus gourmands."),
 ("tarif-electricite-benin", "wire-west.com", "en", 3, 330, 350, [AO, "Business"], "updated",
  "Benin to raise household power prices by 12%",
  "Benin will raise household electricity prices by an average of 12% from May 1, the state-owned distributor said on Wednesday, blaming the cost of imported gas for its power plants.",
  "A consumer group urged customers to withhold payment."),
 ("tarif-electricite-benin", "agence-benin-presse.bj", "fr", 3, 560, 900, [BJ, E], "",
  "Tarifs de l'électricité : le régulateur tranchera le 30 avril",
  "L'Autorité de régulation de l'électricité examinera le 30 avril le recours de l'Union des consommateurs contre la hausse de 12 % du kilowattheure, a-t-elle indiqué dans un communiqué publié dans la nuit.",
  "Sa décision sera rendue le jour même."),

 # 4. Soldiers killed in an attack near Karimama (Alibori, W park): "attaque", "embuscade",
 #    "hommes armés", "jihadistes", "militaires", "ambush"; the toll rises from 5 to 8.
 ("attaque-karimama", "agence-benin-presse.bj", "fr", 3, 95, 2200, [BJ, SE], "",
  "Alibori : cinq militaires tués dans une attaque près de Karimama",
  "Cinq militaires béninois ont été tués mercredi après-midi dans l'attaque d'un poste avancé de l'armée près de Karimama, dans le nord du pays, par des hommes armés venus du parc W, a annoncé l'état-major.",
  "Plusieurs assaillants ont été « neutralisés », selon la même source."),
 ("attaque-karimama", "le-matinal-du-golfe.bj", "fr", 3, 210, 1300, [BJ, SE], "byline_fr",
  "Karimama : les habitants des villages riverains du parc W fuient vers Malanville",
  "Des centaines d'habitants de villages proches du parc W ont pris la route de Malanville mercredi soir, craignant de nouvelles incursions après l'assaut contre le poste militaire de Karimama.",
  "Les écoles de la commune resteront fermées jusqu'à lundi.",
  {"site": "Le Matinal du Golfe", "author": "Issa Bio Gounou"}),
 ("attaque-karimama", "kuna-like.com", "en", 3, 310, 300, [AO, "Africa"], "kuna",
  "Five Beninese soldiers killed in northern ambush",
  "Five soldiers were killed on Wednesday when gunmen attacked an army outpost near the town of Karimama in northern Benin, close to the borders with Niger and Burkina Faso, the army said.",
  "", {"city": "Cotonou", "date_en": "Apr 22"}),
 ("attaque-karimama", "agence-benin-presse.bj", "fr", 3, 450, 2400, [BJ, SE], "actu",
  "Attaque de Karimama : le bilan s'alourdit à huit soldats tués",
  "Trois militaires blessés lors de l'attaque de mercredi près de Karimama ont succombé dans la nuit à l'hôpital de Kandi, portant le bilan à huit soldats tués, a indiqué jeudi l'état-major des armées.",
  "Le gouvernement a décrété un deuil national de deux jours à partir de vendredi."),
 ("attaque-karimama", "radio-atlantique.bj", "fr", 3, 520, 800, [BJ, SE], "",
  "Nord du Bénin : pourquoi le parc W est devenu une zone rouge",
  "Le parc W, immense réserve naturelle partagée entre le Bénin, le Niger et le Burkina Faso, sert depuis plusieurs années de refuge et de voie de passage à des groupes armés qui y échappent aux patrouilles.",
  "Le Bénin a déployé près de 3 000 soldats dans le nord depuis 2022."),

 # 5. Lassa fever cases isolated at the CNHU of Cotonou: "fièvre de Lassa", "fièvre hémorragique",
 #    "rongeurs", "Lassa fever".
 ("fievre-lassa-cnhu", "agence-benin-presse.bj", "fr", 2, 70, 1300, [BJ, SA], "",
  "Fièvre de Lassa : trois cas confirmés, un décès",
  "Le ministère de la Santé a confirmé mercredi trois cas de fièvre de Lassa, dont un mortel, chez des patients venus de Tchaourou et hospitalisés au Centre national hospitalier universitaire (CNHU) de Cotonou.",
  "Une cinquantaine de personnes ayant été en contact avec les malades sont suivies."),
 ("fievre-lassa-cnhu", "le-matinal-du-golfe.bj", "fr", 2, 190, 800, [BJ, SA], "",
  "CNHU : une unité d'isolement ouverte pour les malades de Lassa",
  "Le CNHU Hubert-Koutoukou-Maga de Cotonou a aménagé mercredi une unité d'isolement de douze lits pour les patients atteints de fièvre de Lassa, et le personnel soignant a reçu des combinaisons de protection.",
  "Les visites sont suspendues dans le pavillon concerné."),
 ("fievre-lassa-cnhu", "radio-atlantique.bj", "fr", 2, 280, 700, [BJ, SA], "",
  "Lassa : comment se protéger des rats porteurs du virus",
  "Conserver le riz, le maïs et le gari dans des récipients fermés, ne pas laisser de restes de repas à l'air libre et boucher les trous des murs limitent les contacts avec les rats qui transmettent la fièvre de Lassa.",
  "Toute fièvre accompagnée de saignements doit conduire sans attendre au centre de santé."),
 ("fievre-lassa-cnhu", "health-africa-wire.com", "en", 2, 400, 200, [AO, "Health"], "byline_en",
  "Benin confirms three Lassa fever cases",
  "Benin has confirmed three cases of Lassa fever, one of them fatal, in patients from the central town of Tchaourou, near the border with Nigeria, the health ministry said on Wednesday.",
  "", {"author": "Grace Adebayo", "site": "Health Africa Wire", "date_en": "Apr 22"}),
 ("fievre-lassa-cnhu", "agence-benin-presse.bj", "fr", 2, 610, 900, [BJ, SA], "",
  "Fièvre de Lassa : un quatrième cas à Tchaourou",
  "Un quatrième cas de fièvre de Lassa a été confirmé dans la nuit de mercredi à jeudi chez une infirmière du centre de santé de Tchaourou, qui avait soigné le premier malade, a annoncé le ministère de la Santé.",
  "Elle a été transférée au CNHU de Cotonou."),

 # 6. Same hospital: conjoined twins separated at the CNHU: "siamoises", "jumelles", "séparation",
 #    "conjoined twins".
 ("siamoises-cnhu", "la-nouvelle-tribune-du-sud.bj", "fr", 2, 160, 1600, [BJ, SA], "",
  "CNHU de Cotonou : des jumelles siamoises séparées, une première au Bénin",
  "Une équipe de chirurgiens du CNHU de Cotonou a réussi mardi à séparer des jumelles siamoises de sept mois, reliées par le thorax et l'abdomen, au cours d'une opération de onze heures, une première dans le pays.",
  "Les deux fillettes, originaires de Parakou, sont en réanimation pédiatrique."),
 ("siamoises-cnhu", "agence-benin-presse.bj", "fr", 2, 260, 900, [BJ, SA], "",
  "Jumelles séparées : les médecins « prudemment optimistes »",
  "Les deux jumelles séparées mardi au CNHU respirent désormais sans assistance, a indiqué mercredi le chef du service de chirurgie pédiatrique, le professeur Anselme Dossa, qui se dit « prudemment optimiste ».",
  "Vingt-deux médecins et infirmiers ont participé à l'intervention."),
 ("siamoises-cnhu", "ap-like.com", "en", 2, 380, 250, [AO], "colon",
  "Benin surgeons separate conjoined twin girls",
  "Surgeons in Benin have separated seven-month-old conjoined twin girls joined at the chest and abdomen in an 11-hour operation, the first such surgery carried out in the West African country.",
  "", {"city": "Cotonou"}),
 ("siamoises-cnhu", "le-matinal-du-golfe.bj", "fr", 2, 500, 600, [BJ], "",
  "La mère des jumelles : « Je n'osais plus espérer »",
  "Assise devant la porte de la réanimation pédiatrique, la mère des jumelles opérées au CNHU raconte les sept mois passés à chercher un hôpital capable de séparer ses filles.",
  "Une collecte de quartier à Parakou avait payé son voyage jusqu'à Cotonou."),

 # 7. Night fire at the Dantokpa market in Cotonou: "incendie", "feu", "flammes", "sinistre", "blaze".
 ("incendie-dantokpa", "agence-benin-presse.bj", "fr", 2, 200, 1900, [BJ, FD], "afp",
  "Cotonou : un incendie ravage une partie du marché Dantokpa",
  "Un violent incendie a détruit mercredi soir plusieurs centaines d'étals dans le secteur des pagnes du marché Dantokpa de Cotonou, le plus grand marché d'Afrique de l'Ouest, sans faire de victime selon les sapeurs-pompiers.",
  "", {"date_fr": "22 avr"}),
 ("incendie-dantokpa", "le-matinal-du-golfe.bj", "fr", 2, 255, 1300, [BJ, FD], "",
  "Dantokpa : quatre heures de lutte contre les flammes",
  "Les sapeurs-pompiers ont mis plus de quatre heures à maîtriser le feu qui s'est déclaré vers 19h30 dans les allées couvertes du marché Dantokpa, gênés par l'étroitesse des passages et le manque de bouches d'incendie.",
  "Un court-circuit sur un branchement clandestin est la piste privilégiée."),
 ("incendie-dantokpa", "wire-west.com", "en", 2, 390, 300, [AO, "Africa"], "reuters",
  "Fire sweeps through West Africa's biggest market in Benin",
  "A blaze tore through the textile section of the Dantokpa market in Benin's main city Cotonou on Wednesday night, destroying hundreds of stalls but causing no casualties, firefighters said.",
  "", {"city": "Cotonou", "date_en": "Apr 22"}),
 ("incendie-dantokpa", "la-nouvelle-tribune-du-sud.bj", "fr", 2, 490, 800, [BJ], "byline_fr",
  "Les revendeuses de pagnes de Dantokpa : « Tout notre stock est parti »",
  "Au milieu des ballots de wax calcinés, les revendeuses du secteur des pagnes de Dantokpa évaluaient dans la nuit des pertes qu'aucune assurance ne couvrira.",
  "Beaucoup avaient acheté à crédit pour les fêtes de fin d'année scolaire.",
  {"site": "La Nouvelle Tribune du Sud", "author": "Clarisse Tossou"}),
 ("incendie-dantokpa", "agence-benin-presse.bj", "fr", 2, 620, 1000, [BJ, E], "",
  "Marché Dantokpa : le maire de Cotonou promet un fonds d'urgence",
  "Le maire de Cotonou, Félicien Agbo, a annoncé dans la nuit de mercredi à jeudi la création d'un fonds d'urgence de 500 millions de francs CFA pour les commerçants sinistrés du marché Dantokpa.",
  "Le secteur détruit sera fermé au moins une semaine pour expertise."),

 # 8. Look-alike: a smuggled-fuel (kpayo) depot on fire at Sèmè-Podji.
 ("incendie-depot-seme", "le-matinal-du-golfe.bj", "fr", 1, 340, 700, [BJ, FD], "",
  "Sèmè-Podji : un dépôt d'essence frelatée prend feu, deux morts",
  "Deux personnes ont été tuées mercredi soir dans l'incendie d'un dépôt clandestin d'essence de contrebande, le « kpayo », installé dans une cour d'habitation de Sèmè-Podji, près de la frontière nigériane.",
  "Plusieurs bidons ont explosé, projetant des flammes sur les maisons voisines."),
 ("incendie-depot-seme", "agence-benin-presse.bj", "fr", 1, 470, 500, [BJ, FD], "place",
  "Dépôt de kpayo en feu : une dizaine de maisons touchées",
  "L'incendie du dépôt de carburant de contrebande de Sèmè-Podji a endommagé une dizaine de maisons avant d'être éteint peu avant minuit, et le propriétaire du stock a été interpellé, selon la police.",
  "", {"city": "Sèmè-Podji"}),
 ("incendie-depot-seme", "radio-atlantique.bj", "fr", 1, 590, 400, [BJ], "",
  "Essence de contrebande : les dépôts clandestins dans le viseur",
  "Le préfet de l'Ouémé a ordonné jeudi le recensement de tous les stockages de carburant de contrebande dans les quartiers d'habitation de Sèmè-Podji, après l'incendie meurtrier de la veille.",
  ""),

 # 9. Cocaine seized in a container at the port of Cotonou: "cocaïne", "saisie", "drogue", "cocaine".
 ("cocaine-port-cotonou", "agence-benin-presse.bj", "fr", 2, 130, 1200, [BJ, J], "",
  "Port de Cotonou : 640 kilos de cocaïne saisis dans un conteneur",
  "Les douanes ont saisi mercredi 640 kilogrammes de cocaïne dissimulés dans un conteneur de poisson congelé en provenance d'Équateur, au Port autonome de Cotonou, a annoncé l'Office central de répression du trafic illicite de drogue.",
  "La valeur de la drogue est estimée à plus de 20 milliards de francs CFA."),
 ("cocaine-port-cotonou", "upi-like.com", "en", 2, 290, 200, [AO], "upi",
  "Benin seizes 640 kg of cocaine in fish container",
  "Customs officers in Benin seized 640 kg of cocaine hidden in a container of frozen fish shipped from Ecuador to the port of Cotonou, anti-drug police said Wednesday.",
  "", {"date_en": "Apr 22"}),
 ("cocaine-port-cotonou", "le-matinal-du-golfe.bj", "fr", 2, 430, 700, [BJ, J], "",
  "Cocaïne au port : deux agents de transit arrêtés",
  "Deux employés d'une société de transit chargée de dédouaner le conteneur de poisson ont été arrêtés mercredi soir dans l'enquête sur la cocaïne saisie au port de Cotonou.",
  "Le destinataire officiel, une société d'import basée à Lomé, serait une coquille vide."),
 ("cocaine-port-cotonou", "la-nouvelle-tribune-du-sud.bj", "fr", 2, 580, 400, [BJ, J], "",
  "Le golfe de Guinée, plaque tournante de la drogue vers l'Europe",
  "Les saisies record de cocaïne se succèdent dans les ports du golfe de Guinée, devenus une étape des cargaisons sud-américaines destinées à l'Europe, relèvent les spécialistes de l'ONU.",
  ""),

 # 10. The CRIET trial of former tax officials for embezzlement: "détournement", "procès", "embezzlement".
 ("proces-criet-impots", "agence-benin-presse.bj", "fr", 2, 110, 900, [BJ, J], "",
  "CRIET : l'ancien directeur des impôts jugé pour détournement",
  "L'ancien directeur général des impôts, Basile Akpovi, et cinq de ses anciens collaborateurs ont comparu mercredi devant la Cour de répression des infractions économiques et du terrorisme (CRIET), accusés d'avoir détourné 3,2 milliards de francs CFA de remboursements de TVA.",
  ""),
 ("proces-criet-impots", "la-nouvelle-tribune-du-sud.bj", "fr", 2, 240, 500, [BJ, J], "",
  "Procès des impôts : Basile Akpovi nie avoir signé les remboursements",
  "L'ancien patron du fisc Basile Akpovi a affirmé mercredi devant la CRIET n'avoir « jamais signé » les ordres de remboursement de TVA versés à des sociétés fictives.",
  "Il accuse un ancien chef de service de l'avoir contrefait."),
 ("proces-criet-impots", "wire-west.com", "en", 2, 360, 150, [AO, "Business"], "",
  "Benin's former tax chief on trial over VAT refund fraud",
  "Benin's former director general of taxes went on trial on Wednesday before a special economic crimes court, accused with five former aides of embezzling 3.2 billion CFA francs ($5.3 million) in VAT refunds.",
  ""),
 ("proces-criet-impots", "agence-benin-presse.bj", "fr", 2, 540, 600, [BJ, J], "",
  "Procès à la CRIET : le verdict attendu le 14 mai",
  "La CRIET rendra le 14 mai son verdict dans le procès de l'ancien directeur général des impôts, après que le procureur spécial a requis dix ans de prison ferme contre lui mercredi soir.",
  ""),

 # 11. Look-alike: online romance scammers tried at Abomey-Calavi: "arnaque", "cybercriminalité",
 #     "brouteurs", "gaymen".
 ("proces-cyber-calavi", "le-matinal-du-golfe.bj", "fr", 1, 180, 800, [BJ, J], "",
  "Abomey-Calavi : quatorze « gaymen » jugés pour arnaques sentimentales",
  "Quatorze jeunes hommes de 19 à 27 ans ont été jugés mercredi par le tribunal de première instance d'Abomey-Calavi pour avoir escroqué des dizaines de femmes européennes en se faisant passer pour des militaires américains sur les réseaux sociaux.",
  ""),
 ("proces-cyber-calavi", "agence-benin-presse.bj", "fr", 1, 350, 400, [BJ, J], "",
  "Cyberescroquerie : de deux à cinq ans de prison à Abomey-Calavi",
  "Le tribunal d'Abomey-Calavi a condamné mercredi soir douze des quatorze prévenus de cyberescroquerie à des peines de deux à cinq ans de prison et en a relaxé deux.",
  "Les victimes avaient versé au total près de 400 000 euros."),
 ("proces-cyber-calavi", "radio-atlantique.bj", "fr", 1, 510, 300, [BJ], "",
  "Arnaques en ligne : les signes qui doivent alerter",
  "Un inconnu qui déclare très vite son amour, refuse tout appel vidéo et finit par demander de l'argent pour un billet d'avion ou des frais de douane est presque toujours un escroc, rappelle l'Office central de lutte contre la cybercriminalité.",
  ""),

 # 12. Filler: football result.
 ("foot-ligue1-benin", "sport-benin.bj", "fr", 0, 230, 1500, ["Sport"], "",
  "Ligue 1 : l'AS Ouémé bat l'Étoile de Porto-Novo 2-0",
  "L'AS Ouémé s'est imposée 2-0 face à l'Étoile de Porto-Novo mercredi soir au stade Charles-de-Gaulle, en match comptant pour la 22e journée du championnat du Bénin.",
  ""),
 ("foot-ligue1-benin", "agence-benin-presse.bj", "fr", 0, 260, 300, ["Sport"], "",
  "Football : l'AS Ouémé revient à un point du leader",
  "Victorieuse de l'Étoile de Porto-Novo (2-0) mercredi, l'AS Ouémé n'est plus qu'à un point du leader du championnat, les Dauphins de Ouidah.",
  ""),

 # 13. Shared byline line and same place: Ganvié's bid for the UNESCO World Heritage list.
 ("ganvie-unesco", "agence-benin-presse.bj", "fr", 1, 700, 400, [BJ, "Culture"], "reuters_line",
  "Patrimoine : le Bénin dépose la candidature de Ganvié à l'UNESCO",
  "Le gouvernement a déposé le dossier d'inscription de la cité lacustre de Ganvié sur la liste du patrimoine mondial de l'UNESCO, a annoncé mercredi le ministère de la Culture, qui espère une décision en 2028.",
  "Le dossier met en avant les maisons sur pilotis et les techniques de pêche traditionnelles en « acadja »."),
 ("ganvie-unesco", "la-nouvelle-tribune-du-sud.bj", "fr", 1, 540, 300, [BJ, "Culture"], "",
  "Ganvié, la « Venise de l'Afrique », et ses défis",
  "Fondée au XVIIIe siècle par des populations fuyant les razzias, la cité de Ganvié compte aujourd'hui plus de 30 000 habitants vivant sur pilotis, confrontés à l'envasement du lac et à l'absence d'assainissement.",
  ""),
 ("ganvie-unesco", "africa-culture-wire.com", "en", 1, 660, 100, [AO, "Culture"], "donate",
  "Benin seeks World Heritage status for stilt village",
  "Benin has submitted a bid to have Ganvie, a stilt village of some 30,000 people built on a lake near Cotonou, listed as a UNESCO World Heritage site.",
  ""),

 # 14. Shared byline line: a record count of manatees in the Mono river.
 ("lamantins-mono", "agence-benin-presse.bj", "fr", 1, 705, 350, [BJ, "Environnement"], "reuters_line",
  "Fleuve Mono : 47 lamantins recensés, un record",
  "Les agents de la réserve de biosphère du Mono ont dénombré 47 lamantins dans le fleuve et les lagunes côtières lors du comptage annuel, le chiffre le plus élevé depuis le début du suivi en 2012.",
  "L'espèce reste menacée par les filets de pêche et les barrages."),
 ("lamantins-mono", "le-matinal-du-golfe.bj", "fr", 1, 560, 250, [BJ, "Environnement"], "soutien",
  "Lamantins du Mono : les pêcheurs devenus protecteurs",
  "Dans les villages de la Bouche du Roy, d'anciens chasseurs de lamantins sont désormais rémunérés pour signaler les animaux pris dans les filets et les relâcher.",
  ""),

 # 15. Filler: lottery, horoscope, promo, weather bulletin.
 ("loto-lnb", "loterie-info.bj", "fr", 0, 310, 1400, ["Jeux"], "",
  "Lotto : pas de gagnant, la cagnotte atteint 95 millions de francs CFA",
  "Aucun joueur n'a trouvé les six bons numéros au tirage du Lotto de mercredi soir, et la cagnotte du prochain tirage s'élèvera à 95 millions de francs CFA.",
  "Les numéros gagnants : 3, 9, 21, 28, 34 et 45."),
 ("horoscope-jeudi-23", "astro-jour.fr", "fr", 0, 580, 700, ["Horoscope"], "",
  "Horoscope du jeudi 23 avril",
  "Taureau : une rencontre inattendue change vos plans de la journée.",
  "Gémeaux : ménagez vos forces."),
 ("promo-kiosque-numerique", "le-matinal-du-golfe.bj", "fr", 0, 100, 40, ["Promo"], "",
  "Le Matinal du Golfe arrive sur votre téléphone",
  "Retrouvez chaque matin dès 6 heures l'édition complète du Matinal du Golfe sur notre kiosque numérique, pour 2 000 francs CFA par mois.",
  "Deux semaines offertes pour toute inscription avant dimanche."),
 ("meteo-cotonou-jeudi", "meteo-benin.bj", "fr", 0, 680, 500, ["Météo"], "",
  "Météo du jeudi 23 avril : orages sur le littoral",
  "Des orages accompagnés de fortes pluies et de rafales de 60 km/h sont attendus jeudi après-midi sur le littoral, de Grand-Popo à Sèmè-Podji, tandis que le nord restera chaud et sec avec 39 degrés à Kandi.",
  "La mer sera agitée, avec des vagues de 2,5 mètres au large de Cotonou."),
]
