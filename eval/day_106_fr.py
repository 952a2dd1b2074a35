# Day 106 (hold-out): a French-language channel from Nantes (Loire-Atlantique, Pays de la Loire),
# evening edition of Wednesday 22 December 2027 at 19:00 (window 07:00 - 19:00 local; Europe/Paris
# is UTC+1 in December, summer time having ended in October: 06:00Z - 18:00Z). Gold answer written
# before any run: each post's story, its lede (the true first sentence) and the TOP5 below. Every
# person, company, club and outlet is invented; the places (Nantes, Rezé, Ancenis, Saint-Nazaire,
# Montoir-de-Bretagne, Carquefou...) and public bodies (CHU de Nantes, préfecture, ARS) are real.
#
# Traps:
# - one radio interview, two stories, same quote: the mayor of Nantes, Claire Jouanneau, on Radio
#   Erdre FM on Wednesday morning, quoted about the Naolia tram drivers' strike (post 10) and about
#   the Bellevue tower cellar fire (post 23), both carrying « Nantes ne laisse tomber personne, et
#   surtout pas à trois jours de Noël : je veux des réponses concrètes avant ce soir » (her third
#   story of the day, the Beaujoire vote, post 33, does not carry it);
# - a shared wire byline line ("Agence Ouest Presse | Mis à jour : 22-12-2027 17:46"): the Carquefou
#   favoritism verdict's follow-up (post 38) and the Montoir dockers' strike follow-up (post 47),
#   three minutes apart, unrelated;
# - the same hospital: the CHU de Nantes takes the A11 coach crash's injured (posts 4, 5), the
#   Bellevue fire's child and grandmother (post 24), the Cheviré bridge pileup's seriously injured
#   biker (post 51), and declares its plan blanc for bronchiolitis and flu (posts 53-57; post 53
#   says its emergency ward also took in the coach's injured overnight);
# - the same court: the palais de justice de Nantes hosts the Carquefou favoritism verdict
#   (tribunal correctionnel, posts 35-38) and the Saint-Nazaire jewellery robbery trial (cour
#   d'assises, posts 39-42) on the same Wednesday; the coach crash post 7 names the Nantes
#   prosecutor's office too;
# - the same town hall: the hôtel de ville de Nantes, where the tram strikers rally at noon (post
#   13, which says the council sits there in the afternoon) and where the municipal council votes
#   the Beaujoire renovation (posts 31-34); the mayor appears in the strike, the tower fire and the
#   vote;
# - the same port and the same place-name: the port de Nantes-Saint-Nazaire holds the fertiliser
#   warehouse fire on the quai de Cheviré (posts 16-21) and the dockers' strike at Montoir (posts
#   43-47; post 43 says the Cheviré and Roche-Maurice terminals are not on strike); the pont de
#   Cheviré holds the fog pileup (posts 48-52); the fire post 18 carries a "Lire aussi" line naming
#   the pileup;
# - the same stadium: la Beaujoire holds the municipal renovation vote (posts 31-34) and the
#   Olympique nantais cup result (filler, posts 58-59); the strike's how-to post 14 names the
#   Beaujoire park-and-ride;
# - look-alike stories an editor keeps apart: two fires on one day in Nantes (the Cheviré
#   fertiliser warehouse, posts 16-21; the Bellevue tower cellars, posts 22-25); two strikes that
#   both stop transport (Naolia tram drivers, posts 9-15; Montoir dockers, posts 43-47); two trials
#   in one building (verdict, posts 35-38; assises, posts 39-42); two votes on one afternoon about
#   money and subsidies (regional budget 2028, posts 26-30; Beaujoire renovation, posts 31-34, whose
#   post 33 cites the region's cuts); two road accidents with a toll (the A11 coach overturned near
#   Ancenis on Tuesday night, posts 1-8; the fog pileup on the Cheviré bridge on Wednesday morning,
#   posts 48-52); the weather bulletin announcing more freezing fog (post 60, filler) is not the
#   pileup story;
# - a toll revised overnight by a second source: the coach crash, 2 dead per the gendarmerie in the
#   night (post 1) then 3 dead and 26 injured per the préfète in the morning (posts 4-5); also the
#   pileup, 6 slightly injured per the firemen (post 50) then 11 injured, one seriously, per the
#   prefecture (post 51); the warehouse fire, one injured (post 17) then two (post 20);
# - one story in several words and two languages: the coach crash ("autocar", "car", "sortie de
#   route", "renversé", "drame" / "coach", "overturned", "crash"), the tram strike ("grève",
#   "débrayage", "arrêt de travail", "mouvement social" / "walkout"), the warehouse fire
#   ("incendie", "feu", "sinistre" / "blaze"), the dockers ("dockers", "manutentionnaires",
#   "ouvriers portuaires", "arrêt de travail" / "dockworkers"), the pileup ("carambolage",
#   "collision en chaîne", "accident en série"), the plan blanc ("plan blanc", "bronchiolite" /
#   "emergency plan", "RSV");
# - posts in English (agencies' English service and a Bristol paper): posts 3, 5, 6, 12, 19, 45, 55;
# - wire furniture: AFP-like datelines (posts 1, 17, 30, 36, 42, 50, 57), Reuters-like (6, 12, 45),
#   AP-like (19), UPI-like (55), "NANTES:" (9, 48); "(Actualisé tout du long)" (post 15); "This
#   story has been updated to clarify ..." (post 5); bylines (posts 3, 28); full-sentence photo
#   captions (posts 4, 20); a cut teaser (post 11); a donation appeal (post 25); "Lire aussi"
#   (post 18); the shared byline line (posts 38, 47);
# - reaction pieces, explainers and how-tos: the witness (post 2), the Bristol families (3), the
#   operator suspends its tours (6), why the ice (8), the empty tram platforms (11), how to get
#   around (14), Trentemoult under the smoke (18), helping the tower's families (25), what the
#   budget changes (29), the supporters (32), Carquefou divided (37), the jewellers behind their
#   airlocks (41), fruit importers (46), the fog-warning signs (52), bronchiolitis gestures (56);
# - a promo posted alone (post 63); filler of importance 0: the cup result (posts 58-59), the
#   weather bulletin (post 60), the horoscope (post 61), the lottery draw (post 62).
NAME = "2027-12-22-fr-soir-nantes-h106"
CHANNEL = {"lang": "fr", "tz": "Europe/Paris"}
WINDOW = ("2027-12-22T06:00:00Z", "2027-12-22T18:00:00Z")
CTX = {"stamp": "22-12-2027 17:46", "line": "Agence Ouest Presse | Mis à jour : 22-12-2027 17:46",
       "city": "Nantes", "date_fr": "22 déc", "date_en": "Dec 22",
       "author": "Gwénaëlle Tanguy", "clarify": "the number of people killed",
       "caption": "", "also": "notre dossier", "country": "France"}
