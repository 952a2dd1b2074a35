# Day 102 (hold-out): a French-language channel in Marseille and Provence, evening edition ("soir")
# of Wednesday 8 December 2027 at 19:00 (window 07:00 - 19:00 Wednesday local, Europe/Paris =
# UTC+1 in December, no summer time then, so 06:00Z - 18:00Z). Gold answer written before any run:
# each post's story, its lede (the true first sentence) and the TOP5 below. Every person, company,
# club and outlet is invented; the places (Marseille, Aubagne, Vitrolles, Fos-sur-Mer, La Ciotat,
# the A50, the Pharo, the hospitals) are real and used only as settings.
#
# Traps:
# - one radio interview, two stories, same quote: the mayor of Marseille, Mathilde Orsoni, on the
#   morning show of Radio Calanques FM, about the creches strike (post 14) and about the Metropole's
#   low-emission-zone vote (post 25), both carrying « Marseille ne se gouverne pas à coups
#   d'ultimatums, ni sur le parvis de l'hôtel de ville ni dans l'hémicycle du Pharo : on se parle
#   d'abord, on décide ensuite »;
# - a shared wire byline line ("Agence Méridienne | Mis à jour : 08-12-2027 15:42"): the ticket
#   inspectors' strike extended to Friday (post 23) and the year's cocaine figures in the southern
#   ports (post 51), three minutes apart, unrelated;
# - the same hospital: the hôpital Nord of Marseille takes the nursing-home fire's injured (posts 1, 5),
#   the school coach's injured (post 44) and the technician hurt by the crane (post 54); the Aubagne
#   hospital's "plan blanc" for the fire is named in a coach-crash post (post 44);
# - the same town: Aubagne holds the Ehpad fire (posts 1-7) and the A50 coach crash (posts 43-48);
# - the same town hall: the hôtel de ville on the quai du Port, where the creche strikers rally at
#   noon (posts 13, 17) while the municipal council votes the 2028 budget inside (posts 30-33; post 31
#   names the strikers, post 32 names two new creches);
# - the same court: the tribunal correctionnel de Marseille gives the Jonquilles drug-network verdict
#   (posts 34-38) and opens the jet-ski trial (posts 39-42) on the same Wednesday;
# - the same port: the Fos-sur-Mer container terminal of the Grand port maritime de Marseille holds
#   the record cocaine seizure (posts 49-52) and the gantry crane toppled by the mistral (posts 53-57);
# - look-alike stories an editor keeps apart: two fires (the Aubagne Ehpad, posts 1-7; the Vitrolles
#   plastics warehouse, posts 8-12); two strikes (the municipal creches, posts 13-18; the Ferrovia Sud
#   ticket inspectors, posts 19-23) plus dockers stopping work after the crane death (post 56); two
#   votes (the Metropole's ZFE at the Pharo, posts 24-29; the city's budget at the town hall, posts
#   30-33); two trials at one court (posts 34-38, 39-42); two accidents (the wrong-way van and the
#   school coach on the A50, posts 43-48; the crane collapse, posts 53-57) plus the trial of an older
#   sea accident (posts 39-42); two drug stories (the verdict, posts 34-38; the Fos seizure, posts
#   49-52); the mistral in the warehouse fire (posts 8, 9), the crane story (posts 53-57) and the
#   weather bulletin (post 60, filler, not news);
# - a "Lire aussi" line in a cocaine-seizure post naming the drug-network verdict (post 52);
# - tolls revised during the day by a second source: the Ehpad fire, 2 dead per the firemen (posts 1,
#   3) then 3 dead per the prefecture (post 5); the coach crash, 24 hurt per the firemen (posts 43-45)
#   then 31 taken to hospital per the prefecture (post 47);
# - synonyms across outlets: "Ehpad", "maison de retraite médicalisée", "établissement pour
#   personnes âgées", "nursing home"; "incendie", "feu", "sinistre", "blaze"; "car", "autocar",
#   "coach"; "camionnette", "van"; "grève", "mouvement", "débrayage", "walkout"; "zone à faibles
#   émissions", "ZFE", "low-emission" / "ban older diesel vans"; "portique", "grue", "gantry crane";
# - posts in English (agencies' and papers' English services): posts 3, 10, 22, 28, 45, 50, 55;
# - other angles: the night nurse's account (post 2), the minister's visit (post 4), the safety
#   commission's past warning (post 6), where the residents went (post 7), the Swiss owner (post 11),
#   the lifted confinement and vegetable gardens (post 12), childcare options (post 15), the national
#   shortage (post 16), the commuters at Saint-Charles (post 21), the tradesmen's convoy (post 26),
#   is my car concerned (post 29), the investment plan (post 32), the opposition's appeal to the
#   prefect (post 33), the residents of the estate (post 37), the widow (post 40), the 300-metre rule
#   (post 41), the school's counselling cell (post 46), the dockers approached by traffickers (post
#   52), the Kuwaiti operator (post 55), can cranes resist the mistral (post 57);
# - furniture: datelines (AFP-like, AP-like, Reuters-like, ATS-like, UPI-like, KUNA-like, "colon",
#   "place"), "(Actualisé tout du long)" (posts 5, 47), "This story has been updated to clarify"
#   (post 28), "Publié par" (post 13), a byline (post 17), photo captions (posts 2, 9), donation
#   appeals (posts 7, 15, 45), teasers (posts 8, 48);
# - a promo posted alone (post 63); filler of importance 0: the handball result (posts 58-59), the
#   weather bulletin (post 60), the horoscope (post 61), the lottery draw (post 62).
NAME = "2027-12-08-fr-soir-marseille-h102"
CHANNEL = {"lang": "fr", "tz": "Europe/Paris"}
WINDOW = ("2027-12-08T06:00:00Z", "2027-12-08T18:00:00Z")
LINE = "Agence Méridienne | Mis à jour : 08-12-2027 15:42"
CTX = {"stamp": "08-12-2027 15:42", "line": LINE,
       "city": "Marseille", "date_fr": "8 déc", "date_en": "Dec 8",
       "author": "Sandrine Mouret", "clarify": "which vehicles carry a Crit'Air 3 sticker",
       "caption": "", "also": "notre dossier", "country": "France"}
