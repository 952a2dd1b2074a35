# Day 45 (hold-out): a Jamaican English channel, morning edition of Thursday 10 December 2026
# (window 17:00 Wednesday - 05:00 Thursday Kingston, America/Jamaica = UTC-5, no DST).
# Gold answer written before any run: each post's story, its lede (the true first sentence) and
# the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: Prime Minister Everton Brissett on Island Talk 95's
#   "Hot Line" on Wednesday night, about the Clarendon alumina refinery closure (post 17) and about
#   the Kingston bus fare rise (post 22), both carrying "Nobody in this country is going to be left
#   to carry this burden alone";
# - a shared wire byline line ("Isthmus Wire | Updated: 09-12-2026 21:40 CST"): the Panama Canal draft
#   limit (post 55) and the Guatemalan coffee rust (post 58), unrelated Central American stories;
# - the same town and the same hospital: the dengue outbreak whose dead were at Spanish Town Hospital
#   (posts 1-7) and the Spanish Town market fire whose injured vendors went to the same hospital
#   (posts 8-11);
# - the same port: the cocaine found in a container at the Kingston container terminal (posts 26-29)
#   and the new berth for the same terminal (posts 30-32), which also names the Panama Canal;
# - look-alike stories: two fires the same night (Spanish Town market, posts 8-11; the Negril morass
#   peat fire, posts 12-14); two court cases (the lottery scam extradition appeal, posts 33-36; the
#   August Town checkpoint manslaughter verdict, posts 37-39); two Caribbean energy stories (the Cuban
#   grid collapse, posts 40-45; the oil leak off Guyana, posts 46-50);
# - a French "Lire aussi" line in the cocaine story that names the dengue story (post 28);
# - a promo posted alone (post 63); filler of importance 0: the cricket result (posts 60-61), the
#   horoscope (post 62), the weather bulletin (post 64).
NAME = "2026-12-10-en-morning-kingston-h45"
CHANNEL = {"lang": "en", "tz": "America/Jamaica"}
WINDOW = ("2026-12-09T22:00:00Z", "2026-12-10T10:00:00Z")
CTX = {"stamp": "09-12-2026 21:40", "city": "Kingston", "date_fr": "9 déc", "date_en": "Dec 9",
       "author": "Kimberley Reid", "clarify": "the age of one of the victims", "caption": "",
       "also": "", "country": "Jamaica",
       "line": "Isthmus Wire | Updated: 09-12-2026 21:40 CST"}
# The editor's top 5: the dengue outbreak with five dead, the alumina refinery closing with 1,100
# jobs, the Kingston bus fare rise, the total blackout in Cuba, the cocaine haul at Kingston port.
TOP5 = ["dengue-st-catherine", "alumina-closure", "bus-fare-rise", "cuba-blackout",
        "kingston-port-cocaine"]
