# Day 107 (hold-out): a French-language channel in Liège (Wallonia, Belgium), morning edition of
# Wednesday 12 January 2028 at 07:00 (window 19:00 Tuesday - 07:00 Wednesday local,
# Europe/Brussels = UTC+1 in January, no summer time then). Gold answer written before any run:
# each post's story, its lede (the true first sentence) and the TOP5 below. Every person, company
# and outlet is invented; the towns, rivers and roads are real.
#
# Traps:
# - one TV interview, two stories, same quote: the mayor of Liège, Mathilde Gérardy, on TéléMeuse's
#   "Face au Perron" on Tuesday evening, quoted about the bus and tram drivers' strike (post 9) and
#   about the low-emission-zone vote and the motorists' honking protest (post 16), both carrying
#   « Liège ne se gouverne pas à coups de menaces ni à coups de klaxon... »;
# - a shared wire byline line ("Agence Meuse Presse | Mis à jour : 12-01-2028 05:38"): the night-
#   flight complaint about Aurora Freight's cargo hub at Bierset (post 29) and the car fallen into
#   the Meuse at Huy (post 49), one minute apart, unrelated;
# - the same hospital: the (invented) Chartreuse hospital in Liège takes the Seraing fire's burn
#   victims (posts 1, 5), treated the bus driver whose assault set off the strike (post 8), and
#   operated on the prison guard stabbed at Lantin (post 30);
# - the same town hall: Liège's Hôtel de ville hosts the failed bus-strike conciliation meeting
#   (post 8) and, the same evening, the council session that votes the low-emission zone (posts
#   15-16), with the honking protest outside (post 17);
# - the same court: the Liège palais de justice holds the assizes murder trial (posts 34-37) and
#   the Logis mosan embezzlement judgment (posts 38-41) on the same Tuesday; the prison strike
#   cancels transfers to that same palais de justice (post 32);
# - the same stadium: the stade du Val-Saint-Lambert in Seraing hosts the cup match (filler, posts
#   60-61) and shelters the evacuees of the Seraing fire that night (post 4; post 61 mentions them);
# - look-alike stories: two fires of the same night (the Seraing apartment building, 2 -> 3 dead;
#   the Recymeuse plastics warehouse at Monsin, no victim, toxic smoke); two strikes both set off by
#   an assault on staff (bus and tram drivers; prison guards at Lantin); two trials at the same
#   palais de justice (assizes murder trial opening; embezzlement judgment); two votes (Liège
#   council on the low-emission zone, done; Walloon Parliament on the Vesdre flood-victims decree,
#   Wednesday); two road accidents (the fuel tanker on the E40 at Loncin; the car in the Meuse at
#   Huy); the freezing-rain alert (news, importance 3) vs. the weather bulletin (filler);
# - a "Lire aussi" line in a Seraing fire post naming the other fire (post 4, names post 43's title);
# - tolls revised overnight by a second source: the Seraing fire, 2 dead per the fire brigade
#   (posts 1-3) then 3 dead per the hospital early on Wednesday (posts 5-6); the Huy car, two
#   missing (posts 47-48) then one body found at 05:15 (post 49);
# - one story told in two languages with different words: the apartment fire ("incendie", "feu",
#   "sinistre", "brasier" / "fire tore through"), the warehouse fire ("incendie", "feu" / "blaze"),
#   the strike ("grève", "arrêt de travail", "débrayage", "mouvement" / "walk out", "walk off the
#   job"), the tanker ("camion-citerne", "citerne", "poids lourd" / "fuel truck"), the cargo hub
#   ("base européenne" / "hub"), the alert ("alerte orange" / "orange warning");
# - furniture: AFP-like, AP-like, Reuters-like, UPI-like datelines; "(Actualisé tout du long)"
#   (posts 5, 24); "This story has been updated to clarify" (post 23); a photo caption (post 2);
#   teasers cut with "..." (posts 10, 22); bylines (posts 15, 27, 30, 53); "Publié par" (posts 14,
#   54); donation appeals (posts 50, 57);
# - posts in English: 6, 11, 23, 27, 28, 44, 57;
# - a promo posted alone (post 59); filler of importance 0: the cup result (posts 60-61), the
#   weather bulletin (post 62), the lottery draw (post 63).
NAME = "2028-01-12-fr-matin-liege-h107"
CHANNEL = {"lang": "fr", "tz": "Europe/Brussels"}
WINDOW = ("2028-01-11T18:00:00Z", "2028-01-12T06:00:00Z")
CTX = {"stamp": "12-01-2028 05:38", "line": "Agence Meuse Presse | Mis à jour : 12-01-2028 05:38",
       "city": "Liège", "date_fr": "11 janv", "date_en": "Jan 11",
       "author": "Nicolas Fraipont", "clarify": "the number of people killed",
       "caption": "", "also": "notre dossier", "country": "Belgium"}
# The editor's top 5: the Seraing apartment fire, the bus and tram strike, the fuel tanker on the
# E40 at Loncin, the low-emission-zone vote, the freezing-rain alert.
TOP5 = ["incendie-immeuble-seraing-trois-fosses", "greve-bus-tram-sltu-liege",
        "citerne-mazout-e40-loncin", "vote-zbe-conseil-communal-liege",
        "alerte-pluie-verglacante-liege-luxembourg"]