# The editor's top 5: the A11 coach crash (three British tourists dead), the Cheviré fertiliser
# warehouse fire and the confinement, the Naolia tram strike, the regional budget 2028, the CHU's
# plan blanc.
TOP5 = ["autocar-a11-ancenis-touristes-bristol", "incendie-entrepot-engrais-quai-chevire",
        "greve-tramways-naolia-nantes", "budget-region-pays-de-la-loire-2028",
        "plan-blanc-chu-nantes-bronchiolite"]
NA = "Nantes"
LA = "Loire-Atlantique"
PL = "Pays de la Loire"
FR = "France"
FD = "Faits divers"
J = "Justice"
P = "Politique"
E = "Économie"
SA = "Santé"
T = "Transports"
AN = "agence-nord.fr"
AOP = "agence-ouest-presse.fr"
WW = "wire-west.com"
APL = "ap-like.org"
UPI = "upi-like.com"
BHP = "bristolharbourpost.co.uk"
PHARE = "lepharedeloire.fr"
ESTU = "estuaire-quotidien.fr"
NDIR = "nantes-direct.fr"
RADIO = "radio-erdre.fr"
TVA = "tele-atlantique.fr"
ANGEV = "echo-angevin.fr"
ANC = "hebdo-pays-ancenis.fr"
REZE = "sud-loire-info.fr"
MAREE = "journal-des-marees.fr"
ECO = "ouest-eco-hebdo.fr"
JUST = "chroniques-judiciaires-ouest.fr"
POL = "politique-ligerienne.fr"
SANTE = "sante-ouest.fr"
SPORT = "sport-nantais.fr"
COUR = "courrierdusoir.fr"
HERB = "bellevue-ouest-actu.fr"
VEND = "courrier-vendeen.fr"
EGI = "erdre-gesvres-info.fr"
NAZ = "saint-nazaire-infos.fr"
QUOTE = ("« Nantes ne laisse tomber personne, et surtout pas à trois jours de Noël : je veux des "
         "réponses concrètes avant ce soir »")
