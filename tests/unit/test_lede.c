/* lede: a table of French and English posts with their exact ledes (sentence
 * splitting around abbreviations, initials, numbers and quotes; credits,
 * bylines, "read also", promotional footers and datelines skipped; Markdown
 * stripped; the cut at LEDE_MAX_CHARS), folding for similarity, errors, and a
 * concurrency smoke test. All fixtures are invented for this test. */
#include "tap.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>

#include "lede.h"

struct lcase {
    const char *name;
    const char *lang;
    const char *md;
    const char *want; /* NULL: -ENOENT */
};

/* clang-format off */
static const struct lcase cases[] = {
    /* --- French abbreviations --- */
    {"fr M. before a name", "fr",
     "Selon M. Dupont, le projet de loi sera examiné au Sénat dès mardi. Les débats s'annoncent vifs.",
     "Selon M. Dupont, le projet de loi sera examiné au Sénat dès mardi."},
    {"fr MM.", "fr",
     "MM. Durand et Lefèvre ont signé l'accord à Bruxelles jeudi soir. La Commission s'en félicite.",
     "MM. Durand et Lefèvre ont signé l'accord à Bruxelles jeudi soir."},
    {"fr Mme without a period", "fr",
     "Mme Borne a défendu le recours au 49.3 devant les députés. La gauche dépose une motion.",
     "Mme Borne a défendu le recours au 49.3 devant les députés."},
    {"fr Mme. (ICU alone breaks)", "fr",
     "Mme. Martin, maire de la commune, a ordonné l'évacuation du quartier. Aucun blessé n'est à déplorer.",
     "Mme. Martin, maire de la commune, a ordonné l'évacuation du quartier."},
    {"fr Mlle. (ICU alone breaks)", "fr",
     "Mlle. Girard a remporté samedi la finale du concours national d'éloquence. Le jury a salué sa prestation.",
     "Mlle. Girard a remporté samedi la finale du concours national d'éloquence."},
    {"fr Dr. (ICU alone breaks)", "fr",
     "Le Dr. Lambert a présenté les résultats de l'essai clinique devant l'Académie. Ils sont encourageants.",
     "Le Dr. Lambert a présenté les résultats de l'essai clinique devant l'Académie."},
    {"fr Pr. (ICU alone breaks)", "fr",
     "Le Pr. Moreau, infectiologue à Lyon, appelle à la prudence face au nouveau variant. Il recommande le masque.",
     "Le Pr. Moreau, infectiologue à Lyon, appelle à la prudence face au nouveau variant."},
    {"fr St. (ICU alone breaks)", "fr",
     "La fête de la St. Patrick a réuni des milliers de personnes dans les rues de Dublin. La police n'a signalé aucun incident.",
     "La fête de la St. Patrick a réuni des milliers de personnes dans les rues de Dublin."},
    {"fr etc. inside a sentence", "fr",
     "Les fruits, les légumes, les céréales, etc. ont vu leurs prix grimper de 12 % en un an. Les ménages modestes sont les plus touchés.",
     "Les fruits, les légumes, les céréales, etc. ont vu leurs prix grimper de 12 % en un an."},
    {"fr av. J.-C. (ICU alone breaks)", "fr",
     "En 52 av. J.-C. Vercingétorix dépose les armes devant César à Alésia, selon la tradition. Le site attire les visiteurs.",
     "En 52 av. J.-C. Vercingétorix dépose les armes devant César à Alésia, selon la tradition."},
    {"fr capital letter ending a sentence is not an initial", "fr",
     "Le parti a finalement voté pour le plan B. Le reste de l'opposition s'est abstenu.",
     "Le parti a finalement voté pour le plan B."},
    {"fr initial before a particle name", "fr",
     "Le juge a entendu J. Le Goff, ancien directeur financier du groupe, mercredi. Il nie tout.",
     "Le juge a entendu J. Le Goff, ancien directeur financier du groupe, mercredi."},
    {"fr p. 12", "fr",
     "Le rapport, publié mardi, détaille p. 12 les failles du dispositif de contrôle. Le ministère conteste.",
     "Le rapport, publié mardi, détaille p. 12 les failles du dispositif de contrôle."},
    {"fr n° 5", "fr",
     "La ligne n° 5 du métro restera fermée tout le week-end pour travaux. Des bus de substitution sont prévus.",
     "La ligne n° 5 du métro restera fermée tout le week-end pour travaux."},
    {"fr word ending in -aux before the end (ICU fr@ss=standard merges)", "fr",
     "Les hôpitaux sont saturés après trois semaines de grève des personnels sociaux. Des renforts arrivent lundi.",
     "Les hôpitaux sont saturés après trois semaines de grève des personnels sociaux."},
    {"fr decimal 1,5 % and time 10.30", "fr",
     "La croissance a atteint 1,5 % au troisième trimestre, a annoncé l'Insee à 10.30 vendredi. C'est mieux que prévu.",
     "La croissance a atteint 1,5 % au troisième trimestre, a annoncé l'Insee à 10.30 vendredi."},
    {"fr « » sentence end inside, French spacing (ICU breaks before »)", "fr",
     "« Nous ne céderons pas. » Le Premier ministre a répété sa position devant les députés mardi.",
     "« Nous ne céderons pas. »"},
    {"fr « ? » followed by lower case (ICU alone breaks)", "fr",
     "« Jusqu'où ira la hausse des prix ? » s'interroge la Banque de France dans sa note mensuelle. Elle table sur un recul.",
     "« Jusqu'où ira la hausse des prix ? » s'interroge la Banque de France dans sa note mensuelle."},
    {"fr « » sentence end outside", "fr",
     "« Le dialogue reste ouvert », a assuré la ministre du Travail à l'issue de la réunion. Les syndicats restent sceptiques.",
     "« Le dialogue reste ouvert », a assuré la ministre du Travail à l'issue de la réunion."},
    {"fr ellipsis inside a sentence", "fr",
     "Le suspense a duré… jusqu'au dernier bureau de vote, remporté de justesse par la sortante. Un recours est envisagé.",
     "Le suspense a duré… jusqu'au dernier bureau de vote, remporté de justesse par la sortante."},
    {"fr ellipsis ends a sentence (ICU does not break)", "fr",
     "Les négociations avaient repris… Puis elles ont de nouveau échoué dans la nuit.",
     "Les négociations avaient repris…"},
    {"fr sentence starting with a number (ICU does not break)", "fr",
     "Le chômage a reculé en 2023. 40 % des demandeurs d'emploi ont retrouvé un poste en moins de six mois.",
     "Le chômage a reculé en 2023."},

    /* --- French lines that are never a lede --- */
    {"fr credit line ©", "fr",
     "© AFP / Jean Dupont\n\nLe cyclone a touché La Réunion dans la nuit de dimanche à lundi. Des rafales à 200 km/h ont été mesurées.",
     "Le cyclone a touché La Réunion dans la nuit de dimanche à lundi."},
    {"fr photo, caption and Photo : credit", "fr",
     "![Des pompiers](https://example.org/feu.jpg)\n*Des pompiers luttent contre les flammes près de Marseille, mardi.*\n\n"
     "Photo : Reuters\n\nL'incendie a parcouru plus de 800 hectares depuis mardi, selon la préfecture.",
     "L'incendie a parcouru plus de 800 hectares depuis mardi, selon la préfecture."},
    {"fr Crédit photo and Photo d'illustration", "fr",
     "Crédit photo : Jean Dupont / Hans Lucas\nPhoto d'illustration\n\nLa SNCF annonce un trafic très perturbé jeudi en raison d'un mouvement social.",
     "La SNCF annonce un trafic très perturbé jeudi en raison d'un mouvement social."},
    {"fr byline Par", "fr",
     "*Par Marie Martin et Paul Durand*\n\nLe gouvernement a présenté mercredi son plan de relance pour l'industrie. Il prévoit 2 milliards d'euros.",
     "Le gouvernement a présenté mercredi son plan de relance pour l'industrie."},
    {"fr byline Par notre envoyé spécial", "fr",
     "Par notre envoyé spécial à Kyiv\n\nLes sirènes ont retenti toute la nuit dans la capitale ukrainienne, sans interruption.",
     "Les sirènes ont retenti toute la nuit dans la capitale ukrainienne, sans interruption."},
    {"fr Par ailleurs is a sentence, not a byline", "fr",
     "Par ailleurs, le ministre a confirmé la fermeture de deux centrales à charbon d'ici à 2027.",
     "Par ailleurs, le ministre a confirmé la fermeture de deux centrales à charbon d'ici à 2027."},
    {"fr Lire aussi and À lire aussi", "fr",
     "**Lire aussi** : [Retraites : ce qui change au 1er janvier](https://example.org/retraites)\n\n"
     "> À lire aussi : notre dossier sur la réforme\n\n"
     "Le Conseil constitutionnel a validé l'essentiel de la réforme vendredi soir.",
     "Le Conseil constitutionnel a validé l'essentiel de la réforme vendredi soir."},
    {"fr Voir aussi and promo footers first", "fr",
     "Voir aussi : la carte des manifestations\n\nAbonnez-vous à notre newsletter pour recevoir l'essentiel de l'info.\n\n"
     "La Banque centrale européenne a relevé jeudi ses taux directeurs de 0,25 point.",
     "La Banque centrale européenne a relevé jeudi ses taux directeurs de 0,25 point."},
    {"fr dateline PARIS (AFP) -", "fr",
     "PARIS (AFP) - Le Parlement a définitivement adopté jeudi le projet de loi sur l'immigration, après des mois de débats.",
     "Le Parlement a définitivement adopté jeudi le projet de loi sur l'immigration, après des mois de débats."},
    {"fr dateline on its own line, with a date", "fr",
     "SAINT-DENIS, 3 mars (AFP) -\nLa préfecture a levé l'alerte rouge cyclonique en début d'après-midi.",
     "La préfecture a levé l'alerte rouge cyclonique en début d'après-midi."},
    {"fr short fragments skipped", "fr",
     "Urgent.\n\nEnfin. Un séisme de magnitude 6,2 a frappé le centre de l'Italie dans la nuit.",
     "Un séisme de magnitude 6,2 a frappé le centre de l'Italie dans la nuit."},
    {"fr hard line break ends a kicker", "fr",
     "Alerte info  \nLe Premier ministre a présenté la démission de son gouvernement au président.",
     "Le Premier ministre a présenté la démission de son gouvernement au président."},
    {"fr a promotion posted on its own is its own lede", "fr",
     "Abonnez-vous au Courrier numérique et recevez chaque matin l'édition complète sur votre "
     "téléphone, pour 2 euros par mois. Premier mois offert jusqu'au 30 avril.",
     "Abonnez-vous au Courrier numérique et recevez chaque matin l'édition complète sur votre "
     "téléphone, pour 2 euros par mois."},
    {"fr a promotion after a byline is no lede", "fr",
     "Par Awa Sawadogo, La Gazette du Nord\n\n"
     "Abonnez-vous au Courrier numérique et recevez chaque matin l'édition complète sur votre "
     "téléphone, pour 2 euros par mois.",
     NULL},
    {"fr byline naming the outlet's site", "fr",
     "Par Awa Sawadogo, lefaso-matin.bf\n\n"
     "Le gouvernement a relevé mardi le prix du litre de gazole de 50 francs CFA à la pompe.",
     "Le gouvernement a relevé mardi le prix du litre de gazole de 50 francs CFA à la pompe."},
    {"fr dateline naming a country of two words", "fr",
     "MATADI, RD Congo Quatorze personnes ont péri dans un éboulement de terrain après une nuit "
     "d'orages, selon la mairie.",
     "Quatorze personnes ont péri dans un éboulement de terrain après une nuit d'orages, selon la "
     "mairie."},
    {"fr question in quotes before a comma", "fr",
     "« Est-ce que nos pensions sont en danger ? », s'inquiète un ancien boulanger de Vendée, l'un "
     "des 300 000 artisans affiliés à la caisse. La réforme sera votée jeudi.",
     "« Est-ce que nos pensions sont en danger ? », s'inquiète un ancien boulanger de Vendée, l'un "
     "des 300 000 artisans affiliés à la caisse."},
    {"fr only a credit and a footer", "fr",
     "© Reuters\n\nSuivez-nous sur Instagram et Facebook pour ne rien manquer de l'actualité.\n\n"
     "Téléchargez notre application pour recevoir nos alertes.",
     NULL},

    /* --- French Markdown --- */
    {"fr Markdown emphasis, link, code, heading", "fr",
     "## Contexte\n\nLe **Sénat** a adopté, *à une large majorité*, le [projet de loi](https://example.org/loi \"Texte\") "
     "sur l'`IA` générative. Le texte part à l'Assemblée.",
     "Le Sénat a adopté, à une large majorité, le projet de loi sur l'IA générative."},
    {"fr HTML tags, entities and a figure caption", "fr",
     "<figure><img src=\"x.jpg\"><figcaption>Le palais de justice, lundi.</figcaption></figure>\n\n"
     "<p>Le <strong>tribunal</strong> de Nanterre a condamné l&#39;entreprise à une amende record&nbsp;!</p>",
     "Le tribunal de Nanterre a condamné l'entreprise à une amende record\u00a0!"},
    {"fr list item and block quote", "fr",
     "> - Le prix du gazole a baissé de 3 centimes en une semaine.\n> - L'essence suit la même tendance.",
     "Le prix du gazole a baissé de 3 centimes en une semaine."},
    {"fr soft line breaks and spaces collapsed", "fr",
     "Le   texte\tsera  examiné\n   en seconde lecture   au mois de mars, a indiqué le gouvernement.",
     "Le texte sera examiné en seconde lecture au mois de mars, a indiqué le gouvernement."},
    {"fr decomposed accents come out NFC", "fr",
     "L'Assemble\xcc\x81" "e nationale a vote\xcc\x81 la motion de censure mardi soir.",
     "L'Assemblée nationale a voté la motion de censure mardi soir."},
    {"fr heading only: the heading is the fallback", "fr",
     "# Le Sénat adopte la loi de programmation militaire\n\n![](carte.png)",
     "Le Sénat adopte la loi de programmation militaire"},
    {"fr a long wire sentence (345 characters) is kept whole", "fr",
     "Après une nuit de négociations à Bruxelles, les Vingt-Sept se sont entendus sur un mécanisme commun de "
     "plafonnement des prix du gaz, censé protéger les ménages et les industriels les plus exposés, mais dont "
     "l'entrée en vigueur dépendra, selon plusieurs diplomates, de l'évolution des cours sur le marché "
     "néerlandais au cours de l'hiver prochain. Le texte doit encore être approuvé.",
     "Après une nuit de négociations à Bruxelles, les Vingt-Sept se sont entendus sur un mécanisme commun de "
     "plafonnement des prix du gaz, censé protéger les ménages et les industriels les plus exposés, mais dont "
     "l'entrée en vigueur dépendra, selon plusieurs diplomates, de l'évolution des cours sur le marché "
     "néerlandais au cours de l'hiver prochain."},

    /* --- English abbreviations --- */
    {"en a.m. ends the sentence before its next one", "en",
     "The highway reopened to traffic shortly after 3 a.m. Investigators said it could take weeks to "
     "find the cause.",
     "The highway reopened to traffic shortly after 3 a.m."},
    {"en p.m. and a day stay in one sentence", "en",
     "Polls close at 8 p.m. Tuesday in most of the state, officials said. Turnout was high.",
     "Polls close at 8 p.m. Tuesday in most of the state, officials said."},
    {"en a.m. and a time zone stay in one sentence", "en",
     "The fire broke out at 2 a.m. EST in a warehouse near the port, police said. Nobody was hurt.",
     "The fire broke out at 2 a.m. EST in a warehouse near the port, police said."},
    {"en Mr.", "en",
     "Mr. Johnson told reporters the deal would be signed before the end of the month. Talks continue.",
     "Mr. Johnson told reporters the deal would be signed before the end of the month."},
    {"en Mrs. and Ms.", "en",
     "Mrs. Patel and Ms. Okafor were elected to the city council on Tuesday night. Turnout was low.",
     "Mrs. Patel and Ms. Okafor were elected to the city council on Tuesday night."},
    {"en Dr. (ICU alone breaks)", "en",
     "Dr. Alvarez said the new treatment cut hospital stays by a third in the trial. Regulators will review it.",
     "Dr. Alvarez said the new treatment cut hospital stays by a third in the trial."},
    {"en St. (ICU alone breaks)", "en",
     "St. Louis police arrested three men after a shooting outside a stadium late on Saturday. Two were released.",
     "St. Louis police arrested three men after a shooting outside a stadium late on Saturday."},
    {"en Sen. (ICU alone breaks)", "en",
     "Sen. Warren introduced a bill on Monday to ban stock trading by members of Congress. It faces long odds.",
     "Sen. Warren introduced a bill on Monday to ban stock trading by members of Congress."},
    {"en U.S. before a noun (ICU alone breaks)", "en",
     "The U.S. Army said two soldiers were wounded in a drone attack near the border. An inquiry is under way.",
     "The U.S. Army said two soldiers were wounded in a drone attack near the border."},
    {"en U.S. ending a sentence", "en",
     "The company moved its headquarters to the U.S. It now employs 3,000 people in Texas.",
     "The company moved its headquarters to the U.S."},
    {"en U.K.", "en",
     "The U.K. government will cap energy bills for another six months, the Treasury said. Critics want more.",
     "The U.K. government will cap energy bills for another six months, the Treasury said."},
    {"en No. 5", "en",
     "Flight No. 5 from Boston landed safely after a bird strike, the airline said. No one was hurt.",
     "Flight No. 5 from Boston landed safely after a bird strike, the airline said."},
    {"en e.g. and i.e.", "en",
     "Some lenders, e.g. regional banks, tightened credit in the second quarter, i.e. after the collapse. Others did not.",
     "Some lenders, e.g. regional banks, tightened credit in the second quarter, i.e. after the collapse."},
    {"en Jan.", "en",
     "On Jan. 5 the council voted to close the library for repairs until the spring. Residents protested.",
     "On Jan. 5 the council voted to close the library for repairs until the spring."},
    {"en Inc. before a title", "en",
     "Acme Inc. Chief Executive Jane Roe said the layoffs would affect 400 workers. Shares rose 3%.",
     "Acme Inc. Chief Executive Jane Roe said the layoffs would affect 400 workers."},
    {"en Corp. and vs.", "en",
     "Globex Corp. said the Smith vs. Jones ruling would not affect its plans for the new plant. The case may be appealed.",
     "Globex Corp. said the Smith vs. Jones ruling would not affect its plans for the new plant."},
    {"en initials J. K. (ICU alone breaks)", "en",
     "J. K. Rowling has announced a new novel, due out in the autumn, her publisher said. It is her tenth.",
     "J. K. Rowling has announced a new novel, due out in the autumn, her publisher said."},
    {"en decimals 3.5% and time 10.30", "en",
     "Inflation slowed to 3.5% in March, the statistics office said at 10.30 on Tuesday. Markets rallied.",
     "Inflation slowed to 3.5% in March, the statistics office said at 10.30 on Tuesday."},
    {"en curly quotes, end inside, lower case after (ICU alone breaks)", "en",
     "\xe2\x80\x9cWhy now?\xe2\x80\x9d she asked the committee, pointing to the budget shortfall. Nobody answered.",
     "\xe2\x80\x9cWhy now?\xe2\x80\x9d she asked the committee, pointing to the budget shortfall."},
    {"en straight quotes, end outside", "en",
     "\"This is a historic day,\" the mayor said as the bridge reopened to traffic. Crowds cheered.",
     "\"This is a historic day,\" the mayor said as the bridge reopened to traffic."},
    {"en quoted sentence, end inside", "en",
     "\xe2\x80\x9cWe will not back down.\xe2\x80\x9d The union leader spoke after the vote on Thursday.",
     "\xe2\x80\x9cWe will not back down.\xe2\x80\x9d"},

    /* --- English lines that are never a lede --- */
    {"en byline By", "en",
     "By John Smith\n\nWildfires forced thousands of residents to flee their homes in southern Greece on Sunday.",
     "Wildfires forced thousands of residents to flee their homes in southern Greece on Sunday."},
    {"en By the end is a sentence", "en",
     "By the end of the year, the airline expects to carry 40 million passengers.",
     "By the end of the year, the airline expects to carry 40 million passengers."},
    {"en — Reuters and With AP lines", "en",
     "\xe2\x80\x94 Reuters\n\nWith AP\n\nOil prices jumped 4% on Monday after producers announced deeper output cuts.",
     "Oil prices jumped 4% on Monday after producers announced deeper output cuts."},
    {"en Read more and See also", "en",
     "Read more: How the strike unfolded\n\nSee also: Timeline of the crisis\n\n"
     "Train services across the country were cancelled on Friday as drivers walked out.",
     "Train services across the country were cancelled on Friday as drivers walked out."},
    {"en photo credit in a caption line", "en",
     "Residents inspect the damage in Antakya on Monday. (Photo by Jane Doe/AFP)\n\n"
     "Rescuers pulled a girl alive from the rubble more than 100 hours after the quake.",
     "Rescuers pulled a girl alive from the rubble more than 100 hours after the quake."},
    {"en Download our app first", "en",
     "Download our app to get breaking news alerts.\n\nThe storm is expected to make landfall late on Tuesday, forecasters said.",
     "The storm is expected to make landfall late on Tuesday, forecasters said."},
    {"en dateline WASHINGTON (Reuters) -", "en",
     "WASHINGTON (Reuters) - The Federal Reserve held interest rates steady on Wednesday, citing persistent inflation.",
     "The Federal Reserve held interest rates steady on Wednesday, citing persistent inflation."},
    {"en dateline NEW YORK —", "en",
     "NEW YORK \xe2\x80\x94 Shares of the carmaker fell 8% in early trading after it cut its annual forecast.",
     "Shares of the carmaker fell 8% in early trading after it cut its annual forecast."},
    {"en a promotion posted on its own is its own lede", "en",
     "Subscribe to our digital edition and get the whole paper on your phone every morning for $2 "
     "a month. The first month is free.",
     "Subscribe to our digital edition and get the whole paper on your phone every morning for $2 "
     "a month."},
    {"en byline with a particle in the name", "en",
     "Pieter van Wyk, Highveld Herald on Nov 5, 2026\n\n"
     "The opposition tabled a motion of no confidence in the Cabinet on Thursday morning.",
     "The opposition tabled a motion of no confidence in the Cabinet on Thursday morning."},
    {"en dateline with a state's abbreviation", "en",
     "SANTA ROSA, Calif. (AP) — Voters in Santa Rosa removed the mayor from office on Tuesday in a "
     "recall election, early returns showed.",
     "Voters in Santa Rosa removed the mayor from office on Tuesday in a recall election, early "
     "returns showed."},
    {"en dateline naming a country of three words", "en",
     "COUVA, Trinidad and Tobago A leak at a fertiliser plant sent 19 people to hospital on "
     "Wednesday, officials said.",
     "A leak at a fertiliser plant sent 19 people to hospital on Wednesday, officials said."},
    {"en only credits and footers", "en",
     "(Photo by Jane Doe/Getty Images)\n\nFollow us on Instagram for more stories like this.\n\n"
     "Subscribe to our newsletter",
     NULL},
    {"en code block skipped", "en",
     "```\nprint(\"this code is long enough to look like a sentence\")\n```\n\n"
     "The real lede sits after the code block in this post.",
     "The real lede sits after the code block in this post."},
    {"en 400-character cut at a word boundary", "en",
     "The committee, which met behind closed doors for more than nine hours on Thursday in the capital, approved a "
     "sweeping package of measures intended to curb rising rents, expand social housing, tighten rules on short-term "
     "lettings and give local councils new powers to requisition empty buildings, despite fierce opposition from "
     "landlords' associations, tenants' unions and several members of the governing coalition. The vote is final.",
     "The committee, which met behind closed doors for more than nine hours on Thursday in the capital, approved a "
     "sweeping package of measures intended to curb rising rents, expand social housing, tighten rules on short-term "
     "lettings and give local councils new powers to requisition empty buildings, despite fierce opposition from "
     "landlords' associations, tenants' unions and several members of the\xe2\x80\xa6"},

    /* --- other languages: ICU rules, no abbreviation list --- */
    {"de sentence", "de-DE",
     "Der Bundestag hat am Donnerstag das Heizungsgesetz verabschiedet. Die Opposition kritisiert das Verfahren.",
     "Der Bundestag hat am Donnerstag das Heizungsgesetz verabschiedet."},
    {"unknown language, initials still held", NULL,
     "J. R. R. Tolkien's letters were sold at auction in London for a record sum. The buyer is anonymous.",
     "J. R. R. Tolkien's letters were sold at auction in London for a record sum."},
};
/* clang-format on */

