# Day 72 (hold-out): a Chad French channel, evening edition of Wednesday 14 April 2027
# (window 07:00 - 19:00 Wednesday N'Djamena, Africa/Ndjamena = UTC+1, no summer time).
# Gold answer written before any run: each post's story, its lede (the true first sentence) and
# the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: the Minister of Public Health, Zara Abdelkerim
#   Youssouf, on Radio Sao FM's "La Matinale" on Wednesday morning, quoted about the Massaguet crash
#   victims' free care (post 2) and about the paramedics' strike (post 9), both carrying
#   « Personne ne sera refoulé d'un hôpital public cette semaine, ni un blessé ni un malade »;
# - a shared wire byline line ("Agence Chari Presse | Mis à jour : 14-04-2027 17:12"): the cotton
#   seed price (post 48) and the gum arabic exports (post 51), three minutes apart, unrelated;
# - the same hospital: the crash's burned passengers are at the CHU de Walia (posts 1, 5, 7) where
#   the paramedics' strike empties the consultations (post 10 names the crash's injured at the
#   emergency ward; post 7, the crash's blood appeal, names the strike);
# - the same town: N'Djamena holds the crash's hospital, the strike and its sit-in, the Dembé
#   traders' march, the heat wave; Moundou holds the two trials at the same court on the same
#   Wednesday (the ex-mayor's land plots: verdict; the fuel smugglers: requisitions, post 23 names
#   the ex-mayor's judgment), the bridge closed to lorries and the cotton price, and the football
#   result names Moundou's club; Moundou's mayor Rosine Djimasra speaks in the land trial (post 22)
#   and about the bridge (post 40); Bol (Lac province) holds the island attack's wounded and the
#   polio campaign, with the same governor (posts 31, 35) and the polio post naming the attacked
#   island (post 36); a "Lire aussi" line in the attack story names the polio campaign (post 34)
#   and one in the heat wave story names the hospital strike (post 53);
# - look-alike stories: two road accidents with lorries (minibus-tanker collision near Massaguet,
#   posts 1-7, 14 dead; cattle lorry overturned near Bitkine, posts 26-28, 7 dead); two trials at
#   the Moundou court (posts 19-22, 23-25); a strike with a sit-in (posts 8-13) and a march of
#   traders (posts 14-18) in the same city on the same morning; two tolls that rise (9 -> 11 -> 14
#   dead; 5 -> 8 soldiers) and "quatorze" in the march's arrests (post 16); fuel in the crash (a
#   tanker of gasoil) and in the smugglers' trial; two economy stories on one shared line; the
#   weather bulletin (post 58) kept apart from the heat wave story (posts 52-55);
# - stories told from other angles: the crash witnesses (post 3), how to travel (post 6), the blood
#   appeal (post 7); what patients should know (post 11); the women traders (post 15); the families
#   who bought plots (post 22); why the smuggling thrives (post 25); the herders' demand (post 28);
#   the fishermen kept ashore (post 33); the vaccinators' escort (post 36); the hauliers (post 39);
#   what the oil code changes (post 42) and the people of Doba (post 43); the growers' reaction
#   (post 47); the heat gestures (post 53) and sleepless nights (post 54);
# - synonyms across outlets: "collision", "accident", "drame", "crash"; "renversement", "sortie de
#   route", "accident"; "grève", "débrayage", "arrêt de travail", "mouvement", "strike"; "manifester",
#   "marche", "protesting"; "code pétrolier", "oil code", "petroleum code"; "canicule", "fortes
#   chaleurs", "vague de chaleur", "heatwave"; "essence de contrebande", "carburant", "en fraude";
# - posts in English (the agencies' English service and English wires): posts 4, 12, 18, 30, 32,
#   37, 44, 50, 55;
# - a promo posted alone (post 59); filler of importance 0: a football result (posts 56-57), the
#   weather bulletin (post 58), the horoscope (post 60), the lottery draw (post 61).
NAME = "2027-04-14-fr-soir-ndjamena-h72"
CHANNEL = {"lang": "fr", "tz": "Africa/Ndjamena"}
WINDOW = ("2027-04-14T06:00:00Z", "2027-04-14T18:00:00Z")
CTX = {"stamp": "14-04-2027 17:12", "line": "Agence Chari Presse | Mis à jour : 14-04-2027 17:12",
       "city": "N'Djamena", "date_fr": "14 avr", "date_en": "Apr 14",
       "author": "Khadidja Ousmane Haroun", "clarify": "the number of soldiers killed",
       "caption": "", "also": "notre dossier", "country": "Tchad"}
# The editor's top 5: the minibus-tanker crash near Massaguet, the attack on the Lake Chad island of
# Kindoula, the paramedics' strike in N'Djamena's hospitals, the oil code vote set for Friday, the
# Dembé traders' march.
TOP5 = ["collision-citerne-massaguet", "attaque-ile-kindoula", "greve-infirmiers-chu-walia",
        "code-petrolier-vote-an", "manif-commercants-dembe"]
