# Day 119 (hold-out): a French-language channel in Hainaut, Belgium (Mons, La Louviere and the
# Borinage), morning edition of Wednesday 26 January 2028 at 07:00 (window 19:00 Tuesday - 07:00
# Wednesday local, Europe/Brussels = UTC+1 in January, no summer time then). Gold answer written
# before any run: each post's story, its lede (the true first sentence) and the TOP5 below. Every
# person, company, club and outlet is invented; the towns, the canal and the stadium are real places.
#
# Traps:
# - one radio interview, two stories, same quote: the mayor of Mons, Sandrine Wauquier, on Radio
#   Haine FM on Tuesday evening, about the TRH bus drivers' strike (post 10) and about the smoke of
#   the Ghlin tyre warehouse fire (post 17), both carrying « Ma priorité, c'est que les Montois
#   puissent se déplacer et respirer normalement dès demain matin... »;
# - a shared wire byline line ("Agence Escaut Presse | Mis à jour : 26-01-2028 06:45"): the Carbonor
#   Tubes job cuts (post 26) and the Nuvaria data-centre expansion (post 54), unrelated, both short
#   "industry in Hainaut" items with figures, three minutes apart;
# - the same hospital: the Centre hospitalier de la Haine (CHH) in Mons takes the Haine-Saint-Pierre
#   fire's intoxicated residents, one of whom dies there overnight (posts 1, 5, 6), and the
#   Frameries bus crash's injured (post 36);
# - the same court: the Mons palais de justice holds on the same Tuesday the Quaregnon roadworks
#   corruption trial (tribunal correctionnel, posts 27-30) and the Binche murder verdict (cour
#   d'assises du Hainaut, posts 31-34);
# - the same town hall: La Louviere's hotel de ville opens its wedding hall to the fire's evacuated
#   families (post 3) and receives the Carbonor unions before the workers' march (post 24), with
#   Mayor Didier Pottiez quoted in both (post 24 even names the fire's families);
# - the same stadium: the stade Charles-Tondreau in Mons, whose main stand the city council votes
#   to rebuild (posts 42-46) and where the Sporting Mons-Borinage cup match is played (filler,
#   posts 55-56, the club also named in post 44);
# - look-alike stories an editor keeps apart: two fires the same evening (the deadly
#   Haine-Saint-Pierre flats fire, posts 1-7; the Ghlin tyre warehouse fire with its smoke
#   confinement, posts 15-20); two trials in one building (posts 27-30, 31-34); two strikes (the TRH
#   bus drivers' 24-hour strike, posts 8-14; the Carbonor night shift's stoppage after the layoff
#   plan, posts 21-26), plus a teachers' action announced in the provincial budget story (post 50);
#   two votes the same Tuesday evening in Mons (the city council on the stadium, posts 42-46; the
#   provincial council's budget, posts 47-50), and a council angle in the Quaregnon trial (post 29);
#   two road accidents (a TRH bus sliding on black ice in Frameries, posts 35-38; a car falling into
#   the Canal du Centre at Thieu, posts 39-41); the Frameries crash (a TRH bus, a TRH line) beside
#   the TRH strike; the weather bulletin announcing black ice (post 57) kept apart from the
#   Frameries crash; two industrial sites by Saint-Ghislain / Ghlin-Baudour (the tyre warehouse,
#   posts 15-20; the data centre, posts 51-54), both with residents' worries;
# - "Lire aussi" lines naming another story: a Ghlin fire post names the Haine-Saint-Pierre fire
#   (post 18); a Frameries crash post names the TRH strike (post 36);
# - a night toll revised in the morning by a second source: the Haine-Saint-Pierre fire, two dead
#   per the fire brigade in the evening (posts 1, 4), three dead per the prosecutor at dawn (posts
#   5, 6); also the Canal du Centre driver, sought at midnight (post 39), found dead about 2 a.m.
#   (post 40);
# - synonyms across outlets: "incendie", "feu", "sinistre", "blaze", "fire"; "greve", "arret de
#   travail", "debrayage", "walkout", "stoppage"; "licenciements", "suppressions d'emplois", "job
#   cuts", "emplois menaces"; "pneus usages", "tyre recycling"; "centre de donnees", "data centre";
#   "poele au petrole", "chauffage d'appoint";
# - stories told from other angles: space-heater advice (post 7), the strikers' long days (post
#   9), how to get around (post 12), the schools closed in Ghlin (post 18), the tyre stock permit
#   (post 19), the old Carbonor workers (post 25), the eleven contracts (post 30), the victim's
#   family (post 32), the residents' unsalted street (post 37), the unguarded canal bank (post
#   41), the supporters and residents (post 44), the real cost of the stand (post 45), the
#   boarding-school parents (post 48), the residents' wells (post 53);
# - wire furniture: datelines (posts 1, 5, 11, 16, 22, 52), update notes (posts 4, 6), a photo
#   caption (post 2), a teaser (post 9), bylines (posts 20, 33), a publisher line (post 30), a
#   donation appeal (post 12);
# - posts in English (agencies' and English-language papers): posts 4, 11, 16, 22, 33, 52;
# - a promo posted alone (post 60); filler of importance 0: the cup match (posts 55-56), the
#   weather bulletin (post 57), the horoscope (post 58), the lottery draw (post 59).
NAME = "2028-01-26-fr-matin-mons-h119"
CHANNEL = {"lang": "fr", "tz": "Europe/Brussels"}
WINDOW = ("2028-01-25T18:00:00Z", "2028-01-26T06:00:00Z")
CTX = {"stamp": "26-01-2028 06:45", "line": "Agence Escaut Presse | Mis à jour : 26-01-2028 06:45",
       "city": "Mons", "date_fr": "25 janv", "date_en": "Jan 25",
       "author": "Jérôme Vandenhove", "clarify": "the number of residents evacuated",
       "caption": "", "also": "notre dossier", "country": "Belgium"}