#define NCASES (sizeof cases / sizeof cases[0])

static void test_table(void)
{
    for (size_t i = 0; i < NCASES; i++) {
        const struct lcase *c = &cases[i];
        char *out = NULL;
        int rc = lede_extract(c->md, strlen(c->md), c->lang, &out);
        if (c->want) {
            is_int(rc, 0, "extract rc: %s", c->name);
            is_str(out, c->want, "extract: %s", c->name);
        } else {
            is_int(rc, -ENOENT, "extract -ENOENT: %s", c->name);
            ok(out == NULL, "no output: %s", c->name);
        }
        free(out);
    }
}

static size_t u8_chars(const char *s)
{
    size_t k = 0;

    for (; *s; s++)
        k += ((unsigned char)*s & 0xC0) != 0x80;
    return k;
}

/* Long inputs: every cut is at most LEDE_MAX_CHARS and ends with the
 * ellipsis; a sentence of exactly LEDE_MAX_CHARS is left alone. */
static void test_lengths(void)
{
    char text[1200], *out = NULL;
    size_t n = 0;
    int rc;

    memcpy(text, "Le", 2);
    n = 2;
    while (n < LEDE_MAX_CHARS - 2) /* "Le", " mot" x N, "s.": LEDE_MAX_CHARS code points */
        n += (size_t)snprintf(text + n, sizeof text - n, " mot");
    text[n++] = 's';
    text[n++] = '.';
    text[n] = 0;
    rc = lede_extract(text, n, "fr", &out);
    is_int(rc, 0, "a sentence of the longest length");
    is_int(out ? u8_chars(out) : 0, LEDE_MAX_CHARS, "a sentence of the longest length kept whole");
    ok(out && out[strlen(out) - 1] == '.', "no ellipsis at exactly LEDE_MAX_CHARS");
    free(out);

    n = 0;
    while (n < 900)
        n += (size_t)snprintf(text + n, sizeof text - n, "été ");
    text[n - 1] = '.';
    rc = lede_extract(text, n, "fr", &out);
    is_int(rc, 0, "long sentence of two-byte words");
    is_int(out ? u8_chars(out) : 0, LEDE_MAX_CHARS, "cut to LEDE_MAX_CHARS code points, not bytes");
    ok(out && strcmp(out + strlen(out) - 3, "\xe2\x80\xa6") == 0, "ends with an ellipsis");
    ok(out && strstr(out, "été été…") && !strstr(out, " …"), "cut after a whole word");
    free(out);

    memset(text, 'a', LEDE_MAX_CHARS + 20);
    memcpy(text + LEDE_MAX_CHARS + 20, " b c d.", 8);
    rc = lede_extract(text, LEDE_MAX_CHARS + 27, "fr", &out);
    is_int(rc, 0, "a first word longer than the limit");
    is_int(out ? u8_chars(out) : 0, LEDE_MAX_CHARS, "no space to cut at: cut hard + ellipsis");
    ok(out && strncmp(out + LEDE_MAX_CHARS - 1, "\xe2\x80\xa6", 4) == 0,
       "hard cut ends with the ellipsis");
    free(out);
}