TD = "Tchad"
E = "Économie"
SA = "Santé"
J = "Justice"
FD = "Faits divers"
P = "Politique"
SEC = "Sécurité"
SOC = "Société"
ACP = "agence-chari-presse.td"
GAZ = "gazette-du-chari.td"
ECHO = "echo-du-logone.td"
RADIO = "radio-sao-fm.td"
ACTU = "chari-actu.net"
REV = "le-reveil-de-l-est.td"
NORD = "agence-nord.fr"
WW = "wire-west.com"
APL = "ap-like.com"
STD = "sahel-standard.com"
UPI = "wire-upi.com"
KUNA = "menafn-kuna.com"
MOU = {"city": "Moundou"}
QUOTE = ("« Personne ne sera refoulé d'un hôpital public cette semaine, ni un blessé ni un "
         "malade »")
POSTS = [
 # 1. Minibus-tanker collision at dawn near Tildjé, on the N'Djamena-Massaguet road; 9 -> 14 dead.
 ("collision-citerne-massaguet", NORD, "fr", 3, 45, 3600, [TD, FD], "afp",
  "Au moins neuf morts dans une collision entre un minibus et un camion-citerne au nord de N'Djamena",
  "Au moins neuf personnes ont été tuées et une quinzaine blessées mercredi à l'aube dans la collision entre un minibus de transport en commun et un camion-citerne chargé de gasoil, qui a pris feu, sur la route reliant N'Djamena à Massaguet, a-t-on appris de source policière.",
  "Le choc s'est produit vers 5 h 40 à hauteur du village de Tildjé, à une trentaine de kilomètres de la capitale. Les blessés, dont plusieurs grièvement brûlés, ont été conduits au CHU de Walia, à N'Djamena."),
 ("collision-citerne-massaguet", RADIO, "fr", 3, 62, 2200, [TD, SA], "",
  "Massaguet : les soins des blessés pris en charge par l'État, assure la ministre de la Santé",
  "La ministre de la Santé publique, Zara Abdelkerim Youssouf, a assuré mercredi matin sur Radio Sao FM que les soins des victimes de l'accident de la route de Massaguet seraient entièrement pris en charge par l'État.",
  QUOTE[:-2] + " », a-t-elle déclaré dans « La Matinale », ajoutant avoir demandé au CHU de Walia de libérer des lits dans le service des grands brûlés."),
 ("collision-citerne-massaguet", RADIO, "fr", 3, 98, 1900, [TD, FD], "",
  "Drame de Tildjé : des passagers pris au piège des flammes",
  "Des habitants de Tildjé accourus après le choc racontent avoir tenté, à mains nues et avec des seaux de sable, d'extraire les passagers du minibus avant que le feu de la citerne ne gagne tout le véhicule.",
  "« On entendait crier à l'intérieur et on ne pouvait pas approcher à cause de la chaleur », raconte un vendeur de bois. La circulation a été coupée pendant près de quatre heures dans les deux sens."),
 ("collision-citerne-massaguet", WW, "en", 3, 150, 900, ["Africa", "Chad"], "reuters",
  "Minibus-tanker crash kills at least 11 in Chad",
  "At least 11 people were killed when a minibus collided with a fuel tanker that then caught fire on the highway north of Chad's capital N'Djamena early on Wednesday, police said.",
  "Road accidents are a leading cause of death in Chad, where many vehicles are old and overloaded."),
 ("collision-citerne-massaguet", ACP, "fr", 3, 262, 3100, [TD, FD], "actu",
  "Accident de Massaguet : le bilan passe à quatorze morts",
  "Le bilan de la collision survenue à l'aube entre un minibus et un camion-citerne sur l'axe N'Djamena-Massaguet s'est alourdi à quatorze morts, trois blessés ayant succombé à leurs brûlures au CHU de Walia, a indiqué mercredi après-midi la direction de l'hôpital.",
  "Onze blessés restent hospitalisés, dont quatre dans un état jugé critique. Le chauffeur du camion-citerne, qui a survécu, a été placé en garde à vue à la brigade de gendarmerie de Massaguet."),
 ("collision-citerne-massaguet", ACTU, "fr", 3, 420, 1300, [TD, SOC], "soutien",
  "Axe N'Djamena-Massaguet : pourquoi cette route tue, et comment voyager plus prudemment",
  "Chaussée étroite, absence d'éclairage et cohabitation permanente entre minibus surchargés et poids lourds chargés de carburant : le tronçon d'une soixantaine de kilomètres entre N'Djamena et Massaguet cumule les facteurs de risque, selon les spécialistes de la sécurité routière.",
  "Évitez autant que possible les départs avant le lever du jour, refusez de monter dans un véhicule visiblement surchargé et signalez au numéro d'urgence de la police routière tout chauffeur qui roule dangereusement."),
 ("collision-citerne-massaguet", GAZ, "fr", 3, 335, 1500, [TD, SA], "caption",
  "Blessés de Massaguet : le CHU de Walia lance un appel aux dons de sang",
  "La direction du CHU de Walia a lancé mercredi un appel urgent aux donneurs de sang, groupe O en priorité, pour les blessés de la collision de Massaguet, dont plusieurs sont brûlés sur plus de la moitié du corps.",
  "Les dons sont reçus au centre de transfusion de l'hôpital de 8 heures à 18 heures, y compris pendant la grève du personnel paramédical, qui s'est engagé à ne pas toucher à ce service.",
  {"site": "La Gazette du Chari", "caption": "Des donneurs attendent devant le centre de transfusion du CHU de Walia, à N'Djamena, le mercredi 14 avril 2027."}),

 # 2. Paramedics' strike in N'Djamena's public hospitals from 07:00; minister on the radio; sit-in.
 ("greve-infirmiers-chu-walia", ACP, "fr", 3, 20, 2400, [TD, SA], "ats",
  "Grève des paramédicaux dans les hôpitaux publics de N'Djamena",
  "Les infirmiers, sages-femmes et techniciens de laboratoire des hôpitaux publics de N'Djamena ont entamé mercredi à 7 heures une grève de 72 heures renouvelable pour réclamer le paiement de huit mois d'arriérés de primes de risque, à l'appel du Syndicat des paramédicaux du Tchad (Sypat).",
  "Un service minimum est assuré aux urgences, dans les maternités et au centre de transfusion, selon le syndicat."),
 ("greve-infirmiers-chu-walia", RADIO, "fr", 3, 55, 2000, [TD, SA], "",
  "Grève des soignants : la ministre promet deux mois d'arriérés avant la fin du mois",
  "Interrogée mercredi matin sur Radio Sao FM, la ministre de la Santé publique, Zara Abdelkerim Youssouf, a appelé les paramédicaux grévistes à reprendre le travail et annoncé le versement de deux mois d'arriérés de primes « avant la fin du mois ».",
  QUOTE[:-2] + " », a-t-elle insisté, en rappelant que le service minimum était une obligation légale."),
 ("greve-infirmiers-chu-walia", GAZ, "fr", 3, 200, 1700, [TD, SA], "byline_fr",
  "Au CHU de Walia, des consultations au ralenti au premier jour de l'arrêt de travail",
  "Au CHU de Walia, le plus grand hôpital de la capitale, les salles de consultation étaient presque vides mercredi matin et des dizaines de patients ont été invités à revenir la semaine prochaine, au premier jour du débrayage des paramédicaux.",
  "Seuls les urgences, où arrivaient les blessés de l'accident de Massaguet, et le bloc opératoire fonctionnaient normalement, avec des équipes réduites.",
  {"site": "La Gazette du Chari"}),
 ("greve-infirmiers-chu-walia", ACTU, "fr", 3, 310, 1400, [TD, SA], "",
  "Grève dans les hôpitaux : ce qu'il faut savoir avant de vous rendre en consultation",
  "Si vous avez un rendez-vous dans un hôpital public de N'Djamena d'ici samedi, appelez avant de vous déplacer : seules les urgences, les maternités, les dialyses et les centres de transfusion sont garantis pendant la grève des paramédicaux.",
  "Les centres de santé de quartier et les hôpitaux confessionnels ne sont pas concernés par le mot d'ordre."),
 ("greve-infirmiers-chu-walia", STD, "en", 3, 380, 400, ["Africa", "Health"], "donate",
  "Chad nurses strike over unpaid hazard pay",
  "Nurses, midwives and laboratory staff in public hospitals in Chad's capital walked off the job on Wednesday, demanding eight months of unpaid hazard allowances.",
  "The union said emergency wards, maternity units and the blood bank would keep running."),
 ("greve-infirmiers-chu-walia", ACP, "fr", 3, 520, 1600, [TD, SOC], "teaser",
  "Sit-in des paramédicaux devant le ministère de la Santé publique",
  "Plusieurs centaines de paramédicaux en blouse blanche ont observé mercredi un sit-in silencieux de deux heures devant le ministère de la Santé publique, avant de se disperser dans le calme.",
  "Le secrétaire général du Sypat, Ngarmadji Ndoubabé, a indiqué que l'assemblée générale du syndicat se prononcerait samedi sur une reconduction du mouvement."),

 # 3. Dembé market traders march against their transfer to Toukra; tear gas; arrests.
 ("manif-commercants-dembe", ACP, "fr", 2, 130, 2100, [TD, SOC], "colon",
  "Des commerçants du marché de Dembé manifestent contre leur transfert",
  "Plusieurs centaines de commerçants du marché de Dembé ont manifesté mercredi matin dans le 6e arrondissement de N'Djamena contre leur transfert forcé vers le nouveau marché de Toukra, avant d'être dispersés à coups de gaz lacrymogène par la police.",
  "Les manifestants, qui avaient barré l'avenue principale avec des tables et des pneus enflammés, dénoncent des emplacements trop chers et trop éloignés de leur clientèle."),
 ("manif-commercants-dembe", RADIO, "fr", 2, 175, 1200, [TD, SOC], "",
  "Dembé : « on nous chasse sans rien nous proposer », disent les vendeuses",
  "Vendeuses de légumes, bouchers et tailleurs de Dembé affirment ne pas pouvoir payer les 150 000 francs CFA demandés pour un box au marché de Toukra, à une quinzaine de kilomètres de leurs clients habituels.",
  "« Ici, je vends depuis vingt ans ; là-bas, personne ne viendra acheter mes gombos », explique une vendeuse assise devant son étal renversé."),
 ("manif-commercants-dembe", GAZ, "fr", 2, 290, 1500, [TD, SOC], "caption",
  "Marche des commerçants de Dembé : quatorze interpellations",
  "La police a interpellé quatorze personnes après la marche des commerçants de Dembé, qui a paralysé une partie du 6e arrondissement pendant plus de trois heures mercredi, et deux manifestants ont été légèrement blessés, selon une source policière.",
  "Les personnes interpellées doivent être présentées jeudi au parquet pour troubles à l'ordre public.",
  {"site": "La Gazette du Chari", "caption": "Des commerçants du marché de Dembé face aux policiers anti-émeute sur l'avenue principale du 6e arrondissement de N'Djamena, le mercredi 14 avril 2027."}),
 ("manif-commercants-dembe", ACTU, "fr", 2, 450, 1100, [TD, P], "",
  "Transfert du marché de Dembé : la mairie maintient le calendrier",
  "Le maire de N'Djamena, Mahamat Zene Allamine, a affirmé mercredi après-midi que le transfert des commerçants de Dembé vers Toukra aurait bien lieu le 1er mai, tout en promettant de revoir à la baisse le prix des emplacements.",
  "« La sécurité des usagers passe avant tout : le vieux marché a brûlé deux fois en cinq ans », a-t-il rappelé."),
 ("manif-commercants-dembe", WW, "en", 2, 240, 300, ["Africa", "Chad"], "",
  "Chad police fire tear gas at market traders protesting relocation",
  "Police in Chad's capital fired tear gas on Wednesday to disperse hundreds of traders protesting against a plan to move them from the Dembe market to a new site on the city's outskirts.",
  "The traders say rents at the new market are too high."),

 # 4. Verdict in the trial of the ex-mayor of Moundou (municipal plots at Dombao).
 ("proces-ancien-maire-moundou", GAZ, "fr", 2, 88, 700, [TD, J], "publie",
  "Affaire des parcelles de Dombao : verdict attendu ce mercredi à Moundou",
  "Le tribunal de grande instance de Moundou doit rendre mercredi son jugement dans le procès de l'ancien maire de la ville, poursuivi pour avoir vendu à des particuliers des centaines de parcelles du domaine communal.",
  "Le parquet avait requis sept ans de prison ferme lors de l'audience du 31 mars.",
  {"site": "La Gazette du Chari"}),
 ("proces-ancien-maire-moundou", ECHO, "fr", 2, 240, 1300, [TD, J], "place",
  "Vente illégale de parcelles : l'ancien maire de Moundou condamné à cinq ans",
  "L'ancien maire de Moundou, Ngaba Koumadji, a été condamné mercredi par le tribunal de grande instance de Moundou à cinq ans de prison ferme pour la vente illégale de plus de 600 parcelles du domaine communal entre 2021 et 2024.",
  "Deux anciens agents du service des domaines ont écopé de trois ans. La commune, partie civile, obtient 400 millions de francs CFA de dommages et intérêts.",
  MOU),
 ("proces-ancien-maire-moundou", ACP, "fr", 2, 268, 900, [TD, J], "ats",
  "Moundou : cinq ans ferme pour l'ex-maire dans l'affaire des lotissements",
  "Le tribunal de Moundou a reconnu mercredi l'ancien maire de la ville coupable de détournement de biens publics et de faux en écriture dans le dossier des lotissements de Dombao, et l'a condamné à cinq ans d'emprisonnement.",
  "Sa défense a annoncé son intention de faire appel.",
  MOU),
 ("proces-ancien-maire-moundou", RADIO, "fr", 2, 330, 600, [TD, J], "",
  "Lotissements de Dombao : les familles entre soulagement et inquiétude",
  "Des dizaines de familles qui avaient acheté de bonne foi des terrains à Dombao se demandent si elles pourront garder leurs maisons, après la condamnation de l'ancien maire qui leur avait vendu des parcelles appartenant à la commune.",
  "La maire actuelle de Moundou, Rosine Djimasra, a promis une « régularisation au cas par cas » pour ceux qui ont déjà construit."),

 # 5. Fuel smugglers before the same Moundou court the same morning: requisitions.
 ("proces-contrebande-carburant-moundou", ECHO, "fr", 1, 150, 600, [TD, J], "",
  "Contrebande de carburant : neuf prévenus devant le tribunal de Moundou",
  "Neuf hommes arrêtés en janvier avec plus de 12 000 litres d'essence de contrebande venue du Cameroun ont comparu mercredi matin devant le tribunal de grande instance de Moundou, lors de l'audience qui a précédé le jugement de l'ancien maire de la ville.",
  "Le carburant, transporté en bidons à moto par des pistes de brousse, était revendu au bord des routes de la ville."),
 ("proces-contrebande-carburant-moundou", ACP, "fr", 1, 280, 500, [TD, J], "ats",
  "Essence de contrebande : deux ans de prison requis contre neuf trafiquants",
  "Le parquet a requis mercredi deux ans de prison ferme contre neuf trafiquants d'essence jugés à Moundou, en dénonçant un commerce qui prive l'État de recettes et provoque chaque année des incendies dans les quartiers.",
  "Le jugement a été mis en délibéré au 28 avril.",
  MOU),
 ("proces-contrebande-carburant-moundou", ACTU, "fr", 1, 470, 700, [TD, E], "",
  "Essence de contrebande : pourquoi les bidons du bord de route résistent",
  "Vendue 100 à 150 francs de moins le litre que dans les stations-service, l'essence passée en fraude depuis le Cameroun et le Nigeria reste la première source d'approvisionnement de nombreux motocyclistes du sud du pays, malgré les saisies répétées.",
  "Les douanes estiment que près d'un tiers de l'essence consommée à Moundou échappe aux taxes."),

 # 6. Cattle lorry overturned near Bitkine (Guéra) overnight; 7 dead.
 ("renversement-camion-bitkine", ACP, "fr", 2, 180, 1500, [TD, FD], "ats",
  "Guéra : sept morts dans le renversement d'un camion près de Bitkine",
  "Sept personnes ont été tuées et une trentaine blessées dans la nuit de mardi à mercredi lorsqu'un camion transportant du bétail et des passagers s'est renversé dans une descente près de Bitkine, dans la province du Guéra, a annoncé mercredi le gouverneur de la province.",
  "Les blessés ont été évacués vers l'hôpital provincial de Mongo.",
  {"city": "Mongo"}),
 ("renversement-camion-bitkine", REV, "fr", 2, 340, 800, [TD, FD], "",
  "Accident de Bitkine : un camion surchargé, des passagers assis sur les bêtes",
  "Le camion qui s'est renversé près de Bitkine transportait une soixantaine de bœufs destinés au marché d'Abéché et plus de quarante passagers installés sur les ridelles, selon des rescapés.",
  "Une vingtaine de bêtes ont également péri dans la sortie de route."),
 ("renversement-camion-bitkine", RADIO, "fr", 2, 600, 500, [TD, SOC], "",
  "Guéra : les éleveurs dénoncent le transport mixte de bétail et de passagers",
  "L'association des éleveurs du Guéra a demandé mercredi l'interdiction effective du transport de passagers sur les camions à bétail, après la sortie de route qui a fait sept morts près de Bitkine.",
  "Une telle interdiction figure dans le code de la route depuis 2019 mais n'est presque jamais appliquée, selon l'association."),

 # 7. Night attack on the army post of Kindoula island, Lake Chad; 5 -> 8 soldiers killed.
 ("attaque-ile-kindoula", NORD, "fr", 3, 30, 3300, [TD, SEC], "afp",
  "Tchad : cinq soldats tués dans une attaque sur une île du lac Tchad",
  "Cinq soldats tchadiens ont été tués et plusieurs autres blessés dans la nuit de mardi à mercredi lors d'une attaque de combattants jihadistes contre un poste militaire sur l'île de Kindoula, dans la province du Lac, a-t-on appris de sources sécuritaires.",
  "Les assaillants, arrivés en pirogues motorisées, ont été repoussés après plus de deux heures de combats, selon les mêmes sources."),
 ("attaque-ile-kindoula", APL, "en", 3, 140, 1000, ["Africa", "Chad"], "ap",
  "Militants kill 5 soldiers on Lake Chad island",
  "Militants in motorized canoes attacked an army post on an island in Lake Chad overnight, killing five soldiers, security officials said Wednesday.",
  "The officials spoke on condition of anonymity because they were not authorized to speak to reporters."),
 ("attaque-ile-kindoula", ACP, "fr", 3, 300, 2800, [TD, SEC], "ats",
  "Attaque de Kindoula : le bilan passe à huit soldats tués",
  "Le bilan de l'attaque menée dans la nuit contre le poste militaire de Kindoula est passé à huit soldats tués, trois blessés ayant succombé à l'hôpital de Bol, a indiqué mercredi l'état-major des armées, qui affirme avoir « neutralisé » une vingtaine d'assaillants.",
  "Le gouverneur de la province du Lac, Abakar Hissein Dadi, s'est rendu sur l'île dans l'après-midi.",
  {"city": "Bol"}),
 ("attaque-ile-kindoula", APL, "en", 3, 425, 800, ["Africa", "Chad"], "updated",
  "Chad says 8 soldiers killed in island attack",
  "Chad's army said Wednesday that eight soldiers were killed when militants attacked a military post on the Lake Chad island of Kindoula, up from an earlier toll of five.",
  "The lake's marshy islands have long served as hideouts for armed groups. The military said about 20 attackers were killed."),
 ("attaque-ile-kindoula", RADIO, "fr", 3, 510, 900, [TD, SOC], "",
  "Lac : les pêcheurs privés de sortie autour de Kindoula",
  "Les autorités de la province du Lac ont interdit jusqu'à nouvel ordre la circulation des pirogues autour de Kindoula et des îles voisines, privant des centaines de pêcheurs de leur unique revenu.",
  "« Si on ne sort pas, la famille ne mange pas », résume un pêcheur de Bol qui vend son poisson fumé jusqu'à N'Djamena."),
 ("attaque-ile-kindoula", GAZ, "fr", 3, 610, 2000, [TD, SEC], "lire",
  "Attaque du lac Tchad : le chef de l'État annonce des renforts et un deuil national",
  "Le président de la République a annoncé mercredi en fin d'après-midi l'envoi de renforts dans la province du Lac et décrété un deuil national de trois jours en hommage aux huit soldats tués à Kindoula.",
  "Les drapeaux seront mis en berne sur tous les bâtiments publics à partir de jeudi.",
  {"site": "La Gazette du Chari", "also": "Polio : la campagne de vaccination lancée à Bol malgré l'insécurité"}),

 # 8. Polio vaccination campaign launched in Bol (Lac province) after a case at Baga Sola.
 ("vaccination-polio-lac", ACP, "fr", 1, 205, 700, [TD, SA], "ats",
  "Polio : une campagne de vaccination lancée dans la province du Lac",
  "Une campagne de vaccination contre la poliomyélite visant 310 000 enfants de moins de cinq ans a été lancée mercredi à Bol par le gouverneur de la province du Lac, Abakar Hissein Dadi, après la détection d'un cas de poliovirus chez une fillette de Baga Sola.",
  "Les équipes de vaccinateurs doivent faire du porte-à-porte pendant quatre jours, y compris sur les îles accessibles.",
  {"city": "Bol"}),
 ("vaccination-polio-lac", RADIO, "fr", 1, 360, 500, [TD, SA], "",
  "Vaccination dans les îles : les équipes escortées par des militaires",
  "Sur les îles du lac, où l'insécurité empêche souvent les agents de santé de travailler, les vaccinateurs de la campagne contre la polio seront accompagnés par des militaires, a indiqué le médecin-chef du district de Bol.",
  "Les îles proches de Kindoula, où un poste de l'armée a été attaqué dans la nuit, seront couvertes dans un second temps."),
 ("vaccination-polio-lac", STD, "en", 1, 560, 200, ["Africa", "Health"], "byline_en",
  "Chad launches polio drive in Lake province after new case",
  "Chad has begun vaccinating more than 300,000 young children against polio in its Lake province after a case of the disease was confirmed in a girl from Baga Sola.",
  "Health workers say parents' distrust and insecurity on the lake's islands are the main obstacles.",
  {"site": "Sahel Standard", "author": "Amina Bello"}),

 # 9. Bridge over the Logone at Moundou closed to lorries after cracks.
 ("pont-logone-moundou", ECHO, "fr", 2, 100, 1100, [TD, SOC], "caption",
  "Moundou : le pont sur le Logone fermé aux poids lourds",
  "Le pont sur le Logone à Moundou est interdit depuis mercredi matin aux camions de plus de dix tonnes après la découverte de fissures sur deux de ses piles, a annoncé le gouverneur de la province du Logone Occidental.",
  "Des agents de la police routière filtrent les véhicules aux deux entrées de l'ouvrage.",
  {"site": "L'Écho du Logone", "caption": "Des camions à l'arrêt à l'entrée du pont sur le Logone, à Moundou, le mercredi 14 avril 2027."}),
 ("pont-logone-moundou", ACP, "fr", 2, 350, 800, [TD, E], "ats",
  "Fermeture du pont de Moundou : les transporteurs redoutent des semaines de détour",
  "Les transporteurs qui relient Moundou au Cameroun redoutent des semaines de détour après l'interdiction du pont sur le Logone aux poids lourds, la seule solution de rechange étant un bac limité à une vingtaine de camions par jour.",
  "Le ministère des Infrastructures a dépêché une équipe d'ingénieurs pour une expertise.",
  MOU),
 ("pont-logone-moundou", RADIO, "fr", 2, 545, 600, [TD, SOC], "",
  "Moundou : la maire promet une réouverture partielle du pont d'ici un mois",
  "La maire de Moundou, Rosine Djimasra, a assuré mercredi que le pont sur le Logone pourrait rouvrir aux camions légers d'ici un mois, le temps de renforcer les piles fissurées.",
  "Les bus et les véhicules de moins de dix tonnes continuent de circuler normalement."),

 # 10. The new oil code: committee vote Tuesday, plenary vote scheduled Friday.
 ("code-petrolier-vote-an", ACP, "fr", 2, 110, 1600, [TD, P], "ats",
  "Code pétrolier : vote en séance plénière vendredi à l'Assemblée nationale",
  "L'Assemblée nationale votera vendredi en séance plénière le projet de nouveau code pétrolier, adopté mardi soir en commission après trois semaines d'examen, a annoncé mercredi la conférence des présidents.",
  "Le texte relève à 15 % la part des revenus pétroliers reversée aux provinces productrices du Logone Oriental et du Mandoul."),
 ("code-petrolier-vote-an", GAZ, "fr", 2, 250, 1200, [TD, E], "",
  "Ce que change le nouveau code pétrolier",
  "Part des provinces productrices portée de 5 à 15 %, appels d'offres obligatoires pour tous les nouveaux permis et publication en ligne des contrats : le projet de code pétrolier soumis au vote des députés vendredi modifie en profondeur les règles du secteur.",
  "Le ministre du Pétrole, Djibrine Ahmat Saleh, le présente comme « la fin des contrats signés dans l'ombre »."),
 ("code-petrolier-vote-an", ECHO, "fr", 2, 390, 700, [TD, E], "",
  "Doba : les riverains des champs pétroliers attendent le code avec scepticisme",
  "À Doba et dans les villages voisins des puits, les habitants disent avoir déjà vu passer beaucoup de promesses sur la part des revenus de l'or noir qui devait leur revenir.",
  "« Les routes et les dispensaires annoncés en 2003, on les attend encore », lance un chef de canton."),
 ("code-petrolier-vote-an", UPI, "en", 2, 460, 300, ["Africa", "Energy"], "upi",
  "Chad lawmakers to vote on new oil code Friday",
  "Chad's National Assembly will vote Friday on a new petroleum code that would triple the share of oil revenue going to producing regions, lawmakers said.",
  "The bill also requires tenders for all new exploration permits."),
 ("code-petrolier-vote-an", RADIO, "fr", 2, 640, 800, [TD, P], "",
  "Code pétrolier : l'opposition réclame un report du vote",
  "Les députés de l'opposition ont demandé mercredi un report d'une semaine du vote du code pétrolier, estimant ne pas avoir eu le temps d'étudier les amendements du gouvernement déposés à la dernière minute.",
  "La majorité a rejeté la demande et maintenu la séance de vendredi."),

 # 11. Shared byline line: the cotton seed price for 2027-2028 (Coton-Logone, Moundou).
 ("prix-coton-graine-2027", ECHO, "fr", 1, 120, 700, [TD, E], "",
  "Coton : le prix d'achat aux producteurs fixé à 285 francs le kilo",
  "Le prix d'achat du coton graine aux producteurs a été fixé à 285 francs CFA le kilo pour la campagne 2027-2028, contre 265 francs la saison précédente, a annoncé mardi à Moundou la société cotonnière Coton-Logone.",
  "La société espère dépasser 200 000 tonnes de coton graine à la prochaine récolte."),
 ("prix-coton-graine-2027", RADIO, "fr", 1, 410, 400, [TD, E], "",
  "Prix du coton : les producteurs du Mandoul jugent la hausse insuffisante",
  "Les groupements de producteurs de coton du Mandoul ont salué la hausse du prix d'achat tout en la jugeant insuffisante face au prix des engrais, qui a presque doublé en trois ans.",
  "« Vingt francs de plus, c'est bien, mais le sac d'engrais, lui, a pris dix mille francs », résume un planteur de Koumra."),
 ("prix-coton-graine-2027", ACP, "fr", 1, 612, 500, [TD, E], "reuters_line",
  "Coton graine : hausse de 20 francs du prix plancher",
  "Les producteurs de coton toucheront 20 francs de plus par kilo lors de la prochaine campagne, une hausse destinée selon la société cotonnière à compenser le renchérissement des engrais et à enrayer l'abandon de la culture dans le sud du pays.",
  "L'État prend à sa charge une partie de la subvention aux intrants."),

 # 12. Shared byline line: gum arabic exports up 30 % in the first quarter (unrelated).
 ("gomme-arabique-exportations", GAZ, "fr", 1, 230, 600, [TD, E], "",
  "Gomme arabique : les exportations ont bondi de 30 % au premier trimestre",
  "Les exportations tchadiennes de gomme arabique ont atteint 9 800 tonnes au premier trimestre 2027, en hausse de 30 % sur un an, portées par la demande des industriels européens de l'agroalimentaire, selon les chiffres publiés mercredi par la chambre de commerce.",
  "Le prix moyen à l'exportation a lui aussi progressé, à 2 900 dollars la tonne."),
 ("gomme-arabique-exportations", KUNA, "en", 1, 480, 150, ["Africa"], "kuna",
  "Chad's gum arabic exports jump 30 pct",
  "Chad's exports of gum arabic rose 30 percent year-on-year in the first quarter of 2027 to 9,800 tonnes, the country's chamber of commerce said on Wednesday.",
  "Gum arabic is used as an emulsifier in soft drinks and confectionery."),
 ("gomme-arabique-exportations", ACP, "fr", 1, 615, 400, [TD, E], "reuters_line",
  "Gomme arabique : le Tchad consolide sa deuxième place mondiale",
  "Le Tchad conforte sa place de deuxième exportateur mondial de gomme arabique, une résine récoltée sur les acacias du Sahel par des dizaines de milliers de familles de cueilleurs du Kanem, du Batha et du Ouaddaï.",
  "Les cueilleurs touchent toutefois moins du quart du prix de vente final, selon une étude citée par la chambre de commerce."),

 # 13. Heat wave: up to 46 °C in N'Djamena until Friday.
 ("canicule-ndjamena", ACTU, "fr", 2, 70, 1800, [TD, SOC], "",
  "Canicule : jusqu'à 46 °C attendus à N'Djamena d'ici vendredi",
  "La météorologie nationale a placé mercredi N'Djamena et les provinces du Chari-Baguirmi, du Hadjer-Lamis et du Batha en alerte canicule, avec des températures maximales attendues entre 44 et 46 °C jusqu'à vendredi.",
  "Les nuits ne descendront pas sous 30 °C dans la capitale."),
 ("canicule-ndjamena", GAZ, "fr", 2, 215, 1300, [TD, SA], "lire",
  "Fortes chaleurs : les gestes pour se protéger",
  "Boire au moins deux litres d'eau par jour même sans avoir soif, éviter de sortir entre 11 heures et 16 heures, garder les enfants et les personnes âgées à l'ombre et reconnaître les signes du coup de chaleur : les services de santé rappellent les précautions à prendre pendant la vague de chaleur.",
  "En cas de fièvre élevée, de confusion ou d'arrêt de la transpiration, rafraîchissez la personne avec des linges mouillés et conduisez-la au centre de santé le plus proche.",
  {"site": "La Gazette du Chari", "also": "Grève dans les hôpitaux publics : où se soigner cette semaine"}),
 ("canicule-ndjamena", RADIO, "fr", 2, 440, 900, [TD, SOC], "",
  "Chaleur et coupures de courant : des nuits blanches dans les quartiers",
  "À Chagoua, Moursal et Farcha, des familles racontent dormir dehors sur des nattes pour échapper à des logements devenus étouffants, les coupures d'électricité privant les ventilateurs de courant une bonne partie de la nuit.",
  "Les vendeurs de glace, eux, ne fournissent plus : le sachet d'eau fraîche se revend jusqu'au double de son prix."),
 ("canicule-ndjamena", WW, "en", 2, 565, 350, ["Africa", "Weather"], "",
  "Chad capital braces for 46C heatwave",
  "Chad's capital N'Djamena braced on Wednesday for temperatures of up to 46 degrees Celsius (115 Fahrenheit) this week, with the weather service warning of risks to children and the elderly.",
  "April and May are the hottest months in the Sahel."),

 # 14-18. Filler: football result, weather bulletin; promo alone; horoscope; lottery.
 ("foot-ligue-ndjamena", GAZ, "fr", 0, 60, 900, ["Sport"], "",
  "Ligue de N'Djamena : l'Étoile de Farcha domine l'Union sportive de Moundou",
  "L'Étoile de Farcha a battu l'Union sportive de Moundou 2-0 mardi soir au stade Idriss-Mahamat-Ouya, grâce à deux buts de son attaquant Abdelkerim Nassour en seconde période.",
  "Le club de la capitale revient à un point du leader."),
 ("foot-ligue-ndjamena", ACP, "fr", 0, 145, 300, ["Sport"], "",
  "Football : l'Étoile de Farcha s'impose face à Moundou",
  "Vainqueur de l'Union sportive de Moundou (2-0) mardi à N'Djamena, l'Étoile de Farcha remonte à la deuxième place du championnat à l'issue de la dix-neuvième journée.",
  ""),
 ("meteo-tchad-jeudi-15", RADIO, "fr", 0, 690, 500, ["Météo"], "",
  "Météo du jeudi 15 avril : très chaud et sec sur l'ensemble du pays",
  "Le temps restera très chaud et sec jeudi sur l'ensemble du pays, avec 45 °C attendus à N'Djamena, 43 °C à Abéché et 41 °C à Moundou, et un vent de sable faible à modéré dans le Kanem et le Borkou.",
  "Lever du soleil à 5 h 31, coucher à 18 h 02."),
 ("promo-gazette-chari-appli", GAZ, "fr", 0, 485, 40, ["Promo"], "",
  "La Gazette du Chari dans votre poche",
  "Téléchargez l'application de La Gazette du Chari et recevez chaque soir l'essentiel de l'actualité tchadienne, avec un mois d'accès illimité offert.",
  "Offre réservée aux nouveaux abonnés jusqu'au 30 avril."),
 ("horoscope-jeudi-15-avril", "astro-jour.fr", "fr", 0, 650, 600, ["Horoscope"], "",
  "Horoscope du jeudi 15 avril",
  "Bélier : une discussion franche dissipe un malentendu qui pesait sur vous depuis plusieurs jours.",
  "Taureau : prenez le temps de vérifier vos comptes avant de vous engager."),
 ("tirage-loto-chari-mercredi", ACTU, "fr", 0, 705, 700, ["Jeux"], "",
  "Loto Chari : les résultats du tirage du mercredi 14 avril",
  "Les numéros gagnants du tirage du Loto Chari de ce mercredi 14 avril sont le 4, le 11, le 23, le 36 et le 41, avec le 7 comme numéro chance.",
  "Aucun joueur n'a trouvé la bonne combinaison ; la cagnotte de 25 millions de francs CFA est reportée au prochain tirage."),
]
