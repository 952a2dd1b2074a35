# Day 23 (hold-out): an English channel, evening edition of Thursday 19 March 2026
# (window 06:00-18:00 Sydney, AEDT = UTC+11). Gold answer written before any run.
#
# Stories (gold):
#   blackout-qld      south-east Queensland blackout after a substation fire (running: homes out rise, then restored)
#   minister-resigns  federal Regional Development Minister Claire Beaumont quits over undeclared shares
#   lumpy-skin        lumpy skin disease found in NT cattle, live cattle exports suspended
#   port-cyber        cyberattack halts Westquay container terminals at Fremantle
#   frigate-deal      A$12bn frigate contract with a Japanese shipbuilder, ships built at Henderson near Fremantle
#   journalist-hanoi  Australian freelance journalist detained in Hanoi
#   blackout-chile    (look-alike of blackout-qld) blackout across central Chile
#   waiting-lists     NSW audit: hospitals struck patients off elective surgery waiting lists
#   eagles-poisoned   14 wedge-tailed eagles found poisoned in East Gippsland
#   algae-beaches     (look-alike-ish: dead animals, "toxic") toxic algal bloom closes Fleurieu beaches
#   cruise-protest    Hobart kayak protest against cruise ships
#   heat-pump         Victorian heat pump rebate (shares a wire byline line with jackpot)
#   jackpot           A$150m Powerball jackpot, ticket sold in Wagga Wagga
#   nrl-result, horoscope, weather-bulletin, promo-subscribe: filler, importance 0
#
# Traps (post numbers as generated, 1-based):
#   - one radio interview, two stories: Treasurer Daniel Kerr on Harbour Radio, quoted
#     "The rules apply to everyone, full stop" in blackout-qld (post 7) and minister-resigns (post 12);
#   - shared wire byline line "Pacific Wire | Updated: 19-03-2026 13:40 AEDT" on heat-pump (post 56)
#     and jackpot (post 59), two unrelated stories from the same outlet minutes apart;
#   - a promo posted alone (post 66);
#   - look-alikes: two blackouts (blackout-qld 1-8 vs blackout-chile 37-39, French posts 4 and 38);
#     dead animals / poison vs toxic (eagles 45-48 vs algae 49-52);
#   - places shared by two stories: Fremantle (port-cyber 22-27 and frigate-deal 28-32);
#     Brisbane (blackout-qld and nrl-result 62-63); Wagga Wagga (waiting-lists 42 and jackpot 59-61);
#   - filler of importance 0: NRL result (62-63), horoscope (64), weather bulletin (65).
NAME = "2026-03-19-en-evening-sydney-h23"
CHANNEL = {"lang": "en", "tz": "Australia/Sydney"}
WINDOW = ("2026-03-18T19:00:00Z", "2026-03-19T07:00:00Z")
CTX = {"stamp": "19-03-2026 13:40", "city": "Sydney", "date_fr": "19 mars", "date_en": "March 19",
       "author": "Megan O'Loughlin", "clarify": "the number of homes without power", "caption": "",
       "also": "notre dossier", "country": "New South Wales"}