static void test_errors(void)
{
    char *out = (char *)"x";

    is_int(lede_extract("", 0, "fr", &out), -ENOENT, "empty post");
    ok(out == NULL, "out cleared");
    is_int(lede_extract(NULL, 0, "fr", &out), -ENOENT, "NULL, 0");
    is_int(lede_extract(NULL, 3, "fr", &out), -EINVAL, "NULL with a length");
    is_int(lede_extract("abc", 3, "fr", NULL), -EINVAL, "NULL out");
    is_int(lede_extract("Le pr\xe9sident a parl\xe9 ce soir devant la nation.", 45, "fr", &out),
           -EILSEQ, "Latin-1 input is rejected");
    is_int(lede_extract("   \n\n  \n", 8, "fr", &out), -ENOENT, "blank post");
    is_int(lede_extract("Oui.", 4, "fr", &out), -ENOENT, "too short");
    is_int(lede_normalize("\xff", 1, &out), -EILSEQ, "normalize rejects invalid UTF-8");
    is_int(lede_normalize("abc", LEDE_NORMALIZE_MAX + 1, &out), -E2BIG, "normalize caps its input");

    /* not NUL-terminated: only len bytes are read */
    static const char part[] = "Le gouvernement a présenté son budget mercredi. SUITE";
    is_int(lede_extract(part, sizeof part - 1 - 6, "fr", &out), 0, "length honoured");
    is_str(out, "Le gouvernement a présenté son budget mercredi.", "length honoured: text");
    free(out);
}

