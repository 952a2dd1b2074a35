/*
 * digest_fixtures: one invented news day for the selection tests, the
 * evening selection of a Breton news channel on Thursday 26 November 2026
 * (window 07:00-19:00 Europe/Paris). Every outlet, person, company and
 * number here is made up for these tests; the places and institutions are
 * real so that the French/English alias table has something to do.
 *
 * The stories, by the seqs that tell them:
 *   storm    Storm Bérénice hits Brittany: a red warning, three "En direct"
 *            updates with growing outage figures, and the same news from
 *            four other outlets in French and English, plus a follow-up on
 *            school closures (101 107 109 116 120 127 132 136 140)
 *   strike   SNCF rail strike, national, regional and English, and its
 *            renewal in the evening (102 112 114 150)
 *   outage   Orvane telecom outage, FR, EN and the channel's own update
 *            (108 117 126)
 *   ecb      the ECB raises its deposit rate, EN wire, FR business press and
 *            a French explainer for borrowers (130 131 134)
 *   climate  UN emissions report, EN, FR and an EN follow-up (104 113 143)
 *   nato     NATO air defences on the eastern flank (106 118 128)
 *   budget   French National Assembly votes the revenue half of the budget
 *            (111 137)
 *   farm     US Senate farm aid package (122 124 146)
 *   fishing  UK-EU fishing quotas in the Channel (125 133)
 * and single posts: a coach signing (119), housing prices (121), flu (138),
 * the Paris stock market after the ECB (141: shares only "BCE" with the ECB
 * story, so it must stay apart), a shipyard order (145), Royal Mail (144),
 * and low-importance filler (horoscope, Christmas market, recipe, walks,
 * crossword, contest, gardening, pictures, road works, TV, lottery).
 * Bodies carry photo credits, bylines, "Lire aussi" / "Read also" lines
 * that name other stories, and promotional footers.
 */
#ifndef CRIER_DIGEST_FIXTURES_H
#define CRIER_DIGEST_FIXTURES_H

#include <stdint.h>

/* 2026-11-26 07:00 Europe/Paris (UTC+1) and 19:00. */
#define FX_WINDOW_START 1795672800000LL
#define FX_WINDOW_END 1795716000000LL
#define FX_AUDIENCE 20000

#define FX_VIGIE "https://www.vigie-ouest.fr/"
#define FX_COURRIER "https://lecourrier-national.fr/"
#define FX_ECO "https://eco-hebdo.fr/"
#define FX_CLIMAT "https://planete-climat.fr/"
#define FX_CHANNEL "https://www.channelpost.co.uk/"
#define FX_ATLANTIC "https://atlanticherald.com/"
#define FX_WIRE "https://eurowire.net/"

struct fx_post {
    int64_t seq;
    int hh, mm;         /* local time, 26 November 2026 */
    const char *source; /* a URL prefix, or NULL for the channel's own desk */
    const char *path;
    const char *lang;
    int importance;
    int64_t views;
    const char *tags[2];
    const char *title;
    const char *body;
};

