# Day 112: a French regional channel of Bordeaux and Nouvelle-Aquitaine, evening edition of
# Wednesday 1 December 2027 at 19:00 (window 07:00 - 19:00 Wednesday local, Europe/Paris = UTC+1 in
# December, so 06:00Z - 18:00Z). Gold answer written before any run: each post's story, its lede
# (the true first sentence) and the TOP5 below. Every story, person, company and outlet is invented.
#
# Traps:
# - one radio interview, two stories, same quote: the president of Nouvelle-Aquitaine, Jean-Paul
#   Etcheverry, on Radio Gironde Atlantique on Wednesday morning, quoted about the regional vote on
#   the farm water reserves (post 38) and about the Blanquefort glassworks' job cuts (post 58), both
#   carrying « La Nouvelle-Aquitaine ne choisira jamais entre ses paysans et ses ouvriers... »;
# - a shared wire byline line ("Agence Aquitaine Presse | Mis à jour : 01-12-2027 17:44"): the
#   dockers' strike renewed (post 24) and the glassworks' job cuts confirmed (post 61), three minutes
#   apart, two short "social" items with figures;
# - the same hospital: Pellegrin (CHU de Bordeaux) takes the A63 coach crash's injured (post 45),
#   treats the legionella patients (posts 52-56; post 54 says it also takes the coach's injured) and
#   is where the cyclist was declared dead (post 50);
# - the same court: the palais de justice of Bordeaux holds the wine fraud trial (posts 29-32) and
#   the assizes verdict of the Gujan-Mestras oyster farmer's killing (posts 33-36);
# - the same town: Libourne holds the wine warehouse fire (posts 1-7) and is the home of the
#   négociant tried for fraud (posts 29, 30, 31); Bassens holds the dockers' strike and cooling
#   towers checked for the legionella (post 54);
# - look-alike stories: two fires (the Libourne wine warehouse, posts 1-7; the deadly Mérignac house
#   fire, posts 8-10); two strikes (tram drivers, posts 11-16; dockers of Bassens, posts 21-24); two
#   trials (posts 29-32, 33-36); two votes (the city council's parking fees, posts 25-28; the
#   region's water reserves, posts 37-42); two road accidents (the A63 coach near Mios, posts 43-48;
#   the cyclist killed by a cement truck, posts 49-51); two wine stories (a négociant's warehouse on
#   fire, another négociant on trial);
# - one toll revised by a second source: the A63 coach, one dead (gendarmerie, post 43) then two
#   (prefecture, post 45); the Libourne firemen, one hurt (post 3) then two (post 5);
# - one story told in two languages by different agencies with different words: the tram strike
#   ("grève", "débrayage", "arrêt de travail" / "walk out", "stoppage"), the warehouse fire
#   ("incendie", "brasier", "sinistre" / "blaze", "gutted"), the coach crash ("autocar", "car",
#   "sortie de route" / "bus", "rolled");
# - stories told from other angles: the evacuated quay (post 2), the growers' lost wine (post 6), the
#   river watched (post 7), the neighbours (post 9), the cause (post 10), how to get around (post 12),
#   the drivers' rosters (post 13), the ships at anchor (post 22), the port reform explained (post
#   23), who pays for parking (post 26), the shopkeepers (post 27), the defence (post 32), the
#   victim's family (post 35), the oyster concessions (post 36), the reservoirs explained (post 39),
#   the protesters (post 42), the detour (post 44), the passengers tell (post 47), what we know (post
#   48), the cyclists' rally (post 51), the residents worried (post 53), the symptoms (post 56), the
#   town of Blanquefort (post 60); the football's second post is a portrait of the scorer (post 18);
# - a "Lire aussi" line in a tram-strike post naming the dockers' strike (post 12); a teaser (post
#   10); captions (posts 2, 32, 44); update notes (posts 5, 16, 45);
# - posts in English (agencies' English service): posts 4, 14, 31, 41, 46, 55, 59;
# - a promo posted alone (post 62); filler of importance 0: the football result (posts 17, 18),
#   the weather bulletin (post 19), the horoscope (post 20).
NAME = "2027-12-01-fr-soir-bordeaux-h112"
CHANNEL = {"lang": "fr", "tz": "Europe/Paris"}
WINDOW = ("2027-12-01T06:00:00Z", "2027-12-01T18:00:00Z")
CTX = {"stamp": "01-12-2027 17:44", "line": "Agence Aquitaine Presse | Mis à jour : 01-12-2027 17:44",
       "city": "Bordeaux", "date_fr": "1er déc", "date_en": "Dec 1",
       "author": "Claire Laborde", "clarify": "the number of people killed",
       "caption": "", "also": "notre dossier", "country": "France"}
# The editor's top 5: the A63 coach crash, the Libourne wine warehouse fire, the tram strike, the
# region's vote on the water reserves, the Blanquefort glassworks' job cuts.
TOP5 = ["accident-autocar-a63-mios-h112", "incendie-chai-libourne-h112",
        "greve-tram-bordeaux-h112", "vote-region-reserves-eau-h112",
        "suppressions-postes-verrerie-blanquefort-h112"]