BE = "Belgique"
LG = "Liège"
WA = "Wallonie"
FD = "Faits divers"
J = "Justice"
P = "Politique"
E = "Économie"
T = "Mobilité"
AMP = "meusepresse.be"
DH = "depeche-hexagone.fr"
NW = "northwire.com"
AW = "atlantic-wire.org"
UW = "upwire-like.com"
ECHO = "echoduperron.be"
GAZ = "gazettedelameuse.be"
LM = "liegematin.be"
RADIO = "radio-ourthe.be"
TV = "telemeuse.be"
QW = "quotidienwallon.be"
VERV = "verviers-express.be"
HUY = "huywaremme-actu.be"
REV = "reveil-hutois.be"
FAG = "courrierdesfagnes.be"
SER = "journaldeseraing.be"
ECO = "eco-wallonne.be"
BL = "brusselsledger.eu"
EFW = "eurofreightweekly.com"
BXD = "bruxelles-depeches.be"
HESB = "hesbaye-info.be"
HER = "herstal-actu.be"
SPORT = "meusesport.be"
METEO = "meteo-wallonie.be"
LOT = "resultats-tirages.be"
N12 = {"date_fr": "12 janv", "date_en": "Jan 12"}
QUOTE = ("« Liège ne se gouverne pas à coups de menaces ni à coups de klaxon : on se parle, on "
         "décide, et on assume »")
