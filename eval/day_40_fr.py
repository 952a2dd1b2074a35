# Day 40 (hold-out): a Haitian French channel, morning edition of Wednesday 11 February 2026
# (window 18:00-06:00 Port-au-Prince, America/Port-au-Prince = UTC-5 in February, no DST yet).
# Gold answer written before any run: each post's story, its lede (the true first sentence) and
# the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: the finance minister Marie-Lourdes Célestin on
#   Radio Soleil Levant about the end of the fuel subsidy (post 4) and about the resident doctors'
#   strike at the HUEH (post 10), both carrying « Le Trésor public n'est pas un puits sans fond »;
# - a shared wire byline line ("Agence Caraïbe Info | Mis à jour : 11-02-2026 05:40"): the Jacmel
#   carnival (post 53) and the Soufrière volcano alert in Guadeloupe (post 57);
# - the same town and the same port: Cap-Haïtien holds the drivers' strike (posts 14-17), the cargo
#   ship aground at the port entrance (posts 18-21), the weapons found in a container at the same port
#   (posts 22-27) and the football result at the Parc Saint-Victor (posts 62-63);
# - the same hospital: the HUEH ("Hôpital général") is on strike (posts 8-13) and receives a burn
#   victim of the market fire (post 46);
# - look-alike stories: two strikes (resident doctors in Port-au-Prince, drivers in Cap-Haïtien) and
#   the transport unions' fare claim inside the fuel story (post 6); two weapons stories (the
#   container seized at Cap-Haïtien, the gun smuggler sentenced in Miami, both with Florida); two
#   court cases (the BNRR embezzlement trial in Port-au-Prince, the Miami sentence); two fires (the
#   Croix-des-Bossales market, the Forêt des Pins);
# - a promo posted alone (post 60); filler of importance 0: horoscope (post 61), football result
#   (posts 62-63), weather bulletin (post 64).
NAME = "2026-02-11-fr-matin-port-au-prince-h40"
CHANNEL = {"lang": "fr", "tz": "America/Port-au-Prince"}
WINDOW = ("2026-02-10T23:00:00Z", "2026-02-11T11:00:00Z")
CTX = {"stamp": "11-02-2026 05:40", "line": "Agence Caraïbe Info | Mis à jour : 11-02-2026 05:40",
       "city": "Port-au-Prince", "date_fr": "11 févr", "date_en": "Feb 11",
       "author": "Nadège Fleurant", "clarify": "the number of weapons", "caption": "",
       "also": "notre dossier", "country": "Haïti"}
# The editor's top 5: the end of the fuel subsidy, the weapons seized at Cap-Haïtien, the resident
# doctors' strike, the Croix-des-Bossales market fire, the mass deportations at Ouanaminthe.
TOP5 = ["subvention-carburant", "saisie-armes-cap", "greve-residents-hueh",
        "incendie-croix-des-bossales", "rapatriements-ouanaminthe"]
