# Day 92 (hold-out): a Comoros French channel, evening edition of Wednesday 15 September 2027
# (window 07:00 - 19:00 Wednesday Moroni, Indian/Comoro = UTC+3, no summer time). Gold answer
# written before any run: each post's story, its lede (the true first sentence) and the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: the Minister of the Economy and government
#   spokesperson, Sitti Djaouharia Abdallah, on Radio Ylang 104's "Grand Matin" at 07:30, quoted
#   about the dockers' strike at Mutsamudu (post 14) and about the power-cut march in Moroni
#   (post 20), both carrying « L'État ne cédera ni à la rue ni au blocage, mais ma porte reste
#   ouverte à quiconque vient discuter »;
# - a shared wire byline line ("Agence Comores Presse | Mis à jour : 15-09-2027 18:12"): the clove
#   campaign's floor price (post 52) and the reopening of the Itsandra beach hotel (post 54),
#   unrelated stories three minutes apart;
# - the same hospital: El-Maarouf in Moroni takes the minibus crash's injured (posts 1, 4, 5) and
#   opens its new dialysis unit the same morning (posts 33-35; post 34 says the minister went on
#   to visit the crash's injured); the boat collision's injured go to Hombo hospital in Mutsamudu,
#   which post 35 (dialysis) also names;
# - the same town and port: Mutsamudu holds the dockers' strike (posts 13-18), the collision of the
#   passenger launch with a fishing canoe at the harbour entrance (posts 7-12; post 9 says it is
#   unrelated to the strike, post 16 says the strike is unrelated to the collision) and the census
#   tablets stuck on a ship in the roadstead (post 58, a census post); Moroni holds the march, the
#   two trials, the dialysis unit, the fishing code debate and the census launch; Mohéli holds the
#   oil slick (Nioumachoua, marine park), the chikungunya cases (Fomboni) and the Fomboni
#   fishermen's reaction to the fishing code (post 40), and the launch had sailed from Fomboni;
# - look-alike stories: two accidents with rising tolls (minibus into a ravine near Mitsamiouli,
#   6 -> 8 -> 9 dead; launch-canoe collision at Mutsamudu, 2 dead and 4 missing -> 3 dead and 2
#   missing); two trials at the same Moroni courthouse with the same prosecutor, Abdou Mhoumadi
#   (the former head of the power utility OCE: requisitions; the fake medicines sold at Volo-Volo:
#   verdict); a strike (dockers, Mutsamudu) and a demonstration (power cuts, Moroni); the march is
#   against the same utility whose former director is on trial (post 21 mentions the trial), and
#   it passes the Volo-Volo market where the fake medicines were sold and where the crash's victims
#   were going to sell vegetables (post 3);
# - one story in two languages by different agencies with different words: the collision is
#   "vedette" / "barque de pêche" / "embarcation rapide" (L'Écho de Ndzuani, Agence Comores Presse,
#   Agence Nord) and "speedboat ferry" / "fishing canoe" (Wire West) and "passenger launch" /
#   "outrigger" (AP-like); the crash is "minibus" / "taxi-brousse" / "sortie de route";
#   the slick is "nappe d'hydrocarbures" / "marée noire" / "pollution" / "oil spill";
# - stories told from other angles: the route's black spots (post 6), the families at the port
#   (post 12), what a strike means for shoppers (post 17), the shopkeepers and generators (post 23),
#   how to report fake medicines (post 31), the patients from Anjouan (post 35), what the fishing
#   code changes (post 38), volunteers on the beach (post 44), protecting yourself from the
#   mosquito (post 49), what the census agent will ask (post 57);
# - posts in English (agencies' English services, a conservation site): posts 5, 10, 11, 16, 34,
#   39, 43, 45 (8 posts);
# - a promo posted alone (post 59); filler of importance 0: the football result (posts 60-61, the
#   Fomboni club), the weather bulletin (post 62, rough seas in the channels), the horoscope (63).
NAME = "2027-09-15-fr-soir-moroni-h92"
CHANNEL = {"lang": "fr", "tz": "Indian/Comoro"}
WINDOW = ("2027-09-15T04:00:00Z", "2027-09-15T16:00:00Z")
CTX = {"stamp": "15-09-2027 18:12", "line": "Agence Comores Presse | Mis à jour : 15-09-2027 18:12",
       "city": "Moroni", "date_fr": "15 sept", "date_en": "Sept. 15",
       "author": "Mohamed Soilihi Badroudine", "clarify": "the number of people still missing",
       "caption": "", "also": "", "country": "Comoros"}
# The editor's top 5: the minibus crash near Mitsamiouli, the launch collision at Mutsamudu, the
# power-cut march in Moroni, the dockers' strike, the oil slick off Mohéli.
TOP5 = ["minibus-ravin-mitsamiouli", "collision-vedette-pirogue-mutsamudu",
        "marche-coupures-courant-moroni", "greve-dockers-mutsamudu", "nappe-petrole-nioumachoua"]
