# Day 109: a French regional channel of Rennes and Bretagne, morning edition of Wednesday
# 15 December 2027 at 07:00 (window 19:00 Tuesday - 07:00 Wednesday local, Europe/Paris = UTC+1
# in December, so 18:00Z - 06:00Z). Gold answer written before any run: each post's story, its
# lede (the true first sentence) and the TOP5 below. Every story, person, company and outlet is
# invented.
#
# Traps:
# - one radio interview, two stories, same quote: the mayor of Rennes, Maëlle Le Goff, on Radio
#   Breizh Est on Tuesday evening, quoted about the bus drivers' strike and about the tramway vote,
#   both carrying « Rennes ne se construit pas contre ceux qui la font rouler chaque jour... »;
# - a shared wire byline line ("Ouest Dépêches | Mis à jour : 15-12-2027 05:12"): the Lamballe
#   slaughterhouse strike and the Saint-Malo holiday-rentals vote, three minutes apart;
# - the same hospital: Pontchaillou (CHU de Rennes) is hit by the ransomware attack, takes the N24
#   collision's injured and the cyclist hit by a bus;
# - the same court: the palais de justice of Rennes holds the slurry pollution trial (tribunal
#   correctionnel) and the Fougères murder trial (assizes);
# - the same bus network (Ille Mobilités): the drivers' strike and the bus that hit a cyclist on
#   boulevard de la Liberté, where the tramway will also run;
# - look-alike stories: two strikes (bus drivers; slaughterhouse workers), two trials, two votes
#   (the metropolis's tramway; Saint-Malo's holiday rentals), two road accidents (the N24 head-on
#   collision; the cyclist and the bus), two water stories (the trawler sunk off Penmarc'h; the
#   Vilaine flood in Redon), the flood (news) and the weather bulletin (filler);
# - a toll revised by a second source: the trawler, two missing (maritime prefecture) then one body
#   found at dawn (Étel rescue centre); the flood's peak, 4.80 m then 4.90 m;
# - one story told in two languages by different agencies with different words: the trawler
#   ("naufrage", "a sombré", "chalutier" / "sinks", "trawler"), the flood ("crue", "montée des
#   eaux", "inondation" / "floods", "rising waters"), the ransomware attack ("cyberattaque",
#   "rançongiciel" / "ransomware attack"), the strikes ("grève", "arrêt de travail" / "strike");
# - stories told from other angles: the port waiting (Guilvinec), what we know of the sinking,
#   fishing's toll, the counselling unit; the closed roads and railway, how to claim insurance;
#   where the buses run, the drivers' split shifts; the pig farmers; the anglers' damages; why
#   slurry pits leak; self-defence explained; the tramway's route, shop owners, the terminus; the
#   owners' appeal; the SAMU redirecting, why hospitals are targets, the paper wards; the victims
#   of the N24; the cyclists' rally; the supporters; the three coaches;
# - a "Lire aussi" line in an N24 post naming the ransomware attack; a teaser; captions; update
#   notes;
# - posts in English (agencies' English service) for the trawler, the flood, the bus strike, the
#   slaughterhouse, the rentals vote and the ransomware attack;
# - a promo posted alone; filler of importance 0: the handball result (two posts), the weather
#   bulletin, the lottery draw.
NAME = "2027-12-15-fr-matin-rennes-h109"
CHANNEL = {"lang": "fr", "tz": "Europe/Paris"}
WINDOW = ("2027-12-14T18:00:00Z", "2027-12-15T06:00:00Z")
CTX = {"stamp": "15-12-2027 05:12", "line": "Ouest Dépêches | Mis à jour : 15-12-2027 05:12",
       "city": "Rennes", "date_fr": "14 déc", "date_en": "Dec 14",
       "author": "Gaëlle Morvan", "clarify": "when the attack was detected",
       "caption": "", "also": "notre dossier", "country": "France"}
# The editor's top 5: the trawler sunk off Penmarc'h, the Vilaine flood in Redon, the ransomware
# attack on the CHU de Rennes, the tramway vote, the bus drivers' strike.
TOP5 = ["naufrage-chalutier-ar-gwenn-penmarch-h109", "crue-vilaine-redon-evacuations-h109",
        "cyberattaque-chu-rennes-pontchaillou-h109", "vote-metropole-tramway-rennes-h109",
        "greve-chauffeurs-bus-rennes-h109"]