HT = "Haïti"
E = "Économie"
M = "Monde"
SA = "Santé"
J = "Justice"
POSTS = [
 # 1. End of the fuel subsidy: "carburant", "essence", "gazoline", "produits pétroliers", "prix à
 #    la pompe", "fuel subsidy"; the interview trap (post 4).
 ("subvention-carburant", "lematin-antilles.ht", "fr", 3, 20, 2300, [HT, E], "publie",
  "Carburant : le gouvernement met fin à la subvention, l'essence à 570 gourdes le gallon",
  "Le gouvernement a annoncé mardi soir la fin de la subvention sur les produits pétroliers, qui fera passer le gallon d'essence de 475 à 570 gourdes à la pompe dès samedi.",
  "Le diesel passera de 490 à 585 gourdes et le kérosène de 465 à 560 gourdes.",
  {"site": "Le Matin des Antilles", "date_fr": "10 févr"}),
 ("subvention-carburant", "agence-caraibe-info.ht", "fr", 3, 45, 1700, [HT, E], "actu",
  "Prix à la pompe : hausse d'environ 20 % des carburants samedi",
  "Les prix de l'essence, du diesel et du kérosène augmenteront d'environ 20 % samedi, à la suite de la suppression de la subvention de l'État décidée mardi en Conseil des ministres.",
  "Le gouvernement dit économiser ainsi 38 milliards de gourdes par an."),
 ("subvention-carburant", "wire-west.com", "en", 3, 90, 800, [M, E], "reuters",
  "Haiti scraps fuel subsidy, gasoline prices to rise 20%",
  "Haiti's government said on Tuesday it would end fuel subsidies, raising the pump price of gasoline by about 20% from Saturday in a bid to free up money for security and health spending.",
  "", {"date_en": "Feb 10"}),
 ("subvention-carburant", "radio-soleil-levant.ht", "fr", 3, 150, 1400, [HT, E], "",
  "Fin de la subvention : la ministre des Finances défend une « décision douloureuse »",
  "La ministre de l'Économie et des Finances, Marie-Lourdes Célestin, a défendu mardi soir sur Radio Soleil Levant la suppression de la subvention sur la gazoline, qui coûtait selon elle davantage que tout le budget de la santé.",
  "« Le Trésor public n'est pas un puits sans fond », a-t-elle déclaré."),
 ("subvention-carburant", "haiti-horizon.ht", "fr", 3, 260, 1200, [HT], "lire",
  "Gazoline, diesel, kérosène : ce qui change samedi à la pompe",
  "À partir de samedi 6 heures, le gallon de gazoline coûtera 570 gourdes, le diesel 585 gourdes et le kérosène 560 gourdes dans toutes les stations-service du pays.",
  "Les pompistes ne pourront pas constituer de stocks au-delà de leurs capacités déclarées.",
  {"also": "Hausse de l'essence : les syndicats de transport réclament un nouveau tarif"}),
 ("subvention-carburant", "lematin-antilles.ht", "fr", 3, 380, 900, [HT, E], "byline_fr",
  "Hausse de l'essence : les syndicats de transport réclament un nouveau tarif des courses",
  "Les principaux syndicats de chauffeurs de Port-au-Prince ont réclamé mercredi une hausse de 10 gourdes du prix du trajet en tap-tap pour compenser l'augmentation du prix de l'essence.",
  "Ils menacent d'un arrêt de travail lundi si le ministère des Transports ne publie pas de nouveau barème.",
  {"site": "Le Matin des Antilles", "author": "Jean-Claude Moïse"}),
 ("subvention-carburant", "ap-like.com", "en", 3, 500, 400, [M], "ap",
  "Haitians line up for gas as fuel subsidy ends",
  "Haitians lined up at gas stations across Port-au-Prince before dawn on Wednesday to fill their tanks ahead of a 20% jump in fuel prices when the government ends its subsidy on Saturday.",
  ""),

 # 2. Resident doctors' strike at the HUEH ("Hôpital général"): "grève", "arrêt de travail",
 #    "débrayage", "walked off the job"; the interview trap (post 10).
 ("greve-residents-hueh", "haiti-horizon.ht", "fr", 3, 10, 1900, [HT, SA], "",
  "HUEH : les médecins résidents en grève, les urgences tournent au ralenti",
  "Les quelque 240 médecins résidents de l'Hôpital de l'Université d'État d'Haïti (HUEH) ont entamé mardi une grève illimitée pour réclamer cinq mois d'arriérés de salaire.",
  "Seules les urgences vitales sont assurées."),
 ("greve-residents-hueh", "agence-caraibe-info.ht", "fr", 3, 70, 1300, [HT, SA], "caption",
  "Hôpital général : des patients renvoyés chez eux",
  "Des dizaines de patients ont été renvoyés chez eux mardi par l'Hôpital général de Port-au-Prince, paralysé par l'arrêt de travail de ses médecins résidents.",
  "Les consultations externes sont suspendues jusqu'à nouvel ordre.",
  {"site": "Agence Caraïbe Info",
   "caption": "Des patients attendent dans la cour de l'Hôpital général de Port-au-Prince, mardi 10 février 2026."}),
 ("greve-residents-hueh", "radio-soleil-levant.ht", "fr", 3, 155, 1000, [HT, SA], "",
  "Grève des résidents : la ministre des Finances promet un paiement vendredi",
  "La ministre de l'Économie et des Finances, Marie-Lourdes Célestin, a assuré mardi soir sur Radio Soleil Levant que les arriérés des médecins résidents de l'Hôpital général seraient versés vendredi.",
  "« Le Trésor public n'est pas un puits sans fond », a-t-elle toutefois prévenu, en appelant les résidents à reprendre le travail."),
 ("greve-residents-hueh", "wire-west.com", "en", 3, 300, 500, [M, "Health"], "",
  "Resident doctors strike at Haiti's main public hospital",
  "Resident doctors at Haiti's largest public hospital walked off the job on Tuesday over five months of unpaid wages, leaving only the emergency ward running.",
  ""),
 ("greve-residents-hueh", "lematin-antilles.ht", "fr", 3, 440, 900, [HT, SA], "soutien",
  "Débrayage à l'Hôpital général : les résidents maintiennent leur mouvement",
  "Les médecins résidents de l'HUEH ont voté mercredi à l'aube la poursuite de leur grève jusqu'au versement effectif de leurs salaires, jugeant insuffisantes les promesses du ministère des Finances.",
  ""),
 ("greve-residents-hueh", "haiti-horizon.ht", "fr", 3, 560, 1100, [HT, SA], "",
  "Grève à l'HUEH : où se faire soigner à Port-au-Prince",
  "Pendant la grève des résidents de l'Hôpital général, les patients peuvent se tourner vers l'hôpital de la Paix à Delmas, l'hôpital Saint-François-de-Sales et les centres de santé communaux, qui ont renforcé leurs gardes.",
  "Les femmes enceintes sont orientées vers la maternité Isaïe-Jeanty."),

 # 3. Look-alike strike in the same town as the port: drivers in Cap-Haïtien against a municipal
 #    vehicle tax ("vignette", "taxe municipale", "vehicle tax").
 ("greve-chauffeurs-cap", "cap-express.ht", "fr", 2, 30, 1100, [HT], "",
  "Cap-Haïtien : grève des chauffeurs de tap-tap et de moto-taxis contre la nouvelle vignette",
  "Les chauffeurs de tap-tap et de moto-taxis du Cap-Haïtien ont observé mardi une grève contre la vignette municipale de 3 000 gourdes instaurée par la mairie au 1er février.",
  "Les rues de la ville sont restées quasi désertes."),
 ("greve-chauffeurs-cap", "agence-caraibe-info.ht", "fr", 2, 110, 800, [HT], "ats",
  "Vignette municipale : la ville du Cap paralysée",
  "La deuxième ville du pays a tourné au ralenti mardi, écoles et marchés restant fermés faute de transport public, au premier jour du mouvement des transporteurs contre la taxe municipale sur les véhicules.",
  "", {"city": "Cap-Haïtien"}),
 ("greve-chauffeurs-cap", "cap-express.ht", "fr", 2, 400, 900, [HT], "teaser",
  "Grève au Cap : le maire propose de réduire la vignette de moitié",
  "Le maire du Cap-Haïtien, Rodrigue Pierre-Louis, a proposé mercredi matin de ramener la vignette des moto-taxis à 1 500 gourdes, une offre que les syndicats de chauffeurs doivent examiner dans la journée.",
  ""),
 ("greve-chauffeurs-cap", "ap-like.com", "en", 2, 520, 200, [M], "colon",
  "Transport strike paralyzes Haiti's second city",
  "Taxi and minibus drivers in Cap-Haitien went on strike on Tuesday against a new municipal vehicle tax, shutting schools and markets in Haiti's second-largest city.",
  "", {"city": "Cap-Haitien"}),

 # 4. Same port: a rice cargo ship aground at the entrance of Cap-Haïtien port ("cargo",
 #    "navire", "vraquier", "échouement", "ran aground").
 ("cargo-echoue-cap", "cap-express.ht", "fr", 2, 60, 900, [HT, E], "",
  "Un cargo de riz s'échoue à l'entrée du port du Cap-Haïtien",
  "Le cargo Caribe Pioneer, chargé de 9 000 tonnes de riz et de farine, s'est échoué mardi après-midi sur un banc de sable à l'entrée du chenal du port du Cap-Haïtien.",
  "Aucun blessé n'est à déplorer parmi les 14 membres d'équipage."),
 ("cargo-echoue-cap", "agence-nord.fr", "fr", 2, 175, 500, [M], "afp",
  "Haïti : le port du Cap-Haïtien fermé après l'échouement d'un cargo",
  "Le port du Cap-Haïtien, principal port du nord d'Haïti, a été fermé mardi au trafic après l'échouement d'un navire de commerce qui bloque le chenal d'accès, a indiqué l'Autorité portuaire nationale.",
  "", {"date_fr": "10 févr"}),
 ("cargo-echoue-cap", "wire-west.com", "en", 2, 330, 250, [M, "Business"], "",
  "Rice cargo ship runs aground, blocks northern Haiti port",
  "A cargo ship carrying 9,000 tonnes of rice and flour ran aground at the entrance to Cap-Haitien's port on Tuesday, blocking the channel for other vessels, Haiti's port authority said.",
  ""),
 ("cargo-echoue-cap", "lematin-antilles.ht", "fr", 2, 600, 600, [HT, E], "",
  "Navire échoué au Cap : les remorqueurs attendus jeudi",
  "Deux remorqueurs venus de Port-au-Prince et de Saint-Domingue doivent tenter jeudi, à marée haute, de dégager le vraquier échoué devant le port du Cap-Haïtien.",
  "Les importateurs craignent une hausse du prix du riz dans le Nord."),

 # 5. Same port: weapons found in a container at Cap-Haïtien ("armes", "fusils", "munitions",
 #    "cartouches", "arsenal", "guns", "rounds").
 ("saisie-armes-cap", "agence-caraibe-info.ht", "fr", 3, 5, 2000, [HT, J], "place",
  "Saisie record d'armes dans un conteneur au port du Cap-Haïtien",
  "Les douaniers ont découvert mardi 52 armes de guerre et plus de 30 000 cartouches dissimulées dans un conteneur de vêtements usagés au port du Cap-Haïtien.",
  "Le conteneur avait été débarqué la semaine dernière.", {"city": "Cap-Haïtien"}),
 ("saisie-armes-cap", "haiti-horizon.ht", "fr", 3, 85, 1500, [HT, J], "",
  "Armes saisies au Cap : le conteneur venait de Floride",
  "Le conteneur dans lequel ont été trouvés des fusils d'assaut et des munitions avait été chargé le 28 janvier à Port Everglades, en Floride, selon le connaissement consulté par Haïti Horizon.",
  "Le destinataire déclaré est une société d'import-export de Gonaïves."),
 ("saisie-armes-cap", "wire-west.com", "en", 3, 180, 700, [M], "updated",
  "Haiti customs seize 52 guns, 30,000 rounds in port container",
  "Haitian customs officers seized 52 military-grade weapons and more than 30,000 rounds of ammunition hidden in a container of used clothing at the northern port of Cap-Haitien, officials said on Tuesday.",
  ""),
 ("saisie-armes-cap", "lematin-antilles.ht", "fr", 3, 270, 1200, [HT, J], "byline_fr",
  "Arsenal du Cap : trois douaniers et un transitaire en garde à vue",
  "Trois agents de l'Administration générale des douanes et un transitaire ont été placés en garde à vue dans l'enquête sur l'arsenal découvert au port du Cap-Haïtien.",
  "", {"site": "Le Matin des Antilles", "author": "Nadège Fleurant"}),
 ("saisie-armes-cap", "radio-soleil-levant.ht", "fr", 3, 350, 1000, [HT, J], "",
  "Fusils saisis au Cap : la police évoque une commande de gangs de l'Artibonite",
  "Les fusils et les munitions découverts au port du Cap-Haïtien étaient destinés à des gangs de la vallée de l'Artibonite, a affirmé le porte-parole de la Police nationale, l'inspecteur Garry Désinor.",
  ""),
 ("saisie-armes-cap", "agence-nord.fr", "fr", 3, 480, 600, [M], "afp",
  "Haïti : le Premier ministre salue une « victoire » après la saisie d'armes",
  "Le Premier ministre haïtien, Alix Norvilus, a qualifié mercredi de « victoire contre les gangs » la saisie d'un important lot d'armes de guerre au port du Cap-Haïtien, et annoncé l'achat de deux scanners à conteneurs.",
  ""),

 # 6. Court case: the BNRR embezzlement trial in Port-au-Prince ("détournement", "corruption").
 ("proces-bnrr", "lematin-antilles.ht", "fr", 2, 40, 900, [HT, J], "",
  "Détournement au BNRR : ouverture du procès de l'ancien directeur",
  "Le procès de l'ancien directeur général du Bureau national des routes rurales, Gérald Saint-Fleur, accusé d'avoir détourné 310 millions de gourdes destinées à des routes jamais construites, s'est ouvert mardi au tribunal criminel de Port-au-Prince.",
  ""),
 ("proces-bnrr", "haiti-horizon.ht", "fr", 2, 230, 700, [HT, J], "",
  "Procès Saint-Fleur : un entrepreneur raconte les chantiers fantômes",
  "Un entrepreneur cité comme témoin a raconté mardi à la barre avoir signé des procès-verbaux de réception pour des routes de la Grand'Anse qu'il n'avait jamais vues.",
  ""),
 ("proces-bnrr", "agence-caraibe-info.ht", "fr", 2, 460, 500, [HT, J], "",
  "Affaire BNRR : le verdict attendu lundi",
  "Le tribunal criminel de Port-au-Prince rendra lundi son verdict dans le procès pour corruption de l'ex-patron du Bureau national des routes rurales, contre qui le parquet a requis douze ans de prison.",
  ""),

 # 7. Look-alike court case and weapons story: a gun smuggler sentenced in Miami.
 ("trafiquant-armes-miami", "ap-like.com", "en", 2, 25, 600, [M, J], "ap",
  "Florida man gets 15 years for smuggling guns to Haiti",
  "A federal judge in Miami on Tuesday sentenced a Haitian-American man to 15 years in prison for shipping rifles and ammunition to Haitian gangs hidden in barrels of rice and canned food.",
  "Prosecutors said Wesner Joachim, 41, sent at least 90 firearms between 2023 and 2025.",
  {"city": "Miami"}),
 ("trafiquant-armes-miami", "agence-nord.fr", "fr", 2, 120, 700, [M, J], "afp",
  "Trafic d'armes vers Haïti : quinze ans de prison pour un Haïtiano-Américain à Miami",
  "Un tribunal fédéral de Miami a condamné mardi à quinze ans de prison Wesner Joachim, un Haïtiano-Américain de 41 ans reconnu coupable d'avoir expédié des fusils à des gangs haïtiens dans des barils de nourriture.",
  "", {"city": "Miami", "date_fr": "10 févr"}),
 ("trafiquant-armes-miami", "haiti-horizon.ht", "fr", 2, 340, 800, [HT, J], "",
  "Condamné à Miami, Wesner Joachim approvisionnait un gang de Martissant",
  "Selon l'acte d'accusation, les armes expédiées par Wesner Joachim depuis la Floride étaient destinées à un gang de Martissant, au sud de Port-au-Prince.",
  "Ses barils passaient par le port de Port-au-Prince sous l'étiquette « dons humanitaires »."),

 # 8. Mass deportations from the Dominican Republic at Ouanaminthe ("rapatriés", "refoulés",
 #    "expulsés", "deported").
 ("rapatriements-ouanaminthe", "haiti-horizon.ht", "fr", 2, 50, 1300, [HT, M], "",
  "Ouanaminthe : 2 300 Haïtiens rapatriés en 48 heures par la République dominicaine",
  "Quelque 2 300 Haïtiens ont été renvoyés par les autorités dominicaines en 48 heures par le poste frontalier de Ouanaminthe, a indiqué mardi le Collectif frontalier pour les droits des migrants.",
  ""),
 ("rapatriements-ouanaminthe", "agence-caraibe-info.ht", "fr", 2, 200, 900, [HT], "",
  "Frontière : des femmes enceintes parmi les expulsés de Dajabón",
  "Au moins 60 femmes enceintes et 150 mineurs non accompagnés figurent parmi les personnes expulsées mardi de République dominicaine vers Ouanaminthe, selon le Collectif frontalier pour les droits des migrants.",
  ""),
 ("rapatriements-ouanaminthe", "wire-west.com", "en", 2, 290, 400, [M], "reuters",
  "Dominican Republic deports 2,300 Haitians in two days",
  "The Dominican Republic deported about 2,300 Haitians through the northern border crossing of Dajabon in two days, a migrants' rights group said on Tuesday, as Santo Domingo steps up raids on construction sites.",
  "", {"city": "Santo Domingo", "date_en": "Feb 10"}),
 ("rapatriements-ouanaminthe", "lematin-antilles.ht", "fr", 2, 410, 800, [HT, M], "",
  "Expulsions dominicaines : Port-au-Prince convoque l'ambassadeur",
  "Le ministère haïtien des Affaires étrangères a annoncé mardi soir qu'il convoquerait l'ambassadeur de République dominicaine pour protester contre les conditions des rapatriements massifs à Ouanaminthe.",
  ""),
 ("rapatriements-ouanaminthe", "radio-soleil-levant.ht", "fr", 2, 530, 600, [HT], "donate",
  "Rapatriés de Ouanaminthe : où trouver de l'aide",
  "Les personnes refoulées à Ouanaminthe peuvent obtenir un repas, un kit d'hygiène et un billet de bus vers leur commune d'origine au centre d'accueil installé près du marché binational.",
  "Le centre est ouvert de 7 heures à 19 heures."),

 # 9. Record remittances from the diaspora ("transferts", "envois de fonds", "remittances").
 ("transferts-diaspora", "lematin-antilles.ht", "fr", 1, 140, 600, [HT, E], "",
  "Transferts de la diaspora : un record de 4,3 milliards de dollars en 2025",
  "Les Haïtiens de l'étranger ont envoyé 4,3 milliards de dollars à leurs proches en 2025, un montant record, selon le rapport annuel publié mardi par la banque centrale.",
  ""),
 ("transferts-diaspora", "agence-upi-like.com", "en", 1, 310, 150, [M, "Business"], "upi",
  "Remittances to Haiti hit record $4.3 billion",
  "Haitians living abroad sent a record $4.3 billion home in 2025, Haiti's central bank said Tuesday, an amount equal to about a fifth of the country's economy.",
  ""),
 ("transferts-diaspora", "haiti-horizon.ht", "fr", 1, 590, 400, [HT, E], "",
  "Envois de fonds : des frais toujours plus élevés vers Haïti",
  "Envoyer 200 dollars vers Haïti coûte en moyenne 9 % de frais, contre 5 % vers la République dominicaine, relève la banque centrale dans son rapport sur les envois de fonds de la diaspora.",
  ""),

 # 10. Fire at the Croix-des-Bossales market ("incendie", "flammes", "sinistre", "feu", "blaze");
 #     a rising toll; a burn victim dies at the HUEH (same hospital as the strike).
 ("incendie-croix-des-bossales", "agence-caraibe-info.ht", "fr", 2, 150, 1600, [HT], "",
  "Un incendie ravage le marché de la Croix-des-Bossales",
  "Un violent incendie s'est déclaré mardi vers 20 heures au marché de la Croix-des-Bossales, le plus grand marché de Port-au-Prince, détruisant des centaines d'étals.",
  ""),
 ("incendie-croix-des-bossales", "radio-soleil-levant.ht", "fr", 2, 210, 1100, [HT], "",
  "Croix-des-Bossales : les pompiers toujours à pied d'œuvre",
  "Les sapeurs-pompiers de Port-au-Prince luttaient encore mardi à 23 heures contre les flammes au marché de la Croix-des-Bossales, gênés par le manque d'eau et l'étroitesse des allées.",
  "Un commerçant a été hospitalisé pour des brûlures."),
 ("incendie-croix-des-bossales", "haiti-horizon.ht", "fr", 2, 370, 1400, [HT], "actu",
  "Incendie à la Croix-des-Bossales : deux morts, 600 marchandes sinistrées",
  "Deux personnes sont mortes et environ 600 marchandes ont perdu leur stock dans l'incendie qui a détruit une grande partie du marché de la Croix-des-Bossales dans la nuit de mardi à mercredi, selon la Protection civile.",
  ""),
 ("incendie-croix-des-bossales", "ap-like.com", "en", 2, 450, 300, [M], "",
  "Fire guts Port-au-Prince's biggest market, killing two",
  "A fire tore through the Croix-des-Bossales market in Haiti's capital overnight, killing two people and destroying the stalls of hundreds of vendors, civil protection officials said on Wednesday.",
  ""),
 ("incendie-croix-des-bossales", "lematin-antilles.ht", "fr", 2, 660, 900, [HT], "",
  "Marché détruit par le feu : le bilan s'alourdit à trois morts",
  "Le bilan du sinistre du marché de la Croix-des-Bossales est passé à trois morts mercredi matin, un porteur ayant succombé à ses brûlures à l'Hôpital général.",
  "La mairie promet une aide de 25 000 gourdes à chaque marchande sinistrée."),

 # 11. Look-alike fire: the Forêt des Pins ("feu de forêt", "blaze").
 ("incendie-foret-des-pins", "agence-caraibe-info.ht", "fr", 1, 100, 500, [HT, "Environnement"], "",
  "Le feu dévore 300 hectares dans la Forêt des Pins",
  "Un feu de forêt a détruit depuis dimanche quelque 300 hectares de pins dans le parc national de la Forêt des Pins, dans le sud-est du pays, selon le ministère de l'Environnement.",
  ""),
 ("incendie-foret-des-pins", "haiti-horizon.ht", "fr", 1, 280, 400, [HT, "Environnement"], "",
  "Forêt des Pins : des charbonniers soupçonnés",
  "Les gardes forestiers soupçonnent des fabricants de charbon de bois d'avoir provoqué l'incendie qui ravage la Forêt des Pins, où la coupe des arbres est interdite depuis 2019.",
  ""),
 ("incendie-foret-des-pins", "wire-west.com", "en", 1, 470, 150, [M, "Environment"], "",
  "Blaze destroys 300 hectares of Haiti's last big pine forest",
  "A forest fire has burned about 300 hectares of the Foret des Pins national park in southeastern Haiti since Sunday, the environment ministry said, threatening one of the country's last large stands of trees.",
  ""),

 # 12. Vetiver root prices.
 ("vetiver-prix", "lematin-antilles.ht", "fr", 1, 180, 400, [HT, E], "",
  "Vétiver : les planteurs du Sud obtiennent une hausse du prix des racines",
  "Les distilleries du Sud paieront désormais 55 gourdes le kilo de racines de vétiver, contre 40 l'an dernier, après un accord conclu mardi aux Cayes avec les associations de planteurs.",
  ""),
 ("vetiver-prix", "perfume-trade.com", "en", 1, 360, 100, ["Business"], "",
  "Haiti vetiver growers win higher root prices",
  "Vetiver growers in southern Haiti, which supplies about half of the world's vetiver oil used in perfumes, won a 37% rise in the price of roots on Tuesday.",
  ""),
 ("vetiver-prix", "haiti-horizon.ht", "fr", 1, 620, 300, [HT, E], "",
  "Huile de vétiver : les parfumeurs craignent une pénurie",
  "La hausse du prix des racines et une récolte réduite par la sécheresse font craindre aux parfumeurs une pénurie d'huile essentielle de vétiver haïtienne en 2026.",
  ""),

 # 13. Jacmel carnival (shared byline line with the Soufrière alert, post 57).
 ("carnaval-jacmel", "agence-caraibe-info.ht", "fr", 1, 330, 700, [HT, "Culture"], "reuters_line",
  "Jacmel : le carnaval aura bien lieu dimanche, confirme la mairie",
  "La mairie de Jacmel a confirmé mardi que son carnaval, réputé pour ses masques en papier mâché, défilerait dimanche 15 février malgré les craintes liées à la sécurité sur la route du Sud-Est.",
  ""),
 ("carnaval-jacmel", "haiti-horizon.ht", "fr", 1, 420, 600, [HT, "Culture"], "caption",
  "Les artisans de Jacmel mettent la dernière main aux masques",
  "Dans les ateliers du quartier de La Levée, une trentaine d'artisans jacméliens travaillent jour et nuit pour achever les masques de papier mâché du défilé.",
  "", {"site": "Haïti Horizon",
       "caption": "Un artisan peint un masque de dragon dans son atelier de Jacmel, mardi 10 février 2026."}),
 ("carnaval-jacmel", "eurodaily.eu", "en", 1, 560, 100, [M, "Culture"], "byline_en",
  "Haiti's Jacmel carnival to go ahead despite security fears",
  "Jacmel, the southern Haitian town famous for its papier-mache carnival masks, will hold its parade on Sunday, the mayor's office said, despite worries about road safety for visitors from the capital.",
  "", {"author": "Tom Whitby", "site": "EuroDaily"}),
 ("carnaval-jacmel", "lematin-antilles.ht", "fr", 1, 640, 500, [HT, "Culture"], "",
  "Carnaval de Jacmel : comment s'y rendre depuis Port-au-Prince",
  "Pour rejoindre Jacmel dimanche, les visiteurs de la capitale pourront emprunter des navettes escortées par la police, qui partiront de Carrefour à 5 heures et à 7 heures.",
  "Le billet aller-retour coûte 1 500 gourdes."),

 # 14. Soufrière volcano alert in Guadeloupe (shared byline line with the carnival, post 53).
 ("soufriere-guadeloupe", "agence-caraibe-info.ht", "fr", 1, 335, 400, [M], "reuters_line",
  "Guadeloupe : la Soufrière passe en vigilance jaune",
  "L'observatoire volcanologique de Guadeloupe a relevé mardi le niveau d'alerte de la Soufrière au jaune, après une hausse de la sismicité sous le volcan.",
  ""),
 ("soufriere-guadeloupe", "antilles-matin.gp", "fr", 1, 240, 500, [M], "",
  "Soufrière : 180 séismes en une semaine sous le dôme",
  "Cent quatre-vingts séismes de faible magnitude ont été enregistrés en sept jours sous le dôme de la Soufrière, le volcan actif de Basse-Terre, selon l'observatoire.",
  "Les sentiers d'accès au sommet sont fermés."),
 ("soufriere-guadeloupe", "kuna-like.kw", "en", 1, 430, 80, [M], "kuna",
  "Guadeloupe volcano alert raised to yellow",
  "French authorities raised the alert level for the Soufriere volcano on the Caribbean island of Guadeloupe to yellow on Tuesday after a rise in seismic activity.",
  "", {"city": "Paris", "date_en": "Feb 10"}),

 # 15. Filler: a promo, a horoscope, a football result (Cap-Haïtien again), the weather bulletin.
 ("promo-whatsapp", "haiti-horizon.ht", "fr", 0, 240, 40, ["Promo"], "",
  "Suivez Haïti Horizon sur WhatsApp",
  "Rejoignez la chaîne WhatsApp d'Haïti Horizon pour recevoir chaque matin l'essentiel de l'actualité haïtienne.",
  "C'est gratuit."),
 ("horoscope-mercredi", "astro-jour.fr", "fr", 0, 300, 700, ["Horoscope"], "",
  "Horoscope du mercredi 11 février",
  "Verseau : une bonne nouvelle financière arrive en fin de semaine.",
  "Poissons : écoutez votre intuition."),
 ("foot-championnat-haiti", "sport-haiti.ht", "fr", 0, 125, 1500, ["Sport"], "",
  "Championnat national : l'Étoile du Nord domine le Racing des Gonaïves 3-1",
  "L'Étoile du Nord a battu le Racing des Gonaïves 3-1 mardi soir au parc Saint-Victor du Cap-Haïtien, en match en retard de la 12e journée du championnat national.",
  ""),
 ("foot-championnat-haiti", "agence-caraibe-info.ht", "fr", 0, 205, 300, ["Sport"], "",
  "Football : victoire de l'Étoile du Nord au Cap",
  "L'Étoile du Nord s'est imposée 3 buts à 1 face au Racing des Gonaïves mardi au Cap-Haïtien.",
  ""),
 ("meteo-mercredi", "meteo-haiti.ht", "fr", 0, 700, 300, ["Météo"], "",
  "Météo du mercredi 11 février : averses sur le Nord, temps sec à Port-au-Prince",
  "Des averses orageuses sont attendues mercredi sur le Nord et le Nord-Est, tandis que le temps restera sec et ensoleillé à Port-au-Prince avec 31 degrés l'après-midi.",
  ""),
]
