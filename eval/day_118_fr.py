# Day 118 (hold-out): a French-language channel in Lyon (Rhône, Auvergne-Rhône-Alpes), evening
# edition of Wednesday 19 January 2028 at 19:00 (window 07:00 - 19:00 Wednesday local,
# Europe/Paris = UTC+1 in January, no summer time then). Gold answer written before any run: each
# post's story, its lede (the true first sentence) and the TOP5 below. Every person, company and
# outlet is invented; the places (Lyon, Vaulx-en-Velin, Venissieux, Saint-Fons, the Fourviere
# tunnel, the port and the hospital named after Edouard Herriot) are real.
#
# Traps:
# - one radio interview, two stories, same quote: the president of the Metropole de Lyon, Bastien
#   Morel-Darcy, on Radio Saone FM's morning show at 07:45, quoted about the garbage collectors'
#   strike (post 10) and about the low-emission-zone vote (post 17), both carrying « Une metropole
#   d'un million et demi d'habitants ne se gouverne pas sous la pression de la rue... »;
# - a shared wire byline line ("Agence Rhone Presse | Mis a jour : 19-01-2028 16:12"): the Cellidor
#   biotech fundraising in Gerland (post 56) and the fall of Beaujolais wine exports (post 58), three
#   minutes apart, both short "economy" items with figures, unrelated;
# - the same hospital: the Edouard-Herriot hospital (HCL) treats the Vaulx-en-Velin fire's burnt
#   victims (posts 1, 5) and the Fourviere tunnel crash's injured (post 24), and its emergency ward
#   is the centre of the "plan blanc" story (posts 50-54; post 51 says its burns centre holds the
#   Vaulx victims at the same time); the school bus's children go to another hospital (HFME, Bron);
# - one name for two places: the port Edouard-Herriot (the warehouse fire, posts 29-33) and the
#   Edouard-Herriot hospital (above);
# - the same building: the Hotel de la Metropole, rue du Lac, where the striking garbage collectors
#   rally at noon (post 12, which names the afternoon's council session) and where the council votes
#   the low-emission zone while artisans and taxis protest outside (posts 19, 20); the same court:
#   the Lyon tribunal correctionnel gives its verdict in the Villeurbanne favoritism case (posts
#   44-46) and tries the Venissieux slumlord (posts 47-49) on the same Wednesday;
# - look-alike stories an editor keeps apart: two fires (the night fire in a Vaulx-en-Velin tower
#   block, 3 -> 4 dead, posts 1-8; the morning warehouse fire at the port, no victim, posts 29-33);
#   two strikes (the Metropole's garbage collectors, posts 9-15; the Solvantis chemical plant workers
#   in Saint-Fons, posts 39-43); two votes (the council's low-emission-zone vote, posts 16-22; the
#   strikers' general assembly voting to go on, post 15); two accidents of the same morning (the
#   lorry-van crash in the Fourviere tunnel, 1 dead, posts 23-28; the school bus on black ice near
#   Saint-Symphorien-sur-Coise, posts 34-38); two trials at one court (above); a housing trial
#   (slumlord) on the day of a housing fire (the Vaulx tenants' complaint about fire doors, post 8);
#   the weather bulletin forecasting black ice (post 62, filler) vs. the school bus on ice (news);
#   the tunnel explainer's lorry ban (post 28) vs. the diesel ban (ZFE);
# - one toll revised by a second source: the Vaulx fire, 3 dead per the firefighters at dawn
#   (posts 1, 3), 4 dead per the Lyon prosecutor at midday (posts 5, 6); the school bus, 9 pupils
#   hurt per the firefighters (post 34), 11 per the rectorat (post 36);
# - one story told in two languages and several outlets with different words: the fire
#   ("incendie", "feu", "drame", "tour", "immeuble" / "blaze", "apartment block", "tower block
#   fire"), the strike ("greve", "arret de travail", "ripeurs", "eboueurs", "collecte", "ramassage"
#   / "garbage collectors", "walkout", "trash"), the low-emission zone ("ZFE", "zone a faibles
#   emissions", "Crit'Air 2" / "low-emission zone", "diesel cars"), the tunnel crash ("collision",
#   "accident", "camion", "poids lourd" / "truck crash"), the port fire ("entrepot", "panache",
#   "fumees" / "warehouse blaze", "black smoke"), the plant ("suppressions de postes", "plan social",
#   "restructuration" / "job cuts");
# - posts in English (agencies' English service): posts 3, 6, 11, 20, 26, 31, 41;
# - furniture: AFP-like (posts 1, 18, 29, 34), ATS-like (post 24), Reuters-like (posts 3, 20, 41),
#   AP-like (post 11), UPI-like (post 26) datelines, a glued "LYON, France" dateline (post 31),
#   "LYON:" (posts 9, 50), update notes in both languages (posts 5, 6, 21), a teaser (post 4),
#   photo captions (posts 2, 30), a publisher line (post 39), bylines (posts 15, 46), a donation
#   appeal (post 7), "Lire aussi" lines naming another story (post 12 names the ZFE vote, post 27
#   names the garbage strike);
# - reaction pieces, explainers and "how to" posts: the neighbours (post 2), the families in the
#   gym (post 4), how to help (post 7), the fire doors (post 8), the rubbish in the streets (post
#   13), what to do with your bins (post 14), the national angle of the ZFE (post 18), who the ZFE
#   concerns (post 22), the jams to Vienne (post 25), the tunnel explainer (post 28), the schools
#   kept indoors (post 30), the operator's formal notice (post 33), the salting of the road (post
#   37), the listening unit at the school (post 38), the share price (post 42), the Saint-Fons mayor
#   (post 43), the town hall's reaction and the appeal (posts 45-46), a tenant's testimony (post 48),
#   the flu figures (post 52), whom to call (post 53), the private clinics (post 54);
# - a promo posted alone (post 59); filler of importance 0: a football result at the Grand Stade
#   de Decines (posts 60-61), the weather bulletin (post 62), the horoscope (post 63).
NAME = "2028-01-19-fr-soir-lyon-h118"
CHANNEL = {"lang": "fr", "tz": "Europe/Paris"}
WINDOW = ("2028-01-19T06:00:00Z", "2028-01-19T18:00:00Z")
CTX = {"stamp": "19-01-2028 16:12", "line": "Agence Rhône Presse | Mis à jour : 19-01-2028 16:12",
       "city": "Lyon", "date_fr": "19 janv", "date_en": "Jan 19",
       "author": "Mathieu Berthaud", "clarify": "the number of people killed",
       "caption": "", "also": "notre dossier", "country": "France"}