NA = "Nouvelle-Aquitaine"
BX = "Bordeaux"
E = "Économie"
SA = "Santé"
J = "Justice"
FD = "Faits divers"
P = "Politique"
T = "Transports"
AAP = "agence-aquitaine-presse.fr"
AN = "agence-nord.fr"
COUR = "courrier-de-gironde.fr"
RAD = "radio-gironde-atlantique.fr"
TV = "tele-estuaire.fr"
ACTU = "bordeaux-actu24.fr"
LUNE = "port-de-la-lune-info.fr"
LIB = "echo-libournais.fr"
BASSIN = "gazette-du-bassin.fr"
MERI = "merignac-hebdo.fr"
ECO = "eco-aquitaine.fr"
SANTE = "sante-sud-ouest.fr"
JUST = "chroniques-du-palais.fr"
VIN = "vigne-et-chais.fr"
AGRI = "terres-aquitaines.fr"
MER = "journal-de-l-estuaire.fr"
SPORT = "tribune-des-sports-aquitains.fr"
METEO = "meteo-girondine.fr"
ASTRO = "astres-et-signes.fr"
WW = "wire-west.com"
APL = "ap-like.com"
EUR = "euro-ledger.com"
WINE = "wine-trade-daily.com"
MED = "health-desk-europe.com"
IND = "industry-week-wire.com"
QUOTE = ("« La Nouvelle-Aquitaine ne choisira jamais entre ses paysans et ses ouvriers : l'eau comme "
         "l'emploi se défendent ici, pas dans les bureaux des actionnaires »")