BZH = "Bretagne"
RN = "Rennes"
E = "Économie"
SA = "Santé"
J = "Justice"
FD = "Faits divers"
P = "Politique"
T = "Transports"
MER = "Mer"
OD = "ouest-depeches.fr"
AN = "agence-nord.fr"
VIG = "vigie-armor.fr"
RENN = "rennes-direct.fr"
RAD = "radio-breizh-est.fr"
TV = "tv-rennes-cite.fr"
PORT = "echo-des-ports.fr"
BIG = "bigouden-hebdo.fr"
RED = "redon-infos.fr"
MALO = "corsaire-malouin.fr"
LAMB = "journal-du-penthievre.fr"
FOUG = "chronique-fougeraise.fr"
SANTE = "sante-ouest.fr"
JUST = "palais-et-proces.fr"
AGRI = "terres-bretonnes.fr"
SPORT = "breizh-sport.fr"
METEO = "meteo-haute-bretagne.fr"
LOTO = "jeux-et-tirages.fr"
NUM = "numerique-ouest.fr"
BROC = "broceliande-info.fr"
CES = "cesson-info.fr"
WW = "wire-west.com"
APL = "ap-like.com"
EUR = "euro-ledger.com"
MAR = "maritime-bulletin.com"
CYB = "cyber-wire.net"
TRAV = "travel-wire.com"
N15 = {"date_fr": "15 déc", "date_en": "Dec 15"}
QUOTE = ("« Rennes ne se construit pas contre ceux qui la font rouler chaque jour : je veux un "
         "réseau qui tienne ses promesses aux usagers comme à ses agents »")