/* clang-format off */
static const struct fx_post fx_day[] = {
{101, 7, 5, FX_VIGIE, "meteo/tempete-berenice-vigilance-rouge", "fr", 2, 2600, {"meteo", NULL},
 "Tempête Bérénice : le Finistère et le Morbihan en vigilance rouge",
 "![Les vagues à la pointe du Raz, mercredi soir.](https://img.vigie-ouest.fr/raz.jpg)\n"
 "© Loïc Kervella / Vigie Ouest\n\n"
 "Météo-France a placé jeudi à 6 heures le Finistère et le Morbihan en vigilance rouge pour "
 "vents violents, avant l'arrivée de la tempête Bérénice sur la Bretagne. Des rafales de "
 "170 km/h sont attendues sur le littoral en fin de matinée.\n\n"
 "La préfecture demande aux habitants de limiter leurs déplacements et de rentrer le "
 "mobilier de jardin. Les liaisons maritimes vers les îles sont suspendues.\n\n"
 "**Lire aussi** : [Grève à la SNCF : les prévisions de trafic pour jeudi](https://www.vigie-ouest.fr/greve)\n\n"
 "*Suivez toute l'actualité de la Bretagne sur l'application Vigie Ouest.*"},

{102, 7, 20, FX_COURRIER, "social/greve-sncf-jeudi", "fr", 2, 3100, {"social", "transports"},
 "Grève à la SNCF : un TGV sur deux circule ce jeudi",
 "Par Claire Morvan\n\n"
 "La SNCF prévoit de faire circuler un TGV sur deux et deux TER sur cinq ce jeudi, au premier "
 "jour de la grève reconductible lancée par la CGT-Cheminots et SUD-Rail contre la fermeture "
 "de quatre ateliers de maintenance. Le trafic des Intercités est très perturbé.\n\n"
 "Les syndicats dénoncent la suppression de 1\u202f200 postes d'ici 2029. La direction assure "
 "que les salariés concernés seront reclassés.\n\n"
 "Lire aussi : Retraites, salaires : le calendrier social de l'hiver\n\n"
 "Abonnez-vous à notre lettre d'information pour recevoir l'essentiel de l'actualité."},

{103, 7, 35, NULL, NULL, "fr", 0, 900, {"loisirs", NULL},
 "Horoscope du jeudi 26 novembre",
 "Bélier : une rencontre inattendue bouscule vos projets de la journée. Taureau : prenez le "
 "temps de souffler avant le week-end."},

{104, 7, 50, FX_ATLANTIC, "climate/un-emissions-gap-report", "en", 2, 1400, {"climat", "international"},
 "UN report warns world is on track for 2.9C of warming",
 "By Hannah Whitlock, Environment correspondent\n\n"
 "The world is on course for 2.9C of warming this century unless governments deepen their "
 "emission cuts, the UN Environment Programme said in its annual emissions gap report on "
 "Thursday. China, the United States and India together account for more than half of "
 "global emissions, the report found.\n\n"
 "Read also: The towns learning to live with rising seas\n\n"
 "Sign up for our weekly climate newsletter."},

{105, 8, 10, FX_VIGIE, "quimper/marche-de-noel", "fr", 0, 700, {"local", NULL},
 "Quimper : le marché de Noël ouvrira samedi place Saint-Corentin",
 "Une soixantaine de chalets s'installeront samedi place Saint-Corentin pour le marché de "
 "Noël de Quimper. Une patinoire éphémère sera ouverte jusqu'au 4 janvier."},

{106, 8, 25, FX_WIRE, "world/nato-air-defence", "en", 2, 800, {"international", "defense"},
 "NATO defence ministers agree to bolster air defences on eastern flank",
 "Photo: Eurowire / Jonas Berg\n\n"
 "NATO defence ministers meeting in Brussels agreed on Thursday to deploy additional "
 "air-defence batteries to Poland, Lithuania and Romania, the alliance said. The "
 "systems are due to be in place before the end of March.\n\n"
 "Allies also pledged to raise ammunition output by 30% next year."},

{107, 8, 40, FX_VIGIE, "meteo/direct-tempete-berenice-45000", "fr", 3, 5200, {"meteo", NULL},
 "En direct — Tempête Bérénice : 45\u202f000 foyers privés d'électricité en Bretagne",
 "© Loïc Kervella / Vigie Ouest\n\n"
 "La tempête Bérénice a touché la pointe de la Bretagne peu après 8 heures. Selon Enedis, "
 "45\u202f000 foyers étaient privés d'électricité à 8 h 30, principalement dans le Finistère. "
 "Des arbres sont tombés sur plusieurs routes autour de Brest.\n\n"
 "**À lire aussi** : [Les bons réflexes en cas de tempête](https://www.vigie-ouest.fr/reflexes)\n\n"
 "*Suivez toute l'actualité de la Bretagne sur l'application Vigie Ouest.*"},

{108, 8, 55, FX_ECO, "tech/panne-orvane", "fr", 2, 6100, {"tech", NULL},
 "Panne géante chez Orvane : internet et téléphone coupés pour 2 millions d'abonnés",
 "Les clients de l'opérateur Orvane sont privés d'internet et de téléphone fixe depuis 6 h 40 "
 "jeudi, dans toute la France. Environ 2 millions d'abonnés seraient touchés, selon "
 "l'opérateur, qui évoque un incident sur un équipement de son cœur de réseau à Lyon.\n\n"
 "L'Arcep a demandé des explications à l'opérateur.\n\n"
 "Lire aussi : Fibre : les abonnés de plus en plus nombreux à changer d'opérateur"},

{109, 9, 10, FX_CHANNEL, "world/storm-berenice-brittany", "en", 2, 1100, {"meteo", NULL},
 "Storm Berenice batters Brittany as 45,000 homes lose power",
 "Storm Berenice made landfall in Brittany on Thursday morning, cutting power to 45,000 "
 "homes, the grid operator Enedis said. Météo-France has issued red wind warnings for "
 "Finistère and Morbihan.\n\n"
 "Ferries between Roscoff and Plymouth have been cancelled.\n\n"
 "Follow us on Instagram for the latest pictures."},

{110, 9, 25, NULL, NULL, "fr", 0, 1500, {"cuisine", NULL},
 "Recette : le far breton de grand-mère, sans grumeaux",
 "Pour réussir un far breton moelleux, il faut laisser reposer la pâte une nuit au frais. "
 "Comptez 250 g de pruneaux pour un moule de 24 cm."},

{111, 9, 40, FX_COURRIER, "politique/budget-2027-recettes", "fr", 2, 2000, {"politique", NULL},
 "Budget 2027 : l'Assemblée nationale adopte la partie recettes",
 "Les députés ont adopté dans la nuit de mercredi à jeudi la première partie du projet de loi "
 "de finances pour 2027, par 289 voix contre 254. Le texte prévoit 14 milliards d'euros "
 "d'économies et une hausse de la taxe sur les billets d'avion.\n\n"
 "Lire aussi : Tempête Bérénice : le Finistère et le Morbihan en vigilance rouge\n\n"
 "Le Sénat examinera le texte à partir du 2 décembre."},

{112, 9, 55, FX_WIRE, "europe/france-rail-strike", "en", 1, 600, {"social", "transports"},
 "French rail strike halves high-speed services",
 "Only one in two TGV high-speed trains is running in France on Thursday as rail unions "
 "CGT-Cheminots and SUD-Rail began an open-ended strike at the SNCF over the planned closure "
 "of four maintenance depots. Eurostar services are not affected."},

{113, 10, 10, FX_CLIMAT, "climat/onu-rapport-ecart-emissions", "fr", 2, 1300, {"climat", "international"},
 "Climat : l'ONU alerte sur une trajectoire de réchauffement de 2,9 °C",
 "Le monde se dirige vers un réchauffement de 2,9 °C d'ici à la fin du siècle si les États "
 "ne renforcent pas leurs engagements, alerte le Programme des Nations unies pour "
 "l'environnement dans son rapport annuel publié jeudi. La Chine, les États-Unis et l'Inde "
 "représentent à eux seuls plus de la moitié des émissions mondiales.\n\n"
 "Crédit photo : Planète Climat\n\n"
 "Retrouvez tous nos articles sur le climat dans notre newsletter hebdomadaire."},

{114, 10, 25, FX_VIGIE, "transports/greve-sncf-rennes-brest", "fr", 1, 1800, {"social", "transports"},
 "Grève SNCF : la ligne Rennes-Brest quasiment à l'arrêt",
 "Seuls trois TER sur dix circulent jeudi entre Rennes et Brest, au premier jour de la grève "
 "lancée par la CGT-Cheminots et SUD-Rail. La SNCF conseille aux voyageurs de reporter leurs "
 "déplacements.\n\n"
 "*Suivez toute l'actualité de la Bretagne sur l'application Vigie Ouest.*"},

{115, 10, 40, FX_ATLANTIC, "travel/cornish-winter-walks", "en", 0, 300, {"loisirs", NULL},
 "Five winter walks on the Cornish coast",
 "From Zennor to Lizard Point, these five walks are at their best on a cold, bright winter "
 "morning. Bring a flask and good boots."},

{116, 10, 55, FX_VIGIE, "meteo/direct-tempete-berenice-120000", "fr", 3, 7400, {"meteo", NULL},
 "En direct — Tempête Bérénice : 120\u202f000 foyers privés d'électricité, une rafale à 183 km/h à Ouessant",
 "© Loïc Kervella / Vigie Ouest\n\n"
 "La tempête Bérénice continue de balayer la Bretagne. Selon Enedis, 120\u202f000 foyers "
 "étaient privés d'électricité à 10 h 30, dans le Finistère et le Morbihan. Une rafale de "
 "183 km/h a été enregistrée à Ouessant, selon Météo-France.\n\n"
 "**À lire aussi** : [Les bons réflexes en cas de tempête](https://www.vigie-ouest.fr/reflexes)\n\n"
 "*Suivez toute l'actualité de la Bretagne sur l'application Vigie Ouest.*"},

{117, 11, 10, FX_CHANNEL, "tech/orvane-outage", "en", 2, 900, {"tech", NULL},
 "Millions of French internet users offline after Orvane outage",
 "Around 2 million customers of the French operator Orvane have been without internet or "
 "landline service since early Thursday, after what the company called a failure in core "
 "network equipment in Lyon. The telecoms regulator Arcep has asked for an explanation."},

{118, 11, 25, FX_COURRIER, "international/otan-defense-aerienne", "fr", 2, 1200, {"international", "defense"},
 "L'OTAN renforce ses défenses aériennes sur son flanc est",
 "Réunis jeudi à Bruxelles, les ministres de la Défense de l'OTAN ont décidé de déployer de "
 "nouvelles batteries de défense aérienne en Pologne, en Lituanie et en Roumanie. Elles "
 "doivent être opérationnelles avant la fin du mois de mars.\n\n"
 "Lire aussi : L'Union européenne débloque un nouveau fonds pour l'industrie de défense"},

{119, 11, 40, NULL, NULL, "fr", 1, 4800, {"sport", NULL},
 "Football : le Stade brestois officialise l'arrivée de Tomás Herrera sur son banc",
 "Le Stade brestois a officialisé jeudi l'arrivée de l'entraîneur argentin Tomás Herrera, "
 "qui a signé un contrat de deux ans et demi. Il dirigera son premier entraînement lundi."},

{120, 11, 55, FX_ATLANTIC, "europe/storm-berenice-gusts", "en", 2, 1600, {"meteo", NULL},
 "Gusts of 183 km/h recorded as Storm Berenice hits western France",
 "A gust of 183 km/h was recorded on the island of Ouessant, off Brittany, as Storm Berenice "
 "swept across western France on Thursday, Météo-France said. Some 120,000 homes in "
 "Finistère and Morbihan were without power by late morning, according to Enedis.\n\n"
 "Read also: Why Europe's storms are getting names\n\n"
 "Photograph: Atlantic Herald"},

{121, 12, 10, FX_ECO, "immobilier/prix-anciens", "fr", 1, 1100, {"economie", NULL},
 "Immobilier : les prix des logements anciens reculent de 3,1 % sur un an",
 "Les prix des logements anciens ont reculé de 3,1 % sur un an au troisième trimestre, selon "
 "les notaires de France. La baisse atteint 5,4 % à Paris."},

{122, 12, 25, FX_WIRE, "us/senate-farm-aid", "en", 2, 500, {"international", "agriculture"},
 "US Senate passes $40bn farm aid package",
 "The US Senate on Thursday passed a $40bn aid package for farmers hit by falling grain "
 "prices and drought, sending the bill to the House of Representatives. The package was "
 "approved by 61 votes to 38."},

{123, 12, 40, FX_VIGIE, "rennes/sorties-week-end", "fr", 0, 600, {"loisirs", NULL},
 "Rennes : les cinq sorties du week-end",
 "Concert, théâtre, marché de créateurs : voici nos idées de sorties à Rennes ce week-end.\n\n"
 "*Suivez toute l'actualité de la Bretagne sur l'application Vigie Ouest.*"},

{124, 12, 55, FX_COURRIER, "international/etats-unis-senat-agriculteurs", "fr", 2, 700, {"international", "agriculture"},
 "États-Unis : le Sénat adopte un plan d'aide de 40 milliards de dollars aux agriculteurs",
 "Le Sénat américain a adopté jeudi, par 61 voix contre 38, un plan d'aide de 40 milliards de "
 "dollars destiné aux agriculteurs touchés par la chute des prix des céréales et par la "
 "sécheresse. Le texte doit encore être voté par la Chambre des représentants."},

{125, 13, 10, FX_CHANNEL, "politics/uk-eu-fishing-deal", "en", 1, 900, {"international", "peche"},
 "UK and EU strike deal on Channel fishing quotas",
 "Britain and the European Union reached an agreement in Brussels on Thursday on fishing "
 "quotas in the Channel for 2027, ending months of talks. French boats will keep access to "
 "waters between six and twelve miles off the English coast.\n\n"
 "Read more: Boulogne trawlers count the cost of Brexit"},

{126, 13, 25, NULL, NULL, "fr", 2, 3900, {"tech", NULL},
 "Panne Orvane : le service rétabli pour 80 % des abonnés",
 "Le service est rétabli pour 80 % des abonnés d'Orvane, a annoncé l'opérateur à 13 heures, "
 "plus de six heures après le début de la panne géante qui a privé 2 millions de foyers "
 "d'internet. Le retour à la normale est attendu dans la soirée."},

{127, 13, 40, FX_VIGIE, "meteo/direct-tempete-berenice-210000", "fr", 3, 9100, {"meteo", NULL},
 "En direct — Tempête Bérénice : 210\u202f000 foyers privés d'électricité, un mort dans le Morbihan",
 "© Loïc Kervella / Vigie Ouest\n\n"
 "Un homme de 64 ans a été tué par la chute d'un arbre sur sa voiture près de Vannes, dans le "
 "Morbihan, a annoncé la préfecture. La tempête Bérénice prive désormais 210\u202f000 foyers "
 "d'électricité en Bretagne, selon Enedis.\n\n"
 "**À lire aussi** : [Les bons réflexes en cas de tempête](https://www.vigie-ouest.fr/reflexes)\n\n"
 "*Suivez toute l'actualité de la Bretagne sur l'application Vigie Ouest.*"},

{128, 13, 55, FX_ATLANTIC, "world/poland-nato-batteries", "en", 1, 500, {"international", "defense"},
 "Poland to host new NATO air-defence batteries",
 "Poland will host two of the new air-defence batteries that NATO defence ministers agreed "
 "in Brussels to send to the eastern flank, with the others going to Lithuania and Romania, "
 "the Polish defence ministry said."},

{129, 14, 10, NULL, NULL, "fr", 0, 400, {"loisirs", NULL},
 "Jeu concours : gagnez vos places pour le festival Les Nuits salées",
 "Tentez de gagner deux places pour le festival Les Nuits salées, à Saint-Malo. Réponse avant "
 "dimanche minuit."},

{130, 14, 20, FX_WIRE, "markets/ecb-rate-decision", "en", 2, 1200, {"economie", NULL},
 "ECB raises deposit rate by a quarter point to 4.5%",
 "The European Central Bank raised its deposit rate by 0.25 percentage points to 4.5% on "
 "Thursday, its first increase in 18 months, citing stubborn services inflation in the "
 "eurozone. Two of the 26 governing council members voted against the move."},

{131, 14, 35, FX_ECO, "marches/bce-taux", "fr", 2, 2300, {"economie", NULL},
 "La BCE relève son taux de dépôt de 0,25 point, à 4,5 %",
 "La Banque centrale européenne a relevé jeudi son taux de dépôt de 0,25 point, à 4,5 %, "
 "une première hausse depuis 18 mois, en invoquant une inflation des services toujours "
 "soutenue dans la zone euro.\n\n"
 "À lire aussi : Immobilier : les prix des logements anciens reculent de 3,1 % sur un an"},

{132, 14, 50, FX_COURRIER, "societe/tempete-berenice-un-mort", "fr", 2, 2500, {"meteo", NULL},
 "Bretagne : la tempête Bérénice fait un mort et prive 210\u202f000 foyers de courant",
 "Par Yann Guillou, à Vannes\n\n"
 "La tempête Bérénice a fait un mort jeudi dans le Morbihan, où un automobiliste de 64 ans a "
 "été tué par la chute d'un arbre. Quelque 210\u202f000 foyers restaient privés d'électricité "
 "en Bretagne en début d'après-midi, selon Enedis.\n\n"
 "Lire aussi : Budget 2027 : l'Assemblée nationale adopte la partie recettes"},

{133, 15, 5, FX_VIGIE, "mer/peche-accord-manche", "fr", 1, 1300, {"international", "peche"},
 "Pêche : accord entre le Royaume-Uni et l'UE sur les quotas dans la Manche",
 "Le Royaume-Uni et l'Union européenne ont conclu jeudi à Bruxelles un accord sur les quotas "
 "de pêche dans la Manche pour 2027. Les bateaux bretons et normands conservent leur accès "
 "aux eaux situées entre six et douze milles des côtes anglaises.\n\n"
 "*Suivez toute l'actualité de la Bretagne sur l'application Vigie Ouest.*"},

{134, 15, 20, FX_COURRIER, "economie/bce-emprunteurs", "fr", 1, 1900, {"economie", NULL},
 "Crédit immobilier : ce que la hausse des taux de la BCE change pour les emprunteurs",
 "La hausse de 0,25 point décidée jeudi par la Banque centrale européenne, qui porte son taux "
 "de dépôt à 4,5 %, devrait se répercuter sur les crédits immobiliers dès janvier, estiment "
 "les courtiers."},

{135, 15, 35, FX_CLIMAT, "jardin/tailler-rosiers", "fr", 0, 350, {"jardin", NULL},
 "Jardin : faut-il tailler les rosiers avant l'hiver ?",
 "Mieux vaut attendre la fin des grandes gelées pour tailler les rosiers. En novembre, on se "
 "contente de couper les fleurs fanées."},

{136, 15, 50, FX_WIRE, "europe/france-storm-berenice-death", "en", 3, 1900, {"meteo", NULL},
 "One dead, 210,000 homes without power as Storm Berenice sweeps Brittany",
 "A 64-year-old man was killed when a tree fell on his car near Vannes as Storm Berenice swept "
 "across Brittany on Thursday, local authorities said. About 210,000 homes were without "
 "power, according to the grid operator Enedis."},

{137, 16, 5, FX_ATLANTIC, "europe/france-budget-vote", "en", 1, 400, {"politique", NULL},
 "French lawmakers approve revenue side of 2027 budget",
 "France's National Assembly approved the revenue half of the 2027 budget by 289 votes to 254, "
 "including 14 billion euros of savings and a higher tax on plane tickets. The Senate takes up "
 "the bill on 2 December."},

{138, 16, 20, NULL, NULL, "fr", 1, 1700, {"sante", NULL},
 "Santé : l'épidémie de grippe s'installe en Bretagne",
 "La Bretagne est passée en phase épidémique de grippe, a indiqué jeudi Santé publique "
 "France. Les passages aux urgences pour syndrome grippal ont doublé en une semaine."},

{139, 16, 35, FX_CHANNEL, "pictures/wildlife-week", "en", 0, 500, {"loisirs", NULL},
 "Pictured: the week's best wildlife photographs",
 "A grey seal pup on a Norfolk beach and starlings over Brighton pier feature in our pick of "
 "the week's wildlife pictures."},

{140, 16, 50, FX_VIGIE, "meteo/berenice-ecoles-fermees", "fr", 2, 4200, {"meteo", NULL},
 "Tempête Bérénice : les écoles du Finistère fermées vendredi",
 "Les écoles, collèges et lycées du Finistère resteront fermés vendredi, a annoncé le "
 "rectorat de Rennes, en raison des dégâts causés par la tempête Bérénice. Près de 90\u202f000 "
 "foyers étaient encore privés d'électricité à 16 heures, selon Enedis.\n\n"
 "*Suivez toute l'actualité de la Bretagne sur l'application Vigie Ouest.*"},

{141, 17, 5, FX_ECO, "marches/bourse-paris-cloture", "fr", 1, 600, {"economie", NULL},
 "Marchés : la Bourse de Paris termine en baisse après la décision de la BCE",
 "Le CAC 40 a cédé 0,8 % jeudi, à 7\u202f412 points, les valeurs bancaires ayant été "
 "délaissées après la décision de la BCE."},

{142, 17, 20, NULL, NULL, "fr", 0, 800, {"local", NULL},
 "Trafic : la rocade de Rennes fermée cette nuit pour travaux",
 "La rocade sud de Rennes sera fermée cette nuit de 21 heures à 5 heures entre les portes de "
 "Nantes et de Saint-Nazaire. Une déviation est mise en place."},

{143, 17, 35, FX_ATLANTIC, "climate/china-us-india-cuts", "en", 2, 700, {"climat", "international"},
 "China, US and India must cut emissions faster, UN says",
 "China, the United States and India must cut their emissions much faster to keep warming "
 "well below 2.9C, the UN Environment Programme said in its emissions gap report, published "
 "on Thursday."},

{144, 17, 50, FX_CHANNEL, "business/royal-mail-saturday", "en", 1, 300, {"social", NULL},
 "Royal Mail to end Saturday letter deliveries in rural areas",
 "Royal Mail will stop delivering letters on Saturdays in rural areas from April, the "
 "company said on Thursday, as letter volumes keep falling."},

{145, 18, 5, FX_VIGIE, "economie/chantier-kerdore-ferries", "fr", 1, 900, {"economie", NULL},
 "Lorient : le chantier naval Kerdoré décroche une commande de quatre ferries",
 "Le chantier naval Kerdoré, à Lorient, a remporté une commande de quatre ferries hybrides "
 "pour la desserte des îles du Ponant, a annoncé jeudi la région.\n\n"
 "*Suivez toute l'actualité de la Bretagne sur l'application Vigie Ouest.*"},

{146, 18, 20, FX_ATLANTIC, "us/farm-aid-reaction", "en", 1, 600, {"international", "agriculture"},
 "Farmers welcome $40bn Senate aid package",
 "Farm groups welcomed the $40bn aid package passed by the US Senate on Thursday, but said "
 "the money would arrive too late for many grain growers hit by drought."},

{147, 18, 35, FX_COURRIER, "medias/programmes-tele", "fr", 0, 1000, {"loisirs", NULL},
 "Télévision : les programmes de la soirée",
 "Un documentaire sur les phares bretons, un thriller danois et la finale d'un jeu culinaire "
 "au menu de ce jeudi soir."},

{148, 18, 40, NULL, NULL, "fr", 0, 450, {"loisirs", NULL},
 "Loto : les résultats du tirage de mercredi",
 "Les numéros gagnants du tirage de mercredi sont le 4, le 17, le 23, le 38 et le 45, avec "
 "le numéro chance 7."},

{149, 18, 45, FX_VIGIE, "carnet/douarnenez-ancien-maire", "fr", 0, 550, {"local", NULL},
 "Carnet : l'ancien maire de Douarnenez Jean Quéré est mort",
 "Jean Quéré, maire de Douarnenez de 1989 à 2008, est mort mercredi à l'âge de 87 ans, a "
 "annoncé sa famille."},

{150, 18, 50, FX_COURRIER, "social/greve-sncf-reconduite", "fr", 2, 2200, {"social", "transports"},
 "Grève SNCF : le mouvement reconduit vendredi, un TGV sur deux annoncé",
 "La CGT-Cheminots et SUD-Rail ont reconduit jeudi soir la grève à la SNCF pour vendredi. La "
 "direction prévoit de nouveau un TGV sur deux et deux TER sur cinq."},
};
/* clang-format on */

#define FX_NDAY (sizeof fx_day / sizeof fx_day[0])

#endif
