/* lede on wire copy: the furniture of syndicated news (update and
 * correction notes, datelines left on the sentence, publisher lines,
 * bylines, photo captions, donation appeals, teasers) gives way to the true
 * first sentence, in French and English; real sentences that look like
 * furniture are kept whole; lede_clean() drops the same furniture from a
 * whole body. Every text is invented for this test, in the shape of wire
 * copy. */
#include "tap.h"

#include <errno.h>
#include <stdlib.h>

#include "lede.h"

struct lcase {
    const char *name;
    const char *lang;
    const char *md;
    const char *want;
};

/* clang-format off */
static const struct lcase cases[] = {
    /* --- update and correction notes --- */
    {"fr (Actualisé tout du long) on its own line", "fr",
     "(Actualisé tout du long)\n\nPARIS, 20 oct (AFP) - Le gouvernement a annoncé lundi le report de la "
     "réforme de l'assurance chômage. Les syndicats saluent « un premier pas ».",
     "Le gouvernement a annoncé lundi le report de la réforme de l'assurance chômage."},
    {"fr (Mise à jour) glued to the sentence", "fr",
     "(Mise à jour) Le préfet de la Drôme a levé l'interdiction de circuler sur l'A7 en fin de matinée.",
     "Le préfet de la Drôme a levé l'interdiction de circuler sur l'A7 en fin de matinée."},
    {"fr Note de la rédaction", "fr",
     "Note de la rédaction : cet article a été modifié pour préciser le nom de l'élu.\n\n"
     "M. Dupont, maire d'Aubagne, a démissionné mercredi après sa mise en examen.",
     "M. Dupont, maire d'Aubagne, a démissionné mercredi après sa mise en examen."},
    {"fr Rectificatif :", "fr",
     "Rectificatif : une version précédente de cet article situait l'accident à Valence.\n\n"
     "Un car scolaire s'est renversé mardi matin près de Romans-sur-Isère, faisant trois blessés légers.",
     "Un car scolaire s'est renversé mardi matin près de Romans-sur-Isère, faisant trois blessés légers."},
    {"en This story has been updated to clarify", "en",
     "This story has been updated to clarify the number of people evacuated.\n\n"
     "Firefighters contained a blaze that forced 2,000 people from their homes near Sacramento on Sunday.",
     "Firefighters contained a blaze that forced 2,000 people from their homes near Sacramento on Sunday."},
    {"en Correction: in the same paragraph", "en",
     "Correction: An earlier version of this story misstated the mayor's name. The city council voted 7-2 on "
     "Tuesday to ban gas stoves in new buildings.",
     "The city council voted 7-2 on Tuesday to ban gas stoves in new buildings."},
    {"en Editor's note with a curly apostrophe", "en",
     "Editor\xe2\x80\x99s note: This article contains descriptions of violence.\n\n"
     "Two men were charged on Friday over an attack on a synagogue in Manchester.",
     "Two men were charged on Friday over an attack on a synagogue in Manchester."},
    {"en (Updates with ...) then a dateline on one line", "en",
     "(Updates with ministry comment) LONDON, Oct 20 (Reuters) - Britain's inflation rate fell to 3.1% in "
     "September, official data showed on Monday.",
     "Britain's inflation rate fell to 3.1% in September, official data showed on Monday."},

    /* --- datelines cut from the sentence, never the sentence skipped --- */
    {"en Oct. 20 (UPI) --", "en",
     "Oct. 20 (UPI) -- A magnitude 6.1 earthquake struck off the coast of northern Japan on Monday, the "
     "meteorological agency said.",
     "A magnitude 6.1 earthquake struck off the coast of northern Japan on Monday, the meteorological agency said."},
    {"en (MENAFN- Gulf Times) DOHA, Oct 19 (KUNA) --", "en",
     "(MENAFN- Gulf Times) DOHA, Oct 19 (KUNA) -- Qatar's foreign minister met his Kuwaiti counterpart on "
     "Sunday to discuss regional security.",
     "Qatar's foreign minister met his Kuwaiti counterpart on Sunday to discuss regional security."},
    {"en HONG KONG:", "en",
     "HONG KONG: The city's leader unveiled a plan on Wednesday to build 30,000 public flats within five years.",
     "The city's leader unveiled a plan on Wednesday to build 30,000 public flats within five years."},
    {"en GAO: (a place of three letters)", "en",
     "GAO: Two aid convoys reached the town on Tuesday after a week on the road from Mopti.",
     "Two aid convoys reached the town on Tuesday after a week on the road from Mopti."},
    {"en LA PAZ, Bolivia \xe2\x80\x94", "en",
     "LA PAZ, Bolivia \xe2\x80\x94 The president declared a state of emergency in three provinces after days of flooding.",
     "The president declared a state of emergency in three provinces after days of flooding."},
    {"en LA PAZ, Bolivia (AP) \xe2\x80\x94", "en",
     "LA PAZ, Bolivia (AP) \xe2\x80\x94 The president declared a state of emergency in three provinces after days of flooding.",
     "The president declared a state of emergency in three provinces after days of flooding."},
    {"en LA PAZ, Bolivia glued to the first word", "en",
     "LA PAZ, BoliviaThe president declared a state of emergency in three provinces after days of flooding.",
     "The president declared a state of emergency in three provinces after days of flooding."},
    {"en SYDNEY, Australia then the sentence, no tag", "en",
     "SYDNEY, Australia Thousands of residents were ordered to evacuate on Monday as a bushfire crossed "
     "containment lines.",
     "Thousands of residents were ordered to evacuate on Monday as a bushfire crossed containment lines."},
    {"fr PAPEETE, Polynésie française then the sentence: the region's adjective goes too", "fr",
     "PAPEETE, Polynésie française Le projet de loi sera soumis au vote des représentants jeudi, après son "
     "adoption en commission.",
     "Le projet de loi sera soumis au vote des représentants jeudi, après son adoption en commission."},
    {"fr a lower-case word then no capital: nothing is cut", "fr",
     "NOUMÉA, Calédonie ensuite le reste de la phrase reste en place sans majuscule du tout.",
     "NOUMÉA, Calédonie ensuite le reste de la phrase reste en place sans majuscule du tout."},
    {"en ABBOTSFORD, British Columbia then the sentence: a region of two words", "en",
     "ABBOTSFORD, British Columbia Dairy farmers spent the night moving their herds to higher ground.",
     "Dairy farmers spent the night moving their herds to higher ground."},
    {"fr NOUMÉA, Nouvelle-Calédonie then the sentence: a hyphenated region", "fr",
     "NOUMÉA, Nouvelle-Calédonie Le congrès a adopté mardi le budget de la collectivité pour l'an prochain.",
     "Le congrès a adopté mardi le budget de la collectivité pour l'an prochain."},
    {"en DENVER, Feb. 11 (Reuters) -: a month's abbreviation in the dateline", "en",
     "DENVER, Feb. 11 (Reuters) - At least two people were killed in a pileup on Interstate 70 on "
     "Wednesday, the state patrol said.",
     "At least two people were killed in a pileup on Interstate 70 on Wednesday, the state patrol said."},
    {"en WASHINGTON, Oct. 20, 2025 (AP) -", "en",
     "WASHINGTON, Oct. 20, 2025 (AP) - The Senate passed the spending bill late on Monday.",
     "The Senate passed the spending bill late on Monday."},
    {"en NEW YORK, N.Y. then the sentence", "en",
     "NEW YORK, N.Y. The city said on Monday that it would close its schools for the storm.",
     "The city said on Monday that it would close its schools for the storm."},
    {"fr PARIS, 20 oct (AFP) -", "fr",
     "PARIS, 20 oct (AFP) - Le Premier ministre a reçu lundi les représentants des agriculteurs à Matignon.",
     "Le Premier ministre a reçu lundi les représentants des agriculteurs à Matignon."},
    {"fr GENÈVE (ATS) -", "fr",
     "GENÈVE (ATS) - Le Conseil fédéral a présenté mercredi son projet de budget pour 2026, en hausse de 2 %.",
     "Le Conseil fédéral a présenté mercredi son projet de budget pour 2026, en hausse de 2 %."},
    {"fr date first: 20 octobre 2025 (Belga) -", "fr",
     "20 octobre 2025 (Belga) - Les cheminots belges ont entamé lundi une grève de cinq jours contre la réforme des pensions.",
     "Les cheminots belges ont entamé lundi une grève de cinq jours contre la réforme des pensions."},

    {"fr (AFP) - with no place is still cut", "fr",
     "(AFP) - Le président turc a rencontré son homologue syrien à Ankara, une première depuis 2011.",
     "Le président turc a rencontré son homologue syrien à Ankara, une première depuis 2011."},
    {"en byline, caption, then (Reuters) tag and dateline", "en",
     "By Jane Roe\n\nTraders work on the floor of the exchange on Monday. REUTERS/John Doe\n\n"
     "(Reuters) NEW YORK, Oct 20 (Reuters) - Wall Street closed higher on Monday as bank shares rallied.",
     "Wall Street closed higher on Monday as bank shares rallied."},

    /* --- publisher lines --- */
    {"fr Publié par <site>, le 20 oct. 2025 à 06:27", "fr",
     "Publié par Le Courrier du Midi, le 20 oct. 2025 à 06:27\n\n"
     "La municipalité de Montpellier a voté jeudi la gratuité des transports pour les moins de 26 ans.",
     "La municipalité de Montpellier a voté jeudi la gratuité des transports pour les moins de 26 ans."},
    {"en Published by ... on Oct. 20, 2025", "en",
     "Published by Harbour Daily News on Oct. 20, 2025 at 6:27\n\n"
     "The port authority said on Monday it would close two terminals for a month of repairs.",
     "The port authority said on Monday it would close two terminals for a month of repairs."},

    /* --- bylines --- */
    {"en <Name>, The Kansas City Star on ...", "en",
     "Jane Roe, The Kansas City Star on Oct. 20, 2025\n\n"
     "The Chiefs asked the county on Monday for $800 million toward a new downtown stadium.",
     "The Chiefs asked the county on Monday for $800 million toward a new downtown stadium."},
    {"en <Name>, <site's host name> on Feb. 10, 2027", "en",
     "Ruth Callan, harbourledger.com.au on Feb. 10, 2027\n\n"
     "The council voted on Wednesday to close the old ferry terminal at the end of the season.",
     "The council voted on Wednesday to close the old ferry terminal at the end of the season."},
    {"fr <Nom>, <site> le 20 octobre 2025", "fr",
     "Awa Sawadogo, lefaso-matin.bf le 20 octobre 2025\n\n"
     "Le gouvernement a relevé mardi le prix du carburant de 50 francs CFA le litre.",
     "Le gouvernement a relevé mardi le prix du carburant de 50 francs CFA le litre."},
    {"fr <Nom>, Ouest-France le 20 octobre 2025", "fr",
     "Léa Le Gall, Ouest-France le 20 octobre 2025 à 07:15\n\n"
     "L'usine de Lannion fermera ses portes en mars, laissant 240 salariés sans emploi.",
     "L'usine de Lannion fermera ses portes en mars, laissant 240 salariés sans emploi."},
    {"fr Par Marie Dupont", "fr",
     "Par Marie Dupont\n\n« Nous ne céderons pas », a lancé jeudi la secrétaire générale du syndicat devant les grévistes.",
     "« Nous ne céderons pas », a lancé jeudi la secrétaire générale du syndicat devant les grévistes."},
    {"fr Par <Nom>, <journal> with a lower-case word", "fr",
     "Par Hélène Sarakis, La Gazette internationale\n\n"
     "Le capitaine du ferry a été placé en garde à vue lundi, la justice soupçonnant une erreur de navigation.",
     "Le capitaine du ferry a été placé en garde à vue lundi, la justice soupçonnant une erreur de navigation."},
    {"fr Par <Nom>, then a sentence in the same line is prose", "fr",
     "Par Jean Dupont, envoyé spécial à Kiev, la guerre continue sans relâche depuis des mois.",
     "Par Jean Dupont, envoyé spécial à Kiev, la guerre continue sans relâche depuis des mois."},
    {"en By Jane Roe, Associated Press", "en",
     "By Jane Roe, Associated Press\n\nOil prices rose 2% on Tuesday after a pipeline outage in the North Sea.",
     "Oil prices rose 2% on Tuesday after a pipeline outage in the North Sea."},
    {"en Reuters | Updated: 19-10-2025 18:30 IST", "en",
     "Reuters | Updated: 19-10-2025 18:30 IST\n\nIndia's central bank left its key rate unchanged on Friday, as expected.",
     "India's central bank left its key rate unchanged on Friday, as expected."},

    /* --- photo captions --- */
    {"fr caption with (Photo AFP)", "fr",
     "Des sauveteurs fouillent les décombres à Marrakech, mardi. (Photo AFP)\n\n"
     "Le bilan du séisme s'est alourdi à 2 900 morts, selon le ministère de l'Intérieur.",
     "Le bilan du séisme s'est alourdi à 2 900 morts, selon le ministère de l'Intérieur."},
    {"fr caption then Photo Name/AFP", "fr",
     "Le président s'exprime devant la presse à l'Élysée, lundi. Photo Jean Dupont/AFP\n\n"
     "L'exécutif a renoncé à relever l'âge légal de départ à la retraite.",
     "L'exécutif a renoncé à relever l'âge légal de départ à la retraite."},
    {"en caption with (AP Photo/...)", "en",
     "Rescuers search the rubble in Antakya on Tuesday. (AP Photo/Jane Roe)\n\n"
     "The death toll from the earthquake rose above 40,000, officials said.",
     "The death toll from the earthquake rose above 40,000, officials said."},
    {"en caption then REUTERS/Name", "en",
     "Firefighters battle a blaze near Athens on Sunday. REUTERS/Jane Roe\n\n"
     "Greece evacuated a dozen villages as wildfires spread across Attica.",
     "Greece evacuated a dozen villages as wildfires spread across Attica."},
    {"en Photo: caption", "en",
     "Photo: Protesters march through central Lyon on Saturday.\n\n"
     "French unions called a fresh day of strikes for next Thursday.",
     "French unions called a fresh day of strikes for next Thursday."},

    /* --- donation appeals --- */
    {"en Your support helps ... Support Now", "en",
     "Your support helps us to tell the story of our region. Support Now\n\n"
     "The county will open three new cooling centres as temperatures near 40C this week.",
     "The county will open three new cooling centres as temperatures near 40C this week."},
    {"fr Soutenez notre journalisme", "fr",
     "Soutenez notre journalisme indépendant, faites un don dès aujourd'hui.\n\n"
     "La cour d'appel de Rennes a confirmé vendredi la relaxe de l'ancien élu.",
     "La cour d'appel de Rennes a confirmé vendredi la relaxe de l'ancien élu."},

    /* --- teasers --- */
    {"fr teaser ... gives way to the full sentence", "fr",
     "Le Sénat a adopté dans la nuit de mardi à mercredi le projet de loi sur...\n\n"
     "Le Sénat a adopté dans la nuit de mardi à mercredi le projet de loi sur la fin de vie, par 180 voix contre 140. "
     "Le texte retourne à l'Assemblée.",
     "Le Sénat a adopté dans la nuit de mardi à mercredi le projet de loi sur la fin de vie, par 180 voix contre 140."},
    {"en teaser \xe2\x80\xa6 cut mid-word gives way", "en",
     "The central bank raised its key rate by half a point on Thursday, its bigg\xe2\x80\xa6\n\n"
     "The central bank raised its key rate by half a point on Thursday, its biggest increase since 2000.",
     "The central bank raised its key rate by half a point on Thursday, its biggest increase since 2000."},
    {"fr teaser, a photo credit between, then the full sentence", "fr",
     "Trois personnes ont été interpellées mardi à Marseille après l'incendie d'un…\n\n"
     "© Jean Dupont / AFP\n\n"
     "Trois personnes ont été interpellées mardi à Marseille après l'incendie d'un entrepôt du port.",
     "Trois personnes ont été interpellées mardi à Marseille après l'incendie d'un entrepôt du port."},
    {"fr a sentence ending in ... stays when nothing repeats it", "fr",
     "Les négociations avaient repris...\n\nDans la nuit, elles ont de nouveau échoué.",
     "Les négociations avaient repris..."},

    /* --- real sentences that look like furniture stay whole --- */
    {"fr sentence starting with a city name", "fr",
     "Paris a accueilli samedi plus de 40 000 coureurs pour son marathon, sous un soleil radieux.",
     "Paris a accueilli samedi plus de 40 000 coureurs pour son marathon, sous un soleil radieux."},
    {"fr M. Dupont a déclaré", "fr",
     "M. Dupont a déclaré mardi qu'il ne se représenterait pas aux municipales de mars.",
     "M. Dupont a déclaré mardi qu'il ne se représenterait pas aux municipales de mars."},
    {"fr quoted sentence with M. Dupont", "fr",
     "« Nous ne lâcherons rien », a lancé M. Dupont devant les grévistes de l'usine d'Hayange.",
     "« Nous ne lâcherons rien », a lancé M. Dupont devant les grévistes de l'usine d'Hayange."},
    {"en quoted sentence", "en",
     "\"We will rebuild,\" the mayor of New Orleans said on Monday after the storm passed.",
     "\"We will rebuild,\" the mayor of New Orleans said on Monday after the storm passed."},
    {"fr Publié par as a verb in a sentence", "fr",
     "Publié par Gallimard en 2019, le roman a été traduit dans trente langues.",
     "Publié par Gallimard en 2019, le roman a été traduit dans trente langues."},
    {"fr Mise à jour as the subject of a sentence", "fr",
     "Mise à jour de Windows : Microsoft corrige une faille critique exploitée par des pirates.",
     "Mise à jour de Windows : Microsoft corrige une faille critique exploitée par des pirates."},
    {"fr Correction des copies is not a note", "fr",
     "Correction des copies du bac : les professeurs dénoncent une charge de travail inédite.",
     "Correction des copies du bac : les professeurs dénoncent une charge de travail inédite."},
    {"en name, title, verb is not a byline", "en",
     "Jane Roe, the mayor, said on Monday the bridge would reopen by spring.",
     "Jane Roe, the mayor, said on Monday the bridge would reopen by spring."},
    {"en support in a sentence is not an appeal", "en",
     "Support for the ruling party fell to 28% in October, a poll showed on Sunday.",
     "Support for the ruling party fell to 28% in October, a poll showed on Sunday."},
    {"en a parenthesis that is a word stays", "en",
     "(Re)building the bridge will take four years and cost $2 billion, the state said.",
     "(Re)building the bridge will take four years and cost $2 billion, the state said."},
    {"en McDonald's after a dateline is not glued", "en",
     "CHICAGO, McDonald's said on Monday it would raise wages for 10,000 workers.",
     "CHICAGO, McDonald's said on Monday it would raise wages for 10,000 workers."},
};
/* clang-format on */

