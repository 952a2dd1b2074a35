# Day 115: a French regional channel of Namur, Charleroi and Wallonia, morning edition of Thursday
# 23 December 2027 at 07:00 (window 19:00 Wednesday - 07:00 Thursday local, Europe/Brussels = UTC+1
# in December, so 18:00Z - 06:00Z). Gold answer written before any run: each post's story, its lede
# (the true first sentence) and the TOP5 below. Every person, company and outlet is invented.
#
# Traps:
# - one radio interview, two stories, same quote: the bourgmestre of Charleroi, Hugues Delvaux, on
#   Radio Sambre on Wednesday evening, quoted about the bus drivers' strike after an assault (post
#   12) and about the council's vote closing two swimming pools (post 8), both carrying
#   « Charleroi ne se gère pas avec des cadenas... »;
# - a shared wire byline line ("Belga | Mis à jour : 23-12-2027 05:14"): the Jamioulx prison
#   guards' strike (post 21) and the Namur hospitals' winter plan (post 51), three minutes apart;
# - the same hospitals: the CHR Namur-Meuse takes the Jambes fire's injured (post 28), the E42
#   pileup's injured (post 41), the level-crossing's injured passenger (post 45) and postpones
#   operations for the flu (posts 48-51; post 49 says its emergency ward took the pileup's and the
#   fire's victims); the Centre hospitalier Sambre-Charleroi takes the assaulted bus driver (post
#   9), a firefighter of the Fleurus fire (post 24) and the pileup's second dead (post 41);
# - the same court: the palais de justice of Namur holds the Sambreville alderman's corruption
#   verdict (posts 31-34) and the Dinant assizes trial (posts 35-38); the prison strike's post 21
#   names the palais de justice of Charleroi;
# - the same towns: Fleurus holds the recycling plant fire (posts 22-26) and the E42 pileup (posts
#   39-44); Charleroi holds the bus strike, the pools vote, the prison and the airport; Namur holds
#   the parliament, the court, the Jambes fire and the hospital; the parquet of Charleroi opens
#   inquiries into the bus driver's assault and the pileup;
# - look-alike stories: two strikes (the bus drivers in Charleroi, posts 9-15; the Jamioulx prison
#   guards, posts 16-19, 21); two votes (the Walloon budget, posts 1-6; the Charleroi pools, posts
#   7, 8, 20); two fires (the Fleurus plant, posts 22-26; the Jambes flat, posts 27-30); two trials
#   (posts 31-34, 35-38); two road accidents (the E42 pileup, posts 39-44; the level crossing at
#   Floreffe, posts 45-47); two fog stories (the E42 pileup; the airport's flights, posts 52-56)
#   plus the weather bulletin (filler) that speaks of fog; two transport stories in Charleroi (the
#   bus strike, the airport);
# - one toll revised by a second source: the E42 pileup, one dead (police, posts 39-40) then two
#   (parquet de Charleroi, posts 41-42); the Jambes fire, four intoxicated (post 27) then six (post
#   28);
# - one story told in two languages by different agencies with different words: the E42 pileup
#   (« carambolage », « collision en chaîne » / "pileup", "crashed"), the Fleurus fire
#   (« incendie », « feu », « panache » / "blaze"), the airport (« vols déroutés », « annulés »,
#   « brouillard » / "diverted", "fog", "stranded"), the bus strike (« grève », « arrêt de
#   travail » / "walked out"), the prison strike, the budget;
# - Belgian copy: « bourgmestre », « échevin », « commune », « parquet », « CPAS », « septante »,
#   « nonante », « zoning »;
# - stories told from other angles: the unions in front of parliament (post 3), what the budget
#   means for the communes (post 5), the swimmers (post 20), the assault's inquiry (post 10), the
#   drivers' demands (post 11), Thursday without buses (post 13), the talks (post 15), the police
#   in the prison (post 17), the overcrowding (post 18), the lawyers (post 21), the residents told
#   to close windows (post 23), the plant's permit (post 26), the neighbours (post 29), the
#   building (post 30), the alderman's portrait (post 33), his commune (post 34), the hedge dispute
#   (post 36), the defence (post 37), the street (post 38), the fog's stretch (post 43), the
#   survivors (post 44), the crossing (post 47), the flu's figures (post 50), the stranded
#   passengers (post 53), their rights (post 55);
# - a "Lire aussi" line in an airport post naming the E42 pileup (post 53); a teaser (post 29);
#   captions (posts 23, 40); update notes (posts 6, 17, 41);
# - posts in English (agencies' English service): posts 6, 14, 19, 25, 42, 54, 56;
# - a promo posted alone (post 57); filler of importance 0: the football result (posts 58, 59), the
#   weather bulletin (post 60), the lottery draw (post 61).
NAME = "2027-12-23-fr-matin-namur-h115"
CHANNEL = {"lang": "fr", "tz": "Europe/Brussels"}
WINDOW = ("2027-12-22T18:00:00Z", "2027-12-23T06:00:00Z")
CTX = {"stamp": "23-12-2027 05:14", "line": "Belga | Mis à jour : 23-12-2027 05:14",
       "city": "Namur", "date_fr": "22 déc", "date_en": "Dec 22",
       "author": "Laurence Gilson", "clarify": "the number of people killed",
       "caption": "", "also": "notre dossier", "country": "Belgium"}
