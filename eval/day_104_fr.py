# Day 104 (hold-out): a French-language channel in Lille (Nord, Hauts-de-France), morning edition
# of Wednesday 15 December 2027 at 07:00 (window 19:00 Tuesday - 07:00 Wednesday local,
# Europe/Paris = UTC+1 in December, no summer time then). Gold answer written before any run: each
# post's story, its lede (the true first sentence) and the TOP5 below. Every person, company and
# outlet is invented; the places (Lille, Roubaix, Dunkerque, Carvin, Douai...) are real.
#
# Traps:
# - one radio interview, two stories, same quote: the president of the Hauts-de-France region,
#   Hélène Vandamme, on Radio Lys FM on Tuesday evening, about the Dunkirk dockers' strike (post 21)
#   and about the regional budget cuts to lycées (post 27), both carrying « Les Hauts-de-France ne
#   seront la variable d'ajustement de personne, ni sur les quais de Dunkerque ni dans nos lycées »;
#   Radio Lys FM also carries the Mobilys strike (post 16) and the bronchiolitis advice (post 39);
# - a shared wire byline line ("Agence Septentrion Presse | Mis à jour : 15-12-2027 05:08"): the
#   Voltéra Cells gigafactory delay in Douai (post 56) and the CHU de Lille plan blanc (post 40),
#   three minutes apart, unrelated;
# - the same hospital: the CHU de Lille takes the Roubaix fire's burn victims (post 2), the A1
#   pileup's injured (posts 9, 12: the second death) and triggers its plan blanc for bronchiolitis
#   and flu (posts 37-40; post 38 says its emergency ward also took the night's fire and pileup
#   victims);
# - the same court: the tribunal correctionnel de Lille on the same Tuesday sentences the head of
#   Éco-Habitat Confort (posts 41-44) and hears the requisitions in the Palais des Beaux-Arts
#   theft (posts 45-48); the Lille prosecutor Anne-Sophie Wattebled appears in the scam trial
#   (post 42) and in the Roubaix fire (post 4);
# - the same port: Dunkirk, with the dockers' strike (posts 20-25) and the battery warehouse fire
#   in the port's industrial zone (posts 32-36; post 35 says the firemen had to get through the
#   strikers' barricades);
# - the same town hall: the hôtel de ville de Roubaix, crisis cell of the fire (post 6) and seat of
#   the help desk for the scam's victims (post 43);
# - look-alike stories an editor keeps apart: two fires of the same night (the Roubaix building,
#   posts 1-7; the Dunkirk battery warehouse, posts 32-36); two strikes (Mobilys bus and tram
#   drivers, posts 14-19; Dunkirk dockers, posts 20-25); two trials at one court (posts 41-44,
#   45-48); two votes (the regional budget on Thursday, posts 26-31; the Métropole's vote on free
#   transport for the under-26s on Friday, posts 49-52, with the dockers' show-of-hands vote on
#   Thursday inside post 25); two Mobilys/Métropole transport stories (the strike; the free-fare
#   vote, whose post 51 names the strike); two Métropole officials (Françoise Delcourt in the
#   strike, post 16; Damien Verhaeghe in the vote, post 49); the fog pileup (posts 8-13) kept
#   apart from the weather bulletin forecasting freezing fog (post 60);
# - one night toll revised in the morning by a second source: the Roubaix fire, 3 dead per the
#   firemen (post 2, and the Lire-aussi line of post 34) then 5 dead per the Lille prosecutor
#   (posts 4-5); the A1 pileup, 1 dead per the gendarmerie (posts 8-10) then 2 dead and 38
#   vehicles per the Pas-de-Calais prefecture (post 12);
# - synonyms across outlets: "incendie", "feu", "flammes", "sinistre", "fire"; "carambolage",
#   "collision en chaîne", "accident", "pileup", "crashed into one another"; "grève",
#   "mouvement", "blocage", "piquets", "stopped work"; "vol", "cambriolage", "casse", "heist",
#   "theft"; "escroquerie", "arnaque", "démarchage"; "gigafactory", "usine de batteries",
#   "battery plant";
# - stories told from other angles: the neighbours (post 3), how to help the victims (post 6), the
#   building's safety order (post 7), the drivers' accounts (post 11), fog driving advice (post
#   13), the assaulted driver (post 15), how to get around (post 17), the bus stops at dawn
#   (post 19), the ships at anchor (post 23), Antwerp's offer (post 24), the national angle on
#   regional finances (post 28), teachers and parents (post 29), amateur sports clubs (post 30),
#   the opposition (post 31), battery fires in recycling (post 36), the emergency ward at night
#   (post 38), when to take a baby to the ER (post 39), the victims (post 43), how to spot fake
#   renovators (post 44), the night of the heist (post 46), the museum's new security (post 48),
#   who pays for free transport (post 50), the Tourcoing families (post 51), the Douai
#   subcontractors (post 55), the local officials (post 56);
# - posts in English (agencies' English service and English-language outlets): posts 5, 10, 22,
#   33, 47, 54;
# - wire furniture: AFP-like datelines (posts 2, 9, 18, 26, 35, 42, 52), AP-like (5), UPI-like
#   (10), Reuters-like (22), a "ANVERS:" dateline (24), "(Actualisé tout du long)" (4), "This
#   story has been updated to clarify ..." (54), "Publié par ..." (44), bylines (28, 47), photo
#   captions (3, 12), a donation appeal in each language (6, 33), a teaser cut with "..." (13), a
#   "Lire aussi" line naming the other fire (34);
# - a promo posted alone (post 57); filler of importance 0: football result (posts 58-59), weather
#   bulletin (post 60), horoscope (post 61), lottery draw (post 62).
NAME = "2027-12-15-fr-matin-lille-h104"
CHANNEL = {"lang": "fr", "tz": "Europe/Paris"}
WINDOW = ("2027-12-14T18:00:00Z", "2027-12-15T06:00:00Z")
CTX = {"stamp": "15-12-2027 05:08", "line": "Agence Septentrion Presse | Mis à jour : 15-12-2027 05:08",
       "city": "Lille", "date_fr": "14 déc", "date_en": "Dec 14",
       "author": "Capucine Lemaire", "clarify": "the number of people killed",
       "caption": "", "also": "notre dossier", "country": "France"}