#define NCASES (sizeof cases / sizeof cases[0])

static void test_table(void)
{
    for (size_t i = 0; i < NCASES; i++) {
        const struct lcase *c = &cases[i];
        char *out = NULL;
        int rc = lede_extract(c->md, strlen(c->md), c->lang, &out);
        is_int(rc, 0, "extract rc: %s", c->name);
        is_str(out, c->want, "extract: %s", c->name);
        free(out);
    }
}

/* The body grouping compares: furniture gone, one paragraph a line. */
static void test_clean(void)
{
    static const char body[] =
        "(Actualisé tout du long)\n\n"
        "Par Marie Dupont\n\n"
        "![](photo.jpg)\n"
        "Des manifestants à Lyon, samedi. (Photo AFP)\n\n"
        "LYON, 20 oct (AFP) - Les **cheminots** ont voté la grève reconductible.\n\n"
        "Reuters | Updated: 19-10-2025 18:30 IST\n\n"
        "La direction propose une prime de 300 euros.\n\n"
        "Soutenez notre journalisme : faites un don.\n";
    char *out = NULL;

    is_int(lede_clean(body, strlen(body), &out), 0, "clean rc");
    is_str(out,
           "Les cheminots ont voté la grève reconductible.\n"
           "La direction propose une prime de 300 euros.\n",
           "clean: furniture dropped, dateline cut, Markdown stripped");
    free(out);
    is_int(lede_clean("", 0, &out), 0, "clean of nothing");
    is_str(out, "", "clean of nothing is empty");
    free(out);
    is_int(lede_clean("\xff", 1, &out), -EILSEQ, "clean: invalid UTF-8");
    is_int(lede_clean(NULL, 3, &out), -EINVAL, "clean: NULL text");
    is_int(lede_clean("x", 1, NULL), -EINVAL, "clean: NULL out");
}

int main(void)
{
    ok(NCASES >= 40, "at least 40 wire cases (%zu)", NCASES);
    test_table();
    test_clean();
    return done_testing();
}
