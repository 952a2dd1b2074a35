# Day 52 (hold-out): a French Polynesian French channel, evening edition of Wednesday 25 February 2026
# (window 07:00-19:00 Papeete, Pacific/Tahiti = UTC-10, no DST). Gold answer written before any run:
# each post's story, its lede (the true first sentence) and the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: the economy and finance minister of the Pays,
#   Heimana Tetuanui, on Radio Te Reo Nui's morning programme, about the nurses' strike at the Taaone
#   hospital (post 16) and about the TVA sociale vote at the Assemblée (post 19), both carrying
#   « Le Pays n'a pas de planche à billets : chaque franc promis doit être financé »;
# - a shared wire byline line ("Agence Pacifique Presse | Mis à jour : 25-02-2026 18:38"): the coral
#   bleaching on Moorea's reefs (post 53) and the record tourist arrivals of 2025 (post 56), two
#   unrelated stories (both mention Moorea, lagoons and visitors);
# - the same hospital: the nurses' strike at the Centre hospitalier de la Polynésie française (CHPF,
#   Taaone, Pirae) (posts 13-17) and the dengue epidemic filling the same hospital's emergency ward
#   (posts 28-31); the schooner survivors (post 4) are also flown to the Taaone hospital;
# - the same port: the warehouse fire at the Motu Uta port of Papeete (posts 40-42) and the cocaine
#   found on a sailboat moored at the same port (posts 43-46); the sunken schooner's owner is also
#   based at Motu Uta (post 5);
# - the same town: Papeete holds the Assemblée vote, the Faa'a mayor's trial at the Papeete court,
#   the pearl smuggling trial at the same court, the port stories; Moorea is in the dengue, coral
#   and tourism stories;
# - look-alike stories: two strikes the same day (hospital nurses, posts 13-17; Air Moana inter-island
#   pilots, posts 32-35), both a "grève" with notice, walkout and renewal words; two fires (the bushfire on the
#   heights of Punaauia, posts 36-39; the Motu Uta warehouse fire, posts 40-42); two court cases at the
#   Papeete tribunal (the Faa'a mayor, posts 47-49; the black-pearl smugglers, posts 50-52); two sea
#   stories (the schooner sinking off Rangiroa; the cocaine sailboat); the tsunami alert (posts 8-12)
#   apart from the swell warning of the weather bulletin (post 63); the pilots' strike cancels flights
#   to Rangiroa (post 33), the atoll of the schooner story;
# - stories told from other angles: the schooner safety explainer (post 6), the families on the quay
#   (post 5), "what to do in a tsunami alert" (post 11), the nurses' patients (post 17), the TVA
#   explainer (post 20), the compensation "how to file" (post 27), the dengue "how to" (post 30),
#   the rebooking "how to" (post 34), the Punaauia residents (post 38), the Moorea divers (post 54);
# - a promo posted alone (post 61); filler of importance 0: va'a race result (posts 59-60),
#   horoscope (post 62), weather bulletin (post 63).
NAME = "2026-02-25-fr-soir-papeete-h52"
CHANNEL = {"lang": "fr", "tz": "Pacific/Tahiti"}
WINDOW = ("2026-02-25T17:00:00Z", "2026-02-26T05:00:00Z")
CTX = {"stamp": "25-02-2026 18:38", "line": "Agence Pacifique Presse | Mis à jour : 25-02-2026 18:38",
       "city": "Papeete", "date_fr": "25 févr", "date_en": "Feb 25",
       "author": "Vaiana Teriierooiterai", "clarify": "the number of passengers on board",
       "caption": "", "also": "notre dossier", "country": "Polynésie française"}
# The editor's top 5: the schooner sinking off Rangiroa, the nuclear-test compensation reform, the
# Taaone nurses' strike, the tsunami alert, the TVA sociale vote.
TOP5 = ["goelette-rangiroa", "indemnisation-essais-nucleaires", "greve-infirmiers-taaone",
        "alerte-tsunami-tonga", "vote-tva-sociale"]