# The editor's top 5: the deadly Roubaix building fire, the A1 fog pileup near Carvin, the Mobilys
# bus and tram strike (this morning's commute), the Dunkirk dockers' strike, the regional budget
# vote with its cuts to lycées.
TOP5 = ["incendie-immeuble-roubaix-alma", "carambolage-a1-brouillard-carvin",
        "greve-bus-tram-mobilys-lille", "greve-dockers-port-dunkerque-automatisation",
        "budget-region-hdf-2028-lycees"]
HDF = "Hauts-de-France"
NO = "Nord"
PDC = "Pas-de-Calais"
FR = "France"
FD = "Faits divers"
E = "Économie"
P = "Politique"
J = "Justice"
SA = "Santé"
T = "Transports"
SO = "Social"
ASP = "agence-septentrion-presse.fr"
ESCAUT = "agence-escaut.be"
WM = "wire-meridian.com"
APW = "ap-wire-like.org"
UPIS = "upi-style.com"
BEF = "lebeffroi-quotidien.fr"
VEIL = "veilleur-du-nord.fr"
RTI = "roubaix-tourcoing-infos.fr"
VIGIE = "vigie-de-dunkerque.fr"
LYS = "radio-lys-fm.fr"
GNTV = "grand-nord-tv.fr"
ARTOIS = "artois-matin.fr"
MACTU = "metropole-actu-lille.fr"
OPALE = "hebdo-opale.fr"
DOUAI = "journal-du-douaisis.fr"
ECO = "eco-hauts-de-france.fr"
PRET = "pretoire-nord.fr"
LETTRE = "lettre-des-territoires.fr"
ARTG = "artmarketgazette.com"
CHAN = "channelnewsdaily.co.uk"
D15 = {"date_fr": "15 déc", "date_en": "Dec 15"}
QUOTE = ("« Les Hauts-de-France ne seront la variable d'ajustement de personne, ni sur les quais de "
         "Dunkerque ni dans nos lycées »")