POSTS = [
 # 1. Fire at a wine négociant's warehouse in the port district of Libourne; 1 -> 2 firemen hurt.
 ("incendie-chai-libourne-h112", AAP, "fr", 3, 70, 3000, [NA, BX, FD], "afp",
  "Violent incendie dans un chai de négoce à Libourne",
  "Un violent incendie ravage depuis mercredi matin le chai d'un négociant en vins du quartier du port, à Libourne, où près de quatre-vingts pompiers tentent d'empêcher les flammes de gagner les entrepôts voisins, a indiqué la préfecture de la Gironde.",
  "Le feu s'est déclaré vers 8 h 15 dans un bâtiment de 6 000 mètres carrés appartenant à la maison Berthelot-Larrieu, où étaient stockés plusieurs milliers de barriques.",
  {"city": "Libourne"}),
 ("incendie-chai-libourne-h112", LIB, "fr", 3, 120, 1800, [NA, FD], "caption",
  "Libourne : les habitants du quai des Salinières évacués",
  "Une quarantaine d'habitants des immeubles qui bordent le quai des Salinières ont été évacués par précaution vers la salle des fêtes, pendant que la fumée âcre du chai en feu envahissait les rues du centre historique.",
  "Le pont de pierre sur la Dordogne est fermé à la circulation jusqu'à nouvel ordre.",
  {"site": "L'Écho libournais", "caption": "Une épaisse fumée grise s'échappe du chai de la maison Berthelot-Larrieu, au bord de la Dordogne, à Libourne, le mercredi 1er décembre 2027."}),
 ("incendie-chai-libourne-h112", ACTU, "fr", 3, 200, 2100, [NA, FD], "",
  "Chai en feu à Libourne : un sapeur-pompier blessé",
  "Un sapeur-pompier a été blessé à la main par la chute d'un cerclage de barrique en combattant le brasier du chai de Libourne et conduit au centre hospitalier Robert-Boulin, a annoncé le service départemental d'incendie et de secours.",
  "La toiture du bâtiment s'est effondrée en fin de matinée."),
 ("incendie-chai-libourne-h112", WW, "en", 3, 265, 600, ["Europe", "France"], "reuters",
  "Blaze destroys wine warehouse in France's Bordeaux region",
  "A fire gutted a wine merchant's warehouse in the town of Libourne near Bordeaux on Wednesday, destroying thousands of barrels and forcing residents of nearby buildings to leave their homes, officials said.",
  "One firefighter was slightly injured, the fire service said."),
 ("incendie-chai-libourne-h112", COUR, "fr", 3, 410, 2400, [NA, BX, FD], "actu",
  "Incendie de Libourne : le sinistre maîtrisé, un second pompier hospitalisé",
  "Les secours ont annoncé en début d'après-midi avoir circonscrit le feu du chai Berthelot-Larrieu, au prix d'un second sapeur-pompier blessé, incommodé par les fumées et évacué vers l'hôpital de Libourne.",
  "Les riverains ont pu regagner leur domicile vers 15 heures. Une enquête a été ouverte pour déterminer l'origine du sinistre."),
 ("incendie-chai-libourne-h112", VIN, "fr", 3, 500, 900, [NA, E], "",
  "Dans le Libournais, des vignerons voient partir en fumée leur millésime",
  "Une vingtaine de propriétés de Pomerol, de Fronsac et de Lalande-de-Pomerol avaient confié leurs vins en élevage à la maison Berthelot-Larrieu, et plusieurs d'entre elles ont perdu tout ou partie de leur récolte 2026.",
  "« C'est une année de travail qui disparaît en une matinée », témoigne un viticulteur de Fronsac, qui espère que son assurance couvrira les barriques."),
 ("incendie-chai-libourne-h112", TV, "fr", 3, 600, 1100, [NA], "",
  "Du vin et de l'eau d'extinction dans la Dordogne : la rivière sous surveillance",
  "L'Office français de la biodiversité a effectué mercredi après-midi des prélèvements dans la Dordogne, où des eaux d'extinction chargées de vin se sont déversées par les égouts pluviaux du quartier du port.",
  "La pêche est interdite par arrêté préfectoral sur cinq kilomètres en aval de Libourne."),

 # 2. Deadly house fire in the night at Mérignac (Arlac district).
 ("incendie-maison-merignac-h112", AAP, "fr", 2, 15, 1600, [BX, FD], "afp",
  "Mérignac : un octogénaire meurt dans l'incendie de sa maison",
  "Un homme de 83 ans a péri dans l'incendie de sa maison, survenu dans la nuit de mardi à mercredi dans le quartier d'Arlac, à Mérignac, ont indiqué les pompiers, arrivés trop tard pour le sauver.",
  "Son épouse, qui dormait dans une autre pièce, a pu sortir par une fenêtre et a été examinée sur place.",
  {"city": "Mérignac"}),
 ("incendie-maison-merignac-h112", MERI, "fr", 2, 160, 1200, [BX, FD], "",
  "Drame d'Arlac : « Il était le doyen de la rue »",
  "Les voisins du vieil homme, alertés vers 3 heures par les cris de sa femme, racontent avoir arrosé la façade avec des tuyaux d'arrosage en attendant les secours, sans pouvoir approcher de la chambre.",
  "« Il réparait les vélos de tous les enfants du quartier », se souvient un voisin.",
  {"site": "Mérignac Hebdo"}),
 ("incendie-maison-merignac-h112", ACTU, "fr", 2, 330, 900, [BX, FD], "teaser",
  "Incendie mortel à Mérignac : un poêle à bois mis en cause",
  "Les enquêteurs privilégient la piste d'un poêle à bois dont le conduit, mal entretenu, aurait mis le feu à la charpente de la maison où un homme de 83 ans a trouvé la mort dans la nuit.",
  "Les pompiers rappellent l'obligation de faire ramoner les conduits deux fois par an."),

 # 3. Tram drivers' strike on the Bordeaux network (Girondine de Mobilité), renewed Thursday.
 ("greve-tram-bordeaux-h112", AAP, "fr", 3, 5, 2700, [BX, T], "colon",
  "Bordeaux : un tram sur trois mercredi, grève des conducteurs",
  "Les conducteurs de tramway de Bordeaux sont en grève mercredi à l'appel de l'intersyndicale, qui conteste les nouveaux roulements de service imposés depuis novembre, et seule une rame sur trois circule sur les lignes A, B et C, a prévenu l'exploitant Girondine de Mobilité.",
  "La ligne D ne fonctionne pas du tout ; les bus sont moins touchés."),
 ("greve-tram-bordeaux-h112", LUNE, "fr", 3, 40, 2300, [BX, T], "lire",
  "Grève du tram : comment se déplacer à Bordeaux ce mercredi",
  "Pour traverser l'agglomération malgré le débrayage des conducteurs, la métropole conseille le vélo, les navettes fluviales du BatCub, qui sont renforcées toute la journée, et les lignes de bus express vers Pessac et Lormont.",
  "Les vélos en libre-service sont gratuits pour les abonnés jusqu'à jeudi soir.",
  {"also": "Port de Bordeaux : les dockers de Bassens en grève"}),
 ("greve-tram-bordeaux-h112", COUR, "fr", 3, 140, 1500, [BX, T], "",
  "Roulements : « On finit à 1 heure, on reprend à 6 heures »",
  "Au dépôt de la Bastide, les wattmen en grève racontent des journées coupées en trois, des pauses de vingt minutes et des prises de service à l'aube après une fin de soirée, depuis la réorganisation des horaires décidée à l'automne.",
  "« On ne voit plus nos enfants », résume une conductrice de la ligne B."),
 ("greve-tram-bordeaux-h112", APL, "en", 3, 230, 500, ["Europe", "France"], "ap",
  "Bordeaux tram drivers walk out over work schedules",
  "Tram drivers in the southwestern French city of Bordeaux walked out Wednesday over new work rosters they say wear them down, leaving only one tram in three running and commuters packed onto buses and river shuttles.",
  "Unions said the stoppage could continue into Thursday."),
 ("greve-tram-bordeaux-h112", TV, "fr", 3, 380, 1700, [BX, T], "",
  "Tramway : la direction propose de revoir les services coupés",
  "La direction de Girondine de Mobilité a proposé mercredi après-midi de supprimer les services coupés en trois morceaux d'ici mars, une offre jugée trop tardive par les syndicats de conducteurs, qui attendent un calendrier écrit.",
  "Les négociations reprennent jeudi à 9 heures."),
 ("greve-tram-bordeaux-h112", ACTU, "fr", 3, 610, 2000, [BX, T], "actu",
  "Le mouvement reconduit : le point sur le trafic du tram jeudi",
  "L'arrêt de travail étant reconduit jeudi, les voyageurs doivent s'attendre à nouveau à une rame sur trois sur les lignes A, B et C et à une ligne D fermée, selon les prévisions publiées en fin de journée par l'exploitant.",
  "Les parcs relais de Stalingrad et de Buttinière seront ouverts gratuitement."),

 # Filler: football result (two posts).
 ("foot-bordeaux-estuaire-fc-niort-h112", SPORT, "fr", 0, 10, 1100, ["Sport"], "",
  "National : Bordeaux Estuaire FC s'impose à Niort",
  "Bordeaux Estuaire FC a battu l'Olympique Niort-Sèvre (2-0) mardi soir au stade des Chamois, en match en retard de la quatorzième journée de National.",
  "Les Girondins de l'Estuaire remontent à la troisième place."),
 ("foot-bordeaux-estuaire-fc-niort-h112", ACTU, "fr", 0, 90, 700, ["Sport"], "",
  "Estuaire FC : deux buts de Mathis Lacoste et la troisième place",
  "Entré à la mi-temps, l'attaquant Mathis Lacoste a marqué les deux buts de la victoire de Bordeaux Estuaire FC à Niort, son premier doublé depuis son arrivée au club.",
  "Prochain match samedi face à Dunkerque-Flandre."),

 # 4-5. Filler: weather bulletin, horoscope.
 ("meteo-gironde-jeudi-2-decembre-h112", METEO, "fr", 0, 660, 900, ["Météo"], "",
  "Météo du jeudi 2 décembre : averses et coups de vent sur la côte",
  "Un temps perturbé gagnera la Gironde jeudi, avec des averses parfois orageuses sur le littoral et des rafales de 70 km/h à la pointe de Grave, pour des températures de 7 à 12 degrés à Bordeaux.",
  "Le vent faiblira dans la nuit de jeudi à vendredi."),
 ("horoscope-jeudi-2-decembre-h112", ASTRO, "fr", 0, 690, 600, ["Horoscope"], "",
  "Horoscope du jeudi 2 décembre",
  "Lion : une discussion franche dissipe un malentendu ancien, profitez-en pour tourner la page.",
  "Vierge : un projet de voyage se précise. Balance : ménagez votre dos."),

 # 6. Dockers' strike at the port terminal of Bassens (Grand port maritime de Bordeaux).
 ("greve-dockers-bassens-h112", AAP, "fr", 2, 35, 1500, [NA, E, T], "afp",
  "Port de Bordeaux : les dockers de Bassens en grève",
  "Les dockers et les grutiers du terminal de Bassens, principal site du port de Bordeaux, ont cessé le travail mercredi à l'aube pour protester contre le projet de confier la manutention des conteneurs à un opérateur privé unique.",
  "Aucun navire n'a été chargé ou déchargé depuis 6 heures.",
  {"city": "Bassens"}),
 ("greve-dockers-bassens-h112", MER, "fr", 2, 170, 700, [NA, E], "",
  "Sept cargos au mouillage dans l'estuaire",
  "Sept navires, dont un vraquier chargé d'engrais et deux porte-conteneurs, attendaient mercredi midi au mouillage devant Pauillac et le Verdon de pouvoir remonter jusqu'aux quais bloqués par le mouvement des portuaires.",
  "Les armateurs menacent de dérouter leurs escales vers La Rochelle.",
  {"site": "Le Journal de l'Estuaire"}),
 ("greve-dockers-bassens-h112", ECO, "fr", 2, 300, 600, [NA, E], "",
  "Manutention portuaire : ce que prévoit la réforme contestée",
  "Le conseil de surveillance du port veut lancer au printemps un appel d'offres pour confier à une seule entreprise, pour vingt ans, l'ensemble des opérations de chargement des conteneurs aujourd'hui réparties entre trois sociétés.",
  "Les syndicats craignent la suppression d'une centaine d'emplois sur les 420 du terminal."),
 ("greve-dockers-bassens-h112", AAP, "fr", 2, 640, 800, [NA, E], "reuters_line",
  "Port de Bordeaux : le mouvement des dockers reconduit vendredi",
  "Réunis en assemblée générale mercredi en fin d'après-midi, les dockers de Bassens ont voté la poursuite de leur grève jusqu'à vendredi, faute de réponse de la direction du port sur le retrait de l'appel d'offres.",
  "Sept navires restent en attente."),

 # 7. Bordeaux city council vote: paid parking extended to Caudéran and La Bastide.
 ("vote-conseil-municipal-stationnement-h112", COUR, "fr", 2, 110, 1300, [BX, P], "",
  "Stationnement payant : le conseil municipal de Bordeaux vote ce mercredi",
  "Le conseil municipal de Bordeaux doit voter mercredi après-midi l'extension du stationnement payant aux quartiers de Caudéran et de La Bastide à partir d'avril, avec un tarif résidentiel porté de 15 à 25 euros par mois.",
  "La majorité compte sur 4 millions d'euros de recettes supplémentaires par an."),
 ("vote-conseil-municipal-stationnement-h112", ACTU, "fr", 2, 290, 1500, [BX], "",
  "Qui paiera quoi ? Le nouveau stationnement expliqué rue par rue",
  "Les résidents des rues situées entre la barrière du Médoc et le parc Bordelais devront acheter une vignette, tandis que les visiteurs paieront 2,40 euros l'heure, avec une première demi-heure gratuite pour les commerces de proximité.",
  "Les artisans et les soignants à domicile auront une carte professionnelle à 10 euros."),
 ("vote-conseil-municipal-stationnement-h112", TV, "fr", 2, 430, 1000, [BX, P], "",
  "Les commerçants de Caudéran manifestent devant l'hôtel de ville",
  "Une centaine de commerçants de la barrière Judaïque et de la place de l'Église de Caudéran se sont rassemblés mercredi devant le palais Rohan pour dénoncer un stationnement payant qui, selon eux, fera fuir leurs clients vers les centres commerciaux.",
  "Une pétition de 6 000 signatures a été remise au cabinet du maire."),
 ("vote-conseil-municipal-stationnement-h112", LUNE, "fr", 2, 660, 1300, [BX, P], "",
  "Caudéran et La Bastide passent au stationnement payant",
  "Les élus bordelais ont adopté mercredi soir, par 41 voix contre 20, la délibération qui étend les zones payantes à Caudéran et à La Bastide au 1er avril 2028.",
  "L'opposition a dénoncé « une taxe sur les familles qui n'ont pas le tram »."),

 # 8. Wine fraud trial at the tribunal correctionnel of Bordeaux (a Libourne négociant).
 ("proces-fraude-vin-negociant-h112", JUST, "fr", 2, 80, 800, [BX, J], "",
  "Faux bordeaux : le négociant Thierry Mauvezin devant le tribunal",
  "Le négociant libournais Thierry Mauvezin comparaît à partir de mercredi devant le tribunal correctionnel de Bordeaux, accusé d'avoir vendu sous l'appellation bordeaux supérieur près de 1,4 million de bouteilles de vin espagnol entre 2022 et 2024.",
  "Sa société, Les Caves du Pont de Pierre, a été placée en liquidation en 2025.",
  {"site": "Chroniques du palais"}),
 ("proces-fraude-vin-negociant-h112", AAP, "fr", 2, 300, 1100, [BX, J], "afp",
  "Tromperie sur l'origine du vin : trois ans de prison dont deux avec sursis requis",
  "Le parquet a requis mercredi trois ans d'emprisonnement, dont deux avec sursis, et 500 000 euros d'amende contre un négociant de Libourne jugé pour avoir fait passer du vin espagnol pour du bordeaux.",
  "Les services de la répression des fraudes avaient découvert des camions-citernes venus de la Manche espagnole dans son chai."),
 ("proces-fraude-vin-negociant-h112", WINE, "en", 2, 380, 300, ["Europe", "Wine"], "byline_en",
  "French merchant on trial for passing off Spanish wine as Bordeaux",
  "A wine merchant from Libourne stood trial in Bordeaux on Wednesday, accused of selling some 1.4 million bottles of bulk Spanish wine under a Bordeaux appellation label.",
  "Prosecutors asked for a three-year sentence, two of them suspended.",
  {"site": "Wine Trade Daily", "author": "Oliver Grant"}),
 ("proces-fraude-vin-negociant-h112", COUR, "fr", 2, 540, 700, [BX, J], "caption",
  "Procès Mauvezin : la défense plaide l'erreur d'étiquetage",
  "L'avocate de Thierry Mauvezin a soutenu mercredi soir que son client avait été trompé par un courtier sur l'origine des citernes, avant que le tribunal ne mette sa décision en délibéré au 19 janvier.",
  "Le syndicat viticole des bordeaux, partie civile, réclame un million d'euros de dommages et intérêts.",
  {"site": "Le Courrier de Gironde", "caption": "Thierry Mauvezin arrive au palais de justice de Bordeaux, le mercredi 1er décembre 2027."}),

 # 9. Assizes verdict: an oyster farmer killed by his former partner in Gujan-Mestras (2025).
 ("assises-ostreiculteur-gujan-h112", BASSIN, "fr", 2, 95, 800, [NA, J], "",
  "Meurtre du port de Larros : le verdict attendu ce mercredi",
  "La cour d'assises de la Gironde doit rendre mercredi son verdict dans le procès de Rémi Castaing, 41 ans, accusé d'avoir tué à coups de barre de fer son ancien associé, l'ostréiculteur Pascal Dubernet, en mars 2025 sur le port de Larros, à Gujan-Mestras.",
  "L'avocat général a requis vingt-deux ans de réclusion mardi soir.",
  {"site": "La Gazette du Bassin"}),
 ("assises-ostreiculteur-gujan-h112", AAP, "fr", 2, 310, 1200, [NA, J], "afp",
  "Assises de la Gironde : dix-huit ans de réclusion pour le meurtre d'un ostréiculteur",
  "Un ancien ostréiculteur de 41 ans a été condamné mercredi à dix-huit ans de réclusion criminelle par la cour d'assises de la Gironde pour avoir tué son associé lors d'une dispute sur le partage de leurs parcs à huîtres, sur le bassin d'Arcachon.",
  "L'accusé, qui avait plaidé la légitime défense, dispose de dix jours pour faire appel."),
 ("assises-ostreiculteur-gujan-h112", JUST, "fr", 2, 400, 700, [NA, J], "",
  "Procès Castaing : la famille Dubernet « enfin entendue »",
  "À la sortie de la salle d'audience, la veuve et la fille de la victime ont salué une décision qui écarte la thèse de la légitime défense, soutenue par l'accusé pendant les trois jours de débats.",
  "« Mon père n'avait rien dans les mains ce matin-là », a répété sa fille devant les caméras."),
 ("assises-ostreiculteur-gujan-h112", COUR, "fr", 2, 580, 600, [NA], "",
  "Sur le Bassin, des parcs à huîtres disputés depuis des générations",
  "Le drame de Gujan-Mestras a mis en lumière les tensions qui entourent l'attribution des concessions ostréicoles du bassin d'Arcachon, devenues rares et chères à mesure que les jeunes exploitants s'installent.",
  "Une concession d'un hectare se négocie désormais plus de 100 000 euros."),

 # 10. Regional council vote on farm water reserves (Charente, Deux-Sèvres, Vienne).
 ("vote-region-reserves-eau-h112", AAP, "fr", 3, 60, 1400, [NA, P], "ats",
  "La région Nouvelle-Aquitaine vote mercredi son plan de réserves d'eau agricoles",
  "Les conseillers régionaux de Nouvelle-Aquitaine se prononcent mercredi, en séance plénière à Bordeaux, sur un plan de 140 millions d'euros destiné à financer trente-deux réserves d'eau pour l'irrigation en Charente, dans les Deux-Sèvres et dans la Vienne.",
  "Les écologistes et une partie de la gauche ont annoncé qu'ils voteraient contre."),
 ("vote-region-reserves-eau-h112", RAD, "fr", 3, 205, 1100, [NA, P], "",
  "Réserves d'eau : Jean-Paul Etcheverry défend « une irrigation partagée »",
  "Sur Radio Gironde Atlantique mercredi matin, le président de la région, Jean-Paul Etcheverry, a défendu le plan de retenues d'eau face aux élus écologistes, qui y voient un accaparement de la ressource par les grandes exploitations céréalières.",
  f"{QUOTE}, a-t-il lancé, en promettant des compteurs sur chaque retenue."),
 ("vote-region-reserves-eau-h112", AGRI, "fr", 3, 320, 500, [NA], "",
  "Trente-deux bassines : ce que contient le plan de la région",
  "Le plan soumis aux élus prévoit de creuser trente-deux retenues de substitution, remplies l'hiver par pompage dans les nappes, en échange d'une baisse de 20 % des prélèvements d'été et de l'obligation pour les irrigants de réduire les pesticides.",
  "La région financerait 40 % des travaux, l'agence de l'eau Adour-Garonne un quart."),
 ("vote-region-reserves-eau-h112", AAP, "fr", 3, 455, 1300, [NA, P], "",
  "Nouvelle-Aquitaine : le plan de retenues d'eau adopté",
  "Le conseil régional de Nouvelle-Aquitaine a adopté mercredi par 112 voix contre 61 le financement de trente-deux réserves d'eau agricoles, au terme de six heures de débats tendus.",
  "Le groupe écologiste a annoncé un recours devant le tribunal administratif de Poitiers."),
 ("vote-region-reserves-eau-h112", EUR, "en", 3, 505, 250, ["Europe", "Environment"], "upi",
  "French region backs farm water reservoirs despite protests",
  "The regional council of Nouvelle-Aquitaine in southwestern France voted Wednesday to spend 140 million euros on thirty-two giant reservoirs for crop irrigation, a plan environmental groups say will drain groundwater.",
  "Protesters gathered outside the council building in Bordeaux during the debate."),
 ("vote-region-reserves-eau-h112", COUR, "fr", 3, 645, 700, [NA], "",
  "Devant l'hôtel de région, les opposants aux bassines sous la pluie",
  "Quelque trois cents militants écologistes et paysans, venus en car des Deux-Sèvres, ont manifesté toute la journée devant l'hôtel de région, rue François-de-Sourdis, en scandant « l'eau est un bien commun ».",
  "La manifestation s'est dispersée dans le calme après l'annonce du résultat."),

 # 11. A coach leaves the A63 and overturns near Mios; 1 dead (gendarmerie) -> 2 (prefecture).
 ("accident-autocar-a63-mios-h112", AN, "fr", 3, 25, 3400, [NA, FD, T], "afp",
  "Un autocar se renverse sur l'A63 près de Mios",
  "Un autocar de ligne qui reliait Bordeaux à Bayonne a quitté la chaussée et s'est couché sur le flanc mercredi vers 7 h 30 sur l'autoroute A63, à hauteur de Mios, faisant au moins un mort et vingt-trois blessés, selon la gendarmerie.",
  "L'autoroute est coupée dans le sens Bordeaux-Espagne.",
  {"city": "Mios"}),
 ("accident-autocar-a63-mios-h112", ACTU, "fr", 3, 100, 2500, [BX, T], "caption",
  "A63 coupée : la circulation déviée par Salles et Belin-Béliet",
  "Après l'accident de l'autocar, les automobilistes qui descendent vers les Landes sont déviés par la route départementale 1010, où se forment des bouchons de plusieurs kilomètres entre Le Barp et Belin-Béliet.",
  "La préfecture conseille de différer les départs vers le sud.",
  {"caption": "L'autocar renversé sur le bas-côté de l'A63, près de Mios, le mercredi 1er décembre 2027 au matin."}),
 ("accident-autocar-a63-mios-h112", COUR, "fr", 3, 240, 2700, [NA, FD], "actu",
  "Accident de car sur l'A63 : une deuxième victime",
  "Une passagère de 67 ans grièvement blessée dans la sortie de route du car près de Mios est morte en fin de matinée à l'hôpital Pellegrin, portant à deux le nombre de morts, a annoncé la préfecture de la Gironde.",
  "Six blessés restent hospitalisés au CHU de Bordeaux et à Arcachon, dont un en urgence absolue."),
 ("accident-autocar-a63-mios-h112", APL, "en", 3, 280, 700, ["Europe", "France"], "ap",
  "Bus overturns on French highway, killing 2",
  "Two people were killed and 23 injured when an intercity bus ran off a highway and rolled onto its side south of Bordeaux on Wednesday morning, French authorities said.",
  "Investigators were examining whether the driver had been taken ill."),
 ("accident-autocar-a63-mios-h112", TV, "fr", 3, 430, 1300, [NA, FD], "",
  "« Le car a tangué, puis tout s'est renversé » : les passagers racontent",
  "Soignés au centre de secours de Mios, plusieurs voyageurs décrivent un véhicule qui a soudain dérivé vers la glissière avant de basculer, projetant les bagages et les passagers qui n'avaient pas bouclé leur ceinture.",
  "Un étudiant de Bayonne raconte avoir brisé une vitre pour aider les autres à sortir."),
 ("accident-autocar-a63-mios-h112", LUNE, "fr", 3, 560, 1200, [NA, T], "",
  "Sortie de route du car de l'A63 : ce que l'on sait",
  "Le chauffeur, âgé de 58 ans, a été testé négatif à l'alcool et aux stupéfiants, et les enquêteurs cherchent à savoir s'il a été victime d'un malaise, comme l'affirment plusieurs témoins.",
  "Le parquet de Bordeaux a ouvert une enquête pour homicides involontaires."),

 # 12. A cyclist killed by a cement truck near Saint-Jean station, Bordeaux.
 ("cycliste-tue-toupie-bordeaux-h112", ACTU, "fr", 1, 340, 1000, [BX, FD], "",
  "Bordeaux : une étudiante à vélo tuée par une bétonnière près de la gare",
  "Une étudiante de 21 ans circulant à vélo a été tuée mercredi vers 12 h 30 par une bétonnière qui tournait à droite au carrefour du cours de la Marne et de la rue de Tauzia, près de la gare Saint-Jean, à Bordeaux.",
  "Le chauffeur, choqué, a été entendu par la police."),
 ("cycliste-tue-toupie-bordeaux-h112", AAP, "fr", 1, 420, 800, [BX, FD], "afp",
  "Une cycliste meurt percutée par un poids lourd à Bordeaux",
  "Une jeune femme à bicyclette a perdu la vie mercredi midi après avoir été happée par un camion-toupie dans l'angle mort du véhicule, dans le quartier de la gare de Bordeaux, et déclarée morte à son arrivée à l'hôpital Pellegrin.",
  "C'est le troisième cycliste tué dans la ville depuis le début de l'année."),
 ("cycliste-tue-toupie-bordeaux-h112", LUNE, "fr", 1, 630, 700, [BX], "",
  "Rassemblement de cyclistes au carrefour du drame",
  "Près de quatre cents cyclistes se sont rassemblés mercredi soir au carrefour où une étudiante a été tuée, pour réclamer une piste séparée sur le cours de la Marne et l'interdiction des poids lourds en centre-ville aux heures de pointe.",
  "Un vélo peint en blanc a été accroché au feu tricolore."),

 # 13. Legionella outbreak in the Bacalan district; patients at Pellegrin.
 ("legionellose-bacalan-h112", SANTE, "fr", 2, 50, 1500, [BX, SA], "",
  "Légionellose : neuf cas et un mort dans le quartier de Bacalan",
  "L'agence régionale de santé a annoncé mercredi neuf cas de légionellose, dont un mortel, chez des habitants du quartier de Bacalan, à Bordeaux, et recherche une tour aéroréfrigérante qui pourrait être à l'origine de la contamination.",
  "Huit malades sont hospitalisés, dont deux en réanimation à l'hôpital Pellegrin."),
 ("legionellose-bacalan-h112", TV, "fr", 2, 190, 1100, [BX, SA], "",
  "À Bacalan, les habitants inquiets après les cas de légionellose",
  "Devant la pharmacie de la rue Achard, des habitants du quartier disent ne pas savoir s'ils doivent continuer à prendre leur douche ou à ouvrir leurs fenêtres depuis l'annonce des premiers cas de la maladie.",
  "La mairie de quartier a ouvert une permanence d'information."),
 ("legionellose-bacalan-h112", COUR, "fr", 2, 310, 900, [BX, SA], "",
  "Légionelles : les tours de refroidissement du nord de Bordeaux contrôlées",
  "Les inspecteurs de l'environnement ont prélevé mercredi des échantillons dans onze tours aéroréfrigérantes d'entreprises de Bacalan et de Bassens, tandis que l'hôpital Pellegrin, qui soigne les malades, accueillait aussi les blessés de l'accident de car de l'A63.",
  "Les résultats des analyses sont attendus sous dix jours."),
 ("legionellose-bacalan-h112", MED, "en", 2, 410, 200, ["Europe", "Health"], "donate",
  "Legionnaires' disease cluster kills one in Bordeaux",
  "Health authorities in Bordeaux are investigating a cluster of nine cases of Legionnaires' disease in a northern district of the city, one of them fatal, and are testing industrial cooling towers as the likely source.",
  "The disease is not transmitted from person to person."),
 ("legionellose-bacalan-h112", LUNE, "fr", 2, 570, 1000, [SA], "",
  "Légionellose : les symptômes qui doivent alerter",
  "Une forte fièvre, une toux sèche et des difficultés à respirer dans les dix jours qui suivent un séjour dans le nord de Bordeaux doivent conduire à consulter sans attendre, rappellent les médecins infectiologues.",
  "Les personnes âgées, les fumeurs et les diabétiques sont les plus exposés."),

 # 14. The Blanquefort glassworks (Verreries de l'Estuaire) cut 260 jobs.
 ("suppressions-postes-verrerie-blanquefort-h112", ECO, "fr", 3, 55, 1600, [NA, E], "",
  "Blanquefort : les Verreries de l'Estuaire suppriment 260 emplois",
  "Le fabricant de bouteilles Verreries de l'Estuaire a annoncé mercredi matin la suppression de 260 de ses 710 postes dans son usine de Blanquefort, au nord de Bordeaux, en invoquant l'effondrement des commandes des châteaux et la hausse du prix du gaz.",
  "L'un des deux fours sera éteint au printemps.",
  {"site": "Éco Aquitaine"}),
 ("suppressions-postes-verrerie-blanquefort-h112", RAD, "fr", 3, 215, 1300, [NA, E, P], "",
  "Verrerie de Blanquefort : le président de région promet de se battre",
  "Invité mercredi matin de Radio Gironde Atlantique, le président de la Nouvelle-Aquitaine, Jean-Paul Etcheverry, a annoncé qu'il réunirait vendredi la direction des Verreries de l'Estuaire et qu'aucune aide régionale ne serait versée sans plan de reprise du four.",
  f"{QUOTE}, a-t-il ajouté."),
 ("suppressions-postes-verrerie-blanquefort-h112", IND, "en", 3, 290, 300, ["Europe", "Business"], "byline_en",
  "Bordeaux bottle maker to cut 260 jobs as wine sales slump",
  "A glass bottle manufacturer near Bordeaux said on Wednesday it would cut 260 jobs and shut one of its two furnaces, blaming falling orders from wine estates and high gas prices.",
  "Unions called a rally at the plant for Friday.",
  {"site": "Industry Week Wire", "author": "Sam Keller"}),
 ("suppressions-postes-verrerie-blanquefort-h112", MERI, "fr", 3, 480, 700, [NA, E], "",
  "À Blanquefort, une ville qui a grandi avec son usine",
  "Dans les rues de Blanquefort, où presque chaque famille compte un verrier, l'annonce du plan social ravive le souvenir de la fermeture de l'usine automobile voisine, il y a dix ans.",
  "Le maire a demandé à l'État la nomination d'un commissaire à la réindustrialisation.",
  {"site": "Mérignac Hebdo"}),
 ("suppressions-postes-verrerie-blanquefort-h112", AAP, "fr", 3, 643, 800, [NA, E], "reuters_line",
  "Verreries de l'Estuaire : 260 suppressions confirmées au comité social",
  "La direction des Verreries de l'Estuaire a confirmé mercredi en fin d'après-midi, devant le comité social et économique, la suppression de 260 postes à Blanquefort, dont 190 licenciements secs.",
  "Les syndicats demandent une expertise indépendante des comptes."),

 # 15. A promo posted alone.
 ("promo-courrier-gironde-abonnement-h112", COUR, "fr", 0, 360, 50, ["Promo"], "",
  "Le Courrier de Gironde : trois mois d'abonnement numérique offerts",
  "Abonnez-vous au Courrier de Gironde numérique et recevez chaque soir l'essentiel de l'actualité de Bordeaux et de la Nouvelle-Aquitaine, trois mois offerts pour toute souscription avant Noël.",
  "Offre réservée aux nouveaux abonnés, résiliable à tout moment."),
]