# The editor's top 5: the Vaulx-en-Velin tower block fire, the garbage collectors' strike, the
# low-emission-zone vote, the Fourviere tunnel crash, the warehouse fire at the port.
TOP5 = ["incendie-immeuble-vaulx-en-velin-h118", "greve-eboueurs-metropole-lyon-h118",
        "vote-zfe-metropole-lyon-h118", "accident-tunnel-fourviere-h118",
        "incendie-entrepot-port-herriot-h118"]
LY = "Lyon"
RH = "Rhône"
FR = "France"
FD = "Faits divers"
P = "Politique"
E = "Économie"
J = "Justice"
SA = "Santé"
T = "Transports"
ARP = "agence-rhone-presse.fr"
HEX = "agence-hexagone.fr"
ATLAS = "atlas-wire.com"
ASW = "assoc-wire.com"
UPD = "upi-desk.com"
LEMAN = "agence-leman.ch"
LME = "lyon-matin-express.fr"
COUR = "courrier-de-la-saone.fr"
GAZ = "gazette-des-traboules.fr"
RINFO = "rhone-info.fr"
ECHO = "echo-de-fourviere.fr"
RADIO = "radio-saone-fm.fr"
TELE = "telelyon-metropole.fr"
VAULX = "journal-de-vaulx.fr"
VILLE = "villeurbanne-hebdo.fr"
MONTS = "echo-des-monts.fr"
CHIMIE = "chimie-hebdo.fr"
SANTE = "sante-aura.fr"
BIO = "lyon-biotech-news.fr"
VINS = "vins-et-coteaux.fr"
SPORT = "sport-lyon24.fr"
METEO = "meteo-rhone.fr"
ASTRO = "astro-quotidien.fr"
VIENNE = "vienne-info.fr"
BOURSE = "bourse-et-marches.fr"
QUOTE = ("« Une métropole d'un million et demi d'habitants ne se gouverne pas sous la pression de la "
         "rue ni à coups d'ultimatums : ma porte reste ouverte, mais ce qui doit être tranché le sera »")