# The editor's top 5: the blackout, the resignation, lumpy skin disease, the port cyberattack, the frigates.
TOP5 = ["blackout-qld", "minister-resigns", "lumpy-skin", "port-cyber", "frigate-deal"]
AU = "Australia"
W = "World"
B = "Business"
P = "Politics"
POSTS = [
 # 1. The south-east Queensland blackout, a running story (homes out rise, then power back).
 ("blackout-qld", "southern-wire.com.au", "en", 3, 15, 2200, [AU], "colon",
  "Blackout hits south-east Queensland after substation fire",
  "A fire at the Brolga Creek substation west of Brisbane cut power to about 480,000 homes and businesses across south-east Queensland before dawn on Thursday, the grid operator said.",
  "Traffic lights were out across Brisbane and Ipswich and commuter trains were halted.", {"city": "Brisbane"}),
 ("blackout-qld", "wire-west.com", "en", 3, 70, 1600, [AU], "reuters",
  "Power outage leaves 620,000 without electricity in Queensland",
  "The number of Queensland homes and businesses without electricity rose to 620,000 on Thursday morning after a substation fire tripped two major transmission lines, Energy Queensland said.",
  "Outages stretched from the Sunshine Coast to the Gold Coast.", {"city": "Brisbane", "date_en": "March 19"}),
 ("blackout-qld", "brisbane-courier-post.com.au", "en", 3, 95, 1900, [AU], "caption",
  "Brisbane wakes up in the dark: trains stopped, schools shut",
  "Commuters were stranded on Brisbane station platforms on Thursday as a blackout stopped every suburban train and forced more than 200 schools to close for the day.",
  "Hospitals switched to backup generators.",
  {"site": "Courier Post", "caption": "Commuters wait outside Roma Street station in Brisbane during the blackout on 19 March 2026."}),
 ("blackout-qld", "agence-australe.fr", "fr", 3, 110, 400, [W], "afp",
  "Australie : panne d'électricité géante dans le Queensland",
  "Quelque 620 000 foyers et entreprises étaient privés de courant jeudi dans le sud-est du Queensland, en Australie, après l'incendie d'un poste électrique près de Brisbane.",
  "Les trains de banlieue sont à l'arrêt.", {"city": "Sydney"}),
 ("blackout-qld", "abc-like.net.au", "en", 3, 180, 1400, [AU], "updated",
  "Power back for most Queensland homes after seven-hour outage",
  "Power has been restored to about 90 per cent of the homes and businesses cut off in south-east Queensland, seven hours after the Brolga Creek substation caught fire.",
  "Crews expect to reconnect the rest by nightfall.", {"clarify": "the number of homes without power"}),
 ("blackout-qld", "globe-au.com", "en", 3, 260, 900, [AU], "teaser",
  "Why one substation fire darkened half of Queensland",
  "A single fault at Brolga Creek could black out 620,000 customers because two of the state's main transmission lines run through the same substation, engineers say.",
  "The grid operator has ordered a review."),
 ("blackout-qld", "harbour-radio.com.au", "en", 3, 140, 800, [AU], "",
  "Kerr says grid operator could be fined over Queensland blackout",
  "Treasurer Daniel Kerr said on Harbour Radio on Thursday that the operator of the Brolga Creek substation could face fines if it is found to have skipped maintenance.",
  "\"The rules apply to everyone, full stop,\" he said. Earlier in the programme he was asked about the resignation of a cabinet colleague."),
 ("blackout-qld", "southern-wire.com.au", "en", 3, 420, 1100, [AU], "colon",
  "Queensland premier orders inquiry into blackout",
  "Queensland Premier Natalie Osei ordered an independent inquiry on Thursday into the substation fire that left 620,000 customers without power for up to nine hours.",
  "", {"city": "Brisbane"}),

 # 2. The minister's resignation (the Treasurer's interview also quoted in the blackout story).
 ("minister-resigns", "canberra-times-like.com.au", "en", 3, 40, 1800, [AU, P], "byline_en",
  "Regional Development Minister Claire Beaumont resigns",
  "Regional Development Minister Claire Beaumont resigned from cabinet on Thursday morning after failing to declare shares in a company that won a A$4 million regional grant.",
  "", {"site": "The Canberra Standard", "author": "Hamish Tully"}),
 ("minister-resigns", "wire-west.com", "en", 3, 60, 1200, [AU, P], "reuters",
  "Australian minister quits over undeclared shareholding",
  "An Australian cabinet minister quit on Thursday over an undeclared shareholding in a firm that received government money, the first resignation from the Labor government this year.",
  "", {"city": "Canberra", "date_en": "March 19"}),
 ("minister-resigns", "abc-like.net.au", "en", 3, 120, 1500, [AU, P], "",
  "Beaumont steps down: 'I made a serious mistake'",
  "Claire Beaumont told reporters in Canberra that she had \"made a serious mistake\" as she stepped down as Regional Development Minister.",
  "She will stay in parliament as a backbencher."),
 ("minister-resigns", "harbour-radio.com.au", "en", 3, 130, 900, [AU, P], "donate",
  "Treasurer Kerr: Beaumont resignation 'the right call'",
  "Treasurer Daniel Kerr said on Harbour Radio on Thursday that Claire Beaumont's decision to leave cabinet was the right call.",
  "\"The rules apply to everyone, full stop,\" he said."),
 ("minister-resigns", "agence-australe.fr", "fr", 3, 150, 300, [W, P], "actu",
  "Australie : une ministre démissionne pour des actions non déclarées",
  "La ministre australienne du Développement régional, Claire Beaumont, a démissionné jeudi pour ne pas avoir déclaré des actions dans une entreprise ayant reçu une subvention publique.",
  "", {"city": "Sydney"}),
 ("minister-resigns", "globe-au.com", "en", 3, 330, 700, [AU, P], "",
  "Opposition demands integrity commission probe into Beaumont grant",
  "The opposition on Thursday asked the National Anti-Corruption Commission to investigate how a company part-owned by former minister Claire Beaumont won a A$4 million regional grant.",
  ""),
 ("minister-resigns", "canberra-times-like.com.au", "en", 3, 480, 1000, [AU, P], "",
  "Prime Minister names Tom Rawiri to regional portfolio",
  "Prime Minister Anthony Marsh named Tom Rawiri as Regional Development Minister on Thursday afternoon, hours after Claire Beaumont resigned over her undeclared shares.",
  ""),

 # 3. Lumpy skin disease in the Northern Territory.
 ("lumpy-skin", "rural-report.com.au", "en", 3, 30, 1300, [AU, "Rural"], "",
  "Lumpy skin disease detected in NT cattle for the first time",
  "Lumpy skin disease has been detected in cattle on a station near Katherine in the Northern Territory, the first confirmed case of the virus in Australia, the federal agriculture department said on Thursday.",
  "A 20-kilometre movement ban has been imposed around the property."),
 ("lumpy-skin", "wire-west.com", "en", 3, 90, 1100, [AU, B], "reuters",
  "Australia suspends live cattle exports after lumpy skin case",
  "Australia suspended live cattle exports to Indonesia and Vietnam on Thursday after confirming its first case of lumpy skin disease, a blow to a trade worth about A$1.5 billion a year.",
  "", {"city": "Darwin", "date_en": "March 19"}),
 ("lumpy-skin", "abc-like.net.au", "en", 3, 200, 900, [AU, "Rural"], "",
  "Graziers fear for their herds as virus reaches the Top End",
  "Cattle producers across the Top End said on Thursday they feared for their herds after the insect-borne virus that causes lumpy skin nodules was found near Katherine.",
  ""),
 ("lumpy-skin", "le-journal-du-pacifique.fr", "fr", 3, 230, 250, [W], "publie",
  "L'Australie détecte son premier cas de dermatose nodulaire contagieuse",
  "L'Australie a confirmé jeudi son premier cas de dermatose nodulaire contagieuse, une maladie virale des bovins, dans un élevage du Territoire du Nord.",
  "Les exportations de bétail vivant sont suspendues.", {"site": "Le Journal du Pacifique"}),
 ("lumpy-skin", "rural-report.com.au", "en", 3, 390, 700, [AU, "Rural"], "byline_en",
  "Agriculture minister: vaccine stockpile sent to Katherine",
  "Agriculture Minister Jodie Caruana said on Thursday that 50,000 doses from the national stockpile were being flown to Katherine to vaccinate cattle around the infected station.",
  "", {"site": "Rural Report", "author": "Sam Kennedy"}),
 ("lumpy-skin", "globe-au.com", "en", 3, 500, 500, [AU, B], "teaser",
  "What lumpy skin disease means for beef prices",
  "Beef prices at the supermarket are unlikely to rise soon because most Northern Territory cattle are exported live, but a long suspension would hit station owners hard, analysts said.",
  ""),

 # 4. Cyberattack on the Westquay container terminals at Fremantle (place shared with the frigates).
 ("port-cyber", "west-news.com.au", "en", 3, 20, 1200, [AU, B], "",
  "Fremantle container terminals shut by cyberattack",
  "Container terminals at Fremantle port stopped work overnight after a cyberattack took down the systems of operator Westquay Terminals, the company said on Thursday.",
  "Hundreds of trucks were turned away at the gates."),
 ("port-cyber", "wire-west.com", "en", 3, 80, 900, [AU, B], "reuters",
  "Westquay halts Fremantle operations after 'cyber security incident'",
  "Westquay Terminals halted operations at its Fremantle container terminal on Thursday after what it called a cyber security incident, disrupting about a fifth of Western Australia's imports.",
  "", {"city": "Perth", "date_en": "March 19"}),
 ("port-cyber", "southern-wire.com.au", "en", 3, 160, 800, [AU, B], "colon",
  "Hackers demand ransom from Westquay, cyber centre says",
  "The hackers who paralysed Westquay's terminal at Fremantle have demanded a ransom, the Australian Cyber Security Centre said on Thursday, urging the company not to pay.",
  "", {"city": "Perth"}),
 ("port-cyber", "west-news.com.au", "en", 3, 240, 600, [AU, B], "byline_en",
  "Truck queues stretch kilometres as port hack drags on",
  "Queues of container trucks stretched for more than three kilometres along Port Beach Road on Thursday as the hack of Westquay's systems kept the terminal closed.",
  "", {"site": "West News", "author": "Priya Lal"}),
 ("port-cyber", "agence-australe.fr", "fr", 3, 300, 200, [W, B], "afp",
  "Australie : un port paralysé par une cyberattaque",
  "Le terminal à conteneurs de Fremantle, principal port de l'ouest de l'Australie, était paralysé jeudi par une cyberattaque visant son exploitant Westquay.",
  "", {"city": "Perth"}),
 ("port-cyber", "globe-au.com", "en", 3, 460, 500, [AU, B], "updated",
  "Westquay restarts manual operations at Fremantle",
  "Westquay Terminals began moving containers by hand at Fremantle on Thursday evening, using paper dockets while its computer systems stay offline after the cyberattack.",
  "", {"clarify": "when manual operations began"}),

 # 5. The frigate deal (Henderson shipyard, south of Fremantle).
 ("frigate-deal", "canberra-times-like.com.au", "en", 2, 50, 1000, [AU, "Defence"], "",
  "Australia signs A$12 billion frigate contract with Japan",
  "Australia signed a A$12 billion contract on Thursday with Japan's Kaiyo Heavy Industries for 11 general-purpose frigates, most of which will be built at the Henderson shipyard south of Fremantle.",
  ""),
 ("frigate-deal", "gulf-wire.com", "en", 2, 100, 200, [W, "Defence"], "kuna",
  "Japan, Australia seal warship deal",
  "Japan and Australia sealed a deal on Thursday for Tokyo's Kaiyo Heavy Industries to supply 11 warships to the Royal Australian Navy, Japanese officials said.",
  "", {"city": "Tokyo", "date_en": "March 19"}),
 ("frigate-deal", "agence-australe.fr", "fr", 2, 170, 250, [W, "Defence"], "lire",
  "Canberra commande onze frégates japonaises",
  "L'Australie a commandé jeudi onze frégates au constructeur japonais Kaiyo Heavy Industries pour 12 milliards de dollars australiens, le plus gros contrat d'armement de Tokyo depuis 1945.",
  "Huit navires seront construits en Australie occidentale.", {"also": "Indo-Pacifique : la course aux armements"}),
 ("frigate-deal", "west-news.com.au", "en", 2, 280, 600, [AU, "Defence"], "",
  "Henderson shipyard to hire 2,000 workers for frigate build",
  "The Henderson shipyard will hire about 2,000 workers to build eight of the navy's new Japanese-designed frigates, Defence Minister Ross Pellegrino said in Perth on Thursday.",
  ""),
 ("frigate-deal", "wire-west.com", "en", 2, 340, 500, [AU, "Defence"], "reuters",
  "First Australian frigate to be delivered from Japan in 2029",
  "The first of Australia's 11 new frigates will be built in Nagasaki and handed to the navy in 2029, with the rest following from Western Australia, Kaiyo Heavy Industries said.",
  "", {"city": "Tokyo", "date_en": "March 19"}),

 # 6. Australian journalist detained in Hanoi.
 ("journalist-hanoi", "wire-west.com", "en", 2, 10, 900, [W], "reuters",
  "Australian journalist detained in Vietnam",
  "Vietnamese police have detained Australian freelance journalist Lachlan Pryce in Hanoi on suspicion of \"propaganda against the state\", his family said on Thursday.",
  "", {"city": "Hanoi", "date_en": "March 19"}),
 ("journalist-hanoi", "abc-like.net.au", "en", 2, 150, 800, [AU, W], "",
  "Foreign minister seeks consular access to Lachlan Pryce",
  "Foreign Minister Helen Zhou said on Thursday that Australian diplomats had asked to see Lachlan Pryce, the reporter arrested in Hanoi, and that the government was \"deeply concerned\".",
  ""),
 ("journalist-hanoi", "agence-australe.fr", "fr", 2, 190, 200, [W], "byline_fr",
  "Vietnam : un journaliste australien arrêté à Hanoï",
  "Un journaliste indépendant australien, Lachlan Pryce, a été arrêté à Hanoï et accusé de « propagande contre l'État », a annoncé jeudi sa famille.",
  "", {"site": "Agence Australe", "author": "Camille Nguyen"}),
 ("journalist-hanoi", "press-freedom-watch.org", "en", 2, 360, 300, [W], "donate",
  "Press groups call for Pryce's release",
  "Press freedom groups on Thursday called on Vietnam to release Lachlan Pryce, saying the Australian had been reporting on land seizures in the Mekong Delta.",
  ""),

 # 7. Look-alike: the blackout across central Chile.
 ("blackout-chile", "wire-west.com", "en", 2, 5, 700, [W], "reuters",
  "Massive blackout hits central Chile, Santiago metro halted",
  "A massive power outage hit central Chile on Wednesday afternoon, leaving about 4 million people without electricity and halting the Santiago metro, the national grid coordinator said.",
  "", {"city": "Santiago", "date_en": "March 18"}),
 ("blackout-chile", "agence-australe.fr", "fr", 2, 25, 200, [W], "ats",
  "Panne de courant géante au Chili",
  "Une panne d'électricité a plongé dans le noir une grande partie du centre du Chili mercredi, dont la capitale Santiago, où le métro a été évacué.",
  "", {"city": "Santiago"}),
 ("blackout-chile", "ap-like.org", "en", 2, 90, 500, [W], "ap",
  "Chile restores power after outage traced to transmission line",
  "Chilean authorities restored electricity to most of the country's central regions early Thursday after a fault on a high-voltage line left millions in the dark for six hours.",
  "", {"city": "Santiago"}),

 # 8. NSW hospital waiting lists.
 ("waiting-lists", "sydney-herald-like.com.au", "en", 2, 45, 1300, [AU, "Health"], "byline_en",
  "Audit finds NSW hospitals struck patients off surgery lists",
  "Three NSW hospitals removed more than 2,300 patients from elective surgery waiting lists without telling them in order to meet waiting-time targets, the state Auditor-General found.",
  "", {"site": "The Sydney Herald", "author": "Grace Abboud"}),
 ("waiting-lists", "abc-like.net.au", "en", 2, 110, 900, [AU, "Health"], "",
  "Health minister 'appalled' by waiting list audit",
  "NSW Health Minister Peter Vlahos said on Thursday he was appalled by the audit and had ordered every local health district to check its elective surgery lists.",
  ""),
 ("waiting-lists", "globe-au.com", "en", 2, 250, 600, [AU, "Health"], "",
  "Patients describe years lost off the surgery list",
  "Patients removed from waiting lists at Blacktown, Gosford and Wagga Wagga hospitals told of waiting years for hip and knee operations that were never booked.",
  ""),
 ("waiting-lists", "sydney-herald-like.com.au", "en", 2, 400, 700, [AU, "Health"], "",
  "Two hospital executives stood down over waiting list audit",
  "Two senior hospital executives were stood down on Thursday afternoon after the Auditor-General's report on elective surgery waiting lists.",
  ""),
 ("waiting-lists", "nurses-voice.org.au", "en", 2, 520, 300, [AU, "Health"], "",
  "Nurses' union: audit shows surgery system is 'gaming the numbers'",
  "The NSW nurses' union said on Thursday that the audit showed the public surgery system had been gaming the numbers rather than treating patients.",
  ""),

 # 9. Wedge-tailed eagles poisoned (look-alike: dead animals on the algae beaches).
 ("eagles-poisoned", "gippsland-times-like.com.au", "en", 1, 35, 600, [AU, "Environment"], "",
  "Fourteen wedge-tailed eagles found poisoned in East Gippsland",
  "Fourteen wedge-tailed eagles have been found dead on farmland near Bairnsdale in East Gippsland, and tests show they were poisoned, the Conservation Regulator said on Thursday.",
  ""),
 ("eagles-poisoned", "abc-like.net.au", "en", 1, 200, 500, [AU, "Environment"], "caption",
  "Reward offered after eagle poisoning near Bairnsdale",
  "The Victorian Conservation Regulator offered a A$20,000 reward on Thursday for information about the poisoning of 14 protected eagles near Bairnsdale.",
  "", {"caption": "A dead wedge-tailed eagle photographed by investigators near Bairnsdale on 18 March 2026."}),
 ("eagles-poisoned", "birdlife-news.org.au", "en", 1, 310, 200, [AU, "Environment"], "donate",
  "Eagle deaths the worst raptor poisoning in a decade, BirdLife says",
  "The deaths of 14 wedge-tailed eagles in Gippsland are the worst case of raptor poisoning in Victoria in a decade, BirdLife Australia said.",
  ""),
 ("eagles-poisoned", "gippsland-times-like.com.au", "en", 1, 470, 300, [AU, "Environment"], "",
  "Farmers condemn eagle baiting",
  "The Victorian Farmers Federation condemned on Thursday the baiting that killed 14 eagles in East Gippsland and urged its members to help investigators.",
  ""),

 # 10. The toxic algal bloom on the Fleurieu Peninsula.
 ("algae-beaches", "adelaide-now-like.com.au", "en", 2, 55, 800, [AU, "Environment"], "",
  "Toxic algal bloom closes Fleurieu Peninsula beaches",
  "Twelve beaches on South Australia's Fleurieu Peninsula were closed on Thursday after a toxic algal bloom turned the water brown and left thousands of dead fish on the sand.",
  ""),
 ("algae-beaches", "southern-wire.com.au", "en", 2, 170, 500, [AU, "Environment"], "colon",
  "Swimmers warned as algae bloom spreads along SA coast",
  "South Australian health authorities warned swimmers on Thursday to stay out of the sea from Victor Harbor to Normanville as the bloom of Karenia algae spread west.",
  "", {"city": "Adelaide"}),
 ("algae-beaches", "agence-australe.fr", "fr", 2, 290, 150, [W, "Environment"], "soutien",
  "Australie : des plages fermées à cause d'algues toxiques",
  "Une douzaine de plages du sud de l'Australie ont été fermées jeudi en raison d'une prolifération d'algues toxiques qui a tué des milliers de poissons.",
  ""),
 ("algae-beaches", "adelaide-now-like.com.au", "en", 2, 440, 400, [AU, "Environment"], "",
  "Marine heatwave behind Fleurieu bloom, scientists say",
  "A marine heatwave that has kept the water off the Fleurieu Peninsula three degrees above normal since January is feeding the algal bloom, scientists said.",
  ""),

 # 11. Cruise ship protest in Hobart.
 ("cruise-protest", "tas-examiner-like.com.au", "en", 1, 65, 500, [AU], "place",
  "Kayakers block cruise ship in Hobart protest",
  "About 80 kayakers paddled into the path of the cruise ship Ocean Meridian on Thursday morning to protest against the number of cruise visits to the city.",
  "", {"city": "Hobart", "country": "Tasmania"}),
 ("cruise-protest", "abc-like.net.au", "en", 1, 190, 400, [AU], "",
  "Hobart residents say cruise crowds are too much",
  "Residents of Hobart's Battery Point told a council meeting on Thursday that up to 8,000 cruise passengers a day were overwhelming the waterfront.",
  ""),
 ("cruise-protest", "tas-examiner-like.com.au", "en", 1, 350, 300, [AU], "",
  "Ocean Meridian docks two hours late after kayak protest",
  "The Ocean Meridian docked at Hobart's Macquarie Wharf two hours behind schedule after police moved protesting kayakers out of the channel.",
  ""),

 # 12. Heat pump rebate (shares the wire byline line with the jackpot).
 ("heat-pump", "pacific-wire.com.au", "en", 1, 400, 300, [AU, B], "reuters_line",
  "Victoria doubles heat pump rebate",
  "The Victorian government will double its rebate for households replacing gas water heaters with electric heat pumps to A$2,800 from 1 July, Energy Minister Lily Tran said.",
  "", {"line": "Pacific Wire | Updated: 19-03-2026 13:40 AEDT"}),
 ("heat-pump", "melbourne-age-like.com.au", "en", 1, 430, 400, [AU, B], "",
  "Households to get A$2,800 to switch from gas hot water",
  "Victorian households that swap a gas hot water system for a heat pump will receive up to A$2,800 under an expanded scheme announced on Thursday.",
  ""),
 ("heat-pump", "energy-desk.com.au", "en", 1, 560, 150, [B], "",
  "Installers warn of heat pump backlog after rebate boost",
  "Plumbers and installers warned that waiting times for heat pump installations in Victoria could stretch past three months once the higher rebate starts.",
  ""),

 # 13. The Powerball jackpot.
 ("jackpot", "pacific-wire.com.au", "en", 1, 405, 700, [AU], "reuters_line",
  "Single ticket wins A$150 million Powerball jackpot",
  "A single ticket bought at a newsagency in Wagga Wagga has won Thursday's A$150 million Powerball jackpot, the largest lottery prize in Australian history.",
  "", {"line": "Pacific Wire | Updated: 19-03-2026 13:40 AEDT"}),
 ("jackpot", "riverina-news.com.au", "en", 1, 450, 500, [AU], "",
  "Wagga newsagent sold the record Powerball ticket",
  "The owner of the Baylis Street newsagency in Wagga Wagga said he was \"shaking\" after learning he had sold the winning A$150 million Powerball ticket.",
  ""),
 ("jackpot", "globe-au.com", "en", 1, 600, 400, [AU], "teaser",
  "Record Powerball winner has yet to come forward",
  "The holder of the A$150 million Powerball ticket bought in Wagga Wagga had not yet contacted the lottery operator by Thursday evening, officials said.",
  ""),

 # 14. Filler: NRL result, horoscope, weather bulletin, a promo.
 ("nrl-result", "sports-now.com.au", "en", 0, 0, 2500, ["Sport"], "",
  "Storm beat Broncos 24-18 in Brisbane",
  "Melbourne Storm came from behind to beat the Brisbane Broncos 24-18 at Suncorp Stadium on Wednesday night, with fullback Jai Tuilagi scoring two tries.",
  ""),
 ("nrl-result", "ap-like.org", "en", 0, 30, 700, ["Sport"], "upi",
  "Tuilagi double sinks Broncos",
  "Jai Tuilagi scored twice in the second half as the Melbourne Storm beat the Brisbane Broncos 24-18 in the NRL.",
  "", {"date_en": "March 19"}),
 ("horoscope", "stars-daily.com.au", "en", 0, 60, 1500, ["Horoscope"], "",
  "Your horoscope for Thursday, March 19",
  "Pisces: an old friend brings news that changes your plans for the weekend.",
  "Aries: take your time before signing anything."),
 ("weather-bulletin", "weather-now.com.au", "en", 0, 20, 600, ["Weather"], "",
  "Sydney forecast: warm and humid, storms late",
  "Sydney will be warm and humid on Thursday with a top of 31 degrees and a chance of a thunderstorm in the late afternoon.",
  ""),
 ("promo-subscribe", "globe-au.com", "en", 0, 120, 50, ["Promo"], "",
  "Get Globe Australia for A$1 a week",
  "Read everything on Globe Australia for A$1 a week for your first six months.",
  "Cancel anytime."),
]