PF = "Polynésie"
OC = "Océanie"
E = "Économie"
SA = "Santé"
J = "Justice"
FD = "Faits divers"
P = "Politique"
ENV = "Environnement"
APP = "agence-pacifique-presse.pf"
QT = "quotidien-de-tahiti.pf"
ECHO = "echo-du-fenua.pf"
RADIO = "radio-tereonui.pf"
HEBDO = "polynesie-hebdo.pf"
WW = "wire-west.com"
POSTS = [
 # 1. A cargo-passenger schooner sinks off Rangiroa (Tuamotu) in the night: "goélette", "navire",
 #    "caboteur", "bateau", "schooner", "vessel"; "a sombré", "a chaviré", "naufrage";
 #    toll 2 dead / 5 missing -> 4 dead / 3 missing -> 5 dead / 2 missing.
 ("goelette-rangiroa", APP, "fr", 3, 15, 3100, [PF, FD], "afp",
  "Naufrage d'une goélette au large de Rangiroa : deux morts et cinq disparus",
  "Deux personnes ont péri et cinq autres sont portées disparues après le naufrage, dans la nuit de mardi à mercredi, de la goélette Tamarii Tuamotu, qui reliait Papeete aux atolls du nord des Tuamotu avec vingt-trois personnes à son bord, à une trentaine de milles au sud-ouest de Rangiroa.",
  "Seize rescapés ont été hélitreuillés ou recueillis par un thonier qui croisait dans la zone, selon le centre de coordination des secours."),
 ("goelette-rangiroa", QT, "fr", 3, 70, 2200, [PF], "caption",
  "Tamarii Tuamotu : « La mer est entrée d'un coup », raconte un rescapé",
  "Un matelot de vingt ans, rescapé du Tamarii Tuamotu, raconte que l'eau a envahi la cale en quelques minutes peu après minuit, alors que le caboteur affrontait une houle de quatre mètres chargé de matériaux de construction.",
  "Il dit avoir passé près de trois heures accroché à un bidon avant d'être repéré par le projecteur de l'hélicoptère.",
  {"site": "Le Quotidien de Tahiti", "caption": "Un rescapé du naufrage est pris en charge par les pompiers à son arrivée à l'aérodrome de Rangiroa, mercredi 25 février 2026."}),
 ("goelette-rangiroa", WW, "en", 3, 130, 900, [OC, "Pacific"], "reuters",
  "Two dead, five missing as cargo schooner sinks in French Polynesia",
  "A cargo and passenger schooner sank overnight off the Rangiroa atoll in French Polynesia with 23 people on board, leaving two dead and five missing, maritime rescue officials said on Wednesday.",
  "A French navy surveillance aircraft and a helicopter were searching the area."),
 ("goelette-rangiroa", APP, "fr", 3, 240, 2700, [PF, FD], "actu",
  "Naufrage du Tamarii Tuamotu : le bilan passe à quatre morts",
  "Les plongeurs de la Marine nationale ont retrouvé deux nouveaux corps mercredi en fin de matinée près de l'épave de la goélette, portant à quatre morts le bilan du naufrage, tandis que trois personnes restent disparues, a indiqué le haut-commissariat.",
  "Cinq blessés, dont le capitaine, ont été évacués par avion vers le Centre hospitalier de la Polynésie française, au Taaone."),
 ("goelette-rangiroa", ECHO, "fr", 3, 300, 1500, [PF], "soutien",
  "Sur le quai de Motu Uta, l'attente insoutenable des familles",
  "Depuis l'aube, une cinquantaine de proches des passagers du Tamarii Tuamotu attendent des nouvelles devant les bureaux de l'armateur, sur le port de Motu Uta, où une cellule d'écoute a été installée par le Pays.",
  "« Ma fille rentrait à Mataiva voir ses grands-parents », souffle une mère venue de Faa'a."),
 ("goelette-rangiroa", RADIO, "fr", 3, 420, 1100, [PF], "lire",
  "Les goélettes des archipels sont-elles assez contrôlées ?",
  "Plusieurs caboteurs qui desservent les Tuamotu naviguent avec plus de quarante ans de service, et les visites de sécurité annuelles ne suffisent pas toujours à repérer l'usure des coques, reconnaît un ancien inspecteur des affaires maritimes.",
  "Le Tamarii Tuamotu avait passé sa dernière visite en novembre, selon l'armateur."),
 ("goelette-rangiroa", "ap-like.com", "en", 3, 560, 600, [OC, "World"], "ap",
  "French Polynesia schooner toll rises to five",
  "The death toll from the sinking of a supply schooner in French Polynesia's Tuamotu islands rose to five on Wednesday after searchers found another body, while two people remained missing, the French high commission said.",
  "The 38-year-old vessel was carrying building materials and 23 passengers and crew.",
  {"city": "Papeete"}),

 # 2. A magnitude 7.6 earthquake near Tonga, tsunami vigilance for the Society and Austral islands,
 #    then lifted: "alerte", "vigilance", "tsunami", "raz-de-marée", "quake", "séisme".
 ("alerte-tsunami-tonga", APP, "fr", 3, 10, 2600, [PF, OC], "ats",
  "Séisme de magnitude 7,6 près des Tonga : vigilance tsunami en Polynésie",
  "Le haut-commissariat a placé les îles de la Société et les Australes en vigilance tsunami mercredi à 07h05, après un séisme de magnitude 7,6 survenu à 06h38 au sud des îles Tonga, à environ 2 600 kilomètres de Tahiti.",
  "Les premières vagues éventuelles étaient attendues vers 10h20 à Rurutu et 11h00 à Papeete."),
 ("alerte-tsunami-tonga", "menafn-kuna.com", "en", 3, 45, 300, [OC, "World"], "kuna",
  "Strong quake strikes near Tonga, tsunami warnings across the Pacific",
  "A magnitude 7.6 earthquake struck south of Tonga on Wednesday, prompting tsunami alerts in several Pacific island nations and territories including French Polynesia, the US Geological Survey and regional warning centres said.",
  "No immediate damage was reported in Tonga's capital Nuku'alofa.",
  {"city": "Nuku'alofa"}),
 ("alerte-tsunami-tonga", QT, "fr", 3, 95, 1900, [PF], "teaser",
  "Alerte au tsunami : écoles fermées et bords de mer évacués sur la côte ouest",
  "Les écoles du littoral de Punaauia, de Paea et de Papara sont restées fermées mercredi matin et les gendarmes ont fait évacuer les plages et les pontons de la côte ouest de Tahiti par mesure de précaution, en attendant l'arrivée possible d'un raz-de-marée.",
  "Les sirènes ont retenti à 08h30 dans plusieurs communes."),
 ("alerte-tsunami-tonga", RADIO, "fr", 3, 110, 1400, [PF], "",
  "Tsunami : les bons gestes en cas d'alerte",
  "En cas d'alerte tsunami, il faut s'éloigner immédiatement du rivage et gagner un point haut d'au moins dix mètres ou l'étage d'un bâtiment solide, sans prendre sa voiture si l'on peut l'éviter, rappelle la direction de la protection civile.",
  "Il ne faut revenir sur le littoral qu'après la levée officielle de la vigilance."),
 ("alerte-tsunami-tonga", APP, "fr", 3, 250, 2300, [PF, OC], "actu",
  "Tsunami : la vigilance levée, une vague de 40 centimètres mesurée à Rurutu",
  "Le haut-commissariat a levé mercredi à 11h05 la vigilance tsunami pour l'ensemble de la Polynésie française, après qu'une variation du niveau de la mer de 40 centimètres seulement a été mesurée à Rurutu, sans aucun dégât signalé.",
  "Les écoles rouvriront normalement jeudi."),

 # 3. Nurses' strike at the CHPF (Taaone, Pirae): "grève", "débrayage", "mouvement social",
 #    "walkout"; the strike is renewed; the minister's radio quote (trap 1).
 ("greve-infirmiers-taaone", QT, "fr", 3, 5, 1700, [PF, SA], "publie",
  "Hôpital du Taaone : les infirmiers en grève, les opérations non urgentes reportées",
  "Les infirmiers et aides-soignants du Centre hospitalier de la Polynésie française, au Taaone, ont entamé mercredi à 06h00 une grève illimitée pour réclamer le recrutement de quatre-vingts soignants et la revalorisation de leur prime d'insularité.",
  "La direction a reporté toutes les interventions chirurgicales programmées non urgentes.",
  {"site": "Le Quotidien de Tahiti"}),
 ("greve-infirmiers-taaone", APP, "fr", 3, 90, 1200, [PF, SA], "colon",
  "Taaone : 62 % de grévistes selon l'intersyndicale",
  "Près de deux tiers des infirmiers du CHPF ont cessé le travail mercredi matin selon l'intersyndicale, un chiffre ramené à 38 % par la direction, qui a réquisitionné le personnel nécessaire aux urgences, à la réanimation et à la maternité.",
  "Un piquet de grève s'est installé devant l'entrée principale de l'hôpital."),
 ("greve-infirmiers-taaone", "pacific-health-wire.com", "en", 3, 200, 250, [OC, "Health"], "donate",
  "Nurses walk out at French Polynesia's main hospital",
  "Nurses at the main public hospital in French Polynesia went on an open-ended strike on Wednesday, demanding 80 more staff and higher allowances as the hospital copes with a surge of dengue patients.",
  "Management said emergency, intensive care and maternity services were maintained."),
 ("greve-infirmiers-taaone", RADIO, "fr", 3, 260, 1300, [PF], "",
  "Grève au CHPF : pour Heimana Tetuanui, « le Pays n'a pas de planche à billets »",
  "Interrogé mercredi matin sur Radio Te Reo Nui, le ministre de l'Économie et des Finances, Heimana Tetuanui, a jugé « légitime » la colère des soignants du Taaone mais prévenu que leurs revendications coûteraient plus d'un milliard de francs par an.",
  "« Le Pays n'a pas de planche à billets : chaque franc promis doit être financé », a-t-il déclaré, renvoyant la discussion à la ministre de la Santé."),
 ("greve-infirmiers-taaone", ECHO, "fr", 3, 610, 900, [PF, SA], "byline_fr",
  "Grève reconduite au Taaone : des patients des îles dans l'incertitude",
  "L'intersyndicale a voté en assemblée générale mercredi après-midi la reconduction du débrayage jeudi, une décision qui inquiète les patients venus des archipels, dont certains attendent depuis des semaines une opération désormais repoussée.",
  "Une réunion avec la ministre de la Santé est prévue vendredi.",
  {"site": "L'Écho du Fenua", "author": "Moana Tehei"}),

 # 4. The Assemblée de la Polynésie française votes on raising the TVA sociale (vote scheduled
 #    Thursday); same radio interview and quote (trap 1).
 ("vote-tva-sociale", APP, "fr", 2, 40, 1100, [PF, P], "place",
  "TVA sociale : l'Assemblée de la Polynésie votera jeudi",
  "Le projet de loi du Pays portant la TVA sociale de 1 à 2 % pour renflouer la protection sociale généralisée sera soumis au vote des représentants jeudi, après son adoption mercredi en commission des finances par sept voix contre quatre.",
  "L'opposition dénonce une mesure qui frapperait d'abord les familles modestes."),
 ("vote-tva-sociale", RADIO, "fr", 2, 150, 1000, [PF, P], "",
  "Heimana Tetuanui défend la hausse de la TVA sociale",
  "Le ministre de l'Économie et des Finances, Heimana Tetuanui, a défendu mercredi matin sur Radio Te Reo Nui le doublement de la TVA sociale, seul moyen selon lui de combler le déficit de 9 milliards de francs de la branche maladie.",
  "« Le Pays n'a pas de planche à billets : chaque franc promis doit être financé », a-t-il insisté."),
 ("vote-tva-sociale", QT, "fr", 2, 330, 800, [PF, E], "",
  "Ce que la TVA sociale changera sur vos tickets de caisse",
  "Pour un panier de courses de 10 000 francs, le passage de la TVA sociale de 1 à 2 % représenterait environ 100 francs de plus, les produits de première nécessité soumis au taux réduit restant exonérés, détaille le service des contributions.",
  "La hausse s'appliquerait au 1er avril si le texte est adopté jeudi."),
 ("vote-tva-sociale", HEBDO, "fr", 2, 470, 500, [PF, P], "byline_fr",
  "TVA sociale : le patronat et les syndicats, une fois n'est pas coutume, du même avis",
  "La CGPME et deux confédérations syndicales ont signé mercredi un communiqué commun demandant au gouvernement de retirer son projet de TVA sociale, qu'ils jugent inflationniste dans un territoire où les prix sont déjà parmi les plus élevés de l'outre-mer.",
  "",
  {"site": "Polynésie Hebdo", "author": "Tevai Lucas"}),
 ("vote-tva-sociale", "pacific-islands-ledger.com", "en", 2, 640, 150, [OC, "Economy"], "byline_en",
  "French Polynesia lawmakers to vote on consumption tax rise",
  "French Polynesia's assembly will vote on Thursday on doubling a 1% consumption tax that funds the territory's health and welfare system, a measure opposed by both business groups and unions.",
  "",
  {"site": "Pacific Islands Ledger", "author": "Daniel Okoro"}),

 # 5. Paris reforms the compensation of nuclear test victims: "essais nucléaires", "indemnisation",
 #    "nuclear tests", "compensation"; the associations react.
 ("indemnisation-essais-nucleaires", APP, "fr", 3, 60, 2100, [PF, P], "afp",
  "Essais nucléaires : Paris supprime le seuil d'exposition pour l'indemnisation des victimes",
  "Le gouvernement a annoncé mercredi la suppression du seuil d'un millisievert qui conditionnait l'indemnisation des victimes des essais nucléaires français en Polynésie, une réforme réclamée depuis plus de dix ans par les associations.",
  "Le décret sera publié d'ici à la fin mars, a précisé le ministère des Outre-mer."),
 ("indemnisation-essais-nucleaires", WW, "en", 3, 120, 700, [OC, "Pacific"], "reuters",
  "France eases compensation rules for Polynesia nuclear test victims",
  "France will drop an exposure threshold that has blocked most compensation claims from people who fell ill after its nuclear tests in French Polynesia, the overseas ministry said on Wednesday, in a long-awaited concession to local groups.",
  "France carried out 193 nuclear tests at Moruroa and Fangataufa between 1966 and 1996."),
 ("indemnisation-essais-nucleaires", ECHO, "fr", 3, 280, 1400, [PF], "",
  "Les anciens de Moruroa : « Enfin, mais trop tard pour beaucoup »",
  "À l'association des anciens travailleurs de Moruroa, l'annonce de Paris a été accueillie avec un soulagement mêlé d'amertume, nombre d'anciens employés des sites d'essais étant morts avant d'avoir pu obtenir réparation.",
  "L'association estime à plus de deux mille le nombre de dossiers qui pourraient être rouverts."),
 ("indemnisation-essais-nucleaires", "upi-like.com", "en", 3, 380, 200, [OC, "World"], "upi",
  "France to widen payouts for Pacific nuclear test illnesses",
  "France said it would scrap the radiation dose threshold used to reject compensation claims linked to three decades of nuclear testing in French Polynesia.",
  "Only about 600 claimants have been compensated since a 2010 law."),
 ("indemnisation-essais-nucleaires", QT, "fr", 3, 520, 1100, [PF], "",
  "Victimes des essais : comment déposer ou rouvrir un dossier",
  "Les personnes atteintes de l'une des vingt-trois maladies radio-induites reconnues, ou leurs ayants droit, pourront déposer ou redéposer un dossier auprès du comité d'indemnisation dès la publication du décret, avec l'aide gratuite du centre de suivi médical de Papeete.",
  "Il faudra joindre un certificat médical et une preuve de résidence en Polynésie pendant la période des essais."),

 # 6. Dengue epidemic declared; the CHPF emergency ward (same hospital as the strike) overflows.
 ("dengue-epidemie-tahiti", APP, "fr", 2, 55, 1300, [PF, SA], "",
  "Dengue : la phase épidémique déclarée à Tahiti et Moorea",
  "La direction de la Santé a déclaré mercredi la phase épidémique de dengue de sérotype 2 à Tahiti et Moorea, après 412 cas confirmés en quatre semaines, dont 38 hospitalisations.",
  "Le sérotype 2 n'avait plus circulé depuis 2020, ce qui expose une grande partie de la jeunesse."),
 ("dengue-epidemie-tahiti", QT, "fr", 2, 210, 1000, [PF, SA], "",
  "Les urgences du Taaone débordées par les cas de dengue",
  "Le service des urgences du Centre hospitalier de la Polynésie française a accueilli mercredi plus de quatre-vingt-dix patients présentant de la fièvre, des douleurs articulaires ou des éruptions cutanées, contraignant l'hôpital à ouvrir une unité de tri sous tente.",
  "Le chef des urgences appelle à consulter d'abord son médecin traitant."),
 ("dengue-epidemie-tahiti", RADIO, "fr", 2, 350, 700, [PF], "",
  "Moustiques : cinq gestes pour se protéger de la dengue",
  "Vider chaque semaine les soucoupes, les pneus et les noix de coco où l'eau stagne, dormir sous moustiquaire et porter des vêtements longs au lever et au coucher du soleil restent les meilleurs moyens d'éviter la dengue, rappellent les agents de la lutte anti-vectorielle.",
  "En cas de fièvre, il ne faut pas prendre d'aspirine ni d'ibuprofène."),
 ("dengue-epidemie-tahiti", "pacific-health-wire.com", "en", 2, 580, 150, [OC, "Health"], "",
  "Dengue epidemic declared in Tahiti",
  "Health authorities in French Polynesia declared a dengue epidemic on Tahiti and Moorea on Wednesday after more than 400 confirmed cases in four weeks.",
  ""),

 # 7. Air Moana inter-island pilots' strike (look-alike of the nurses' strike); flights to Rangiroa.
 ("greve-pilotes-air-moana", APP, "fr", 2, 20, 1500, [PF, E], "",
  "Air Moana : les pilotes en grève, une vingtaine de vols annulés",
  "Le syndicat des pilotes de la compagnie interinsulaire Air Moana a entamé mercredi une grève de quarante-huit heures, après un préavis déposé la semaine dernière, pour protester contre la réorganisation des plannings, entraînant l'annulation de vingt-deux vols sur les quarante-cinq prévus.",
  "Les liaisons vers Bora Bora, Raiatea et Nuku Hiva sont les plus touchées."),
 ("greve-pilotes-air-moana", ECHO, "fr", 2, 160, 900, [PF], "",
  "À l'aéroport de Faa'a, des passagers bloqués et des touristes désemparés",
  "Des dizaines de voyageurs ont patienté des heures mercredi dans le hall interinsulaire de l'aéroport de Tahiti-Faa'a, certains apprenant sur place l'annulation de leur vol pour Rangiroa ou Huahine.",
  "Un couple de jeunes mariés italiens a dû renoncer à deux nuits réservées sur un motu."),
 ("greve-pilotes-air-moana", QT, "fr", 2, 230, 800, [PF], "",
  "Vol annulé par la grève : comment être remboursé ou changer de billet",
  "Les clients d'Air Moana dont le vol est annulé jeudi ou vendredi peuvent modifier leur réservation sans frais ou demander un remboursement intégral depuis leur espace client ou au comptoir de l'aéroport, précise la compagnie.",
  "Les passagers en correspondance internationale sont prioritaires sur les vols maintenus."),
 ("greve-pilotes-air-moana", WW, "en", 2, 400, 300, [OC, "Travel"], "updated",
  "Pilot strike grounds half of French Polynesia inter-island flights",
  "A 48-hour strike by pilots of Air Moana, French Polynesia's inter-island airline, forced the cancellation of about half its flights on Wednesday, stranding tourists bound for Bora Bora and other islands.",
  "",
  {"clarify": "the length of the strike"}),

 # 8. Bushfire on the heights of Punaauia: "feu de brousse", "incendie", "brasier", "bushfire".
 ("feu-hauteurs-punaauia", APP, "fr", 2, 300, 1200, [PF, FD], "",
  "Un feu de brousse ravage les hauteurs de Punaauia, des familles évacuées",
  "Un incendie de végétation parti en fin de matinée d'un terrain en friche a parcouru une quarantaine d'hectares sur les hauteurs de Punaauia mercredi, obligeant les pompiers à évacuer une vingtaine de maisons du lotissement Mitirapa.",
  "Un hélicoptère bombardier d'eau a été mobilisé depuis Faa'a."),
 ("feu-hauteurs-punaauia", QT, "fr", 2, 420, 900, [PF], "",
  "Punaauia : le brasier fixé, la piste d'un brûlage mal maîtrisé",
  "Les pompiers ont annoncé mercredi en milieu d'après-midi avoir fixé l'incendie des hauteurs de Punaauia, qui pourrait avoir été provoqué par un brûlage de déchets verts interdit en cette période sèche, selon la gendarmerie.",
  "Aucune habitation n'a été touchée."),
 ("feu-hauteurs-punaauia", ECHO, "fr", 2, 500, 600, [PF], "",
  "« On a vu les flammes descendre vers les maisons » : les riverains de Mitirapa racontent",
  "Réfugiés chez des proches en bas de la vallée, les habitants du lotissement Mitirapa décrivent des flammes poussées par le vent et une fumée si épaisse qu'elle masquait Moorea en face.",
  "Ils ont pu regagner leurs maisons en fin de journée."),
 ("feu-hauteurs-punaauia", "upi-like.com", "en", 2, 620, 100, [OC], "",
  "Bushfire forces evacuations on Tahiti",
  "A bushfire burned about 40 hectares of hillside above Punaauia on Tahiti on Wednesday, forcing firefighters to evacuate around 20 homes before it was brought under control.",
  ""),

 # 9. Warehouse fire at the port of Motu Uta (same port as the cocaine sailboat).
 ("incendie-entrepot-motu-uta", APP, "fr", 2, 100, 1100, [PF, FD], "",
  "Papeete : un entrepôt du port de Motu Uta détruit par les flammes",
  "Un entrepôt frigorifique de 2 000 mètres carrés a été entièrement détruit par un incendie mercredi à l'aube sur le port de Motu Uta, à Papeete, sans faire de blessés, ont indiqué les sapeurs-pompiers.",
  "Le feu a pris vers 05h00 dans un local technique, selon les premières constatations."),
 ("incendie-entrepot-motu-uta", QT, "fr", 2, 340, 800, [PF, E], "",
  "Incendie de Motu Uta : des tonnes de surgelés perdues, les grossistes inquiets",
  "Près de six cents tonnes de viande et de produits surgelés destinés aux magasins de Tahiti et des îles sont parties en fumée dans l'incendie de l'entrepôt de Motu Uta, ce qui fait craindre des ruptures de stock dans les prochaines semaines.",
  "L'importateur assure que des commandes de remplacement ont été passées."),
 ("incendie-entrepot-motu-uta", RADIO, "fr", 2, 450, 500, [PF], "",
  "Motu Uta : une enquête ouverte sur l'origine du sinistre",
  "Le parquet de Papeete a ouvert mercredi une enquête pour déterminer l'origine du feu qui a ravagé l'entrepôt frigorifique du port, la piste d'un court-circuit étant privilégiée à ce stade.",
  ""),

 # 10. Cocaine found on a sailboat moored at Papeete's port (same port).
 ("saisie-cocaine-voilier", APP, "fr", 2, 180, 1300, [PF, J], "",
  "Près de 300 kilos de cocaïne découverts dans un voilier au port de Papeete",
  "Les douaniers ont découvert 287 kilos de cocaïne dissimulés dans la quille d'un voilier battant pavillon néerlandais amarré depuis dix jours au port de Papeete, une saisie record pour la Polynésie française, a annoncé mercredi le procureur de la République.",
  "Les deux skippers, un Néerlandais et un Équatorien, ont été placés en garde à vue."),
 ("saisie-cocaine-voilier", WW, "en", 2, 290, 400, [OC, "Pacific"], "",
  "Record cocaine haul found on yacht in Tahiti",
  "Customs officers in French Polynesia found 287 kg of cocaine hidden in the keel of a Dutch-flagged yacht moored in Papeete harbour, the territory's prosecutor said on Wednesday, calling it a record seizure.",
  "The Pacific is a transit route for cocaine bound for Australia and New Zealand."),
 ("saisie-cocaine-voilier", RADIO, "fr", 2, 480, 600, [PF, J], "",
  "Cocaïne du voilier : les deux skippers mis en examen et écroués",
  "Les deux hommes qui convoyaient le voilier chargé de 287 kilos de cocaïne ont été mis en examen mercredi après-midi pour importation de stupéfiants en bande organisée et placés en détention provisoire au centre pénitentiaire de Tatutu, à Papara.",
  "Les enquêteurs cherchent à savoir si le bateau devait livrer une partie de sa cargaison en Polynésie."),
 ("saisie-cocaine-voilier", HEBDO, "fr", 2, 600, 400, [PF, J], "",
  "Le Pacifique, autoroute de la cocaïne vers l'Australie",
  "La saisie du voilier de Papeete confirme que la Polynésie est devenue une escale prisée des trafiquants qui acheminent la cocaïne d'Amérique du Sud vers l'Australie, où le gramme se revend trois fois plus cher qu'en Europe, selon un spécialiste des trafics maritimes.",
  ""),

 # 11. Trial of the former mayor of Faa'a for favouritism (look-alike of the pearl trial).
 ("proces-maire-faaa", APP, "fr", 2, 80, 900, [PF, J], "",
  "Favoritisme : trois ans de prison avec sursis requis contre l'ex-maire de Faa'a",
  "Le parquet a requis mercredi devant le tribunal correctionnel de Papeete trois ans d'emprisonnement avec sursis et cinq ans d'inéligibilité contre l'ancien maire de Faa'a, Teva Raapoto, jugé pour favoritisme dans l'attribution de marchés de voirie.",
  "Le jugement a été mis en délibéré au 2 avril."),
 ("proces-maire-faaa", QT, "fr", 2, 200, 700, [PF, J], "",
  "Procès Raapoto : la défense plaide « l'urgence des routes défoncées »",
  "L'avocat de l'ancien maire de Faa'a a plaidé la relaxe mercredi, soutenant que les marchés de voirie avaient été passés en urgence après les inondations de 2022 et que son client n'en avait tiré aucun enrichissement personnel.",
  ""),
 ("proces-maire-faaa", ECHO, "fr", 2, 540, 400, [PF], "",
  "À Faa'a, l'ancien maire garde ses fidèles",
  "Une trentaine de partisans de Teva Raapoto, vêtus de t-shirts à son effigie, l'ont attendu mercredi devant le palais de justice de Papeete, persuadés qu'il sera candidat aux prochaines municipales quoi qu'il arrive.",
  ""),

 # 12. Black-pearl smuggling trial at the same court.
 ("proces-perles-contrebande", APP, "fr", 1, 140, 700, [PF, J], "",
  "Contrebande de perles noires : quatre prévenus jugés à Papeete",
  "Quatre hommes, dont deux perliculteurs de Manihi, sont jugés depuis mercredi par le tribunal correctionnel de Papeete pour avoir exporté illégalement vers Hong Kong près de 60 000 perles de culture sans les déclarer aux douanes.",
  "Le préjudice fiscal est estimé à 140 millions de francs."),
 ("proces-perles-contrebande", WW, "en", 1, 360, 150, [OC, "Pacific"], "",
  "Four on trial in Tahiti over black pearl smuggling",
  "Four men went on trial in Papeete on Wednesday accused of smuggling some 60,000 cultured black pearls to Hong Kong without declaring them, costing French Polynesia an estimated 140 million Pacific francs in duties.",
  ""),
 ("proces-perles-contrebande", HEBDO, "fr", 1, 660, 300, [PF, E], "",
  "Perliculture : la fraude, un poison pour une filière déjà fragile",
  "Les exportations non déclarées tirent les prix vers le bas et ternissent l'image de la perle de Tahiti sur le marché asiatique, s'inquiète le président du syndicat des producteurs, qui réclame davantage de contrôles dans les atolls.",
  ""),

 # 13. Coral bleaching on Moorea's reefs (shared byline line with the tourism record).
 ("blanchissement-corail-moorea", APP, "fr", 1, 700, 600, [PF, ENV], "reuters_line",
  "Moorea : un épisode de blanchissement touche la moitié des coraux du lagon",
  "Près de la moitié des coraux du lagon nord de Moorea présentent des signes de blanchissement après trois semaines d'une eau à plus de 30 degrés, selon les relevés publiés mercredi par le centre de recherches insulaires.",
  "Les chercheurs redoutent une mortalité importante si la chaleur persiste en mars."),
 ("blanchissement-corail-moorea", ECHO, "fr", 1, 640, 400, [PF], "",
  "Les moniteurs de plongée de Moorea inquiets pour leur « jardin »",
  "Les clubs de plongée de Moorea constatent depuis début février des patates de corail devenues blanches comme de la craie, et certains ont déjà modifié leurs sorties pour épargner les zones les plus touchées.",
  ""),
 ("blanchissement-corail-moorea", "pacific-islands-ledger.com", "en", 1, 690, 100, [OC, "Environment"], "",
  "Heatwave bleaches half of Moorea's lagoon corals",
  "Almost half the corals in the northern lagoon of Moorea in French Polynesia are showing signs of bleaching after three weeks of water temperatures above 30C, researchers said on Wednesday.",
  ""),

 # 14. Record tourist arrivals in 2025 (shared byline line).
 ("tourisme-record-polynesie", APP, "fr", 1, 705, 500, [PF, E], "reuters_line",
  "Tourisme : la Polynésie a accueilli un nombre record de visiteurs en 2025",
  "La Polynésie française a reçu 278 000 touristes en 2025, un record qui dépasse de 6 % celui de l'année précédente, grâce au retour des croisières et aux nouvelles liaisons aériennes vers l'Amérique du Nord, a annoncé mercredi l'institut de la statistique.",
  "Bora Bora et Moorea concentrent toujours plus de la moitié des nuitées."),
 ("tourisme-record-polynesie", QT, "fr", 1, 560, 400, [PF, E], "",
  "Hôtels pleins, pensions de famille en plein essor",
  "Les pensions de famille des archipels ont vu leur fréquentation progresser deux fois plus vite que les grands hôtels l'an dernier, portées par une clientèle plus jeune qui réserve en ligne, selon les chiffres du tourisme publiés mercredi.",
  ""),
 ("tourisme-record-polynesie", WW, "en", 1, 680, 150, [OC, "Travel"], "",
  "French Polynesia tourist arrivals hit record",
  "French Polynesia welcomed a record 278,000 tourists in 2025, up 6% on the previous year, helped by new flights from North America and the return of cruise ships, the statistics institute said on Wednesday.",
  ""),

 # 15. Filler: va'a race result.
 ("vaa-resultat", "sport-fenua.pf", "fr", 0, 30, 1300, ["Sport"], "",
  "Va'a : Team Hitimano remporte la course de la Presqu'île",
  "Le club Team Hitimano s'est imposé mardi soir dans la course de va'a V6 de la Presqu'île, bouclant les 32 kilomètres entre Taravao et Teahupoo en 2 h 11 min, avec 48 secondes d'avance sur Shell Va'a.",
  ""),
 ("vaa-resultat", RADIO, "fr", 0, 85, 300, ["Sport"], "",
  "Va'a : Hitimano devant Shell Va'a à Teahupoo",
  "Hitimano a devancé Shell Va'a de moins d'une minute mardi lors de la course de la Presqu'île, dernière épreuve avant le championnat de Polynésie.",
  ""),

 # 16. Filler: promo posted alone, horoscope, weather bulletin (swell, apart from the
 #     tsunami alert).
 ("promo-offre-famille", QT, "fr", 0, 95, 30, ["Promo"], "",
  "Offre famille : Le Quotidien de Tahiti pour toute la maison",
  "Avec l'offre famille, jusqu'à quatre membres d'un même foyer peuvent lire l'édition numérique du Quotidien de Tahiti pour 2 500 francs par mois.",
  "Premier mois offert jusqu'au 15 mars."),
 ("horoscope-mercredi-25", "astro-jour.fr", "fr", 0, 8, 700, ["Horoscope"], "",
  "Horoscope du mercredi 25 février",
  "Poissons : une rencontre inattendue relance un projet que vous aviez abandonné.",
  "Bélier : prenez le temps de souffler avant de répondre."),
 ("meteo-tahiti-mercredi", "meteo-fenua.pf", "fr", 0, 12, 800, ["Météo"], "",
  "Météo du mercredi 25 février : chaud et sec sur la Société, forte houle aux Australes",
  "Le temps restera chaud et sec mercredi sur les îles de la Société avec 32 degrés attendus à Papeete, tandis qu'une houle de sud de trois à quatre mètres fait l'objet d'une vigilance jaune sur les Australes.",
  "Des averses orageuses sont possibles en soirée aux Marquises."),
]