POSTS = [
 # 1. Night fire in a ten-storey tower block, Mas-du-Taureau, Vaulx-en-Velin, 03:40 Wednesday;
 #    3 dead (firefighters, dawn) -> 4 dead (Lyon prosecutor, midday); criminal origin suspected.
 ("incendie-immeuble-vaulx-en-velin-h118", ARP, "fr", 3, 5, 3900, [LY, RH, FD], "afp",
  "Trois morts dans l'incendie d'un immeuble à Vaulx-en-Velin",
  "Trois personnes, dont deux enfants, ont été tuées dans la nuit de mardi à mercredi dans l'incendie d'une tour de dix étages du quartier du Mas-du-Taureau, à Vaulx-en-Velin, ont annoncé les pompiers de la métropole de Lyon.",
  "Le feu s'est déclaré vers 3 h 40 dans le hall d'entrée avant de gagner la cage d'escalier. Onze habitants ont été blessés, dont quatre grièvement, et transportés au centre des brûlés de l'hôpital Édouard-Herriot ; une soixantaine d'autres ont été évacués.",
  {"city": "Vaulx-en-Velin"}),
 ("incendie-immeuble-vaulx-en-velin-h118", VAULX, "fr", 3, 60, 2600, [LY, FD], "caption",
  "Mas-du-Taureau : « on entendait crier aux fenêtres, on ne pouvait rien faire »",
  "Réveillés par l'odeur de la fumée bien avant les sirènes, des voisins de la tour de l'allée des Vergers racontent avoir vu des familles entières réfugiées sur les balcons des étages supérieurs, pendant que l'escalier, seule issue, se remplissait d'un nuage noir.",
  "Un jeune homme du huitième étage dit avoir passé une serviette mouillée sous la porte et attendu la grande échelle avec sa mère et ses deux sœurs. « Les pompiers sont arrivés très vite, mais pour certains c'était déjà trop tard », souffle-t-il.",
  {"site": "Le Journal de Vaulx", "caption": "Les façades noircies de la tour de l'allée des Vergers, au Mas-du-Taureau, à Vaulx-en-Velin, au petit matin du mercredi 19 janvier 2028."}),
 ("incendie-immeuble-vaulx-en-velin-h118", ATLAS, "en", 3, 150, 600, ["Europe", FR], "reuters",
  "Three killed in apartment fire near Lyon",
  "A blaze tore through a ten-storey apartment block in a suburb of the French city of Lyon overnight, killing three people including two children and injuring 11, the local fire service said on Wednesday.",
  "Around 60 residents were led out of the building, and investigators were examining the ground-floor entrance where the fire started.",
  {"city": "Paris"}),
 ("incendie-immeuble-vaulx-en-velin-h118", LME, "fr", 3, 240, 2100, [LY, FD], "teaser",
  "Vaulx-en-Velin : les familles sinistrées hébergées dans un gymnase",
  "Quarante-deux familles de la tour incendiée du Mas-du-Taureau ont passé la matinée au gymnase Aimé-Césaire, transformé en centre d'accueil par la mairie de Vaulx-en-Velin, en attendant de savoir quand elles pourront remonter chercher leurs affaires.",
  "La maire, Karima Fontanel, a annoncé que les trois derniers étages resteraient interdits « plusieurs semaines » et qu'une cellule d'aide psychologique était ouverte jusqu'à dimanche."),
 ("incendie-immeuble-vaulx-en-velin-h118", COUR, "fr", 3, 350, 2900, [LY, RH, FD, J], "actu",
  "Incendie du Mas-du-Taureau : le bilan s'alourdit à quatre morts, une enquête pour incendie volontaire",
  "Une femme de 41 ans grièvement brûlée dans l'incendie de Vaulx-en-Velin est morte mercredi matin à l'hôpital Édouard-Herriot, portant le bilan à quatre morts, a annoncé la procureure de la République de Lyon, Hélène Marchadier.",
  "Le parquet a ouvert une enquête pour destruction volontaire par incendie ayant entraîné la mort : selon les premières constatations, le feu a été allumé dans des poussettes et des cartons entreposés dans le hall. Trois blessés restent dans un état grave."),
 ("incendie-immeuble-vaulx-en-velin-h118", ASW, "en", 3, 420, 900, ["Europe", FR], "updated",
  "Death toll in French tower block fire rises to 4, prosecutor says",
  "A fourth person has died after a fire in an apartment tower outside Lyon, and investigators believe the blaze was set on purpose, the city's prosecutor said Wednesday.",
  "The victims include two children aged 6 and 9, officials said.",
  {"clarify": "the age of the children killed"}),
 ("incendie-immeuble-vaulx-en-velin-h118", GAZ, "fr", 3, 520, 1300, [LY, RH], "soutien",
  "Après le drame de Vaulx-en-Velin, comment aider les familles",
  "La mairie de Vaulx-en-Velin et le Secours populaire collectent jusqu'à samedi des vêtements, des produits d'hygiène, du lait infantile et des fournitures scolaires pour les familles de la tour du Mas-du-Taureau, qui ont pour la plupart tout perdu.",
  "Les dons sont reçus au gymnase Aimé-Césaire de 9 heures à 19 heures ; une cagnotte ouverte par l'amicale des locataires a déjà réuni 18 000 euros."),
 ("incendie-immeuble-vaulx-en-velin-h118", RINFO, "fr", 3, 610, 1500, [LY, FD], "",
  "Tour sinistrée de Vaulx : les locataires avaient signalé des portes coupe-feu hors d'usage",
  "L'amicale des locataires de la tour incendiée affirme avoir alerté à trois reprises depuis l'été le bailleur social Rhône Habitat Solidaire sur des portes coupe-feu qui ne se refermaient plus dans la cage d'escalier, ce qui aurait pu freiner la progression de la fumée.",
  "Le bailleur assure qu'une intervention était programmée pour février et dit « se tenir à la disposition de la justice »."),

 # 2. Strike of the Metropole's garbage collectors, third day; president on Radio Saone FM (quote);
 #    noon rally at the Hotel de la Metropole; general assembly votes to go on until Friday.
 ("greve-eboueurs-metropole-lyon-h118", ARP, "fr", 3, 20, 2400, [LY, RH], "colon",
  "Grève des éboueurs : troisième jour sans ramassage dans une grande partie de la métropole",
  "Les éboueurs de la régie de collecte de la Métropole de Lyon ont entamé mercredi leur troisième jour de grève, laissant les poubelles s'entasser dans le centre de Lyon, à Villeurbanne et dans une dizaine de communes de l'est lyonnais.",
  "L'intersyndicale réclame une prime de pénibilité de 180 euros par mois et l'embauche de soixante agents pour remplacer les départs non compensés depuis deux ans."),
 ("greve-eboueurs-metropole-lyon-h118", RADIO, "fr", 3, 55, 2000, [LY, P], "",
  "Grève de la collecte : Bastien Morel-Darcy ne cédera pas sur la prime",
  "Invité de la matinale de Radio Saône FM mercredi à 7 h 45, le président de la Métropole de Lyon, Bastien Morel-Darcy, a écarté toute prime de pénibilité uniforme pour les ripeurs en grève, tout en se disant prêt à rouvrir la discussion sur les effectifs.",
  f"{QUOTE}, a-t-il déclaré, en rappelant que la Métropole avait déjà revalorisé les salaires de la filière propreté en 2026."),
 ("greve-eboueurs-metropole-lyon-h118", ASW, "en", 3, 300, 800, ["Europe", FR], "ap",
  "Trash piles up on Lyon streets as garbage collectors strike",
  "Garbage bags piled up on the sidewalks of Lyon for a third day Wednesday as municipal garbage collectors in France's third-largest city stayed off the job in a dispute over hardship pay and staffing.",
  "City officials said about half of the metropolitan area's 1.4 million residents were affected by the walkout.",
  {"city": "Lyon"}),
 ("greve-eboueurs-metropole-lyon-h118", COUR, "fr", 3, 330, 1700, [LY, P], "lire",
  "Sous les fenêtres de la Métropole, les ripeurs font entendre leurs sifflets",
  "Près de quatre cents agents de la collecte en gilet orange se sont rassemblés à midi devant l'hôtel de la Métropole, rue du Lac, à deux heures de la séance du conseil métropolitain, pour réclamer l'ouverture immédiate de négociations.",
  "« On sort à 5 heures du matin par tous les temps, on a le dos cassé à cinquante ans », lance au micro un délégué syndical, Franck Delorme, sous les applaudissements.",
  {"also": "Zone à faibles émissions : le conseil de la Métropole vote cet après-midi l'extension aux diesels Crit'Air 2"}),
 ("greve-eboueurs-metropole-lyon-h118", LME, "fr", 3, 135, 2300, [LY], "",
  "Croix-Rousse, Presqu'île, Guillotière : les poubelles débordent, les rats sortent",
  "Dans les rues étroites des pentes de la Croix-Rousse comme autour de la place du Pont, à la Guillotière, les bacs pleins depuis lundi ont laissé place à des amas de sacs éventrés sur les trottoirs, et plusieurs commerçants disent avoir vu des rats en plein jour.",
  "Les restaurateurs du Vieux-Lyon ont commencé à louer des bennes privées à leurs frais."),
 ("greve-eboueurs-metropole-lyon-h118", GAZ, "fr", 3, 470, 1600, [LY], "",
  "Grève de la collecte des déchets : que faire de vos poubelles",
  "Gardez vos sacs dans vos locaux ou sur votre balcon plutôt que sur le trottoir, fermez-les bien et déposez le verre, les cartons et les encombrants dans l'une des dix-neuf déchèteries de la Métropole, qui restent ouvertes de 9 heures à 18 heures pendant l'arrêt de travail.",
  "Les collectes de bacs jaunes sont suspendues jusqu'à nouvel ordre ; les déchets des marchés forains sont enlevés par une entreprise privée."),
 ("greve-eboueurs-metropole-lyon-h118", ARP, "fr", 3, 640, 1900, [LY, RH, P], "byline_fr",
  "Éboueurs : la grève reconduite jusqu'à vendredi, reprise des discussions jeudi",
  "Réunis en assemblée générale au dépôt de Vénissieux, les agents de la collecte ont voté à main levée mercredi en fin d'après-midi la reconduction de leur grève jusqu'à vendredi, malgré l'annonce par la Métropole d'une nouvelle réunion jeudi à 10 heures.",
  "La direction de la propreté estime à 4 000 tonnes le volume de déchets non ramassés depuis lundi.",
  {"site": "Agence Rhône Presse", "author": "Claire Souchon"}),

 # 3. Metropole council vote on extending the low-emission zone (ZFE) to Crit'Air 2 diesels in 2029;
 #    artisans' slow-drive protest; adopted 88 to 61 around 17:30.
 ("vote-zfe-metropole-lyon-h118", RINFO, "fr", 3, 30, 2200, [LY, P, T], "",
  "ZFE : la Métropole vote cet après-midi l'interdiction des diesels Crit'Air 2",
  "Le conseil de la Métropole de Lyon doit se prononcer mercredi à partir de 14 heures sur l'extension de la zone à faibles émissions aux véhicules diesel classés Crit'Air 2, qui seraient interdits de circulation dans le périmètre du boulevard périphérique à partir du 1er janvier 2029.",
  "La majorité dispose en principe des voix nécessaires, mais plusieurs maires de l'ouest lyonnais ont annoncé qu'ils voteraient contre."),
 ("vote-zfe-metropole-lyon-h118", ECHO, "fr", 3, 75, 1500, [LY, P], "",
  "Zone à faibles émissions : « pas de report », promet Bastien Morel-Darcy",
  "Interrogé mercredi matin sur Radio Saône FM, le président de la Métropole, Bastien Morel-Darcy, a exclu tout report du vote sur la zone à faibles émissions réclamé par les artisans et les taxis, en promettant des dérogations pour les professionnels qui achèteront un véhicule propre d'ici 2030.",
  f"{QUOTE}, a-t-il lancé à propos des opposants au texte."),
 ("vote-zfe-metropole-lyon-h118", HEX, "fr", 3, 200, 700, [FR, P, T], "afp",
  "Lyon s'apprête à bannir la plupart des voitures diesel de son centre",
  "Lyon pourrait devenir mercredi la première grande ville française à interdire en semaine presque toutes les voitures diesel, y compris les plus récentes, si son conseil métropolitain adopte l'extension de sa zone à faibles émissions.",
  "Paris, Grenoble et Strasbourg s'en tiennent pour l'instant aux véhicules Crit'Air 3 et plus anciens.",
  {"city": "Paris"}),
 ("vote-zfe-metropole-lyon-h118", LME, "fr", 3, 380, 1800, [LY, T], "",
  "Opération escargot des artisans sur le périphérique avant le vote de la ZFE",
  "Plus de deux cents camionnettes d'artisans, de livreurs et de taxis ont roulé au pas sur le boulevard périphérique nord puis sur l'avenue Félix-Faure mercredi matin avant de se garer devant l'hôtel de la Métropole, où le conseil devait voter dans l'après-midi.",
  "« Un plombier qui a acheté un utilitaire neuf en 2022 va devoir le jeter », proteste Thierry Vasseur, président de la Confédération des artisans du Rhône."),
 ("vote-zfe-metropole-lyon-h118", ATLAS, "en", 3, 650, 700, ["Europe", FR], "reuters",
  "Lyon votes to ban most diesel cars from 2029",
  "Lawmakers of the Lyon metropolitan area voted on Wednesday to bar almost all diesel cars from the city's low-emission zone from 2029, one of the toughest curbs on older and newer diesel vehicles in Europe.",
  "Small businesses and taxi drivers protested outside the council building during the debate.",
  {"city": "Paris"}),
 ("vote-zfe-metropole-lyon-h118", ARP, "fr", 3, 655, 2000, [LY, RH, P, T], "actu",
  "ZFE : le conseil de la Métropole adopte l'extension aux diesels Crit'Air 2",
  "Le conseil de la Métropole de Lyon a adopté mercredi vers 17 h 30, par 88 voix contre 61, l'extension de la zone à faibles émissions aux voitures et utilitaires diesel Crit'Air 2, après plus de trois heures de débat.",
  "L'opposition, menée par Gilles Aubertin, a annoncé un recours devant le tribunal administratif de Lyon."),
 ("vote-zfe-metropole-lyon-h118", COUR, "fr", 3, 700, 1400, [LY, T], "",
  "Zone à faibles émissions : qui est concerné, quelles aides, quand",
  "Environ 190 000 véhicules immatriculés dans la métropole sont des diesels Crit'Air 2, surtout des voitures achetées entre 2011 et 2020 et la quasi-totalité des utilitaires des artisans, et ils ne pourront plus circuler en semaine à l'intérieur du périphérique à partir de 2029.",
  "Une prime à la conversion pouvant atteindre 6 000 euros pour les ménages modestes et un « pass ZFE » de 52 jours de circulation par an sont prévus ; les week-ends restent libres."),

 # 4. Lorry-van crash in the Fourviere tunnel, 06:45, 1 dead, 2 hurt; tunnel shut until 12:30.
 ("accident-tunnel-fourviere-h118", LME, "fr", 3, 10, 3200, [LY, T, FD], "",
  "Accident mortel dans le tunnel sous Fourvière, fermé dans les deux sens",
  "Le tunnel sous Fourvière est fermé dans les deux sens depuis 6 h 45 mercredi après une collision entre un poids lourd et une camionnette qui a fait un mort, selon la direction des routes de la Métropole.",
  "Les automobilistes venant du nord sont déviés par le boulevard périphérique et le pont Pasteur ; d'importants ralentissements se forment déjà sur la M6 et la M7."),
 ("accident-tunnel-fourviere-h118", LEMAN, "fr", 3, 65, 600, [FR, T], "ats",
  "Un mort dans une collision entre un camion et une camionnette sous Fourvière",
  "Le conducteur d'une camionnette a été tué mercredi matin dans le tunnel routier sous Fourvière, à Lyon, lorsqu'un camion immatriculé en Espagne s'est déporté sur sa voie en direction du sud, ont indiqué les pompiers.",
  "Le chauffeur du camion et un passager de la camionnette, blessés, ont été transportés à l'hôpital Édouard-Herriot."),
 ("accident-tunnel-fourviere-h118", VIENNE, "fr", 3, 120, 1200, [RH, T], "",
  "Fermeture de Fourvière : vingt-cinq kilomètres de bouchons jusqu'à Vienne",
  "La fermeture du tunnel sous Fourvière a provoqué mercredi matin jusqu'à vingt-cinq kilomètres de bouchons sur l'autoroute A7 en direction de Lyon, de Vienne à Pierre-Bénite, et des temps de trajet multipliés par trois pour les salariés du sud du département.",
  "Plusieurs lignes de cars régionaux ont accumulé plus d'une heure de retard."),
 ("accident-tunnel-fourviere-h118", UPD, "en", 3, 200, 250, ["Europe", FR], "upi",
  "Truck crash closes key Lyon tunnel on France's north-south highway",
  "A collision between a truck and a van killed one person and shut the Fourviere tunnel in Lyon on Wednesday, cutting the main road link between Paris and the Mediterranean during the morning rush.",
  "Traffic was diverted through the city's ring road.",
  {"date_en": "Jan. 19"}),
 ("accident-tunnel-fourviere-h118", RINFO, "fr", 3, 340, 1700, [LY, T, J], "lire",
  "Tunnel sous Fourvière rouvert, le chauffeur du camion en garde à vue",
  "Le tunnel sous Fourvière a été rouvert à la circulation à 12 h 30 mercredi, près de six heures après la collision mortelle du matin, et le chauffeur du poids lourd a été placé en garde à vue pour homicide involontaire, a indiqué le parquet de Lyon.",
  "La victime, un électricien de 52 ans domicilié à Tassin-la-Demi-Lune, se rendait sur un chantier à Oullins. Le chauffeur, âgé de 37 ans, aurait reconnu avoir consulté son téléphone.",
  {"also": "Grève des éboueurs : troisième jour sans ramassage dans une grande partie de la métropole"}),
 ("accident-tunnel-fourviere-h118", ECHO, "fr", 3, 560, 1100, [LY, T], "",
  "Fourvière, un tunnel saturé où les poids lourds restent majoritaires aux heures creuses",
  "Emprunté chaque jour par plus de cent mille véhicules, dont un quart de poids lourds la nuit et en début de matinée, le tunnel sous Fourvière a connu trois accidents mortels en deux ans, et les élus de l'ouest lyonnais réclament à nouveau qu'on y interdise le transit des camions.",
  "L'État, propriétaire de l'ouvrage jusqu'à son transfert à la Métropole, renvoie au projet de contournement par l'est, toujours à l'étude."),

 # 5. Warehouse fire at the port Edouard-Herriot (7e), 10:15; black plume, stay indoors; no victim.
 ("incendie-entrepot-port-herriot-h118", ARP, "fr", 2, 210, 2500, [LY, RH, FD], "afp",
  "Violent incendie dans un entrepôt du port Édouard-Herriot, un panache de fumée noire au-dessus de Lyon",
  "Un incendie s'est déclaré mercredi vers 10 h 15 dans un entrepôt de 6 000 mètres carrés du port Édouard-Herriot, dans le 7e arrondissement de Lyon, dégageant un épais panache de fumée noire visible de toute l'agglomération, a indiqué la préfecture du Rhône.",
  "Aucune victime n'est à déplorer. Cent vingt pompiers sont engagés et la navigation est interrompue sur le Rhône au droit du port."),
 ("incendie-entrepot-port-herriot-h118", GAZ, "fr", 2, 250, 1800, [LY], "caption",
  "Gerland : fenêtres fermées et écoles confinées sous la fumée du port",
  "La préfecture a demandé mercredi en fin de matinée aux habitants de Gerland, de Saint-Fons et du sud de Vénissieux de rester chez eux fenêtres fermées, et une douzaine d'écoles ont gardé leurs élèves à l'intérieur pendant la récréation.",
  "Une odeur de plastique brûlé était perceptible jusqu'à la place Bellecour en début d'après-midi.",
  {"caption": "Le panache de fumée noire de l'entrepôt en feu s'élève au-dessus du port Édouard-Herriot et du quartier de Gerland, le mercredi 19 janvier 2028 en fin de matinée."}),
 ("incendie-entrepot-port-herriot-h118", ASW, "en", 2, 330, 400, ["Europe", FR], "place",
  "Warehouse blaze sends black smoke over Lyon",
  "A warehouse storing tires and plastic pallets caught fire at the river port of Lyon on Wednesday, sending a column of black smoke over France's third-largest city and prompting officials to tell nearby residents to stay indoors.",
  "No one was hurt, officials said.",
  {"city": "Lyon"}),
 ("incendie-entrepot-port-herriot-h118", COUR, "fr", 2, 470, 1000, [LY, SA], "",
  "Fumées du port : pas de toxicité relevée, la navigation reprend sur le Rhône",
  "Les premières mesures effectuées par les pompiers et l'organisme de surveillance de l'air autour du port Édouard-Herriot n'ont pas relevé de concentration dangereuse de polluants, a indiqué la préfecture, qui a levé à 15 heures la consigne de confinement.",
  "Les péniches bloquées depuis le matin ont pu reprendre leur route vers Vienne et Chalon-sur-Saône."),
 ("incendie-entrepot-port-herriot-h118", RINFO, "fr", 2, 600, 900, [LY, E], "",
  "Entrepôt en feu au port : l'exploitant avait été mis en demeure en 2026",
  "La société Logirhône, qui exploite l'entrepôt détruit mercredi au port Édouard-Herriot, avait été mise en demeure par la préfecture en 2026 de réduire les stocks de pneus entassés contre ses façades, selon un arrêté consulté par notre rédaction.",
  "Le feu, maîtrisé vers 15 h 40, a détruit la moitié du bâtiment ; son directeur, Pascal Mendès, assure que les travaux demandés avaient été réalisés."),

 # 6. School bus on black ice near Saint-Symphorien-sur-Coise, 07:35; 9 -> 11 pupils hurt.
 ("car-scolaire-verglas-monts-lyonnais-h118", ARP, "fr", 2, 130, 1500, [RH, FD], "afp",
  "Un car scolaire se couche sur le verglas dans les monts du Lyonnais, neuf collégiens blessés",
  "Neuf collégiens ont été légèrement blessés mercredi matin lorsque leur car s'est couché dans un fossé sur une route verglacée à l'entrée de Saint-Symphorien-sur-Coise, dans les monts du Lyonnais, ont indiqué les pompiers du Rhône.",
  "Le car, qui transportait vingt-trois élèves vers le collège de la commune, a glissé dans une descente vers 7 h 35. Deux enfants ont été transportés à l'hôpital Femme Mère Enfant de Bron par précaution.",
  {"city": "Saint-Symphorien-sur-Coise"}),
 ("car-scolaire-verglas-monts-lyonnais-h118", MONTS, "fr", 2, 70, 1900, [RH], "",
  "Saint-Symphorien-sur-Coise : le car du collège finit dans le fossé",
  "Parti de Larajasse avec des élèves de sixième et de cinquième, le car scolaire a dérapé sur une plaque de verglas dans le virage de la Croix-Blanche et s'est immobilisé sur le flanc, contre un talus, sans se retourner complètement.",
  "« Les enfants sont sortis par la trappe du toit, aidés par les agriculteurs du hameau », raconte un témoin."),
 ("car-scolaire-verglas-monts-lyonnais-h118", LME, "fr", 2, 280, 1400, [RH, T], "",
  "Car renversé dans les monts du Lyonnais : onze élèves blessés, la Région suspend les transports scolaires jeudi",
  "Onze élèves, et non neuf, ont été pris en charge après l'accident du car scolaire de Saint-Symphorien-sur-Coise, dont deux gardés en observation à Bron, a précisé le rectorat, et la Région a suspendu tous les transports scolaires du secteur pour jeudi.",
  "Les collèges resteront ouverts pour les élèves qui pourront s'y rendre par leurs propres moyens."),
 ("car-scolaire-verglas-monts-lyonnais-h118", TELE, "fr", 2, 450, 1000, [RH], "",
  "Car scolaire accidenté : la route avait-elle été salée ?",
  "Des parents d'élèves accusent le département de ne pas avoir salé la route de la Croix-Blanche avant le passage du car, ce que conteste la direction des routes, qui affirme qu'une saleuse y est passée à 5 h 10.",
  "La société de transport, Autocars Brossard, précise que le véhicule était équipé de pneus hiver neufs."),
 ("car-scolaire-verglas-monts-lyonnais-h118", MONTS, "fr", 2, 590, 800, [RH], "",
  "Au collège de Saint-Symphorien, une cellule d'écoute pour les élèves choqués",
  "Une cellule d'écoute a été ouverte mercredi au collège des Hauts-de-Coise pour les élèves du car accidenté et leurs camarades, et les familles ont été reçues en fin d'après-midi par la principale, Sylvie Garnier.",
  "« Ils sont surtout choqués, certains ne veulent plus prendre le car », confie-t-elle."),

 # 7. Solvantis chemical plant, Saint-Fons: 280 job cuts announced, workers strike and block gates.
 ("solvantis-saint-fons-greve-h118", CHIMIE, "fr", 2, 40, 900, [RH, E], "publie",
  "Solvantis va supprimer 280 postes dans son usine de Saint-Fons",
  "Le chimiste Solvantis a présenté mardi soir à ses représentants du personnel un plan de suppression de 280 postes sur les 740 de son site de Saint-Fons, dans la vallée de la chimie, où il veut arrêter d'ici 2029 son unité de production de solvants chlorés.",
  "La direction invoque la concurrence asiatique et le coût de l'énergie, et promet des reclassements dans ses autres usines françaises.",
  {"site": "Chimie Hebdo"}),
 ("solvantis-saint-fons-greve-h118", COUR, "fr", 2, 190, 1300, [RH, E], "",
  "Vallée de la chimie : les salariés de Solvantis en grève bloquent les portails",
  "Dès 6 heures mercredi, plusieurs centaines de salariés de Solvantis ont cessé le travail et installé des piquets de grève devant les trois portails de l'usine de Saint-Fons, bloquant l'entrée des camions-citernes.",
  "« Ils ferment l'atelier qu'ils ont modernisé il y a quatre ans avec de l'argent public », s'indigne Nadège Fourrier, déléguée de l'intersyndicale."),
 ("solvantis-saint-fons-greve-h118", ATLAS, "en", 2, 270, 300, [E, "Europe"], "reuters",
  "French chemicals maker Solvantis to cut 280 jobs at Lyon-area plant",
  "Solvantis plans to cut 280 jobs at its plant south of Lyon and close a chlorinated solvents unit by 2029, the French chemicals group said on Wednesday, as European chemical makers struggle with high energy costs.",
  "Workers went on strike at the site, unions said.",
  {"city": "Paris"}),
 ("solvantis-saint-fons-greve-h118", BOURSE, "fr", 2, 400, 400, [E], "",
  "Solvantis gagne 4 % en Bourse après l'annonce de sa restructuration",
  "L'action Solvantis a pris plus de 4 % mercredi à la Bourse de Paris, les investisseurs saluant un plan de restructuration qui doit faire économiser au groupe 60 millions d'euros par an à partir de 2030.",
  "Les analystes jugent que d'autres fermetures pourraient suivre en Allemagne."),
 ("solvantis-saint-fons-greve-h118", RADIO, "fr", 2, 520, 700, [RH, E], "",
  "Plan social chez Solvantis : le maire de Saint-Fons demande un moratoire",
  "Le maire de Saint-Fons, Yannick Perrot, a demandé mercredi au gouvernement d'obtenir un moratoire sur la fermeture de l'unité de solvants de Solvantis, dont les 280 emplois s'ajoutent selon lui à « mille postes perdus en cinq ans » dans la vallée de la chimie.",
  "Une réunion avec le préfet du Rhône est prévue lundi."),

 # 8. Villeurbanne favoritism case: verdict at the Lyon tribunal correctionnel, Wednesday 13:30.
 ("proces-favoritisme-villeurbanne-h118", ARP, "fr", 1, 400, 800, [LY, J, P], "",
  "Favoritisme : l'ancien adjoint aux travaux de Villeurbanne condamné à dix-huit mois avec sursis",
  "Le tribunal correctionnel de Lyon a condamné mercredi Philippe Arnaudet, ancien adjoint au maire de Villeurbanne chargé des travaux, à dix-huit mois de prison avec sursis et cinq ans d'inéligibilité pour avoir favorisé une entreprise de voirie dans l'attribution de marchés publics entre 2019 et 2022.",
  "Le dirigeant de l'entreprise, Voirie Bellecordière, écope d'une amende de 80 000 euros."),
 ("proces-favoritisme-villeurbanne-h118", VILLE, "fr", 1, 470, 600, [J, P], "",
  "Condamnation de Philippe Arnaudet : la mairie de Villeurbanne « prend acte »",
  "La maire de Villeurbanne, Sophie Rambert, a dit mercredi « prendre acte » de la condamnation de son ancien adjoint aux travaux et rappelé que la ville, partie civile, avait depuis changé toutes ses procédures d'appel d'offres.",
  "L'opposition municipale réclame la publication de tous les marchés de voirie passés depuis 2019."),
 ("proces-favoritisme-villeurbanne-h118", LME, "fr", 1, 615, 500, [J], "byline_fr",
  "Marchés de voirie truqués : Philippe Arnaudet fait appel",
  "L'avocat de l'ancien élu villeurbannais Philippe Arnaudet a annoncé mercredi soir que son client ferait appel de sa condamnation pour favoritisme, estimant que le tribunal avait « confondu erreurs de procédure et intention de nuire ».",
  "L'appel suspend la peine d'inéligibilité.",
  {"site": "Lyon Matin Express", "author": "Élodie Faure"}),

 # 9. Venissieux slumlord trial, same court, same day; requisitions in the afternoon.
 ("proces-marchand-sommeil-venissieux-h118", ARP, "fr", 2, 100, 1100, [LY, J], "",
  "Un marchand de sommeil des Minguettes jugé à Lyon",
  "Un propriétaire de 63 ans, Gérald Couturier, est jugé depuis mercredi matin par le tribunal correctionnel de Lyon pour avoir loué à plus de soixante-dix personnes, à Vénissieux, vingt-trois logements déclarés insalubres, certains sans chauffage ni fenêtre.",
  "Il est poursuivi pour soumission de personnes vulnérables à des conditions d'hébergement indignes et blanchiment."),
 ("proces-marchand-sommeil-venissieux-h118", GAZ, "fr", 2, 300, 900, [LY, J], "",
  "Procès des logements indignes : « on payait 600 euros pour une cave »",
  "À la barre, une mère de trois enfants a raconté avoir vécu deux ans dans une ancienne cave sans fenêtre, louée 600 euros par mois en espèces, où ses enfants dormaient avec un déshumidificateur allumé toute la nuit.",
  "Le prévenu a contesté avoir su que les lieux étaient habités par des familles."),
 ("proces-marchand-sommeil-venissieux-h118", COUR, "fr", 2, 600, 800, [J], "",
  "Marchand de sommeil de Vénissieux : quatre ans de prison et la confiscation des immeubles requis",
  "Le parquet a requis mercredi quatre ans de prison, dont deux ferme, et la confiscation de ses trois immeubles contre Gérald Couturier, le propriétaire jugé à Lyon pour avoir loué des logements indignes à Vénissieux.",
  "Le jugement a été mis en délibéré au 1er mars."),

 # 10. HCL "plan blanc": flu, bronchiolitis and covid; Edouard-Herriot emergency ward saturated.
 ("plan-blanc-hcl-epidemies-h118", ARP, "fr", 2, 90, 1600, [LY, SA], "colon",
  "Les Hospices civils de Lyon déclenchent le plan blanc face aux épidémies d'hiver",
  "Les Hospices civils de Lyon ont déclenché mercredi matin le plan blanc dans leurs quatre grands hôpitaux, débordés par l'afflux de patients atteints de grippe, de bronchiolite et de Covid-19, a annoncé la direction générale.",
  "Les opérations non urgentes sont reportées et les congés des soignants suspendus jusqu'à nouvel ordre."),
 ("plan-blanc-hcl-epidemies-h118", LME, "fr", 2, 180, 1400, [LY, SA], "",
  "Aux urgences d'Édouard-Herriot, jusqu'à quatorze heures d'attente sur un brancard",
  "Dans la nuit de mardi à mercredi, une trentaine de patients âgés ont attendu sur des brancards dans les couloirs des urgences de l'hôpital Édouard-Herriot, certains pendant quatorze heures, faute de lits libres dans les services, alors que le centre des brûlés accueillait en même temps les victimes de l'incendie de Vaulx-en-Velin.",
  "« Nous soignons dans les couloirs », résume la cheffe des urgences, Anne Sorel."),
 ("plan-blanc-hcl-epidemies-h118", SANTE, "fr", 2, 360, 800, [SA], "",
  "Grippe : le Rhône en phase épidémique, les plus de 65 ans peu vaccinés",
  "L'agence régionale de santé a placé mercredi le Rhône en phase épidémique de grippe, avec un taux de passages aux urgences pour syndrome grippal deux fois supérieur à celui de la même semaine l'an dernier, alors que moins d'une personne âgée sur deux s'est fait vacciner.",
  "Le virus dominant touche surtout les plus de 75 ans."),
 ("plan-blanc-hcl-epidemies-h118", RADIO, "fr", 2, 500, 900, [LY, SA], "",
  "Urgences saturées : qui appeler avant de se déplacer",
  "Avant de vous rendre aux urgences, appelez le 15 ou votre médecin traitant, et le soir ou le week-end la maison médicale de garde de votre secteur, qui peut recevoir sans rendez-vous les fièvres, les toux et les petites blessures.",
  "Pour un nourrisson qui respire mal ou refuse de boire, en revanche, il ne faut pas attendre."),
 ("plan-blanc-hcl-epidemies-h118", TELE, "fr", 2, 680, 600, [LY, SA], "",
  "Plan blanc : des lits rouverts dans les cliniques privées de l'agglomération",
  "Sept cliniques privées de l'agglomération lyonnaise ont accepté mercredi de rouvrir une soixantaine de lits de médecine pour accueillir des patients transférés des Hospices civils, a annoncé l'agence régionale de santé en fin de journée.",
  "Les transferts doivent commencer jeudi matin."),

 # 11. Biotech fundraising in Gerland (shared byline line with the Beaujolais exports).
 ("levee-fonds-cellidor-gerland-h118", BIO, "fr", 1, 150, 400, [E, SA], "",
  "La biotech lyonnaise Cellidor lève 85 millions d'euros",
  "La société de biotechnologie Cellidor, installée dans le biodistrict de Gerland, a annoncé mercredi une levée de fonds de 85 millions d'euros pour financer l'essai clinique de sa thérapie cellulaire contre une forme rare de leucémie de l'enfant.",
  "Le tour de table est mené par un fonds américain, rejoint par deux investisseurs régionaux."),
 ("levee-fonds-cellidor-gerland-h118", ARP, "fr", 1, 552, 300, [E], "reuters_line",
  "Santé : Cellidor réunit 85 millions pour son essai clinique",
  "Cellidor, qui emploie 120 personnes à Lyon, compte recruter une cinquantaine de chercheurs et de techniciens d'ici la fin de l'année grâce à ses 85 millions d'euros de nouveaux financements, a indiqué sa présidente, Julie Martinon.",
  "Les premiers patients doivent être traités au printemps 2029."),

 # 12. Beaujolais wine exports down in 2027 (shared byline line, unrelated).
 ("exportations-beaujolais-recul-h118", VINS, "fr", 1, 230, 500, [E, RH], "",
  "Les exportations de beaujolais reculent de 9 % en 2027",
  "Les ventes de vins du Beaujolais à l'étranger ont baissé de 9 % en volume en 2027, pénalisées par les droits de douane américains et la chute de la consommation au Japon, a annoncé mercredi l'Union des vins du Beaujolais.",
  "Le beaujolais nouveau, qui représente encore un quart des volumes, a été le plus touché."),
 ("exportations-beaujolais-recul-h118", ARP, "fr", 1, 555, 300, [E], "reuters_line",
  "Viticulture : année difficile pour le beaujolais à l'export",
  "Les producteurs du Beaujolais ont vendu l'an dernier moins de 300 000 hectolitres hors de France pour la première fois depuis quinze ans, et leur président, Régis Chanut, appelle à arracher un millier d'hectares de vignes pour éviter l'effondrement des prix.",
  "Les crus comme le morgon et le moulin-à-vent résistent mieux que les appellations régionales."),

 # 13-16. Promo alone; filler: football result, weather bulletin, horoscope.
 ("promo-gazette-traboules-h118", GAZ, "fr", 0, 15, 60, ["Promo"], "",
  "La Gazette des Traboules dans votre boîte mail chaque soir",
  "Inscrivez-vous gratuitement à la lettre du soir de la Gazette des Traboules et recevez à 18 heures l'essentiel de l'actualité de Lyon et de la métropole.",
  "Désinscription possible à tout moment depuis chaque envoi."),
 ("foot-coupe-grand-stade-decines-h118", SPORT, "fr", 0, 35, 2300, ["Sport"], "",
  "Coupe de France : l'AS Lyon-Décines se qualifie pour les huitièmes",
  "L'AS Lyon-Décines a battu l'US Loire-Océan 3-1 mardi soir au Grand Stade de Décines en seizièmes de finale de la Coupe de France, grâce notamment à un doublé de son milieu Yanis Corbière.",
  "Le tirage au sort des huitièmes de finale aura lieu dimanche."),
 ("foot-coupe-grand-stade-decines-h118", ARP, "fr", 0, 85, 700, ["Sport"], "",
  "Football : Lyon-Décines sans trembler en Coupe",
  "Menée au score après un quart d'heure, l'AS Lyon-Décines a renversé l'US Loire-Océan (3-1) mardi à Décines pour rejoindre les huitièmes de finale de la Coupe de France.",
  ""),
 ("meteo-lyon-jeudi-20-janvier-h118", METEO, "fr", 0, 620, 1500, ["Météo"], "",
  "Météo du jeudi 20 janvier : verglas au lever du jour, neige sur les monts du Lyonnais",
  "Après une nuit claire et glaciale, jeudi commencera par des gelées de -5 °C et des plaques de verglas sur l'agglomération lyonnaise, avant l'arrivée de faibles chutes de neige l'après-midi sur les monts du Lyonnais et du Beaujolais.",
  "Maximales de 3 °C à Lyon ; redoux attendu samedi."),
 ("horoscope-jeudi-20-janvier-h118", ASTRO, "fr", 0, 480, 1100, ["Horoscope"], "",
  "Horoscope du jeudi 20 janvier",
  "Capricorne, une proposition inattendue vous fait hésiter en matinée : prenez le temps d'en parler à un proche avant de répondre, la journée vous donnera raison.",
  "Verseau : un rendez-vous reporté tombe à point. Poissons : ménagez votre énergie."),
]
