# Day 65 (hold-out): a Mayotte French channel, evening edition of Wednesday 24 March 2027
# (window 07:00 - 19:00 Wednesday Mamoudzou, Indian/Mayotte = UTC+3). Gold answer written
# before any run: each post's story, its lede (the true first sentence) and the TOP5 below.
# Every outlet, person and event is invented.
#
# Traps (post ids as written by write_days.py):
# - one radio interview, two stories, same quote: the préfet de Mayotte, Hervé Lacombe-Daudet,
#   on Radio Lagon FM at 07:15 on Wednesday, about the tighter water rota (post 11) and about the
#   barge agents' strike (post 15), both carrying « Chaque jour perdu se paie d'abord par les
#   familles les plus modestes, et cela je ne l'accepterai pas » (no other post carries it);
# - a shared wire byline line ("Agence Océan Presse | Mis à jour : 24-03-2027 18:41"): the price of
#   ylang-ylang essence in Anjouan (post 56) and the new mobile crane at the port of Longoni
#   (post 59), three minutes apart, both "island economy" stories;
# - the same hospital: the shipwreck survivors taken to the Centre hospitalier de Mayotte (CHM) in
#   Mamoudzou (posts 1, 3, 5), the CHM kept supplied during the water cuts (post 9), a barge
#   traveller's appointment at the CHM (post 16), and the opening of the CHM's new obstetric block
#   (posts 41-44; post 42 says the same hospital took in the survivors a few hours earlier);
# - the same school: the school buses stoned at Majicavo carried pupils of the lycée
#   Younoussa-Bamana (post 48), whose robotics team qualifies for the national final (posts 51-53;
#   post 52 mentions the stoning weeks earlier);
# - the same town: Dzaoudzi/Petite-Terre holds the barge strike (posts 14-19) and the earthquake
#   felt at dawn (posts 25-27; post 26 says the barge was already at a standstill); Koungou holds
#   both the bus stoning (Majicavo-Koropa) and the port of Longoni; Mamoudzou holds most of the rest;
#   Anjouan/Domoni is both the shipwreck's departure point and the ylang-ylang region;
# - look-alike stories: two transport strikes (the barge agents in Mayotte, the taxi drivers in
#   Moroni); two "the ground shakes" stories (the Karthala volcano's alert in Grande Comore, the
#   quake felt in Mayotte from the undersea volcano zone east of Petite-Terre; post 23 says they are
#   unrelated); two trials at the same Mamoudzou court on the same day (the former mayor's canteen
#   contracts: requisitions; the bus stoning: verdict); two "island economy" stories on one line;
#   two Comoros politics/economy stories the same day (the reshuffle, the taxi strike);
# - running updates: the shipwreck toll (5 -> 8 dead), the Karthala swarm (300 -> 450 quakes), the
#   barge talks (meeting at 15:00, then strike maintained to Thursday), the SMIC bill (committee
#   vote Wednesday, floor vote Thursday);
# - reaction pieces and explainers in other words: the fishermen who raised the alarm (post 4), the
#   Comorian government's reaction (post 6), the crossing's death record (post 7), the commune by
#   commune rota (post 9), where to get bottled water (post 10), how to store water safely (post
#   12), how to cross without the barge (post 17), the flank villages (post 21), the undersea
#   volcano (post 27), the new ministers explained (post 30), the opposition (post 32), what the
#   SMIC bill changes on a payslip (post 38), the employers' reaction (post 39), what changes for
#   mothers-to-be (post 44), the pupils' parents at the trial (post 47), the bus drivers (post 50);
# - synonyms across outlets: "kwassa", "kwassa-kwassa", "embarcation", "barque", "small boat",
#   "canot"; "barge", "amphidrome", "navette maritime", "taxis-bateaux"; "grève", "débrayage",
#   "arrêt de travail" (the last in both strikes); "tours d'eau", "coupures d'eau", "rationnement",
#   "water rationing"; "essaim sismique", "séismes", "secousses", "tremors"; "Smic", "salaire
#   minimum" (no English post on the bill);
# - a promo posted alone (post 60); filler of importance 0: football result (posts 61-62), weather
#   bulletin (post 63), horoscope (post 64).
NAME = "2027-03-24-fr-soir-mamoudzou-h65"
CHANNEL = {"lang": "fr", "tz": "Indian/Mayotte"}
WINDOW = ("2027-03-24T04:00:00Z", "2027-03-24T16:00:00Z")
CTX = {"stamp": "24-03-2027 18:41", "line": "Agence Océan Presse | Mis à jour : 24-03-2027 18:41",
       "city": "Mamoudzou", "date_fr": "24 mars", "date_en": "March 24",
       "author": "Zaïnaba Ahamada Saïd", "clarify": "the number of people killed",
       "caption": "", "also": "notre dossier sur l'eau", "country": "Mayotte"}
# The editor's top 5: the kwassa shipwreck, the barge strike, the tighter water rota, the Karthala
# alert, the SMIC convergence bill.
TOP5 = ["naufrage-kwassa-bandrele", "greve-agents-barge-stm", "tours-eau-renforces-mayotte",
        "alerte-karthala-essaim", "convergence-smic-mayotte"]