static void norm_is(const char *in, const char *want, const char *name)
{
    char *out = NULL;
    int rc = lede_normalize(in, strlen(in), &out);

    is_int(rc, 0, "normalize rc: %s", name);
    is_str(out, want, "normalize: %s", name);
    free(out);
}

static void test_normalize(void)
{
    norm_is("Élysée", "elysee", "accents and case");
    norm_is("ÉTATS-UNIS", "etats unis", "hyphen to space");
    norm_is("  L’Œuvre   d'art ", "l oeuvre d art", "apostrophes, œ, spaces");
    norm_is("Straße", "strasse", "ß folds to ss");
    norm_is("Ça coûte 3,5 € !", "ca coute 3 5", "punctuation and symbols");
    norm_is("São Paulo — Brasil", "sao paulo brasil", "dash");
    norm_is("\xef\xbc\xa6\xef\xbd\x95\xef\xbd\x8c\xef\xbd\x8c", "full", "fullwidth (NFKC)");
    norm_is("Ély\xc2\xad"
            "sée",
            "elysee", "soft hyphen dropped");
    norm_is("Ele\xcc\x81ment", "element", "decomposed input");
    norm_is("Ελλάδα", "ελλαδα", "Greek accents");
    norm_is("Ёлка", "елка", "Cyrillic");
    norm_is("हिन्दी", "हिन्दी", "Devanagari marks kept");
    norm_is("« Crédit Agricole », Société Générale & BNP Paribas…",
            "credit agricole societe generale bnp paribas", "quotes and ampersand");
    norm_is("?!…", "", "only punctuation");
    norm_is("", "", "empty");

    char *a = NULL, *b = NULL;
    static const char s1[] = "Le Président à l'ÉLYSÉE", s2[] = "le president a l elysee";
    lede_normalize(s1, strlen(s1), &a);
    lede_normalize(s2, strlen(s2), &b);
    is_str(a, b, "two spellings compare equal");
    free(a);
    free(b);
}