JM = "Jamaica"
CB = "Caribbean"
W = "World"
B = "Business"
H = "Health"
POSTS = [
 # 1. Dengue outbreak declared in St Catherine; deaths at Spanish Town Hospital (3, then 5).
 ("dengue-st-catherine", "dailysentinel.jm", "en", 3, 20, 2100, [JM, H], "byline_en",
  "Health ministry declares dengue outbreak in St Catherine",
  "The Ministry of Health declared a dengue outbreak in St Catherine on Wednesday after three people, among them a nine-year-old girl, died of the mosquito-borne disease at Spanish Town Hospital in the past ten days.",
  "The parish has recorded 418 suspected cases since November 1, nearly four times the usual number for the season, the chief medical officer said.",
  {"site": "The Daily Sentinel", "author": "Kimberley Reid"}),
 ("dengue-st-catherine", "ctn.jm", "en", 3, 95, 1500, [JM, H], "caption",
  "Fogging teams sent into Spanish Town as dengue cases climb",
  "Vector control teams began fogging communities in Spanish Town and Portmore on Wednesday evening, hours after the health ministry said the dengue outbreak in St Catherine had already killed three people.",
  "Residents were asked to leave their windows open while the trucks pass.",
  {"site": "CTN", "caption": "Vector control workers fog a lane off Burke Road in Spanish Town on Wednesday evening."}),
 ("dengue-st-catherine", "wire-west.com", "en", 3, 150, 900, [JM, W, H], "reuters",
  "Jamaica declares dengue outbreak as hospital wards overflow",
  "Jamaica declared an outbreak of dengue fever in its most populous parish on Wednesday, as patients with high fevers filled the corridors of the main public hospital in the former capital, Spanish Town.",
  "The health ministry said the DENV-3 strain, which had not circulated widely on the island for years, was driving the surge."),
 ("dengue-st-catherine", "islandstar.jm", "en", 3, 300, 1700, [JM, H], "updated",
  "Dengue death toll in St Catherine rises to five",
  "Two more people have died of dengue in St Catherine, bringing the death toll of the outbreak in the parish to five, the senior medical officer of Spanish Town Hospital confirmed late on Wednesday.",
  "One of the two was a 67-year-old man from Old Harbour; the other was a teenager from Linstead."),
 ("dengue-st-catherine", "health-beat.org", "en", 3, 380, 600, [H], "donate",
  "How to keep Aedes mosquitoes from breeding around your home",
  "Emptying water drums, old tyres and flower-pot saucers at least once a week is the surest way to keep the Aedes aegypti mosquito, which carries dengue, from breeding around your home, public health inspectors say.",
  "Anyone with a sudden high fever, a severe headache or pain behind the eyes should avoid aspirin and ibuprofen and see a doctor."),
 ("dengue-st-catherine", "agence-nord.fr", "fr", 3, 460, 300, [CB, H], "afp",
  "Jamaïque : épidémie de dengue, cinq morts près de Kingston",
  "Les autorités jamaïcaines ont déclaré mercredi une épidémie de dengue dans la paroisse de Sainte-Catherine, à l'ouest de Kingston, où cinq personnes sont mortes de cette maladie transmise par les moustiques.",
  "L'hôpital de Spanish Town, l'ancienne capitale, est saturé.", {"date_fr": "10 déc"}),
 ("dengue-st-catherine", "morningcourier.jm", "en", 3, 650, 800, [JM, H], "teaser",
  "Spanish Town schools told to clear breeding sites before classes",
  "Principals in Spanish Town have been told to check their school compounds for standing water before classes begin on Thursday morning, as St Catherine battles a dengue outbreak that has killed five people.",
  "Children with a fever should be kept at home, the education ministry said."),

 # 2. Same town, same hospital: fire at the Spanish Town market (40, then 60 stalls).
 ("spanish-town-market-fire", "ctn.jm", "en", 2, 240, 1300, [JM], "",
  "Fire rips through Spanish Town market",
  "A fire swept through the old section of the Spanish Town market on Wednesday night, destroying dozens of stalls and sending thick smoke over the centre of the town.",
  "Firefighters from three stations were called in."),
 ("spanish-town-market-fire", "islandstar.jm", "en", 2, 330, 1100, [JM], "caption",
  "Two vendors hurt as blaze guts market stalls",
  "Two vendors were taken to Spanish Town Hospital with burns and smoke inhalation after a blaze gutted more than 40 stalls at the town's main market, the fire brigade said.",
  "The fire was brought under control shortly before 10 p.m.",
  {"site": "The Island Star", "caption": "Firefighters battle the blaze at the Spanish Town market late on Wednesday."}),
 ("spanish-town-market-fire", "dailysentinel.jm", "en", 2, 520, 900, [JM], "",
  "Vendors count their losses after Spanish Town market inferno",
  "Vendors who lost their stock of clothes, shoes and produce in the Spanish Town market fire said early on Thursday that they had no insurance and did not know how they would trade before Christmas.",
  "The fire brigade said an electrical fault was the most likely cause."),
 ("spanish-town-market-fire", "caribwire.com", "en", 2, 600, 400, [JM, CB], "place",
  "Christmas trade lost as fire destroys 60 market stalls",
  "About 60 stalls were destroyed in an overnight fire at the main market of this former colonial capital, leaving traders without stock two weeks before Christmas.",
  "The municipal corporation said temporary stalls would be set up on the car park by the weekend.",
  {"city": "Spanish Town"}),

 # 3. Look-alike fire: a peat fire in the Negril Great Morass.
 ("negril-morass-fire", "westernmirror.jm", "en", 1, 60, 700, [JM], "",
  "Peat fire in Negril morass sends smoke over resort strip",
  "A peat fire burning for a fourth day in the Great Morass near Negril sent thick smoke over the hotels of Seven Mile Beach on Wednesday, and some guests asked to change rooms.",
  ""),
 ("negril-morass-fire", "ctn.jm", "en", 1, 200, 500, [JM], "",
  "Basic school in Sheffield closed over morass smoke",
  "A basic school in Sheffield, on the edge of the Negril Great Morass, was closed on Wednesday after several children complained of coughing and stinging eyes from the smoke of the peat fire.",
  ""),
 ("negril-morass-fire", "islandstar.jm", "en", 1, 480, 400, [JM], "",
  "Firefighters say morass blaze could burn until the rains",
  "Firefighters in Westmoreland said on Wednesday night that the fire smouldering underground in the Negril wetland could burn for weeks, until heavy rain soaks the peat.",
  ""),

 # 4. The Clarendon alumina refinery to close (interview trap: the PM on Island Talk 95).
 ("alumina-closure", "wire-west.com", "en", 3, 10, 1200, [JM, B], "reuters",
  "Norvik to shut Jamaican alumina refinery, cut 1,100 jobs",
  "Norvik Resources said on Wednesday it would close its Clarendon alumina refinery in Jamaica by the end of March and lay off about 1,100 workers, blaming low alumina prices and the cost of running the plant's ageing oil-fired boilers.",
  "The refinery produced about 1.1 million tonnes of alumina last year."),
 ("alumina-closure", "dailysentinel.jm", "en", 3, 70, 1900, [JM, B], "",
  "Clarendon in shock as alumina plant is set to close",
  "Workers leaving the afternoon shift at the Clarendon alumina refinery on Wednesday said they had learned from their phones that the plant, the parish's largest employer, would close in March.",
  "Shopkeepers in May Pen and Hayes said half their customers drew a wage from the plant."),
 ("alumina-closure", "islandtalk95.jm", "en", 3, 210, 1000, [JM], "",
  "Brissett on refinery closure: 'Nobody is going to be left to carry this alone'",
  "\"Nobody in this country is going to be left to carry this burden alone,\" Prime Minister Everton Brissett said on Island Talk 95's Hot Line on Wednesday night, promising retraining and a bridging payment to the 1,100 workers losing their jobs at the Clarendon refinery.",
  "He said the government would look for a new operator for the plant."),
 ("alumina-closure", "market-times.com", "en", 3, 270, 500, [B], "",
  "Bauxite and alumina earnings set to fall by a third",
  "Jamaica's earnings from bauxite and alumina could fall by a third next year once the Clarendon plant stops production, economists said, the biggest blow to the sector since the shutdowns of 2009.",
  ""),
 ("alumina-closure", "agence-nord.fr", "fr", 3, 400, 250, [CB, B], "afp",
  "Jamaïque : fermeture d'une raffinerie d'alumine, 1 100 emplois supprimés",
  "Le groupe minier Norvik Resources a annoncé mercredi la fermeture d'ici fin mars de sa raffinerie d'alumine de Clarendon, dans le centre de la Jamaïque, qui emploie environ 1 100 personnes.",
  ""),
 ("alumina-closure", "centralvoice.jm", "en", 3, 560, 600, [JM, B], "",
  "Union calls emergency meeting on Friday over refinery shutdown",
  "The bauxite workers' union has called an emergency meeting of its members in May Pen on Friday to vote on industrial action, after the owners of the Clarendon refinery announced its closure without what the union called any consultation.",
  ""),

 # 5. Kingston bus fares to rise (interview trap: same PM, same quote).
 ("bus-fare-rise", "dailysentinel.jm", "en", 3, 40, 1800, [JM], "",
  "Kingston bus fares to rise to $200 in January",
  "Adult fares on Metro Kingston Transit buses will rise from $120 to $200 on January 4, the transport minister announced on Wednesday, the first increase in seven years.",
  "The state-owned company carries about 180,000 passengers a day."),
 ("bus-fare-rise", "islandtalk95.jm", "en", 3, 215, 1100, [JM], "",
  "Brissett defends bus fare increase on Hot Line",
  "Prime Minister Everton Brissett defended the planned rise in Kingston bus fares on Wednesday night, saying the state bus company had lost $9 billion last year and could not buy new buses without it.",
  "\"Nobody in this country is going to be left to carry this burden alone,\" he told Island Talk 95, adding that students and pensioners would keep their concession fares."),
 ("bus-fare-rise", "ctn.jm", "en", 3, 290, 1400, [JM], "",
  "Commuters fume over 67% fare hike",
  "Commuters at the Half Way Tree transport centre reacted angrily on Wednesday evening to the news that their bus fare will jump by two-thirds in January, many saying they would switch to route taxis.",
  ""),
 ("bus-fare-rise", "morningcourier.jm", "en", 3, 500, 900, [JM], "",
  "New fares: who pays what from January 4",
  "Students in uniform will still pay $60 and pensioners over 65 will keep riding for $40, but adults paying cash will be charged $220 instead of the $200 card fare, under the schedule published by Metro Kingston Transit.",
  "Smart cards can be topped up at post offices and pharmacies."),
 ("bus-fare-rise", "islandstar.jm", "en", 3, 620, 700, [JM], "",
  "Opposition motion to block fare increase set for Tuesday",
  "The Opposition will ask the House of Representatives on Tuesday to suspend the increase in Kingston bus fares, its transport spokesman said early on Thursday, though the government's majority makes the motion unlikely to pass.",
  ""),

 # 6. Cocaine found in a container at the Kingston container terminal.
 ("kingston-port-cocaine", "ctn.jm", "en", 2, 120, 1300, [JM], "",
  "640kg of cocaine found in container at Kingston port",
  "Police and customs officers found 640 kilograms of cocaine hidden among cartons of frozen fish in a container at the Kingston container terminal on Wednesday, the largest seizure on the island this year.",
  ""),
 ("kingston-port-cocaine", "ap-like.org", "en", 2, 250, 700, [JM, W], "ap",
  "Jamaica makes year's biggest cocaine bust",
  "Jamaican authorities seized more than half a tonne of cocaine at the port of Kingston on Wednesday in a container that had arrived from Colombia and was due to be shipped on to Rotterdam, police said.",
  "The drugs have a street value of about US$19 million in Europe, officials said."),
 ("kingston-port-cocaine", "antilles-matin.fr", "fr", 2, 430, 200, [CB], "lire",
  "Jamaïque : 640 kilos de cocaïne saisis dans le port de Kingston",
  "Les douanes jamaïcaines ont saisi mercredi 640 kilos de cocaïne dissimulés dans un conteneur de poisson congelé en transit dans le port de Kingston.",
  "Le conteneur venait de Colombie et devait repartir vers Rotterdam.",
  {"also": "Jamaïque : épidémie de dengue, cinq morts près de Kingston"}),
 ("kingston-port-cocaine", "dailysentinel.jm", "en", 2, 560, 800, [JM], "",
  "Two port workers held after drugs find",
  "Two workers at the Kingston container terminal were detained for questioning early on Thursday in connection with the drugs found in a transit container, the narcotics police said.",
  ""),

 # 7. Same port: a new berth and cranes for the Kingston container terminal.
 ("kingston-berth-expansion", "market-times.com", "en", 1, 30, 500, [JM, B], "",
  "Kingston terminal operator to spend US$280m on new berth",
  "The operator of the Kingston container terminal said on Wednesday it would spend US$280 million on a new berth and four ship-to-shore cranes to handle the largest container ships now crossing the Panama Canal.",
  "Work is due to start in May."),
 ("kingston-berth-expansion", "dailysentinel.jm", "en", 1, 180, 600, [JM, B], "",
  "Port expansion to create 600 construction jobs",
  "The expansion of the Kingston container terminal announced on Wednesday will create about 600 construction jobs over three years and 250 permanent posts at the port, the transport ministry said.",
  ""),
 ("kingston-berth-expansion", "caribwire.com", "en", 1, 350, 250, [CB, B], "colon",
  "Kingston bids for bigger share of transshipment trade",
  "The new berth will let Kingston take ships carrying up to 24,000 containers, as it competes with Cartagena, Freeport and Caucedo for the Caribbean transshipment trade.",
  ""),

 # 8. Court case 1: extradition of three Montego Bay men over a lottery scam.
 ("mobay-scam-extradition", "westernmirror.jm", "en", 2, 50, 1000, [JM], "",
  "Appeal court clears way for extradition of three St James men",
  "The Court of Appeal on Wednesday dismissed the appeals of three Montego Bay men fighting extradition to the United States, where they are charged with running a lottery scam that cheated American pensioners of US$4.2 million.",
  ""),
 ("mobay-scam-extradition", "upi-like.com", "en", 2, 230, 300, ["US", W], "upi",
  "Jamaican court OKs extradition in scam that targeted U.S. seniors",
  "A Jamaican appeals court has ruled that three men accused of tricking elderly Americans into paying fees on fake lottery winnings can be sent to North Dakota to stand trial.",
  ""),
 ("mobay-scam-extradition", "ctn.jm", "en", 2, 320, 700, [JM], "",
  "Lawyers for scam accused to take case to Privy Council",
  "Lawyers for the three St James men ordered extradited over a lottery scam said on Wednesday night that they would ask the Privy Council in London to hear a final appeal.",
  ""),
 ("mobay-scam-extradition", "islandstar.jm", "en", 2, 540, 600, [JM], "",
  "How the calls to U.S. pensioners worked",
  "The callers told their victims they had won a Jamaican sweepstakes worth up to US$2.5 million and needed only to wire a 'processing fee' to collect it, according to the indictment unsealed in North Dakota.",
  "Some victims paid more than 40 times, the prosecutors say."),

 # 9. Court case 2: a police corporal convicted over an August Town checkpoint shooting.
 ("august-town-verdict", "dailysentinel.jm", "en", 1, 100, 900, [JM], "",
  "Policeman guilty of manslaughter in death of August Town taxi driver",
  "A jury in the Home Circuit Court found a police corporal guilty of manslaughter on Wednesday for shooting dead a route taxi driver at a checkpoint in August Town in 2023.",
  ""),
 ("august-town-verdict", "ctn.jm", "en", 1, 260, 700, [JM], "",
  "Family of slain taxi man welcomes verdict",
  "The mother of Dwayne Pinnock, the taxi driver shot at a police checkpoint in August Town, wept outside the court in downtown Kingston on Wednesday as she said justice had finally come.",
  ""),
 ("august-town-verdict", "islandstar.jm", "en", 1, 470, 500, [JM], "",
  "Corporal to be sentenced on January 22",
  "Corporal Marlon Heslop, convicted of manslaughter over the 2023 checkpoint shooting in August Town, will be sentenced on January 22 and was remanded in custody, the judge said.",
  ""),

 # 10. Cuba's grid collapses, then power is partly restored.
 ("cuba-blackout", "wire-west.com", "en", 2, 140, 1100, [CB, W], "reuters",
  "Cuba's power grid collapses, leaving island in darkness",
  "Cuba's national electricity grid collapsed on Wednesday evening after the failure of its largest thermoelectric plant, plunging the island's 10 million people into a blackout, the energy ministry said.",
  "", {"city": "Havana"}),
 ("cuba-blackout", "gulf-wire.com", "en", 2, 230, 300, [W], "kuna",
  "Cuba suffers total blackout",
  "Cuba was hit by a nationwide power outage on Wednesday, the state electricity company said, the fourth total collapse of its grid in just over two years.",
  "", {"city": "Havana"}),
 ("cuba-blackout", "agence-alpes.ch", "fr", 2, 330, 200, [W], "ats",
  "Cuba plongé dans le noir après une panne générale",
  "Une panne générale du réseau électrique a plongé mercredi soir Cuba dans l'obscurité, a annoncé le ministère de l'Energie.",
  "", {"city": "La Havane"}),
 ("cuba-blackout", "ap-like.org", "en", 2, 470, 800, [CB, W], "ap",
  "Havana residents bang pots as outage drags on",
  "Residents of several Havana neighbourhoods banged pots and pans from their balconies late on Wednesday as the island-wide outage entered its sixth hour with no word on when the lights would return.",
  "", {"city": "Havana"}),
 ("cuba-blackout", "caribwire.com", "en", 2, 690, 500, [CB], "",
  "Power partly restored in eastern Cuba",
  "Cuban engineers restored electricity to parts of Santiago de Cuba and Holguín early on Thursday by creating small isolated grids, but Havana remained largely dark, the state utility said.",
  ""),
 ("cuba-blackout", "agence-nord.fr", "fr", 2, 705, 200, [W], "actu",
  "Cuba : le courant partiellement rétabli dans l'est de l'île",
  "Le courant a été partiellement rétabli jeudi matin dans l'est de Cuba, mais La Havane restait plongée dans le noir après l'effondrement du réseau électrique national.",
  ""),

 # 11. Oil leaks from a production vessel off Guyana; the slick grows.
 ("guyana-spill", "wire-west.com", "en", 2, 80, 700, [CB, B], "reuters",
  "Oil leaks from production vessel off Guyana",
  "Crude oil leaked from a floating production vessel off the coast of Guyana on Wednesday after a hose coupling failed during a transfer to a tanker, the operator and the government said.",
  "", {"city": "Georgetown"}),
 ("guyana-spill", "journal-cayenne.fr", "fr", 2, 280, 150, [CB], "publie",
  "Guyana : une fuite de pétrole au large inquiète les pêcheurs",
  "Une fuite de brut s'est produite mercredi sur un navire de production pétrolière au large du Guyana voisin, et la nappe dérive à quelque 110 kilomètres des côtes.",
  "", {"site": "Le Journal de Cayenne"}),
 ("guyana-spill", "caribwire.com", "en", 2, 390, 400, [CB], "colon",
  "Guyana oil slick grows to 40 square kilometres",
  "The slick from the leaking production vessel off Guyana had spread over about 40 square kilometres by Wednesday night, the country's environmental agency said, up from 12 in the afternoon.",
  "", {"city": "Georgetown"}),
 ("guyana-spill", "radio-cayenne.fr", "fr", 2, 520, 100, [CB], "soutien",
  "Marée noire au Guyana : les pêcheurs de Guyane surveillent la nappe",
  "Les pêcheurs de Guyane craignent que la nappe de pétrole échappée d'une plateforme flottante au large du Guyana ne dérive vers l'ouest de leurs zones de pêche.",
  ""),
 ("guyana-spill", "market-times.com", "en", 2, 610, 300, [B], "",
  "Guyana output cut after offshore leak",
  "Guyana's oil production fell by about 90,000 barrels a day after the vessel involved in Wednesday's leak was shut down, the operator said early on Thursday.",
  ""),

 # 12. Windrush compensation overhaul in Britain, with reactions in Jamaica.
 ("windrush-compensation", "wire-west.com", "en", 2, 5, 800, [W], "reuters",
  "UK to double minimum Windrush compensation payments",
  "Britain will double the minimum payment under its Windrush compensation scheme and let relatives of people who have died claim on their behalf, the Home Secretary told parliament on Wednesday.",
  "", {"city": "London"}),
 ("windrush-compensation", "dailysentinel.jm", "en", 2, 110, 1000, [JM], "",
  "Windrush families in Jamaica cautiously welcome UK changes",
  "Relatives in Jamaica of people wrongly treated as illegal immigrants in Britain gave a cautious welcome on Wednesday to the British government's overhaul of the Windrush compensation scheme, saying they had waited too long.",
  ""),
 ("windrush-compensation", "courrier-du-soir.fr", "fr", 2, 190, 150, [W], "byline_fr",
  "Royaume-Uni : le gouvernement double les indemnisations du scandale Windrush",
  "Le gouvernement britannique a annoncé mercredi qu'il doublerait le montant minimal des indemnités versées aux victimes du scandale Windrush, ces immigrés caribéens traités à tort comme des clandestins.",
  "", {"site": "Le Courrier du Soir", "author": "Hélène Marchal"}),
 ("windrush-compensation", "islandstar.jm", "en", 2, 370, 700, [JM], "",
  "Windrush compensation: how to apply from Jamaica",
  "People living in Jamaica can apply to the Windrush compensation scheme by post or online without travelling to Britain, and the British High Commission in Kingston will hold advice sessions from January, officials said.",
  "Claims can now include lost pension rights."),

 # 13. Shared byline line, story A: the Panama Canal lowers its draft limit.
 ("panama-canal-draft", "isthmus-wire.com", "en", 1, 55, 300, [W, B], "reuters_line",
  "Panama Canal to limit ship drafts as Gatun Lake falls",
  "The Panama Canal Authority said on Wednesday it would lower the maximum draft for ships using the neopanamax locks to 14.3 metres from January 15, because the level of Gatun Lake is falling faster than expected at the start of the dry season.",
  ""),
 ("panama-canal-draft", "wire-west.com", "en", 1, 210, 300, [W, B], "reuters",
  "Panama Canal cuts draft limit after weak rainy season",
  "Panama's canal authority will reduce the maximum draft allowed for the largest ships from mid-January after a weak rainy season left its main reservoir 1.2 metres below normal.",
  "", {"city": "Panama City"}),
 ("panama-canal-draft", "market-times.com", "en", 1, 330, 250, [B], "",
  "Shippers brace for lighter loads through Panama",
  "Container lines will have to leave cargo behind on some Asia to US East Coast sailings after the Panama Canal cut its draft limit, freight analysts said on Wednesday.",
  ""),

 # 14. Shared byline line, story B: coffee rust in Guatemala.
 ("guatemala-coffee-rust", "isthmus-wire.com", "en", 1, 58, 250, [W, B], "reuters_line",
  "Coffee rust cuts Guatemala's harvest forecast by a fifth",
  "Guatemala's coffee growers' association cut its forecast for the 2026-27 harvest by 21% on Wednesday, saying an outbreak of leaf rust had spread through plantations in Huehuetenango and San Marcos.",
  ""),
 ("guatemala-coffee-rust", "market-times.com", "en", 1, 400, 200, [B], "",
  "Arabica futures rise on Guatemalan crop warning",
  "Arabica coffee futures rose 3% in New York on Wednesday after Guatemalan growers warned that leaf rust would sharply reduce their crop.",
  ""),

 # 15. Filler: cricket result, horoscope, a promo, the weather bulletin.
 ("windies-odi-result", "sportsnow.jm", "en", 0, 300, 1600, ["Sport"], "",
  "West Indies beat Sri Lanka by 42 runs to level series",
  "The West Indies beat Sri Lanka by 42 runs in the second one-day international in Colombo on Wednesday to level the three-match series at 1-1.",
  ""),
 ("windies-odi-result", "islandstar.jm", "en", 0, 350, 900, ["Sport"], "",
  "Lashley century sets up Windies win",
  "Captain Jermaine Lashley made 118 off 104 balls as the West Indies levelled their one-day series against Sri Lanka with a 42-run win on Wednesday.",
  ""),
 ("stars-today", "stars-daily.com", "en", 0, 15, 1200, ["Horoscope"], "",
  "Your horoscope for Thursday, December 10",
  "Sagittarius: a conversation you have been putting off turns out easier than you expected.",
  "Capricorn: money matters need patience this week."),
 ("promo-epaper", "dailysentinel.jm", "en", 0, 400, 50, ["Promo"], "",
  "Read the Daily Sentinel e-paper on your phone",
  "Get every page of the Daily Sentinel on your phone before sunrise with our new e-paper app, free for the first month.",
  "Download it today."),
 ("weather-kingston", "morningcourier.jm", "en", 0, 680, 700, ["Weather"], "",
  "Weather: cooler Thursday with showers in the north",
  "A cold front will bring cooler temperatures and scattered showers to the northern parishes on Thursday, while Kingston stays mostly dry with a high of 30 degrees, the Meteorological Service said.",
  ""),
]