POSTS = [
 # 1. Coach carrying British tourists overturned on the A11 near Ancenis, Tuesday 22:40 (verglas).
 #    2 dead (gendarmerie, night) -> 3 dead, 26 injured (préfète, morning).
 ("autocar-a11-ancenis-touristes-bristol", AN, "fr", 3, 5, 3900, [LA, FD, T], "afp",
  "Deux morts dans la sortie de route d'un autocar de touristes britanniques sur l'A11",
  "Deux personnes ont été tuées et une vingtaine blessées mardi soir lorsqu'un autocar transportant des touristes britanniques s'est renversé sur l'autoroute A11 près d'Ancenis-Saint-Géréon, en Loire-Atlantique, a indiqué la gendarmerie dans la nuit.",
  "Le car, qui circulait en direction d'Angers vers 22 h 40, a quitté la chaussée sur une portion verglacée avant de basculer dans un talus. Plus de quatre-vingts pompiers ont été engagés toute la nuit.",
  {"city": "Nantes"}),
 ("autocar-a11-ancenis-touristes-bristol", ANC, "fr", 3, 55, 2600, [LA, FD], "",
  "Drame de l'A11 : « le car a glissé comme sur une patinoire »",
  "Un chauffeur routier qui suivait l'autocar a raconté avoir vu le véhicule se déporter lentement vers la droite, mordre l'accotement puis se coucher sur le flanc en contrebas de l'autoroute, à deux kilomètres de la sortie d'Ancenis.",
  "« Le car a glissé comme sur une patinoire, il n'allait pas vite », assure-t-il. Les premiers passagers sont sortis par le pare-brise, aidés par des automobilistes arrêtés sur la bande d'arrêt d'urgence.",
  {"site": "L'Hebdo du Pays d'Ancenis"}),
 ("autocar-a11-ancenis-touristes-bristol", BHP, "en", 3, 120, 900, ["UK", "World"], "byline_en",
  "Bristol families wait for news after coach crash in France",
  "Relatives of Bristol pensioners on a Christmas markets tour spent the night by their phones after the coach carrying the group overturned on a motorway in western France, the tour operator's hotline said on Wednesday.",
  "Severn Coach Holidays said 41 passengers and two drivers were on board the coach, which had left the Nantes Christmas market on Tuesday evening for the group's hotel in Angers.",
  {"site": "The Bristol Harbour Post", "author": "Harriet Colley"}),
 ("autocar-a11-ancenis-touristes-bristol", PHARE, "fr", 3, 165, 3300, [NA, LA, FD], "caption",
  "Accident de car sur l'A11 : le bilan passe à trois morts et vingt-six blessés",
  "Le bilan de l'accident d'autocar survenu mardi soir sur l'A11 près d'Ancenis s'est alourdi à trois morts et vingt-six blessés, dont huit graves, a annoncé mercredi matin la préfète de Loire-Atlantique, Anne-Sophie Terrien.",
  "Une passagère de 79 ans est morte dans la nuit au CHU de Nantes, où ont été transportés la plupart des blessés graves ; les autres ont été répartis entre l'hôpital d'Ancenis et le CHU d'Angers. Une cellule d'accueil des familles a été ouverte en préfecture.",
  {"site": "Le Phare de Loire", "caption": "L'autocar couché sur le flanc en contrebas de l'autoroute A11, près d'Ancenis-Saint-Géréon, mercredi 22 décembre 2027 au petit matin."}),
 ("autocar-a11-ancenis-touristes-bristol", APL, "en", 3, 200, 1500, ["Europe", FR, "UK"], "updated",
  "Three British tourists killed as coach overturns in western France",
  "Three British tourists were killed and 26 people injured when their coach overturned on an icy motorway in western France late Tuesday, French authorities said Wednesday, revising an earlier toll of two dead.",
  "Eight of the injured are in serious condition, most of them at the university hospital in Nantes, the regional prefect said."),
 ("autocar-a11-ancenis-touristes-bristol", WW, "en", 3, 380, 700, ["UK", "Europe"], "reuters",
  "UK coach firm suspends Christmas tours after fatal French crash",
  "Severn Coach Holidays, the Bristol-based operator of the coach that crashed near Nantes, said on Wednesday it had suspended all its Christmas market tours to France and Germany until French investigators establish what caused the accident.",
  "The company said its two drivers had both passed alcohol tests and had been on the road for less than three hours. Britain's Foreign Office said consular staff were at the hospitals.",
  {"city": "London"}),
 ("autocar-a11-ancenis-touristes-bristol", ANGEV, "fr", 3, 470, 1200, [PL, FD, J], "",
  "Car renversé près d'Ancenis : le parquet de Nantes ouvre une enquête pour homicides involontaires",
  "Le parquet de Nantes a ouvert mercredi une enquête pour homicides et blessures involontaires après la sortie de route de l'autocar britannique sur l'A11, et confié les investigations à la brigade de recherches de la gendarmerie d'Ancenis.",
  "Les enquêteurs devront établir si la portion avait été salée avant l'accident ; le chronotachygraphe du véhicule a été saisi.",
  {"site": "L'Écho angevin"}),
 ("autocar-a11-ancenis-touristes-bristol", COUR, "fr", 3, 560, 1000, [FR, FD, T], "",
  "A11 : pourquoi le verglas a surpris l'autocar malgré les salages",
  "Le passage de la saleuse sur la section de l'A11 entre Ancenis et Varades remontait à 21 heures, soit près de deux heures avant l'accident, et la bruine tombée ensuite sur une chaussée à -2 °C a suffi à former une pellicule de glace invisible, selon les prévisionnistes et la société concessionnaire.",
  "Sur autoroute, les patrouilles repassent en principe toutes les trois heures lorsque le risque de verglas est annoncé, un délai que des associations de victimes jugent trop long la nuit."),

 # 2. Strike of Naolia tram and bus drivers in Nantes from Wednesday 05:00.
 ("greve-tramways-naolia-nantes", NDIR, "fr", 3, 2, 3500, [NA, T], "colon",
  "Grève chez Naolia : les tramways nantais à l'arrêt",
  "Tramways à l'arrêt, bus au compte-gouttes : la grève des conducteurs de Naolia paralyse le réseau de transports de l'agglomération nantaise depuis 5 heures ce mercredi, à trois jours de Noël.",
  "Aucune rame ne circule sur les lignes 1, 2 et 3, et un bus sur quatre seulement est assuré sur les lignes express, selon l'exploitant."),
 ("greve-tramways-naolia-nantes", RADIO, "fr", 3, 80, 2400, [NA, T, P], "",
  "Grève des tramways : la maire exige une reprise des discussions dès midi",
  "Invitée de Radio Erdre FM mercredi matin, la maire de Nantes, Claire Jouanneau, a demandé à la direction de Naolia et à l'intersyndicale des conducteurs de se retrouver autour d'une table dès midi, estimant que la métropole « ne peut pas rester sans tramway pendant les fêtes ».",
  f"{QUOTE}, a-t-elle lancé, rappelant que Nantes Métropole, autorité organisatrice des transports, financerait une partie de la prime réclamée si un accord était trouvé."),
 ("greve-tramways-naolia-nantes", PHARE, "fr", 3, 150, 2800, [NA, T], "teaser",
  "Sur les quais déserts de la ligne 1, les usagers résignés face au débrayage",
  "Sur le quai de la station Commerce, où aucune rame n'est passée depuis l'aube, des dizaines d'usagers ont attendu mercredi matin un hypothétique bus de remplacement avant de se résoudre à marcher dans le froid jusqu'à leur travail.",
  "« Je pars à 6 heures de Bouguenais, aujourd'hui j'ai mis deux heures », soupire une aide-soignante. Les conducteurs réclament une prime de fin d'année de 1 200 euros et des agents de sécurité à bord des rames du soir.",
  {"site": "Le Phare de Loire"}),
 ("greve-tramways-naolia-nantes", WW, "en", 3, 230, 600, ["Europe", FR], "reuters",
  "Tram drivers strike in France's Nantes days before Christmas",
  "Tram and bus drivers in the western French city of Nantes walked out on Wednesday in a dispute over a year-end bonus and safety on late-night services, halting all three tram lines in one of the busiest shopping weeks of the year.",
  "The operator, Naolia, has offered a 600-euro bonus; unions are asking for twice that amount.",
  {"city": "Nantes"}),
 ("greve-tramways-naolia-nantes", TVA, "fr", 3, 335, 2000, [NA, T], "",
  "Les grévistes de Naolia rassemblés devant l'hôtel de ville",
  "Quelque quatre cents conducteurs et agents de maintenance de Naolia se sont rassemblés à midi devant l'hôtel de ville de Nantes, où le conseil municipal doit se réunir dans l'après-midi, pour réclamer d'être reçus par la maire.",
  "Une délégation de l'intersyndicale doit être reçue à 13 heures au cabinet de Claire Jouanneau, en présence de la directrice générale de Naolia, Pascale Ourvois.",
  {"site": "Télé Atlantique"}),
 ("greve-tramways-naolia-nantes", NDIR, "fr", 3, 400, 1900, [NA, T], "",
  "Marché de Noël, travail, gare : comment se déplacer à Nantes pendant la grève",
  "Les vélos en libre-service sont gratuits jusqu'à la fin du mouvement, les parkings relais de la Beaujoire, de Neustrie et de François-Mitterrand restent ouverts, et des navettes fluviales supplémentaires relient Trentemoult au quai de la Fosse toutes les vingt minutes, a annoncé Nantes Métropole.",
  "Pour rejoindre la gare, comptez une vingtaine de minutes à pied depuis la place du Commerce ; le marché de Noël de la place Royale prolonge ses horaires jusqu'à 21 heures pour étaler l'affluence."),
 ("greve-tramways-naolia-nantes", AOP, "fr", 3, 655, 1600, [NA, T], "actu",
  "Tramways : l'arrêt de travail reconduit jeudi à Nantes",
  "Le mouvement social des conducteurs de tramway de Nantes sera reconduit jeudi, l'intersyndicale ayant rejeté en fin d'après-midi la prime de 600 euros proposée par la direction de Naolia, jugée « deux fois trop faible ».",
  "Seule la ligne 1 devrait être partiellement assurée entre 7 heures et 19 heures, avec une rame toutes les vingt minutes."),

 # 3. Fire in a fertiliser warehouse on the quai de Cheviré, port of Nantes, from 13:40;
 #    confinement in Rezé, Bouguenais, Bas-Chantenay; 1 -> 2 injured; confinement lifted at 18:00.
 ("incendie-entrepot-engrais-quai-chevire", NDIR, "fr", 3, 415, 3000, [NA, FD], "",
  "Un gros incendie dans un entrepôt du port de Nantes, une fumée visible dans toute l'agglomération",
  "Un important incendie s'est déclaré vers 13 h 40 dans un entrepôt d'engrais du quai de Cheviré, sur le port de Nantes, dégageant une épaisse fumée noire visible depuis toute l'agglomération.",
  "Les pompiers demandent d'éviter le secteur et de ne pas s'approcher du boulevard Maritime, fermé à la circulation."),
 ("incendie-entrepot-engrais-quai-chevire", AN, "fr", 3, 450, 2200, [LA, FD, SA], "afp",
  "Nantes : confinement autour d'un entrepôt d'engrais en feu",
  "La préfète de Loire-Atlantique a demandé mercredi aux habitants de Rezé, de Bouguenais et du quartier nantais du Bas-Chantenay de rester chez eux, fenêtres fermées, après l'incendie d'un entrepôt stockant quelque 2 000 tonnes d'engrais sur le port de Nantes.",
  "Le bâtiment appartient à la société de négoce agricole Ligéria Négoce. Un cariste a été brûlé aux mains et au visage en tentant d'éteindre le départ de feu ; son pronostic vital n'est pas engagé.",
  {"city": "Nantes"}),
 ("incendie-entrepot-engrais-quai-chevire", REZE, "fr", 3, 505, 1700, [NA, LA], "lire",
  "À Trentemoult, volets fermés et rues vides sous le nuage du port",
  "De l'autre côté de la Loire, face aux silos de Cheviré, les habitants de Trentemoult ont fermé volets et fenêtres dès que le haut-parleur d'une voiture de police a annoncé le confinement, tandis qu'une odeur âcre envahissait les ruelles du village.",
  "« On voyait le panache monter droit puis se rabattre sur nous », raconte un riverain du quai Surcouf. La navette fluviale entre Trentemoult et Nantes a été suspendue.",
  {"site": "Sud-Loire Info", "also": "Pont de Cheviré : le carambolage du brouillard fait onze blessés"}),
 ("incendie-entrepot-engrais-quai-chevire", APL, "en", 3, 560, 800, ["Europe", FR], "ap",
  "Residents told to stay indoors as fertilizer warehouse burns in French port",
  "Firefighters battled a blaze at a fertilizer warehouse in the western French port city of Nantes on Wednesday as authorities told thousands of people living downwind to stay indoors and keep their windows shut.",
  "Officials said the warehouse held mostly nitrogen fertilizer in bags and that air measurements so far showed no dangerous levels of toxic gas.",
  {"city": "Nantes"}),
 ("incendie-entrepot-engrais-quai-chevire", PHARE, "fr", 3, 610, 2500, [NA, FD], "caption",
  "Feu de Cheviré : deux blessés, le sinistre circonscrit mais pas éteint",
  "Le feu de l'entrepôt d'engrais du quai de Cheviré était circonscrit en fin d'après-midi mais loin d'être éteint, a indiqué le commandant des opérations de secours, qui compte deux blessés, le cariste brûlé et un pompier légèrement intoxiqué.",
  "Cent vingt pompiers et deux bateaux-pompes restent mobilisés ; les opérations de déblai devraient durer toute la nuit.",
  {"site": "Le Phare de Loire", "caption": "Un panache de fumée noire s'élève au-dessus du quai de Cheviré, sur le port de Nantes, mercredi 22 décembre 2027 en début d'après-midi."}),
 ("incendie-entrepot-engrais-quai-chevire", TVA, "fr", 3, 680, 1800, [NA, LA, SA], "",
  "Incendie du port : pas de toxicité anormale, le confinement levé",
  "Le confinement des habitants de Rezé, de Bouguenais et du Bas-Chantenay a été levé à 18 heures, les mesures de la qualité de l'air réalisées autour de l'entrepôt en feu n'ayant révélé aucune concentration dangereuse, a annoncé la préfecture.",
  "Les riverains sont invités à aérer leur logement et à ne pas consommer les légumes de leur potager avant de les avoir lavés.",
  {"site": "Télé Atlantique"}),

 # 4. Cellar fire in a tower of the Bellevue quarter at dawn; 50 evacuated; child and grandmother
 #    at the CHU; third cellar fire in a month.
 ("feu-caves-tour-bellevue-nantes", HERB, "fr", 2, 30, 1600, [NA, FD], "",
  "Bellevue : une tour évacuée après un feu de caves",
  "Une cinquantaine d'habitants d'une tour de quatorze étages du quartier Bellevue, à Nantes, ont été évacués à l'aube mercredi après un feu de caves qui a enfumé toute la cage d'escalier.",
  "Les pompiers, alertés vers 5 h 50, ont sorti plusieurs habitants par les balcons à l'aide de la grande échelle."),
 ("feu-caves-tour-bellevue-nantes", RADIO, "fr", 2, 85, 1300, [NA, FD, P], "",
  "Tour incendiée à Bellevue : la maire demande au bailleur de reloger les familles dès ce soir",
  "Sur Radio Erdre FM mercredi matin, la maire de Nantes, Claire Jouanneau, a demandé au bailleur social Habitat Ligérien de reloger dès ce soir les familles de la tour de Bellevue touchée par l'incendie et de fermer durablement l'accès aux caves.",
  f"{QUOTE}, a-t-elle insisté, précisant que le gymnase voisin avait été ouvert pour accueillir les habitants dans la matinée."),
 ("feu-caves-tour-bellevue-nantes", PHARE, "fr", 2, 250, 1400, [NA, FD, J], "",
  "Feu de caves à Bellevue : un enfant hospitalisé, la piste criminelle privilégiée",
  "Un garçon de six ans et sa grand-mère, intoxiqués par les fumées au neuvième étage, ont été hospitalisés au CHU de Nantes, et la police privilégie la piste d'un incendie volontaire, le troisième dans les caves de cette tour depuis le début du mois.",
  "Leur état n'inspire pas d'inquiétude, selon l'hôpital. Une plainte a été déposée par le bailleur.",
  {"site": "Le Phare de Loire"}),
 ("feu-caves-tour-bellevue-nantes", NDIR, "fr", 2, 420, 900, [NA], "soutien",
  "Après l'incendie de la tour de Bellevue, comment aider les habitants",
  "La maison de quartier de Bellevue collecte jusqu'à vendredi des vêtements chauds, des couvertures et des jouets pour les onze familles dont les appartements, noircis par la fumée, resteront inhabitables jusqu'après les fêtes.",
  "Les dons sont reçus de 9 heures à 19 heures ; les associations de locataires demandent de privilégier les chèques-services, plus faciles à répartir."),

 # 5. Regional council of the Pays de la Loire votes its 2028 budget (Hôtel de Région, Nantes).
 ("budget-region-pays-de-la-loire-2028", POL, "fr", 3, 40, 1500, [PL, P], "",
  "Le conseil régional examine un budget 2028 sous le signe des économies",
  "Les élus du conseil régional des Pays de la Loire examinent à partir de ce mercredi 9 h 30, à l'Hôtel de Région de Nantes, un budget 2028 de 1,92 milliard d'euros qui prévoit 40 millions d'euros d'économies et une hausse de la taxe sur les cartes grises.",
  "Le président de la région, Bertrand Lhomeau, défend « un budget de responsabilité » face à la baisse des dotations de l'État."),
 ("budget-region-pays-de-la-loire-2028", AOP, "fr", 3, 190, 1300, [PL, P, "Culture"], "",
  "Budget régional : les festivals et les compagnies perdront 11 millions d'euros",
  "Les subventions régionales aux festivals, aux compagnies de théâtre et aux clubs sportifs amateurs baisseront de 11 millions d'euros en 2028, selon le détail du budget présenté mercredi matin aux élus régionaux.",
  "Une centaine d'artistes et de bénévoles se sont rassemblés devant l'Hôtel de Région à l'ouverture de la séance, banderoles et instruments à la main."),
 ("budget-region-pays-de-la-loire-2028", PHARE, "fr", 3, 330, 1800, [PL, P], "byline_fr",
  "Budget de la région : l'opposition quitte l'hémicycle",
  "Les élus de gauche et écologistes du conseil régional ont quitté l'hémicycle mercredi en fin de matinée pour protester contre les coupes dans la culture et le sport amateur, dénonçant « un budget qui fait payer les associations ».",
  "« On nous demande de voter en une journée la fin de cent festivals », a lancé la présidente du groupe d'opposition, Samia Ferradji, qui a annoncé que son groupe ne reviendrait dans l'hémicycle que pour le vote final.",
  {"site": "Le Phare de Loire"}),
 ("budget-region-pays-de-la-loire-2028", ECO, "fr", 3, 455, 900, [PL, E], "",
  "Carte grise, lycées, TER : ce que change le budget régional pour les habitants",
  "Le cheval fiscal, qui sert à calculer le prix de la carte grise, passera de 51 à 60 euros au 1er mars dans les Pays de la Loire, tandis que les tarifs des TER régionaux resteront gelés et que la rénovation de quatorze lycées sera maintenue.",
  "Pour une citadine de cinq chevaux, la hausse représente 45 euros ; les véhicules électriques restent exonérés.",
  {"site": "Ouest Éco Hebdo"}),
 ("budget-region-pays-de-la-loire-2028", AN, "fr", 3, 640, 1400, [PL, P], "afp",
  "Pays de la Loire : le budget 2028 adopté malgré la colère du monde culturel",
  "Le conseil régional des Pays de la Loire a adopté mercredi en fin d'après-midi son budget 2028 par 54 voix contre 39, entérinant la baisse des aides aux festivals et la hausse de la taxe sur les cartes grises.",
  "Le président Bertrand Lhomeau a promis un « fonds d'urgence » de 2 millions d'euros pour les structures les plus fragiles.",
  {"city": "Nantes"}),

 # 6. Nantes municipal council votes the 138 M EUR renovation of the Beaujoire stadium.
 ("renovation-stade-beaujoire-conseil-municipal", NDIR, "fr", 2, 60, 1500, [NA, P, "Sport"], "",
  "Beaujoire : le conseil municipal se prononce sur une rénovation à 138 millions",
  "Le conseil municipal de Nantes se prononce cet après-midi, en séance extraordinaire, sur la rénovation du stade de la Beaujoire, un chantier de 138 millions d'euros dont la ville assumerait près de la moitié.",
  "Le projet prévoit une toiture complète, 4 000 places supplémentaires et des travaux étalés sur trois saisons sans que l'Olympique nantais ne quitte son stade."),
 ("renovation-stade-beaujoire-conseil-municipal", SPORT, "fr", 2, 210, 1800, [NA, "Sport"], "",
  "Rénovation de la Beaujoire : les supporters veulent un toit, pas un nouveau stade",
  "Les associations de supporters de l'Olympique nantais, reçues en mairie la semaine dernière, soutiennent la rénovation de la Beaujoire à condition que les tarifs des abonnements populaires soient gelés pendant toute la durée du chantier.",
  "« Ce stade, c'est notre maison : qu'on le couvre, qu'on le rende plus confortable, mais qu'on ne nous en chasse pas », résume le porte-parole d'un groupe de la tribune Loire."),
 ("renovation-stade-beaujoire-conseil-municipal", TVA, "fr", 2, 520, 1100, [NA, P], "",
  "Stade de la Beaujoire : l'opposition réclame une consultation des Nantais",
  "Au conseil municipal, l'opposition a demandé mercredi après-midi une consultation des habitants avant tout engagement de la ville dans la rénovation de la Beaujoire, jugeant la facture « indécente » au moment où la région coupe dans les subventions aux associations.",
  "La maire Claire Jouanneau a répondu que le club et la métropole financeraient plus de la moitié du chantier.",
  {"site": "Télé Atlantique"}),
 ("renovation-stade-beaujoire-conseil-municipal", PHARE, "fr", 2, 595, 1600, [NA, P, "Sport"], "",
  "La rénovation de la Beaujoire votée par le conseil municipal",
  "Le conseil municipal de Nantes a approuvé mercredi après-midi, par 47 voix contre 18, la rénovation du stade de la Beaujoire, dont les travaux doivent commencer à l'été 2028 pour s'achever en 2031.",
  "Un concours d'architectes sera lancé en février.",
  {"site": "Le Phare de Loire"}),

 # 7. Favoritism verdict: former first deputy mayor of Carquefou (tribunal correctionnel, Nantes).
 ("verdict-favoritisme-complexe-sportif-carquefou", JUST, "fr", 2, 20, 800, [LA, J], "",
  "Affaire du complexe sportif de Carquefou : jugement attendu ce mercredi",
  "Le tribunal correctionnel de Nantes rend ce mercredi à 14 heures son jugement dans l'affaire du complexe sportif de Carquefou, où l'ancien premier adjoint Hervé Malidor est poursuivi pour favoritisme dans l'attribution d'un marché de 4,3 millions d'euros.",
  "Le parquet avait requis deux ans d'emprisonnement avec sursis et cinq ans d'inéligibilité lors de l'audience d'octobre."),
 ("verdict-favoritisme-complexe-sportif-carquefou", AN, "fr", 2, 430, 1200, [LA, J, P], "afp",
  "Favoritisme : un ancien élu de Carquefou condamné à 18 mois avec sursis",
  "L'ancien premier adjoint au maire de Carquefou Hervé Malidor a été condamné mercredi par le tribunal correctionnel de Nantes à dix-huit mois d'emprisonnement avec sursis, 30 000 euros d'amende et cinq ans d'inéligibilité pour favoritisme.",
  "Le tribunal a jugé qu'il avait transmis à l'entreprise Bâtiments Guillou-Rigaud des informations sur les offres concurrentes avant l'attribution du marché du complexe sportif, en 2023. Le dirigeant de l'entreprise a été condamné à 50 000 euros d'amende.",
  {"city": "Nantes"}),
 ("verdict-favoritisme-complexe-sportif-carquefou", EGI, "fr", 2, 500, 600, [LA, P], "",
  "À Carquefou, la condamnation de l'ex-premier adjoint divise",
  "Sur le marché de Carquefou comme au conseil municipal, la condamnation de l'ancien premier adjoint Hervé Malidor partageait mercredi ceux qui y voient une « justice enfin rendue » et ceux qui saluent l'élu qui a fait construire le complexe sportif.",
  "Le maire actuel a annoncé que la commune, partie civile, réclamerait la révision du contrat d'entretien de l'équipement.",
  {"site": "Erdre & Gesvres Info"}),
 ("verdict-favoritisme-complexe-sportif-carquefou", AOP, "fr", 2, 643, 700, [LA, J], "reuters_line",
  "Carquefou : l'ex-élu condamné pour favoritisme va faire appel",
  "L'avocat de l'ancien premier adjoint de Carquefou, Me Thibault Argenson, a annoncé mercredi que son client ferait appel du jugement qui le condamne pour favoritisme, affirmant qu'il n'avait « jamais touché un centime ».",
  "L'appel suspend la peine d'inéligibilité, qui n'avait pas été assortie de l'exécution provisoire."),

 # 8. Cour d'assises de Loire-Atlantique (Nantes): the Saint-Nazaire jewellery robbery of March 2026.
 ("assises-braquage-bijouterie-kermarec-saint-nazaire", ESTU, "fr", 2, 110, 1000, [LA, J], "",
  "Braquage de la bijouterie Kermarec : le bijoutier face à ses agresseurs aux assises",
  "Le bijoutier nazairien Loïc Kermarec, grièvement blessé par balle lors du braquage de sa boutique en mars 2026, doit témoigner ce mercredi devant la cour d'assises de Loire-Atlantique, à Nantes, où trois hommes sont jugés depuis lundi.",
  "Les accusés, âgés de 24 à 37 ans, encourent la réclusion criminelle à perpétuité pour vol avec arme et tentative de meurtre.",
  {"site": "L'Estuaire quotidien"}),
 ("assises-braquage-bijouterie-kermarec-saint-nazaire", JUST, "fr", 2, 350, 900, [LA, J], "",
  "Aux assises, le bijoutier de Saint-Nazaire raconte « l'arme qui se lève »",
  "« J'ai vu l'arme se lever et je n'ai pas eu le temps de baisser la tête » : devant la cour d'assises de Loire-Atlantique, Loïc Kermarec a décrit mercredi pendant près d'une heure les quelques secondes qui ont fait basculer sa vie.",
  "Touché à l'épaule et au poumon, le sexagénaire a passé trois semaines en réanimation et n'a jamais rouvert sa boutique."),
 ("assises-braquage-bijouterie-kermarec-saint-nazaire", NAZ, "fr", 2, 530, 700, [LA, "Commerce"], "",
  "À Saint-Nazaire, les bijoutiers vivent toujours derrière leur sas",
  "Depuis le braquage de la bijouterie Kermarec, la plupart des bijoutiers du centre de Saint-Nazaire ont installé un sas d'entrée et reçoivent leurs clients sur rendez-vous, une habitude qui ne s'est jamais perdue, constatent les commerçants de l'avenue principale.",
  "L'association des commerçants a obtenu l'an dernier trois caméras de vidéoprotection supplémentaires."),
 ("assises-braquage-bijouterie-kermarec-saint-nazaire", AN, "fr", 2, 620, 800, [LA, J], "afp",
  "Procès du braquage de Saint-Nazaire : le tireur présumé présente ses excuses",
  "Le principal accusé du braquage d'une bijouterie de Saint-Nazaire, soupçonné d'avoir tiré sur le commerçant, a présenté mercredi ses excuses à la victime devant la cour d'assises de Loire-Atlantique, tout en affirmant que le coup de feu était parti accidentellement.",
  "Le verdict est attendu vendredi.",
  {"city": "Nantes"}),

 # 9. Dockers' 48-hour strike at the Montoir-de-Bretagne container terminal (port of
 #    Nantes-Saint-Nazaire) against crane automation.
 ("greve-dockers-terminal-montoir", MAREE, "fr", 2, 50, 1100, [LA, E, T], "",
  "Montoir : les dockers en grève pour 48 heures contre l'automatisation des portiques",
  "Les dockers du terminal à conteneurs de Montoir-de-Bretagne ont cessé le travail mercredi à 6 heures pour 48 heures, contre le projet de l'opérateur Estuaire Terminaux Services d'automatiser trois de ses portiques, qui menacerait selon eux quatre-vingts emplois.",
  "Les terminaux nantais de Cheviré et de Roche-Maurice ne sont pas concernés par le mouvement.",
  {"site": "Le Journal des marées"}),
 ("greve-dockers-terminal-montoir", ESTU, "fr", 2, 140, 900, [LA, E], "",
  "Grève au port : six porte-conteneurs au mouillage dans l'estuaire",
  "Six porte-conteneurs attendaient mercredi matin au mouillage au large de Saint-Nazaire, faute de manutentionnaires pour les décharger au terminal de Montoir, a indiqué la capitainerie du port de Nantes-Saint-Nazaire.",
  "Deux navires ont déjà été déroutés vers Le Havre et Anvers.",
  {"site": "L'Estuaire quotidien"}),
 ("greve-dockers-terminal-montoir", WW, "en", 2, 260, 400, ["Europe", FR, "Business"], "reuters",
  "Dockworkers strike at French Atlantic container terminal",
  "Dockworkers at the Montoir container terminal of France's Atlantic port of Nantes-Saint-Nazaire began a 48-hour strike on Wednesday to protest against plans to automate cranes, forcing ships to wait at anchor or divert.",
  "The terminal handles about 200,000 containers a year, much of it refrigerated fruit and meat.",
  {"city": "Paris"}),
 ("greve-dockers-terminal-montoir", ECO, "fr", 2, 390, 700, [LA, E], "",
  "Arrêt de travail à Montoir : les importateurs de fruits redoutent Noël sans bananes",
  "Les importateurs de fruits qui font transiter leurs conteneurs réfrigérés par Montoir craignent des ruptures d'ananas, de bananes et d'agrumes dans les supermarchés de l'Ouest pour les fêtes si l'arrêt de travail des ouvriers portuaires se prolonge au-delà de jeudi.",
  "Une vingtaine de conteneurs frigorifiques attendent d'être débarqués.",
  {"site": "Ouest Éco Hebdo"}),
 ("greve-dockers-terminal-montoir", AOP, "fr", 2, 646, 600, [LA, E], "reuters_line",
  "Port : pas de reprise avant vendredi au terminal de Montoir",
  "La direction d'Estuaire Terminaux Services et les représentants des dockers se sont quittés mercredi en fin d'après-midi sans accord, après trois heures de discussion à la sous-préfecture de Saint-Nazaire, et le terminal de Montoir restera paralysé jusqu'à vendredi matin.",
  "Une nouvelle réunion est prévue jeudi après-midi."),

 # 10. Fog pileup on the pont de Cheviré (Nantes ring road) at 07:35; 6 -> 11 injured.
 ("carambolage-brouillard-pont-chevire", NDIR, "fr", 2, 45, 2900, [NA, T, FD], "colon",
  "Carambolage sur le pont de Cheviré dans le brouillard",
  "Un carambolage impliquant une quinzaine de véhicules s'est produit vers 7 h 35 dans un épais brouillard sur le pont de Cheviré, sur le périphérique ouest de Nantes, dans le sens Porte de Rezé vers Porte de l'Estuaire.",
  "Les secours sont sur place ; le pont est fermé dans les deux sens."),
 ("carambolage-brouillard-pont-chevire", RADIO, "fr", 2, 100, 1800, [NA, T], "",
  "Périphérique : 25 kilomètres de bouchons après la fermeture du pont de Cheviré",
  "La fermeture du pont de Cheviré a provoqué mercredi matin jusqu'à 25 kilomètres de bouchons sur le périphérique nantais, et les automobilistes venant du sud-Loire sont invités à passer par le pont de Bellevue ou à différer leur départ.",
  "Le trafic ne devrait pas reprendre avant 10 heures, le temps de dégager les épaves."),
 ("carambolage-brouillard-pont-chevire", AN, "fr", 2, 200, 900, [LA, FD], "afp",
  "Nantes : six blessés légers dans un carambolage sur le périphérique",
  "Six personnes ont été légèrement blessées mercredi matin dans une collision en chaîne d'une quinzaine de véhicules sur le pont de Cheviré, à Nantes, dans un brouillard qui réduisait la visibilité à moins de cinquante mètres, ont indiqué les pompiers.",
  "Le pont, emprunté par quelque 95 000 véhicules par jour, a rouvert vers 10 h 15.",
  {"city": "Nantes"}),
 ("carambolage-brouillard-pont-chevire", PHARE, "fr", 2, 300, 1500, [NA, FD], "",
  "Carambolage du pont de Cheviré : onze blessés, dont un grave",
  "L'accident en série survenu dans le brouillard sur le pont de Cheviré a fait onze blessés, dont un motard de 34 ans grièvement atteint, transporté au CHU de Nantes, a précisé la préfecture en fin de matinée, revoyant à la hausse le premier bilan des pompiers.",
  "Dix-neuf véhicules, dont deux camionnettes de livraison, ont été impliqués.",
  {"site": "Le Phare de Loire"}),
 ("carambolage-brouillard-pont-chevire", REZE, "fr", 2, 365, 1000, [NA, T], "",
  "Brouillard sur Cheviré : les usagers réclament des panneaux d'alerte",
  "Des usagers quotidiens du pont de Cheviré réclament l'installation de panneaux lumineux limitant automatiquement la vitesse en cas de brouillard, fréquent au-dessus de la Loire en hiver, comme il en existe déjà sur d'autres ponts de l'estuaire.",
  "La direction interdépartementale des routes indique qu'une étude est en cours depuis 2026.",
  {"site": "Sud-Loire Info"}),

 # 11. CHU de Nantes triggers its plan blanc: bronchiolitis, flu; also took the coach's injured.
 ("plan-blanc-chu-nantes-bronchiolite", SANTE, "fr", 2, 90, 1700, [NA, SA], "",
  "Bronchiolite et grippe : le CHU de Nantes déclenche son plan blanc",
  "Le CHU de Nantes a déclenché mercredi matin son plan blanc face à l'afflux de nourrissons atteints de bronchiolite et d'adultes grippés, alors que ses urgences avaient déjà dû accueillir dans la nuit les blessés graves de l'accident d'autocar de l'A11.",
  "Le dispositif permet de rappeler des soignants en congé et de déprogrammer des opérations non urgentes.",
  {"site": "Santé Ouest"}),
 ("plan-blanc-chu-nantes-bronchiolite", TVA, "fr", 2, 215, 1400, [NA, SA], "",
  "Urgences pédiatriques : jusqu'à sept heures d'attente à l'hôpital mère-enfant",
  "Les parents de nourrissons ont attendu jusqu'à sept heures mercredi aux urgences pédiatriques du CHU de Nantes, où vingt-deux enfants attendaient un lit en milieu de matinée, selon les syndicats de soignants.",
  "Trois bébés ont été transférés par hélicoptère vers les CHU d'Angers et de Rennes.",
  {"site": "Télé Atlantique"}),
 ("plan-blanc-chu-nantes-bronchiolite", UPI, "en", 2, 340, 300, ["Europe", FR, "Health"], "upi",
  "French hospital triggers emergency plan as RSV and flu surge",
  "The university hospital in Nantes, western France, activated its emergency plan on Wednesday to cope with a surge of infants with RSV-related bronchiolitis and adults with flu, recalling staff from leave days before Christmas.",
  "France's health agency says the bronchiolitis epidemic is now at its peak in the west of the country."),
 ("plan-blanc-chu-nantes-bronchiolite", PHARE, "fr", 2, 455, 1200, [NA, SA], "",
  "Bronchiolite : les bons gestes et quand consulter",
  "Laver le nez du bébé avec du sérum physiologique avant les tétées, fractionner les biberons, aérer la chambre et éviter les bisous des frères et sœurs enrhumés : ce sont les gestes que rappellent les pédiatres du CHU de Nantes aux parents.",
  "Il faut appeler le 15 si le nourrisson de moins de trois mois respire vite, se creuse sous les côtes ou boit moins de la moitié de ses biberons.",
  {"site": "Le Phare de Loire"}),
 ("plan-blanc-chu-nantes-bronchiolite", AN, "fr", 2, 585, 700, [PL, SA], "afp",
  "Pays de la Loire : l'ARS appelle à éviter les urgences sauf nécessité",
  "L'Agence régionale de santé des Pays de la Loire a appelé mercredi les habitants à composer le 15 avant de se rendre aux urgences, après le déclenchement du plan blanc au CHU de Nantes et la mise en tension des hôpitaux de Saint-Nazaire et de La Roche-sur-Yon.",
  "Les maisons médicales de garde ouvriront aussi le 24 et le 25 décembre.",
  {"city": "Nantes"}),

 # 12-16. Filler: cup result at la Beaujoire (Tuesday night), weather bulletin, horoscope, lottery;
 #        promo posted alone.
 ("coupe-olympique-nantais-vendee-ocean", SPORT, "fr", 0, 15, 2300, ["Sport"], "",
  "Coupe de France : l'Olympique nantais passe en prolongation face à Vendée-Océan",
  "L'Olympique nantais s'est qualifié mardi soir pour les seizièmes de finale de la Coupe de France en battant l'AS Vendée-Océan 2-1 après prolongation, au stade de la Beaujoire, devant 21 000 spectateurs.",
  "Le but de la qualification a été inscrit à la 112e minute par le jeune milieu Maxence Aubineau."),
 ("coupe-olympique-nantais-vendee-ocean", VEND, "fr", 0, 95, 900, ["Sport"], "",
  "Vendée-Océan sort de la Beaujoire la tête haute",
  "Éliminée 2-1 après prolongation par l'Olympique nantais, l'AS Vendée-Océan a tenu en échec pendant plus de cent minutes un club de l'élite, une performance saluée par les 3 000 supporters vendéens présents à Nantes.",
  "",
  {"site": "Le Courrier vendéen"}),
 ("meteo-nantes-jeudi-23-decembre", "meteo-ligerie.fr", "fr", 0, 640, 1900, ["Météo"], "",
  "Météo du jeudi 23 décembre : brouillard givrant le matin, soleil l'après-midi",
  "Le brouillard givrant reviendra jeudi au lever du jour sur Nantes et la vallée de la Loire, avec des minimales de -2 °C, avant de se dissiper en fin de matinée pour laisser place à un franc soleil et 8 °C l'après-midi.",
  "Vent faible de nord-est ; temps sec jusqu'à Noël."),
 ("horoscope-jeudi-23-decembre-ouest", "astres-du-jour.fr", "fr", 0, 10, 1100, ["Horoscope"], "",
  "Votre horoscope du jeudi 23 décembre",
  "Capricorne, une proposition inattendue vous fait hésiter ce jeudi : prenez le temps d'en parler à un proche avant de répondre, la nuit vous portera conseil.",
  "Verseau : une bonne nouvelle financière. Poissons : ménagez-vous avant les fêtes."),
 ("euromillions-tirage-mardi-21-decembre", "tirages-et-jeux.fr", "fr", 0, 35, 1500, ["Loterie"], "",
  "Euromillions : les résultats du tirage du mardi 21 décembre",
  "Les numéros gagnants du tirage de l'Euromillions du mardi 21 décembre sont le 5, le 12, le 19, le 33 et le 46, avec les étoiles 3 et 8.",
  "Aucun joueur n'a trouvé la combinaison complète ; le jackpot de 74 millions d'euros est remis en jeu vendredi."),
 ("promo-phare-de-loire-abonnement-noel", PHARE, "fr", 0, 500, 60, ["Promo"], "",
  "Offrez Le Phare de Loire pour Noël",
  "Pour Noël, offrez un an du Phare de Loire numérique à vos proches et faites-leur découvrir chaque jour toute l'actualité de Nantes et des Pays de la Loire pour 49 euros seulement.",
  "Offre valable jusqu'au 31 décembre, carte cadeau imprimable immédiatement.",
  {"site": "Le Phare de Loire"}),
]