# The editor's top 5: the deadly flats fire in La Louviere, the TRH bus strike, the Ghlin tyre
# warehouse fire and its smoke, the Carbonor job cuts and stoppage, the Frameries bus crash.
TOP5 = ["incendie-immeuble-haine-saint-pierre-h119", "greve-chauffeurs-bus-trh-h119",
        "incendie-entrepot-pneus-ghlin-h119", "carbonor-licenciements-la-louviere-h119",
        "bus-verglas-frameries-h119"]
BE = "Belgique"
HT = "Hainaut"
FD = "Faits divers"
E = "Économie"
J = "Justice"
P = "Politique"
T = "Transports"
S = "Social"
ESC = "escaut-presse.be"
HEX = "hexagone-presse.fr"
TIDE = "tidewire.com"
CONT = "continental-press.org"
LEDG = "brusselsledger.eu"
COUR = "lecourrierdelahaine.be"
ECHO = "echoducentre.be"
TRIB = "la-tribune-montoise.be"
RADIO = "radio-haine-fm.be"
TELE = "tele-borinage-centre.be"
QUOT = "quotidienwallon.be"
MATIN = "hainaut-matin.be"
BOR = "borinage-info.be"
LLA = "louviere-actu.be"
HEN = "hennuyer.be"
ECOW = "economie-wallonie.be"
PRET = "pretoire.be"
FLASH = "flashwallon.be"
BNX = "beneluxbiz.com"
BIN = "binche-republicain.be"
CANAL = "canal-centre-info.be"
D26 = {"date_fr": "26 janv", "date_en": "Jan 26"}
QUOTE = ("« Ma priorité, c'est que les Montois puissent se déplacer et respirer normalement dès "
         "demain matin, et je ne lâcherai personne tant que ce ne sera pas le cas »")