KM = "Comores"
FD = "Faits divers"
E = "Économie"
SA = "Santé"
J = "Justice"
P = "Politique"
ENV = "Environnement"
SOC = "Société"
ACP = "agence-comores-presse.km"
MATIN = "matin-des-iles.km"
COUR = "courrier-de-ngazidja.km"
RADIO = "radio-ylang104.km"
NDZ = "echo-de-ndzuani.km"
MWALI = "mwali-infos.km"
NORD = "agence-nord.fr"
WW = "wire-west.com"
APL = "ap-like.com"
CANAL = "quotidien-du-canal.yt"
QUOTE = ("« L'État ne cédera ni à la rue ni au blocage, mais ma porte reste ouverte à quiconque "
         "vient discuter »")
POSTS = [
 # 1. Minibus into a ravine near Mitsamiouli, 06:20; 6 -> 9 dead; injured to El-Maarouf.
 ("minibus-ravin-mitsamiouli", ACP, "fr", 3, 38, 3100, [KM, FD], "afp",
  "Six morts dans la chute d'un minibus dans un ravin près de Mitsamiouli",
  "Six personnes ont été tuées et quatorze blessées mercredi à l'aube lorsqu'un minibus transportant des vendeuses de légumes vers Moroni a quitté la route et basculé dans un ravin entre Mitsamiouli et Bangoi-Kouni, dans le nord de la Grande Comore, a-t-on appris auprès de la gendarmerie.",
  "Le véhicule, parti de Mitsamiouli vers 6 heures, aurait raté un virage dans la descente de Bangoi-Kouni. Les blessés ont été transportés au Centre hospitalier national El-Maarouf, à Moroni.",
  {"city": "Moroni"}),
 ("minibus-ravin-mitsamiouli", RADIO, "fr", 3, 95, 2200, [KM], "",
  "Drame de Bangoi-Kouni : « les freins ne répondaient plus », selon un rescapé",
  "Un passager rescapé du minibus tombé dans un ravin près de Mitsamiouli a raconté à Radio Ylang 104 que le chauffeur avait crié que les freins ne répondaient plus quelques secondes avant la sortie de route.",
  "« On était vingt-deux, serrés avec les paniers de brèdes et de manioc, et le taxi a pris de la vitesse dans la pente », a-t-il expliqué depuis son lit d'hôpital. Le chauffeur figure parmi les blessés."),
 ("minibus-ravin-mitsamiouli", COUR, "fr", 3, 210, 2500, [KM, FD], "caption",
  "Accident de Bangoi-Kouni : le bilan s'alourdit à huit morts",
  "Le bilan de la sortie de route d'un taxi-brousse dans la région de Mitsamiouli est passé à huit morts mercredi en fin de matinée, deux blessés ayant succombé à leurs blessures à l'hôpital, selon la direction de la protection civile.",
  "Parmi les victimes figurent cinq femmes qui allaient vendre leurs légumes au marché de Volo-Volo. Le gouverneur de Ngazidja s'est rendu sur les lieux.",
  {"site": "Le Courrier de Ngazidja", "caption": "Le taxi-brousse renversé au fond du ravin, en contrebas de la route de Bangoi-Kouni, au nord de la Grande Comore, le mercredi 15 septembre 2027."}),
 ("minibus-ravin-mitsamiouli", ACP, "fr", 3, 400, 2800, [KM, FD], "actu",
  "Sortie de route près de Mitsamiouli : neuf morts, deuil régional décrété",
  "Neuf personnes sont désormais mortes dans l'accident du minibus tombé mercredi matin dans un ravin au nord de la Grande Comore, et le gouverneur de Ngazidja a décrété deux jours de deuil dans l'île.",
  "Cinq blessés restent dans un état grave au service de réanimation d'El-Maarouf, qui a lancé un appel aux donneurs de sang. Le ministre des Transports a annoncé le contrôle technique obligatoire de tous les taxis-brousse avant la fin de l'année."),
 ("minibus-ravin-mitsamiouli", NORD, "en", 3, 455, 600, ["Africa", "Indian Ocean"], "byline_en",
  "Nine dead as minibus plunges into ravine in Comoros",
  "Nine people were killed when a minibus carrying market traders left the road and fell into a ravine on Grande Comore, the main island of the Comoros, early on Wednesday, officials said.",
  "Five of the injured were in critical condition at El-Maarouf hospital in the capital Moroni.",
  {"site": "Agence Nord English", "author": "Clara Vautrin"}),
 ("minibus-ravin-mitsamiouli", MATIN, "fr", 3, 560, 1300, [KM, SOC], "",
  "Route du Nord : les points noirs que les chauffeurs connaissent tous",
  "La descente de Bangoi-Kouni, où un minibus a basculé mercredi dans un ravin, figure depuis des années sur la liste des points noirs de la route du Nord, avec ses virages sans glissière et un revêtement que les pluies ont creusé de nids-de-poule.",
  "Les chauffeurs recommandent de rétrograder avant la pente plutôt que de freiner en continu. Passagers : refusez de monter dans un véhicule surchargé et notez son numéro d'immatriculation avant le départ."),

 # 2. Passenger launch vs fishing canoe at the entrance of Mutsamudu harbour, ~10:40;
 #    2 dead + 4 missing -> 3 dead + 2 missing; injured to Hombo hospital.
 ("collision-vedette-pirogue-mutsamudu", NDZ, "fr", 3, 250, 2100, [KM, FD], "",
  "Mutsamudu : une vedette percute une barque de pêche à l'entrée du port",
  "Une vedette de transport de passagers venue de Fomboni a percuté mercredi vers 10 h 40 une barque de pêche à l'entrée du port de Mutsamudu, faisant au moins deux morts et quatre disparus parmi les pêcheurs, selon les garde-côtes.",
  "La vedette, qui transportait une quarantaine de passagers, a pu regagner le quai. Plusieurs pêcheurs ont été repêchés par des plaisanciers."),
 ("collision-vedette-pirogue-mutsamudu", ACP, "fr", 3, 300, 2600, [KM, FD], "colon",
  "Collision en mer à Mutsamudu : deux morts, quatre disparus",
  "Deux pêcheurs sont morts et quatre autres sont portés disparus après la collision entre une embarcation rapide reliant Mohéli à Anjouan et leur barque, mercredi matin à l'entrée de la rade de Mutsamudu, a annoncé la préfecture.",
  "Les garde-côtes et des pêcheurs du quartier de Mpagé poursuivent les recherches. Trois blessés ont été admis à l'hôpital de Hombo.",
  {"city": "Mutsamudu"}),
 ("collision-vedette-pirogue-mutsamudu", NORD, "fr", 3, 360, 1500, [KM], "lire",
  "Anjouan : le pilote de la vedette placé en garde à vue après la collision",
  "Le pilote de la vedette qui a heurté une embarcation de pêcheurs mercredi à l'entrée du port de Mutsamudu a été placé en garde à vue, a indiqué le parquet de Mutsamudu, qui soupçonne un excès de vitesse dans la passe.",
  "Selon les autorités portuaires, l'accident n'a aucun lien avec la grève des dockers qui paralyse le même port depuis le matin : la vedette accostait au quai des passagers, resté ouvert.",
  {"also": "Comores : à Mutsamudu, le port à l'arrêt"}),
 ("collision-vedette-pirogue-mutsamudu", WW, "en", 3, 395, 800, ["Africa", "Indian Ocean"], "reuters",
  "Speedboat ferry hits fishing canoe off Comoros port, two dead",
  "A speedboat ferry carrying about 40 passengers from the island of Moheli struck a fishing canoe as it entered the port of Mutsamudu on Anjouan on Wednesday, killing two fishermen and leaving four missing, the coast guard said.",
  "Sea travel between the three islands of the Comoros relies largely on small fast boats, and accidents are frequent.",
  {"city": "Moroni"}),
 ("collision-vedette-pirogue-mutsamudu", APL, "en", 3, 540, 500, ["Africa"], "ap",
  "Comoros: third fisherman found dead after launch collision",
  "Rescuers recovered the body of a third fisherman on Wednesday afternoon after a passenger launch slammed into his outrigger off the Comoran port of Mutsamudu, and two men remain missing, local officials said.",
  "The launch's pilot was being held for questioning.",
  {"city": "Mutsamudu"}),
 ("collision-vedette-pirogue-mutsamudu", NDZ, "fr", 3, 640, 1700, [KM, SOC], "byline_fr",
  "Sur le quai de Mutsamudu, les familles des pêcheurs disparus attendent",
  "Assises sur les blocs de béton du quai depuis la fin de matinée, les femmes du quartier de Mpagé scrutent la mer, où deux pêcheurs sont toujours recherchés après la collision qui a déjà fait trois morts.",
  "Les recherches ont été suspendues à la tombée de la nuit et reprendront jeudi à l'aube avec un bateau de la marine venu de Moroni.",
  {"site": "L'Écho de Ndzuani", "author": "Faïza Houmadi Attoumane"}),

 # 3. Dockers' 72-hour strike at the port of Mutsamudu from 06:00; the spokesperson on the radio.
 ("greve-dockers-mutsamudu", NDZ, "fr", 2, 20, 1600, [KM, E], "",
  "Port de Mutsamudu : les dockers entament une grève de 72 heures",
  "Les dockers du port de Mutsamudu ont cessé le travail mercredi à 6 heures pour une grève de 72 heures, réclamant le paiement de trois mois d'arriérés de primes et des contrats écrits pour les journaliers.",
  "Deux navires porte-conteneurs attendent en rade le déchargement de riz, de ciment et de carburant."),
 ("greve-dockers-mutsamudu", RADIO, "fr", 2, 62, 2300, [KM, E, P], "",
  "Grève au port : la porte-parole du gouvernement appelle les dockers à reprendre le travail",
  "Invitée du Grand Matin de Radio Ylang 104, la ministre de l'Économie et porte-parole du gouvernement, Sitti Djaouharia Abdallah, a appelé les dockers de Mutsamudu à reprendre le travail, affirmant que les arriérés seraient versés « avant la fin du mois ».",
  f"{QUOTE}, a-t-elle lancé, en rappelant que le port d'Anjouan est le seul point d'entrée en eaux profondes du pays."),
 ("greve-dockers-mutsamudu", ACP, "fr", 2, 230, 1800, [KM, E], "ats",
  "Débrayage au port d'Anjouan : le trafic de marchandises à l'arrêt",
  "Le trafic de marchandises est totalement paralysé au port de Mutsamudu, où l'arrêt de travail des manutentionnaires est suivi à la quasi-totalité selon le syndicat, qui a installé un piquet devant le portail principal.",
  "La direction du port assure que le quai des passagers fonctionne normalement.",
  {"city": "Mutsamudu"}),
 ("greve-dockers-mutsamudu", WW, "en", 2, 420, 500, ["Africa", "Business"], "updated",
  "Comoros dockworkers strike halts cargo at main deep-water port",
  "Dockworkers at Mutsamudu, the only deep-water port of the Comoros, walked off the job on Wednesday for 72 hours over unpaid bonuses, leaving two container ships with rice and fuel waiting offshore.",
  "A government spokeswoman urged them to return to work. The strike is unrelated to a boat collision at the harbour entrance earlier in the day.",
  {"clarify": "the number of ships waiting offshore"}),
 ("greve-dockers-mutsamudu", MATIN, "fr", 2, 590, 1100, [KM, E], "",
  "Grève des dockers : faut-il craindre une pénurie de riz ?",
  "Si la grève des dockers de Mutsamudu va jusqu'à son terme samedi, les commerçants de Grande Comore pourraient manquer de riz importé dès la semaine prochaine, préviennent les grossistes de Moroni.",
  "Les consommateurs n'ont pas de raison de faire des stocks, estime l'Union des chambres de commerce, qui rappelle que deux semaines de réserves sont entreposées à Moroni."),
 ("greve-dockers-mutsamudu", NDZ, "fr", 2, 690, 900, [KM, E], "",
  "Port de Mutsamudu : pas d'accord au soir du premier jour de grève",
  "La réunion entre le syndicat des dockers, la direction du port et le préfet de Mutsamudu s'est achevée mercredi soir sans accord, et la grève se poursuivra jeudi.",
  "Les dockers exigent un versement immédiat d'au moins un mois d'arriérés."),

 # 4. March against power cuts in Moroni, from 10:00 at the place de l'Indépendance; teargas.
 ("marche-coupures-courant-moroni", COUR, "fr", 3, 45, 1900, [KM, SOC], "",
  "Délestages : un collectif appelle à marcher ce mercredi à Moroni",
  "Le collectif « Moroni dans le noir » appelle les habitants de la capitale à marcher mercredi à partir de 10 heures de la place de l'Indépendance jusqu'au siège de l'Office comorien de l'énergie pour dénoncer des délestages qui atteignent désormais douze heures par jour.",
  "Les organisateurs demandent un calendrier public des coupures et la réparation des deux groupes de la centrale de Voidjou."),
 ("marche-coupures-courant-moroni", ACP, "fr", 3, 80, 1400, [KM, P], "",
  "La porte-parole du gouvernement met en garde avant la marche contre les délestages",
  "La porte-parole du gouvernement, Sitti Djaouharia Abdallah, a mis en garde mercredi matin sur Radio Ylang 104 contre tout débordement lors de la marche prévue à Moroni contre les coupures d'électricité, tout en reconnaissant que la situation était « difficile pour les familles ».",
  f"{QUOTE}, a-t-elle déclaré, en annonçant l'arrivée d'une pièce de rechange pour la centrale de Voidjou d'ici dix jours."),
 ("marche-coupures-courant-moroni", MATIN, "fr", 3, 235, 2700, [KM, SOC], "teaser",
  "Moroni : gaz lacrymogène contre la marche contre les coupures de courant",
  "La police a dispersé à coups de gaz lacrymogène mercredi en fin de matinée plusieurs centaines de manifestants qui tentaient d'atteindre le siège de l'Office comorien de l'énergie, à Moroni, pour protester contre les coupures d'électricité.",
  "Des jeunes ont ensuite brûlé des pneus près du marché de Volo-Volo, dont les commerçants ont baissé leurs rideaux. Plusieurs manifestants brandissaient des pancartes évoquant le procès de l'ancien directeur de l'Office, qui se tenait le même jour au palais de justice."),
 ("marche-coupures-courant-moroni", ACP, "fr", 3, 330, 2300, [KM, SOC], "afp",
  "Marche contre les délestages : vingt-trois interpellations à Moroni",
  "Vingt-trois personnes ont été interpellées mercredi à Moroni lors de la manifestation contre les délestages d'électricité, et deux policiers ont été légèrement blessés par des jets de pierres, a indiqué la direction générale de la sûreté nationale.",
  "Le calme est revenu en début d'après-midi dans le centre-ville. Le collectif organisateur dénonce « une répression disproportionnée » et promet de nouvelles marches."),
 ("marche-coupures-courant-moroni", COUR, "fr", 3, 480, 1200, [KM, E], "publie",
  "Sans courant douze heures par jour, les commerçants de Moroni tournent au groupe électrogène",
  "Boulangers, couturiers et tenanciers de cybercafés de Moroni dépensent désormais plus en gasoil pour leurs groupes électrogènes qu'en loyer, racontent ceux qui ont rejoint mercredi la marche contre les coupures.",
  "« Je fais tourner le congélateur deux heures le matin et deux heures le soir, le reste du poisson part à perte », témoigne une poissonnière de Volo-Volo.",
  {"site": "Le Courrier de Ngazidja"}),
 ("marche-coupures-courant-moroni", RADIO, "fr", 3, 660, 1000, [KM, P], "",
  "Coupures d'électricité : le collectif reçu jeudi au ministère de l'Énergie",
  "Le ministre de l'Énergie recevra jeudi à 9 heures les représentants du collectif qui a organisé la marche de mercredi contre les délestages à Moroni, a annoncé son cabinet en début de soirée.",
  "Le collectif exige au préalable la libération des personnes interpellées."),

 # 5. Trial of the former director general of the power utility OCE, Moroni court: requisitions.
 ("proces-ex-dg-office-energie", MATIN, "fr", 2, 120, 1300, [KM, J], "",
  "Le procès de l'ancien patron de l'Office comorien de l'énergie s'ouvre à Moroni",
  "L'ancien directeur général de l'Office comorien de l'énergie, Ismaël Madi Chanfi, comparaît depuis mercredi matin devant le tribunal correctionnel de Moroni pour le détournement présumé de 1,4 milliard de francs comoriens destinés à l'achat de gasoil pour les centrales.",
  "Quatre anciens cadres de l'Office et un fournisseur sont jugés à ses côtés."),
 ("proces-ex-dg-office-energie", ACP, "fr", 2, 380, 1500, [KM, J], "",
  "Détournement à l'Office de l'énergie : l'ancien directeur nie tout enrichissement",
  "À la barre, Ismaël Madi Chanfi a contesté mercredi avoir profité des fonds de l'Office comorien de l'énergie, expliquant que les paiements en liquide à un fournisseur de carburant avaient été validés par son conseil d'administration.",
  "Le président du tribunal a produit des relevés montrant l'achat de deux villas à Itsandra pendant la même période."),
 ("proces-ex-dg-office-energie", COUR, "fr", 2, 600, 1600, [KM, J], "",
  "Sept ans de prison requis contre l'ancien directeur de l'Office comorien de l'énergie",
  "Le procureur de la République, Abdou Mhoumadi, a requis mercredi en fin d'après-midi sept ans d'emprisonnement ferme et la confiscation de ses biens contre Ismaël Madi Chanfi, l'ancien directeur général de l'Office comorien de l'énergie, jugé à Moroni pour détournement de deniers publics.",
  "Des peines de deux à cinq ans ont été requises contre ses coaccusés. Le jugement a été mis en délibéré au 6 octobre."),
 ("proces-ex-dg-office-energie", CANAL, "fr", 2, 650, 500, ["Océan Indien", J], "",
  "Comores : réquisitoire sévère au procès du « gasoil des centrales »",
  "Le parquet de Moroni a réclamé mercredi sept ans de prison contre l'ex-patron de la compagnie publique d'électricité des Comores, accusé d'avoir détourné l'argent du carburant des centrales.",
  "Le dossier est suivi de près par les bailleurs de fonds, qui financent une partie de la réhabilitation du réseau."),

 # 6. Fake medicines sold at the Volo-Volo market: verdict at the same Moroni court, same prosecutor.
 ("proces-faux-medicaments-volo-volo", ACP, "fr", 2, 150, 1200, [KM, J, SA], "",
  "Faux médicaments : quatre ans de prison pour le réseau de Volo-Volo",
  "Le tribunal correctionnel de Moroni a condamné mercredi à quatre ans de prison ferme deux grossistes reconnus coupables d'avoir écoulé au marché de Volo-Volo des antipaludiques et des antibiotiques contrefaits importés sans autorisation.",
  "Trois revendeuses ont écopé de peines avec sursis. Le tribunal a ordonné la destruction des quelque six cents cartons saisis en février."),
 ("proces-faux-medicaments-volo-volo", MATIN, "fr", 2, 265, 900, [KM, J], "",
  "Médicaments contrefaits : le parquet satisfait du jugement",
  "Le procureur de la République, Abdou Mhoumadi, s'est dit satisfait mercredi des peines prononcées contre les vendeurs de faux médicaments de Volo-Volo, estimant que le jugement « envoie un message clair aux trafiquants ».",
  "La défense a annoncé son intention de faire appel."),
 ("proces-faux-medicaments-volo-volo", COUR, "fr", 2, 430, 800, [KM, SA], "",
  "Comment reconnaître un médicament contrefait et le signaler",
  "Un emballage à l'orthographe approximative, une date de péremption illisible ou des comprimés de couleur inhabituelle doivent alerter, rappelle la direction nationale de la pharmacie au lendemain du jugement sur le trafic de faux médicaments de Volo-Volo.",
  "Achetez vos traitements en pharmacie agréée et signalez tout produit suspect au numéro gratuit de l'inspection pharmaceutique, ou rapportez-le à l'officine la plus proche."),
 ("proces-faux-medicaments-volo-volo", RADIO, "fr", 2, 500, 700, [KM, SA], "",
  "Antipaludiques contrefaits : les pharmaciens réclament des contrôles aux frontières",
  "L'ordre des pharmaciens des Comores a demandé mercredi le renforcement des contrôles douaniers sur les médicaments, après la condamnation des grossistes qui vendaient de faux antipaludiques à Volo-Volo.",
  "Selon l'ordre, un médicament sur cinq vendu hors pharmacie dans le pays serait de qualité douteuse."),

 # 7. New dialysis unit at El-Maarouf (same hospital as the crash's injured), Kuwaiti-funded.
 ("unite-dialyse-el-maarouf", ACP, "fr", 1, 140, 1100, [KM, SA], "",
  "El-Maarouf inaugure la première unité d'hémodialyse publique du pays",
  "Le ministre de la Santé a inauguré mercredi matin au Centre hospitalier national El-Maarouf, à Moroni, une unité d'hémodialyse de dix postes, la première du secteur public aux Comores.",
  "Jusqu'ici, les insuffisants rénaux devaient se faire soigner dans une clinique privée ou partir à Madagascar, à Mayotte ou en Tanzanie."),
 ("unite-dialyse-el-maarouf", NORD, "en", 1, 215, 300, ["Africa", "Health"], "kuna",
  "Kuwait-funded dialysis unit opens in Comoros",
  "A ten-bed haemodialysis unit financed by a Kuwaiti development fund opened on Wednesday at El-Maarouf, the main public hospital of the Comoros, the hospital said.",
  "The health minister then visited patients injured in a minibus crash on Grande Comore earlier in the day."),
 ("unite-dialyse-el-maarouf", NDZ, "fr", 1, 520, 700, [KM, SA], "",
  "Dialyse à Moroni : les malades d'Anjouan devront encore traverser",
  "Les insuffisants rénaux d'Anjouan et de Mohéli saluent l'ouverture de l'unité de dialyse d'El-Maarouf mais devront toujours prendre le bateau trois fois par semaine, ou s'installer à Moroni, pour y être traités.",
  "L'hôpital de Hombo attend une unité similaire, promise pour 2029."),

 # 8. Fishing code before the Assemblée de l'Union: debate Wednesday, vote Thursday.
 ("code-peche-assemblee-union", ACP, "fr", 2, 110, 1000, [KM, P, E], "",
  "L'Assemblée de l'Union examine le nouveau code des pêches",
  "Les députés de l'Assemblée de l'Union ont entamé mercredi l'examen du projet de code des pêches, qui réserve la bande des douze milles nautiques aux pêcheurs comoriens et relève le prix des licences accordées aux thoniers étrangers.",
  "Le vote est prévu jeudi en séance plénière."),
 ("code-peche-assemblee-union", MATIN, "fr", 2, 350, 800, [KM, P], "",
  "Code des pêches : l'opposition dénonce des licences « bradées »",
  "Les députés de l'opposition ont estimé mercredi que le projet de code des pêches ne fixait pas de quotas assez stricts pour les senneurs étrangers et ont déposé une vingtaine d'amendements avant le vote de jeudi.",
  "Le ministre de la Pêche a répondu que les recettes des licences doubleraient dès 2028."),
 ("code-peche-assemblee-union", COUR, "fr", 2, 500, 900, [KM, E], "",
  "Ce que le nouveau code des pêches change pour les pêcheurs artisans",
  "Réserve des douze milles, déclaration obligatoire des captures, gilets de sauvetage à bord : le code des pêches soumis au vote jeudi touche directement les quelque huit mille pêcheurs artisans du pays.",
  "Les pirogues devront être immatriculées d'ici deux ans, gratuitement, auprès des capitaineries de Moroni, Mutsamudu et Fomboni."),
 ("code-peche-assemblee-union", WW, "en", 2, 620, 300, ["Africa", "Business"], "place",
  "Comoros lawmakers set to vote on fisheries law raising tuna licence fees",
  "The parliament of the Comoros debated on Wednesday a new fisheries law that would raise licence fees for foreign tuna vessels and reserve inshore waters for local fishermen, with a vote due on Thursday.",
  "Tuna licences are one of the archipelago's main sources of foreign currency."),
 ("code-peche-assemblee-union", RADIO, "fr", 2, 680, 600, [KM, P], "",
  "Code des pêches : les pêcheurs de Mohéli suivront le vote de jeudi « avec attention »",
  "Le président de la coopérative des pêcheurs de Fomboni a demandé mercredi soir aux députés de ne pas toucher à la réserve des douze milles lors du vote de jeudi sur le code des pêches, qu'il juge « enfin protecteur pour les petites pirogues ».",
  "Il souhaite en revanche un délai plus long pour l'immatriculation des embarcations."),

 # 9. Oil slick off Nioumachoua, Mohéli marine park; found Tuesday evening, spreading Wednesday.
 ("nappe-petrole-nioumachoua", MWALI, "fr", 3, 30, 1800, [KM, ENV], "",
  "Mohéli : une nappe d'hydrocarbures approche du parc marin de Nioumachoua",
  "Une nappe d'hydrocarbures de plusieurs kilomètres a été repérée mardi soir par des pêcheurs au large de Nioumachoua, dans le sud de Mohéli, à proximité des plages de ponte des tortues vertes du parc marin.",
  "L'origine de la pollution n'est pas connue. Les éco-gardes ont commencé à installer des barrages flottants à l'aube."),
 ("nappe-petrole-nioumachoua", ACP, "fr", 3, 200, 2000, [KM, ENV], "",
  "Pollution au large de Mohéli : le gouvernement soupçonne un dégazage",
  "Le gouvernement soupçonne un navire de commerce d'avoir vidangé ses cuves au large de Mohéli, à l'origine de la marée noire qui menace depuis mardi soir la côte sud de l'île, a indiqué mercredi le ministère de l'Environnement.",
  "Des boulettes de fioul se sont échouées dans la matinée sur deux plages de l'îlot de Mchaco. Une demande d'images satellites a été adressée aux partenaires régionaux."),
 ("nappe-petrole-nioumachoua", NORD, "en", 3, 320, 500, ["Africa", "Environment"], "upi",
  "Oil spill threatens turtle nesting beaches in Comoros marine park",
  "An oil spill several kilometres long is drifting toward the Moheli marine park in the Comoros, one of the western Indian Ocean's main nesting sites for green turtles, officials said on Wednesday.",
  "Authorities suspect a passing ship of flushing its tanks at sea."),
 ("nappe-petrole-nioumachoua", MWALI, "fr", 3, 470, 1400, [KM, ENV], "soutien",
  "Marée noire à Nioumachoua : comment aider au nettoyage des plages",
  "Les villageois de Nioumachoua et les éco-gardes du parc marin appellent les volontaires à les rejoindre jeudi dès 7 heures pour ramasser les boulettes de fioul sur les plages, avec des gants et des sacs fournis sur place.",
  "Il est demandé de ne pas toucher le pétrole à mains nues, de ne pas déplacer les tortues souillées et de signaler tout animal en détresse aux éco-gardes."),
 ("nappe-petrole-nioumachoua", "reefwatch-io.org", "en", 3, 610, 200, ["Environment"], "donate",
  "Moheli oil spill: what we know about the risk to green turtles",
  "The nesting season of green turtles on Moheli peaks between May and October, which means the oil now reaching the island's southern beaches arrives while females are still coming ashore to lay their eggs.",
  "Our field team in Nioumachoua is supporting local rangers with booms and cleaning kits."),

 # 10. Chikungunya cases in Fomboni (Mohéli): 48 -> 63 confirmed.
 ("chikungunya-fomboni", MWALI, "fr", 2, 100, 1300, [KM, SA], "",
  "Chikungunya : quarante-huit cas confirmés à Fomboni",
  "Quarante-huit cas de chikungunya ont été confirmés depuis fin août à Fomboni, le chef-lieu de Mohéli, a annoncé mercredi la direction régionale de la santé, qui parle d'une flambée épidémique.",
  "La plupart des malades ont été soignés à domicile ; six personnes âgées sont hospitalisées au centre hospitalier de Fomboni."),
 ("chikungunya-fomboni", ACP, "fr", 2, 370, 1100, [KM, SA], "",
  "Mohéli : le nombre de cas de chikungunya passe à soixante-trois",
  "Le ministère de la Santé a fait état mercredi après-midi de soixante-trois cas confirmés de chikungunya à Mohéli, contre quarante-huit annoncés le matin, après la réception des résultats d'un nouveau lot d'analyses.",
  "Une campagne de démoustication a commencé dans les quartiers de Fomboni les plus touchés."),
 ("chikungunya-fomboni", CANAL, "fr", 2, 450, 800, ["Océan Indien", SA], "",
  "Épidémie de chikungunya à Mohéli : Mayotte renforce sa surveillance",
  "L'agence régionale de santé de Mayotte a renforcé mercredi la surveillance des cas de fièvre importés après l'annonce d'une épidémie de chikungunya à Mohéli, voisine d'une centaine de kilomètres.",
  "Les voyageurs présentant fièvre et douleurs articulaires sont invités à consulter."),
 ("chikungunya-fomboni", RADIO, "fr", 2, 580, 900, [KM, SA], "",
  "Chikungunya : les gestes pour se protéger du moustique tigre",
  "Vider chaque semaine les soucoupes, les pneus et les bidons où l'eau stagne reste le moyen le plus efficace de limiter le moustique qui transmet le chikungunya, rappellent les agents de santé de Mohéli.",
  "Portez des vêtements longs au lever et au coucher du soleil, dormez sous moustiquaire et consultez en cas de fièvre brutale avec douleurs aux articulations ; évitez l'aspirine."),

 # 11. Clove export campaign opens with a floor price (shared byline line, post 53).
 ("campagne-girofle-prix-plancher", MATIN, "fr", 1, 180, 700, [KM, E], "",
  "Girofle : la campagne s'ouvre avec un prix plancher de 2 500 francs le kilo",
  "Le gouvernement a ouvert mercredi la campagne de commercialisation du clou de girofle en fixant à 2 500 francs comoriens le prix plancher du kilo payé aux producteurs, contre 2 000 francs l'an dernier.",
  "Les exportateurs estiment la récolte en hausse, après une bonne floraison à Mohéli et Anjouan."),
 ("campagne-girofle-prix-plancher", NDZ, "fr", 1, 540, 600, [KM, E], "",
  "Les producteurs de girofle d'Anjouan jugent le prix plancher insuffisant",
  "Les cueilleurs de girofle de la région de Domoni estiment que le prix plancher fixé mercredi ne couvre pas la hausse du coût de la main-d'œuvre et demandent 3 000 francs le kilo.",
  ""),
 ("campagne-girofle-prix-plancher", ACP, "fr", 1, 672, 500, [KM, E], "reuters_line",
  "Clou de girofle : un prix minimum relevé pour la campagne 2027",
  "Le prix minimum garanti aux producteurs de clou de girofle passe à 2 500 francs comoriens le kilo pour la campagne qui s'est ouverte mercredi, a annoncé le ministère de l'Économie.",
  "Les Comores sont l'un des principaux exportateurs mondiaux de girofle, avec Madagascar et l'Indonésie."),

 # 12. Itsandra beach hotel reopens after renovation (shared byline line, post 55).
 ("reouverture-hotel-itsandra", COUR, "fr", 1, 300, 600, [KM, E], "",
  "Itsandra : le grand hôtel de la plage rouvre après trois ans de travaux",
  "L'hôtel de la plage d'Itsandra, fermé depuis 2024, a rouvert ses portes mercredi après trois ans de rénovation, avec quatre-vingts chambres et un centre de conférences.",
  "Les propriétaires comptent sur la clientèle d'affaires et sur la diaspora pendant les vacances."),
 ("reouverture-hotel-itsandra", ACP, "fr", 1, 675, 400, [KM, E], "reuters_line",
  "Tourisme : réouverture de l'hôtel de la plage d'Itsandra",
  "Le ministre du Tourisme a assisté mercredi à la réouverture de l'hôtel de la plage d'Itsandra, au nord de Moroni, qui emploiera cent vingt personnes.",
  "Le pays reçoit moins de quarante mille visiteurs par an."),

 # 13. General census launched, agents door to door in Moroni.
 ("recensement-population-2027", ACP, "fr", 1, 160, 800, [KM, SOC], "",
  "Le recensement général de la population démarre dans les trois îles",
  "Près de trois mille agents recenseurs ont commencé mercredi à frapper aux portes des ménages de Grande Comore, d'Anjouan et de Mohéli pour le quatrième recensement général de la population et de l'habitat.",
  "L'opération doit durer un mois ; les premiers résultats sont attendus au premier semestre 2028."),
 ("recensement-population-2027", RADIO, "fr", 1, 330, 500, [KM, SOC], "",
  "Recensement : le chef de l'État se fait recenser à Beit-Salam",
  "Le président de l'Union a été le premier habitant de Moroni à répondre mercredi matin aux questions d'un agent recenseur, devant les caméras, pour encourager la population à participer.",
  "Les agents portent un gilet orange et une carte numérotée."),
 ("recensement-population-2027", COUR, "fr", 1, 630, 600, [KM, SOC], "",
  "Ce que l'agent recenseur va vous demander",
  "L'agent recenseur qui se présentera chez vous d'ici mi-octobre vous demandera le nom, l'âge et le niveau d'études de chaque personne vivant dans le foyer, ainsi que l'accès à l'eau et à l'électricité du logement.",
  "Il ne demande jamais d'argent ni de pièce d'identité à photocopier ; en cas de doute, sa carte peut être vérifiée auprès du commissariat au plan."),
 ("recensement-population-2027", NDZ, "fr", 1, 445, 500, [KM, SOC], "",
  "À Mutsamudu, les agents recenseurs freinés par la grève du port ?",
  "Les agents recenseurs d'Anjouan ont bien commencé leur tournée mercredi dans la médina de Mutsamudu, mais une partie des tablettes, arrivées par conteneur, reste bloquée sur un navire en rade, a reconnu la direction régionale de la statistique.",
  "Les agents concernés remplissent pour l'instant des questionnaires sur papier."),

 # 14-17. Promo alone; filler: football, weather bulletin, horoscope.
 ("promo-matin-des-iles-abonnement", MATIN, "fr", 0, 280, 40, ["Promo"], "",
  "Le Matin des Îles sur votre téléphone : trois mois à moitié prix",
  "Abonnez-vous au Matin des Îles numérique avant le 30 septembre et lisez toutes nos éditions sur votre téléphone pour la moitié du prix pendant trois mois.",
  "Offre réservée aux nouveaux abonnés."),
 ("foot-championnat-volcan-fomboni", COUR, "fr", 0, 15, 900, ["Sport"], "",
  "Championnat : le Volcan Club s'impose face au Fomboni FC",
  "Le Volcan Club de Moroni a battu le Fomboni FC 3-1 mardi soir au stade de Mitsamiouli, lors de la phase nationale du championnat.",
  "Le club de la capitale prend la tête de sa poule."),
 ("foot-championnat-volcan-fomboni", MWALI, "fr", 0, 70, 400, ["Sport"], "",
  "Football : défaite du Fomboni FC à Mitsamiouli",
  "Le Fomboni FC s'est incliné 3-1 face au Volcan Club mardi à Mitsamiouli et devra gagner ses deux derniers matchs pour espérer se qualifier.",
  ""),
 ("meteo-comores-jeudi-16", RADIO, "fr", 0, 700, 500, ["Météo"], "",
  "Météo du jeudi 16 septembre : alizé soutenu et mer agitée",
  "L'alizé de sud-est soufflera jeudi à 25 nœuds avec des rafales à 35 nœuds dans les canaux entre les îles, où la mer sera agitée avec des creux de deux à trois mètres.",
  "Températures comprises entre 21 et 29 °C à Moroni ; averses isolées sur les hauteurs."),
 ("horoscope-jeudi-16-septembre", "astro-jour.fr", "fr", 0, 660, 600, ["Horoscope"], "",
  "Horoscope du jeudi 16 septembre",
  "Vierge : une discussion franche dissipe un malentendu qui pesait depuis plusieurs jours.",
  "Balance : ne signez rien avant d'avoir relu les détails."),
]