# The editor's top 5: the Aubagne nursing-home fire, the school coach hit by a wrong-way van on
# the A50, the Metropole's vote on the low-emission zone, the municipal creches strike, the
# Vitrolles warehouse fire and its smoke.
TOP5 = ["incendie-ehpad-tilleuls-aubagne", "car-scolaire-contresens-a50-aubagne",
        "vote-zfe-crit-air-3-metropole", "greve-creches-municipales-marseille",
        "incendie-entrepot-plastique-vitrolles"]
MA = "Marseille"
PR = "Provence"
FR = "France"
FD = "Faits divers"
P = "Politique"
J = "Justice"
E = "Économie"
T = "Transports"
SA = "Santé"
EN = "Environnement"
SO = "Social"
MER = "agence-meridienne.fr"        # Agence Méridienne, AFP-like French wire
HBW = "harbourline-wire.com"        # Harbourline Wire, Reuters-like English wire
BAY = "bayfront-press.org"          # Bayfront Press, AP-like English wire
UPI = "wirebrief-intl.com"          # UPI-like English wire
KUN = "gulfmaritime-news.com"       # KUNA-like Gulf wire
RHO = "agence-rhodanienne.ch"       # Agence Rhodanienne, ATS-like Swiss wire
GVP = "gazette-vieuxport.fr"        # La Gazette du Vieux-Port, regional daily
PHO = "lephoceen-soir.fr"           # Le Phocéen du Soir, evening paper
CAN = "canebiere-info.fr"           # Canebière Info, local news site
RCF = "radio-calanques.fr"          # Radio Calanques FM
TVM = "tele-massalia.fr"            # Télé Massalia, local TV
ECB = "echo-etangdeberre.fr"        # L'Écho de l'Étang de Berre
GAR = "courrier-garlaban.fr"        # Le Courrier du Garlaban, Aubagne weekly and site
AIX = "aix-depeche.fr"              # La Dépêche d'Aix
REP = "la-republique-soir.fr"       # La République du Soir, Paris national daily
MEC = "mistral-eco.fr"              # Mistral Éco, business site
SAN = "sante-sud.fr"                # Santé Sud, health site
RIV = "riviera-post.com"            # The Riviera Post, English-language regional paper
EUL = "euroledger.com"              # Euro Ledger, English-language European news
CIO = "ciotat-littoral.fr"          # Le Littoral ciotaden
PRE = "pretoire-sud.fr"             # Le Prétoire du Sud, court news
SPD = "sportprovence-direct.fr"
MET = "meteo-cotebleue.fr"
AST = "astres-du-midi.fr"
LOT = "tirages-sud.fr"
QUOTE = ("« Marseille ne se gouverne pas à coups d'ultimatums, ni sur le parvis de l'hôtel de ville "
         "ni dans l'hémicycle du Pharo : on se parle d'abord, on décide ensuite »")