/* 4 threads x 1000 calls over the table: every result matches the table. */
struct worker {
    int id;
    int mismatches;
};

static void *work(void *arg)
{
    struct worker *w = arg;

    for (int i = 0; i < 1000; i++) {
        const struct lcase *c = &cases[(size_t)(i * 7 + w->id * 13) % NCASES];
        char *out = NULL;
        int rc = lede_extract(c->md, strlen(c->md), c->lang, &out);
        if (c->want ? rc != 0 || strcmp(out, c->want) != 0 : rc != -ENOENT)
            w->mismatches++;
        free(out);
    }
    return NULL;
}

static void test_threads(void)
{
    pthread_t th[4];
    struct worker w[4];
    int started = 0, bad = 0;

    for (int i = 0; i < 4; i++) {
        w[i].id = i;
        w[i].mismatches = 0;
        if (pthread_create(&th[i], NULL, work, &w[i]) == 0)
            started++;
    }
    for (int i = 0; i < started; i++) {
        pthread_join(th[i], NULL);
        bad += w[i].mismatches;
    }
    is_int(started, 4, "4 threads started");
    is_int(bad, 0, "4 threads x 1000 calls agree with the table");
}

int main(void)
{
    ok(NCASES >= 40, "at least 40 cases in the table (%zu)", NCASES);
    test_table();
    test_lengths();
    test_errors();
    test_normalize();
    test_threads();
    return done_testing();
}