POSTS = [
 # 1. Fire in a social housing block, rue des Briquetiers, Haine-Saint-Pierre (La Louviere), about
 #    20:40; 2 dead (fire brigade, evening) -> 3 dead (prosecutor, dawn). Injured to the CHH, Mons.
 ("incendie-immeuble-haine-saint-pierre-h119", ESC, "fr", 3, 170, 3500, [BE, HT, FD], "colon",
  "La Louvière : deux morts dans l'incendie d'un immeuble à Haine-Saint-Pierre",
  "Deux personnes ont perdu la vie mardi soir dans l'incendie d'un immeuble de logements sociaux de la rue des Briquetiers, à Haine-Saint-Pierre, et une quarantaine d'habitants ont été évacués, a indiqué la zone de secours Centre.",
  "Le feu s'est déclaré vers 20 h 40 dans un appartement du troisième étage avant de gagner la cage d'escalier. Cinq personnes incommodées par les fumées ont été conduites au Centre hospitalier de la Haine, à Mons.",
  {"city": "La Louvière"}),
 ("incendie-immeuble-haine-saint-pierre-h119", LLA, "fr", 3, 215, 2600, [HT, FD], "caption",
  "Rue des Briquetiers : des locataires descendus par l'auto-échelle",
  "Plusieurs locataires bloqués aux étages supérieurs par une fumée noire et épaisse ont été descendus à l'aide de l'auto-échelle, tandis que d'autres attendaient aux fenêtres, une serviette mouillée sur le visage, a constaté notre correspondant sur place.",
  "« On entendait les enfants crier au cinquième, on ne pouvait rien faire », raconte une voisine de l'immeuble d'en face, qui a hébergé deux familles pendant la soirée.",
  {"site": "La Louvière Actu",
   "caption": "Les pompiers de la zone de secours Centre déploient l'auto-échelle contre la façade de l'immeuble de la rue des Briquetiers, à Haine-Saint-Pierre, mardi 25 janvier 2028 au soir."}),
 ("incendie-immeuble-haine-saint-pierre-h119", ECHO, "fr", 3, 290, 1900, [HT, P], "",
  "Immeuble sinistré à Haine-Saint-Pierre : la Ville ouvre une cellule d'accueil à l'hôtel de ville",
  "Le bourgmestre de La Louvière, Didier Pottiez, a fait ouvrir mardi soir la salle des mariages de l'hôtel de ville pour accueillir les familles évacuées de l'immeuble incendié de la rue des Briquetiers, dont une dizaine ne pourront pas regagner leur logement avant plusieurs semaines.",
  "« Personne ne dormira dehors cette nuit », a assuré le bourgmestre, qui a demandé à la société de logement Logis du Centre de libérer des appartements vacants dans d'autres quartiers."),
 ("incendie-immeuble-haine-saint-pierre-h119", LEDG, "en", 3, 340, 700, ["Belgium", "Europe"], "updated",
  "Two dead in La Louvière apartment block fire",
  "Two people died and dozens were forced from their homes when fire tore through a social housing block in La Louvière, in Belgium's Hainaut province, on Tuesday evening, firefighters said.",
  "The blaze began in a third-floor flat and spread up the stairwell, trapping residents on the upper floors until they were brought down by ladder."),
 ("incendie-immeuble-haine-saint-pierre-h119", HEX, "fr", 3, 620, 1200, ["Europe", BE], "afp",
  "Belgique : le bilan de l'incendie de La Louvière passe à trois morts",
  "Un homme de 58 ans hospitalisé à Mons est décédé dans la nuit de mardi à mercredi, ce qui porte à trois morts le bilan de l'incendie d'un immeuble de La Louvière, dans le sud de la Belgique, a annoncé mercredi matin le parquet du Hainaut.",
  "Les deux premières victimes, une femme de 81 ans et son voisin de palier, ont été retrouvées au quatrième étage. La Louvière, ancienne cité industrielle de 80 000 habitants, est située à une cinquantaine de kilomètres au sud de Bruxelles.",
  {"city": "Bruxelles", "date_fr": "26 janv"}),
 ("incendie-immeuble-haine-saint-pierre-h119", COUR, "fr", 3, 650, 2200, [HT, FD], "actu",
  "Feu mortel de la rue des Briquetiers : un poêle au pétrole en cause",
  "Un poêle au pétrole laissé allumé dans le séjour de l'appartement où le sinistre a pris naissance est la piste privilégiée par les enquêteurs, a indiqué mercredi matin le parquet du Hainaut, qui a désigné un expert et confirmé le décès d'une troisième victime au Centre hospitalier de la Haine.",
  "La locataire de l'appartement, une mère de deux enfants, a pu sortir à temps avec eux. Aucun élément ne laisse penser à un acte volontaire, selon le parquet."),
 ("incendie-immeuble-haine-saint-pierre-h119", RADIO, "fr", 3, 690, 1500, [HT], "",
  "Chauffage d'appoint : les bons gestes pour éviter le drame",
  "N'utilisez jamais un poêle au pétrole dans une chambre, aérez la pièce au moins une fois par heure, gardez-le à un mètre des rideaux et des meubles et installez un détecteur de fumée à chaque étage, rappellent les pompiers de la zone de secours Centre après le drame de La Louvière.",
  "Ne remplissez jamais le réservoir quand l'appareil est chaud, et éteignez-le avant d'aller dormir."),

 # 2. Strike: TRH (Transports regionaux du Hainaut) bus drivers, 24 hours from Wednesday 04:00.
 #    "greve", "arret de travail", "debrayage", "walkout", "stoppage".
 ("greve-chauffeurs-bus-trh-h119", ESC, "fr", 3, 60, 2400, [BE, HT, T, S], "",
  "Grève de 24 heures des chauffeurs de bus TRH mercredi dans le Hainaut",
  "Les chauffeurs des dépôts de Mons, Jemappes et La Louvière des Transports régionaux du Hainaut (TRH) cesseront le travail mercredi à partir de 4 heures pour vingt-quatre heures, les syndicats ayant rejeté mardi après-midi les nouveaux horaires de service imposés par la direction.",
  "Selon le front commun syndical, ces horaires allongent l'amplitude des journées jusqu'à douze heures avec des coupures non payées. La direction prévient que la quasi-totalité du réseau sera à l'arrêt."),
 ("greve-chauffeurs-bus-trh-h119", TRIB, "fr", 3, 140, 1600, [HT, S], "teaser",
  "Bus à l'arrêt mercredi : les chauffeurs dénoncent des « journées à rallonge »",
  "Au dépôt de Jemappes, où l'assemblée du personnel a voté le débrayage à main levée mardi en fin d'après-midi, les conducteurs racontent des services commencés à 5 heures et terminés après 17 heures, avec trois heures de coupure passées dans leur voiture.",
  "« On est payés huit heures, on en passe douze au dépôt », résume un chauffeur de la ligne 2, vingt ans de maison.",
  {"site": "La Tribune montoise"}),
 ("greve-chauffeurs-bus-trh-h119", RADIO, "fr", 3, 175, 2100, [HT, T], "",
  "Grève des bus : la bourgmestre de Mons réclame un médiateur",
  "Invitée de Radio Haine FM mardi soir, la bourgmestre de Mons, Sandrine Wauquier, a demandé au ministre wallon de la Mobilité de désigner un médiateur dans le conflit qui oppose les chauffeurs des TRH à leur direction, estimant que les usagers ne pouvaient pas « payer chaque trimestre le prix d'un dialogue rompu ».",
  f"{QUOTE}, a-t-elle ajouté, en rappelant que plusieurs écoles de l'entité dépendent des lignes scolaires du réseau."),
 ("greve-chauffeurs-bus-trh-h119", CONT, "en", 3, 400, 600, ["Europe", "Belgium"], "ap",
  "Bus drivers strike in southern Belgium over longer shifts",
  "Bus drivers in Belgium's Hainaut province were set to walk off the job early Wednesday in a 24-hour stoppage over new rosters they say stretch their working day to 12 hours, leaving tens of thousands of commuters and pupils without service.",
  "The regional operator said almost no buses would run around Mons and La Louvière.",
  {"city": "Mons"}),
 ("greve-chauffeurs-bus-trh-h119", MATIN, "fr", 3, 560, 1800, [HT, T], "soutien",
  "Grève TRH : comment se déplacer ce mercredi",
  "Seules les lignes 1 et 4 à Mons et la navette entre la gare de La Louvière-Sud et le centre-ville devraient rouler mercredi, avec un bus toutes les quarante minutes environ, selon le plan de service minimum diffusé dans la nuit par la direction.",
  "Les parkings relais de Mons seront gratuits toute la journée, et plusieurs écoles organisent un accueil jusqu'à 18 heures pour les élèves qui ne pourront pas rentrer tôt."),
 ("greve-chauffeurs-bus-trh-h119", BOR, "fr", 3, 655, 1300, [HT, S], "",
  "Dépôt de Jemappes : piquet dès 4 heures, aucun bus n'est sorti",
  "Aucun bus n'avait quitté le dépôt de Jemappes à 5 h 30 mercredi, où une trentaine de grévistes se relayaient devant les grilles en se réchauffant autour d'un fût dans lequel brûlaient des palettes, a constaté notre journaliste.",
  "Les délégués syndicaux assurent que le mouvement est suivi à plus de 90 % dans les trois dépôts."),
 ("greve-chauffeurs-bus-trh-h119", FLASH, "fr", 3, 700, 900, [HT, T, S], "",
  "Grève des bus : la direction des TRH prête à geler les nouveaux horaires",
  "La direction des Transports régionaux du Hainaut s'est dite prête mercredi à l'aube à suspendre l'entrée en vigueur des nouveaux horaires, prévue le 1er février, si les syndicats acceptent de reprendre la concertation dès jeudi.",
  "Le front commun doit répondre en fin de matinée."),

 # 3. Fire in a used-tyre warehouse (Recupneu) in the Ghlin-Baudour industrial zone, 19:50; smoke
 #    over Ghlin, Nimy, Maisieres; windows shut; Ghlin schools closed; under control at 05:30.
 ("incendie-entrepot-pneus-ghlin-h119", TELE, "fr", 3, 80, 2700, [HT, FD], "",
  "Violent incendie dans un entrepôt de pneus du zoning de Ghlin-Baudour",
  "Un important incendie s'est déclaré vers 19 h 50 mardi dans un entrepôt de pneus usagés de la société Récupneu, dans le zoning industriel de Ghlin-Baudour, dégageant un panache de fumée noire visible depuis le centre de Mons.",
  "Une centaine de pompiers venus de Mons, de Saint-Ghislain et de Jurbise tentent de protéger les bâtiments voisins. Personne ne se trouvait dans l'entrepôt au moment des faits."),
 ("incendie-entrepot-pneus-ghlin-h119", TIDE, "en", 3, 290, 500, ["Europe", "Belgium"], "reuters",
  "Tyre warehouse blaze sends black smoke over Belgian city of Mons",
  "A fire at a tyre recycling warehouse near the Belgian city of Mons sent a plume of thick black smoke over nearby neighbourhoods on Tuesday night, and authorities told thousands of residents to keep their windows closed.",
  "No injuries were reported. The cause of the fire was not immediately known.",
  {"city": "Brussels"}),
 ("incendie-entrepot-pneus-ghlin-h119", RADIO, "fr", 3, 185, 2300, [HT], "",
  "Fumées de Ghlin : la bourgmestre demande aux habitants de rester chez eux",
  "La bourgmestre de Mons, Sandrine Wauquier, a demandé mardi soir sur Radio Haine FM aux habitants de Ghlin, de Nimy et de Maisières de garder portes et fenêtres fermées et de couper leur ventilation jusqu'à nouvel ordre, le temps que les pompiers viennent à bout du feu de pneus du zoning.",
  f"{QUOTE}, a-t-elle déclaré, précisant que des mesures de la qualité de l'air étaient en cours dans les trois localités."),
 ("incendie-entrepot-pneus-ghlin-h119", COUR, "fr", 3, 470, 1700, [HT], "lire",
  "Ghlin : les écoles de la section fermées mercredi par précaution",
  "Les cinq écoles fondamentales de Ghlin resteront fermées mercredi et les cours de récréation de Nimy seront interdites, a décidé la Ville de Mons dans la nuit, en attendant les résultats des mesures de pollution réalisées autour du zoning.",
  "Les parents qui ne peuvent pas garder leurs enfants pourront les confier à la maison de quartier de Nimy, où une garderie sera assurée de 7 h 30 à 18 heures.",
  {"also": "La Louvière : deux morts dans l'incendie d'un immeuble à Haine-Saint-Pierre"}),
 ("incendie-entrepot-pneus-ghlin-h119", MATIN, "fr", 3, 600, 1100, [HT, E], "",
  "Feu de pneus : le stock de Récupneu dépassait-il son autorisation ?",
  "Le permis d'environnement de la société Récupneu l'autorisait à entreposer 1 200 tonnes de pneus usagés à Ghlin, mais des riverains affirment avoir vu les piles déborder sur le parking depuis l'automne, ce que la direction conteste.",
  "L'entreprise, qui emploie vingt-deux personnes, broie les pneus pour en faire des granulés destinés aux terrains de sport."),
 ("incendie-entrepot-pneus-ghlin-h119", ESC, "fr", 3, 675, 1400, [BE, HT], "byline_fr",
  "Incendie du zoning de Ghlin : le feu maîtrisé, le confinement levé à 8 heures",
  "Les pompiers ont annoncé mercredi vers 5 h 30 que l'incendie de l'entrepôt de pneus de Ghlin était maîtrisé, et la Ville de Mons prévoit de lever à 8 heures la consigne de garder les fenêtres fermées si les mesures de l'air restent bonnes.",
  "Des équipes resteront sur place toute la journée pour noyer les foyers résiduels.",
  {"site": "Agence Escaut Presse"}),

 # 4. Carbonor Tubes (La Louviere) to cut 310 of 720 jobs; night shift stops work; march to the
 #    hotel de ville on Wednesday. "licenciements", "suppressions d'emplois", "job cuts".
 ("carbonor-licenciements-la-louviere-h119", ECOW, "fr", 3, 30, 1600, [BE, HT, E], "",
  "Carbonor Tubes annonce 310 licenciements à La Louvière",
  "La direction de Carbonor Tubes a annoncé mardi en conseil d'entreprise son intention de supprimer 310 des 720 emplois de son usine de tubes d'acier de La Louvière, ouvrant la procédure Renault.",
  "Le groupe invoque la concurrence des importations asiatiques et le prix de l'énergie, et veut arrêter l'une de ses deux lignes de soudage d'ici l'été."),
 ("carbonor-licenciements-la-louviere-h119", TIDE, "en", 3, 150, 400, ["Europe", "Business"], "reuters",
  "Carbonor to cut 310 jobs at Belgian steel tube plant",
  "Steel tube maker Carbonor said on Tuesday it planned to cut 310 jobs at its plant in La Louvière, southern Belgium, blaming cheap Asian imports and high energy prices.",
  "The plant is one of the largest industrial employers left in the former coal-mining region.",
  {"city": "Brussels"}),
 ("carbonor-licenciements-la-louviere-h119", ECHO, "fr", 3, 270, 1500, [HT, S], "",
  "Chez Carbonor, l'équipe de nuit refuse de prendre son poste",
  "Les ouvriers de l'équipe de nuit de Carbonor Tubes ont refusé de prendre le travail mardi à 22 heures et se sont rassemblés devant les grilles de l'usine, où les syndicats ont annoncé un arrêt de travail « jusqu'à ce que la direction revoie sa copie ».",
  "Aucun tube n'est sorti des lignes de la nuit, selon les délégués."),
 ("carbonor-licenciements-la-louviere-h119", QUOT, "fr", 3, 450, 1000, [HT, P, S], "",
  "Suppressions d'emplois chez Carbonor : le bourgmestre reçoit les syndicats mercredi",
  "Le bourgmestre de La Louvière, Didier Pottiez, qui a passé une partie de la nuit à l'hôtel de ville auprès des familles sinistrées de Haine-Saint-Pierre, recevra mercredi à 10 heures les délégations syndicales de Carbonor Tubes, avant une marche des travailleurs de l'usine jusqu'à la place communale.",
  "Il demande au groupe de geler la procédure le temps d'étudier une reprise de la ligne menacée."),
 ("carbonor-licenciements-la-louviere-h119", HEN, "fr", 3, 520, 800, [HT, S], "",
  "« Mon père y a fait quarante ans » : à La Louvière, Carbonor fait partie des familles",
  "Au café qui fait face à l'entrée de l'usine, des retraités de Carbonor Tubes ont suivi mardi soir l'annonce des licenciements sur leur téléphone, beaucoup ayant traversé trois plans sociaux en trente ans sans jamais croire à une fermeture.",
  "« Cette fois, c'est la moitié d'une usine qui part », lâche un ancien soudeur."),
 ("carbonor-licenciements-la-louviere-h119", ESC, "fr", 3, 701, 600, [BE, E], "reuters_line",
  "Industrie : Carbonor veut fermer une ligne de soudage, 310 emplois menacés",
  "Près de 43 % des postes de l'usine louviéroise de Carbonor Tubes sont menacés par le plan présenté mardi, qui prévoit l'arrêt d'une des deux lignes de soudage et la sous-traitance de la maintenance.",
  "Le front commun syndical réclame une expertise indépendante des comptes du site."),

 # 5. Trial 1: ex-alderman of Quaregnon, roadworks contracts for free work on his villa; tribunal
 #    correctionnel, Mons palais de justice; 30 months requested; judgment on 23 February.
 ("proces-echevin-quaregnon-marches-h119", PRET, "fr", 2, 20, 900, [HT, J], "",
  "Marchés truqués à Quaregnon : trente mois requis contre l'ancien échevin",
  "Le ministère public a requis mardi devant le tribunal correctionnel de Mons trente mois de prison et une amende de 16 000 euros contre Alain Vercauteren, ancien échevin des Travaux de Quaregnon, accusé d'avoir favorisé une entreprise de voirie dans onze marchés publics en échange de travaux gratuits dans sa villa.",
  "Le jugement sera rendu le 23 février."),
 ("proces-echevin-quaregnon-marches-h119", COUR, "fr", 2, 130, 800, [HT, J], "",
  "Procès Vercauteren : la défense plaide l'acquittement",
  "L'avocate de l'ancien échevin quaregnonnais a plaidé l'acquittement mardi soir au palais de justice de Mons, soutenant que les onze marchés avaient tous été attribués par le collège communal sur la base d'offres régulières.",
  "Le patron de l'entreprise de voirie Ledoux & Fils, poursuivi pour corruption active, a reconnu avoir « rendu service » à l'échevin mais nié tout arrangement."),
 ("proces-echevin-quaregnon-marches-h119", BOR, "fr", 2, 380, 600, [HT, P], "",
  "À Quaregnon, l'affaire des marchés de voirie pèse toujours sur le conseil communal",
  "Trois ans après l'ouverture de l'enquête, l'opposition quaregnonnaise réclame toujours un audit externe de tous les chantiers de voirie attribués entre 2019 et 2024, et compte revenir à la charge lors du prochain conseil communal.",
  "La majorité répond qu'elle attendra le jugement."),
 ("proces-echevin-quaregnon-marches-h119", QUOT, "fr", 2, 688, 500, [HT, J], "publie",
  "Procès des marchés de Quaregnon : les onze chantiers en question",
  "Les onze marchés examinés par le tribunal portent sur la réfection de rues, d'égouts et de trottoirs dans le centre de Quaregnon et à Wasmuël pour un montant total de 2,3 millions d'euros, selon l'ordonnance de renvoi.",
  "En contrepartie, selon l'accusation, l'échevin aurait obtenu une piscine, une terrasse et l'asphaltage de son allée.",
  D26),

 # 6. Trial 2: cour d'assises du Hainaut (Mons palais de justice): Jonathan Deprez guilty of the
 #    murder of his partner, a Binche used-car dealer, in November 2025; sentence on Wednesday.
 ("assises-hainaut-meurtre-garagiste-binche-h119", ESC, "fr", 2, 200, 1300, [BE, HT, J], "",
  "Assises du Hainaut : Jonathan Deprez reconnu coupable du meurtre de son associé",
  "Le jury de la cour d'assises du Hainaut a déclaré mardi soir, à Mons, Jonathan Deprez coupable du meurtre de Fabrice Lannoy, le garagiste binchois avec qui il exploitait un commerce de voitures d'occasion, tué de trois balles en novembre 2025.",
  "L'accusé, qui plaidait la légitime défense, encourt jusqu'à trente ans de réclusion. Les débats sur la peine reprendront mercredi à 9 heures."),
 ("assises-hainaut-meurtre-garagiste-binche-h119", BIN, "fr", 2, 320, 1000, [HT, J], "",
  "À Binche, la famille de Fabrice Lannoy « enfin entendue »",
  "Les proches du garagiste binchois tué en 2025 ont accueilli le verdict en larmes sur les marches du palais de justice de Mons, sa sœur déclarant que la famille avait « enfin été entendue » après plus de deux ans d'attente.",
  "Le garage de la chaussée de Mons, fermé depuis le drame, a été racheté l'été dernier par un concessionnaire de la région."),
 ("assises-hainaut-meurtre-garagiste-binche-h119", LEDG, "en", 2, 420, 300, ["Belgium", "Crime"], "byline_en",
  "Jury convicts man of killing Binche car dealer partner",
  "A jury in Mons on Tuesday found a 41-year-old man guilty of murdering his business partner, a second-hand car dealer from Binche, rejecting his claim that he fired in self-defence.",
  "He faces up to 30 years in prison; sentencing arguments resume on Wednesday.",
  {"author": "Hannah Whitcombe", "site": "The Brussels Ledger", "date_en": "Jan 26"}),
 ("assises-hainaut-meurtre-garagiste-binche-h119", PRET, "fr", 2, 640, 600, [HT, J], "",
  "Procès Deprez : l'avocat général requerra mercredi matin",
  "Après le verdict de culpabilité, l'avocat général doit prendre ses réquisitions mercredi matin devant la cour d'assises du Hainaut, et la défense de Jonathan Deprez plaidera les circonstances atténuantes en invoquant les dettes qui l'opposaient à la victime.",
  "La cour et les jurés se retireront ensuite pour délibérer sur la peine."),

 # 7. Accident 1: a TRH line 9 bus slides on black ice into a facade in Frameries, 20:15; 11 hurt,
 #    2 seriously, to the CHH in Mons. (Not the strike; not the weather bulletin.)
 ("bus-verglas-frameries-h119", BOR, "fr", 2, 105, 2000, [HT, FD], "",
  "Frameries : un bus glisse sur le verglas et percute une façade",
  "Un bus de la ligne 9 des TRH a dérapé sur une plaque de verglas vers 20 h 15 mardi dans la descente de la rue de la Libération, à Frameries, avant de finir sa course contre la façade d'une maison inoccupée.",
  "Onze personnes, dont le chauffeur, ont été blessées. La rue a été fermée à la circulation pendant trois heures."),
 ("bus-verglas-frameries-h119", MATIN, "fr", 2, 230, 1500, [HT, FD], "lire",
  "Accident de bus à Frameries : deux blessés graves au Centre hospitalier de la Haine",
  "Le chauffeur du bus accidenté à Frameries et une passagère de 72 ans étaient toujours soignés mardi en fin de soirée dans un état grave au Centre hospitalier de la Haine, à Mons, où neuf blessés légers ont été examinés avant de rentrer chez eux.",
  "Le chauffeur souffre de fractures aux deux jambes, coincé un long moment dans son poste de conduite.",
  {"also": "Grève des bus TRH : le réseau à l'arrêt ce mercredi"}),
 ("bus-verglas-frameries-h119", TELE, "fr", 2, 360, 1100, [HT], "",
  "Accident de Frameries : les riverains dénoncent une rue jamais salée",
  "Les habitants de la rue de la Libération affirment qu'aucune épandeuse n'était passée mardi soir dans la descente où le bus a glissé, alors que la chaussée était gelée depuis le coucher du soleil, ce que la commune de Frameries conteste.",
  "« Deux voitures avaient déjà fini dans le talus la semaine dernière », assure un riverain."),
 ("bus-verglas-frameries-h119", FLASH, "fr", 2, 610, 700, [HT, FD], "",
  "Bus accidenté à Frameries : le parquet ordonne une expertise",
  "Le parquet du Hainaut a ordonné une expertise technique du bus accidenté mardi soir à Frameries, notamment de ses pneus et de ses freins, et le chauffeur, opéré dans la nuit, n'a pas encore pu être entendu.",
  "Le véhicule avait passé son contrôle technique en décembre, selon l'exploitant."),

 # 8. Accident 2: a car plunges into the Canal du Centre at Thieu, about 23:30; passenger escapes;
 #    driver missing at midnight, found dead about 02:00.
 ("voiture-canal-du-centre-thieu-h119", LLA, "fr", 1, 330, 1400, [HT, FD], "",
  "Thieu : une voiture tombe dans le canal du Centre, le conducteur recherché",
  "Une voiture a quitté la route et plongé dans le canal du Centre peu avant 23 h 30 mardi à Thieu, à quelques centaines de mètres de l'ascenseur funiculaire de Strépy-Thieu, et les plongeurs des pompiers recherchaient toujours le conducteur à minuit.",
  "Le passager, âgé de 22 ans, a réussi à s'extraire du véhicule et à regagner la berge à la nage.",
  {"site": "La Louvière Actu"}),
 ("voiture-canal-du-centre-thieu-h119", ECHO, "fr", 1, 480, 1000, [HT, FD], "",
  "Drame du canal à Thieu : le corps du conducteur retrouvé",
  "Les plongeurs ont retrouvé vers 2 heures le corps du conducteur de la voiture tombée dans le canal du Centre à Thieu, un habitant du Rœulx âgé de 24 ans, toujours attaché à son siège.",
  "Son passager, en hypothermie, a passé la nuit en observation."),
 ("voiture-canal-du-centre-thieu-h119", CANAL, "fr", 1, 590, 600, [HT], "",
  "Canal du Centre : à Thieu, un quai sans glissière",
  "Depuis l'accident mortel de mardi soir, des riverains du quai de Thieu réclament une glissière de sécurité le long de l'eau, où la route longe le canal sur près de deux cents mètres sans la moindre protection.",
  "La commune dit avoir demandé un aménagement au gestionnaire de la voie d'eau en 2026."),

 # 9. Vote 1: Mons city council approves 6.8 million euros for the stade Charles-Tondreau stand.
 ("vote-conseil-mons-stade-tondreau-h119", TRIB, "fr", 2, 250, 1300, [HT, P], "",
  "Le conseil communal de Mons vote la rénovation du stade Tondreau",
  "Le conseil communal de Mons a approuvé mardi soir, par 27 voix contre 14, une enveloppe de 6,8 millions d'euros pour reconstruire la tribune principale du stade Charles-Tondreau et y poser une pelouse hybride d'ici la saison 2029-2030.",
  "L'opposition dénonce un investissement décidé « sans le moindre plan de financement des clubs qui l'occuperont ».",
  {"site": "La Tribune montoise"}),
 ("vote-conseil-mons-stade-tondreau-h119", RADIO, "fr", 2, 300, 900, [HT, P], "",
  "Stade Tondreau : l'échevin des Sports promet des subsides régionaux",
  "L'échevin des Sports de Mons, Grégory Duquesne, a assuré pendant le débat que la Région wallonne prendrait en charge la moitié du coût des travaux du stade Tondreau, un engagement que l'opposition juge « écrit nulle part ».",
  "Le dossier de subsides doit être déposé avant la fin du mois de mars."),
 ("vote-conseil-mons-stade-tondreau-h119", HEN, "fr", 2, 420, 700, [HT, "Sport"], "",
  "Tribune du Tondreau : les supporters soulagés, les riverains inquiets",
  "Les supporters du Sporting Mons-Borinage, qui s'entassent depuis deux saisons dans une tribune principale à moitié fermée pour raisons de sécurité, ont salué le vote du conseil communal, tandis que les riverains du stade redoutent deux ans de chantier.",
  "« On nous parle de camions et de bruit jusqu'en 2029 », regrette une habitante."),
 ("vote-conseil-mons-stade-tondreau-h119", QUOT, "fr", 2, 520, 600, [HT, P], "",
  "Stade Tondreau : combien coûtera vraiment la nouvelle tribune ?",
  "Aux 6,8 millions votés mardi s'ajouteront près de 900 000 euros pour la mise en conformité de l'éclairage et des accès des secours, qui n'ont pas encore été budgétés, selon une note de l'administration communale consultée par notre rédaction.",
  "Le collège assure que ces dépenses figureront dans la modification budgétaire de juin."),
 ("vote-conseil-mons-stade-tondreau-h119", ESC, "fr", 2, 610, 500, [HT], "",
  "Mons : feu vert à la nouvelle tribune du Tondreau",
  "Les travaux de la nouvelle tribune principale du stade Charles-Tondreau, votés mardi soir par le conseil communal de Mons, devraient débuter en mai après la fin du championnat, pour une livraison à l'été 2029.",
  "La capacité du stade passera de 8 000 à 9 500 places."),

 # 10. Vote 2: the Hainaut provincial council (in Mons) adopts a 2028 budget of cuts, closing two
 #     provincial boarding schools; teachers' unions plan an action.
 ("budget-conseil-provincial-hainaut-h119", ESC, "fr", 2, 290, 900, [BE, HT, P], "",
  "Le conseil provincial du Hainaut adopte un budget 2028 d'économies",
  "Le conseil provincial du Hainaut a adopté mardi soir à Mons, par 30 voix contre 19, un budget 2028 qui prévoit 14 millions d'euros d'économies, dont la fermeture de deux internats provinciaux et le gel des recrutements administratifs.",
  "La majorité justifie ces mesures par le transfert progressif de compétences de la province vers les communes et la Région."),
 ("budget-conseil-provincial-hainaut-h119", MATIN, "fr", 2, 400, 800, [HT, "Enseignement"], "",
  "Internats provinciaux fermés : « où iront nos enfants en septembre ? »",
  "Des parents d'internes venus de Péruwelz et de Saint-Ghislain ont suivi la séance depuis la galerie du public, pancartes en main, et plusieurs ont quitté la salle en criant à l'annonce du vote.",
  "Les deux internats accueillent ensemble 180 élèves, dont beaucoup viennent de familles éloignées des écoles techniques."),
 ("budget-conseil-provincial-hainaut-h119", QUOT, "fr", 2, 540, 500, [HT, P], "",
  "Province du Hainaut : la majorité défend des choix « douloureux mais inévitables »",
  "Le député provincial chargé des Finances, Benoît Hallez, a défendu un budget « douloureux mais inévitable », rappelant que la dette de la province dépassait désormais 600 millions d'euros et que ses recettes fiscales stagnaient.",
  "L'opposition a proposé en vain de reporter la fermeture des internats d'un an."),
 ("budget-conseil-provincial-hainaut-h119", TELE, "fr", 2, 630, 600, [HT, "Enseignement", S], "",
  "Budget provincial : les syndicats de l'enseignement préparent une action",
  "Les syndicats de l'enseignement provincial ont annoncé mercredi matin une assemblée du personnel des deux internats condamnés pour vendredi, sans exclure un arrêt de travail avant les vacances de carnaval.",
  "Une centaine d'éducateurs et de surveillants seraient concernés par les fermetures."),

 # 11. Nuvaria data centre expansion at Saint-Ghislain (shared byline line with Carbonor, post 26).
 ("nuvaria-centre-donnees-saint-ghislain-h119", ECOW, "fr", 1, 120, 700, [HT, E], "",
  "Nuvaria investit 1,1 milliard dans son centre de données de Saint-Ghislain",
  "L'opérateur de centres de données Nuvaria a annoncé mardi un investissement de 1,1 milliard d'euros pour construire deux nouveaux bâtiments sur son campus de Saint-Ghislain, avec à la clé 150 emplois directs d'ici 2030.",
  "Les travaux doivent commencer à l'automne, sous réserve du permis unique."),
 ("nuvaria-centre-donnees-saint-ghislain-h119", BNX, "en", 1, 240, 200, ["Business", "Europe"], "colon",
  "Nuvaria to spend 1.1 billion euros on Belgian data centre",
  "Data centre operator Nuvaria will spend 1.1 billion euros expanding its campus in Saint-Ghislain, western Belgium, to meet demand for artificial intelligence computing, the company said on Tuesday.",
  "The site is close to high-voltage lines built for the region's former heavy industry.",
  {"city": "Brussels"}),
 ("nuvaria-centre-donnees-saint-ghislain-h119", BOR, "fr", 1, 500, 500, [HT], "",
  "Centre de données : à Saint-Ghislain, des riverains s'inquiètent pour leurs puits",
  "L'association de riverains Haine Vivante demande à la Région de vérifier que les nouveaux bâtiments de Nuvaria, dont le refroidissement puise dans la nappe phréatique, ne feront pas baisser le niveau des puits des maisons voisines.",
  "L'entreprise affirme recycler l'essentiel de l'eau utilisée."),
 ("nuvaria-centre-donnees-saint-ghislain-h119", ESC, "fr", 1, 704, 400, [BE, E], "reuters_line",
  "Numérique : Nuvaria double la taille de son campus hennuyer",
  "Avec ses deux nouveaux bâtiments, le campus de Nuvaria à Saint-Ghislain verra sa puissance électrique passer de 120 à 260 mégawatts, ce qui en fera l'un des plus gros consommateurs d'électricité de Wallonie.",
  "Le gestionnaire du réseau doit renforcer le poste à haute tension voisin d'ici 2029."),

 # 12-16. Filler: cup match at the Tondreau, weather bulletin, horoscope, lottery; promo alone.
 ("foot-coupe-sporting-mons-borinage-h119", "wallonie-sport.be", "fr", 0, 230, 2200, ["Sport"], "",
  "Coupe : le Sporting Mons-Borinage passe en quarts au Tondreau",
  "Le Sporting Mons-Borinage s'est qualifié mardi soir pour les quarts de finale de la Coupe en battant le RC Tournai-Escaut 2-1 au stade Charles-Tondreau, devant 3 100 spectateurs.",
  "Le but de la victoire est venu d'une tête de Yanis Ferchichi à la 84e minute."),
 ("foot-coupe-sporting-mons-borinage-h119", TRIB, "fr", 0, 262, 1200, ["Sport"], "",
  "Le Sporting renverse Tournai et continue de rêver",
  "Menés à la pause, les Montois ont renversé le RC Tournai-Escaut en seconde période (2-1) pour se hisser en quarts de finale de la Coupe, une première depuis dix ans.",
  "L'entraîneur a salué « un groupe qui ne lâche jamais »."),
 ("meteo-hainaut-mercredi-26-janvier-h119", "meteo-belgique-sud.be", "fr", 0, 640, 1600, ["Météo"], "",
  "Météo du mercredi 26 janvier : verglas au réveil, soleil voilé l'après-midi",
  "Des plaques de verglas sont attendues mercredi matin sur les routes du Hainaut avec des minimales de -4 °C, avant un après-midi sec et voilé où le thermomètre remontera jusqu'à 3 °C à Mons.",
  "Le gel reviendra dès la soirée, et la nuit de jeudi s'annonce encore plus froide."),
 ("horoscope-mercredi-26-janvier-h119", "astro-quotidien.be", "fr", 0, 10, 900, ["Horoscope"], "",
  "Votre horoscope du mercredi 26 janvier",
  "Verseau, une proposition inattendue vous arrive en milieu de journée : prenez le temps d'y réfléchir avant de dire oui.",
  "Poissons : une dépense imprévue, rien de grave. Bélier : votre énergie fait des envieux au travail."),
 ("quinto-tirage-mardi-25-janvier-h119", "resultats-loterie.be", "fr", 0, 200, 1100, ["Loterie"], "",
  "Quinto : les numéros du tirage du mardi 25 janvier",
  "Les numéros gagnants du tirage du Quinto de ce mardi 25 janvier sont le 5, le 12, le 19, le 27 et le 38, et le numéro chance est le 7.",
  "Aucun joueur n'a trouvé la bonne combinaison ; le gros lot est reporté au tirage de vendredi."),
 ("promo-courrier-haine-numerique-h119", COUR, "fr", 0, 15, 60, ["Promo"], "",
  "Le Courrier de la Haine en numérique : le premier mois offert",
  "Abonnez-vous au Courrier de la Haine numérique et retrouvez chaque matin toute l'actualité de Mons, de La Louvière et du Borinage, avec le premier mois offert.",
  "Offre réservée aux nouveaux abonnés, sans engagement, jusqu'au 15 février."),
]