# The editor's top 5: the E42 pileup, the Walloon budget vote, the Charleroi bus strike, the
# Fleurus recycling plant fire, the Jambes flat fire.
TOP5 = ["carambolage-e42-brouillard-fleurus-h115", "vote-budget-parlement-wallonie-h115",
        "greve-bus-tws-charleroi-h115", "incendie-recyclage-fleurus-h115",
        "incendie-appartement-jambes-h115"]
BE = "Belgique"
WAL = "Wallonie"
NA = "Namur"
CH = "Charleroi"
E = "Économie"
SA = "Santé"
J = "Justice"
FD = "Faits divers"
P = "Politique"
T = "Transports"
BEL = "belga-like.be"
AN = "agence-nord.fr"
GAZ = "la-gazette-mosane.be"
SAM = "sambre-info.be"
RAD = "radio-sambre.be"
TV = "tele-meuse.be"
NDIR = "namur-direct.be"
CACT = "charleroi-actu.be"
QW = "le-quotidien-wallon.be"
ECO = "wallonie-eco.be"
ELUS = "elus-locaux-wallons.be"
DIN = "dinant-infos.be"
FLEU = "fleurus-entre-sambre.be"
PRIS = "prisons-et-justice.be"
CHRON = "chroniques-du-palais.be"
SANTE = "sante-wallonie.be"
AERO = "aero-sud.be"
FOOT = "foot-wallon.be"
METEO = "meteo-ardennes-meuse.be"
LOTO = "tirages-et-resultats.be"
WW = "wire-west.com"
APL = "ap-like.com"
EUR = "euro-ledger.com"
BPOST = "belgium-post-news.com"
AVW = "aviation-wire.com"
QUOTE = ("« Charleroi ne se gère pas avec des cadenas : ni sur les portes des piscines, ni sur "
         "celles des dépôts, et je le dirai à chacun en face »")