POSTS = [
 # 1. Fire in a four-storey apartment building, rue des Trois-Fosses, Seraing, ~21:40; 2 dead
 #    (fire brigade, night) -> 3 dead (Chartreuse hospital, early morning). Evacuees at the stadium.
 ("incendie-immeuble-seraing-trois-fosses", AMP, "fr", 3, 230, 3700, [BE, LG, FD], "colon",
  "Deux morts dans l'incendie d'un immeuble à Seraing",
  "Deux personnes sont mortes et six autres ont été blessées mardi soir dans l'incendie d'un immeuble de quatre étages de la rue des Trois-Fosses, à Seraing, a indiqué la zone de secours Val-de-Meuse.",
  "Le feu s'est déclaré vers 21 h 40 dans un local à poubelles du rez-de-chaussée avant de gagner la cage d'escalier. Trois des blessés, grièvement brûlés, ont été transférés au centre des grands brûlés de l'hôpital de la Chartreuse, à Liège.",
  {"city": "Seraing"}),
 ("incendie-immeuble-seraing-trois-fosses", SER, "fr", 3, 310, 2600, [BE, LG], "caption",
  "Rue des Trois-Fosses : des habitants évacués par les fenêtres",
  "Pendant plus de deux heures, une cinquantaine de pompiers ont lutté contre les flammes qui remontaient la cage d'escalier, tandis que les autopompes et une échelle aérienne permettaient d'évacuer par les fenêtres les locataires bloqués aux derniers étages.",
  "« J'ai entendu crier au feu et la fumée passait déjà sous la porte », raconte une habitante du deuxième étage, descendue avec ses deux enfants par l'échelle des pompiers.",
  {"site": "Le Journal de Seraing",
   "caption": "Les pompiers de la zone Val-de-Meuse arrosent la façade de l'immeuble en feu de la rue des Trois-Fosses, à Seraing, le mardi 11 janvier 2028 vers 22 heures."}),
 ("incendie-immeuble-seraing-trois-fosses", DH, "fr", 3, 285, 900, ["Europe", BE], "afp",
  "Belgique : deux morts dans l'incendie d'un immeuble près de Liège",
  "Deux personnes ont péri mardi soir dans l'incendie d'un immeuble d'habitation de Seraing, ancienne cité sidérurgique de la banlieue de Liège, dans l'est de la Belgique, ont annoncé les pompiers.",
  "Six autres personnes ont été blessées, dont trois gravement. L'origine du sinistre n'était pas connue dans la soirée."),
 ("incendie-immeuble-seraing-trois-fosses", LM, "fr", 3, 380, 1800, [BE, LG], "lire",
  "Les sinistrés de Seraing hébergés au stade du Val-Saint-Lambert",
  "Les trente-deux habitants évacués de l'immeuble sinistré de la rue des Trois-Fosses passent la nuit dans les salons du stade du Val-Saint-Lambert, ouverts en urgence par la commune de Seraing peu après la fin du match de la soirée.",
  "Des bénévoles leur ont apporté couvertures, lits de camp et repas chauds. Le CPAS doit leur proposer dès mercredi des logements provisoires, l'immeuble ayant été déclaré inhabitable.",
  {"site": "Liège Matin",
   "also": "Incendie au port de Monsin : les riverains invités à fermer leurs fenêtres"}),
 ("incendie-immeuble-seraing-trois-fosses", ECHO, "fr", 3, 630, 2900, [BE, LG, FD], "actu",
  "Incendie de Seraing : le bilan s'alourdit à trois morts",
  "Une troisième victime, une femme de 74 ans grièvement brûlée, est morte peu avant 5 heures au centre des grands brûlés de l'hôpital de la Chartreuse, portant à trois le nombre de morts de l'incendie de Seraing, a indiqué mercredi matin la direction de l'hôpital.",
  "Deux autres blessés restent dans un état critique. Le parquet de Liège a désigné un expert pour déterminer l'origine du brasier, un acte volontaire n'étant pas exclu à ce stade."),
 ("incendie-immeuble-seraing-trois-fosses", AW, "en", 3, 665, 700, ["Europe", "Belgium"], "ap",
  "Death toll in Belgian apartment fire rises to 3",
  "A third person has died after a fire tore through an apartment building in Seraing, a former steel town on the outskirts of the eastern Belgian city of Liege, the hospital treating the injured said Wednesday.",
  "Two more people remain in critical condition in the burn unit, and more than 30 residents spent the night in a local soccer stadium.",
  {"city": "Seraing"}),
 ("incendie-immeuble-seraing-trois-fosses", RADIO, "fr", 3, 700, 1500, [BE, LG], "",
  "Immeuble incendié à Seraing : le propriétaire avait été mis en demeure",
  "La commune de Seraing avait adressé en juin 2026 une mise en demeure au propriétaire de l'immeuble incendié de la rue des Trois-Fosses, qui ne disposait pas de détecteurs de fumée dans ses parties communes, a confirmé mercredi matin le bourgmestre Serge Bodeux sur Radio Ourthe FM.",
  "Le bourgmestre annonce un contrôle de tous les immeubles appartenant à la même société immobilière dans le quartier."),

 # 2. Liège bus and tram drivers (SLTU) strike from Wednesday 05:00 for 24 h, after a driver was
 #    assaulted on Monday night; conciliation at the Hôtel de ville failed on Tuesday.
 ("greve-bus-tram-sltu-liege", AMP, "fr", 3, 45, 3200, [BE, LG, T], "colon",
  "Les chauffeurs de bus et de tram liégeois en grève mercredi",
  "Les chauffeurs de bus et de tram de la Société liégeoise de transport urbain (SLTU) arrêteront le travail mercredi dès 5 heures pour vingt-quatre heures, après l'échec d'une réunion de conciliation tenue mardi en fin d'après-midi à l'hôtel de ville de Liège, ont annoncé les syndicats.",
  "Le mouvement fait suite à l'agression d'un chauffeur de la ligne 4, frappé au visage lundi soir à Bressoux et soigné à l'hôpital de la Chartreuse. Les syndicats réclament des agents de sécurité à bord des bus de soirée."),
 ("greve-bus-tram-sltu-liege", TV, "fr", 3, 95, 2300, [BE, LG, P], "",
  "Grève à la SLTU : la bourgmestre promet des patrouilles mais refuse « la menace »",
  "Invitée mardi soir de l'émission « Face au Perron » sur TéléMeuse, la bourgmestre de Liège, Mathilde Gérardy, a regretté l'arrêt de travail annoncé par les chauffeurs de la SLTU, tout en promettant des patrouilles de police sur les lignes de soirée dès la semaine prochaine.",
  f"{QUOTE}, a-t-elle déclaré à propos du préavis déposé par les syndicats, qu'elle avait réunis une heure plus tôt avec la direction."),
 ("greve-bus-tram-sltu-liege", GAZ, "fr", 3, 170, 1600, [BE, LG], "teaser",
  "Au dépôt de Jemeppe, le débrayage voté à main levée",
  "Au dépôt de Jemeppe, une centaine de chauffeurs réunis mardi soir autour de leur délégué, Fabrice Lempereur, ont voté à main levée le débrayage, « par respect pour le collègue » frappé la veille à Bressoux.",
  "« Trois agressions depuis Noël, et toujours personne à bord après 20 heures », résume un conducteur de la ligne 48, qui dit avoir été menacé au couteau l'an dernier."),
 ("greve-bus-tram-sltu-liege", NW, "en", 3, 260, 800, ["Europe", "Belgium"], "reuters",
  "Liege bus and tram drivers to walk out after assault on colleague",
  "Bus and tram drivers in the Belgian city of Liege will walk off the job for 24 hours from early Wednesday after a colleague was punched on his route, their unions said, halting public transport for some 200,000 daily passengers.",
  "The unions want security staff on evening buses; the city-owned operator says it cannot hire them before the spring.",
  {"city": "Liege"}),
 ("greve-bus-tram-sltu-liege", LM, "fr", 3, 560, 2700, [BE, LG, T], "",
  "Grève des bus et du tram : comment se déplacer à Liège ce mercredi",
  "Aucun tram ne circulera mercredi entre Sclessin et Coronmeuse et seules quelques lignes de bus suburbaines, confiées à des sous-traitants, seront assurées, selon les prévisions de trafic publiées dans la nuit par la SLTU.",
  "Les abonnements SLTU seront acceptés sur les trains entre Liège-Guillemins, Herstal et Angleur, et les vélos partagés sont gratuits jusqu'à minuit. Les écoles ne ferment pas, mais les retards seront tolérés."),
 ("greve-bus-tram-sltu-liege", ECHO, "fr", 3, 645, 2000, [BE, LG, T], "",
  "Pas un bus au petit matin : la grève largement suivie à Liège",
  "Pas un bus n'est sorti des dépôts de la SLTU mercredi à 5 heures, et les arrêts du centre de Liège sont restés déserts au petit matin, les usagers prévenus la veille s'étant reportés sur le train, le vélo ou la marche.",
  "Devant le dépôt de Robermont, un piquet d'une trentaine de grévistes se relaie autour d'un brasero. La direction estime à 98 % le taux de participation au mouvement."),
 ("greve-bus-tram-sltu-liege", QW, "fr", 3, 690, 1100, [BE, WA, T], "publie",
  "Agressions de chauffeurs : le ministre wallon de la Mobilité propose des caméras-piétons",
  "Le ministre wallon de la Mobilité, Gaëtan Marchal, proposera jeudi au gouvernement d'équiper de caméras-piétons tous les chauffeurs des lignes de soirée, après l'agression du conducteur liégeois qui a déclenché la grève de mercredi.",
  "Il évoque aussi des cabines de conduite fermées sur les nouveaux autobus commandés pour 2029.",
  {"site": "Le Quotidien wallon", **N12}),

 # 3. Liège city council adopts the low-emission zone (ZBE) calendar at the Hôtel de ville,
 #    27-19-3, shortly before midnight; honking protest outside; the mayor's TV quote.
 ("vote-zbe-conseil-communal-liege", AMP, "fr", 3, 25, 1800, [BE, LG, P], "byline_fr",
  "Zone de basses émissions : le conseil communal de Liège vote ce mardi soir",
  "Le conseil communal de Liège examine mardi soir à l'hôtel de ville le calendrier de la future zone de basses émissions, qui fermerait dès le 1er septembre 2028 le centre-ville aux voitures diesel de norme Euro 4 et plus anciennes.",
  "La majorité dispose de 27 sièges sur 49. Un collectif d'automobilistes appelle à un rassemblement devant l'hôtel de ville pendant la séance.",
  {"site": "Agence Meuse Presse", "author": "Charlotte Wéry"}),
 ("vote-zbe-conseil-communal-liege", TV, "fr", 3, 110, 1900, [BE, LG, P], "",
  "ZBE : Mathilde Gérardy promet des dérogations aux ménages modestes",
  "Sur le plateau de « Face au Perron », mardi soir sur TéléMeuse, la bourgmestre de Liège, Mathilde Gérardy, a défendu le calendrier de la zone de basses émissions soumis au vote du conseil communal, en promettant des dérogations aux ménages aux revenus modestes.",
  f"Quant aux automobilistes qui comptaient klaxonner sous les fenêtres de l'hôtel de ville pendant la séance : {QUOTE}, a-t-elle lancé."),
 ("vote-zbe-conseil-communal-liege", ECHO, "fr", 3, 160, 1400, [BE, LG], "",
  "Concert de klaxons place du Marché contre la zone de basses émissions",
  "Quelque deux cents voitures ont tourné autour de la place du Marché en klaxonnant pendant près d'une heure mardi soir, à l'appel d'un collectif d'automobilistes opposé à la zone de basses émissions, pendant que les conseillers communaux débattaient à l'hôtel de ville.",
  "« On nous demande de changer de voiture alors que nos salaires ne bougent pas », lance une infirmière venue de Grâce-Hollogne au volant d'un diesel de 2007."),
 ("vote-zbe-conseil-communal-liege", GAZ, "fr", 3, 305, 2400, [BE, LG, P], "",
  "Le calendrier de la ZBE adopté : les vieux diesels bannis du centre de Liège en septembre",
  "Le conseil communal de Liège a adopté peu avant minuit, par 27 voix contre 19 et 3 abstentions, le calendrier de la zone de basses émissions, qui fermera le centre-ville aux diesels Euro 4 et plus anciens à partir du 1er septembre 2028.",
  "L'opposition a réclamé en vain un report d'un an et un référendum communal. Les essences Euro 2 seront concernées à la même date."),
 ("vote-zbe-conseil-communal-liege", LM, "fr", 3, 450, 1700, [BE, LG, T], "",
  "ZBE : quelles voitures seront interdites, où et à partir de quand",
  "La zone de basses émissions couvrira tout le centre de Liège compris entre la Meuse, les boulevards et la gare des Guillemins, et les caméras de lecture de plaques ne dresseront d'amendes qu'à partir du 1er janvier 2029, après quatre mois de simples avertissements.",
  "Les véhicules de personnes handicapées, les véhicules d'urgence et les voitures de collection de plus de trente ans sont exemptés. Les autres dérogations, d'un an renouvelable, se demanderont en ligne à partir de mars."),
 ("vote-zbe-conseil-communal-liege", HESB, "fr", 3, 600, 900, [BE, LG, T], "",
  "ZBE liégeoise : les navetteurs de Hesbaye devant un choix",
  "Pour les navetteurs de Hesbaye qui roulent chaque jour vers Liège au volant d'un vieux diesel, la zone de basses émissions votée mardi soir impose un choix d'ici septembre : changer de voiture, la laisser dans un parking-relais ou renoncer au centre-ville.",
  "La Ville promet 1 200 places supplémentaires dans ses parkings-relais d'ici l'été, dont 400 à Rocourt, à la sortie de l'autoroute."),

 # 4. Fuel tanker overturned at the Loncin interchange (Ans) at 04:50 Wednesday; E40 towards
 #    Brussels closed; heating oil leak; morning jams.
 ("citerne-mazout-e40-loncin", AMP, "fr", 3, 605, 2600, [BE, LG, T], "colon",
  "Un camion-citerne couché à Loncin, l'E40 fermée vers Bruxelles",
  "Un camion-citerne transportant 32 000 litres de mazout s'est couché vers 4 h 50 mercredi sur la bretelle de l'échangeur de Loncin, à Ans, entraînant la fermeture de l'autoroute E40 en direction de Bruxelles, a indiqué la police fédérale de la route.",
  "Le chauffeur, légèrement blessé, a été désincarcéré par les pompiers. Aucun autre véhicule n'est impliqué.",
  {"city": "Ans"}),
 ("citerne-mazout-e40-loncin", RADIO, "fr", 3, 640, 2100, [BE, LG, T], "teaser",
  "Citerne couchée à Loncin : les itinéraires conseillés",
  "Les automobilistes qui quittent Liège vers Bruxelles ce mercredi matin doivent éviter l'E40 à hauteur de Loncin et passer par la N3 à travers Ans et Awans, ou rejoindre l'E42 puis l'E411 par Namur, conseille la police de la route.",
  "Les poids lourds sont invités à patienter sur les aires de Hermalle et de Battice plutôt qu'à entrer dans l'agglomération."),
 ("citerne-mazout-e40-loncin", BL, "en", 3, 670, 500, ["Europe", "Belgium"], "updated",
  "Fuel truck overturns on E40, shutting main Liege-Brussels route",
  "A fuel truck overturned on the E40 motorway near Liege early on Wednesday, shutting the main road between the eastern Belgian city and Brussels just as the morning rush hour began, police said.",
  "The driver was slightly hurt. Officials said some of the heating oil had leaked into the drains.",
  {"clarify": "which lanes of the E40 remain closed"}),
 ("citerne-mazout-e40-loncin", ECHO, "fr", 3, 690, 1900, [BE, LG, T], "actu",
  "Loncin : 3 000 litres de mazout écoulés, l'E40 fermée au moins jusqu'à midi",
  "Environ 3 000 litres de mazout se sont écoulés de la citerne accidentée à Loncin, dont une partie dans le réseau d'égouttage, ce qui obligera à maintenir l'E40 fermée vers Bruxelles au moins jusqu'à midi, selon la zone de secours.",
  "Une entreprise spécialisée doit transvaser le reste de la cargaison avant que le poids lourd puisse être relevé par une grue."),
 ("citerne-mazout-e40-loncin", HESB, "fr", 3, 712, 1300, [BE, LG, T], "",
  "Dix-huit kilomètres de bouchons aux portes de Liège",
  "Dès 6 h 30, la file atteignait dix-huit kilomètres sur l'E25 et l'E313 à l'approche de Liège, les camions déviés de l'E40 saturant le ring nord et la traversée d'Ans, selon le centre wallon de gestion du trafic.",
  "Il faut compter plus d'une heure pour rejoindre Loncin depuis Herstal."),

 # 5. Aurora Freight Lines picks Liège-Bierset airport for its European cargo hub (shared byline
 #    line with the Huy car, post 49).
 ("hub-fret-aurora-bierset", ECO, "fr", 2, 70, 1300, [BE, WA, E], "",
  "Aurora Freight Lines installe sa base européenne à Liège-Bierset",
  "La compagnie de fret aérien Aurora Freight Lines installera à l'aéroport de Liège-Bierset sa principale base européenne, avec six avions-cargos et 450 emplois directs d'ici 2030, a annoncé mardi soir sa direction, confirmant des mois de rumeurs.",
  "Le transporteur, basé à Singapour, quittera l'aéroport allemand de Francfort-Hahn. Un hangar de maintenance sera construit côté Grâce-Hollogne.",
  {"site": "Éco wallonne"}),
 ("hub-fret-aurora-bierset", EFW, "en", 2, 140, 400, ["Aviation", "Business"], "byline_en",
  "Aurora Freight picks Liege for European hub",
  "Singapore-based Aurora Freight Lines will make Liege Airport its main European hub, moving six Boeing 777 freighters there from Frankfurt-Hahn by the end of 2029, chief executive Pieter Van Raemdonck told reporters on Tuesday.",
  "The carrier flies mostly e-commerce parcels and fresh produce between Asia, Europe and West Africa.",
  {"site": "Euro Freight Weekly", "author": "Hannah Lowery"}),
 ("hub-fret-aurora-bierset", NW, "en", 2, 330, 300, ["Business", "Belgium"], "reuters",
  "Aurora move bolsters Liege cargo role but may revive night-flight row",
  "Aurora Freight Lines' decision to base its European operations in Liege strengthens the Belgian airport's place among the continent's busiest cargo hubs, but is likely to revive disputes over night flights, analysts and residents said on Tuesday.",
  "The airport handles most of its freight between midnight and 6 in the morning.",
  {"city": "Brussels"}),
 ("hub-fret-aurora-bierset", AMP, "fr", 2, 638, 600, [BE, LG, E], "reuters_line",
  "Aéroport : les riverains redoutent quarante vols de nuit de plus",
  "Les riverains de l'aéroport de Liège-Bierset craignent que l'arrivée d'Aurora Freight Lines n'ajoute une quarantaine de vols de nuit par semaine au-dessus de Grâce-Hollogne et de Flémalle, a fait savoir l'association Nuits calmes en Hesbaye.",
  "L'association demande que le permis d'environnement de l'aéroport soit revu avant toute signature."),

 # 6. Prison guards at Lantin on a 24-hour strike from Tuesday 22:00 after a guard was stabbed;
 #    the guard operated on at the Chartreuse hospital.
 ("greve-surveillants-prison-lantin", AMP, "fr", 2, 250, 1500, [BE, LG, J], "byline_fr",
  "Un surveillant poignardé, grève de 24 heures à la prison de Lantin",
  "Les agents pénitentiaires de la prison de Lantin ont cessé le travail mardi à 22 heures pour vingt-quatre heures, quelques heures après qu'un surveillant a été blessé à l'abdomen par un détenu armé d'une lame artisanale, ont indiqué les syndicats.",
  "Le surveillant, âgé de 41 ans, a été opéré à l'hôpital de la Chartreuse, à Liège ; ses jours ne sont pas en danger. La police fédérale assure un service minimum.",
  {"site": "Agence Meuse Presse", "author": "Julien Lhoest"}),
 ("greve-surveillants-prison-lantin", RADIO, "fr", 2, 335, 1100, [BE, LG, J], "",
  "Lantin : « 1 050 détenus pour 770 places, on ne tient plus »",
  "Avec 1 050 détenus pour 770 places et des dizaines de matelas posés à même le sol, la prison de Lantin n'est plus gérable en sécurité, a dénoncé mardi soir sur Radio Ourthe FM le délégué syndical Karim Lamouchi pour expliquer l'arrêt de travail des surveillants.",
  "Il réclame l'ouverture immédiate de la nouvelle aile promise pour 2027 et le recrutement de quarante agents."),
 ("greve-surveillants-prison-lantin", GAZ, "fr", 2, 480, 800, [BE, J], "",
  "Grève à Lantin : visites annulées, audiences reportées",
  "Toutes les visites des familles sont annulées mercredi à la prison de Lantin et aucun détenu ne sera extrait vers le palais de justice de Liège, où plusieurs audiences devront être reportées, a prévenu la direction de l'établissement.",
  "Les avocats pourront rencontrer leurs clients uniquement en cas d'urgence."),
 ("greve-surveillants-prison-lantin", ECHO, "fr", 2, 620, 900, [BE, LG, J], "",
  "À Lantin, les policiers distribuent les repas",
  "Une soixantaine de policiers fédéraux assuraient mercredi matin la distribution des repas et les seuls mouvements indispensables à la prison de Lantin, où le piquet de grève des surveillants a été tenu toute la nuit devant l'entrée principale.",
  "Les détenus sont restés en cellule depuis mardi soir, sans préau ni douche."),

 # 7. Assizes trial opens in Liège: Julien Marécaux accused of killing his partner in their Dison
 #    used-car garage (March 2026); body found near the Gileppe dam.
 ("assises-meurtre-garage-dison", AMP, "fr", 2, 40, 1200, [BE, J], "",
  "Assises de Liège : le procès du meurtre du garage de Dison s'est ouvert",
  "Le procès de Julien Marécaux, accusé d'avoir tué son associé Roland Gilkinet dans leur garage de voitures d'occasion de Dison en mars 2026, s'est ouvert mardi devant la cour d'assises de Liège avec la constitution du jury.",
  "L'accusé, 38 ans, encourt la réclusion à perpétuité. Une quarantaine de témoins seront entendus."),
 ("assises-meurtre-garage-dison", VERV, "fr", 2, 150, 1000, [BE, J], "",
  "Meurtre de Dison : l'accusation évoque une dette de 180 000 euros",
  "Selon l'acte d'accusation lu mardi par l'avocate générale, Julien Marécaux devait 180 000 euros à son associé et aurait tenté de masquer le meurtre en vendant, dans les jours suivants, trois voitures du garage au nom de la victime.",
  "La défense plaidera que la dette avait été remboursée en liquide, sans reçu.",
  {"site": "Verviers Express"}),
 ("assises-meurtre-garage-dison", GAZ, "fr", 2, 380, 700, [BE, J], "",
  "Assises : « Je ne l'ai pas tué », répète l'accusé du garage de Dison",
  "Interrogé en fin de journée par la présidente de la cour, Julien Marécaux a de nouveau nié avoir tué Roland Gilkinet, affirmant l'avoir laissé vivant au garage le soir du 14 mars 2026 avant de partir pour les Pays-Bas.",
  "Les enquêteurs ont retrouvé le téléphone de l'accusé borné près de Jalhay cette nuit-là."),
 ("assises-meurtre-garage-dison", FAG, "fr", 2, 520, 600, [BE, J], "",
  "À Jalhay, les proches de Roland Gilkinet suivront le procès jusqu'au bout",
  "À Jalhay, où Roland Gilkinet avait grandi et où son corps a été retrouvé dans un bois proche du barrage de la Gileppe neuf jours après sa disparition, ses proches ont annoncé qu'ils assisteraient à toutes les audiences jusqu'au verdict, attendu le 27 janvier.",
  "« On veut entendre la vérité, pas seulement une peine », dit sa sœur.",
  {"site": "Le Courrier des Fagnes"}),

 # 8. Same palais de justice, same day: the former head of the Logis mosan social housing company
 #    sentenced for embezzlement (fake renovation invoices).
 ("jugement-logis-mosan-detournement", AMP, "fr", 2, 15, 1300, [BE, J, P], "",
  "Logis mosan : quatre ans de prison pour l'ancien directeur gérant",
  "Le tribunal correctionnel de Liège a condamné mardi l'ancien directeur gérant de la société de logement social Le Logis mosan, Marc-Henri Defossez, à quatre ans de prison dont deux avec sursis pour avoir détourné 1,3 million d'euros au moyen de fausses factures de rénovation.",
  "Deux entrepreneurs sont condamnés à dix-huit mois avec sursis. Le prévenu a un mois pour faire appel."),
 ("jugement-logis-mosan-detournement", ECHO, "fr", 2, 130, 900, [BE, J], "",
  "Logis mosan : comment les fausses factures ont échappé aux contrôles",
  "Pendant six ans, des entrepreneurs complaisants ont facturé au Logis mosan des remplacements de châssis et de chaudières jamais réalisés, dans des logements que personne, au conseil d'administration, n'a pris la peine de visiter, relève le tribunal dans son jugement.",
  "Le réviseur d'entreprises de la société n'avait vérifié aucun chantier sur place."),
 ("jugement-logis-mosan-detournement", HER, "fr", 2, 280, 700, [BE, LG], "",
  "Cité des Monts : « nos châssis ont été payés, mais jamais posés »",
  "Au Logis mosan, les locataires de la cité des Monts, à Herstal, attendent toujours les nouveaux châssis payés sur papier en 2023, et plusieurs d'entre eux ont assisté mardi au prononcé du jugement au palais de justice de Liège.",
  "« L'hiver, on met des couvertures aux fenêtres », explique une locataire de 68 ans."),
 ("jugement-logis-mosan-detournement", QW, "fr", 2, 525, 600, [BE, WA, P], "",
  "Après le jugement du Logis mosan, un audit de tout le logement social wallon",
  "La ministre wallonne du Logement, Isabelle Thonon, a annoncé mardi soir un audit de la gestion des travaux dans les soixante-deux sociétés de logement de service public de Wallonie, après la condamnation de l'ancien patron du Logis mosan.",
  "Les résultats sont attendus avant l'été.",
  {"site": "Le Quotidien wallon"}),

 # 9. Fire in the Recymeuse plastics warehouse at the port of Monsin, ~23:15; no victim; smoke
 #    over Herstal, Wandre and Jupille.
 ("incendie-entrepot-recymeuse-monsin", HER, "fr", 2, 280, 1600, [BE, LG, FD], "",
  "Violent incendie dans un entrepôt de plastiques au port de Monsin",
  "Un violent incendie s'est déclaré vers 23 h 15 mardi dans un entrepôt de déchets plastiques de l'entreprise Recymeuse, sur le site portuaire de Monsin, à Liège, dégageant un épais panache de fumée noire visible depuis Herstal et Visé.",
  "Aucun employé ne se trouvait sur le site. Les pompiers ont engagé un bateau-pompe depuis le canal Albert."),
 ("incendie-entrepot-recymeuse-monsin", AMP, "fr", 2, 320, 1500, [BE, LG], "colon",
  "Incendie au port de Monsin : les riverains invités à fermer leurs fenêtres",
  "Les habitants de Herstal, de Wandre et de Jupille ont été invités dans la nuit de mardi à mercredi à garder portes et fenêtres fermées et à couper leur ventilation, en raison de la fumée dégagée par l'incendie d'un entrepôt de plastiques au port de Monsin, a indiqué la zone de secours.",
  "La consigne vaut jusqu'à nouvel ordre. Les écoles de Wandre ouvriront normalement.",
  N12),
 ("incendie-entrepot-recymeuse-monsin", UW, "en", 2, 400, 250, ["Europe", "Belgium"], "upi",
  "Recycling warehouse blaze sends smoke over Belgian suburbs",
  "A fire at a plastics recycling warehouse in the river port of Liege, Belgium, sent a plume of black smoke over nearby towns overnight, prompting officials to tell thousands of residents to keep their windows shut.",
  "No one was hurt, fire officials said.",
  {"date_en": "Jan. 12"}),
 ("incendie-entrepot-recymeuse-monsin", GAZ, "fr", 2, 560, 1000, [BE, LG], "",
  "Monsin : le feu maîtrisé, l'air jugé sans danger",
  "L'incendie de l'entrepôt de Recymeuse a été maîtrisé vers 4 heures mercredi, et les premières mesures de la qualité de l'air réalisées dans les quartiers voisins n'ont pas révélé de concentrations dangereuses, ont indiqué les autorités.",
  "La consigne de confinement a été levée à 5 h 30, mais les potagers proches du port ne devront pas être récoltés avant les résultats des prélèvements."),
 ("incendie-entrepot-recymeuse-monsin", ECO, "fr", 2, 650, 500, [BE, E], "",
  "Recymeuse, un site déjà dans le viseur de la Ville",
  "Le site de Recymeuse au port de Monsin avait déjà connu un départ de feu en août 2025, et l'entreprise, qui y entrepose jusqu'à 4 000 tonnes de plastiques en attente de broyage, faisait l'objet d'une procédure de révision de son permis d'environnement, a rappelé la Ville de Liège.",
  "La directrice de l'entreprise, Aurélie Lonhienne, assure que les stocks respectaient les limites autorisées.",
  {"site": "Éco wallonne"}),

 # 10. A car falls into the Meuse from the quai de Namur in Huy at ~23:50; two young men missing,
 #     the driver's body found at 05:15 (shared byline line with the cargo hub, post 29).
 ("voiture-meuse-quai-huy", HUY, "fr", 2, 330, 1700, [BE, FD], "",
  "Huy : une voiture tombe dans la Meuse, deux jeunes disparus",
  "Une voiture avec deux jeunes hommes à bord a basculé dans la Meuse vers 23 h 50 mardi depuis le quai de Namur, à Huy, et les plongeurs des pompiers recherchaient toujours ses occupants au milieu de la nuit, a indiqué la police locale.",
  "Des témoins ont vu le véhicule quitter la chaussée à vive allure avant de disparaître sous l'eau."),
 ("voiture-meuse-quai-huy", RADIO, "fr", 2, 500, 1000, [BE, FD], "",
  "Voiture dans la Meuse à Huy : les recherches suspendues à cause du courant",
  "Les recherches des deux jeunes hommes dont la voiture est tombée dans la Meuse à Huy ont été suspendues vers 3 heures en raison du fort courant, et doivent reprendre avant l'aube avec l'appui d'un sonar, selon le parquet de Liège.",
  "Le barrage d'Ampsin-Neuville a réduit son débit pour faciliter le travail des plongeurs."),
 ("voiture-meuse-quai-huy", AMP, "fr", 2, 639, 1400, [BE, FD], "reuters_line",
  "Huy : le corps du conducteur retrouvé, son passager toujours recherché",
  "Le corps du conducteur, un Hutois de 21 ans, a été retrouvé dans l'habitacle de la voiture tombée dans la Meuse à Huy, hissée sur le quai par une grue vers 5 h 15 mercredi, tandis que son passager, âgé de 19 ans, restait introuvable, a indiqué le parquet de Liège.",
  "Les plongeurs ont repris les recherches en aval, jusqu'à l'écluse d'Ampsin."),
 ("voiture-meuse-quai-huy", REV, "fr", 2, 680, 800, [BE], "soutien",
  "Quai de Namur : les riverains réclamaient un garde-corps",
  "Le tronçon du quai de Namur où la voiture a plongé dans la Meuse n'est protégé que par une bordure de vingt centimètres, et le comité de quartier réclamait depuis 2024 l'installation d'un garde-corps, rappelle son président, Didier Lognoul.",
  "La Ville de Huy indique que des barrières provisoires seront posées dès jeudi.",
  {"site": "Le Réveil hutois"}),

 # 11. Walloon Parliament to vote on Wednesday the decree on extra compensation for the July 2021
 #     flood victims of the Vesdre valley.
 ("vote-decret-sinistres-vesdre", QW, "fr", 2, 90, 1100, [BE, WA, P], "",
  "Sinistrés de la Vesdre : le décret d'indemnisation soumis au vote mercredi",
  "La commission de l'Aménagement du territoire du Parlement de Wallonie a approuvé mardi soir le décret qui accorde une indemnité complémentaire aux sinistrés des inondations de juillet 2021 dans la vallée de la Vesdre, ouvrant la voie à un vote en séance plénière mercredi après-midi à Namur.",
  "L'enveloppe s'élève à 140 millions d'euros sur trois ans.",
  {"site": "Le Quotidien wallon"}),
 ("vote-decret-sinistres-vesdre", VERV, "fr", 2, 200, 900, [BE, WA], "",
  "À Pepinster, les sinistrés attendent le vote « sans trop y croire »",
  "Dans les rues de Pepinster où les façades portent encore la trace de l'eau, les sinistrés de juillet 2021 qui n'ont toujours pas été entièrement indemnisés accueillent le décret soumis au Parlement wallon avec un mélange d'espoir et de lassitude.",
  "« Six ans et demi après, on rembourse encore le prêt de la toiture », explique un retraité de la rue de Verviers.",
  {"site": "Verviers Express"}),
 ("vote-decret-sinistres-vesdre", BXD, "fr", 2, 470, 500, [BE, WA], "byline_fr",
  "Décret Vesdre : qui pourra toucher l'indemnité complémentaire ?",
  "L'indemnité complémentaire, plafonnée à 25 000 euros par logement, sera accessible aux propriétaires occupants de la vallée de la Vesdre dont l'assurance et le fonds des calamités n'ont pas couvert tous les travaux de remise en état, sur présentation des factures.",
  "Les locataires ayant perdu leur mobilier pourront obtenir jusqu'à 5 000 euros. Les demandes devront être introduites avant la fin de 2028.",
  {"site": "Bruxelles Dépêches", "author": "Élodie Spronck"}),
 ("vote-decret-sinistres-vesdre", AMP, "fr", 2, 688, 600, [BE, WA, P], "publie",
  "Inondations : l'opposition votera contre un décret « trop tardif »",
  "Les groupes de l'opposition voteront mercredi contre le décret d'indemnisation complémentaire des sinistrés de la Vesdre, jugeant son enveloppe de 140 millions d'euros insuffisante et son entrée en vigueur, prévue en septembre, beaucoup trop tardive.",
  "La majorité dispose de 47 sièges sur 75 au Parlement de Wallonie.",
  {"site": "Agence Meuse Presse", **N12}),

 # 12. Orange freezing-rain alert for the provinces of Liège and Luxembourg, Wednesday 10:00-18:00.
 ("alerte-pluie-verglacante-liege-luxembourg", AMP, "fr", 3, 120, 2200, [BE, WA], "",
  "Alerte orange à la pluie verglaçante mercredi sur Liège et le Luxembourg",
  "Le service météorologique national a placé mardi soir les provinces de Liège et de Luxembourg en alerte orange à la pluie verglaçante pour mercredi de 10 heures à 18 heures, avec un risque de routes et de trottoirs transformés en patinoire.",
  "Le reste de la Wallonie est en alerte jaune. Les précipitations devraient se transformer en simple pluie en soirée."),
 ("alerte-pluie-verglacante-liege-luxembourg", FAG, "fr", 3, 350, 1500, [BE, WA], "",
  "Hautes Fagnes : les écoles de Waimes, Bütgenbach et Malmedy fermées mercredi",
  "Les communes de Waimes, Bütgenbach et Malmedy ont décidé de fermer leurs écoles mercredi en raison de l'alerte orange à la pluie verglaçante, les bus scolaires ne pouvant pas circuler en sécurité sur les routes des Hautes Fagnes.",
  "Une garderie sera assurée dans chaque implantation pour les parents qui doivent travailler.",
  {"site": "Le Courrier des Fagnes"}),
 ("alerte-pluie-verglacante-liege-luxembourg", BL, "en", 3, 520, 400, ["Europe", "Belgium", "Weather"], "donate",
  "Freezing rain warning for eastern Belgium",
  "Belgium's weather service has issued an orange warning for freezing rain in the eastern provinces of Liege and Luxembourg from mid-morning to early evening on Wednesday, urging people to avoid non-essential travel.",
  "Road crews began spreading salt on motorways overnight."),
 ("alerte-pluie-verglacante-liege-luxembourg", LM, "fr", 3, 610, 1800, [BE, LG, T], "",
  "Verglas : les bons réflexes pour se déplacer mercredi",
  "Si vous devez prendre la route mercredi, partez avant 10 heures ou après 18 heures, réduisez fortement votre vitesse et gardez trois fois la distance habituelle avec le véhicule qui précède, recommande la police de la route.",
  "À pied, privilégiez les chaussures à semelles crantées et salez votre trottoir avant l'arrivée de la pluie : c'est une obligation pour les riverains dans la plupart des communes.",
  {"site": "Liège Matin"}),

 # 13-16. Promo alone; filler: cup result at the Val-Saint-Lambert stadium, weather bulletin,
 #        lottery draw.
 ("promo-echo-du-perron-janvier", ECHO, "fr", 0, 10, 60, ["Promo"], "",
  "L'Écho du Perron numérique : le premier mois à 1 euro",
  "Abonnez-vous à L'Écho du Perron numérique et recevez chaque matin à 6 heures l'essentiel de l'actualité de Liège et de sa province, pour 1 euro le premier mois.",
  "Offre sans engagement, réservée aux nouveaux abonnés jusqu'au 31 janvier."),
 ("foot-coupe-val-saint-lambert-malmedy", SPORT, "fr", 0, 215, 1300, ["Sport"], "",
  "Coupe : l'Union Val-Saint-Lambert en quarts de finale",
  "L'Union Val-Saint-Lambert s'est qualifiée mardi soir pour les quarts de finale de la Coupe de Wallonie en battant la Royal Excelsior Malmedy 3-1 au stade du Val-Saint-Lambert, à Seraing.",
  "Les Sérésiens affronteront Tubize ou Ciney au tour suivant.",
  {"site": "Meuse Sport"}),
 ("foot-coupe-val-saint-lambert-malmedy", SER, "fr", 0, 280, 900, ["Sport"], "",
  "Doublé de Yanis Hoffelt, Val-Saint-Lambert renverse Malmedy",
  "Mené au repos, l'Union Val-Saint-Lambert a renversé la Royal Excelsior Malmedy (3-1) grâce à un doublé de Yanis Hoffelt dans le dernier quart d'heure, mardi soir devant 2 300 spectateurs.",
  "Les salons du stade ont été rouverts une heure après le coup de sifflet final pour accueillir les habitants évacués de l'incendie de la rue des Trois-Fosses.",
  {"site": "Le Journal de Seraing"}),
 ("meteo-wallonie-mercredi-12-janvier", METEO, "fr", 0, 692, 1600, ["Météo"], "",
  "Météo du mercredi 12 janvier : gris et froid, pluie verglaçante l'après-midi",
  "Le ciel restera bas et gris mercredi sur la Wallonie, avec des maximales de 0 à 2 °C, avant l'arrivée de pluies verglaçantes par l'ouest en fin de matinée, puis d'un léger redoux en soirée.",
  "Jeudi, éclaircies et 6 °C à Liège."),
 ("super-tirage-mardi-11-janvier", LOT, "fr", 0, 150, 1100, ["Loterie"], "",
  "Super Tirage : les numéros gagnants de mardi 11 janvier",
  "Les numéros gagnants du Super Tirage de mardi 11 janvier sont le 5, le 12, le 19, le 27, le 34 et le 41, avec le numéro bonus 8.",
  "Un joueur de la province de Namur a trouvé les six bons numéros et remporte 1,8 million d'euros."),
]