POSTS = [
 # 1. Night fire in the Les Tilleuls nursing home (Ehpad), Charrel quarter of Aubagne, 04:40.
 #    2 dead (Sdis 13, morning) -> 3 dead (prefecture, afternoon). "Ehpad", "maison de retraite
 #    médicalisée", "établissement pour personnes âgées", "nursing home"; "incendie", "feu", "sinistre".
 ("incendie-ehpad-tilleuls-aubagne", MER, "fr", 3, 12, 3300, [MA, PR, FD], "afp",
  "Aubagne : deux morts dans l'incendie d'un Ehpad, seize personnes hospitalisées",
  "Deux résidentes sont mortes et seize personnes ont été hospitalisées après l'incendie qui s'est déclaré dans la nuit de mardi à mercredi dans un établissement d'hébergement pour personnes âgées dépendantes d'Aubagne, a annoncé le service départemental d'incendie et de secours des Bouches-du-Rhône.",
  "Le feu a pris vers 4 h 40 au premier étage de l'Ehpad Les Tilleuls, dans le quartier du Charrel, et les soixante-deux résidents ont été évacués, certains par les fenêtres à l'aide de la grande échelle. Les blessés, intoxiqués par les fumées, ont été transportés à l'hôpital Nord de Marseille et au centre hospitalier d'Aubagne.",
  {"city": "Aubagne"}),
 ("incendie-ehpad-tilleuls-aubagne", GAR, "fr", 3, 70, 2600, [PR, FD], "caption",
  "Ehpad Les Tilleuls : « On a entendu crier dans les couloirs »",
  "Réveillée par l'odeur de fumée peu avant 5 heures, une aide-soignante de nuit de l'Ehpad Les Tilleuls raconte avoir frappé à toutes les portes du premier étage avec sa collègue, avant que la fumée noire ne les oblige à redescendre.",
  "« Nous n'étions que deux pour soixante-deux résidents, dont beaucoup ne marchent plus », dit-elle. Des voisins du Charrel sont venus aider à porter les fauteuils roulants jusqu'au parking du supermarché voisin.",
  {"site": "Le Courrier du Garlaban",
   "caption": "Les pompiers devant la façade noircie de l'Ehpad Les Tilleuls, dans le quartier du Charrel à Aubagne, le mercredi 8 décembre 2027 au petit matin."}),
 ("incendie-ehpad-tilleuls-aubagne", BAY, "en", 3, 150, 700, [FR, "Europe"], "ap",
  "Fire at French nursing home near Marseille kills 2",
  "A fire swept through a nursing home in the southern French town of Aubagne before dawn Wednesday, killing two elderly women and sending 16 people to hospitals, firefighters said.",
  "All 62 residents were evacuated, some of them lowered from upper-floor windows on a fire truck's ladder.",
  {"city": "Aubagne"}),
 ("incendie-ehpad-tilleuls-aubagne", REP, "fr", 3, 300, 1500, [FR, SA], "colon",
  "Incendie mortel dans une maison de retraite : la ministre attendue à Aubagne",
  "La ministre déléguée aux Personnes âgées, Claire Vannier, se rendra mercredi après-midi à Aubagne, où un incendie a ravagé dans la nuit une maison de retraite médicalisée, et le parquet de Marseille a ouvert une enquête pour homicides involontaires.",
  "Le gouvernement avait annoncé en septembre un plan de mise aux normes de sécurité incendie des établissements construits avant 2000, dont fait partie la résidence d'Aubagne.",
  {"city": "Aubagne"}),
 ("incendie-ehpad-tilleuls-aubagne", SAN, "fr", 3, 455, 1900, [PR, SA, FD], "actu",
  "Ehpad d'Aubagne : le bilan passe à trois morts",
  "Une troisième résidente de l'Ehpad Les Tilleuls, une femme de 91 ans hospitalisée à l'hôpital Nord de Marseille, est morte mercredi en début d'après-midi, portant à trois le nombre de victimes de l'incendie, a annoncé la préfecture des Bouches-du-Rhône.",
  "Cinq résidents restent hospitalisés, dont deux dans un état grave. Le feu serait parti d'un chariot de linge entreposé dans un local technique, selon les premiers éléments de l'enquête."),
 ("incendie-ehpad-tilleuls-aubagne", PHO, "fr", 3, 520, 1400, [PR, SA], "",
  "Les Tilleuls avait reçu un avis défavorable de la commission de sécurité",
  "La commission communale de sécurité avait émis en 2025 un avis défavorable sur l'Ehpad Les Tilleuls d'Aubagne en raison de portes coupe-feu défaillantes, a reconnu mercredi le groupe Sérénys, qui gère l'établissement et assure que les travaux demandés avaient été achevés au printemps.",
  "La mairie d'Aubagne indique qu'une nouvelle visite de contrôle était programmée pour janvier. Les familles de deux victimes ont annoncé leur intention de porter plainte."),
 ("incendie-ehpad-tilleuls-aubagne", CAN, "fr", 3, 610, 1100, [PR], "soutien",
  "Après le sinistre des Tilleuls : où sont relogés les résidents, comment avoir des nouvelles",
  "Les résidents évacués de l'Ehpad Les Tilleuls ont été répartis dans quatre établissements d'Aubagne, de Gémenos et de La Penne-sur-Huveaune, et leurs proches peuvent obtenir des nouvelles au numéro d'information ouvert par la préfecture, de 8 heures à 22 heures.",
  "Une cellule d'écoute psychologique est installée jusqu'à vendredi à la salle des fêtes du Charrel. Le personnel de l'établissement, lui, sera reçu jeudi par la médecine du travail."),

 # 2. Fire in a plastics recycling warehouse, Couperigne business park, Vitrolles, from 09:20;
 #    black smoke pushed by the mistral; stay-at-home order in three towns, lifted at 16:00.
 ("incendie-entrepot-plastique-vitrolles", ECB, "fr", 2, 160, 2400, [PR, FD, EN], "teaser",
  "Vitrolles : un violent incendie dans un entrepôt de recyclage, un panache noir au-dessus de l'étang",
  "Un incendie s'est déclaré vers 9 h 20 mercredi dans un entrepôt de stockage de déchets plastiques de la zone d'activités de Couperigne, à Vitrolles, dégageant une épaisse fumée noire visible depuis Marseille et Aix-en-Provence.",
  "Une centaine de pompiers sont engagés, gênés par les rafales de mistral qui attisent les flammes. Aucune victime n'est à déplorer à ce stade."),
 ("incendie-entrepot-plastique-vitrolles", GVP, "fr", 2, 215, 2900, [PR, EN], "caption",
  "Fumées de Vitrolles : les habitants de trois communes invités à rester chez eux",
  "La préfecture des Bouches-du-Rhône a demandé mercredi matin aux habitants de Vitrolles, de Marignane et des Pennes-Mirabeau de rester chez eux, fenêtres fermées, et aux écoles de garder les élèves à l'intérieur, le vent poussant vers le sud-est la fumée de l'entrepôt en feu.",
  "Les ventilations des bâtiments publics ont été coupées et la circulation est interdite sur la route départementale 113 aux abords de la zone de Couperigne.",
  {"site": "La Gazette du Vieux-Port",
   "caption": "Le panache de fumée noire de l'entrepôt en feu s'élève au-dessus de la zone de Couperigne, à Vitrolles, le mercredi 8 décembre 2027 en fin de matinée."}),
 ("incendie-entrepot-plastique-vitrolles", HBW, "en", 2, 300, 500, [FR, "Business"], "reuters",
  "Blaze at French plastics depot sends smoke over Marseille suburbs",
  "A fire at a plastics recycling warehouse near Marseille sent a column of black smoke over the Etang de Berre lagoon on Wednesday, prompting authorities to tell thousands of residents to stay indoors and briefly holding up departures at the nearby airport, officials said.",
  "The depot is operated by Recyval, a Geneva-based waste recycling group."),
 ("incendie-entrepot-plastique-vitrolles", RHO, "fr", 2, 420, 350, ["Suisse", E], "ats",
  "Le recycleur genevois Recyval touché par l'incendie d'un entrepôt en Provence",
  "Le groupe genevois de recyclage Recyval a indiqué mercredi que son entrepôt de Vitrolles, dans le sud de la France, détruit par un incendie dans la matinée, stockait quelque 3 000 tonnes de balles de plastique en attente de tri et que personne n'avait été blessé.",
  "Le site emploie 38 personnes ; un départ de feu y avait déjà été maîtrisé en 2024. La société assure être couverte par son assurance.",
  {"city": "Genève"}),
 ("incendie-entrepot-plastique-vitrolles", CAN, "fr", 2, 600, 1300, [PR, EN, SA], "",
  "Fumées de Vitrolles : le confinement levé, des prélèvements jusqu'à jeudi",
  "Le confinement des habitants de Vitrolles, de Marignane et des Pennes-Mirabeau a été levé mercredi à 16 heures, les pompiers ayant circonscrit le feu, mais l'observatoire Air Provence Surveillance poursuivra ses prélèvements de suies jusqu'à jeudi.",
  "Par précaution, la préfecture recommande de laver soigneusement les légumes des potagers situés sous le panache et de nettoyer le mobilier de jardin avant de s'en servir."),

 # 3. Strike in Marseille's municipal creches; rally at noon before the town hall while the
 #    municipal council sits; the mayor on Radio Calanques FM (shared quote with story 5).
 ("greve-creches-municipales-marseille", GVP, "fr", 3, 5, 3100, [MA, SO], "publie",
  "Grève dans les crèches municipales : 41 établissements fermés à Marseille",
  "Quarante et une des soixante-trois crèches municipales de Marseille sont restées fermées mercredi matin, les auxiliaires de puériculture et les agents d'entretien ayant répondu massivement à l'appel à la grève de l'intersyndicale des agents territoriaux.",
  "Les grévistes réclament l'embauche de 120 agents pour respecter les taux d'encadrement et une hausse de la prime de pénibilité. Un rassemblement est prévu à midi devant l'hôtel de ville.",
  {"site": "La Gazette du Vieux-Port"}),
 ("greve-creches-municipales-marseille", RCF, "fr", 3, 75, 2200, [MA, SO, P], "",
  "Crèches en grève : la maire propose une réunion dès jeudi",
  "Invitée mercredi de la matinale de Radio Calanques FM, la maire de Marseille, Mathilde Orsoni, a proposé aux syndicats des crèches municipales une réunion dès jeudi avec son adjointe à la petite enfance, tout en jugeant « prématuré » un mouvement lancé avant la fin des négociations.",
  f"{QUOTE}, a-t-elle lancé, en rappelant que soixante postes avaient été créés dans les crèches depuis 2026."),
 ("greve-creches-municipales-marseille", CAN, "fr", 3, 120, 1800, [MA, SO], "soutien",
  "Crèches fermées : les solutions de garde pour les parents ce mercredi",
  "Les parents dont la crèche est fermée peuvent confier leur enfant à l'une des huit crèches de service minimum ouvertes de 7 h 30 à 18 h 30, à condition de s'inscrire par téléphone auprès de la direction de la petite enfance, qui donne la priorité aux soignants et aux familles monoparentales.",
  "Les assistantes maternelles du relais municipal peuvent aussi accueillir des enfants à la journée, et les entreprises du centre-ville sont invitées à autoriser le télétravail."),
 ("greve-creches-municipales-marseille", MER, "fr", 3, 250, 900, [FR, SO], "afp",
  "Marseille : la grève des crèches révèle la pénurie d'auxiliaires de puériculture",
  "La grève des crèches municipales de Marseille met en lumière la pénurie d'auxiliaires de puériculture qui touche toute la France, où près d'une crèche publique sur deux déclare au moins un poste vacant, selon les organisations professionnelles du secteur.",
  "À Marseille, la ville affirme avoir reçu moins de deux candidatures par poste ouvert cette année, contre cinq il y a dix ans."),
 ("greve-creches-municipales-marseille", PHO, "fr", 3, 330, 2000, [MA, SO], "byline_fr",
  "Devant l'hôtel de ville, les grévistes des crèches interpellent les élus",
  "Environ six cents agents des crèches, rejoints par des parents poussant des landaus, se sont rassemblés à midi sur le quai du Port, devant l'hôtel de ville, où les élus du conseil municipal débattaient au même moment du budget 2028.",
  "« Une auxiliaire pour huit bébés qui marchent, ce n'est plus de l'accueil, c'est de la surveillance », lançait au micro une déléguée syndicale du 13e arrondissement. Une délégation a été reçue par le directeur de cabinet de la maire.",
  {"site": "Le Phocéen du Soir", "author": "Karine Estienne"}),
 ("greve-creches-municipales-marseille", TVM, "fr", 3, 560, 1600, [MA, SO], "",
  "Crèches : la grève reconduite jeudi, une réunion fixée à vendredi",
  "L'intersyndicale des agents territoriaux a voté mercredi en fin d'après-midi la reconduction de la grève dans les crèches municipales jeudi, malgré la réunion proposée par la mairie, qui a finalement été fixée à vendredi 9 heures.",
  "Trente-cinq crèches devraient rester fermées jeudi, selon la direction de la petite enfance."),

 # 4. Strike of the ticket inspectors of Ferrovia Sud, operator of the coastal regional trains.
 ("greve-controleurs-ferrovia-sud", GVP, "fr", 2, 20, 1900, [PR, T, SO], "",
  "Trains régionaux : deux sur trois supprimés entre Marseille, Toulon et Nice",
  "Deux trains régionaux sur trois sont supprimés mercredi et jeudi entre Marseille, Toulon et Nice en raison de la grève des contrôleurs de Ferrovia Sud, l'opérateur privé qui exploite la ligne du littoral, a annoncé la région Provence-Alpes-Côte d'Azur.",
  "Les contrôleurs protestent contre le projet de faire circuler les trains du soir avec un seul agent à bord, le conducteur."),
 ("greve-controleurs-ferrovia-sud", AIX, "fr", 2, 90, 1200, [PR, T], "",
  "Grève des contrôleurs : la ligne Aix-Marseille aussi perturbée",
  "Sur la ligne Marseille-Aix-Pertuis, un train sur deux circule mercredi et des cars de remplacement partent toutes les trente minutes de la gare routière d'Aix, selon l'opérateur Ferrovia Sud, dont les contrôleurs ont cessé le travail mardi à 19 heures.",
  "Les abonnés pourront demander un remboursement partiel de leur abonnement mensuel sur le site de la région."),
 ("greve-controleurs-ferrovia-sud", TVM, "fr", 2, 280, 1500, [MA, T], "",
  "Quais bondés à Saint-Charles : les usagers des TER excédés",
  "Sur les quais de la gare Saint-Charles, les voyageurs du train de 7 h 48 pour Toulon ont appris sa suppression en arrivant devant le tableau d'affichage mercredi matin, et beaucoup se sont entassés dans le suivant, parti avec vingt minutes de retard.",
  "« Troisième débrayage depuis la rentrée, et toujours personne pour nous prévenir à temps », s'agace une infirmière qui travaille à l'hôpital de La Seyne-sur-Mer."),
 ("greve-controleurs-ferrovia-sud", EUL, "en", 2, 400, 400, [FR, "Europe"], "place",
  "Rail walkout halts most trains on France's Riviera line",
  "Ticket inspectors on regional trains along France's Mediterranean coast kept up their walkout on Wednesday, cancelling two in three services between Marseille, Toulon and Nice in protest at plans to run evening trains with only a driver on board.",
  "The operator, Ferrovia Sud, said it had offered to keep a second staff member on trains after 9 p.m."),
 ("greve-controleurs-ferrovia-sud", MER, "fr", 2, 522, 600, [PR, T], "reuters_line",
  "Transports : la grève des contrôleurs de Ferrovia Sud reconduite jusqu'à vendredi",
  "Les syndicats des contrôleurs de Ferrovia Sud ont reconduit mercredi leur mouvement jusqu'à vendredi inclus, après une réunion sans résultat avec la direction de l'opérateur des trains régionaux du littoral provençal et azuréen.",
  "La région, autorité organisatrice, menace l'opérateur de pénalités si deux trains sur cinq ne circulent pas aux heures de pointe."),

 # 5. The Aix-Marseille-Provence Metropole council votes, at the Pharo, to extend the low-emission
 #    zone to Crit'Air 3 vehicles from 2029 (adopted 128-74); the mayor on the same radio show.
 ("vote-zfe-crit-air-3-metropole", AIX, "fr", 3, 40, 2100, [PR, P, EN], "",
  "ZFE : la Métropole vote cet après-midi l'interdiction des véhicules Crit'Air 3",
  "Les 240 élus du conseil de la Métropole Aix-Marseille-Provence se prononcent mercredi à 14 heures, au palais du Pharo, sur l'extension de la zone à faibles émissions de Marseille, qui interdirait à partir de 2029 la circulation des voitures et utilitaires classés Crit'Air 3 à l'intérieur de la rocade L2.",
  "Environ 110 000 véhicules immatriculés dans la métropole seraient concernés, selon les services métropolitains."),
 ("vote-zfe-crit-air-3-metropole", RCF, "fr", 3, 80, 2300, [MA, P], "",
  "Zone à faibles émissions : la maire de Marseille demande un report d'un an",
  "La maire de Marseille, Mathilde Orsoni, a demandé mercredi sur Radio Calanques FM que l'interdiction des véhicules Crit'Air 3 soit repoussée d'un an, le temps de renforcer les aides à l'achat d'un véhicule moins polluant, sans toutefois appeler ses élus à voter contre le texte de la Métropole.",
  f"{QUOTE}, a-t-elle ajouté, à l'adresse du président de la Métropole, Gérard Lanfranchi, qui refuse tout report."),
 ("vote-zfe-crit-air-3-metropole", GVP, "fr", 3, 250, 2500, [MA, P, T], "",
  "Artisans et taxis roulent au pas jusqu'au Pharo contre la ZFE",
  "Plusieurs centaines d'artisans, de livreurs et de chauffeurs de taxi ont roulé au ralenti mercredi matin sur l'autoroute A55 et le boulevard du Littoral jusqu'aux abords du palais du Pharo, pour protester contre l'interdiction annoncée de leurs utilitaires diesel.",
  "« Mon camion a neuf ans, il marche parfaitement, et on me demande d'en racheter un à 45 000 euros », proteste un plombier de Septèmes-les-Vallons."),
 ("vote-zfe-crit-air-3-metropole", MER, "fr", 3, 575, 1300, [PR, P, EN], "afp",
  "La Métropole d'Aix-Marseille adopte l'extension de sa zone à faibles émissions",
  "Le conseil de la Métropole Aix-Marseille-Provence a adopté mercredi par 128 voix contre 74 l'extension de la zone à faibles émissions de Marseille aux véhicules Crit'Air 3, qui ne pourront plus y circuler à partir du 1er janvier 2029.",
  "Un fonds de 60 millions d'euros doit financer des primes à la conversion pouvant atteindre 9 000 euros pour les ménages modestes et les artisans."),
 ("vote-zfe-crit-air-3-metropole", EUL, "en", 3, 590, 600, [FR, "Europe", "Environment"], "updated",
  "Marseille votes to ban older diesel vans and cars from 2029",
  "The Marseille metropolitan council voted on Wednesday to bar cars and vans with a Crit'Air 3 sticker, mostly diesels registered before 2011, from the city's centre from January 2029, despite protests by tradesmen who say they cannot afford new vehicles.",
  "The measure passed by 128 votes to 74."),
 ("vote-zfe-crit-air-3-metropole", CAN, "fr", 3, 650, 1700, [MA, T], "",
  "ZFE étendue : votre véhicule est-il concerné ? Nos réponses",
  "Si votre voiture à essence a été immatriculée avant 2006 ou votre diesel avant 2011, elle porte en principe une vignette Crit'Air 3 ou plus et ne pourra plus entrer en semaine dans la zone à faibles émissions de Marseille à partir de janvier 2029, sauf dérogation.",
  "Les dérogations concernent notamment les véhicules des personnes handicapées, les véhicules de collection et les « petits rouleurs », qui pourront circuler jusqu'à 52 jours par an."),

 # 6. The Marseille municipal council adopts the 2028 budget at the town hall (the creche
 #    strikers rally outside during the debate).
 ("budget-2028-conseil-municipal-marseille", PHO, "fr", 2, 30, 1000, [MA, P], "",
  "Conseil municipal : un budget 2028 de 1,9 milliard d'euros soumis au vote ce matin",
  "Le conseil municipal de Marseille examine mercredi à partir de 9 heures, à l'hôtel de ville, un budget primitif 2028 de 1,9 milliard d'euros, sans hausse des taux d'imposition, dont 420 millions consacrés aux investissements.",
  "La rénovation des écoles absorbe à elle seule 160 millions d'euros."),
 ("budget-2028-conseil-municipal-marseille", MER, "fr", 2, 345, 800, [MA, P, E], "afp",
  "Marseille adopte son budget 2028, l'opposition dénonce la dette",
  "Les élus marseillais ont adopté mercredi le budget 2028 de la ville par 58 voix contre 43, au terme d'une séance tendue au cours de laquelle l'opposition a accusé la majorité de laisser filer l'endettement, qui atteindrait 1,6 milliard d'euros fin 2028.",
  "Pendant les débats, les grévistes des crèches municipales manifestaient sous les fenêtres de l'hôtel de ville, sur le quai du Port."),
 ("budget-2028-conseil-municipal-marseille", MEC, "fr", 2, 480, 700, [MA, E], "",
  "Budget de Marseille : ce que contient le plan d'investissement 2028",
  "Écoles, piscines, éclairage public : sur les 420 millions d'euros d'investissement votés mercredi par le conseil municipal, plus d'un tiers iront à la rénovation de 34 groupes scolaires, et 48 millions à la réouverture de deux piscines des quartiers nord.",
  "La ville prévoit aussi de remplacer 12 000 lampadaires par des éclairages à LED d'ici 2030 et d'ouvrir deux crèches dans le 14e arrondissement."),
 ("budget-2028-conseil-municipal-marseille", TVM, "fr", 2, 500, 900, [MA, P], "",
  "Budget : l'opposition saisit le préfet sur la sincérité des comptes",
  "Le groupe d'opposition Marseille Avant Tout a annoncé mercredi après-midi qu'il saisirait le préfet des Bouches-du-Rhône, estimant que le budget voté à la mi-journée surestimait de 40 millions d'euros les recettes attendues des ventes de terrains et d'immeubles municipaux.",
  "L'adjoint aux finances parle d'une « manœuvre » et assure que les ventes prévues sont déjà signées chez le notaire."),

 # 7. Marseille criminal court: verdict in the trial of the "Jonquilles" drug network (14e).
 ("verdict-reseau-jonquilles-stupefiants", PRE, "fr", 2, 60, 900, [MA, J], "",
  "Réseau des Jonquilles : le tribunal rend son jugement cet après-midi",
  "Le tribunal correctionnel de Marseille doit rendre mercredi après-midi son jugement dans le procès de quatorze membres présumés d'un réseau de trafic de cannabis et de cocaïne qui aurait brassé plus de 12 millions d'euros en quatre ans depuis la cité des Jonquilles, dans le 14e arrondissement.",
  "Le parquet a requis dix-huit ans de prison contre celui qu'il présente comme le chef du réseau, Yanis Ferracci, 31 ans."),
 ("verdict-reseau-jonquilles-stupefiants", MER, "fr", 2, 455, 1400, [MA, J], "afp",
  "Trafic de drogue à Marseille : seize ans de prison pour le chef du réseau des Jonquilles",
  "Le tribunal correctionnel de Marseille a condamné mercredi à seize ans de prison Yanis Ferracci, considéré comme le chef d'un réseau de trafic de stupéfiants implanté dans le 14e arrondissement, et prononcé des peines de deux à douze ans contre douze de ses treize coprévenus.",
  "Un prévenu a été relaxé. Le tribunal a également ordonné la confiscation de deux villas à Cassis et de onze véhicules."),
 ("verdict-reseau-jonquilles-stupefiants", RCF, "fr", 2, 480, 1000, [MA, J], "",
  "Jugement des Jonquilles : le procureur salue « un coup au portefeuille » du trafic",
  "Le procureur de la République de Marseille, Laurent Mazella, a salué mercredi un jugement qui « frappe le réseau des Jonquilles au portefeuille », après la confiscation de biens estimés à 3,4 millions d'euros.",
  "Il a rappelé que trois points de vente de la cité avaient été fermés depuis les interpellations de 2025."),
 ("verdict-reseau-jonquilles-stupefiants", GVP, "fr", 2, 530, 1600, [MA, J], "",
  "Aux Jonquilles, les condamnations accueillies avec lassitude",
  "Au pied des tours des Jonquilles, où le point de deal démantelé en 2025 a rouvert quelques semaines plus tard à l'autre bout de la cité, l'annonce des peines a été accueillie mercredi avec un haussement d'épaules par bien des habitants.",
  "« Ils en condamnent quatorze, il y en a déjà quatorze autres », soupire une mère de famille qui accompagne ses enfants à l'école par un détour pour éviter la tour C."),
 ("verdict-reseau-jonquilles-stupefiants", PHO, "fr", 2, 610, 800, [MA, J], "",
  "Réseau des Jonquilles : la défense du chef présumé fera appel",
  "Les avocats de Yanis Ferracci ont annoncé mercredi en fin d'après-midi qu'ils feraient appel de sa condamnation à seize ans de prison, dénonçant un dossier « bâti sur des écoutes contestables » et un jugement « rendu pour l'exemple ».",
  "Le parquet dispose lui aussi de dix jours pour faire appel."),

 # 8. Same court, same day: the trial of the jet-ski rider who killed a swimmer off the Prado
 #    beaches in August 2026 opens; the prosecutor's requisitions in the evening.
 ("proces-jet-ski-prado-nageur", PRE, "fr", 1, 150, 800, [MA, J], "",
  "Jet-ski mortel au Prado : le pilote jugé pour homicide involontaire",
  "Le pilote du jet-ski qui avait percuté et tué un nageur au large des plages du Prado en août 2026 comparaît depuis mercredi matin devant le tribunal correctionnel de Marseille pour homicide involontaire aggravé par une vitesse excessive et le défaut de permis.",
  "Sébastien Rouvière, 29 ans, circulait selon l'enquête à près de 60 km/h dans la bande des 300 mètres, où la vitesse est limitée à 5 nœuds."),
 ("proces-jet-ski-prado-nageur", CAN, "fr", 1, 380, 900, [MA, J], "",
  "Procès du jet-ski : la veuve du nageur raconte « l'été qui a tout arrêté »",
  "La veuve de Franck Aubanel, le nageur tué en août 2026 au Prado, a décrit devant le tribunal un homme qui traversait chaque matin la baie à la nage depuis vingt ans et dont les deux enfants refusent depuis de retourner à la plage.",
  "Le prévenu, tête baissée, a présenté ses excuses à la famille à la fin de l'audience du matin."),
 ("proces-jet-ski-prado-nageur", PHO, "fr", 1, 430, 600, [MA], "",
  "Jet-skis : ce que dit la règle dans la bande des 300 mètres",
  "Dans la bande littorale des 300 mètres, les motos marines doivent rouler à moins de 5 nœuds, soit environ 9 km/h, et ne peuvent gagner le large que par les chenaux balisés, rappelle la préfecture maritime de la Méditerranée.",
  "Depuis l'accident du Prado, la ville a ajouté deux chenaux de sortie et multiplié les contrôles de la police municipale nautique en été."),
 ("proces-jet-ski-prado-nageur", GVP, "fr", 1, 640, 1100, [MA, J], "",
  "Jet-ski du Prado : deux ans ferme requis contre le pilote, le loueur aussi visé",
  "Le parquet a requis mercredi en fin d'après-midi trois ans de prison dont deux ferme contre le pilote du jet-ski mortel du Prado, ainsi qu'une amende de 75 000 euros contre la société de location Azur Glisse, poursuivie pour lui avoir confié l'engin sans vérifier son permis.",
  "Le jugement sera rendu le 26 janvier."),

 # 9. A school coach from La Ciotat hit by a wrong-way van on the A50 at Aubagne, 08:05.
 #    1 dead, 24 hurt (Sdis) -> 31 taken to hospital (prefecture). "car", "autocar", "bus scolaire",
 #    "coach"; "camionnette", "fourgon", "van"; "collision", "accident", "choc".
 ("car-scolaire-contresens-a50-aubagne", CIO, "fr", 3, 85, 2900, [PR, FD, T], "",
  "A50 : un car transportant des collégiens de La Ciotat accidenté à Aubagne",
  "Un car transportant quarante-huit élèves d'un collège de La Ciotat a été percuté vers 8 h 05 mercredi par une camionnette circulant à contresens sur l'autoroute A50, à hauteur d'Aubagne, et s'est couché sur le flanc, faisant une vingtaine de blessés, selon les pompiers.",
  "L'autoroute est coupée dans le sens La Ciotat-Marseille et des bouchons se forment jusqu'à Cassis."),
 ("car-scolaire-contresens-a50-aubagne", MER, "fr", 3, 170, 2700, [PR, FD], "afp",
  "Car scolaire percuté sur l'A50 : un mort et vingt-quatre blessés, dont quatre graves",
  "Le conducteur d'une camionnette qui roulait à contresens sur l'autoroute A50 a été tué mercredi matin dans la collision avec un car scolaire près d'Aubagne, et vingt-quatre personnes, dont quatre collégiens grièvement touchés, ont été blessées, a indiqué le Sdis des Bouches-du-Rhône.",
  "Les blessés ont été répartis entre l'hôpital Nord de Marseille, l'hôpital de la Timone et le centre hospitalier d'Aubagne, où un plan blanc avait déjà été déclenché dans la nuit pour accueillir les victimes de l'incendie de l'Ehpad Les Tilleuls.",
  {"city": "Aubagne"}),
 ("car-scolaire-contresens-a50-aubagne", RIV, "en", 3, 260, 800, [FR, "Europe"], "donate",
  "Wrong-way van hits school coach near Marseille, one dead",
  "A van travelling the wrong way on a motorway east of Marseille smashed into a coach carrying 48 secondary school pupils on Wednesday morning, killing the van's driver and injuring 24 people, four of them children in a serious condition.",
  "The pupils, aged 12 and 13, were on their way to a museum visit in Marseille when the coach was knocked onto its side."),
 ("car-scolaire-contresens-a50-aubagne", CIO, "fr", 3, 360, 2000, [PR], "",
  "Au collège Louis-Fabre, une cellule psychologique et des parents sous le choc",
  "Une cellule d'écoute psychologique a été ouverte mercredi midi au collège Louis-Fabre de La Ciotat, où des dizaines de parents sont venus attendre des nouvelles de leurs enfants partis le matin en sortie scolaire au Mucem.",
  "« Ma fille m'a appelée d'un téléphone de pompier, elle disait juste qu'elle avait mal au bras et qu'elle avait perdu son cartable », raconte une mère."),
 ("car-scolaire-contresens-a50-aubagne", REP, "fr", 3, 470, 1500, [FR, FD, T], "actu",
  "Accident de l'A50 : trente et un blessés selon la préfecture, le contresens en question",
  "Trente et un élèves et accompagnateurs ont finalement été pris en charge à l'hôpital après la collision de l'A50, et non vingt-quatre, a précisé la préfecture mercredi après-midi, les médecins ayant examiné tous les occupants du car par précaution.",
  "Le conducteur de la camionnette, un homme de 67 ans, s'était engagé à contresens depuis une bretelle de sortie de Cassis, selon les premiers éléments de l'enquête."),
 ("car-scolaire-contresens-a50-aubagne", GVP, "fr", 3, 660, 2200, [PR, FD], "teaser",
  "A50 : les quatre collégiens grièvement blessés hors de danger, l'autoroute rouverte",
  "Les quatre collégiens grièvement blessés dans l'accident du car scolaire de l'A50 ne sont plus en danger de mort, a indiqué mercredi en fin de journée l'Assistance publique-Hôpitaux de Marseille, tandis que l'autoroute a été rouverte dans les deux sens peu après 15 heures.",
  "Deux d'entre eux devront être opérés jeudi à l'hôpital de la Timone."),

 # 10. Record cocaine seizure (2.1 t in banana boxes) at the Fos container terminal of the port.
 ("saisie-cocaine-bananes-fos", MER, "fr", 2, 240, 1800, [PR, J], "afp",
  "Saisie record de cocaïne à Fos : 2,1 tonnes cachées dans des cartons de bananes",
  "Les douaniers ont saisi 2,1 tonnes de cocaïne cachées dans des cartons de bananes en provenance d'Équateur sur le terminal à conteneurs de Fos-sur-Mer, la plus importante prise jamais réalisée dans le Grand port maritime de Marseille, a annoncé mercredi le ministère chargé des Comptes publics.",
  "La drogue, d'une valeur estimée à 130 millions d'euros à la revente, a été découverte lundi lors du passage au scanner de trois conteneurs.",
  {"city": "Fos-sur-Mer"}),
 ("saisie-cocaine-bananes-fos", UPI, "en", 2, 330, 300, [FR, "World"], "upi",
  "French customs find record 2 tons of cocaine in banana boxes",
  "French customs officers found more than 2 tons of cocaine hidden among banana boxes in containers shipped from Ecuador to the port of Marseille-Fos, the largest seizure ever made at the Mediterranean port, officials said Wednesday.",
  "No arrests had been announced by Wednesday afternoon."),
 ("saisie-cocaine-bananes-fos", MER, "fr", 2, 525, 500, [PR, J], "reuters_line",
  "Douanes : plus de six tonnes de cocaïne saisies dans les ports du Sud depuis janvier",
  "Avec la prise de 2,1 tonnes réalisée cette semaine à Fos-sur-Mer, les douanes ont intercepté plus de six tonnes de cocaïne dans les ports méditerranéens français depuis janvier, soit deux fois plus qu'en 2026, selon les chiffres communiqués mercredi par leur direction interrégionale.",
  "Les trafiquants se reportent sur les ports du Sud à mesure que les contrôles se renforcent à Anvers et au Havre."),
 ("saisie-cocaine-bananes-fos", ECB, "fr", 2, 560, 1000, [PR, J, SO], "lire",
  "Cocaïne à Fos : les dockers inquiets de la pression des trafiquants",
  "Après la saisie record de cocaïne sur le terminal de Fos, les syndicats de dockers réclament davantage de caméras et de contrôles d'accès, plusieurs salariés ayant déjà été approchés par des trafiquants pour faire sortir des conteneurs avant leur inspection.",
  "« On nous propose en une nuit l'équivalent d'un an de salaire », confie un docker, qui dit avoir signalé l'approche à sa direction.",
  {"also": "Trafic de drogue à Marseille : seize ans de prison pour le chef du réseau des Jonquilles"}),

 # 11. A mistral gust topples a gantry crane on the same Fos container terminal, 13:20;
 #     a crane driver killed, a technician hurt (hôpital Nord); operations halted.
 ("portique-mistral-terminal-fos", ECB, "fr", 2, 400, 2100, [PR, FD], "",
  "Fos-sur-Mer : un portique renversé par le mistral sur le terminal à conteneurs",
  "Un portique de manutention de conteneurs s'est effondré vers 13 h 20 mercredi sur le terminal de Fos-sur-Mer, renversé par une rafale de mistral, et son conducteur serait resté coincé dans la cabine, selon des témoins.",
  "Les secours ont établi un périmètre de sécurité autour de la grue, couchée en travers d'un navire porte-conteneurs à quai."),
 ("portique-mistral-terminal-fos", MER, "fr", 2, 455, 1500, [PR, FD, SO], "afp",
  "Un docker tué par la chute d'un portique à Fos-sur-Mer",
  "Un conducteur de portique de 46 ans a été tué mercredi après-midi à Fos-sur-Mer dans la chute de son engin de levage, renversé par des rafales de mistral dépassant 110 km/h sur le terminal à conteneurs du Grand port maritime de Marseille, a indiqué la préfecture.",
  "Un technicien de maintenance, blessé par des débris, a été transporté à l'hôpital Nord de Marseille. La gendarmerie et l'inspection du travail ont ouvert une enquête.",
  {"city": "Fos-sur-Mer"}),
 ("portique-mistral-terminal-fos", KUN, "en", 2, 520, 200, ["World", "Business"], "kuna",
  "Gulf Crescent Terminals halts Fos operations after fatal crane collapse",
  "Kuwait-based port operator Gulf Crescent Terminals said on Wednesday it had suspended all operations at its container terminal in Fos-sur-Mer, France, after a gantry crane collapsed in high winds, killing one of its crane drivers.",
  "The company said it had sent a team of engineers from its headquarters to assist French investigators.",
  {"city": "Kuwait"}),
 ("portique-mistral-terminal-fos", TVM, "fr", 2, 580, 1300, [PR, SO], "",
  "Chute du portique : les dockers de Fos cessent le travail, le vent en question",
  "Les dockers et portiqueurs du golfe de Fos ont cessé le travail mercredi après-midi en hommage à leur collègue tué, et leur syndicat reproche à l'exploitant du terminal d'avoir maintenu les opérations alors que les Bouches-du-Rhône étaient placées en vigilance jaune pour le vent.",
  "L'exploitant affirme que les rafales mesurées sur le quai étaient restées sous le seuil d'arrêt jusqu'à quelques minutes avant l'accident."),
 ("portique-mistral-terminal-fos", PHO, "fr", 2, 670, 900, [PR, E], "",
  "Portique effondré à Fos : ces grues sont-elles faites pour résister au mistral ?",
  "Les portiques de quai sont conçus pour supporter des vents de plus de 150 km/h à condition d'être arrimés à leurs ancrages, ce qui impose d'arrêter le travail et de bloquer les engins dès que les rafales dépassent un seuil, généralement fixé entre 72 et 80 km/h, explique un ingénieur portuaire.",
  "L'enquête devra établir si la procédure d'arrêt a été déclenchée à temps mercredi."),

 # 12-16. Filler of importance 0 (handball result, weather bulletin, horoscope, lottery) and a
 #        promo posted alone.
 ("handball-massilia-nimes-arenes", SPD, "fr", 0, 25, 1900, ["Sport"], "",
  "Handball : le Massilia Provence renverse Nîmes Arènes au palais des sports",
  "Le Massilia Provence Handball a battu Nîmes Arènes Handball 31-28 mardi soir au palais des sports de Marseille, après avoir été mené de cinq buts à la pause.",
  "Le gardien marseillais Teddy Nguema a réalisé quatorze arrêts, dont trois jets de sept mètres."),
 ("handball-massilia-nimes-arenes", CAN, "fr", 0, 95, 700, ["Sport"], "",
  "Handball : le Massilia remonte à la quatrième place",
  "Grâce à sa victoire 31-28 contre Nîmes mardi soir, le Massilia Provence Handball remonte à la quatrième place du championnat, à trois points du podium.",
  ""),
 ("meteo-provence-jeudi-9-decembre", MET, "fr", 0, 690, 1500, ["Météo"], "",
  "Météo du jeudi 9 décembre : le mistral faiblit, grand soleil sur la Provence",
  "Le mistral soufflera encore jusqu'à 70 km/h en rafales jeudi matin sur le littoral marseillais avant de faiblir l'après-midi, sous un ciel entièrement dégagé, avec des températures comprises entre 3 et 12 °C.",
  "Gelées blanches possibles au lever du jour dans l'arrière-pays, de Brignoles à Manosque."),
 ("horoscope-mercredi-8-decembre", AST, "fr", 0, 2, 800, ["Horoscope"], "",
  "Horoscope du mercredi 8 décembre",
  "Sagittaire, une proposition inattendue arrive en fin de matinée : prenez le temps d'y réfléchir avant de dire oui.",
  "Capricorne : une journée studieuse, gardez la soirée pour vous. Verseau : un ami vous demande conseil."),
 ("tresor-du-midi-tirage-7-decembre", LOT, "fr", 0, 45, 1100, ["Loterie"], "",
  "Trésor du Midi : les numéros du tirage de mardi",
  "Les numéros gagnants du tirage du Trésor du Midi de mardi 7 décembre sont le 5, le 12, le 19, le 27, le 34 et le 42, et le numéro chance est le 8.",
  "Aucun joueur n'a trouvé la combinaison complète : le jackpot de 3 millions d'euros est remis en jeu samedi."),
 ("promo-gazette-vieuxport-edition-soir", GVP, "fr", 0, 200, 60, ["Promo"], "",
  "La Gazette du Vieux-Port : l'édition du soir sur votre téléphone",
  "Retrouvez chaque jour à 18 heures l'édition du soir de La Gazette du Vieux-Port sur votre téléphone, avec l'essentiel de l'actualité de Marseille et de la région, pour 2,99 euros par mois.",
  "Premier mois offert pour toute inscription avant le 31 décembre."),
]