POSTS = [
 # 1. Fire in a four-storey building, rue des Tisserands, Alma district, Roubaix, ~20:40 Tuesday.
 #    "incendie", "feu", "flammes", "sinistre" / "fire"; 3 dead (firemen, evening) -> 5 dead
 #    (Lille prosecutor, dawn); burn victims at the CHU de Lille; crisis cell at Roubaix town hall.
 ("incendie-immeuble-roubaix-alma", RTI, "fr", 3, 135, 3800, [NO, FD], "",
  "Roubaix : un violent incendie ravage un immeuble du quartier de l'Alma",
  "Un violent incendie s'est déclaré mardi vers 20 h 40 dans un immeuble de quatre étages de la rue des Tisserands, dans le quartier de l'Alma à Roubaix, et plusieurs habitants ont été secourus par les fenêtres, selon les pompiers du Nord.",
  "Une soixantaine de sapeurs-pompiers et vingt engins ont été engagés. Un large périmètre de sécurité a été établi et les riverains sont invités à éviter le secteur."),
 ("incendie-immeuble-roubaix-alma", ASP, "fr", 3, 200, 2600, [FR, NO, FD], "afp",
  "Nord : trois morts dans l'incendie d'un immeuble d'habitation à Roubaix",
  "Trois personnes, dont un enfant, ont été tuées mardi soir dans l'incendie d'un immeuble d'habitation à Roubaix (Nord), et sept autres ont été blessées, dont deux grièvement, a-t-on appris auprès des pompiers.",
  "Les blessés les plus graves ont été transférés au centre de traitement des brûlés du CHU de Lille. Le feu, parti d'un appartement du deuxième étage, a été maîtrisé peu avant 23 heures.",
  {"city": "Roubaix"}),
 ("incendie-immeuble-roubaix-alma", BEF, "fr", 3, 262, 3100, [NO, FD], "caption",
  "Rue des Tisserands, les voisins racontent la soirée du drame",
  "« On a entendu crier au troisième, puis la fumée est sortie de partout », raconte une voisine de l'immeuble de la rue des Tisserands, qui a vu les pompiers dresser leur grande échelle contre la façade pendant que des habitants agitaient des draps aux fenêtres.",
  "Plusieurs familles occupaient des logements découpés en petits studios, selon des riverains. La mairie a ouvert une salle de sports voisine pour accueillir la quarantaine de personnes évacuées.",
  {"site": "Le Beffroi", "caption": "Les pompiers du Nord luttent contre les flammes qui s'échappent des fenêtres d'un immeuble de la rue des Tisserands, à Roubaix, le mardi 14 décembre 2027 au soir."}),
 ("incendie-immeuble-roubaix-alma", ASP, "fr", 3, 600, 1500, [FR, NO, FD], "actu",
  "Incendie de Roubaix : le bilan s'alourdit à cinq morts",
  "L'incendie qui a ravagé mardi soir un immeuble de Roubaix a fait cinq morts, dont deux enfants, et non trois comme annoncé dans la soirée, a indiqué mercredi matin la procureure de la République de Lille, Anne-Sophie Wattebled, qui a ouvert une enquête pour homicides involontaires.",
  "Deux corps ont été découverts au quatrième étage lors des opérations de déblai. Les enquêteurs s'intéressent à l'état de l'installation électrique et à la division de l'immeuble en logements."),
 ("incendie-immeuble-roubaix-alma", APW, "en", 3, 620, 900, ["Europe", "France"], "ap",
  "Fire in northern French apartment building kills 5, including 2 children",
  "A fire tore through a four-story apartment building in the northern French city of Roubaix on Tuesday night, killing five people, including two children, and injuring seven, prosecutors said Wednesday.",
  "Roubaix, a former textile hub on the Belgian border, has struggled for years with run-down housing rented out by slum landlords.",
  {"city": "Roubaix"}),
 ("incendie-immeuble-roubaix-alma", VEIL, "fr", 3, 655, 1700, [NO, FD], "soutien",
  "Incendie de la rue des Tisserands : comment aider les sinistrés",
  "La ville de Roubaix a installé une cellule de crise à l'hôtel de ville, où les familles évacuées de l'immeuble incendié peuvent être reçues dès 8 heures mercredi, et elle centralise les dons de vêtements, de produits d'hygiène et de jouets dans la salle de sports de la rue de l'Espérance.",
  "Le maire, Olivier Castelain, a demandé aux habitants de ne pas se rendre sur place. Une cagnotte a été ouverte par le centre communal d'action sociale pour les neuf familles relogées à l'hôtel."),
 ("incendie-immeuble-roubaix-alma", GNTV, "fr", 3, 690, 2100, [NO, FD], "",
  "Roubaix : l'immeuble incendié visé par un arrêté de mise en sécurité",
  "L'immeuble de la rue des Tisserands détruit par le feu mardi soir faisait l'objet depuis juin d'un arrêté de mise en sécurité qui imposait au propriétaire de refaire l'électricité et d'installer des détecteurs de fumée dans les parties communes, a confirmé la mairie de Roubaix.",
  "Le propriétaire, une société civile immobilière, n'avait pas répondu aux deux mises en demeure de la ville, selon l'adjoint chargé du logement."),

 # 2. Fog pileup on the A1 (Paris-Lille direction) near Carvin, ~21:45 Tuesday. "carambolage",
 #    "collision en chaîne", "accident" / "pileup", "crashed into one another"; 1 dead
 #    (gendarmerie, evening) -> 2 dead, 38 vehicles (Pas-de-Calais prefecture, dawn).
 ("carambolage-a1-brouillard-carvin", ARTOIS, "fr", 3, 200, 2900, [PDC, FD, T], "",
  "Carambolage géant sur l'A1 dans le brouillard près de Carvin",
  "Une trentaine de véhicules se sont percutés mardi soir vers 21 h 45 sur l'autoroute A1, dans le sens Paris-Lille, à hauteur de Carvin, dans un épais banc de brouillard, faisant au moins un mort et une vingtaine de blessés, selon la gendarmerie du Pas-de-Calais.",
  "L'autoroute est coupée dans le sens nord entre Lens et Seclin, et une déviation est mise en place par les routes départementales."),
 ("carambolage-a1-brouillard-carvin", ASP, "fr", 3, 270, 1900, [FR, PDC, FD], "afp",
  "Pas-de-Calais : une collision en chaîne sur l'A1 fait un mort et 24 blessés",
  "Un homme a été tué et vingt-quatre personnes ont été blessées, dont quatre grièvement, mardi soir dans une collision en chaîne impliquant une trentaine de voitures et de poids lourds sur l'autoroute A1 près de Carvin, où la visibilité était réduite à moins de cinquante mètres, a indiqué la gendarmerie.",
  "Les blessés ont été répartis entre le CHU de Lille et le centre hospitalier de Lens. Un poste médical avancé a été installé sur une aire de repos.",
  {"city": "Arras"}),
 ("carambolage-a1-brouillard-carvin", UPIS, "en", 3, 330, 450, ["Europe", "France"], "upi",
  "Dozens of vehicles pile up in fog on French highway",
  "At least one person was killed and 24 were injured when about 30 cars and trucks crashed into one another in thick fog on the A1 highway in northern France on Tuesday night, police said.",
  "The A1 links Paris to Lille and is one of the busiest freight routes in Europe."),
 ("carambolage-a1-brouillard-carvin", BEF, "fr", 3, 430, 1400, [PDC, FD], "",
  "Carambolage de l'A1 : « On ne voyait même plus le capot »",
  "Des automobilistes pris dans le carambolage de l'A1 décrivent un mur de brouillard apparu d'un coup à la sortie de la courbe de Carvin, puis une succession de chocs pendant près d'une minute, sans pouvoir deviner d'où venaient les véhicules.",
  "« J'ai freiné, j'ai été percuté à l'arrière, puis encore une fois », témoigne un chauffeur routier belge, indemne. Plusieurs conducteurs sont restés bloqués plus de deux heures dans leur voiture avant d'être évacués à pied."),
 ("carambolage-a1-brouillard-carvin", ARTOIS, "fr", 3, 615, 2400, [PDC, FD, T], "caption",
  "Carambolage de Carvin : un deuxième décès, l'A1 rouverte dans la nuit",
  "Un deuxième blessé du carambolage de mardi soir sur l'A1 est mort dans la nuit au CHU de Lille, portant le bilan à deux morts et vingt-trois blessés, a annoncé mercredi la préfecture du Pas-de-Calais, qui dénombre désormais trente-huit véhicules impliqués.",
  "L'autoroute a été rouverte dans le sens Paris-Lille peu avant 5 heures, après l'évacuation des dernières carcasses. L'enquête a été confiée au peloton autoroutier de la gendarmerie.",
  {"site": "L'Artois Matin", "caption": "Des dépanneuses évacuent les véhicules accidentés sur l'autoroute A1 à hauteur de Carvin, dans la nuit du mardi 14 au mercredi 15 décembre 2027."}),
 ("carambolage-a1-brouillard-carvin", VEIL, "fr", 3, 680, 1300, [NO, PDC, T], "teaser",
  "Brouillard sur la route : les bons réflexes",
  "Par brouillard, allumez vos feux de croisement et vos feux antibrouillard arrière dès que la visibilité tombe sous cinquante mètres, réduisez votre vitesse à 50 km/h et laissez au moins deux traits de la ligne de rive entre vous et le véhicule qui précède, rappelle la sécurité routière après le carambolage de l'A1.",
  "N'utilisez jamais les feux de route, qui éblouissent dans le brouillard. En cas d'accident, sortez du véhicule par le côté droit et réfugiez-vous derrière la glissière."),

 # 3. Strike of Mobilys bus and tram drivers (Lille metropolitan network) from Wednesday 04:30,
 #    after a driver was assaulted in Lille-Sud; the automatic metro runs. "grève", "mouvement",
 #    "débrayage".
 ("greve-bus-tram-mobilys-lille", MACTU, "fr", 3, 40, 2600, [NO, T, SO], "",
  "Grève chez Mobilys : bus et tramways très perturbés mercredi dans la métropole lilloise",
  "Les conducteurs de bus et de tramway du réseau Mobilys seront en grève mercredi dès la prise de service, à l'appel de trois syndicats qui réclament des renforts de sécurité après l'agression d'un chauffeur à Lille-Sud et une revalorisation des salaires, a annoncé mardi soir la direction du réseau de la Métropole européenne de Lille.",
  "Les deux lignes de métro, automatiques, fonctionneront normalement, mais seul un bus sur quatre devrait circuler."),
 ("greve-bus-tram-mobilys-lille", BEF, "fr", 3, 150, 1800, [NO, T, SO], "",
  "Chauffeur agressé à Lille-Sud : la colère des conducteurs déborde",
  "Huit jours après l'agression d'un chauffeur de la ligne 18, frappé au visage par un passager à qui il demandait de présenter son titre de transport, les syndicats de Mobilys disent ne plus accepter de rouler le soir dans certains quartiers sans agents de sécurité à bord.",
  "« Nous demandons des binômes après 21 heures et une prime de risque, pas des promesses », résume le délégué syndical Samir Boukhalfa, chauffeur depuis quatorze ans."),
 ("greve-bus-tram-mobilys-lille", LYS, "fr", 3, 380, 1500, [NO, T, P], "",
  "Grève des transports : la Métropole promet des agents supplémentaires dès janvier",
  "La vice-présidente de la Métropole européenne de Lille chargée des transports, Françoise Delcourt, a promis mardi soir le recrutement de trente agents de sécurité supplémentaires dès janvier, tout en jugeant la grève de mercredi « disproportionnée » pour les usagers.",
  "Les syndicats doivent être reçus jeudi matin au siège de la Métropole."),
 ("greve-bus-tram-mobilys-lille", VEIL, "fr", 3, 560, 3300, [NO, T], "",
  "Grève Mobilys : comment se déplacer ce mercredi",
  "Les métros des lignes 1 et 2 circuleront normalement mercredi, mais les tramways vers Roubaix et Tourcoing ne passeront que toutes les trente minutes entre 6 heures et 9 heures puis entre 16 heures et 19 heures, et seules les principales lignes de bus seront assurées, selon le plan de transport publié par Mobilys.",
  "Les vélos en libre-service seront gratuits jusqu'à midi, le covoiturage est encouragé et les parkings relais des stations Quatre-Cantons et Saint-Philibert resteront ouverts."),
 ("greve-bus-tram-mobilys-lille", ASP, "fr", 3, 640, 900, [FR, NO, SO], "afp",
  "Lille : grève des conducteurs de bus et de tram, le métro épargné",
  "La grande majorité des bus et des tramways de la métropole de Lille restaient au dépôt mercredi matin, au premier jour d'une grève des conducteurs qui dénoncent l'insécurité sur le réseau, tandis que le métro automatique fonctionnait normalement.",
  "Environ 70 % des conducteurs prévus étaient en grève à la prise de service, selon la direction.",
  D15),
 ("greve-bus-tram-mobilys-lille", GNTV, "fr", 3, 700, 1200, [NO, T], "",
  "Aux arrêts de bus de Villeneuve-d'Ascq, l'attente et la débrouille",
  "Aux arrêts de bus du quartier du Pont-de-Bois, à Villeneuve-d'Ascq, des dizaines d'étudiants et de salariés patientaient mercredi dès 6 heures dans le froid, beaucoup renonçant finalement à attendre pour rejoindre le métro à pied.",
  "« Je mets cinquante minutes au lieu de quinze, mais je comprends les chauffeurs », glisse une aide-soignante qui travaille à Seclin."),

 # 4. Dockers' 72-hour strike at the port of Dunkirk against the automation of Nordis Terminals'
 #    container terminal; region president Hélène Vandamme on Radio Lys FM (shared quote).
 #    "grève", "blocage", "mouvement", "piquets" / "stopped work", "halting".
 ("greve-dockers-port-dunkerque-automatisation", VIGIE, "fr", 3, 10, 2300, [NO, E, SO], "",
  "Port de Dunkerque : les dockers bloquent les terminaux contre l'automatisation",
  "Les dockers du port de Dunkerque ont entamé mardi matin une grève de soixante-douze heures pour protester contre le projet d'automatisation du terminal à conteneurs de l'opérateur Nordis Terminals, qui menace selon eux près de trois cents emplois, et aucun navire n'a été chargé ni déchargé de la journée.",
  "Des palettes et des pneus ont été entassés devant les accès des quais de l'avant-port ouest."),
 ("greve-dockers-port-dunkerque-automatisation", LYS, "fr", 3, 95, 1800, [HDF, E, P], "",
  "Grève des dockers : Hélène Vandamme demande à Nordis de suspendre son projet",
  "Invitée mardi soir de Radio Lys FM, la présidente du conseil régional des Hauts-de-France, Hélène Vandamme, a demandé à l'opérateur Nordis Terminals de suspendre son projet d'automatisation le temps d'une vraie négociation avec les dockers du port de Dunkerque.",
  f"{QUOTE}, a-t-elle lancé, en rappelant que la région avait financé une partie de l'allongement des quais du terminal."),
 ("greve-dockers-port-dunkerque-automatisation", WM, "en", 3, 230, 700, ["Europe", "Business"], "reuters",
  "French dockers halt Dunkirk port in row over terminal automation",
  "Dockers at the northern French port of Dunkirk stopped work on Tuesday for 72 hours to protest plans by terminal operator Nordis Terminals to automate its cranes and straddle carriers, halting container traffic at France's third-largest port.",
  "Nordis said automation was needed to compete with Antwerp and Rotterdam and that no docker would be laid off.",
  {"city": "Paris"}),
 ("greve-dockers-port-dunkerque-automatisation", ECO, "fr", 3, 410, 900, [HDF, E], "",
  "Blocage du port de Dunkerque : onze porte-conteneurs au mouillage",
  "Onze porte-conteneurs attendaient mardi soir au mouillage au large de Dunkerque, et plusieurs armateurs envisagent de dérouter leurs escales vers Anvers ou Zeebrugge si le mouvement des dockers se prolonge au-delà de jeudi, selon l'union maritime et portuaire.",
  "Les importateurs de fruits, qui font transiter par Dunkerque une grande partie des bananes vendues en France, craignent pour les marchandises réfrigérées."),
 ("greve-dockers-port-dunkerque-automatisation", ESCAUT, "fr", 3, 520, 500, ["Belgique", E], "colon",
  "Grève à Dunkerque : Anvers se prépare à accueillir des escales déroutées",
  "Le port d'Anvers-Bruges s'est dit prêt mardi soir à accueillir des porte-conteneurs déroutés de Dunkerque, où une grève des dockers paralyse le terminal à conteneurs depuis le matin.",
  "Les syndicats belges ont toutefois fait savoir qu'ils refuseraient de traiter des marchandises détournées d'un port en grève.",
  {"city": "Anvers"}),
 ("greve-dockers-port-dunkerque-automatisation", VIGIE, "fr", 3, 665, 1600, [NO, SO], "",
  "Dockers : nuit calme sur les quais, une assemblée générale jeudi",
  "Les piquets de grève ont été tenus toute la nuit devant les accès du terminal à conteneurs de Dunkerque, où les dockers se relaient autour de braseros, et une assemblée générale doit décider jeudi midi par un vote à main levée de la suite du mouvement.",
  "« Les portiques automatiques, on les a vus à Rotterdam : un quai, trois salariés », résume Ludovic Hennebelle, secrétaire du syndicat des dockers."),

 # 5. Regional council votes its 2028 budget on Thursday: cuts to lycées and to associations;
 #    Vandamme on Radio Lys FM (shared quote); opposition; rally called for Thursday.
 ("budget-region-hdf-2028-lycees", ASP, "fr", 3, 25, 1000, [HDF, P], "afp",
  "Hauts-de-France : la région présente un budget 2028 en baisse",
  "Le conseil régional des Hauts-de-France examinera jeudi un budget 2028 de 3,6 milliards d'euros, en recul de 4 % sur un an, qui prévoit de geler la moitié des opérations de rénovation de lycées et de réduire les subventions aux associations culturelles et sportives.",
  "L'exécutif régional invoque la baisse des dotations de l'État et le recul des recettes tirées des carburants."),
 ("budget-region-hdf-2028-lycees", BEF, "fr", 3, 105, 1500, [HDF, P], "",
  "Budget régional : Hélène Vandamme assume des économies sur les lycées",
  "La présidente de la région Hauts-de-France, Hélène Vandamme, a défendu mardi soir sur Radio Lys FM le budget 2028 qui sera soumis jeudi au vote des conseillers régionaux, et qui réduit de 60 millions d'euros les crédits d'entretien et de rénovation des lycées, en accusant l'État d'avoir « siphonné » les ressources des régions.",
  f"{QUOTE}, a-t-elle déclaré, en promettant qu'aucun chantier de mise en sécurité ne serait reporté."),
 ("budget-region-hdf-2028-lycees", LETTRE, "fr", 3, 300, 600, [FR, P], "byline_fr",
  "Régions : les Hauts-de-France à leur tour au régime sec",
  "Après plusieurs autres régions, les Hauts-de-France s'apprêtent à voter un budget en baisse, un signe de plus de l'étranglement financier de collectivités privées depuis des années de tout levier sur leurs impôts.",
  "Les associations d'élus régionaux demandent au gouvernement une part supplémentaire de TVA dès 2028.",
  {"author": "Bastien Roquemaure", "site": "La Lettre des territoires"}),
 ("budget-region-hdf-2028-lycees", VEIL, "fr", 3, 480, 1100, [HDF, "Éducation"], "",
  "Lycées : enseignants et parents appellent à manifester jeudi devant l'hôtel de région",
  "Syndicats enseignants, fédérations de parents d'élèves et agents des lycées appellent à se rassembler jeudi à 9 heures devant l'hôtel de région, à Lille, pendant le vote du budget, pour dénoncer le gel des travaux dans une cinquantaine d'établissements.",
  "Dans un lycée professionnel du Valenciennois, les élèves de la filière chaudronnerie travaillent depuis deux hivers dans un atelier mal chauffé, affirme un enseignant."),
 ("budget-region-hdf-2028-lycees", ARTOIS, "fr", 3, 545, 800, [PDC, "Sport"], "",
  "Budget régional : les clubs amateurs du Pas-de-Calais redoutent la baisse des subventions",
  "Les clubs sportifs amateurs du Pas-de-Calais, qui reçoivent chaque année près de quatre millions d'euros de la région, redoutent la baisse de 15 % des subventions aux associations inscrite dans le budget 2028 soumis jeudi au vote des élus régionaux.",
  "« Sans cette aide, on supprime les déplacements des équipes de jeunes », prévient le président d'un club de handball du Bassin minier."),
 ("budget-region-hdf-2028-lycees", GNTV, "fr", 3, 620, 900, [HDF, P], "",
  "Budget de la région : l'opposition dénonce un « budget de renoncement »",
  "Les groupes d'opposition du conseil régional ont annoncé qu'ils voteraient contre le budget 2028, qualifié de « budget de renoncement » par le président du groupe écologiste, Mathieu Deswarte, qui propose de financer les lycées en rabotant les dépenses de communication et les grands événements sportifs.",
  "Majoritaire, l'exécutif devrait néanmoins faire adopter son texte sans difficulté jeudi."),

 # 6. Fire in a used-battery warehouse (Recyclis Nord) in the port of Dunkirk's industrial zone,
 #    ~23:10; residents of Fort-Mardyck and Grande-Synthe confined, lifted at 06:00. The second
 #    fire of the night, the second Dunkirk port story.
 ("feu-entrepot-batteries-port-dunkerque", VIGIE, "fr", 2, 285, 2100, [NO, FD], "",
  "Dunkerque : un entrepôt de batteries en feu sur le port, confinement à Fort-Mardyck",
  "Un incendie s'est déclaré mardi vers 23 h 10 dans un entrepôt de stockage de batteries usagées de la société Recyclis Nord, dans la zone industrielle du port de Dunkerque, et les habitants de Fort-Mardyck et de Grande-Synthe ont été invités à rester chez eux, fenêtres fermées.",
  "Une épaisse fumée noire était visible depuis tout le littoral. Aucun salarié ne se trouvait sur le site au moment du départ de feu."),
 ("feu-entrepot-batteries-port-dunkerque", CHAN, "en", 2, 400, 350, ["Europe", "France"], "donate",
  "Battery warehouse fire sends smoke plume over Dunkirk",
  "A fire at a warehouse storing used lithium-ion batteries in the French port of Dunkirk sent a plume of black smoke over the coast on Tuesday night, and authorities told thousands of nearby residents to stay indoors.",
  "Ferry crossings between Dover and Dunkirk were running normally, the ferry company said."),
 ("feu-entrepot-batteries-port-dunkerque", OPALE, "fr", 2, 455, 900, [NO, FD], "lire",
  "Feu chez Recyclis Nord : les pompiers refroidissent les batteries toute la nuit",
  "Les pompiers du Nord ont maîtrisé vers 2 heures l'incendie de l'entrepôt de batteries du port de Dunkerque, mais devront arroser les stocks pendant plusieurs heures encore pour éviter toute reprise du feu, a indiqué le sous-préfet de Dunkerque, Thierry Moulard.",
  "Des mesures de la qualité de l'air ont été réalisées toute la nuit autour du site. Les résultats doivent être communiqués mercredi matin.",
  {"also": "Roubaix : trois morts dans l'incendie d'un immeuble du quartier de l'Alma"}),
 ("feu-entrepot-batteries-port-dunkerque", ASP, "fr", 2, 665, 900, [FR, NO, FD], "afp",
  "Incendie d'un entrepôt de batteries à Dunkerque : le confinement levé",
  "Le confinement des habitants de Fort-Mardyck et de Grande-Synthe, décidé dans la nuit après l'incendie d'un entrepôt de batteries usagées sur le port de Dunkerque, a été levé mercredi à 6 heures, les mesures de l'air n'ayant pas révélé de toxicité, a annoncé la sous-préfecture.",
  "Les pompiers avaient dû se frayer un passage entre les barrages des dockers en grève pour atteindre la zone industrielle. Le parquet de Dunkerque a ouvert une enquête pour déterminer l'origine du sinistre.",
  {"city": "Dunkerque", "date_fr": "15 déc"}),
 ("feu-entrepot-batteries-port-dunkerque", BEF, "fr", 2, 705, 700, [HDF, "Environnement"], "",
  "Batteries au lithium : des incendies de plus en plus fréquents dans les sites de recyclage",
  "L'incendie de Dunkerque est le quatrième feu dans un site de recyclage de batteries des Hauts-de-France en deux ans, une série qui inquiète les pompiers, confrontés à des feux difficiles à éteindre et qui peuvent reprendre plusieurs jours après.",
  "Une batterie au lithium endommagée peut s'emballer sans prévenir ; les riverains de la zone industrielle demandent que les stocks soient entreposés à l'extérieur des bâtiments."),

 # 7. The CHU de Lille triggers its "plan blanc" for bronchiolitis and flu (same hospital as the
 #    fire's and the pileup's injured; post 3 of this story names both).
 ("plan-blanc-chu-lille-bronchiolite-grippe", MACTU, "fr", 2, 70, 1600, [NO, SA], "",
  "Bronchiolite et grippe : le CHU de Lille déclenche le plan blanc",
  "Le CHU de Lille a déclenché mardi son plan blanc face à l'afflux de nourrissons atteints de bronchiolite et d'adultes grippés, qui sature ses urgences pédiatriques et ses services de médecine depuis une semaine, a annoncé la direction de l'établissement.",
  "Des opérations non urgentes seront déprogrammées et des lits supplémentaires ouverts à l'hôpital Jeanne-de-Flandre."),
 ("plan-blanc-chu-lille-bronchiolite-grippe", BEF, "fr", 2, 470, 1100, [NO, SA], "",
  "Aux urgences du CHU, une nuit sous tension",
  "Déjà débordées par la bronchiolite et la grippe, les urgences du CHU de Lille ont dû accueillir mardi soir en quelques heures les blessés du carambolage de l'A1 et les victimes de l'incendie de Roubaix, sans que le plan blanc, déclenché quelques heures plus tôt, ait eu le temps de produire ses effets.",
  "« On a rappelé des infirmières en repos, et des brancards attendaient dans les couloirs », confie un médecin urgentiste."),
 ("plan-blanc-chu-lille-bronchiolite-grippe", LYS, "fr", 2, 575, 900, [NO, SA], "",
  "Bronchiolite : quand faut-il aller aux urgences ?",
  "Un nourrisson qui boit moins de la moitié de ses biberons, qui respire vite en creusant le ventre ou qui semble très fatigué doit être vu rapidement, mais pour un simple rhume, mieux vaut consulter son médecin ou appeler le 15, rappellent les pédiatres du CHU de Lille.",
  "Lavage des mains, aération des pièces et port du masque en cas de rhume restent les meilleurs moyens de protéger les plus petits."),
 ("plan-blanc-chu-lille-bronchiolite-grippe", ASP, "fr", 2, 611, 600, [FR, SA], "reuters_line",
  "Santé : le plan blanc maintenu au CHU de Lille, la grippe s'accélère",
  "Le plan blanc déclenché par le CHU de Lille restera en vigueur au moins jusqu'au week-end, l'agence régionale de santé des Hauts-de-France faisant état d'une hausse de 40 % en une semaine des passages aux urgences pour syndrome grippal.",
  "Les pédiatres demandent aux parents d'appeler le 15 avant de se déplacer pour un nourrisson qui respire mal."),

 # 8. Trial 1 at the Lille court: verdict against the head of Éco-Habitat Confort (fake energy
 #    renovation sold to elderly people); victims from Roubaix, help desk at Roubaix town hall.
 ("proces-arnaque-renovation-eco-habitat", PRET, "fr", 2, 15, 1200, [NO, J], "",
  "Arnaque à la rénovation énergétique : quatre ans de prison pour le patron d'Éco-Habitat Confort",
  "Le tribunal correctionnel de Lille a condamné mardi à quatre ans de prison, dont deux ferme, le gérant de la société Éco-Habitat Confort, Grégory Sauvage, pour avoir escroqué plus de six cents personnes âgées en leur vendant des pompes à chaleur et des travaux d'isolation inutiles ou jamais réalisés.",
  "Le préjudice est estimé à 9 millions d'euros. Quatre commerciaux ont été condamnés à des peines de six mois à deux ans avec sursis."),
 ("proces-arnaque-renovation-eco-habitat", ASP, "fr", 2, 60, 700, [FR, J], "afp",
  "Nord : prison ferme pour une escroquerie aux travaux d'économie d'énergie",
  "Le dirigeant d'une entreprise de rénovation énergétique qui démarchait des retraités du Nord et du Pas-de-Calais en se présentant comme mandaté par l'État a été condamné mardi à Lille à deux ans de prison ferme et à l'interdiction définitive de gérer une société.",
  "La procureure de la République, Anne-Sophie Wattebled, avait requis cinq ans, dont trois ferme."),
 ("proces-arnaque-renovation-eco-habitat", RTI, "fr", 2, 190, 1000, [NO, J], "",
  "Victimes d'Éco-Habitat : « On a signé pour 28 000 euros de travaux qui n'ont servi à rien »",
  "Parmi les victimes venues entendre le jugement mardi figuraient de nombreux retraités de Roubaix et de Tourcoing, où la société avait concentré son démarchage à domicile, au point que la mairie de Roubaix avait ouvert en 2025 une permanence d'aide aux victimes à l'hôtel de ville.",
  "« Ils nous ont dit que notre chaudière était interdite et qu'on aurait une amende », raconte une veuve de 81 ans du quartier du Pile, qui rembourse encore son crédit."),
 ("proces-arnaque-renovation-eco-habitat", VEIL, "fr", 2, 690, 800, [NO, "Consommation"], "publie",
  "Démarchage à domicile : comment repérer les fausses entreprises de rénovation",
  "Aucun organisme public ne démarche les particuliers à domicile ou par téléphone pour leur vendre des travaux de rénovation énergétique, et tout commercial qui se prévaut d'une « obligation » ou d'un « mandat de l'État » doit éveiller la méfiance, rappelle la direction départementale de la protection des populations du Nord.",
  "Vous disposez de quatorze jours pour vous rétracter après une vente à domicile, et aucun paiement ne peut être exigé pendant les sept premiers jours.",
  {"site": "Le Veilleur du Nord", "date_fr": "15 déc"}),

 # 9. Trial 2 at the same Lille court, same Tuesday: the 2026 theft of two Flemish panels from the
 #    Palais des Beaux-Arts; six years requested. "vol", "cambriolage", "casse" / "heist", "theft".
 ("proces-vol-tableaux-palais-beaux-arts-lille", PRET, "fr", 2, 50, 900, [NO, J, "Culture"], "",
  "Vol au Palais des Beaux-Arts : six ans requis contre l'organisateur présumé",
  "Le parquet a requis mardi devant le tribunal correctionnel de Lille six ans de prison contre Yannick Desmet, présenté comme l'organisateur du cambriolage du Palais des Beaux-Arts de Lille, où deux panneaux flamands du XVIe siècle avaient été dérobés en mars 2026.",
  "Trois et quatre ans ont été requis contre ses deux complices présumés. Le jugement sera rendu le 20 janvier."),
 ("proces-vol-tableaux-palais-beaux-arts-lille", MACTU, "fr", 2, 140, 1100, [NO, J, "Culture"], "",
  "Casse du Palais des Beaux-Arts : l'audience retrace une nuit de mars",
  "Une échelle posée contre une fenêtre de la façade arrière, une alarme coupée pendant quatre minutes et deux tableaux décrochés en moins de temps qu'il n'en faut pour traverser la salle : l'audience a retracé mardi le casse du Palais des Beaux-Arts.",
  "L'un des panneaux, un portrait de marchand, a été retrouvé en 2026 chez un receleur d'Anvers ; la Vierge à l'enfant reste introuvable."),
 ("proces-vol-tableaux-palais-beaux-arts-lille", ARTG, "en", 2, 350, 300, ["Art", "Europe"], "byline_en",
  "Prosecutors seek six years over Lille museum heist",
  "French prosecutors on Tuesday asked for a six-year prison sentence for the man accused of masterminding the 2026 theft of two 16th-century Flemish panels from the Palais des Beaux-Arts in Lille, one of which has never been found.",
  "The missing panel, a small Virgin and Child, is listed in Interpol's database of stolen works of art.",
  {"author": "Harriet Kimber", "site": "The Art Market Gazette"}),
 ("proces-vol-tableaux-palais-beaux-arts-lille", GNTV, "fr", 2, 590, 700, [NO, "Culture"], "",
  "Depuis le vol, le Palais des Beaux-Arts a revu toute sa sécurité",
  "Caméras thermiques sur les façades, détecteurs sur chaque cadre et rondes doublées la nuit : le Palais des Beaux-Arts de Lille a investi 1,2 million d'euros dans sa sécurité depuis le vol de mars 2026, a indiqué sa directrice, Claire Vanhoutte.",
  "Une cimaise laissée vide rappelle aux visiteurs l'absence de la Vierge à l'enfant."),

 # 10. The Métropole européenne de Lille council votes on Friday on free transport for the under-26s
 #     (a second vote, and a second Mobilys story, kept apart from the strike).
 ("vote-mel-gratuite-transports-jeunes", MACTU, "fr", 2, 120, 1300, [NO, T, P], "",
  "Transports gratuits pour les moins de 26 ans : la Métropole votera vendredi",
  "Le conseil de la Métropole européenne de Lille se prononcera vendredi sur la gratuité des bus, tramways et métros pour les moins de 26 ans à partir de septembre 2028, une mesure évaluée à 38 millions d'euros par an, a confirmé mardi son président, Damien Verhaeghe.",
  "Environ 280 000 jeunes seraient concernés."),
 ("vote-mel-gratuite-transports-jeunes", BEF, "fr", 2, 330, 900, [NO, T, E], "",
  "Gratuité des transports pour les jeunes : qui va payer ?",
  "La gratuité des transports pour les moins de 26 ans serait financée par une hausse du versement mobilité payé par les employeurs de onze salariés et plus, une piste que contestent les organisations patronales de la métropole.",
  "Une partie des maires des communes périphériques réclament plutôt des bus plus fréquents."),
 ("vote-mel-gratuite-transports-jeunes", RTI, "fr", 2, 500, 700, [NO, T], "",
  "Gratuité : à Tourcoing, les lycéens y croient, les parents calculent",
  "À la sortie d'un lycée du centre de Tourcoing, la perspective de voyager sans abonnement séduit les élèves, tandis que les parents font leurs comptes : jusqu'à 280 euros d'économies par an et par enfant.",
  "Le vote de vendredi intervient en pleine grève des conducteurs, un calendrier que l'opposition juge « malvenu »."),
 ("vote-mel-gratuite-transports-jeunes", ASP, "fr", 2, 660, 500, [FR, T], "afp",
  "Lille pourrait offrir les transports en commun aux moins de 26 ans",
  "La métropole de Lille pourrait devenir vendredi l'une des plus grandes agglomérations françaises à rendre les transports en commun gratuits pour les moins de 26 ans, si son conseil adopte la délibération présentée par son président.",
  "Plusieurs villes moyennes ont déjà fait ce choix pour tous les usagers.",
  D15),

 # 11. Voltéra Cells delays the second line of its Douai battery gigafactory (shared byline line
 #     with the CHU post, three minutes apart).
 ("voltera-gigafactory-douai-report", ECO, "fr", 1, 175, 1000, [HDF, E], "",
  "Voltéra Cells reporte la deuxième ligne de sa gigafactory de Douai",
  "Le fabricant de batteries Voltéra Cells a annoncé mardi soir le report à 2030 de la deuxième ligne de production de son usine de Douai, invoquant le ralentissement des ventes de voitures électriques en Europe, ce qui gèle environ 400 embauches prévues en 2028.",
  "Les 1 100 salariés déjà en poste ne sont pas concernés, assure la direction."),
 ("voltera-gigafactory-douai-report", WM, "en", 1, 300, 400, ["Business", "Europe"], "updated",
  "Voltera Cells delays second line at French battery plant to 2030",
  "Battery maker Voltera Cells said on Tuesday it would delay the second production line at its plant in Douai, northern France, to 2030, blaming weaker-than-expected demand for electric cars in Europe.",
  "The plant, which opened in 2025, supplies cells to two European carmakers.",
  {"clarify": "the number of jobs affected"}),
 ("voltera-gigafactory-douai-report", DOUAI, "fr", 1, 450, 900, [NO, E], "",
  "À Douai, les sous-traitants de la gigafactory mettent leurs projets en pause",
  "Plusieurs entreprises qui devaient s'installer autour de l'usine Voltéra Cells de Douai ont fait savoir mardi soir qu'elles mettaient en pause leurs projets d'extension après l'annonce du report de la deuxième ligne de production.",
  "Le maire de Douai doit rencontrer la direction du site vendredi."),
 ("voltera-gigafactory-douai-report", ASP, "fr", 1, 608, 500, [FR, E], "reuters_line",
  "Industrie : Voltéra Cells freine à Douai, les élus inquiets",
  "Le report de la deuxième ligne de l'usine de batteries de Voltéra Cells à Douai suscite l'inquiétude des élus du Douaisis, qui avaient aménagé une zone d'activités et un échangeur routier pour accueillir les sous-traitants du site.",
  "L'État et la région ont versé 190 millions d'euros d'aides au projet, dont une partie est conditionnée au nombre d'emplois créés."),

 # 12-16. Promo alone; filler: football result, weather bulletin, horoscope, lottery.
 ("promo-beffroi-abonnement-noel", BEF, "fr", 0, 3, 60, ["Promo"], "",
  "Offrez Le Beffroi à Noël",
  "Cette année, offrez l'actualité de Lille et de la région à vos proches avec un an d'abonnement numérique au Beffroi pour 49 euros au lieu de 119.",
  "Offre valable jusqu'au 24 décembre sur lebeffroi-quotidien.fr/noel."),
 ("foot-etoile-lilloise-fc-cote-opale", "lille-sport-direct.fr", "fr", 0, 130, 2400, ["Sport"], "",
  "Ligue 1 : l'Étoile lilloise s'impose 3-1 face au FC Côte d'Opale",
  "L'Étoile lilloise a battu le FC Côte d'Opale 3-1 mardi soir au stade Pierre-Mauroy, en match en retard de la 16e journée de Ligue 1, grâce notamment à un doublé de son attaquant Kévin Lomami.",
  "Les Calaisiens avaient ouvert le score dès la 8e minute."),
 ("foot-etoile-lilloise-fc-cote-opale", "sport-hauts-de-france.fr", "fr", 0, 165, 400, ["Sport"], "",
  "Football : l'Étoile lilloise remonte sur le podium",
  "Victorieuse du FC Côte d'Opale (3-1) mardi à Villeneuve-d'Ascq, l'Étoile lilloise remonte à la troisième place de Ligue 1 avant la trêve hivernale.",
  ""),
 ("meteo-nord-mercredi-15-decembre", "meteo-nord-direct.fr", "fr", 0, 675, 1500, ["Météo"], "",
  "Météo du mercredi 15 décembre : brouillard givrant le matin, éclaircies l'après-midi",
  "Des bancs de brouillard parfois givrant réduiront la visibilité à moins de cent mètres mercredi matin dans l'intérieur du Nord et du Pas-de-Calais, avant des éclaircies l'après-midi et des maximales de 3 à 5 °C.",
  "Sur le littoral, vent de nord-est modéré et ciel plus dégagé."),
 ("horoscope-mercredi-15-decembre-2027", "astres-et-vous.fr", "fr", 0, 8, 800, ["Horoscope"], "",
  "Horoscope du mercredi 15 décembre",
  "Bélier, une proposition inattendue vous oblige à revoir vos plans de la semaine, mais elle mérite d'être étudiée avant vendredi.",
  "Taureau : ménagez vos forces. Gémeaux : une bonne nouvelle côté budget."),
 ("euromillions-tirage-14-decembre-2027", "resultats-tirages.fr", "fr", 0, 150, 1100, ["Loterie"], "",
  "EuroMillions : les résultats du tirage du mardi 14 décembre",
  "Les numéros gagnants du tirage de l'EuroMillions de ce mardi 14 décembre sont le 7, le 15, le 22, le 36 et le 44, avec les étoiles 3 et 11.",
  "Aucun joueur n'a trouvé la bonne combinaison ; le jackpot de 94 millions d'euros est remis en jeu vendredi."),
]