POSTS = [
 # 1. The trawler Ar Gwenn (Le Guilvinec) sinks off Penmarc'h; 2 missing, 3 rescued; 1 body found.
 ("naufrage-chalutier-ar-gwenn-penmarch-h109", OD, "fr", 3, 130, 3300, [BZH, MER, FD], "afp",
  "Naufrage d'un chalutier au large de Penmarc'h, deux marins disparus",
  "Deux marins sont portés disparus après le naufrage mardi soir du chalutier Ar Gwenn, du port du Guilvinec, qui a sombré par gros temps à une quinzaine de milles au sud-ouest de la pointe de Penmarc'h, a annoncé la préfecture maritime de l'Atlantique.",
  "Trois des cinq membres d'équipage ont été hélitreuillés par un hélicoptère de la Marine nationale et conduits à l'hôpital de Quimper.",
  {"city": "Quimper"}),
 ("naufrage-chalutier-ar-gwenn-penmarch-h109", BIG, "fr", 3, 175, 1800, [BZH, MER], "",
  "Au Guilvinec, tout un port suspendu aux nouvelles",
  "Sur les quais du Guilvinec, des dizaines de pêcheurs et de familles se sont rassemblés mardi soir devant l'abri du canot de sauvetage, guettant les nouvelles des recherches lancées pour retrouver les deux hommes de l'Ar Gwenn.",
  "« On se connaît tous ici, on a tous un frère ou un cousin en mer », souffle un patron pêcheur."),
 ("naufrage-chalutier-ar-gwenn-penmarch-h109", MAR, "en", 3, 250, 500, ["Europe", "France"], "reuters",
  "Two missing after French trawler sinks in Atlantic storm",
  "Two fishermen were missing after a French trawler sank in heavy seas off the tip of Brittany on Tuesday evening, while three crew members were winched to safety by a navy helicopter, maritime authorities said.",
  "Winds were gusting at up to 100 km/h in the area at the time.",
  {"city": "Brest"}),
 ("naufrage-chalutier-ar-gwenn-penmarch-h109", PORT, "fr", 3, 330, 1400, [BZH, MER], "teaser",
  "Ar Gwenn : ce que l'on sait du naufrage",
  "Le chalutier de 18 mètres, construit en 1999 et armé par une coopérative bigoudène, a lancé un appel de détresse vers 20 h 35 après une voie d'eau, et l'équipage a eu à peine le temps de mettre un radeau de survie à l'eau.",
  "Le bureau d'enquêtes sur les événements de mer a été saisi."),
 ("naufrage-chalutier-ar-gwenn-penmarch-h109", OD, "fr", 3, 600, 2900, [BZH, MER, FD], "actu",
  "Naufrage de l'Ar Gwenn : le corps d'un marin retrouvé à l'aube",
  "Le corps de l'un des deux marins disparus du chalutier du Guilvinec a été repêché mercredi à l'aube par un patrouilleur, tandis que les recherches se poursuivent pour retrouver le second, a indiqué le centre régional de surveillance et de sauvetage d'Étel.",
  "Les trois rescapés, en hypothermie, ont passé la nuit à l'hôpital de Quimper."),
 ("naufrage-chalutier-ar-gwenn-penmarch-h109", VIG, "fr", 3, 650, 1200, [BZH, MER], "caption",
  "Pêche bigoudène : un métier qui paie encore un lourd tribut à la mer",
  "Depuis dix ans, une vingtaine de marins pêcheurs bretons ont perdu la vie en mer, un tribut qui rappelle, après le drame de l'Ar Gwenn, que la pêche reste l'un des métiers les plus dangereux du pays.",
  "Le port du Guilvinec observera une minute de silence à l'ouverture de la criée.",
  {"site": "La Vigie d'Armor", "caption": "Le port du Guilvinec, d'où était parti le chalutier Ar Gwenn, le mercredi 15 décembre 2027 à l'aube."}),
 ("naufrage-chalutier-ar-gwenn-penmarch-h109", RAD, "fr", 3, 680, 1000, [BZH, MER], "",
  "Disparus de l'Ar Gwenn : une cellule d'écoute ouverte à la mairie du Guilvinec",
  "La mairie du Guilvinec a ouvert mercredi dès 6 heures une cellule d'écoute pour les familles et les marins du port, où le maire, Yann Le Berre, doit recevoir les proches de l'équipage.",
  "Un office sera célébré samedi à l'église du bourg."),

 # 2. The Vilaine floods Redon: orange alert, 200 homes evacuated, peak 4.80 m -> 4.90 m.
 ("crue-vilaine-redon-evacuations-h109", OD, "fr", 3, 40, 2400, [BZH, RN], "ats",
  "Crue de la Vilaine : Redon en vigilance orange",
  "Le département d'Ille-et-Vilaine a été placé mardi en vigilance orange pour les crues de la Vilaine, qui devrait atteindre à Redon mercredi midi un niveau de 4,80 mètres, proche de celui de l'hiver 2001, a prévenu la préfecture.",
  "Les pluies tombées depuis dix jours sur un sol saturé gonflent aussi l'Oust et le Don."),
 ("crue-vilaine-redon-evacuations-h109", RED, "fr", 3, 160, 2000, [BZH], "caption",
  "Redon : les quais sous l'eau, deux cents habitations évacuées",
  "Deux cents logements des quais de Redon et du quartier de la gare ont été évacués mardi soir, l'eau de la Vilaine ayant déjà envahi les rues basses et les parkings du port de plaisance.",
  "Un gymnase a été ouvert pour accueillir les sinistrés qui n'ont pas de solution chez des proches.",
  {"site": "Redon Infos", "caption": "Le quai Duguay-Trouin de Redon envahi par les eaux de la Vilaine, le mardi 14 décembre 2027 au soir."}),
 ("crue-vilaine-redon-evacuations-h109", APL, "en", 3, 280, 600, ["Europe", "France"], "ap",
  "Floods force evacuations in western France",
  "Rising waters on the Vilaine river forced the evacuation of about 200 homes in the town of Redon in western France on Tuesday night, with the flood expected to peak on Wednesday, officials said.",
  "Several roads and a rail line were closed."),
 ("crue-vilaine-redon-evacuations-h109", RAD, "fr", 3, 380, 1500, [BZH, T], "",
  "Inondations : des routes coupées et les trains Rennes-Redon interrompus",
  "La montée des eaux a entraîné la fermeture de la route départementale 177 entre Redon et Bains-sur-Oust et l'interruption des trains entre Rennes et Redon, remplacés par des cars mercredi matin.",
  "Les écoles de Redon resteront fermées mercredi."),
 ("crue-vilaine-redon-evacuations-h109", OD, "fr", 3, 560, 1700, [BZH], "actu",
  "Crue de la Vilaine : le pic attendu dans la matinée, la décrue pas avant vendredi",
  "Le pic de la crue devrait être atteint à Redon en fin de matinée à 4,90 mètres, un peu au-dessus des prévisions de la veille, et la décrue sera lente, a indiqué mercredi matin le service de prévision des crues.",
  "Un nouvel épisode pluvieux est annoncé pour le week-end."),
 ("crue-vilaine-redon-evacuations-h109", RENN, "fr", 3, 690, 1100, [BZH], "",
  "Inondation : les démarches pour se faire indemniser",
  "Les sinistrés de la crue doivent déclarer les dégâts à leur assureur dans les cinq jours, photographier les pièces et les objets abîmés avant de les jeter, et garder toutes les factures, même si l'état de catastrophe naturelle n'est pas encore reconnu.",
  "La mairie de Redon tient une permanence d'information à la salle du Parc."),

 # 3. Rennes bus drivers' strike on Wednesday (Ille Mobilités); the mayor on the radio.
 ("greve-chauffeurs-bus-rennes-h109", OD, "fr", 2, 20, 1900, [RN, T], "colon",
  "Rennes : grève des conducteurs de bus mercredi, le métro épargné",
  "Les conducteurs de bus du réseau rennais Ille Mobilités seront en grève mercredi à l'appel de l'intersyndicale, qui dénonce des plannings modifiés sans concertation, et seule une ligne de bus sur trois circulera, a annoncé l'exploitant.",
  "Les deux lignes de métro, automatiques, fonctionneront normalement."),
 ("greve-chauffeurs-bus-rennes-h109", RAD, "fr", 2, 110, 1300, [RN, T, P], "",
  "Grève des bus : la maire de Rennes appelle à reprendre le dialogue",
  "Invitée mardi soir de Radio Breizh Est, la maire de Rennes, Maëlle Le Goff, a demandé à l'exploitant du réseau de bus de suspendre la réforme des plannings le temps d'une négociation avec les conducteurs.",
  f"{QUOTE}, a-t-elle déclaré."),
 ("greve-chauffeurs-bus-rennes-h109", RENN, "fr", 2, 420, 1600, [RN, T], "",
  "Bus en grève : les lignes assurées ce mercredi",
  "Les lignes C1, C2 et C4 circuleront presque normalement mercredi, mais les lignes de quartier et les navettes vers les communes de la métropole seront très perturbées, avec un bus par heure au mieux.",
  "Les abonnés pourront emprunter gratuitement les vélos en libre-service."),
 ("greve-chauffeurs-bus-rennes-h109", EUR, "en", 2, 480, 200, ["Europe", "France"], "upi",
  "Bus drivers strike in Rennes over shift changes",
  "Bus drivers in the western French city of Rennes were set to strike Wednesday over changes to their shift patterns, with only one bus line in three expected to run, the operator said.",
  "The city's two driverless subway lines were not affected."),
 ("greve-chauffeurs-bus-rennes-h109", NUM, "fr", 2, 560, 800, [RN, T], "",
  "Plannings des chauffeurs : aux racines de la colère",
  "Derrière la grève, il y a des journées de travail coupées en deux, avec des coupures de trois heures non payées entre le service du matin et celui du soir, que les chauffeurs accusent la direction d'avoir généralisées en novembre.",
  "« On part de chez nous à 5 heures et on rentre à 20 heures pour sept heures payées », résume un délégué."),
 ("greve-chauffeurs-bus-rennes-h109", OD, "fr", 2, 630, 1400, [RN, T], "actu",
  "Grève des bus à Rennes : le mouvement a débuté, les arrêts déserts",
  "Aux premières heures de mercredi, les abribus du centre de Rennes restaient déserts, les usagers ayant massivement anticipé l'arrêt de travail des chauffeurs en se reportant sur le métro, dont les rames étaient bondées dès 6 heures.",
  "Un piquet de grève s'est installé devant le dépôt de la Plaine de Baud.",
  N15),

 # 4. Third day of strike at the Armor Viandes pig slaughterhouse in Lamballe.
 ("greve-abattoir-armor-viandes-lamballe-h109", LAMB, "fr", 2, 70, 900, [BZH, E], "",
  "Lamballe : troisième jour de grève à l'abattoir Armor Viandes",
  "Les salariés de l'abattoir de porcs Armor Viandes, à Lamballe, ont voté mardi soir la poursuite pour un troisième jour de leur grève pour une hausse des salaires de 120 euros bruts par mois et une prime de pénibilité.",
  "La chaîne d'abattage, qui traite 9 000 porcs par jour, est à l'arrêt.",
  {"site": "Le Journal du Penthièvre"}),
 ("greve-abattoir-armor-viandes-lamballe-h109", AGRI, "fr", 2, 230, 600, [BZH, E], "",
  "Grève à l'abattoir : les éleveurs inquiets pour leurs porcs",
  "Faute d'abattage depuis lundi, les éleveurs du Penthièvre doivent garder dans leurs bâtiments des porcs arrivés à leur poids, une situation que la chambre d'agriculture juge intenable au-delà de la fin de la semaine.",
  "Une partie des animaux est détournée vers des abattoirs de Loudéac et de Vitré."),
 ("greve-abattoir-armor-viandes-lamballe-h109", OD, "fr", 2, 597, 700, [BZH, E], "reuters_line",
  "Agroalimentaire : le conflit social s'enlise à Lamballe",
  "Aucune nouvelle réunion n'est prévue entre la direction d'Armor Viandes et les syndicats de l'abattoir de Lamballe, où 1 200 salariés ont cessé le travail, la direction estimant avoir déjà consenti une hausse de 3 %.",
  "Les grévistes bloquent l'entrée des camions depuis mardi midi."),
 ("greve-abattoir-armor-viandes-lamballe-h109", WW, "en", 2, 640, 300, ["Europe", "Business"], "reuters",
  "Strike halts major French pork slaughterhouse",
  "A strike over pay at one of France's largest pork slaughterhouses, in Brittany, entered a third day on Wednesday, halting a plant that processes 9,000 pigs a day, unions said.",
  "Pork prices at the Breton market in Plérin rose slightly on the news.",
  {"city": "Paris", "date_en": "Dec 15"}),

 # 5. Slurry pollution of the Meu: a pig farmer tried at the Rennes criminal court.
 ("proces-lisier-meu-eleveur-h109", JUST, "fr", 1, 30, 600, [BZH, J], "",
  "Pollution du Meu : un éleveur de porcs jugé à Rennes",
  "Le gérant d'une porcherie de Saint-Méen-le-Grand a été jugé mardi après-midi devant le tribunal correctionnel de Rennes pour le déversement de 900 mètres cubes de lisier dans le Meu, qui avait tué plusieurs tonnes de poissons en mai 2026.",
  "Le parquet a requis 60 000 euros d'amende, dont 30 000 avec sursis."),
 ("proces-lisier-meu-eleveur-h109", AGRI, "fr", 1, 140, 400, [BZH, J], "",
  "Lisier dans le Meu : la défense plaide la rupture accidentelle d'une fosse",
  "L'avocat de l'éleveur a soutenu que la fosse à lisier s'était fissurée sous l'effet de pluies exceptionnelles, et non d'un défaut d'entretien, en s'appuyant sur une expertise commandée par l'assureur de l'exploitation.",
  "Le jugement sera rendu le 25 janvier."),
 ("proces-lisier-meu-eleveur-h109", RENN, "fr", 1, 260, 500, [BZH], "",
  "Pollution du Meu : les pêcheurs réclament la réparation du préjudice écologique",
  "Les associations de pêche et de protection de l'environnement, parties civiles, demandent 180 000 euros pour repeupler la rivière, où les truites et les anguilles n'ont toujours pas retrouvé leur niveau d'avant la pollution.",
  "« Il faudra dix ans pour que le Meu s'en remette », estime un garde-pêche."),
 ("proces-lisier-meu-eleveur-h109", VIG, "fr", 1, 500, 400, [BZH], "",
  "Lisier : pourquoi les fosses fuient encore en Bretagne",
  "Une vingtaine de pollutions accidentelles par des effluents d'élevage sont recensées chaque année dans les rivières bretonnes, souvent à cause de fosses vieillissantes que les exploitants n'ont pas les moyens de remplacer.",
  "La région a ouvert un fonds d'aide aux travaux de mise aux normes.",
  {"site": "La Vigie d'Armor"}),

 # 6. Assizes of Ille-et-Vilaine: a woman tried for killing her husband in Fougères (March 2025).
 ("assises-gesbert-fougeres-h109", FOUG, "fr", 2, 50, 900, [BZH, J], "",
  "Assises : le procès de la mort de Didier Rouxel s'est ouvert à Rennes",
  "Le procès de Nathalie Gesbert, 47 ans, accusée d'avoir tué son mari de plusieurs coups de couteau dans leur maison de Fougères en mars 2025, s'est ouvert mardi devant la cour d'assises d'Ille-et-Vilaine, au palais de justice de Rennes.",
  "L'accusée affirme avoir agi pour se défendre après des années de violences conjugales."),
 ("assises-gesbert-fougeres-h109", OD, "fr", 2, 200, 800, [BZH, J], "byline_fr",
  "Procès Gesbert : les voisins décrivent « un couple qui se déchirait »",
  "Les voisins du couple, entendus mardi comme témoins, ont décrit des disputes fréquentes et des cris entendus jusque dans la rue, sans qu'aucun d'eux n'ait jamais appelé la police.",
  "L'enquêteur de personnalité a évoqué une femme « isolée, sous emprise ».",
  {"site": "Ouest Dépêches"}),
 ("assises-gesbert-fougeres-h109", JUST, "fr", 2, 460, 500, [J], "",
  "Violences conjugales et légitime défense : ce que dit la loi",
  "Pour que la légitime défense soit retenue, la riposte doit être immédiate, nécessaire et proportionnée à l'attaque, des conditions que les avocats des femmes victimes de violences jugent inadaptées aux situations d'emprise.",
  "Plusieurs propositions de loi visent à faire évoluer la notion."),
 ("assises-gesbert-fougeres-h109", RAD, "fr", 2, 610, 600, [BZH, J], "",
  "Assises de Rennes : l'accusée de Fougères entendue ce mercredi",
  "Nathalie Gesbert doit s'expliquer mercredi matin devant les jurés sur la nuit du 14 mars 2025, au deuxième jour d'un procès qui doit durer jusqu'à vendredi.",
  "Ses trois enfants, aujourd'hui majeurs, seront entendus jeudi."),

 # 7. Rennes Métropole council votes the route of its tramway line (Cesson - Saint-Jacques).
 ("vote-metropole-tramway-rennes-h109", OD, "fr", 3, 25, 1600, [RN, P, T], "ats",
  "Tramway : Rennes Métropole vote mardi soir le tracé de la future ligne",
  "Les élus de Rennes Métropole se prononcent mardi soir sur le tracé de la future ligne de tramway entre Cesson-Sévigné et Saint-Jacques-de-la-Lande, un projet de 640 millions d'euros qui doit entrer en service en 2033.",
  "Le tracé soumis au vote passe par le boulevard de la Liberté et la gare."),
 ("vote-metropole-tramway-rennes-h109", RAD, "fr", 3, 115, 1100, [RN, P], "",
  "Tramway : Maëlle Le Goff défend le passage par le centre historique",
  "Sur Radio Breizh Est mardi soir, la maire de Rennes, Maëlle Le Goff, a défendu le passage du tramway par le centre historique, contesté par les commerçants du quartier, en promettant des indemnisations pendant les travaux.",
  f"{QUOTE}, a-t-elle insisté."),
 ("vote-metropole-tramway-rennes-h109", RENN, "fr", 3, 240, 1800, [RN, P, T], "",
  "Rennes Métropole dit oui au tramway",
  "Le conseil métropolitain a adopté mardi, peu après 23 heures, par 91 voix contre 22, le tracé de la ligne de tramway qui reliera Cesson-Sévigné à Saint-Jacques-de-la-Lande en passant par la gare.",
  "Les travaux préparatoires commenceront en 2029."),
 ("vote-metropole-tramway-rennes-h109", NUM, "fr", 3, 360, 1300, [RN, T], "",
  "Tramway rennais : tracé, stations, calendrier, ce qu'il faut savoir",
  "Longue de 14 kilomètres, la future ligne comptera 26 stations, dont 4 en correspondance avec le métro, et un tram passera toutes les cinq minutes aux heures de pointe, pour 90 000 voyageurs attendus chaque jour.",
  "Le dépôt sera construit sur une friche de la zone de la Janais."),
 ("vote-metropole-tramway-rennes-h109", TV, "fr", 3, 520, 900, [RN], "",
  "Tramway : les commerçants du centre redoutent cinq ans de chantier",
  "Dans la rue de Paris et autour de la place de la République, les commerçants craignent que les travaux du tramway ne fassent fuir leurs clients, comme lors du chantier de la deuxième ligne de métro.",
  "Leur association réclame un fonds d'indemnisation dès le début des travaux."),
 ("vote-metropole-tramway-rennes-h109", CES, "fr", 3, 670, 600, [RN], "",
  "À Cesson-Sévigné, le terminus du tram fait débat",
  "Les riverains du quartier de la Monniais, où doit s'installer le terminus de la ligne, craignent un parking relais géant à leur porte et demandent que la station soit déplacée près de la zone d'activités.",
  "Le maire de Cesson-Sévigné s'est dit ouvert à des ajustements."),

 # 8. Saint-Malo caps holiday rentals (municipal council vote, Tuesday night).
 ("vote-saint-malo-meubles-tourisme-h109", MALO, "fr", 2, 90, 1200, [BZH, P], "",
  "Saint-Malo plafonne les locations touristiques",
  "Le conseil municipal de Saint-Malo a voté mardi soir un quota limitant à 15 % la part des logements loués aux touristes dans chaque quartier, une mesure qui interdira toute nouvelle autorisation dans la ville close.",
  "Plus d'un logement sur trois y est aujourd'hui loué à la nuitée.",
  {"site": "Le Corsaire malouin"}),
 ("vote-saint-malo-meubles-tourisme-h109", TRAV, "en", 2, 210, 300, ["Europe", "Travel"], "byline_en",
  "French seaside town caps holiday rentals",
  "The Breton port of Saint-Malo voted Tuesday to cap short-term holiday rentals at 15% of homes in each neighborhood, joining a growing list of French towns fighting a housing shortage blamed on tourism platforms.",
  "Owners who rent illegally face fines of up to 50,000 euros.",
  {"site": "Travel Wire", "author": "Kate Morrow"}),
 ("vote-saint-malo-meubles-tourisme-h109", RAD, "fr", 2, 450, 700, [BZH], "",
  "Quotas de locations : les propriétaires malouins vent debout",
  "L'association des loueurs de la Côte d'Émeraude a annoncé un recours contre la délibération, dénonçant une atteinte au droit de propriété et la perte d'un complément de revenu pour des retraités.",
  "La municipalité assure que les résidences principales louées moins de 120 jours par an ne sont pas concernées."),
 ("vote-saint-malo-meubles-tourisme-h109", OD, "fr", 2, 600, 600, [BZH, E], "reuters_line",
  "Logement : Saint-Malo serre la vis aux meublés de tourisme",
  "Les propriétaires malouins qui louent un logement aux vacanciers devront désormais obtenir une autorisation limitée à quatre ans, la ville voulant rendre aux familles à l'année des centaines d'appartements.",
  "La mesure entrera en vigueur le 1er mars."),

 # 9. Ransomware attack on the CHU de Rennes (Pontchaillou).
 ("cyberattaque-chu-rennes-pontchaillou-h109", SANTE, "fr", 3, 100, 2200, [RN, SA], "",
  "Cyberattaque au CHU de Rennes, l'hôpital passe au papier",
  "Le CHU de Rennes a été visé mardi soir par une cyberattaque par rançongiciel qui a paralysé son système informatique, contraignant les équipes de l'hôpital Pontchaillou à travailler sur papier, a annoncé la direction.",
  "Les données des patients n'ont pas été dérobées à ce stade, selon l'établissement."),
 ("cyberattaque-chu-rennes-pontchaillou-h109", CYB, "en", 3, 170, 700, ["Europe", "Cybersecurity"], "updated",
  "Ransomware attack hits French university hospital",
  "A ransomware attack has crippled the computer systems of the university hospital of Rennes in western France, forcing staff to revert to pen and paper, the hospital said Tuesday.",
  "A criminal group has claimed the attack on its leak site."),
 ("cyberattaque-chu-rennes-pontchaillou-h109", RENN, "fr", 3, 290, 1700, [RN, SA], "",
  "Cyberattaque : le SAMU redirige des patients vers Saint-Malo et Vannes",
  "Le SAMU d'Ille-et-Vilaine oriente depuis mardi soir une partie des urgences vitales vers les hôpitaux de Saint-Malo, de Vannes et de Saint-Brieuc, les résultats d'analyses et d'imagerie du CHU n'étant plus accessibles en ligne.",
  "Les blessés déjà pris en charge à Pontchaillou y restent soignés."),
 ("cyberattaque-chu-rennes-pontchaillou-h109", NUM, "fr", 3, 470, 900, [SA], "",
  "Hôpitaux et rançongiciels : pourquoi ils sont si vulnérables",
  "Des logiciels anciens, des milliers de postes reliés au réseau et des équipes informatiques réduites font des hôpitaux des cibles faciles pour les pirates, qui savent que la pression pour rétablir les soins pousse à payer.",
  "Le ministère de la Santé déconseille formellement de verser une rançon."),
 ("cyberattaque-chu-rennes-pontchaillou-h109", OD, "fr", 3, 580, 1900, [RN, SA], "actu",
  "CHU de Rennes : 140 opérations reportées, une plainte déposée",
  "Cent quarante opérations programmées mercredi ont été reportées au CHU de Rennes, qui a déposé plainte et reçu le renfort d'experts de l'agence nationale de cybersécurité pour reconstruire son réseau.",
  "Les consultations sont maintenues, mais les rendez-vous pris en ligne ne sont plus visibles."),
 ("cyberattaque-chu-rennes-pontchaillou-h109", TV, "fr", 3, 660, 1300, [RN, SA], "",
  "Pontchaillou sans ordinateurs : « on a ressorti les classeurs »",
  "Dans les services de Pontchaillou, les infirmières ont ressorti les classeurs de transmission et les étiquettes manuscrites, et des brancardiers font la navette avec les résultats d'analyses imprimés au laboratoire.",
  "« On revient vingt ans en arrière, mais les patients sont soignés », assure une cadre de santé."),

 # 10. Head-on collision on the N24 near Plélan-le-Grand: 2 dead, 3 hurt (to the CHU de Rennes).
 ("collision-n24-plelan-le-grand-h109", OD, "fr", 2, 80, 1800, [BZH, FD], "afp",
  "Deux morts dans une collision frontale sur la N24 près de Plélan-le-Grand",
  "Deux personnes ont été tuées et trois blessées mardi vers 19 h 45 dans une collision frontale entre deux voitures sur la route nationale 24, à hauteur de Plélan-le-Grand, a indiqué la gendarmerie d'Ille-et-Vilaine.",
  "Les blessés, dont un enfant, ont été transportés au CHU de Rennes."),
 ("collision-n24-plelan-le-grand-h109", RENN, "fr", 2, 190, 1200, [BZH, T], "lire",
  "N24 : la route fermée dans le sens Lorient-Rennes",
  "La route nationale 24 est restée fermée plusieurs heures dans le sens Lorient-Rennes après l'accident de Plélan-le-Grand, les automobilistes étant déviés par Paimpont.",
  "La circulation a été rétablie peu après minuit.",
  {"also": "Cyberattaque au CHU de Rennes, l'hôpital passe au papier"}),
 ("collision-n24-plelan-le-grand-h109", BROC, "fr", 2, 450, 800, [BZH], "",
  "Plélan-le-Grand : les victimes étaient une mère et son fils",
  "Les deux personnes tuées dans l'accident de la N24 sont une habitante de Plélan-le-Grand de 58 ans et son fils de 31 ans, qui rentraient d'un rendez-vous médical à Rennes, a précisé le maire de la commune.",
  "Le conducteur de l'autre voiture, grièvement blessé, était seul à bord."),
 ("collision-n24-plelan-le-grand-h109", RAD, "fr", 2, 620, 700, [BZH], "",
  "Collision de la N24 : l'enquête s'oriente vers un dépassement",
  "Selon les premiers éléments de l'enquête, l'un des deux conducteurs aurait entamé un dépassement dans une zone où la route nationale n'a qu'une voie dans chaque sens, a indiqué le parquet de Rennes.",
  "Un dépistage d'alcoolémie et de stupéfiants a été ordonné."),

 # 11. A student cyclist seriously hurt by a bus on boulevard de la Liberté, Rennes.
 ("cycliste-bus-boulevard-liberte-h109", RENN, "fr", 1, 35, 1300, [RN, FD], "",
  "Rennes : une cycliste grièvement blessée par un bus boulevard de la Liberté",
  "Une étudiante de 21 ans circulant à vélo a été grièvement blessée mardi vers 18 h 50 après avoir été percutée par un bus du réseau Ille Mobilités au carrefour du boulevard de la Liberté et de la rue d'Isly, à Rennes.",
  "Elle a été transportée à l'hôpital Pontchaillou dans un état jugé sérieux."),
 ("cycliste-bus-boulevard-liberte-h109", TV, "fr", 1, 300, 700, [RN], "",
  "Carrefour de la Liberté : les cyclistes réclament une piste protégée",
  "Après l'accident de mardi soir, le collectif Rennes à vélo a organisé un rassemblement au carrefour, où il demande depuis deux ans une piste cyclable séparée de la voie réservée aux bus.",
  "La mairie promet des travaux au printemps."),
 ("cycliste-bus-boulevard-liberte-h109", OD, "fr", 1, 540, 600, [RN, FD], "",
  "Cycliste renversée à Rennes : le conducteur du bus entendu",
  "Le chauffeur du bus qui a renversé une étudiante à vélo mardi soir a été entendu par la police et soumis à des dépistages qui se sont révélés négatifs, tandis que la victime restait hospitalisée en état grave.",
  "Les images des caméras du bus ont été saisies."),

 # 12. Local sport: Rennes Armorique FC sacks its coach.
 ("armorique-fc-limogeage-gueguen-h109", SPORT, "fr", 1, 150, 1500, ["Sport", RN], "",
  "Rennes Armorique FC : l'entraîneur Patrick Guéguen limogé",
  "Le Rennes Armorique FC a annoncé mardi soir le limogeage de son entraîneur Patrick Guéguen, au lendemain de l'élimination du club en Coupe de France par une équipe de quatrième division.",
  "L'adjoint Erwan Caradec assurera l'intérim."),
 ("armorique-fc-limogeage-gueguen-h109", RENN, "fr", 1, 340, 1100, ["Sport", RN], "",
  "Limogeage de Guéguen : les supporters partagés",
  "Si une partie des supporters réclamait son départ depuis plusieurs semaines, d'autres jugent que l'entraîneur paie surtout un recrutement raté et les blessures en série de l'attaque.",
  "Le club est douzième du championnat."),
 ("armorique-fc-limogeage-gueguen-h109", RAD, "fr", 1, 570, 800, ["Sport"], "",
  "Armorique FC : trois noms pour succéder à Patrick Guéguen",
  "La direction du club rennais a déjà rencontré trois entraîneurs pour succéder à Patrick Guéguen et veut nommer le nouveau technicien avant le match de dimanche contre Angers.",
  "Le budget du club ne permet pas d'attirer un entraîneur étranger."),

 # 13-16. Filler: handball result, weather bulletin, lottery; a promo posted alone.
 ("handball-vilaine-hbc-chambery-h109", SPORT, "fr", 0, 185, 700, ["Sport"], "",
  "Handball : le Vilaine HBC battu par Chambéry",
  "Le Vilaine Handball Club s'est incliné 29-31 face à Chambéry mardi soir à la salle du Haut-Sancé, lors de la quatorzième journée du championnat.",
  ""),
 ("handball-vilaine-hbc-chambery-h109", RENN, "fr", 0, 225, 400, ["Sport"], "",
  "Le Vilaine HBC cède en fin de match",
  "Devant 3 200 spectateurs, les Rennais ont longtemps mené avant de craquer dans les cinq dernières minutes contre Chambéry (29-31).",
  "Ils restent huitièmes."),
 ("meteo-rennes-mercredi-15-decembre-h109", METEO, "fr", 0, 615, 900, ["Météo"], "",
  "Météo du mercredi 15 décembre : averses et vent sur la Haute-Bretagne",
  "Les averses se succéderont mercredi sur l'Ille-et-Vilaine avec un vent de sud-ouest soufflant jusqu'à 70 km/h près des côtes et des températures de 6 à 11 degrés à Rennes.",
  "Accalmie attendue jeudi."),
 ("loto-tirage-14-decembre-h109", LOTO, "fr", 0, 200, 800, ["Loterie"], "",
  "Loto : les résultats du tirage du mardi 14 décembre",
  "Les numéros gagnants du tirage du Loto de mardi 14 décembre sont le 3, le 17, le 22, le 36 et le 41, et le numéro chance est le 7.",
  "Aucun gagnant au premier rang ; le jackpot passe à 9 millions d'euros."),
 ("promo-appli-rennes-direct-h109", RENN, "fr", 0, 400, 40, ["Promo"], "",
  "Rennes Direct : l'appli qui vous informe en premier",
  "Téléchargez l'application Rennes Direct et recevez en temps réel les alertes sur les transports, la météo et l'actualité de votre quartier.",
  "Gratuite sur tous les téléphones."),
]