POSTS = [
 # 1. The Walloon parliament adopts the 2028 budget late on Wednesday night.
 ("vote-budget-parlement-wallonie-h115", BEL, "fr", 3, 60, 1600, [WAL, P], "ats",
  "Budget wallon : le Parlement entame le dernier jour des débats",
  "Les députés wallons ont repris mercredi soir, au Parlement de Wallonie à Namur, l'examen du budget 2028 de la Région, dont le vote est attendu tard dans la nuit après plus de trente heures de débats en séance plénière.",
  "Le budget prévoit un déficit de 2,1 milliards d'euros, contre 2,6 milliards cette année.",
  {"city": "Namur"}),
 ("vote-budget-parlement-wallonie-h115", GAZ, "fr", 3, 120, 1100, [WAL, P], "",
  "Rigueur, fonction publique, communes : l'opposition charge le ministre du Budget",
  "L'opposition a reproché mercredi au ministre wallon du Budget, Olivier Demanet, un budget « de rabot » qui gèle pendant deux ans les recrutements dans l'administration régionale et réduit de nonante millions les aides aux communes pour leurs voiries.",
  "Le ministre a répondu que la Région « ne peut plus emprunter pour payer ses fins de mois »."),
 ("vote-budget-parlement-wallonie-h115", NDIR, "fr", 3, 35, 900, [NA, P], "",
  "Devant l'ancien hospice Saint-Gilles, les syndicats de la fonction publique manifestent",
  "Quelque huit cents agents du Service public de Wallonie se sont rassemblés mercredi en fin d'après-midi au pied de l'ancien hospice Saint-Gilles, siège du Parlement de Wallonie, pour dénoncer le gel des recrutements prévu par le budget régional.",
  "Les manifestants se sont dispersés vers 19 h 30 sans incident, selon la police de Namur."),
 ("vote-budget-parlement-wallonie-h115", BEL, "fr", 3, 340, 1900, [WAL, P], "publie",
  "Le Parlement wallon adopte le budget 2028",
  "Le Parlement de Wallonie a adopté peu avant minuit le budget 2028 de la Région par 47 voix contre 28, au terme d'un débat de trois jours marqué par les critiques de l'opposition sur le gel des recrutements et la baisse des aides aux communes.",
  "Le gouvernement promet un retour à l'équilibre en 2032.",
  {"site": "Belga", "date_fr": "23 déc"}),
 ("vote-budget-parlement-wallonie-h115", ELUS, "fr", 3, 470, 700, [WAL, P], "",
  "Ce que le budget régional change pour les communes wallonnes",
  "Le fonds régional des voiries communales passe de 210 à 120 millions d'euros, les communes devront attendre 2029 pour les nouveaux subsides aux crèches, et le plan de rénovation des écoles est étalé sur huit ans au lieu de cinq.",
  "Plusieurs bourgmestres craignent de devoir augmenter le précompte immobilier dès 2029."),
 ("vote-budget-parlement-wallonie-h115", EUR, "en", 3, 560, 300, ["Europe", "Belgium"], "updated",
  "Belgium's Wallonia region passes austerity budget",
  "The parliament of Wallonia, Belgium's French-speaking southern region, approved a 2028 budget late on Wednesday that freezes public-sector hiring for two years and cuts grants to municipalities, as the region tries to rein in a deficit of 2.1 billion euros.",
  "Wallonia's debt has more than doubled in ten years.",
  {"site": "Euro Ledger"}),

 # 2. Charleroi's communal council votes to close two municipal swimming pools.
 ("vote-piscines-conseil-charleroi-h115", CACT, "fr", 2, 150, 1200, [CH, P], "",
  "Charleroi : le conseil communal vote la fermeture des piscines de Marcinelle et de Gosselies",
  "Le conseil communal de Charleroi a voté mercredi soir, par 29 voix contre 18, la fermeture en juin 2028 des piscines communales de Marcinelle et de Gosselies, jugées trop vétustes et trop coûteuses à chauffer.",
  "La Ville promet un nouveau bassin olympique à la Ville-Haute pour 2030."),
 ("vote-piscines-conseil-charleroi-h115", RAD, "fr", 2, 75, 900, [CH, P], "",
  "Piscines : le bourgmestre assume « une décision de bon père de famille »",
  "Invité de Radio Sambre avant la séance du conseil communal, le bourgmestre de Charleroi, Hugues Delvaux, a défendu mercredi la fermeture de deux piscines communales, qui coûtent selon lui 2,3 millions d'euros par an à la Ville.",
  f"{QUOTE}, a-t-il déclaré, promettant que les écoles garderaient leurs heures de natation dans le nouveau bassin."),

 # 3. Bus drivers' strike at the TWS Jumet depot after an assault on a driver.
 ("greve-bus-tws-charleroi-h115", CACT, "fr", 3, 90, 2400, [CH, T, FD], "",
  "Un chauffeur de bus agressé à Charleroi, ses collègues arrêtent le travail",
  "Un chauffeur des Transports wallons du Sud (TWS) a été frappé au visage par deux passagers mercredi vers 19 heures sur la ligne 52 à Marchienne-au-Pont, et ses collègues du dépôt de Jumet ont aussitôt cessé le travail.",
  "Le chauffeur, âgé de 44 ans, a été conduit au Centre hospitalier Sambre-Charleroi avec une fracture du nez."),
 ("greve-bus-tws-charleroi-h115", SAM, "fr", 3, 200, 1500, [CH, T], "",
  "Agression sur la ligne 52 : les deux auteurs en fuite, le parquet ouvre une enquête",
  "Les deux hommes qui ont frappé un chauffeur des TWS à Marchienne-au-Pont après avoir refusé de présenter leur titre de transport ont pris la fuite à pied, et le parquet de Charleroi a ouvert une enquête pour coups et blessures.",
  "Les images des caméras embarquées ont été saisies par la police de Charleroi."),
 ("greve-bus-tws-charleroi-h115", TV, "fr", 3, 260, 1100, [CH, T], "",
  "Au dépôt de Jumet, « on ne repartira pas sans agents de sécurité »",
  "Réunis toute la soirée au dépôt de Jumet, les chauffeurs des TWS réclament la présence d'agents de sécurité à bord des bus du soir sur les lignes de Marchienne et de Dampremy, où ils disent être insultés chaque semaine.",
  "« La semaine dernière c'était un crachat, ce soir c'est un nez cassé », résume un délégué syndical."),
 ("greve-bus-tws-charleroi-h115", RAD, "fr", 3, 180, 1300, [CH, T], "",
  "Agression d'un chauffeur : le bourgmestre demande des patrouilles dans les bus",
  "Le bourgmestre de Charleroi, Hugues Delvaux, a demandé mercredi soir sur Radio Sambre que la police locale patrouille dans les bus des TWS après 19 heures, au lendemain de l'agression d'un chauffeur à Marchienne-au-Pont.",
  f"{QUOTE}, a-t-il lancé, en assurant les grévistes de son soutien."),
 ("greve-bus-tws-charleroi-h115", SAM, "fr", 3, 600, 2000, [CH, T], "",
  "Grève aux TWS : aucun bus ni métro léger ce jeudi matin à Charleroi",
  "Aucun bus et aucune rame du métro léger ne circuleront jeudi matin dans la région de Charleroi, les chauffeurs des dépôts de Jumet, Genson et Couillet ayant rejoint l'arrêt de travail de leurs collègues, a annoncé la direction des TWS.",
  "Les abonnés sont invités à se renseigner sur le site de l'opérateur ; les trains de la SNCB circulent normalement vers Bruxelles et Namur."),
 ("greve-bus-tws-charleroi-h115", BPOST, "en", 3, 640, 400, ["Belgium"], "",
  "Charleroi buses and light metro halted after driver assaulted",
  "Public transport in Belgium's Charleroi came to a halt on Thursday morning as bus and light metro drivers walked out after a colleague was beaten by two passengers on Wednesday evening, the operator TWS said.",
  "Unions are demanding security staff on evening buses.",
  {"site": "Belgium Post"}),
 ("greve-bus-tws-charleroi-h115", BEL, "fr", 3, 690, 1200, [CH, T], "",
  "Les TWS reçoivent les syndicats à 9 heures",
  "La direction des Transports wallons du Sud recevra les représentants des chauffeurs jeudi à 9 heures au siège de la société à Charleroi, avec une proposition de renfort de la sécurité sur les lignes du soir, a indiqué un porte-parole.",
  "Les syndicats n'excluent pas de prolonger l'arrêt de travail jusqu'à vendredi."),

 # 4. Prison guards' 24-hour strike at Jamioulx against overcrowding.
 ("greve-prison-jamioulx-h115", PRIS, "fr", 2, 100, 800, [CH, J], "",
  "Prison de Jamioulx : les agents pénitentiaires en grève de 24 heures dès 22 heures",
  "Les agents pénitentiaires de la prison de Jamioulx entament mercredi à 22 heures une grève de vingt-quatre heures pour dénoncer la surpopulation de l'établissement, qui compte 381 détenus pour 268 places, selon le front commun syndical.",
  "Des matelas sont posés au sol dans une soixantaine de cellules."),
 ("greve-prison-jamioulx-h115", BEL, "fr", 2, 250, 700, [CH, J], "actu",
  "Jamioulx : la police prend le relais des gardiens grévistes",
  "Une cinquantaine de policiers de la zone de Charleroi et de la police fédérale assurent depuis mercredi 22 heures le service minimum à la prison de Jamioulx, où les agents ont cessé le travail comme annoncé.",
  "Les visites, les préaux et les activités sont suspendus jusqu'à jeudi soir."),
 ("greve-prison-jamioulx-h115", SAM, "fr", 2, 480, 600, [CH, J], "",
  "Surpopulation carcérale : « trois hommes dans neuf mètres carrés »",
  "Dans l'aile B de la prison de Jamioulx, trois détenus partagent depuis des mois des cellules prévues pour un seul, un matelas au sol, raconte un agent qui y travaille depuis quinze ans et dénonce des tensions quotidiennes.",
  "Le ministre de la Justice a promis une nouvelle prison à Charleroi, qui ne sera pas prête avant 2031."),
 ("greve-prison-jamioulx-h115", WW, "en", 2, 520, 200, ["Europe", "Belgium"], "reuters",
  "Belgian prison guards strike over overcrowding",
  "Guards at Jamioulx prison in southern Belgium began a 24-hour strike on Wednesday night to protest against overcrowding, with police called in to run the jail, unions said.",
  "Belgium's prisons hold about 13,500 inmates for 11,000 places.",
  {"city": "Brussels", "date_en": "Dec 22"}),

 # 2 (continued). The swimmers' reaction.
 ("vote-piscines-conseil-charleroi-h115", SAM, "fr", 2, 300, 600, [CH], "",
  "Marcinelle : les nageurs du matin refusent de « perdre leur bassin »",
  "Les habitués de la piscine de Marcinelle, dont un club de plongée et une école de natation pour enfants, ont annoncé mercredi soir une pétition après le vote du conseil communal, rappelant que le futur bassin de la Ville-Haute ne sera pas ouvert avant trois ans.",
  "Le club redoute de devoir s'entraîner à Châtelet ou à Thuin."),

 # 4 (continued). The shared byline line.
 ("greve-prison-jamioulx-h115", BEL, "fr", 2, 671, 500, [CH, J], "reuters_line",
  "Grève à Jamioulx : les avocats dénoncent des audiences reportées",
  "Plusieurs audiences prévues jeudi au palais de justice de Charleroi devront être reportées faute d'extraction des détenus de Jamioulx, où les agents pénitentiaires font grève, a regretté l'ordre des avocats.",
  "Le front commun syndical réclame l'ouverture rapide d'un centre de détention provisoire."),

 # 5. Fire at a plastics recycling plant in Fleurus; black smoke, residents told to close windows.
 ("incendie-recyclage-fleurus-h115", FLEU, "fr", 3, 20, 2600, [CH, FD], "",
  "Fleurus : un violent incendie ravage une entreprise de recyclage",
  "Un violent incendie s'est déclaré mercredi vers 18 h 45 dans un hangar de stockage de plastiques de l'entreprise Recyplast Sambre, dans le zoning industriel de Fleurus, dégageant un épais panache de fumée noire visible depuis Charleroi.",
  "Une septantaine de pompiers de la zone de secours Hainaut-Est sont sur place."),
 ("incendie-recyclage-fleurus-h115", BEL, "fr", 3, 110, 1800, [CH, FD], "caption",
  "Incendie à Fleurus : les riverains invités à fermer portes et fenêtres",
  "La commune de Fleurus a demandé mercredi soir aux habitants des quartiers proches du zoning et de Farciennes de garder portes et fenêtres fermées et de couper leur ventilation, le temps que les mesures de qualité de l'air soient analysées.",
  "Le feu ne présente pas de danger d'extension aux entreprises voisines, selon les pompiers.",
  {"site": "Belga", "caption": "Le panache de fumée noire de l'incendie du zoning de Fleurus, vu depuis la route de Wanfercée-Baulet, le mercredi 22 décembre 2027 au soir."}),
 ("incendie-recyclage-fleurus-h115", SAM, "fr", 3, 300, 1200, [CH, FD], "",
  "Recyplast Sambre : un pompier légèrement blessé, le feu maîtrisé dans la nuit",
  "Le feu qui a détruit mercredi soir le hangar de Recyplast Sambre a été maîtrisé vers 1 heure, après six heures de lutte, et un pompier légèrement blessé à la main a été soigné au Centre hospitalier Sambre-Charleroi.",
  "Les pompiers arroseront le foyer toute la journée de jeudi ; l'avis de confinement a été levé à minuit."),
 ("incendie-recyclage-fleurus-h115", APL, "en", 3, 350, 500, ["Europe", "Belgium"], "ap",
  "Huge blaze at Belgian recycling plant sends black smoke over Charleroi",
  "A fire tore through a plastics recycling warehouse in the Belgian town of Fleurus on Wednesday evening, sending a thick column of black smoke over the Charleroi area and prompting officials to tell residents to keep their windows shut.",
  "No one was seriously hurt, firefighters said.",
  {"city": "Fleurus"}),
 ("incendie-recyclage-fleurus-h115", ECO, "fr", 3, 560, 700, [CH, E], "",
  "Recyplast Sambre avait déjà été mise en demeure pour ses stocks",
  "L'entreprise de recyclage dont le hangar a brûlé à Fleurus avait été mise en demeure au printemps par la Région de réduire ses stocks de balles de plastique, qui dépassaient de moitié ce qu'autorise son permis d'environnement.",
  "Son directeur assure que la quantité stockée était revenue sous la limite en septembre ; les quarante-deux ouvriers sont en chômage temporaire."),

 # 6. Deadly flat fire in Jambes (Namur): one dead, 4 -> 6 intoxicated.
 ("incendie-appartement-jambes-h115", NDIR, "fr", 3, 230, 1800, [NA, FD], "",
  "Jambes : un mort dans l'incendie d'un appartement",
  "Un homme de 67 ans est mort mercredi soir dans l'incendie de son appartement au troisième étage d'un immeuble de l'avenue Prince de Liège, à Jambes, et quatre voisins ont été incommodés par les fumées, a indiqué la zone de secours NAGE.",
  "Une trentaine d'habitants ont été évacués par les pompiers."),
 ("incendie-appartement-jambes-h115", GAZ, "fr", 3, 430, 1300, [NA, FD], "",
  "Incendie mortel à Jambes : six voisins hospitalisés",
  "Six habitants de l'immeuble de l'avenue Prince de Liège, et non quatre, ont finalement été conduits au CHR Namur-Meuse après avoir inhalé des fumées, dont un enfant de cinq ans gardé en observation, a précisé jeudi matin l'hôpital.",
  "L'occupant de l'appartement où le feu a pris, un retraité vivant seul, a été retrouvé sans vie dans sa chambre."),
 ("incendie-appartement-jambes-h115", TV, "fr", 3, 500, 900, [NA, FD], "teaser",
  "Avenue Prince de Liège, les voisins racontent la nuit où l'escalier s'est rempli de fumée",
  "Réveillés par les détecteurs et par les cris dans l'escalier envahi de fumée, les habitants des étages supérieurs ont attendu sur leurs balcons que les pompiers les évacuent à l'échelle, racontent-ils.",
  "« On ne voyait plus la main devant soi », raconte une mère de famille du quatrième étage."),
 ("incendie-appartement-jambes-h115", NDIR, "fr", 3, 620, 700, [NA], "",
  "Après l'incendie, l'immeuble de Jambes reste inhabitable",
  "L'immeuble de l'avenue Prince de Liège a été déclaré provisoirement inhabitable par la Ville de Namur, et le CPAS a relogé pour la nuit onze familles à l'hôtel et chez des proches.",
  "Le parquet de Namur a désigné un expert ; un appareil électrique pourrait être à l'origine du feu."),

 # 7. Corruption verdict: the former alderman of public works of Sambreville.
 ("proces-echevin-sambreville-corruption-h115", CHRON, "fr", 2, 10, 1000, [NA, J], "",
  "Corruption à Sambreville : l'ancien échevin des Travaux condamné",
  "Le tribunal correctionnel de Namur a condamné mercredi l'ancien échevin des Travaux de Sambreville, Christian Wauthier, à deux ans de prison avec sursis et 24 000 euros d'amende pour avoir touché des pots-de-vin d'un entrepreneur de voirie entre 2019 et 2022.",
  "L'entrepreneur, qui a reconnu les faits, a écopé de dix-huit mois avec sursis."),
 ("proces-echevin-sambreville-corruption-h115", BEL, "fr", 2, 80, 700, [NA, J], "ats",
  "Pots-de-vin pour des chantiers de voirie : deux ans avec sursis pour un ex-échevin",
  "Un ancien mandataire communal de Sambreville a été reconnu coupable de corruption passive par le tribunal de Namur, qui a jugé établi qu'il avait reçu des travaux gratuits dans sa maison en échange de marchés de réfection de trottoirs.",
  "Il devra aussi rembourser 61 000 euros à la commune.",
  {"city": "Namur"}),
 ("proces-echevin-sambreville-corruption-h115", ELUS, "fr", 2, 380, 500, [NA, P], "",
  "Christian Wauthier, de la tribune du conseil communal au banc des prévenus",
  "Élu pendant dix-huit ans à Sambreville et longtemps pressenti pour devenir bourgmestre, Christian Wauthier avait quitté ses fonctions en 2022, quelques jours après une perquisition à son domicile d'Auvelais.",
  "Son avocat a annoncé qu'il ferait appel."),
 ("proces-echevin-sambreville-corruption-h115", SAM, "fr", 2, 450, 400, [CH, P], "",
  "À Auvelais, le jugement ravive la colère des riverains des trottoirs jamais finis",
  "Des habitants d'Auvelais dont les trottoirs sont restés éventrés pendant des mois estiment que le jugement rendu à Namur « donne enfin raison » à ceux qui dénonçaient des chantiers bâclés et facturés deux fois.",
  "La commune a lancé un audit de tous les marchés de voirie conclus avant 2022."),

 # 8. Assizes of the province of Namur: the trial of a man accused of killing his neighbour in Dinant.
 ("assises-namur-meurtre-voisin-dinant-h115", CHRON, "fr", 2, 140, 900, [NA, J], "",
  "Assises de Namur : le jury constitué pour le procès du meurtre de Bouvignes",
  "Le jury de la cour d'assises de la province de Namur a été tiré au sort mercredi pour le procès de Marcel Houyoux, 71 ans, accusé d'avoir tué par balle son voisin Patrick Lecrenier à Bouvignes-sur-Meuse, dans la commune de Dinant, en mai 2026.",
  "Les débats s'ouvrent jeudi à 9 heures au palais de justice de Namur et doivent durer deux semaines."),
 ("assises-namur-meurtre-voisin-dinant-h115", DIN, "fr", 2, 280, 700, [NA, J], "",
  "Procès Houyoux : quinze ans de conflit pour une haie et un chemin",
  "Entre Marcel Houyoux et Patrick Lecrenier, la querelle avait commencé en 2011 à propos d'une haie de thuyas et d'un chemin d'accès commun, et avait donné lieu à une dizaine de plaintes réciproques avant le coup de fusil de mai 2026.",
  "La fille de la victime sera la première témoin entendue."),
 ("assises-namur-meurtre-voisin-dinant-h115", BEL, "fr", 2, 400, 500, [NA, J], "",
  "Cour d'assises : l'accusé de Bouvignes plaidera l'absence d'intention de tuer",
  "La défense de Marcel Houyoux, qui a reconnu avoir tiré, plaidera devant le jury que le septuagénaire voulait seulement effrayer son voisin et qu'il n'avait pas l'intention de le tuer, a indiqué son avocat mercredi soir.",
  "L'acte d'accusation sera lu jeudi matin par l'avocat général."),
 ("assises-namur-meurtre-voisin-dinant-h115", DIN, "fr", 2, 590, 400, [NA], "",
  "À Bouvignes, la rue attend le procès en silence",
  "Dans la rue de Bouvignes où vivaient les deux hommes, les voisins refusent pour la plupart de parler, mais tous disent que le quartier n'a jamais vraiment retrouvé le calme depuis le drame.",
  "La maison de la victime a été vendue l'an dernier."),

 # 9. Fog pileup on the E42 between Sombreffe and Fleurus: one dead (police) -> two (parquet).
 ("carambolage-e42-brouillard-fleurus-h115", FLEU, "fr", 3, 170, 3300, [CH, T, FD], "",
  "Carambolage dans le brouillard sur l'E42 à Fleurus : un mort",
  "Une personne a été tuée et onze autres blessées mercredi vers 21 h 30 dans un carambolage impliquant dix-neuf véhicules, dont trois camions, sur l'autoroute E42 en direction de Charleroi, entre les sorties de Sombreffe et de Fleurus, dans un épais brouillard, selon la police de la route.",
  "L'autoroute est fermée dans les deux sens entre Sombreffe et Fleurus."),
 ("carambolage-e42-brouillard-fleurus-h115", QW, "fr", 3, 240, 2400, [WAL, T], "caption",
  "E42 : une collision en chaîne sur deux kilomètres",
  "Les véhicules se sont encastrés les uns dans les autres sur près de deux kilomètres après qu'un camion a freiné brusquement dans un banc de brouillard, avec une visibilité réduite à une trentaine de mètres, ont raconté des témoins.",
  "La police de la route demande aux personnes qui ont filmé la scène de prendre contact avec elle.",
  {"site": "Le Quotidien wallon", "caption": "Des véhicules accidentés sur l'autoroute E42 entre Sombreffe et Fleurus, dans le brouillard, le mercredi 22 décembre 2027 au soir."}),
 ("carambolage-e42-brouillard-fleurus-h115", BEL, "fr", 3, 555, 2700, [WAL, T], "actu",
  "Carambolage de l'E42 : le bilan passe à deux morts",
  "Un deuxième automobiliste, grièvement blessé dans le carambolage de l'E42, est décédé dans la nuit au Centre hospitalier Sambre-Charleroi, a annoncé jeudi à l'aube le parquet de Charleroi, qui a ouvert une enquête.",
  "Des onze blessés, quatre ont été transportés au CHR Namur-Meuse et sept à Charleroi ; trois restent dans un état grave."),
 ("carambolage-e42-brouillard-fleurus-h115", WW, "en", 3, 600, 900, ["Europe", "Belgium"], "reuters",
  "Two killed in fog pileup on Belgian motorway",
  "Two people were killed and nine injured when 19 vehicles crashed in thick fog on the E42 motorway near Charleroi in southern Belgium on Wednesday night, prosecutors said on Thursday.",
  "The motorway links Liege and Namur to Mons and the French border.",
  {"city": "Brussels", "date_en": "Dec 23"}),
 ("carambolage-e42-brouillard-fleurus-h115", QW, "fr", 3, 650, 1400, [WAL, T], "",
  "Brouillard : pourquoi ce tronçon de l'E42 piège les automobilistes",
  "Entre Sombreffe et Fleurus, l'autoroute E42 traverse une plaine humide où le brouillard se forme très vite les soirs d'hiver sans vent, et aucun panneau à message variable n'y avertit les conducteurs, alors que la Région en promet depuis 2019.",
  "La Sofico indique que l'E42 a été rouverte vers 5 heures en direction de Namur, mais pas encore vers Charleroi.",
  {"site": "Le Quotidien wallon"}),
 ("carambolage-e42-brouillard-fleurus-h115", TV, "fr", 3, 680, 1000, [CH, T], "",
  "« J'ai entendu les chocs derrière moi sans rien voir » : les rescapés de l'autoroute racontent",
  "Sortis indemnes de leurs voitures coincées entre deux camions, plusieurs automobilistes ont attendu plus d'une heure sur le bas-côté, dans le froid et le brouillard, que les secours dégagent les blessés.",
  "Des riverains de Ligny leur ont apporté des couvertures et du café."),

 # 10. Car hit by a train at a level crossing in Floreffe: driver killed.
 ("passage-niveau-floreffe-train-h115", NDIR, "fr", 2, 55, 1400, [NA, T, FD], "",
  "Floreffe : une voiture percutée par un train au passage à niveau, le conducteur tué",
  "Un automobiliste de 58 ans a été tué mercredi vers 19 h 50 lorsque sa voiture a été percutée par un train omnibus au passage à niveau de la rue de la Gare, à Floreffe, sur la ligne Namur-Charleroi.",
  "Sa passagère, grièvement blessée, a été transportée au CHR Namur-Meuse."),
 ("passage-niveau-floreffe-train-h115", BEL, "fr", 2, 130, 800, [NA, T], "",
  "Trafic ferroviaire interrompu entre Namur et Charleroi après un accident",
  "Le trafic ferroviaire a été interrompu pendant trois heures mercredi soir entre Namur et Tamines après qu'un train a heurté une voiture à un passage à niveau de Floreffe, a indiqué Infrabel, et des bus ont été mis en place pour les voyageurs.",
  "Le trafic a repris vers 23 heures ; aucun des septante voyageurs du train n'a été blessé."),
 ("passage-niveau-floreffe-train-h115", GAZ, "fr", 2, 420, 600, [NA, T], "",
  "Passage à niveau de Floreffe : les riverains réclamaient un feu depuis des années",
  "Les habitants de la rue de la Gare à Floreffe affirment que les barrières du passage à niveau se baissent parfois trop tard et qu'ils avaient signalé le problème à la commune et au gestionnaire du rail à plusieurs reprises.",
  "Infrabel indique que l'installation a été contrôlée en octobre et qu'une enquête est en cours."),

 # 11. Flu wave: the CHR Namur-Meuse postpones non-urgent operations and limits visits.
 ("grippe-chr-namur-meuse-h115", SANTE, "fr", 2, 160, 900, [NA, SA], "",
  "Grippe : le CHR Namur-Meuse reporte les opérations non urgentes",
  "Confronté à une vague de grippe qui remplit ses lits de médecine interne, le CHR Namur-Meuse reporte à partir de jeudi toutes les opérations non urgentes et limite les visites à une personne par patient, a annoncé sa direction mercredi soir.",
  "Quatre-vingt-deux patients atteints de la grippe y sont hospitalisés, dont neuf aux soins intensifs."),
 ("grippe-chr-namur-meuse-h115", NDIR, "fr", 2, 330, 700, [NA, SA], "",
  "Urgences sous tension à Namur, entre la grippe et les accidents de la nuit",
  "Les urgences du CHR Namur-Meuse, déjà saturées par la grippe, ont aussi accueilli mercredi soir des victimes de l'incendie de Jambes et du carambolage de l'E42, et certains patients ont attendu plus de six heures sur un brancard.",
  "L'hôpital demande de privilégier le médecin généraliste ou le poste de garde pour les cas non graves."),
 ("grippe-chr-namur-meuse-h115", SANTE, "fr", 2, 520, 500, [WAL, SA], "",
  "Grippe : la Wallonie au-dessus du seuil épidémique depuis dix jours",
  "Avec 212 consultations pour syndrome grippal pour 100 000 habitants la semaine dernière, la Wallonie a franchi depuis dix jours le seuil épidémique, plus tôt que lors des trois hivers précédents, selon l'institut de santé publique.",
  "Les médecins recommandent encore la vaccination aux plus de 65 ans et aux personnes fragiles."),
 ("grippe-chr-namur-meuse-h115", BEL, "fr", 2, 674, 500, [NA, SA], "reuters_line",
  "Hôpitaux : le réseau namurois active son plan hivernal",
  "Les hôpitaux du réseau namurois ont activé jeudi leur plan hivernal, qui permet d'ouvrir trente lits supplémentaires et de rappeler du personnel en congé, en raison de l'épidémie de grippe.",
  "Les consultations non urgentes sont maintenues."),

 # 12. Fog: flights diverted and cancelled at Charleroi airport.
 ("brouillard-aeroport-charleroi-vols-h115", AERO, "fr", 2, 190, 1300, [CH, T], "",
  "Brouillard à l'aéroport de Charleroi : 23 vols déroutés ou annulés",
  "Le brouillard givrant qui est tombé mercredi soir sur le sud du pays a contraint l'aéroport de Charleroi à dérouter ou annuler 23 vols entre 20 heures et minuit, privant quelque 4 000 passagers de leur départ ou de leur arrivée avant Noël.",
  "Les avions de la compagnie Skylow ont été déroutés vers Liège, Lille et Maastricht."),
 ("brouillard-aeroport-charleroi-vols-h115", CACT, "fr", 2, 290, 1000, [CH, T], "lire",
  "Vols annulés à Gosselies : des centaines de voyageurs passent la nuit au terminal",
  "Plusieurs centaines de voyageurs dont le vol vers l'Espagne, le Maroc ou l'Italie a été annulé ont passé la nuit sur des lits de camp dans le terminal de l'aéroport de Charleroi, à Gosselies, en attendant un départ jeudi.",
  "La Croix-Rouge a distribué couvertures et boissons chaudes.",
  {"also": "Carambolage dans le brouillard sur l'E42 à Fleurus : un mort"}),
 ("brouillard-aeroport-charleroi-vols-h115", AVW, "en", 2, 380, 300, ["Aviation"], "",
  "Fog strands thousands at Brussels low-cost airport",
  "Freezing fog forced the diversion or cancellation of 23 flights at Charleroi airport, south of Brussels, on Wednesday evening, leaving about 4,000 passengers stranded two days before Christmas.",
  "Low-cost carrier Skylow said it would add two extra flights on Thursday.",
  {"site": "Aviation Wire"}),
 ("brouillard-aeroport-charleroi-vols-h115", AERO, "fr", 2, 580, 700, [CH, T], "",
  "Aéroport de Charleroi : quels droits pour les passagers de vols annulés",
  "Un passager dont le vol est annulé a droit au remboursement ou à un réacheminement, ainsi qu'à des repas et à un hôtel si l'attente se prolonge, mais le brouillard étant une circonstance extraordinaire, la compagnie ne lui doit pas d'indemnité forfaitaire.",
  "Conservez toutes vos factures et demandez une attestation d'annulation au comptoir."),
 ("brouillard-aeroport-charleroi-vols-h115", BPOST, "en", 2, 660, 400, ["Belgium", "Travel"], "",
  "Charleroi airport flights resume after foggy night",
  "Flights resumed at Charleroi airport early on Thursday after freezing fog lifted, though the airport warned of delays through the morning as airlines brought back planes diverted to Liege and Lille.",
  "Passengers were advised to check their flight status before travelling.",
  {"site": "Belgium Post"}),

 # 13-16. Promo alone; filler: the football result, the weather bulletin, the lottery draw.
 ("promo-gazette-mosane-numerique-h115", GAZ, "fr", 0, 400, 40, ["Promo"], "",
  "La Gazette mosane : vos fêtes avec l'édition numérique à moitié prix",
  "Abonnez-vous à La Gazette mosane numérique avant le 31 décembre et profitez de six mois à moitié prix pour suivre toute l'actualité de Namur, de Charleroi et de la vallée de la Meuse.",
  "Offre réservée aux nouveaux abonnés."),
 ("foot-coupe-charleroi-courtrai-h115", FOOT, "fr", 0, 210, 1100, ["Sport"], "",
  "Coupe de Belgique : l'Olympique carolo élimine Courtrai aux tirs au but",
  "L'Olympique carolo s'est qualifié mercredi soir pour les quarts de finale de la Coupe de Belgique en battant Courtrai aux tirs au but (1-1, 5-4 t.a.b.), grâce à deux arrêts de son gardien Sébastien Hanquet.",
  "Les Carolos recevront le vainqueur d'Anvers-Genk en janvier."),
 ("foot-coupe-charleroi-courtrai-h115", SAM, "fr", 0, 250, 500, ["Sport"], "",
  "Foot : les Carolos en quarts de finale de la Coupe",
  "Tenue en échec par Courtrai (1-1) après prolongation, l'Olympique carolo a arraché sa qualification aux tirs au but mercredi au stade du Pays de Charleroi.",
  ""),
 ("meteo-wallonie-jeudi-23-decembre-h115", METEO, "fr", 0, 700, 600, ["Météo"], "",
  "Météo du jeudi 23 décembre : brouillard givrant le matin, grisaille l'après-midi",
  "Des bancs de brouillard givrant se formeront encore jeudi matin sur la Hesbaye, l'Entre-Sambre-et-Meuse et le sillon Sambre-et-Meuse, avant un ciel gris l'après-midi et des maxima de 2 à 4 degrés.",
  "Quelques flocons sont possibles sur le plateau ardennais dans la nuit de jeudi à vendredi."),
 ("lotto-tirage-22-decembre-h115", LOTO, "fr", 0, 150, 700, ["Loterie"], "",
  "Lotto : les numéros du tirage de mercredi",
  "Les numéros gagnants du tirage du Lotto de ce mercredi 22 décembre sont le 5, le 12, le 19, le 27, le 33 et le 41, avec le 8 comme numéro bonus.",
  "Un joueur du Hainaut remporte le rang 1 et 1,8 million d'euros."),
]