YT = "Mayotte"
KM = "Comores"
E = "Économie"
SA = "Santé"
J = "Justice"
FD = "Faits divers"
P = "Politique"
SO = "Société"
AOP = "agence-ocean-presse.fr"
LAG = "journal-du-lagon.yt"
MAT = "mayotte-matin.yt"
RLF = "radio-lagon-fm.yt"
KWI = "kaweni-info.yt"
AUR = "aurore-des-iles.km"
MHB = "moroni-hebdo.km"
WW = "wire-west.com"
APL = "ap-like.com"
IOS = "indian-ocean-standard.com"
QUOTE = ("« Chaque jour perdu se paie d'abord par les familles les plus modestes, et cela je ne "
         "l'accepterai pas »")
POSTS = [
 # 1. Kwassa capsized on the reef off Bandrélé around 02:00; 5 -> 8 dead, 14 rescued, CHM.
 ("naufrage-kwassa-bandrele", AOP, "fr", 3, 35, 3600, [YT, FD], "afp",
  "Au moins cinq morts dans le naufrage d'un kwassa au large de Bandrélé",
  "Au moins cinq personnes, dont deux enfants, sont mortes dans la nuit de mardi à mercredi dans le naufrage d'un kwassa-kwassa qui s'est retourné sur la barrière de corail au large de Bandrélé, dans le sud-est de Mayotte, a indiqué la préfecture.",
  "L'embarcation, partie d'Anjouan avec une vingtaine de passagers selon les premiers témoignages, a chaviré vers 2 heures du matin. Quatorze rescapés ont été hélitreuillés ou repêchés par les secours et transportés au Centre hospitalier de Mayotte (CHM), à Mamoudzou.",
  {"city": "Mamoudzou"}),
 ("naufrage-kwassa-bandrele", WW, "en", 3, 82, 900, ["Africa", "Indian Ocean", "Migration"], "reuters",
  "At least five dead as migrant boat capsizes off France's Mayotte",
  "At least five people, including two children, died when a small boat carrying migrants from the Comoros capsized on a reef off the French Indian Ocean territory of Mayotte overnight, the local prefecture said on Wednesday.",
  "Fourteen survivors were taken to hospital in Mamoudzou, the main town, and a search was continuing for others who may have been on board.",
  {"city": "Mamoudzou"}),
 ("naufrage-kwassa-bandrele", LAG, "fr", 3, 140, 2700, [YT, FD], "caption",
  "Naufrage de Bandrélé : les rescapés racontent la nuit sur le récif",
  "Accrochés à la coque retournée de la barque pendant près de deux heures, les rescapés du naufrage de Bandrélé ont raconté aux secouristes avoir vu le pilote tenter de franchir la passe de nuit, tous feux éteints, pour échapper à une patrouille.",
  "Les quatorze survivants, dont une femme enceinte, étaient toujours soignés mercredi matin au CHM de Mamoudzou ; trois d'entre eux étaient en état grave.",
  {"site": "Le Journal du Lagon", "caption": "Le canot retourné ramené au ponton de Bandrélé par la vedette de la gendarmerie maritime, au matin du mercredi 24 mars 2027."}),
 ("naufrage-kwassa-bandrele", RLF, "fr", 3, 205, 1900, [YT], "",
  "Bandrélé : les habitants de Dapani ont donné l'alerte",
  "Ce sont des pêcheurs du village de Dapani, réveillés par des cris venus du lagon, qui ont donné l'alerte peu après 2 heures et mis leurs pirogues à l'eau avant l'arrivée des secours.",
  "« On a sorti trois enfants de l'eau à la lampe frontale », raconte l'un d'eux au micro de Radio Lagon FM. La mairie a ouvert une cellule d'écoute pour les familles."),
 ("naufrage-kwassa-bandrele", AOP, "fr", 3, 318, 3100, [YT, FD], "actu",
  "Naufrage au large de Mayotte : le bilan s'alourdit à huit morts",
  "Le bilan du naufrage d'un kwassa au large de Bandrélé est passé à huit morts mercredi après la découverte de trois nouveaux corps par les plongeurs de la gendarmerie, a annoncé le parquet de Mamoudzou, qui a ouvert une enquête pour aide à l'entrée irrégulière et homicides involontaires.",
  "Quatorze personnes ont survécu ; les recherches en mer ont été levées en début d'après-midi. Le pilote présumé de l'embarcation, parmi les rescapés, sera entendu à sa sortie du CHM."),
 ("naufrage-kwassa-bandrele", MHB, "fr", 3, 402, 1300, [KM, YT], "",
  "Naufrage de Bandrélé : Moroni demande le rapatriement des corps",
  "Le gouvernement comorien a exprimé mercredi sa « profonde tristesse » après le naufrage survenu au large de Mayotte et demandé à Paris de faciliter le rapatriement des corps des victimes vers Anjouan, d'où l'embarcation était partie.",
  "Le porte-parole du gouvernement a appelé les familles à « ne plus confier leurs enfants aux passeurs » et annoncé des contrôles renforcés sur les plages de Domoni et de Moya."),
 ("naufrage-kwassa-bandrele", IOS, "en", 3, 470, 600, ["Indian Ocean", "Migration"], "updated",
  "Death toll from Mayotte boat sinking rises to eight",
  "Eight people are now known to have died after a boat carrying migrants from the Comoran island of Anjouan overturned on the reef off Mayotte's south-eastern coast early on Wednesday, prosecutors said.",
  "The 70-kilometre crossing between Anjouan and Mayotte is one of the deadliest sea routes in the region; local charities say hundreds have died on it over the past two decades."),

 # 2. Water: tighter rota from Monday 29 March (one day in three), Combani reservoir at 21 %.
 ("tours-eau-renforces-mayotte", AOP, "fr", 3, 50, 2500, [YT, SO], "colon",
  "Mayotte : les tours d'eau vont passer à un jour sur trois",
  "Les habitants du centre et du nord de Mayotte n'auront plus l'eau au robinet qu'un jour sur trois à partir du lundi 29 mars, la retenue collinaire de Combani n'étant plus remplie qu'à 21 % après une saison des pluies déficitaire, a annoncé mercredi la Société des eaux du Lagon.",
  "Le sud et Petite-Terre, alimentés par l'usine de dessalement et les forages, restent pour l'instant à un jour sur deux."),
 ("tours-eau-renforces-mayotte", MAT, "fr", 3, 128, 2100, [YT, SO], "",
  "Rationnement de l'eau : le nouveau calendrier commune par commune",
  "Mamoudzou, Koungou et Dembéni seront coupés le lundi et le mardi, Sada, Chiconi et Ouangani le mardi et le mercredi, selon le nouveau calendrier des coupures d'eau publié mercredi par l'exploitant, qui promet des remises en eau à 16 heures les jours ouverts.",
  "Les écoles et le CHM restent alimentés en continu par des bâches et des camions-citernes."),
 ("tours-eau-renforces-mayotte", KWI, "fr", 3, 236, 1500, [YT], "",
  "Eau en bouteille : où et quand seront distribués les packs",
  "La préfecture a annoncé mercredi la reprise des distributions gratuites d'eau en bouteille dès lundi pour les personnes âgées, les femmes enceintes et les familles avec de jeunes enfants, sur présentation d'un justificatif dans les mairies et les centres communaux d'action sociale.",
  "Chaque foyer éligible recevra deux packs de six litres par semaine ; la liste des points de distribution sera affichée dans les mairies."),
 ("tours-eau-renforces-mayotte", RLF, "fr", 3, 62, 2300, [YT, SO], "",
  "Le préfet sur Radio Lagon FM : « Pas de passe-droit » dans les tours d'eau",
  "Invité de Radio Lagon FM mercredi à 7 h 15, le préfet de Mayotte, Hervé Lacombe-Daudet, a promis que les nouveaux tours d'eau s'appliqueraient « partout et à tous », y compris aux administrations, et annoncé des sanctions contre les branchements sauvages sur les conduites principales.",
  f"{QUOTE}, a-t-il lancé, en demandant aux grands consommateurs, hôtels et stations de lavage en tête, de réduire leur consommation de moitié."),
 ("tours-eau-renforces-mayotte", LAG, "fr", 3, 380, 1200, [YT], "soutien",
  "Coupures d'eau : comment stocker l'eau sans risque pour sa santé",
  "Pour éviter les diarrhées et la prolifération des moustiques pendant les coupures, l'Agence régionale de santé recommande de stocker l'eau dans des récipients propres et fermés, de la consommer dans les 48 heures et de la faire bouillir ou de la traiter avec une pastille de chlore si elle sert à boire.",
  "Les bidons doivent être rincés à l'eau javellisée avant chaque remplissage et tenus à l'abri du soleil ; les fûts ouverts sont à proscrire."),
 ("tours-eau-renforces-mayotte", IOS, "en", 3, 545, 400, ["Indian Ocean", "Water"], "donate",
  "Mayotte tightens water rationing as reservoir runs low",
  "Households in much of Mayotte will get running water only one day in three from Monday, the island's water utility said on Wednesday, as its main reservoir stood at just over a fifth of capacity after a dry rainy season.",
  "The French territory has suffered repeated water crises in recent years, with its two reservoirs and a small desalination plant unable to keep up with a fast-growing population."),

 # 3. Barge (STM) agents' strike since Wednesday 05:00; meeting 15:00; maintained until Thursday.
 ("greve-agents-barge-stm", AOP, "fr", 3, 20, 3300, [YT, SO], "teaser",
  "Mayotte : grève des agents de la barge, Petite-Terre coupée de Grande-Terre",
  "Les agents du Service des transports maritimes de Mayotte ont entamé mercredi à 5 heures une grève illimitée qui paralyse la barge entre Dzaoudzi et Mamoudzou, seule liaison régulière entre Petite-Terre, où se trouve l'aéroport, et Grande-Terre.",
  "Les grévistes dénoncent le manque d'effectifs et l'état des amphidromes, dont deux sur cinq sont immobilisés pour panne depuis janvier."),
 ("greve-agents-barge-stm", RLF, "fr", 3, 75, 2400, [YT, SO], "",
  "Grève de la barge : le préfet appelle au « sens des responsabilités »",
  "Le préfet de Mayotte, Hervé Lacombe-Daudet, a appelé mercredi matin sur Radio Lagon FM les agents de la barge et le conseil départemental à « se mettre autour de la table dès aujourd'hui », estimant que l'île ne pouvait pas rester coupée en deux.",
  f"{QUOTE}, a-t-il déclaré, en proposant une médiation de l'État."),
 ("greve-agents-barge-stm", LAG, "fr", 3, 150, 2600, [YT], "byline_fr",
  "À Dzaoudzi, les voyageurs bloqués sur le quai",
  "Des centaines de voyageurs, dont des passagers qui devaient prendre un vol vers La Réunion ou Paris, se sont massés mercredi matin sur le quai Issoufali de Dzaoudzi, où aucune navette maritime n'a quitté le ponton depuis l'aube.",
  "« J'ai un rendez-vous au CHM à 10 heures, je ne sais pas comment traverser », s'inquiète une mère de famille de Labattoir.",
  {"site": "Le Journal du Lagon", "author": "Nassuf Djailani Madi"}),
 ("greve-agents-barge-stm", MAT, "fr", 3, 210, 1800, [YT], "",
  "Barge à l'arrêt : les solutions pour traverser le lagon",
  "Pendant l'arrêt de travail des agents de la barge, les voyageurs peuvent traverser à bord des taxis-bateaux agréés, qui partent du ponton de Mamoudzou et de la jetée de Dzaoudzi toutes les vingt minutes, pour un tarif fixé par la préfecture à 3 euros.",
  "Les véhicules, eux, ne peuvent pas traverser ; les compagnies aériennes acceptent de modifier sans frais les billets des passagers bloqués."),
 ("greve-agents-barge-stm", AOP, "fr", 3, 480, 2900, [YT, SO], "",
  "Barge : réunion à 15 heures entre grévistes et Département",
  "Une réunion doit se tenir mercredi à 15 heures à l'hôtel du Département, à Mamoudzou, entre les représentants des agents de la barge en grève et le président du conseil départemental, en présence d'un médiateur de la préfecture.",
  "Le Département s'est dit prêt à discuter d'un plan de recrutement de vingt agents et de la remise en état des deux amphidromes en panne."),
 ("greve-agents-barge-stm", KWI, "fr", 3, 690, 2000, [YT], "",
  "Pas d'accord : la grève de la barge reconduite jeudi",
  "Les agents de la barge ont voté en fin d'après-midi la reconduction de leur grève jeudi, après plus de deux heures de discussions sans accord avec le Département sur le calendrier des recrutements, a annoncé leur intersyndicale.",
  "Une nouvelle réunion est prévue jeudi à 10 heures ; les taxis-bateaux continueront d'assurer la traversée des piétons."),

 # 4. Karthala volcano (Grande Comore): alert raised to "vigilance"; 300 -> 450 quakes.
 ("alerte-karthala-essaim", AOP, "fr", 3, 95, 2200, [KM], "afp",
  "Comores : l'alerte relevée sur le volcan Karthala après un essaim sismique",
  "L'observatoire volcanologique du Karthala a relevé mercredi le niveau d'alerte du volcan de Grande Comore au stade de « vigilance » après avoir enregistré plus de 300 petits séismes sous le sommet en vingt-quatre heures, a annoncé la protection civile comorienne.",
  "Aucune éruption n'est en cours, mais les autorités demandent aux habitants des villages des flancs du volcan de se tenir informés et interdisent l'accès au cratère.",
  {"city": "Moroni"}),
 ("alerte-karthala-essaim", AUR, "fr", 3, 160, 1700, [KM], "",
  "Karthala : les villages des flancs inquiets mais calmes",
  "Dans les villages de la région de Bambao, sur les pentes du Karthala, les habitants ont ressenti plusieurs secousses dans la nuit de mardi à mercredi et beaucoup se souviennent des cendres de 2005, qui avaient souillé les citernes d'eau de pluie pendant des semaines.",
  "La protection civile conseille de couvrir les citernes et de préparer des masques."),
 ("alerte-karthala-essaim", APL, "en", 3, 260, 700, ["Africa", "Indian Ocean"], "ap",
  "Comoros raises alert on Karthala volcano after swarm of quakes",
  "Authorities in the Comoros raised the alert level on the Karthala volcano on Wednesday after more than 300 small earthquakes were recorded beneath its summit in a single day, though no eruption was under way.",
  "Karthala, one of the world's largest active volcanoes, towers over the capital, Moroni.",
  {"city": "Moroni"}),
 ("alerte-karthala-essaim", MHB, "fr", 3, 520, 1400, [KM], "",
  "Karthala : l'essaim sismique s'intensifie, 450 secousses enregistrées",
  "Le nombre de séismes enregistrés sous le Karthala depuis mardi a atteint 450 mercredi après-midi, selon le dernier point de l'observatoire, qui maintient le niveau de vigilance et n'exclut pas une éruption dans les prochains jours.",
  "Les vols de l'aéroport de Hahaya ne sont pas perturbés ; l'observatoire rappelle que ces séismes sont sans lien avec ceux qui secouent régulièrement Mayotte, d'origine différente."),
 ("alerte-karthala-essaim", "upi-like.com", "en", 3, 610, 300, ["World", "Science"], "upi",
  "Tremors multiply under Comoros volcano",
  "The number of tremors recorded under the Karthala volcano on Grande Comore rose to about 450 on Wednesday, the island's volcano observatory said, keeping its alert at the 'vigilance' level.",
  ""),

 # 5. Quake felt in Mayotte at 06:12 (before the window's start), magnitude 4.7, east of Petite-Terre.
 ("seisme-ressenti-petite-terre", MAT, "fr", 2, 30, 1600, [YT], "",
  "Un séisme de magnitude 4,7 ressenti à Mayotte au petit matin",
  "Un séisme de magnitude 4,7 a été ressenti mercredi à 6 h 12 dans une grande partie de Mayotte, et surtout en Petite-Terre, a indiqué le réseau de surveillance volcanologique et sismologique de l'île, qui situe l'épicentre à une trentaine de kilomètres à l'est de Pamandzi.",
  "Aucun dégât n'a été signalé."),
 ("seisme-ressenti-petite-terre", KWI, "fr", 2, 112, 900, [YT], "",
  "Secousse de ce matin : à Dzaoudzi, des habitants sortis dans la rue",
  "À Dzaoudzi et à Labattoir, des habitants réveillés par la secousse de 6 h 12 sont sortis dans la rue en pyjama, alors que la barge était déjà à l'arrêt à cause de la grève et que beaucoup attendaient sur le quai.",
  "Quelques objets sont tombés des étagères, mais les pompiers n'ont reçu aucun appel pour des blessés."),
 ("seisme-ressenti-petite-terre", IOS, "en", 2, 330, 300, ["Indian Ocean", "Science"], "place",
  "Quake felt across Mayotte, linked to undersea volcano zone",
  "A magnitude 4.7 earthquake shook the French island of Mayotte early on Wednesday, rattling homes on Petite-Terre, near the undersea volcano that emerged east of the island in 2018.",
  "Scientists say the volcano, some 50 kilometres offshore, is no longer erupting but the area remains seismically active and closely watched."),

 # 6. Comoros: new government (14 ministers), new finance minister.
 ("remaniement-gouvernement-comores", AUR, "fr", 2, 140, 1500, [KM, P], "",
  "Comores : un nouveau gouvernement de quatorze ministres",
  "Le président comorien a nommé mercredi un nouveau gouvernement resserré de quatorze ministres, contre dix-huit auparavant, marqué par le départ du ministre des Finances et l'arrivée à ce poste de l'économiste Mohamed Abdou Soilihi, ancien cadre de la Banque centrale des Comores.",
  "Le ministre des Affaires étrangères et celui de l'Intérieur sont reconduits."),
 ("remaniement-gouvernement-comores", "agence-alpes.ch", "fr", 2, 225, 500, [KM, P], "ats",
  "Remaniement aux Comores, les Finances changent de main",
  "Le chef de l'État comorien a procédé mercredi à un large remaniement, confiant les Finances à un ancien de la Banque centrale à quelques semaines de la présentation d'un collectif budgétaire.",
  "L'opposition a dénoncé « un jeu de chaises musicales ».",
  {"city": "Moroni"}),
 ("remaniement-gouvernement-comores", MHB, "fr", 2, 300, 1100, [KM, P], "",
  "Qui sont les nouveaux ministres ? Le gouvernement décrypté",
  "Cinq nouveaux visages font leur entrée dans l'équipe gouvernementale annoncée mercredi à Beit-Salam, dont deux femmes, à la Santé et à l'Éducation, et un jeune entrepreneur d'Anjouan à l'Économie numérique.",
  "Trois ministres sortants étaient cités dans des affaires de marchés publics ; aucun n'a été reconduit."),
 ("remaniement-gouvernement-comores", "menafn-kuna.com", "en", 2, 405, 150, ["Arab World", "Africa"], "kuna",
  "Comoros president names new government",
  "The President of the Comoros on Wednesday appointed a new 14-member government, replacing the finance minister while keeping the foreign and interior ministers in their posts, according to a decree read on state radio.",
  "",
  {"city": "Moroni"}),
 ("remaniement-gouvernement-comores", AUR, "fr", 2, 575, 800, [KM, P], "",
  "Remaniement : l'opposition réclame un gouvernement d'union",
  "Les principaux partis d'opposition ont jugé mercredi soir que le nouveau gouvernement « ne répond à aucune des urgences du pays », cherté de la vie en tête, et réclamé une équipe d'union nationale.",
  "Ils appellent à un rassemblement samedi place de l'Indépendance, à Moroni."),

 # 7. Taxi drivers' strike in Moroni against a fuel price rise (48 hours from Wednesday).
 ("greve-taxis-moroni-carburant", AUR, "fr", 2, 45, 1400, [KM, E], "",
  "Moroni : les taxis en grève contre la hausse du carburant",
  "Les chauffeurs de taxi de Moroni ont entamé mercredi une grève de 48 heures pour protester contre la hausse de 75 francs comoriens du prix du litre d'essence entrée en vigueur lundi, laissant de nombreux habitants sans moyen de transport.",
  "Les bus de brousse vers le nord et le sud de Grande Comore circulaient normalement."),
 ("greve-taxis-moroni-carburant", MHB, "fr", 2, 250, 900, [KM, E], "",
  "Débrayage des taxis : marchés et écoles à moitié vides",
  "Au premier jour de l'arrêt de travail des chauffeurs de taxi, le grand marché de Volo-Volo et plusieurs écoles de la capitale comorienne tournaient au ralenti mercredi, faute de clients et d'élèves.",
  "Le syndicat des transporteurs demande le retour à l'ancien prix ou une hausse des tarifs de course."),
 ("greve-taxis-moroni-carburant", AOP, "fr", 2, 495, 700, [KM, E], "",
  "Comores : le gouvernement ouvert au dialogue avec les taxis",
  "Le ministère des Transports comorien a invité mercredi les représentants des chauffeurs de taxi en grève à une rencontre jeudi matin, tout en affirmant que la hausse du carburant était « imposée par les cours mondiaux ».",
  "La dernière hausse, en 2025, avait déjà provoqué trois jours de grève."),

 # 8. SMIC convergence bill: committee adopted Wednesday, floor vote Thursday.
 ("convergence-smic-mayotte", AOP, "fr", 3, 130, 2000, [YT, P, E], "",
  "Smic à Mayotte : la commission adopte l'alignement sur l'Hexagone d'ici 2031",
  "La commission des affaires sociales de l'Assemblée nationale a adopté mercredi la proposition de loi qui porte progressivement le salaire minimum de Mayotte au niveau national d'ici au 1er janvier 2031, ouvrant la voie à un vote dans l'hémicycle jeudi après-midi.",
  "Le Smic horaire mahorais représente aujourd'hui environ 77 % du Smic national."),
 ("convergence-smic-mayotte", LAG, "fr", 3, 235, 1600, [YT, E], "byline_fr",
  "Convergence sociale : les députés mahorais saluent « une étape historique »",
  "Les deux députés de Mayotte ont salué mercredi « une étape historique » après l'adoption en commission du texte sur l'alignement du salaire minimum, tout en regrettant que les prestations sociales, RSA et allocations familiales, restent hors du calendrier.",
  "Un amendement pour y inclure le RSA a été rejeté.",
  {"site": "Le Journal du Lagon", "author": "Ibrahim Abdallah Combo"}),
 ("convergence-smic-mayotte", MAT, "fr", 3, 330, 1300, [YT, E], "lire",
  "Smic aligné : ce qui changera sur votre fiche de paie",
  "Un salarié mahorais payé au salaire minimum à temps plein gagnerait environ 320 euros bruts de plus par mois en 2031 qu'aujourd'hui, si le texte est voté, avec une première marche de 4 % dès le 1er janvier 2028.",
  "Les cotisations salariales augmenteraient dans le même temps, ce qui réduira un peu le gain net ; les employeurs bénéficieraient d'allègements dégressifs."),
 ("convergence-smic-mayotte", KWI, "fr", 3, 445, 900, [YT, E], "",
  "Salaire minimum : le patronat mahorais demande des compensations",
  "Les organisations patronales de Mayotte ont réclamé mercredi des exonérations de charges renforcées pour les très petites entreprises, qui, selon elles, ne pourront pas absorber seules la hausse du salaire minimum prévue par la proposition de loi.",
  "Elles redoutent un essor du travail non déclaré, déjà très répandu sur l'île."),
 ("convergence-smic-mayotte", AOP, "fr", 3, 650, 1100, [YT, P], "",
  "Mayotte : vote jeudi à l'Assemblée sur le salaire minimum",
  "Les députés se prononceront jeudi à partir de 15 heures, heure de Paris, sur la proposition de loi alignant le Smic de Mayotte sur le niveau national, dont l'adoption paraît acquise après le soutien annoncé par le gouvernement.",
  "Le texte devra ensuite être examiné par le Sénat."),

 # 9. CHM: new obstetric block opens (same hospital as the shipwreck survivors).
 ("bloc-obstetrical-chm", MAT, "fr", 2, 170, 1200, [YT, SA], "",
  "Le CHM inaugure son nouveau bloc obstétrical",
  "Le Centre hospitalier de Mayotte a mis en service mercredi à Mamoudzou un nouveau bloc obstétrical de huit salles de naissance et deux salles de césarienne, pour la plus grande maternité de France, qui enregistre plus de dix mille accouchements par an.",
  "Le chantier, financé par l'État et l'Union européenne, a coûté 38 millions d'euros."),
 ("bloc-obstetrical-chm", LAG, "fr", 2, 355, 900, [YT, SA], "",
  "Maternité de Mamoudzou : un bloc neuf, mais des sages-femmes introuvables",
  "Le nouveau bloc obstétrical ouvert mercredi par le CHM, qui avait accueilli quelques heures plus tôt les rescapés du naufrage de Bandrélé, ne pourra fonctionner à plein qu'avec le recrutement d'une quinzaine de sages-femmes supplémentaires, préviennent les syndicats.",
  "La direction assure que des contrats d'un an avec prime d'installation ont déjà attiré neuf candidates."),
 ("bloc-obstetrical-chm", "ocean-health-review.com", "en", 2, 505, 150, ["Health", "Indian Ocean"], "byline_en",
  "France's busiest maternity unit gets new delivery suite",
  "The hospital in Mamoudzou, on the French island of Mayotte, opened a new delivery suite on Wednesday to cope with more than 10,000 births a year, the highest number of any maternity unit in France.",
  "Staff shortages remain the main obstacle, unions said.",
  {"site": "Ocean Health Review", "author": "Claire Ndlovu-Martin"}),
 ("bloc-obstetrical-chm", KWI, "fr", 2, 600, 600, [YT, SA], "",
  "Accoucher au CHM : ce qui change pour les futures mamans",
  "Les futures mères suivies à Mamoudzou seront désormais accueillies dans des salles de naissance individuelles, avec un accompagnant autorisé, alors qu'elles partageaient jusqu'ici des salles de deux ou trois lits.",
  "Les consultations de suivi de grossesse restent dans l'ancien bâtiment."),

 # 10. Trial 1 at the Mamoudzou court: former Dembéni mayor, canteen contracts; requisitions.
 ("proces-ancien-maire-cantines", LAG, "fr", 2, 280, 1000, [YT, J], "publie",
  "Cantines de Dembéni : l'ancien maire devant le tribunal",
  "L'ancien maire de Dembéni, Anli Boinali, a comparu mercredi devant le tribunal correctionnel de Mamoudzou pour favoritisme dans l'attribution des marchés de restauration scolaire de la commune entre 2021 et 2023.",
  "Il est soupçonné d'avoir orienté trois marchés vers une société gérée par un proche, pour un montant total de 2,4 millions d'euros. Il conteste les faits."),
 ("proces-ancien-maire-cantines", AOP, "fr", 2, 515, 900, [YT, J], "",
  "Mayotte : dix-huit mois avec sursis requis contre un ancien maire",
  "Le parquet a requis mercredi dix-huit mois d'emprisonnement avec sursis, 30 000 euros d'amende et cinq ans d'inéligibilité contre l'ancien maire de Dembéni, jugé à Mamoudzou pour favoritisme dans des marchés de cantines scolaires.",
  "Le jugement a été mis en délibéré au 28 avril."),
 ("proces-ancien-maire-cantines", MAT, "fr", 2, 560, 600, [YT, J], "",
  "Procès des cantines : des parents d'élèves dans la salle",
  "Une vingtaine de parents d'élèves de Dembéni ont assisté mercredi au procès de leur ancien maire, dont ils disent que les enfants ont reçu pendant deux ans des collations « réduites à un jus et un biscuit ».",
  ""),

 # 11. Trial 2, same court, same day: four young men sentenced for stoning school buses at Majicavo.
 ("proces-caillassage-bus-majicavo", KWI, "fr", 2, 230, 1300, [YT, J], "",
  "Caillassage des bus scolaires : quatre jeunes jugés en comparution immédiate",
  "Quatre jeunes hommes de 18 à 21 ans ont été jugés mercredi en comparution immédiate à Mamoudzou pour les caillassages de bus scolaires sur la route nationale à Majicavo-Koropa, qui avaient blessé deux élèves et un chauffeur le 3 mars.",
  "Les bus transportaient des élèves du lycée Younoussa-Bamana."),
 ("proces-caillassage-bus-majicavo", AOP, "fr", 2, 425, 1000, [YT, J], "publie",
  "Bus caillassés à Mayotte : jusqu'à deux ans de prison ferme",
  "Le tribunal correctionnel de Mamoudzou a condamné mercredi quatre jeunes hommes à des peines de huit à vingt-quatre mois de prison ferme pour avoir jeté des pierres sur des bus scolaires à Majicavo-Koropa, dans la commune de Koungou.",
  "Le transporteur avait suspendu le ramassage pendant une semaine après les faits."),
 ("proces-caillassage-bus-majicavo", RLF, "fr", 2, 640, 800, [YT, J], "",
  "Majicavo : les chauffeurs de bus soulagés après le jugement",
  "Les chauffeurs de transport scolaire se sont dits soulagés mercredi par les peines prononcées contre les auteurs des jets de pierres de Majicavo, tout en réclamant le maintien des escortes de gendarmerie aux heures de ramassage.",
  ""),

 # 12. Same school: the lycée Younoussa-Bamana robotics team qualifies for the national final.
 ("robotique-lycee-bamana", MAT, "fr", 1, 260, 700, [YT, "Éducation"], "",
  "Robotique : les lycéens de Bamana qualifiés pour la finale nationale",
  "L'équipe de robotique du lycée Younoussa-Bamana, à Mamoudzou, s'est qualifiée mercredi pour la finale nationale du concours des lycées ingénieurs, prévue en mai à Paris, avec un robot capable de trier les déchets plastiques sur une plage.",
  "C'est la première fois qu'un établissement de Mayotte atteint ce stade."),
 ("robotique-lycee-bamana", KWI, "fr", 1, 420, 500, [YT, "Éducation"], "",
  "Bamana : un robot trieur de déchets pour redonner le sourire au lycée",
  "Quelques semaines après les caillassages des bus qui transportent ses élèves, le lycée Younoussa-Bamana a une bonne nouvelle à fêter : six élèves de terminale ont conçu un robot qui ramasse et trie les bouteilles en plastique sur le sable.",
  "Les lycéens cherchent des sponsors pour payer leurs billets d'avion vers Paris."),
 ("robotique-lycee-bamana", RLF, "fr", 1, 700, 300, [YT], "",
  "Les robots de Bamana invités de la rédaction",
  "Les six lycéens de Bamana qualifiés pour la finale nationale de robotique ont présenté mercredi leur prototype au micro de Radio Lagon FM et lancé un appel aux entreprises de l'île pour financer leur voyage.",
  ""),

 # 13. Ylang-ylang essence price in Anjouan (shared line at 700).
 ("prix-ylang-anjouan", AUR, "fr", 1, 190, 600, [KM, E], "",
  "Anjouan : le prix de l'essence d'ylang-ylang au plus haut depuis dix ans",
  "Le kilo d'essence d'ylang-ylang de première qualité se négocie autour de 140 euros auprès des exportateurs d'Anjouan, son plus haut niveau depuis dix ans, porté par la demande des parfumeurs et une récolte réduite par la sécheresse.",
  "Les distillateurs manquent de bois pour leurs alambics et de fleurs à cueillir."),
 ("prix-ylang-anjouan", MHB, "fr", 1, 430, 400, [KM, E], "",
  "Ylang-ylang : les cueilleuses réclament leur part de la hausse",
  "Les cueilleuses de fleurs d'ylang-ylang de la région de Domoni demandent une hausse du prix du kilo de fleurs fraîches, resté bloqué à 250 francs comoriens malgré l'envolée des cours de l'essence.",
  ""),
 ("prix-ylang-anjouan", AOP, "fr", 1, 700, 500, [KM, E], "reuters_line",
  "Parfumerie : l'ylang-ylang des Comores s'arrache",
  "Les exportations d'essence d'ylang-ylang des Comores, premier producteur mondial, ont progressé de 18 % en valeur l'an dernier, selon la direction des douanes de l'Union des Comores, qui prévoit une nouvelle hausse cette année.",
  "Les parfumeurs européens multiplient les contrats directs avec les distilleries anjouanaises."),

 # 14. New mobile crane at the port of Longoni (shared line at 703).
 ("grue-port-longoni", MAT, "fr", 1, 300, 600, [YT, E], "",
  "Port de Longoni : une nouvelle grue mobile débarquée",
  "Une grue mobile de 120 tonnes a été débarquée mercredi au port de Longoni, à Koungou, où elle doit réduire de moitié le temps d'escale des porte-conteneurs, a annoncé le gestionnaire du port.",
  "Elle remplace une grue de 1998 régulièrement en panne."),
 ("grue-port-longoni", LAG, "fr", 1, 585, 400, [YT, E], "",
  "Longoni : les transitaires espèrent la fin des conteneurs en attente",
  "Les transitaires de Mayotte espèrent que la nouvelle grue du port de Longoni mettra fin aux retards qui laissent parfois des conteneurs de marchandises deux semaines sur les quais, faisant grimper les prix dans les magasins.",
  ""),
 ("grue-port-longoni", AOP, "fr", 1, 703, 400, [YT, E], "reuters_line",
  "Mayotte : le port de Longoni se modernise",
  "Le port de Longoni, unique port de commerce de Mayotte, a reçu une grue mobile neuve financée à 60 % par des fonds européens, première étape d'un plan de modernisation de 90 millions d'euros d'ici 2030.",
  "Un nouveau quai est à l'étude."),

 # 15-18. Promo alone; filler: football, weather bulletin, horoscope.
 ("promo-mayotte-matin-appli", MAT, "fr", 0, 445, 40, ["Promo"], "",
  "Mayotte Matin sur votre téléphone : trois mois à 1 euro",
  "Téléchargez l'application Mayotte Matin et profitez de trois mois d'abonnement pour 1 euro, avec les alertes des tours d'eau et de la barge en temps réel.",
  "Offre réservée aux nouveaux abonnés jusqu'au 31 mars."),
 ("foot-regionale-mayotte", LAG, "fr", 0, 40, 800, ["Sport"], "",
  "Régionale 1 : l'AS Lagon Bleu renverse l'Étoile de Chiconi",
  "L'AS Lagon Bleu s'est imposée 3-2 mardi soir face à l'Étoile de Chiconi au stade de Cavani, après avoir été menée 2-0 à la pause, grâce à un doublé de Faïd Madi Ousseni.",
  "Le club de Mamoudzou remonte à la deuxième place."),
 ("foot-regionale-mayotte", RLF, "fr", 0, 100, 300, ["Sport"], "",
  "Football : Lagon Bleu, la remontée de la soirée",
  "Menée de deux buts à la mi-temps, l'AS Lagon Bleu a arraché la victoire (3-2) contre l'Étoile de Chiconi mardi en Régionale 1.",
  ""),
 ("meteo-mayotte-jeudi-25", RLF, "fr", 0, 660, 500, ["Météo"], "",
  "Météo du jeudi 25 mars : averses isolées, chaleur humide",
  "Le ciel restera partagé jeudi sur Mayotte, avec quelques averses isolées en fin de journée sur les hauteurs du centre et des températures comprises entre 25 et 32 °C à Mamoudzou.",
  "La mer sera peu agitée dans le lagon, avec des vagues de 1 mètre sur la barrière."),
 ("horoscope-jeudi-25-mars", "astro-jour.fr", "fr", 0, 560, 600, ["Horoscope"], "",
  "Horoscope du jeudi 25 mars",
  "Bélier : une rencontre inattendue remet en question un projet que vous pensiez bouclé.",
  "Taureau : prenez le temps de souffler avant de vous engager."),
]
