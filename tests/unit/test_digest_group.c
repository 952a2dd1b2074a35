/* digest grouping on wire-copy-shaped posts written for this test: French
 * outlets telling one story with inflections, elisions and synonyms merge;
 * stories that share only a radio interview's quote, or only a wire
 * byline line, stay apart; a promo posted alone joins nothing. A window of
 * unrelated posts around them gives the rarity weights (tf-idf) a day's
 * shape. Word and name keys: the lexicon, transliterated umlauts, aliases.
 * The edges' own rules are here; the stages after them (linking, the
 * join, anchors and attach, translations, the centroid, twins) are in
 * test_digest_link.c. The module's private header is included to reach
 * the stemmer. */
#include "tap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "digest.h"
#include "digest_int.h"
#include "lede.h"

#include "digest_edges.h"

#define T0 1795672800000LL /* window start */
#define T1 (T0 + 12LL * 3600 * 1000)

struct wire {
    int64_t seq;
    const char *lang, *src, *title, *body;
};

/* Seqs: 1x the museum break-in, 2x the budget vote, 3x/4x the two stories
 * of one radio interview (two pairs), 5x/6x the two stories under one byline line,
 * 7x the promo, 8x an English break-in, 9x the rest of the day. */
static const struct wire day[] = {
    {11, "fr", "https://www.leprogres-x.fr/a/1",
     "Cambriolage au musée des Beaux-Arts de Lyon : un suspect interpellé",
     "LYON (AFP) - Un homme a été interpellé mercredi après le cambriolage du musée des Beaux-Arts "
     "de Lyon, où des bijoux anciens ont été dérobés dans la nuit de lundi à mardi, a-t-on appris "
     "de source policière. Les malfaiteurs avaient brisé une vitrine de la salle des antiquités "
     "égyptiennes avant de s'enfuir. Le parquet de Lyon a ouvert une enquête pour vol en bande "
     "organisée."},
    {12, "fr", "https://www.lyon-matin-x.fr/faits-divers/2",
     "Lyon : après la casse du musée des Beaux-Arts, l'interpellation d'un suspect",
     "Les enquêteurs de la police judiciaire ont procédé à l'interpellation d'un suspect, "
     "mercredi, deux jours après la casse qui a visé le musée des Beaux-Arts. Selon le parquet, "
     "les cambrioleurs s'étaient introduits de nuit par une fenêtre, avaient fracturé les vitrines "
     "des antiquités égyptiennes et emporté des bijoux d'une valeur encore inconnue."},
    {13, "fr", "https://www.ici-rhone-x.fr/info/3",
     "Vol de bijoux au musée des Beaux-Arts : un homme arrêté",
     "Un homme de 34 ans a été arrêté à Villeurbanne dans l'enquête sur le vol de bijoux égyptiens "
     "au musée des Beaux-Arts de Lyon. L'établissement, fermé depuis mardi, rouvrira jeudi, "
     "d'après sa direction. M. Dupont, conservateur des antiquités, évoque « un choc pour "
     "l'équipe » après la découverte des vitrines brisées."},
    {14, "fr", "https://www.belga-x.be/fr/4",
     "France : un suspect arrêté après le cambriolage d'un musée lyonnais",
     "Un suspect a été interpellé après le cambriolage des salles égyptiennes du musée des "
     "Beaux-Arts de Lyon, où des bijoux antiques avaient été volés, a indiqué le parquet. Le musée "
     "avait été fracturé dans la nuit, vitrines brisées."},

    {21, "fr", "https://www.lemonde-x.fr/politique/21",
     "Budget 2026 : l'Assemblée adopte la partie recettes après une nuit de débats",
     "Les députés ont adopté dans la nuit de jeudi à vendredi la première partie du projet de loi "
     "de finances, consacrée aux recettes, par 289 voix contre 254. Le gouvernement avait renoncé "
     "au recours au 49.3. La taxe sur les rachats d'actions a été maintenue par amendement."},
    {22, "fr", "https://www.ouest-x.fr/politique/22",
     "Assemblée nationale : le volet recettes du budget adopté de justesse",
     "Par 289 voix contre 254, l'Assemblée nationale a adopté vendredi à l'aube la partie recettes "
     "du budget de l'État pour 2026, sans recourir au 49.3. Les députés ont maintenu la taxe sur "
     "les rachats d'actions, votée par amendement malgré l'avis du gouvernement."},

    /* One morning interview, two different stories. */
    {31, "fr", "https://www.radio-x.fr/eco/31",
     "Carburants : le gouvernement prolonge la remise à la pompe jusqu'en mars",
     "Interrogé dimanche matin sur France Inter, le ministre de l'Économie, M. Dupont, a annoncé "
     "que la remise de 10 centimes par litre de carburant serait prolongée jusqu'au 31 mars. "
     "« Nous ne laisserons pas les Français seuls face à la hausse des prix », a-t-il déclaré. "
     "Le coût de la mesure est estimé à 1,2 milliard d'euros pour l'État."},
    {41, "fr", "https://www.journal-x.fr/social/41",
     "Retraites : le ministre ferme la porte à un nouveau report de l'âge légal",
     "Interrogé dimanche matin sur France Inter, le ministre de l'Économie, M. Dupont, a exclu tout "
     "nouveau report de l'âge légal de départ à la retraite. « Nous ne laisserons pas les Français "
     "seuls face à la hausse des prix », a-t-il déclaré. Les syndicats, reçus à Matignon mardi, "
     "réclament l'abrogation de la réforme de 2023."},

    /* One radio interview again, the titles opening with the guest's name. */
    {33, "fr", "https://www.radio-y.fr/agri/33", "Moreau : « La confiance ne se décrète pas »",
     "« La confiance ne se décrète pas », a déclaré mardi sur Radio Vallée le ministre de "
     "l'Agriculture, M. Paul Moreau, au sujet de la sécheresse qui frappe le Sud-Ouest. Les "
     "irrigants réclament des dérogations aux arrêtés de restriction."},
    {43, "fr", "https://www.journal-y.fr/mer/43", "Moreau aux pêcheurs : « Pas de passe-droit »",
     "Le ministre de l'Agriculture, M. Paul Moreau, a demandé mardi sur Radio Vallée aux "
     "pêcheurs de lever leur blocage du port de Lorient. « La confiance ne se décrète pas », "
     "a-t-il ajouté."},

    /* And in English, the guest's possessive opening both titles. */
    {35, "en", "https://www.radio-z.example/econ/35",
     "Treasury's Cole on rates: 'We are not blinking'",
     "\"We are not blinking,\" Treasury Secretary Janet Cole said on Public Radio on Wednesday, "
     "hours before the central bank's rate decision. She said the economy could absorb a slower "
     "pace of cuts."},
    {45, "en", "https://www.daily-z.example/autos/45",
     "Treasury's Cole urges carmakers back to the bargaining table",
     "Treasury Secretary Janet Cole urged carmakers and the autoworkers' union on Wednesday to "
     "return to the bargaining table, speaking on Public Radio. \"We are not blinking,\" she "
     "said of the administration's economic policy."},

    /* One wire byline line on two unrelated stories. */
    {51, "en", "https://www.newsdesk-x.in/india/51",
     "Monsoon floods cut off villages in Kerala, thousands evacuated",
     "Reuters | Updated: 19-10-2025 18:30 IST\n\n"
     "Flash floods cut off dozens of villages in the southern state of Kerala on Sunday, and "
     "rescue teams evacuated more than 12,000 people to relief camps as rivers burst their banks "
     "after three days of torrential rain."},
    {61, "en", "https://www.newsdesk-x.in/sports/61",
     "India beat Australia by six wickets to level the series",
     "Reuters | Updated: 19-10-2025 18:30 IST\n\n"
     "India chased down a target of 287 with six wickets and four overs to spare in Perth on "
     "Sunday, levelling the one-day series at one match apiece as the captain struck an unbeaten "
     "century."},

    /* A promo on its own, sharing the break-in's city and museum. */
    {71, "fr", "https://www.lyon-matin-x.fr/abonnement/71",
     "Lyon : toute l'actualité du musée et des faits divers",
     "Abonnez-vous pour 1 € le premier mois et recevez chaque matin notre lettre d'information : "
     "faits divers, musée des Beaux-Arts, sorties et sport à Lyon. Sans engagement, résiliable à "
     "tout moment."},

    /* The English side: inflections only. */
    {81, "en", "https://www.wire-x.com/world/81",
     "Police arrest suspect after burglary at Lyon fine arts museum",
     "French police arrested a 34-year-old man on Wednesday over the burglary of the Lyon Museum of "
     "Fine Arts, where ancient Egyptian jewels were stolen from smashed display cases overnight on "
     "Monday, prosecutors said."},
    {82, "en", "https://www.another-x.com/europe/82",
     "Man arrested over Egyptian jewel theft from French museum",
     "A suspect has been arrested in the theft of ancient Egyptian jewellery from display cases "
     "smashed at the Lyon Museum of Fine Arts, French prosecutors said on Wednesday, two days "
     "after the burglars broke in at night."},

    {91, "fr", "https://www.meteo-x.fr/91",
     "Tempête Ciarán : vigilance orange sur la Bretagne et la Normandie",
     "Météo-France a placé quatre départements en vigilance orange vents violents. Des rafales de "
     "130 km/h sont attendues sur les côtes de la Manche dans la nuit de mercredi à jeudi."},
    {92, "fr", "https://www.sport-x.fr/92",
     "Ligue des champions : Lyon s'impose à Lisbonne et file en huitièmes",
     "L'Olympique lyonnais s'est imposé 2-1 mardi soir à Lisbonne et se qualifie pour les "
     "huitièmes de finale. Le club de l'entraîneur Pierre Sage a arraché la victoire en fin de "
     "match."},
    {93, "en", "https://www.wire-x.com/markets/93", "ECB holds rates steady as inflation eases",
     "The European Central Bank kept its deposit rate at 2% on Thursday, as euro zone inflation "
     "eased to 2.1% in October, and signalled no hurry to cut again."},
    {94, "fr", "https://www.sante-x.fr/94",
     "Grippe : l'épidémie progresse dans huit régions, selon Santé publique France",
     "L'épidémie de grippe progresse dans huit régions métropolitaines, a indiqué mercredi Santé "
     "publique France, qui appelle les plus de 65 ans à se faire vacciner avant les fêtes."},
    {95, "en", "https://www.wire-x.com/us/95",
     "Senate passes stopgap bill to avert government shutdown",
     "The US Senate passed a stopgap funding bill late on Friday, sending it to the president "
     "hours before a midnight deadline that would have shut down federal agencies."},
    /* Two one-line alerts sharing one word, and nothing else. */
    {97, "fr", "https://www.rail-x.fr/97", "Trafic perturbé sur la ligne", ""},
    {98, "fr", "https://www.course-x.fr/98", "Marathon perturbé", NULL},
    {96, "fr", "https://www.culture-x.fr/96", "Le musée d'Orsay prête trois Monet au Japon",
     "Le musée d'Orsay a annoncé le prêt de trois toiles de Claude Monet au musée national de "
     "Tokyo pour une exposition qui ouvrira au printemps."},
};
#define NDAY (sizeof day / sizeof day[0])

static struct digest_item *items;
static size_t nitems;

static void run_day(void)
{
    struct digest_post ps[NDAY];
    struct digest_weights w;

    memset(ps, 0, sizeof ps);
    for (size_t i = 0; i < NDAY; i++) {
        ps[i].id = 100 + day[i].seq;
        ps[i].seq = day[i].seq;
        ps[i].title = day[i].title;
        ps[i].body = day[i].body;
        ps[i].lang = day[i].lang;
        ps[i].source_url = day[i].src;
        ps[i].importance = 1;
        ps[i].published_at = T0 + (int64_t)i * 60000;
    }
    digest_weights_default(&w);
    w.max_items = NDAY;
    w.tag_cap = 0;
    int rc = digest_select(ps, NDAY, &w, T0, T1, 100, &items, &nitems);
    is_int(rc, 0, "digest_select over the wire day");
}

/* The item telling seq, or -1. */
static long item_of(int64_t seq)
{
    for (size_t i = 0; i < nitems; i++) {
        if (items[i].seq == seq)
            return (long)i;
        for (size_t k = 0; k < items[i].nmerged; k++)
            if (items[i].merged[k] == seq)
                return (long)i;
    }
    return -1;
}

static void same(int64_t a, int64_t b, const char *why)
{
    long ia = item_of(a), ib = item_of(b);
    ok(ia >= 0 && ia == ib, "%lld and %lld are one story: %s", (long long)a, (long long)b, why);
}

static void apart(int64_t a, int64_t b, const char *why)
{
    long ia = item_of(a), ib = item_of(b);
    ok(ia >= 0 && ib >= 0 && ia != ib, "%lld and %lld stay apart: %s", (long long)a, (long long)b,
       why);
}

static void test_merges(void)
{
    same(11, 12, "cambriolage / casse, interpellé / interpellation");
    same(11, 13, "cambriolage / vol, interpellé / arrêté");
    same(12, 14, "casse / cambriolage, inflections of brisé and fracturé");
    same(21, 22, "l'Assemblée / Assemblée nationale, adopte / adopté");
    same(81, 82, "burglary / theft, arrested / arrest, jewels / jewellery");
}

static void test_traps(void)
{
    apart(31, 41, "two stories sharing one radio interview's framing and quote");
    apart(33, 43, "one interview's guest opening both titles is not their story");
    apart(35, 45, "nor is the guest's possessive (\"Treasury's Cole\") opening both");
    apart(51, 61, "two stories sharing only a wire byline line");
    apart(71, 12, "a promo posted alone does not join the story it names");
    apart(71, 11, "the promo stays out of the whole story");
    apart(11, 96, "two museum stories are not one");
    apart(11, 92, "Lyon alone is not a story");
    apart(97, 98, "one shared word is not a story, however short the posts");
    long promo = item_of(71);
    ok(promo >= 0 && items[promo].posts == 1, "the promo is an item of its own");
}

/* The word key of raw word w, folded as the scanner folds it. */
static uint64_t key_of(struct digest_stems *st, const char *lang, const char *w)
{
    char *f = NULL;
    uint64_t k = 0;

    if (lede_normalize(w, strlen(w), &f) == 0)
        k = digest_word_key(st, lang, w, strlen(w), f, strlen(f));
    free(f);
    return k;
}

static int one_key(struct digest_stems *st, const char *lang, const char *a, const char *b)
{
    uint64_t ka = key_of(st, lang, a), kb = key_of(st, lang, b);
    return ka != 0 && ka == kb;
}

/* The stemmer folds inflections to one word key (reading the accents, as
 * the French stemmer needs them), and the synonym table folds a story's
 * usual synonyms to one. */
static void test_words(void)
{
    static const char *const same_stem[][3] = {
        {"fr", "interpellé", "interpellation"},
        {"fr", "égyptiennes", "égyptien"},
        {"fr", "brisées", "brisé"},
        {"fr", "adoptée", "adopte"},
        {"fr", "votées", "voté"},
        {"fr", "Assemblée", "assemblées"},
        {"fr", "États", "Etats"},
        {"en", "arrested", "arrest"},
        {"en", "jewels", "jewel"},
        {"en", "evacuated", "evacuation"},
    };
    struct digest_stems st;

    digest_tables_init();
    digest_stems_init(&st);
    for (size_t i = 0; i < sizeof same_stem / sizeof *same_stem; i++) {
        const char *const *p = same_stem[i];
        ok(one_key(&st, p[0], p[1], p[2]), "%s: %s and %s are one word", p[0], p[1], p[2]);
    }
    ok(one_key(&st, "fr", "cambriolage", "casse") && one_key(&st, "fr", "casse", "vol"),
       "fr: cambriolage, casse and vol are one word");
    ok(one_key(&st, "en", "burglary", "theft"), "en: burglary and theft are one word");
    ok(!one_key(&st, "fr", "musée", "bijoux"), "fr: two words stay two");
    /* Day 46: "Cotonou marche à pied" (walks) is not the "marché Dantokpa"
     * (the market); an accent alone tells them apart, and the stemmer and
     * the folding made them one. */
    ok(!one_key(&st, "fr", "marche", "marché"),
       "fr: marche (a walk) and marché (a market) are two");
    ok(one_key(&st, "fr", "marchés", "Marché"), "fr: marchés and Marché are one word");
    ok(one_key(&st, "fr", "marche", "marcher"), "fr: marche and marcher are still one word");
    ok(!one_key(&st, "fr", "côté", "côte"), "fr: côté (a side) and côte (a coast) are two");
    ok(!one_key(&st, "fr", "pécheurs", "pêcheurs"), "fr: pécheurs and pêcheurs are two");
    ok(!one_key(&st, "fr", "péché", "pêche"), "fr: péché and pêche are two");

    /* A three-letter stem of a long word means nothing alone. */
    ok(!one_key(&st, "fr", "données", "donnant"), "fr: données and donnant stay two");
    ok(one_key(&st, "fr", "données", "donnée"), "fr: données and donnée are one word");
    ok(key_of(&st, "en", "data") == key_of(&st, "fr", "données"), "data and données still meet");
    ok(key_of(&st, "fr", "jusqu") == 0, "fr: the elided jusqu' is a stop word");
    ok(key_of(&st, "fr", "l") == 0, "fr: the elided l' is a stop word");
    ok(key_of(&st, "fr", "lorsqu") == 0, "fr: the elided lorsqu' is a stop word");
    ok(key_of(&st, "en", "the") == 0, "en: the is a stop word");
    /* Day 28: "devant le siège de la province" and "devant l'hôtel de
     * ville" are where a protest stands, not what it is about. */
    ok(key_of(&st, "fr", "devant") == 0 && key_of(&st, "fr", "derrière") == 0 &&
           key_of(&st, "fr", "parmi") == 0 && key_of(&st, "fr", "malgré") == 0,
       "fr: the prepositions devant, derrière, parmi and malgré are no content words");
    /* Day 57: "your" is the reader's, as "you" and the French "votre"
     * are: every how-to says it ("check the avalanche forecast for your
     * zone", "before you hand over your savings"). */
    ok(key_of(&st, "en", "your") == 0 && key_of(&st, "en", "yours") == 0,
       "en: your and yours are no content words");
    ok(key_of(&st, "fr", "vos") == 0 && key_of(&st, "fr", "nos") == 0,
       "fr: vos and nos are no content words, as votre and notre");
    /* Day 62: "until" is the English of the elided "jusqu'", a weak
     * word: a time's preposition, as "since" and "during" are. */
    ok(key_of(&st, "en", "until") == 0 && key_of(&st, "en", "till") == 0,
       "en: until and till are no content words, as jusqu'");
    /* Day 73: "overnight" is when, as "night" and "nuit" are: the time of
     * day that every story's copy gives its event. */
    ok(key_of(&st, "en", "overnight") == 0 && key_of(&st, "en", "tonight") == 0 &&
           key_of(&st, "en", "afternoon") == 0,
       "en: overnight, tonight and afternoon are no content words, as night");
    digest_stems_free(&st);
}

/* The lexicon pairs news words across French and English; words with two
 * senses stay out. */
static void test_lexicon(void)
{
    static const char *const pairs[][2] = {
        {"effondrement", "collapse"}, {"effondré", "collapsed"},    {"grève", "strike"},
        {"tempête", "storm"},         {"pompiers", "firefighters"}, {"glissement", "landslide"},
        {"cambriolage", "heist"},     {"incendie", "fire"},         {"tués", "killed"},
        {"barrage", "dam"},           {"pénurie", "shortage"},      {"sécheresse", "drought"},
    };
    struct digest_stems st;

    digest_stems_init(&st);
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
        uint64_t fr = key_of(&st, "fr", pairs[i][0]), en = key_of(&st, "en", pairs[i][1]);
        ok(fr != 0 && fr == en, "lexicon: fr %s = en %s", pairs[i][0], pairs[i][1]);
    }
    ok(key_of(&st, "fr", "vol") != key_of(&st, "en", "flight"),
       "lexicon: vol (a theft) is not a flight");
    ok(key_of(&st, "fr", "prix") != key_of(&st, "en", "price"),
       "lexicon: prix (also a prize) stays out");
    ok(key_of(&st, "fr", "grève") != key_of(&st, "en", "storm"), "lexicon: two groups stay two");
    digest_stems_free(&st);
}

/* A power or service outage, which outlets call a "panne", a "coupure", a
 * "délestage" (load shedding) or a "blackout" in French, an "outage" or a
 * "blackout" in English: one event, one key (day 22's blackout came out in
 * six pieces). */
static void test_lexicon_outage(void)
{
    static const char *const same[][4] = {
        {"fr", "panne", "fr", "coupure"},     {"fr", "pannes", "fr", "délestage"},
        {"fr", "coupures", "fr", "blackout"}, {"fr", "panne", "en", "outage"},
        {"fr", "coupure", "en", "blackouts"},
    };
    struct digest_stems st;

    digest_stems_init(&st);
    for (size_t i = 0; i < sizeof same / sizeof *same; i++) {
        uint64_t a = key_of(&st, same[i][0], same[i][1]), b = key_of(&st, same[i][2], same[i][3]);
        ok(a != 0 && a == b, "lexicon: %s %s = %s %s", same[i][0], same[i][1], same[i][2],
           same[i][3]);
    }
    digest_stems_free(&st);
}

/* Lexicon pairs of the newsroom glossary: nationality adjectives, a
 * disaster's toll, and 'cut', which is a rate cut as well as a job cut. */
static void test_lexicon_glossary(void)
{
    static const char *const pairs[][2] = {
        {"suisses", "swiss"},
        {"suisse", "swiss"},
        {"bilan", "toll"},
        {"baisse", "cut"},
        {"réduction", "cut"},
        {"suppressions", "cuts"},
        {"abaisse", "lowers"},
        {"constitution", "charter"},
        {"constitutionnelle", "constitution"},
        {"monnaie", "currency"},
        {"devise", "currencies"},
        /* Day 32: one wedding's "intoxication", "empoisonnement" and
         * "poisoning". */
        {"intoxication", "poisoning"},
        {"empoisonnement", "poisoning"},
        /* Nairobi: a "levy on sugary drinks" and a "tax on sweetened
         * beverages"; Abidjan: a "taxe" on mobile money and a "levy". */
        {"taxe", "levy"},
        {"taxes", "levies"},
        /* Winnipeg: "whooping cough", "pertussis" and "coqueluche". */
        {"coqueluche", "pertussis"},
        {"coqueluche", "whooping"},
        /* Day 41: the "pétoncler" Lady Marguerite, a "scallop dragger". */
        {"pétoncler", "scallop"},
        {"pétoncles", "scallops"},
    };
    struct digest_stems st;

    digest_stems_init(&st);
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
        uint64_t fr = key_of(&st, "fr", pairs[i][0]), en = key_of(&st, "en", pairs[i][1]);
        ok(fr != 0 && fr == en, "lexicon: fr %s = en %s", pairs[i][0], pairs[i][1]);
    }
    ok(key_of(&st, "fr", "bilan") != key_of(&st, "en", "cut"), "lexicon: bilan is not a cut");
    ok(key_of(&st, "en", "levy") == key_of(&st, "en", "tax"), "lexicon: en levy = en tax");
    digest_stems_free(&st);
}

/* Do the two texts (bodies, in their languages) share a name key? */
static int share_name(const char *la, const char *a, const char *lb, const char *b)
{
    struct scratch sc;
    struct digest_post p = {0};
    uint64_t names[64];
    size_t nn = 0;
    int shared = 0;

    digest_scratch_init(&sc);
    p.lang = la;
    p.body = a;
    if (digest_post_keys(&sc, &p) == 0)
        for (size_t k = 0; k < sc.nk && nn < 64; k++)
            if (sc.kind[k] == K_NAME || sc.kind[k] == K_ALIAS)
                names[nn++] = sc.keys[k];
    p.lang = lb;
    p.body = b;
    if (digest_post_keys(&sc, &p) == 0)
        for (size_t k = 0; k < sc.nk; k++)
            for (size_t j = 0; j < nn && (sc.kind[k] == K_NAME || sc.kind[k] == K_ALIAS); j++)
                shared |= sc.keys[k] == names[j];
    digest_scratch_free(&sc);
    return shared;
}

/* One place or person, written two ways: German transliterated umlauts,
 * and the names English copy gives the Fed and Swiss places. */
static void test_names(void)
{
    ok(share_name("fr", "Un incendie a détruit une grange à Gösslingen dans la nuit de samedi.",
                  "en", "A fire destroyed a barn in Goesslingen overnight on Saturday."),
       "Gösslingen = Goesslingen");
    ok(share_name("fr", "Selon le maire, Thomas Müller, personne n'a été blessé.", "en",
                  "Nobody was hurt, mayor Thomas Mueller said."),
       "Thomas Müller = Thomas Mueller");
    ok(share_name("fr", "Les secours sont intervenus mardi dans les Grisons.", "en",
                  "Rescuers were called out in Graubuenden on Tuesday."),
       "Grisons = Graubuenden: an alias key folds the transliteration too");
    ok(!share_name("fr", "Un incendie a détruit une grange à Gösslingen.", "en",
                   "A fire destroyed a barn in Göttingen."),
       "Gösslingen and Göttingen stay two places");

    ok(share_name("fr", "Aux États-Unis, la Fed a abaissé mercredi son taux directeur.", "en",
                  "The Federal Reserve cut its key rate on Wednesday."),
       "Fed = Federal Reserve");
    ok(share_name("fr", "Aux États-Unis, la Réserve fédérale a abaissé mercredi son taux.", "en",
                  "Wall Street rose after the Fed cut its key rate on Wednesday."),
       "Réserve fédérale = Fed");
    ok(share_name("fr", "Un glissement de terrain a coupé une route dans le canton du Tessin.",
                  "en", "A landslide cut a road in the canton of Ticino on Monday."),
       "Tessin = Ticino");
    /* An alias starts at a capital: "le lac Majeur", as French copy
     * usually writes it, is not matched (only "Majeur" is a name). */
    ok(share_name("fr", "Un bateau a chaviré mardi sur le Lac Majeur.", "en",
                  "A boat capsized on Lake Maggiore on Tuesday."),
       "Lac Majeur = Lake Maggiore");
}

/* The kind of the key read from the first occurrence of word in text. */
static int kind_of(const char *lang, const char *text, const char *word)
{
    struct scratch sc;
    struct digest_post p = {0};
    int kind = -1;

    digest_scratch_init(&sc);
    p.lang = lang;
    p.body = text;
    if (digest_post_keys(&sc, &p) == 0)
        for (size_t k = 0; k < sc.nk && kind < 0; k++)
            if (sc.ksrc[2 * k + 1] - sc.ksrc[2 * k] == strlen(word) &&
                memcmp(sc.raw.data + sc.ksrc[2 * k], word, strlen(word)) == 0)
                kind = sc.kind[k];
    digest_scratch_free(&sc);
    return kind;
}

/* How many word keys (K_WORD) two posts share. */
static size_t post_words_shared(const struct digest_post *p, const struct digest_post *q)
{
    struct scratch sa, sb;
    size_t n = 0;

    digest_scratch_init(&sa);
    digest_scratch_init(&sb);
    if (digest_post_keys(&sa, p) == 0 && digest_post_keys(&sb, q) == 0)
        for (size_t i = 0; i < sa.nk; i++)
            for (size_t j = 0; j < sb.nk; j++)
                n += sa.kind[i] == K_WORD && sb.kind[j] == K_WORD && sa.keys[i] == sb.keys[j];
    digest_scratch_free(&sa);
    digest_scratch_free(&sb);
    return n;
}

/* How many word keys (K_WORD) two French texts share. */
static size_t words_shared(const char *a, const char *b)
{
    struct digest_post pa = {.lang = "fr", .body = a}, pb = {.lang = "fr", .body = b};
    return post_words_shared(&pa, &pb);
}

/* Day 38: "files d'attente" at Bamako's petrol stations (a truckers'
 * strike) and at its phone agencies (SIM cards cut off) are queues, one
 * compound noun, not two words two stories share; with the town, the two
 * made an edge heavy enough to merge the two posts. A compound noun of the
 * table is one word key, whatever its number, its two words joined by "de"
 * or "à" or side by side. */
static void test_phrases(void)
{
    is_int(kind_of("fr", "De longues files d'attente se sont formées.", "files d'attente"), K_WORD,
           "fr: files d'attente is one word");
    is_int((long)words_shared("De longues files d'attente devant les stations.",
                              "Cartes SIM bloquées : files d'attente devant les agences."),
           1, "fr: two posts with files d'attente share one word, not two");
    is_int((long)words_shared("Une file d'attente devant la mairie.",
                              "Des files d'attente dans les agences."),
           1, "fr: file d'attente and files d'attente are one word");
    is_int((long)words_shared("Des files d'attente dans les agences.",
                              "Les candidats sont dans l'attente des résultats."),
           0, "fr: the compound does not meet its last word alone");
    /* Day 32: a wedding's victims at the "centre hospitalier" (the
     * hospital), and rickshaws banned from the "centre-ville". */
    is_int((long)words_shared("Des proches attendent devant le centre hospitalier régional.",
                              "Les pousse-pousse sont interdits dans le centre-ville."),
           0, "fr: centre hospitalier is one word, not the centre of the centre-ville");
    is_int((long)words_shared("Le centre hospitalier a installé des lits de camp.",
                              "Les malades ont été transférés au centre hospitalier."),
           1, "fr: centre hospitalier meets itself");
    is_int((long)words_shared("Il a été placé en garde à vue mardi.",
                              "La garde à vue du maire a été prolongée."),
           1, "fr: garde à vue is one word");
}

/* Whether two posts (title, body) are an edge: steps 1 to 3 over them and
 * filler enough for the rarity weights. */
static int is_edge(const char *lang, const char *ta, const char *a, const char *tb, const char *b)
{
    static const char *const other[][2] = {
        {"Match nul au stade", "Les deux équipes se sont quittées sur un score nul samedi soir."},
        {"Horoscope du jour", "Les Gémeaux devront faire preuve de patience ce dimanche."},
        {"Météo : du soleil", "Le soleil brillera sur la plupart des régions lundi."},
        {"Bourse : la semaine", "Les marchés ont terminé la semaine en légère hausse vendredi."},
    };
    struct digest_post ps[6] = {{0}};
    size_t cand[6] = {0, 1, 2, 3, 4, 5};
    struct keyset ks;
    struct postings pl;
    struct digest_edges e;
    int edge = 0;

    ps[0] = (struct digest_post){.lang = lang, .title = ta, .body = a};
    ps[1] = (struct digest_post){.lang = lang, .title = tb, .body = b};
    for (size_t i = 0; i < 4; i++)
        ps[2 + i] = (struct digest_post){.lang = "fr", .title = other[i][0], .body = other[i][1]};
    if (digest_read_posts(ps, cand, 6, &ks) == 0) {
        digest_build_index(&ks, 6, &pl);
        digest_pairs(&ks, &pl, 6, 8, &e);
        for (size_t i = 0; i < e.n; i++)
            edge |= e.v[i].a == 0 && e.v[i].b == 1;
        digest_edges_free(&e);
        digest_postings_free(&pl);
    }
    digest_keyset_free(&ks);
    return edge;
}

/* Like is_edge(), with each post in its own language. */
static int is_edge2(const char *la, const char *ta, const char *a, const char *lb, const char *tb,
                    const char *b)
{
    struct digest_post ps[2] = {{.lang = la, .title = ta, .body = a},
                                {.lang = lb, .title = tb, .body = b}};
    size_t cand[2] = {0, 1};
    struct keyset ks;
    struct postings pl;
    struct digest_edges e;
    int edge = 0;

    if (digest_read_posts(ps, cand, 2, &ks) == 0) {
        digest_build_index(&ks, 2, &pl);
        digest_pairs(&ks, &pl, 2, 8, &e);
        edge = e.n == 1;
        digest_edges_free(&e);
        digest_postings_free(&pl);
    }
    digest_keyset_free(&ks);
    return edge;
}

/* The dictionaries' pairs bridge English words to French ones the lexicon
 * does not hold: a French and an English post of one story meet through
 * their translated words, two English posts never through a bridge. */
static void test_bridges(void)
{
    static const char *const pairs[][2] = {
        {"verger", "orchard"}, {"gel", "frost"}, {"bougie", "candle"}, {"subvention", "subsidy"}};
    struct digest_stems st;
    uint64_t br[DIGEST_BRIDGES];

    digest_tables_init();
    ok(digest_dict_pairs_n > 5000, "the FreeDict pairs are built in (%zu)", digest_dict_pairs_n);
    digest_stems_init(&st);
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
        uint64_t fr = key_of(&st, "fr", pairs[i][0]), en = key_of(&st, "en", pairs[i][1]);
        size_t n = digest_bridges(en, br), hit = 0;
        for (size_t k = 0; k < n; k++)
            hit |= br[k] == fr;
        ok(fr != en && hit, "bridge: en %s -> fr %s", pairs[i][1], pairs[i][0]);
    }
    ok(digest_bridges(key_of(&st, "en", "water"), br) == 0,
       "bridge: a word the lexicon pairs (water = eau) needs none");
    digest_stems_free(&st);

    ok(is_edge2("fr", "Gel record : les vergers menacés",
                "Les arboriculteurs craignent pour leurs vergers après une nuit de gel record "
                "et des températures glaciales.",
                "en", "Record frost threatens orchards",
                "Fruit growers fear for their orchards after a night of record frost and "
                "freezing temperatures."),
       "a French and an English post meet through their translated words");
    ok(!is_edge2("en", "Chilly and frigid", "Chilly, frigid and chilly again, said the farmers.",
                 "en", "Cold and bleak", "Cold, bleak and cold again, said the growers."),
       "two English posts never meet through their words' translations");
}

/* The kind of the key a post (English, title t, body b) gives word w: 0
 * when it has none. */
static int key_kind_of(const char *t, const char *b, const char *w)
{
    struct scratch sc;
    struct digest_stems st;
    struct digest_post p = {.lang = "en", .title = t, .body = b};
    int kind = 0;

    digest_scratch_init(&sc);
    digest_stems_init(&st);
    uint64_t h = key_of(&st, "en", w);
    if (digest_post_keys(&sc, &p) == 0)
        for (size_t k = 0; k < sc.nk; k++)
            if (sc.keys[k] == h)
                kind = sc.kind[k];
    digest_stems_free(&st);
    digest_scratch_free(&sc);
    return kind;
}

/* A regional word of one kind of event (Australia's "bushfire", which
 * FreeDict lacks) bridges to the French service's word (« incendie »,
 * « feu de forêt »): day 77's French report of the Derwent Valley fire
 * meets the Reuters one. Within English it keeps its own key, and a post
 * that writes "bushfire" in its title and "fire" in its copy keeps "fire"
 * as its own word: the translation pushed first does not hide it from the
 * other English posts. */
static void test_regional_bridges(void)
{
    struct digest_stems st;
    uint64_t br[DIGEST_BRIDGES];

    digest_tables_init();
    digest_stems_init(&st);
    uint64_t fr = key_of(&st, "fr", "incendie");
    size_t n = digest_bridges(key_of(&st, "en", "bushfire"), br), hit = 0;
    for (size_t k = 0; k < n; k++)
        hit |= br[k] == fr;
    ok(hit, "bridge: en bushfire -> fr incendie");
    n = digest_bridges(key_of(&st, "en", "brushfire"), br), hit = 0;
    for (size_t k = 0; k < n; k++)
        hit |= br[k] == fr;
    ok(hit, "bridge: en brushfire -> fr incendie");
    ok(key_of(&st, "en", "bushfire") != key_of(&st, "en", "fire"),
       "bushfire keeps its own key within English");
    digest_stems_free(&st);
    is_int(key_kind_of("Emergency warning for Derwent Valley bushfire",
                       "An emergency warning has been issued for a bushfire near Molesworth. "
                       "The fire has burnt 2,000 hectares.",
                       "fire"),
           K_WORD, "a word the post writes is its own, not the translation of another");
    ok(is_edge2("fr", "Australie: un feu de forêt détruit des maisons près de Hobart",
                "Un incendie hors de contrôle a détruit cinq maisons et parcouru 3.400 hectares "
                "dans la vallée de la Derwent, au nord de Hobart, ont annoncé mercredi les "
                "pompiers.",
                "en", "Bushfire destroys five homes near Tasmanian capital",
                "A bushfire burning out of control in the Derwent Valley north of Hobart has "
                "destroyed five homes and burnt about 3,400 hectares, fire authorities said."),
       "the French report of a bushfire meets the English one");
}

/* Whether posts a and b of ps[0..n) are an edge (weak 0) or a weak link
 * (weak 1). */
static int link_in(const struct digest_post *ps, size_t n, size_t a, size_t b, int weak)
{
    size_t cand[16];
    struct keyset ks;
    struct postings pl;
    struct digest_edges e;
    int found = 0;

    for (size_t i = 0; i < n; i++)
        cand[i] = i;
    if (digest_read_posts(ps, cand, n, &ks) == 0) {
        digest_build_index(&ks, n, &pl);
        digest_pairs(&ks, &pl, n, n, &e);
        const struct digest_edge *v = weak ? e.weak : e.v;
        size_t nv = weak ? e.nweak : e.n;
        for (size_t i = 0; i < nv; i++)
            found |= (v[i].a == a && v[i].b == b) || (v[i].a == b && v[i].b == a);
        digest_edges_free(&e);
        digest_postings_free(&pl);
    }
    digest_keyset_free(&ks);
    return found;
}

/* Whether posts a and b of ps[0..n) (one language) are an edge. */
static int edge_in(const struct digest_post *ps, size_t n, size_t a, size_t b)
{
    return link_in(ps, n, a, b, 0);
}

/* Two stories of one kind on one day (toronto's two shootings, day 20's
 * two pile-ups): posts whose titles each name their own story, held by
 * two posts or more, and that share no name or figure, are no edge,
 * however many of the kind's words they share; posts of one story are. */
static void test_title_names_clash(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Three wounded in shooting at Scarborough mall",
         .body = "Three people were wounded when shots were fired inside a shopping mall in "
                 "Scarborough on Wednesday evening, police said."},
        {.lang = "en",
         .title = "Scarborough mall shooting: police say dispute behind gunfire",
         .body = "Police believe a dispute led to the gunfire that wounded three people at the "
                 "Scarborough mall on Wednesday evening."},
        {.lang = "en",
         .title = "Two teens charged after Scarborough shooting",
         .body = "Two boys have been charged after three people were shot at a Scarborough "
                 "mall, police said."},
        {.lang = "en",
         .title = "Two killed in Brooklyn subway shooting",
         .body = "Two people were killed and five wounded when a man fired inside a subway "
                 "car in Brooklyn on Wednesday evening, police said."},
        {.lang = "en",
         .title = "Brooklyn shooting: police search for gunman",
         .body = "Police searched Brooklyn overnight for the gunman who shot seven people on a "
                 "subway train on Wednesday evening."},
        {.lang = "en",
         .title = "Brooklyn subway shooting suspect arrested",
         .body = "Police arrested a man in connection with the shooting on a Brooklyn subway "
                 "train that wounded five people."},
    };
    ok(edge_in(ps, 6, 0, 1), "two posts of the Scarborough shooting are an edge");
    ok(edge_in(ps, 6, 3, 4), "two posts of the Brooklyn shooting are an edge");
    ok(!edge_in(ps, 6, 1, 4),
       "a Scarborough and a Brooklyn post, sharing the shooting's words only, are none");
}

/* Two emergency landings on one day (day 27): each airline's name ends
 * in "Air", and a title opening with "Tasman Air" keeps only "Air" as a
 * name (its first word opened the title). That word is the last word of
 * two different names, an airline's kind, not a name the posts share:
 * the title rule above keeps the two landings apart. */
static void test_title_names_kind_word(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Tasman Air jet diverts to Norfolk Island after engine failure",
         .body = "A Tasman Air jet carrying 186 people made an emergency landing on Norfolk "
                 "Island on Tuesday after one of its engines shut down. No one was hurt."},
        {.lang = "en",
         .title = "Tasman Air plane lands safely on Norfolk Island",
         .body = "A Tasman Air passenger flight landed safely on Norfolk Island on Tuesday "
                 "after the crew shut down an engine, the airline said."},
        {.lang = "en",
         .title = "Investigators open inquiry into Tasman Air engine failure",
         .body = "Investigators opened an inquiry into the engine failure that forced a Tasman "
                 "Air flight to make an emergency landing on Norfolk Island on Tuesday."},
        {.lang = "en",
         .title = "Smoke in cabin forces emergency landing at Perth",
         .body = "An Outback Air flight made an emergency landing in Perth on Tuesday after "
                 "passengers reported smoke in the cabin and the engine, the airline said."},
        {.lang = "en",
         .title = "Outback Air grounds jets after Perth smoke incident",
         .body = "Outback Air grounded its jets on Tuesday after smoke filled the cabin of a "
                 "flight that made an emergency landing in Perth."},
        {.lang = "en",
         .title = "Perth passengers describe smoke on Outback Air flight",
         .body = "Passengers on an Outback Air flight that made an emergency landing in Perth "
                 "described thick smoke in the cabin."},
    };
    ok(edge_in(ps, 6, 0, 1), "two posts of the Norfolk Island landing are an edge");
    ok(edge_in(ps, 6, 3, 5), "two posts of the Perth landing are an edge");
    ok(!edge_in(ps, 6, 0, 3),
       "a Tasman Air and an Outback Air landing, sharing \"Air\" and the kind's words, are none");
}

/* A country is every story's name, however it is written: French copy's
 * "Australie" (the alias table's), English copy's "Australia" (the name
 * the table maps it to), and neither its name key nor its word counts
 * twice. Day 15's two shark attacks on one day met through "Australie"
 * and "requin", a cricket inquiry and a regulator's report through
 * "Australian" and "Australia" alone. */
static void test_world_names(void)
{
    is_int(kind_of("en", "Teens are dodging Australia's age limit.", "Australia"), K_ALIAS,
           "the alias table's canonical name is an alias-table name too");
    is_int(kind_of("en", "Two players were banned by Cricket Australia.", "Cricket Australia"),
           K_NAME, "a longer name ending with it is a story's name");
    ok(!is_edge("fr", "Australie : un nageur tué par un requin près d'Esperance",
                "Un homme a été tué jeudi par un requin au large d'une plage d'Esperance.",
                "Australie : un surfeur mordu par un requin à Byron Bay",
                "Un surfeur a été mordu à la jambe par un requin jeudi à Byron Bay."),
       "two shark attacks in one country are two stories");
    ok(is_edge("fr", "Australie : un nageur tué par un requin près d'Esperance",
               "Un homme a été tué jeudi par un requin au large d'une plage d'Esperance.",
               "Esperance : la victime du requin identifiée",
               "L'homme tué par un requin jeudi à Esperance était un pêcheur de la ville."),
       "one shark attack in Esperance is one story");
}

/* Two posts in the window's minor language (English agency copy on a
 * French channel) share its words at the weight of rare names: day 16's
 * rockfall on Route 132 and a ski resort closed for lack of snow met
 * through "shuts", "closed" and "Haute"/"Haut". Without a name or figure
 * of their own they need three whole features. */
static void test_minor_language(void)
{
    ok(!is_edge("en", "Rockfall shuts key highway on Quebec's Gaspé coast",
                "A rockfall closed Route 132, the only coastal highway in Quebec's "
                "Haute-Gaspésie, on Tuesday, cutting off several villages.",
                "French ski resort shuts for good as snow dries up",
                "The small ski resort of Haut-Frêne in France's Vosges mountains will close "
                "for good at the end of the season because of a lack of snow, its operators "
                "said on Tuesday."),
       "two foreign posts sharing two verbs and a word of two names are two stories");
    ok(is_edge("en", "Rockfall shuts key highway on Quebec's Gaspé coast",
               "A rockfall closed Route 132, the only coastal highway in Quebec's "
               "Haute-Gaspésie, on Tuesday, cutting off several villages.",
               "Route 132 detour adds 200 km for Gaspé drivers",
               "Drivers in Haute-Gaspésie face a 200-kilometre detour since the rockfall "
               "closed Route 132 on Tuesday."),
       "two foreign posts sharing the road's name and figure are one story");
}

/* An outlet that names itself in its copy ("told Jozi Talk 104", on
 * jozi-talk.co.za) is the source, like a broadcaster: day 21's toll
 * increase and no-confidence motion, one minister's interview on one
 * station, met through the station's name, its frequency and the guest. */
static int kind_at(const char *url, const char *text, const char *word)
{
    struct scratch sc;
    struct digest_post p = {.lang = "en", .body = text, .source_url = url};
    int kind = -1;

    digest_scratch_init(&sc);
    if (digest_post_keys(&sc, &p) == 0)
        for (size_t k = 0; k < sc.nk && kind < 0; k++)
            if (sc.ksrc[2 * k + 1] - sc.ksrc[2 * k] == strlen(word) &&
                memcmp(sc.raw.data + sc.ksrc[2 * k], word, strlen(word)) == 0)
                kind = sc.kind[k];
    digest_scratch_free(&sc);
    return kind;
}

static void test_outlet_names_itself(void)
{
    static const char text[] = "The minister told Veld Talk 104 on Thursday that fees would rise.";
    const struct digest_post ps[] = {
        {.lang = "en",
         .source_url = "https://veld-talk.example/politics/1",
         .title = "Mahlaba: 'The government will survive this motion'",
         .body = "Finance Minister Thandi Mahlaba said on Veld Talk 104 on Thursday morning that "
                 "the government would survive the motion of no confidence. \"Voters are tired "
                 "of excuses,\" she said."},
        {.lang = "en",
         .source_url = "https://veld-talk.example/roads/2",
         .title = "Mahlaba defends N3 toll increase on Veld Talk",
         .body = "Finance Minister Thandi Mahlaba defended the increase in N3 toll fees on "
                 "Thursday, telling Veld Talk 104 that the road had to pay for its upkeep. "
                 "\"Voters are tired of excuses,\" she said."},
        {.lang = "en",
         .source_url = "https://herald.example/a/3",
         .title = "Opposition tables no-confidence motion",
         .body = "The opposition tabled a motion of no confidence in the Cabinet on Thursday."},
        {.lang = "en",
         .source_url = "https://roads.example/a/4",
         .title = "N3 toll fees to rise from March",
         .body = "Toll fees on the N3 will rise from March, the roads agency said on Thursday."},
    };
    is_int(kind_at("https://www.veld-talk.example/a/1", text, "Veld Talk"), K_MEDIA,
           "an outlet's own name in its copy is a broadcaster's");
    is_int(kind_at("https://herald.example/a/1", text, "Veld Talk"), K_NAME,
           "the same name in another outlet's copy is a name");
    ok(!edge_in(ps, 4, 0, 1), "one station's interview on two stories is no edge");
}

static int weak_in(const struct digest_post *ps, size_t n, size_t a, size_t b);

/* Day 45: a station that names itself with its frequency ("Prime Minister
 * Everton Brissett said on Island Talk 95's Hot Line", on islandtalk95.jm):
 * the run is the outlet's name once the figure that follows it is read
 * with it. Its two stories (a refinery's closure, the bus fares) met
 * through the guest, the station, its show and the quote. */
static void test_outlet_frequency(void)
{
    static const char text[] = "The prime minister told Island Talk 95 on Wednesday that fares "
                               "would rise.";
    const struct digest_post ps[] = {
        {.lang = "en",
         .source_url = "https://islandtalk95.example/alumina/17",
         .title = "Brissett on refinery closure: 'Nobody is going to be left to carry this alone'",
         .body = "\"Nobody in this country is going to be left to carry this burden alone,\" Prime "
                 "Minister Everton Brissett said on Island Talk 95's Hot Line on Wednesday night, "
                 "promising retraining and a bridging payment to the 1,100 workers losing their "
                 "jobs at the Clarendon refinery. He said the government would look for a new "
                 "operator for the plant."},
        {.lang = "en",
         .source_url = "https://islandtalk95.example/bus/22",
         .title = "Brissett defends bus fare increase on Hot Line",
         .body = "Prime Minister Everton Brissett defended the planned rise in Kingston bus fares "
                 "on Wednesday night, saying the state bus company had lost $9 billion last year "
                 "and could not buy new buses without it. \"Nobody in this country is going to be "
                 "left to carry this burden alone,\" he told Island Talk 95, adding that students "
                 "and pensioners would keep their concession fares."},
        {.lang = "en",
         .source_url = "https://wire.example/a/3",
         .title = "Norvik to shut Jamaican alumina refinery, cut 1,100 jobs",
         .body = "Norvik Resources said on Wednesday it would close its Clarendon alumina "
                 "refinery in Jamaica by the end of March and lay off about 1,100 workers."},
        {.lang = "en",
         .source_url = "https://sentinel.example/a/4",
         .title = "Kingston bus fares to rise to $200 in January",
         .body = "Adult fares on Metro Kingston Transit buses will rise from $120 to $200 on "
                 "January 4, the transport minister announced on Wednesday."},
        {.lang = "en",
         .source_url = "https://sentinel.example/a/5",
         .title = "Storm warning for the north coast",
         .body = "Forecasters issued a wind warning for the north coast on Tuesday night."},
    };
    is_int(kind_at("https://www.islandtalk95.example/a/1", text, "Island Talk"), K_MEDIA,
           "an outlet's name and the frequency after it are a broadcaster's");
    is_int(kind_at("https://www.islandtalk96.example/a/1", text, "Island Talk"), K_NAME,
           "another frequency is another outlet: a name");
    is_int(kind_at("https://www.islandtalk.example/a/1", "She told Island Talk on Monday.",
                   "Island Talk"),
           K_MEDIA, "the outlet's name without a figure is still one");
    ok(!edge_in(ps, 5, 0, 1), "one station's interview on two stories is no edge");
}

/* Day 116: a station's call letters and its frequency ("WQRS 1050") are the
 * broadcaster, as its station word makes "Radio Horizon" one, and a
 * frequency beside "FM" or a broadcaster's name is too
 * (digest_station.c). A county executive's one interview, quoted on the
 * property tax vote and on the state's transit bill, met through the
 * station's two keys besides the speaker and the quote. */
static void test_station_call(void)
{
    const char *url = "https://courier.example/a/1";
    const struct digest_post ps[] = {
        {.lang = "en",
         .source_url = "https://valleycourier.example/county/31",
         .title = "Brandt on WKPX: 'I will not close the pools'",
         .body = "County Executive Helen Brandt told WKPX 1020's \"Morning Line\" on Tuesday "
                 "that she would not sign a budget that closes county pools and senior centers, "
                 "as the council prepared to vote on her property tax increase: \"Our valley "
                 "pays its share, and I am tired of asking nicely for it back.\""},
        {.lang = "en",
         .source_url = "https://valleycourier.example/transit/36",
         .title = "Brandt urges lawmakers to pass transit bill",
         .body = "Helen Brandt, the county executive, urged state lawmakers on WKPX 1020 on "
                 "Tuesday to pass the transit funding bill, saying riders take 90,000 trips a "
                 "day: \"Our valley pays its share, and I am tired of asking nicely for it "
                 "back.\""},
        {.lang = "en",
         .source_url = "https://valleypost.example/a/30",
         .title = "County Council to vote tonight on first tax hike in a decade",
         .body = "The county council will vote on Tuesday night on a 1.2-mill property tax "
                 "increase that County Executive Helen Brandt says will close a budget gap."},
        {.lang = "en",
         .source_url = "https://capitolwire.example/a/35",
         .title = "House to vote on transit rescue as bus cuts loom",
         .body = "The state House will vote on Tuesday on a bill that would send $290 million "
                 "more a year to public transit, weeks before the county's buses cut 35 routes."},
        {.lang = "en",
         .source_url = "https://skywatch.example/a/5",
         .title = "Freezing rain possible overnight",
         .body = "Forecasters warned of freezing rain across the valley on Tuesday night."},
    };
    is_int(kind_at(url, "She told WKPX 1020 on Tuesday that fares would rise.", "WKPX"), K_MEDIA,
           "call letters before a frequency are a broadcaster's");
    is_int(kind_at(url, "She told WKPX 1020 on Tuesday that fares would rise.", "1020"), K_MEDIA,
           "and so is the frequency after them");
    is_int(kind_at(url, "He told KBVR 91.5 on Monday that the road was shut.", "91.5"), K_MEDIA,
           "an FM frequency after call letters");
    is_int(kind_at(url, "He told Derwent FM 96.1 on Monday that it was shut.", "96.1"), K_MEDIA,
           "a frequency after a broadcaster's name");
    is_int(kind_at(url, "She spoke on 97.3 FM on Monday about the strike.", "97.3"), K_MEDIA,
           "a frequency before FM");
    is_int(kind_at(url, "The plane landed as Flight 1020 on Monday at the airport.", "1020"),
           K_NUMBER, "a figure after another name stays a figure");
    is_int(kind_at(url, "The union said WKPX 2027 was the year of the strike.", "2027"), -1,
           "a year is no frequency, nor a figure");
    is_int(kind_at(url, "Crews from KLM 747 flights were stranded on Monday.", "747"), K_NUMBER,
           "three capitals are no call letters");
    ok(!edge_in(ps, 5, 0, 1), "one station's interview on two stories is no edge");
}

/* Day 44: one radio interview (a station of "Radio" words) on two stories,
 * the dockers' strike and the fuel prices: one title names the guest
 * ("Anjali Ramdin"), the other her office ("la ministre des Finances") and
 * one word ("hausse"), and each is in the other post's copy. In two posts
 * of one broadcast the guest and her office are the interview's: the
 * titles must meet through two whole features that name no one. */
static void test_interview_guest(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Grève des dockers : Anjali Ramdin appelle à la reprise du travail",
         .body = "« L'État ne peut pas tout payer à la place des Mauriciens », a déclaré mardi "
                 "soir sur Radio Lagon FM la ministre des Finances, Anjali Ramdin, en jugeant "
                 "« irréaliste » la hausse de 12 % réclamée par les dockers de la SMM. La "
                 "ministre a invité le syndicat à revenir à la table des négociations."},
        {.lang = "fr",
         .title = "Prix à la pompe : la ministre des Finances défend la hausse",
         .body = "« L'État ne peut pas tout payer à la place des Mauriciens », a affirmé mardi "
                 "soir sur Radio Lagon FM la ministre des Finances, Anjali Ramdin, pour justifier "
                 "la fin du gel des prix de l'essence et du gazole. Elle a promis une aide ciblée "
                 "de 500 roupies par mois aux ménages les plus modestes."},
        {.lang = "fr",
         .title = "Port-Louis : les dockers en grève, le port paralysé",
         .body = "Les quelque 900 dockers de la SMM ont cessé le travail mardi matin au port de "
                 "Port-Louis pour réclamer une hausse de 12 % de leurs salaires."},
        {.lang = "fr",
         .title = "Carburants : l'essence augmente de 4 roupies dès minuit",
         .body = "Le prix du litre d'essence passera de 66,50 à 70,50 roupies à minuit, et celui "
                 "du gazole de 58,20 à 61,20 roupies."},
        {.lang = "fr",
         .title = "Avis de vent fort sur la côte nord",
         .body = "Les services météorologiques ont émis mardi soir un avis de vent fort."},
    };
    ok(!edge_in(ps, 5, 0, 1), "the guest in one title, her office in the other: no edge");
    ok(!weak_in(ps, 5, 0, 1), "nor a weak link");
}

/* Whether posts a and b of ps[0..n) are a weak link. */
static int weak_in(const struct digest_post *ps, size_t n, size_t a, size_t b)
{
    return link_in(ps, n, a, b, 1);
}

/* Day 27: a meat plant's post, whose title names its company (held by
 * three posts), and a fireworks blast's post, whose title names its state
 * ("Tamil Nadu", held by two: its English and its French post), share
 * "workers" and the plant ("factory") and no name. A story's name held by
 * two posts is a story's name too: the two titles name two stories of one
 * kind, and the pair is no link at all, not even a weak one (which kept
 * the plant's post from the rest of its story in digest_attach(), claimed
 * by two). */
static void test_title_names_two(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "NZ meat processor Kauri Meats apologises, stands down five workers",
         .body = "Kauri Meats, owner of the Waikato plant at the centre of an animal cruelty "
                 "inquiry, apologised on Tuesday and stood down five workers seen in the footage."},
        {.lang = "en",
         .title = "Meat plant shut after hidden-camera footage of cattle abuse",
         .body = "Activists protest outside the Kauri Meats plant in Morrinsville. The ministry "
                 "suspended the licence of a Waikato meat plant after footage showed workers "
                 "beating cattle."},
        {.lang = "en",
         .title = "Minister calls Morrinsville footage 'sickening'",
         .body = "The minister said the footage from the Kauri Meats plant in Morrinsville was "
                 "sickening and that the company would not reopen soon."},
        {.lang = "en",
         .title = "Blast at fireworks factory in Tamil Nadu kills nine",
         .body = "An explosion at a fireworks factory near Sivakasi in Tamil Nadu killed nine "
                 "workers and injured 14 on Tuesday, police said."},
        {.lang = "fr",
         .title = "Inde : neuf morts dans l'explosion d'une usine de feux d'artifice",
         .body = "L'explosion d'une usine de feux d'artifice a fait neuf morts mardi dans l'État "
                 "du Tamil Nadu, selon la police."},
        {.lang = "en",
         .title = "Auckland edge Canterbury 31-24 in NPC",
         .body = "Auckland beat Canterbury 31-24 at Eden Park on Monday night."},
    };
    ok(!edge_in(ps, 6, 0, 3) && !weak_in(ps, 6, 0, 3),
       "the plant's post and the blast's, sharing \"workers\" and the plant only, are no link");
    ok(edge_in(ps, 6, 0, 1) || weak_in(ps, 6, 0, 1), "two posts of the plant's story link");
}

/* Day 39: Baghdad's hospitals full of a dust storm's patients, and
 * Thompson's emergency room closing at night. The two share "patients",
 * "hospital" and "emergency" and no name; the Baghdad post's title names
 * its town through the alias table (Bagdad = Baghdad), held by two posts
 * (the storm's other post says it blanketed Baghdad). A town of the table
 * that few posts hold names a story in a title as a name does; a country
 * does not (every story of one country is told under its name), nor does
 * the channel's home town. */
static void test_title_names_town(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Thompson emergency room to close overnight for two weeks",
         .body = "The emergency department at Thompson General Hospital will close overnight "
                 "because too few doctors are available. Patients will be sent to Flin Flon."},
        {.lang = "en",
         .title = "Northern Health short of eight doctors in Thompson",
         .body = "Eight of the 14 physician posts at Thompson General Hospital are vacant, "
                 "leaving it unable to staff the emergency department at night."},
        {.lang = "en",
         .title = "ER cuts leave Thompson patients a four-hour drive from care",
         .body = "Residents of Thompson feared for patients who will face a four-hour drive at "
                 "night while the hospital's emergency room is shut."},
        {.lang = "en",
         .title = "Baghdad hospitals overwhelmed by dust storm patients",
         .body = "Hospitals in Baghdad ran short of oxygen on Wednesday as people with asthma "
                 "crowded emergency wards during the dust storm."},
        {.lang = "en",
         .title = "Hundreds treated for breathing problems as dust blankets Iraq",
         .body = "More than 1,400 people were treated in hospitals for breathing problems as a "
                 "dust storm blanketed Baghdad and the south."},
        {.lang = "en",
         .title = "Auckland edge Canterbury 31-24 in NPC",
         .body = "Auckland beat Canterbury 31-24 at Eden Park on Monday night."},
    };
    ok(!edge_in(ps, 6, 2, 3) && !weak_in(ps, 6, 2, 3),
       "Thompson's emergency room and Baghdad's hospitals, sharing the kind's words, are no link");
    ok(edge_in(ps, 6, 0, 2), "two posts of Thompson's emergency room are an edge");
}

/* Day 19: one minister on one morning show, on food banks and on a new bank
 * holiday. Two posts of one broadcast meet through the guest, the show and
 * the quote; their titles met through "bank" alone, a word of two compounds
 * ("food banks", "bank holiday"). Two posts of one interview need two whole
 * features of their titles' topic. And a lone post met through its country
 * and one word ("Britain", "banks") is no weak link: a country is every
 * story's, so it needs a third half-feature. */
static void test_interview_titles(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Chancellor Voss on food banks: 'They have earned a break'",
         .body = "Chancellor Ingrid Voss said on Radio Kestrel's Breakfast Hour on Tuesday that "
                 "she was troubled by shortages at food banks across the country."},
        {.lang = "en",
         .title = "Chancellor Voss: extra bank holiday will pay for itself",
         .body = "Chancellor Ingrid Voss told Radio Kestrel's Breakfast Hour on Tuesday that the "
                 "new bank holiday in October would pay for itself through tourism."},
        {.lang = "en",
         .title = "Food banks report record demand",
         .body = "Charities running food banks said demand reached a record in September as "
                 "shortages of tinned goods worsened."},
        {.lang = "en",
         .title = "Business groups warn new bank holiday will cost billions",
         .body = "Business groups warned on Tuesday that the new October bank holiday would cost "
                 "the economy billions in lost output."},
        {.lang = "en",
         .title = "Pensioners hit by energy bills",
         .body = "Pensioners face higher energy bills this winter, charities said on Tuesday."},
    };
    const struct digest_post country[] = {
        {.lang = "en",
         .title = "Food banks in Britain run short as demand hits record",
         .body = "Food banks across Britain are running short of supplies after demand reached a "
                 "record 410,000 parcels in September, charities said."},
        {.lang = "en",
         .title = "Britain to add new October bank holiday from 2027",
         .body = "Britain will create a new public holiday on the third Monday of October from "
                 "next year, the government said, and banks will close."},
        {.lang = "en",
         .title = "Pensioners hit by energy bills",
         .body = "Pensioners face higher energy bills this winter, charities said on Tuesday."},
        {.lang = "en",
         .title = "Train fares to rise in January",
         .body = "Rail fares will rise by 4% in January, operators said on Tuesday."},
        {.lang = "en",
         .title = "Storm warning for the north coast",
         .body = "Forecasters issued a wind warning for the north coast on Tuesday night."},
    };
    ok(!edge_in(ps, 5, 0, 1), "one interview's two stories, their titles met by one word: no edge");
    ok(!weak_in(ps, 5, 0, 1), "nor a weak link");
    ok(!weak_in(country, 5, 0, 1), "a country and one word make no weak link");
}

/* Day 77: a story's toll only rises. The titles' tolls are read next to a
 * word of death, or after "to" in a title that names the toll; an edge of
 * two posts whose later title gives fewer dead is thin and no link (the
 * bridge crash's "kills 3" and the minibus's "One dead", an hour and a
 * half later); the crash's own rising toll is not. */
static void test_deaths_apart(void)
{
    is_int(digest_title_deaths("Two killed as bus and truck collide on Tasman Bridge"), 2,
           "a count before the word of death");
    is_int(digest_title_deaths("Bus-truck crash on Australian bridge kills 3, injures 14"), 3,
           "a count after it");
    is_int(digest_title_deaths("One dead, seven hurt in Tasmania fruit-picker van crash"), 1,
           "not across a comma");
    is_int(digest_title_deaths("Death toll in Hobart bridge collision rises to three"), 3,
           "the toll's update");
    is_int(digest_title_deaths("Tasmanie: trois morts dans une collision à Hobart"), 3, "French");
    is_int(digest_title_deaths("Déraillement de Loudima : le bilan passe à quatorze morts"), 14,
           "French: a toll in words past ten");
    is_int(digest_title_deaths("Déraillement près de Dolisie : seize morts, trois jours de deuil"),
           16, "French: « seize morts »");
    is_int(digest_title_deaths("Ferry capsizes off Lagos, twelve dead"), 12, "English: twelve");
    is_int(digest_title_deaths("Canicule : vingt et un morts au CHU Yalgado"), -1,
           "a compound past twenty is not read either");
    is_int(digest_title_deaths("Canicule : trente et un morts au CHU Yalgado"), -1,
           "a compound number is not read");
    is_int(digest_title_deaths("Peste : un cinquième décès signalé à Ankazobe"), -1,
           "an ordinal is no count");
    is_int(digest_title_deaths("Bridge crash toll revised down to two after double count"), -1,
           "a toll revised down is no count against the earlier ones");
    is_int(digest_title_deaths("Collision de Hobart : le bilan revu à deux morts"), -1,
           "French: « revu »");
    is_int(digest_title_deaths("Smoke blankets Hobart as Derwent Valley fire grows"), -1,
           "no toll");
    const struct digest_post ps[] = {
        {.title = "Two killed as bus and truck collide on Tasman Bridge", .published_at = 1000},
        {.title = "Death toll in Hobart bridge collision rises to three", .published_at = 2000},
        {.title = "Bus-truck crash on Australian bridge kills 3, injures 14", .published_at = 3000},
        {.title = "One dead, seven hurt in Tasmania fruit-picker van crash", .published_at = 4000},
        {.title = "Fruit pickers hurt as minibus rolls on Channel Highway", .published_at = 500},
    };
    const size_t cand[] = {0, 1, 2, 3, 4};
    struct digest_edge v[] = {
        {0, 1, 0.3f, 0}, {1, 2, 0.3f, 0}, {2, 3, 0.2f, 0}, {1, 3, 0.2f, 0}, {3, 4, 0.2f, 0}};
    uint8_t named[] = {1, 1, 1, 1, 1};
    struct digest_edges e = {.v = v, .n = 5, .cap = 5, .named = named};
    digest_deaths_apart(ps, cand, 5, &e);
    ok(v[2].cos == 0 && v[3].cos == 0, "the later title gives fewer dead: thin (%g, %g)", v[2].cos,
       v[3].cos);
    ok(named[2] == 2 && named[3] == 2, "and no link");
    ok(v[0].cos > 0 && v[1].cos > 0, "the toll rising: the edges weigh");
    ok(v[4].cos > 0, "a title with no toll: the edge weighs");
}

/* Day 80: a floor of the dead ("kills at least 11") is read as a count,
 * against titles of its own language only: the bus crash's "at least 11"
 * and the tram's "One dead", two hours later, are two events; Romandie's
 * English "at least 27", an hour after the French « 34 morts », is the
 * French flash re-filed late, one story. Sixty-first round. */
static void test_deaths_floor(void)
{
    is_int(digest_title_deaths("Bus crash kills at least 11 in western Algeria"), 11,
           "a count after \"at least\"");
    is_int(digest_title_deaths("Glissement de terrain : le torrent a tué au moins 12 villageois"),
           12, "French: after « au moins »");
    const struct digest_post ps[] = {
        {.title = "Bus crash kills at least 11 in western Algeria",
         .lang = "en",
         .published_at = 1000},
        {.title = "One dead as tram slams into minibus in Oran",
         .lang = "en",
         .published_at = 2000},
        {.title = "Bousculade de Lubumbashi : le bilan s'alourdit à 34 morts",
         .lang = "fr",
         .published_at = 3000},
        {.title = "Crowd crush at Congo football stadium kills at least 27",
         .lang = "en",
         .published_at = 4000},
    };
    const size_t cand[] = {0, 1, 2, 3};
    struct digest_edge v[] = {{0, 1, 0.2f, 0}, {2, 3, 0.2f, 0}};
    uint8_t named[] = {1, 1};
    struct digest_edges e = {.v = v, .n = 2, .cap = 2, .named = named};
    digest_deaths_apart(ps, cand, 4, &e);
    ok(v[0].cos == 0 && named[0] == 2, "one language, the later title fewer dead: thin, no link");
    ok(v[1].cos > 0 && named[1] == 1,
       "a floor against the other language's title: the edge weighs");
}

/* Whether the keys read from a post (title, body, in lang) hold one
 * written as word. */
static int holds_word(const char *lang, const char *title, const char *body, const char *word)
{
    struct scratch sc;
    struct digest_post p = {.lang = lang, .title = title, .body = body};
    int held = 0;

    digest_scratch_init(&sc);
    if (digest_post_keys(&sc, &p) == 0)
        for (size_t k = 0; k < sc.nk; k++)
            held |= sc.ksrc[2 * k + 1] - sc.ksrc[2 * k] == strlen(word) &&
                    memcmp(sc.raw.data + sc.ksrc[2 * k], word, strlen(word)) == 0;
    digest_scratch_free(&sc);
    return held;
}

/* Day 80: a service piece's title formula is the template's, not the
 * story's: "faut" and "savoir" of « ce qu'il faut savoir », "need" and
 * "know" of "what parents need to know", are no keys in a title; the
 * story's words around them are, and the same words outside the formula
 * or in the copy too. Sixty-first round. */
static void test_title_formula(void)
{
    const char *b = "Le service reprend mercredi.";
    ok(!holds_word("fr", "Tramway d'Oran : ce qu'il faut savoir pour vos trajets de mercredi", b,
                   "savoir"),
       "« ce qu'il faut savoir »: no key of « savoir »");
    ok(!holds_word("fr", "Traversées d'été : ce qu'il faut savoir avant d'embarquer", b, "faut"),
       "nor of « faut »");
    ok(holds_word("fr", "Tramway d'Oran : ce qu'il faut savoir pour vos trajets de mercredi", b,
                  "trajets"),
       "the title's own words are keys");
    ok(holds_word("fr", "Le ministre veut savoir pourquoi le tramway a déraillé", b, "savoir"),
       "« savoir » outside the formula is a key");
    ok(holds_word("fr", "Tramway d'Oran : la reprise", "Ce qu'il faut savoir : la ligne rouvre.",
                  "savoir"),
       "the formula in the copy is left");
    ok(!holds_word("en", "Bus strike: what parents need to know", "Buses stop on Monday.", "know"),
       "\"what parents need to know\": no key of \"know\"");
    ok(holds_word("en", "Bus strike: what parents need to know", "Buses stop on Monday.",
                  "parents"),
       "the readers it names are a key");
    ok(!holds_word("en", "Gondola: what we know", "The gondola stopped.", "know"),
       "\"what we know\": no key of \"know\"");
}

/* The weight digest_names_apart() leaves on edge k of v[0..n) (named
 * bytes nb), all posts of one language but post 6 (French when fr6). */
static float names_apart_cos(const struct digest_edge *v0, const uint8_t *nb, size_t n, size_t k,
                             int fr6)
{
    struct digest_edge v[16];
    uint8_t named[16];
    uint16_t lang[8];
    for (size_t i = 0; i < 8; i++)
        lang[i] = (uint16_t)('e' | 'n' << 8);
    if (fr6)
        lang[6] = (uint16_t)('f' | 'r' << 8);
    memcpy(v, v0, n * sizeof *v);
    memcpy(named, nb, n);
    struct digest_edges e = {.v = v, .n = n, .cap = n, .named = named};
    digest_names_apart(lang, 8, &e);
    return v[k].cos;
}

/* Two stories' names, met through the kind's words (day 57): the tax
 * bill's 0, 1, 2 share names ("Colorado", "property tax"); 2 ("Rural
 * school districts warn tax cut could cost them teachers") shares with the
 * strike vote's 3, 4, 5 words alone ("school", "district", "teachers"),
 * and none of its posts of names is the vote's neighbour: 2-3 is thin. */
static void test_names_apart(void)
{
    const uint8_t W = EDGE_NO_NAME;
    const struct digest_edge v[] = {
        {0, 1, 0.30f, 0}, {0, 2, 0.20f, 0}, {1, 2, 0.25f, 0}, {2, 3, 0.14f, 0}, {3, 4, 0.30f, 0},
        {4, 5, 0.30f, 0}, {3, 5, 0.30f, 0}, {2, 6, 0.14f, 0}, {0, 3, 0.05f, 0}, {6, 7, 0.30f, 0}};
    const uint8_t nb[] = {1, 1, 1, W, W, W, W, W, 1, 1};
    ok(names_apart_cos(v, nb, 8, 3, 0) == 0, "two edges of names elsewhere, words alone: thin");
    ok(names_apart_cos(v, nb, 8, 4, 0) > 0, "the vote's own edges of words weigh");
    ok(names_apart_cos(v, nb, 8, 0, 0) > 0, "an edge of names weighs");
    ok(names_apart_cos(v, nb, 9, 3, 0) > 0,
       "a post of names the other post neighbours (0-3): the edge weighs");
    const uint8_t one[] = {1, W, 1, W, W, W, W, W, 1, 1};
    ok(names_apart_cos(v, one, 8, 3, 0) > 0, "one edge of names elsewhere: the edge weighs");
    const struct digest_edge low[] = {
        {0, 1, 0.30f, 0}, {0, 2, 0.20f, 0}, {1, 2, 0.25f, 0}, {2, 3, 0.08f, 0}};
    ok(names_apart_cos(low, nb, 4, 3, 0) > 0, "below a body of words (0.08): the edge weighs");
    ok(names_apart_cos(v, nb, 10, 7, 1) > 0, "two languages: the edge weighs");
    ok(names_apart_cos(v, nb, 10, 7, 0) == 0, "(one language: thin)");
}

static double edge_weight(const struct digest_post *ps, size_t n, size_t a, size_t b)
{
    return edge_weight_cap(ps, n, n, a, b);
}

/* Four French posts of other stories (the channel's language), for tests of
 * two English posts on a French channel: the window's background. */
// clang-format off
#define FR_BACKGROUND                                                                   \
    {.lang = "fr", .title = "Match nul au stade",                                       \
     .body = "Les deux équipes se sont quittées sur un score nul samedi soir."},        \
    {.lang = "fr", .title = "Horoscope du jour",                                        \
     .body = "Les Gémeaux devront faire preuve de patience ce dimanche."},              \
    {.lang = "fr", .title = "Météo : du soleil",                                        \
     .body = "Le soleil brillera sur la plupart des régions lundi."},                   \
    {.lang = "fr", .title = "Bourse : la semaine",                                      \
     .body = "Les marchés ont terminé la semaine en légère hausse vendredi."}
// clang-format on

/* Two French posts of other stories (a capsize on the Maroni, a fever's
 * new cases), the window's background for the interview and denial tests:
 * they give the key weights their spread. */
// clang-format off
#define GUYANE_BACKGROUND                                                               \
    {.lang = "fr", .title = "Naufrage d'une pirogue sur le Maroni",                    \
     .body = "Une pirogue a chaviré mardi sur le Maroni près d'Apatou, trois passagers " \
             "sont portés disparus."},                                                  \
    {.lang = "fr", .title = "Oropouche : vingt nouveaux cas confirmés",                \
     .body = "L'agence régionale de santé a confirmé vingt nouveaux cas de fièvre "     \
             "d'Oropouche en une semaine."}
// clang-format on

/* Day 48: the English service of a French channel in Libreville names
 * Gabon in most of its titles. Its landslide ("... in Gabon's capital")
 * and its teachers' strike ("... in Gabon over unpaid wages") share the
 * country (a name like "France", which the alias table leaves out), the
 * capital and a dateline's half: no name of their own, so three whole
 * features short of an edge (digest_country()), and, without the minor
 * language's hub (minor_hubs()), too little for a weak link: two of them
 * joined a story of two in digest_attach(). */
static void test_minor_hub(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Landslide kills at least four in Gabon's capital",
         .body = "LIBREVILLE, Oct 13 (Reuters) - A hillside collapsed onto homes in Libreville "
                 "after a night of torrential rain, killing at least four people including two "
                 "children and leaving several others missing, Gabonese rescue officials said on "
                 "Tuesday."},
        {.lang = "en",
         .title = "Teachers walk out in Gabon over unpaid wages",
         .body = "LIBREVILLE (AP) - Public school teachers in and around Gabon's capital walked "
                 "off the job on Tuesday, demanding back pay they say the government has owed "
                 "them for a year and a half, and leaving thousands of pupils without lessons."},
        {.lang = "en",
         .title = "Death toll in Gabon mudslide rises to nine",
         .body = "LIBREVILLE (AP) - The number of people killed when a rain-soaked slope gave way "
                 "on a poor neighborhood of Gabon's capital rose to nine on Tuesday."},
        FR_BACKGROUND,
    };
    ok(!edge_in(ps, 7, 0, 1), "the landslide and the strike, through the country: no edge");
    ok(!weak_in(ps, 7, 0, 1), "nor a weak link through the minor language's hub");
    ok(!weak_in(ps, 7, 1, 2), "the strike and the death toll: no weak link either");
    ok(edge_in(ps, 7, 0, 2) || weak_in(ps, 7, 0, 2), "the landslide's two posts still link");
}

/* Day 68: the English service of a French channel in Ouagadougou. Its
 * heatwave ("Burkina Faso heatwave kills 31 in capital") and its gas
 * depot fire ("Gas depot fire kills 4 in Burkina Faso capital") share the
 * country, the capital and the toll. "Burkina Faso" is written alike in
 * French and English, a country the alias table leaves out as it leaves
 * out "Gabon": no name of their own, so the toll counts nothing and the
 * two fall short of an edge (digest_country(), eval/README.md,
 * forty-third round). The fire's English and French reports still link.
 * The heatwave's dateline is left out: the town, in most of the day's
 * posts, is past df_cap there; and so is "Faso" as a longer name's last
 * word ("Quotidien du Faso", "Loterie du Faso"), here in two more posts
 * with a df_cap of three. */
static void test_country_alike(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Burkina Faso heatwave kills 31 in capital",
         .body = "A heatwave gripping Burkina Faso has killed at least 31 people in "
                 "the capital this week, health officials said on Wednesday, as temperatures "
                 "topped 45 degrees Celsius. Doctors said most of the victims were elderly people "
                 "and infants suffering from severe dehydration."},
        {.lang = "en",
         .title = "Gas depot fire kills 4 in Burkina Faso capital",
         .body = "OUAGADOUGOU (AP) - A fire at a cooking gas depot in Burkina Faso's capital "
                 "killed at least four people and injured 15 on Wednesday, setting off a chain of "
                 "explosions that sent residents fleeing, firefighters said. The blaze in the "
                 "Tampouy neighborhood was brought under control by late morning."},
        {.lang = "fr",
         .title = "Ouagadougou : deux morts dans l'incendie d'un dépôt de gaz",
         .body = "OUAGADOUGOU, 14 avr (AFP) - Au moins deux personnes ont été tuées et une "
                 "dizaine blessées mercredi matin dans l'incendie d'un dépôt de gaz butane à "
                 "Ouagadougou, selon la brigade nationale des sapeurs-pompiers."},
        {.lang = "fr",
         .title = "Loterie : les numéros gagnants du tirage de mardi",
         .body = "Voici les numéros gagnants du tirage de mardi de la Loterie du Faso."},
        {.lang = "fr",
         .title = "Le Quotidien du Faso sur votre téléphone",
         .body = "Abonnez-vous au Quotidien du Faso numérique pour 1 000 francs CFA par mois."},
        FR_BACKGROUND,
    };
    double two = edge_weight_cap(ps, 9, 3, 0, 1), fire = edge_weight_cap(ps, 9, 3, 1, 2);
    ok(two <= 0, "the heatwave and the fire, through the country: no edge that weighs (%g)", two);
    ok(fire > 0, "the fire's English and French reports weigh (%g)", fire);
}

/* Day 63 (Port of Spain): the local desk's "Ammonia leak at Point Lisas
 * plant" and the wire's "Ammonia leak sends 19 to hospital in Trinidad",
 * one story, each title naming a place two posts or more hold. Trinidad
 * and Tobago is a country (the alias table's, sixty-fourth round), not a
 * story's name: the pair is not read as two titles that name two stories
 * and share no name (digest_pairs()), and is an edge. */
static void test_country_caribbean(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Ammonia leak at Point Lisas plant, 14 workers in hospital",
         .body = "Fourteen workers were taken to hospital with breathing problems after "
                 "ammonia leaked from a storage tank at the Gulfview Ammonia plant in the Point "
                 "Lisas Industrial Estate on Wednesday morning, the company said."},
        {.lang = "en",
         .title = "Ammonia leak sends 19 to hospital in Trinidad",
         .body = "COUVA, Trinidad and Tobago A leak at an ammonia plant on Trinidad's west "
                 "coast sent 19 people to hospitals on Wednesday and forced authorities to order "
                 "residents of surrounding communities to shelter indoors, officials said."},
        {.lang = "en",
         .title = "Point Lisas shelter-in-place order lifted",
         .body = "The shelter-in-place order around Point Lisas was lifted on Wednesday "
                 "afternoon after the leak was sealed."},
        {.lang = "en",
         .title = "Two young siblings killed in Trinidad house fire",
         .body = "Two children died when fire destroyed their family's wooden house in Diego "
                 "Martin, Trinidad, on Wednesday, the fire service said."},
        {.lang = "en",
         .title = "Match drawn at the stadium",
         .body = "The two teams shared the points on Saturday night."},
        {.lang = "en",
         .title = "Markets end the week higher",
         .body = "Stocks closed the week slightly higher on Friday."},
    };
    ok(edge_in(ps, 6, 0, 1), "the leak's two reports, one titled with the country: an edge");
    ok(!edge_in(ps, 6, 1, 3), "the leak and the house fire, through the country: no edge");
}

/* Day 62: two AP posts filed from Honiara, the police patrols before the
 * confidence vote and the dengue outbreak, share the country, its capital
 * by name and the word the wire glosses it with ("the Solomon Islands
 * capital"), nothing that says what happened: the place the service writes
 * from, a thin edge (digest_place_capital()). The outbreak's two posts,
 * which share the fever, weigh. */
static void test_place_capital(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Police step up patrols in Honiara ahead of confidence vote",
         .body = "HONIARA (AP) - Police in the Solomon Islands capital said late Tuesday they "
                 "would increase patrols in Chinatown and around Parliament House ahead of next "
                 "week's no-confidence vote, recalling the unrest that has followed past "
                 "leadership contests."},
        {.lang = "en",
         .title = "Dengue outbreak fills hospital corridors in Solomon Islands capital",
         .body = "HONIARA (AP) - Patients with dengue fever are sharing beds and lying on "
                 "mattresses in corridors at the main hospital in Honiara, the Solomon Islands "
                 "capital, where the number of cases has tripled in a month, health officials "
                 "said Tuesday."},
        {.lang = "en",
         .title = "Dengue cases triple in Honiara, three dead",
         .body = "Dengue fever cases in Honiara have tripled in a month to more than 1,900, and "
                 "three people, two of them children, have died, the Ministry of Health said on "
                 "Tuesday."},
        {.lang = "en",
         .title = "Match drawn at the stadium",
         .body = "The two teams shared the points on Saturday night."},
        {.lang = "en",
         .title = "Markets end the week higher",
         .body = "Stocks closed the week slightly higher on Friday."},
        {.lang = "en",
         .title = "Sunny weekend ahead",
         .body = "The sun will shine over most regions on Monday."},
    };
    ok(edge_weight(ps, 6, 0, 1) <= 0, "the patrols and the outbreak, through the capital: thin");
    ok(edge_weight(ps, 6, 1, 2) > 0, "the outbreak's two posts weigh");
}

/* Day 50's shape: two English posts on a French channel (the minor
 * language) whose titles share a casualty verb and the country ("kills",
 * "Togo"), and whose bodies share the generic count ("people", "others"):
 * the tainted liquor and the lightning strike. The toll's words count
 * nothing for two minor-language posts that share no name of their own. */
static void test_minor_toll(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Tainted palm liquor kills six at Togo funeral",
         .body = "LOME, Aug 25 (Reuters) - At least six people have died and about 30 others are "
                 "in hospital in Togo after drinking palm spirit suspected of being laced with "
                 "methanol at a funeral north of the capital, health officials said on Tuesday."},
        {.lang = "en",
         .title = "Lightning kills three worshippers in northern Togo",
         .body = "DAPAONG, Togo Lightning struck a church in northern Togo during a prayer service "
                 "on Tuesday, killing three people and injuring 17 others, local authorities "
                 "said."},
        {.lang = "en",
         .title = "Death toll from bootleg liquor in Togo rises to 11",
         .body = "LOME (AP) - The number of people killed by methanol-tainted homemade alcohol "
                 "served at a funeral in southern Togo has risen to 11, the health ministry "
                 "said late Tuesday."},
        FR_BACKGROUND,
    };
    ok(!edge_in(ps, 7, 0, 1), "the liquor and the lightning, through the toll: no edge");
    ok(!weak_in(ps, 7, 0, 1), "nor a weak link");
    ok(edge_in(ps, 7, 0, 2) || weak_in(ps, 7, 0, 2), "the liquor's two posts still link");
}

/* Day 63: a flood that killed and a house fire that killed, one country.
 * "One dead as freak downpour floods Chaguanas" and "Two young siblings
 * killed in Trinidad house fire" meet each other's post through the toll
 * ("dead" and "killed" are one word) and the island, and share "home" in
 * their copy: six halves, two of them the toll's. Every deadly story's
 * title gives its toll: a thin edge, and no link for digest_attach(), so
 * that the fire's lone post is not taken home by three such edges to the
 * flood's posts. Two posts of the flood, whose titles meet through
 * "flood", weigh. Here the island is a county (Caroni): Trinidad is a
 * country of the alias table since the sixty-fourth round, and the day's
 * pair, sharing the country and the toll, is no edge at all. */
static void test_toll_titles(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "One dead as freak downpour floods Chaguanas",
         .body = "A 71-year-old man drowned in his home in Felicity and hundreds of families were "
                 "trapped by rising water after more than 150 millimetres of rain fell on central "
                 "Caroni overnight, the Office of Disaster Preparedness and Management said."},
        {.lang = "en",
         .title = "Two young siblings killed in Caroni house fire",
         .body =
             "DIEGO MARTIN (AP) - Two young siblings were killed when a fire swept through "
             "their wooden home on the outskirts of Caroni's main town before dawn, according to "
             "fire officials."},
        {.lang = "en",
         .title = "Caroni flood toll rises to three as river begins to fall",
         .body = "A third person has died in the floods that swamped central Caroni, police said "
                 "on Wednesday afternoon, after the body of a man swept away while crossing a "
                 "flooded road in Longdenville was found in a cane field. About 1,400 homes were "
                 "flooded and 260 people spent the day in shelters."},
        {.lang = "en",
         .title = "Gas prices going up on Friday, Finance Minister says",
         .body = "The price of super gasoline will rise by TT$1 a litre from Friday, the Finance "
                 "Minister of Trinidad and Tobago announced on Wednesday morning."},
        {.lang = "en",
         .title = "Cricket: Red Force win by five wickets",
         .body = "Trinidad and Tobago Red Force beat the Scorpions by five wickets at the Queen's "
                 "Park Oval."},
    };
    /* The country, in every post ("Trinidad and Tobago"), is past
     * df_cap, as on the day; the county, in three, is not. */
    double toll = edge_weight_cap(ps, 5, 4, 0, 1), flood = edge_weight_cap(ps, 5, 4, 0, 2);
    int flags = edge_flags(ps, 5, 4, 0, 1);
    ok(toll == 0, "the flood and the fire, met through the toll: a thin edge (%g)", toll);
    ok(flags >= 0 && (flags & 2), "and no link for digest_attach() (%d)", flags);
    ok(flood > 0, "two posts of the flood weigh: %g", flood);

    /* digest_attach(): a lone post (3) with thin edges to each post of a
     * story of three joins it as a place they share; met through the toll
     * alone (named bit 1), it stays alone. */
    const struct digest_edge v[] = {{0, 1, 0.3f, 1}, {0, 2, 0.3f, 1}, {1, 2, 0.3f, 1},
                                    {0, 3, 0.0f, 0}, {1, 3, 0.0f, 0}, {2, 3, 0.0f, 0}};
    uint8_t place[] = {1, 1, 1, 1, 1, 1}, tolled[] = {1, 1, 1, 3, 3, 3};
    for (int t = 0; t < 2; t++) {
        struct digest_edges e = {
            .v = (struct digest_edge *)v, .n = 6, .cap = 6, .named = t ? tolled : place};
        struct groups g;
        g.parent = malloc(4 * sizeof *g.parent);
        g.pin = calloc(4, 1);
        for (size_t c = 0; c < 4; c++)
            g.parent[c] = c;
        digest_link(&e, 4, 0.5, &g);
        digest_attach(&e, NULL, 4, &g, NULL, NULL);
        int together = uf_find(g.parent, 3) == uf_find(g.parent, 0);
        if (t)
            ok(!together, "the toll's thin edges: the lone post stays alone");
        else
            ok(together, "a place's thin edges: the lone post joins the story");
        free(g.parent);
        free(g.pin);
    }
}

/* Day 68: the heatwave and the coach that fell into a river, one
 * country. "Burkina : la vague de chaleur a fait au moins 23 morts à
 * Ouagadougou" and "Burkina : au moins onze morts dans la chute d'un
 * autocar dans un fleuve" meet through the country's rubric, the toll
 * and the toll's "au moins": the count's qualifier ("at least") is the
 * toll's as much as "morts" is, and every deadly story's first report
 * writes it.
 * A thin edge (pair_toll_met(), eval/README.md, forty-third round); two
 * posts of the coach weigh. */
static void test_toll_at_least(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Burkina : la vague de chaleur a fait au moins 23 morts à Ouagadougou",
         .body = "La vague de chaleur qui frappe le pays "
                 "depuis une semaine a fait au moins vingt-trois morts à Ouagadougou, où le "
                 "thermomètre a dépassé 45 °C mardi, selon le ministère de la Santé."},
        {.lang = "fr",
         .title = "Burkina : au moins onze morts dans la chute d'un autocar dans un fleuve",
         .body = "BOROMO, 14 avr (AFP) - Au moins onze personnes ont été tuées mercredi au "
                 "Burkina Faso quand un autocar est tombé d'un pont dans le fleuve Mouhoun, sur "
                 "la route nationale 1 reliant la capitale à Bobo-Dioulasso. Une trentaine de "
                 "blessés ont été admis au centre médical de Boromo."},
        {.lang = "fr",
         .title = "Un car tombe dans le Mouhoun à Boromo : neuf morts",
         .body = "Neuf personnes ont péri mercredi vers 6 heures lorsqu'un car de transport en "
                 "commun reliant Ouagadougou à Bobo-Dioulasso a quitté la chaussée et chuté dans "
                 "le fleuve Mouhoun, à la sortie de Boromo, selon un bilan provisoire de la "
                 "protection civile."},
        {.lang = "fr",
         .title = "Sages-femmes : rendez-vous jeudi au ministère de la Fonction publique",
         .body = "Les syndicats de sages-femmes seront reçus jeudi au ministère de la Fonction "
                 "publique, au deuxième jour d'une grève de 72 heures."},
        GUYANE_BACKGROUND,
    };
    double two = edge_weight(ps, 6, 0, 1), coach = edge_weight(ps, 6, 1, 2);
    ok(two <= 0, "the heatwave and the coach, met through the toll: no edge that weighs (%g)", two);
    ok(coach > 0, "two posts of the coach weigh (%g)", coach);
}

/* Day 46: the moto-taxi strike seen from the street and the market fire,
 * on a channel whose home town is in most titles. Both titles hold the
 * town, the strike's copy names the market once, and both say
 * "commerçantes". When the town is the day's hub (more posts hold it than
 * df_cap), its word in both titles counts nothing: no edge. When it is
 * not, the town is a name they share: an edge. */
static void test_hub_word(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Sans zémidjans, Cotonou se déplace à pied",
         .body = "Privés de leurs taxis habituels, des milliers d'élèves, de fonctionnaires et de "
                 "commerçantes ont parcouru plusieurs kilomètres mercredi ou se sont entassés "
                 "dans les rares minibus en circulation. Certains tricycles ont triplé leurs "
                 "tarifs entre Dantokpa et Akpakpa."},
        {.lang = "fr",
         .title = "Incendie de Dantokpa : le maire de Cotonou promet un fonds",
         .body = "Le maire a annoncé un fonds d'urgence pour les commerçantes sinistrées."},
        {.lang = "fr",
         .title = "Football : victoire des Guépards face au Niger à Cotonou",
         .body = "Les Guépards ont battu le Niger deux buts à zéro."},
        {.lang = "fr",
         .title = "Météo : des orages attendus sur Cotonou jeudi",
         .body = "De fortes pluies sont attendues sur le littoral."},
        {.lang = "fr",
         .title = "Santé : une campagne de vaccination lancée",
         .body = "La campagne contre la rougeole vise les enfants de moins de cinq ans dans les "
                 "quartiers populaires, les écoles primaires et les centres de santé "
                 "communautaires du littoral, avec des équipes mobiles venues de Cotonou."},
    };
    /* The town is a name of all five posts, a word of the first four
     * (the fifth names it past the words read): a hub at df_cap 4. */
    ok(edge_weight_cap(ps, 5, 4, 0, 1) < 0,
       "the strike and the fire, met through the hub's word in both titles: no edge");
    ok(edge_weight_cap(ps, 5, 8, 0, 1) >= 0, "the same town, no hub: a name they share, an edge");
}

/* Day 26: an emergency landing and an abattoir closed in one district.
 * The landing's post and an abattoir post share the district's name in
 * both titles (with its last word and the words inside it, five halves)
 * and nothing else: an edge, for the neighbourhoods and for
 * digest_attach(), but one that weighs nothing, so that average linkage
 * never merges through it. Two abattoir posts, whose titles also share
 * "abattoir", weigh. */
static void test_thin_place(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Atterrissage forcé à Port-Bouët : neuf blessés légers",
         .body = "Neuf passagers ont été légèrement blessés lors de l'évacuation du vol d'Air "
                 "Lagune, contraint à un atterrissage forcé mercredi soir à Port-Bouët."},
        {.lang = "fr",
         .title = "Abattoir de Port-Bouët : deux tonnes de viande avariée saisies",
         .body = "Les services vétérinaires ont saisi deux tonnes de viande impropre à la "
                 "consommation à l'abattoir de Port-Bouët, où des carcasses étaient stockées."},
        {.lang = "fr",
         .title = "Port-Bouët : l'abattoir fermé pour une semaine",
         .body = "Le ministre a ordonné la fermeture pour une semaine de l'abattoir de "
                 "Port-Bouët, après la découverte de carcasses avariées."},
        {.lang = "fr",
         .title = "Grève des enseignants : les écoles fermées à Bouaké",
         .body = "Les enseignants du primaire ont cessé le travail lundi à Bouaké pour "
                 "réclamer le paiement de leurs primes."},
        {.lang = "fr",
         .title = "Football : le sélectionneur limogé après la défaite",
         .body = "La fédération a limogé le sélectionneur national au lendemain de la "
                 "défaite en match amical contre le Ghana."},
        {.lang = "fr",
         .title = "Choléra : douze cas confirmés à Korhogo",
         .body = "Les autorités sanitaires ont confirmé douze cas de choléra à Korhogo, "
                 "où une campagne de vaccination commence jeudi."},
        {.lang = "fr",
         .title = "Mobile money : la nouvelle taxe contestée",
         .body = "Les opérateurs de téléphonie contestent la taxe de 0,5 % sur les "
                 "transferts d'argent par mobile money votée par les députés."},
    };
    double thin = edge_weight(ps, 7, 0, 1), story = edge_weight(ps, 7, 1, 2);
    ok(thin == 0, "the landing and the abattoir, met through the district alone: weight %g", thin);
    ok(story > 0, "two abattoir posts weigh: %g", story);
}

/* Day 45: "Spanish Town schools told to clear breeding sites before
 * classes" (the dengue outbreak) and "Fire rips through Spanish Town
 * market" share the town and nothing else. The first title opens on it,
 * where a capital says nothing, so only the other title holds it as a
 * name, and it made that title's topic; but both titles hold its words.
 * A town that opens one title and is named in the other is in both: one
 * name, the edge is thin. Day 46's "Ganvié, la « Venise de l'Afrique », et
 * ses défis" and "Deuil à Ganvié : « Ma sœur allait vendre son poisson »",
 * a town of one word, the same. Two posts of the fire weigh. */
static void test_opener_town(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Spanish Town schools told to clear breeding sites before classes",
         .body = "Principals in Spanish Town have been told to check their school compounds for "
                 "standing water before classes begin on Thursday morning, as the parish battles "
                 "a dengue outbreak. Children with a fever should be kept at home."},
        {.lang = "en",
         .title = "Fire rips through Spanish Town market",
         .body = "A fire swept through the old section of the Spanish Town market on Wednesday "
                 "night, destroying dozens of stalls and sending thick smoke over the centre of "
                 "the town. Firefighters from three stations were called in."},
        {.lang = "en",
         .title = "Vendors count their losses after Spanish Town market fire",
         .body = "Vendors who lost their stock in the Spanish Town market fire said on Thursday "
                 "that they had no insurance. Dozens of stalls were destroyed by the fire."},
        {.lang = "en",
         .title = "Bus fares to rise by a quarter from January",
         .body = "The transport authority said on Wednesday that bus fares would rise by a "
                 "quarter from January to cover the cost of fuel."},
        {.lang = "en",
         .title = "Alumina refinery to close with 800 jobs lost",
         .body = "The owner of the alumina refinery said it would close the plant in March, "
                 "with the loss of 800 jobs."},
        {.lang = "fr",
         .title = "Ganvié, la « Venise de l'Afrique », et ses défis",
         .body = "Fondée au XVIIIe siècle, la cité de Ganvié compte aujourd'hui plus de 30 000 "
                 "habitants vivant sur pilotis, confrontés à l'envasement du lac."},
        {.lang = "fr",
         .title = "Deuil à Ganvié : « Ma sœur allait vendre son poisson »",
         .body = "Sur les pilotis de Ganvié, les familles des victimes du naufrage de mercredi "
                 "veillaient dans la nuit. Le chef d'arrondissement a décrété trois jours de "
                 "deuil."},
        {.lang = "fr",
         .title = "Cotonou : la grève des taxis-motos se durcit",
         .body = "Les conducteurs de taxis-motos ont bloqué mercredi les principaux carrefours "
                 "de Cotonou pour protester contre la hausse du prix de l'essence."},
    };
    double town = edge_weight(ps, 8, 0, 1), story = edge_weight(ps, 8, 1, 2);
    double ganvie = edge_weight(ps, 8, 5, 6);
    ok(town == 0, "the schools and the market fire, met through the town alone: weight %g", town);
    ok(story > 0, "two posts of the market fire weigh: %g", story);
    ok(ganvie <= 0, "the stilt town's bid and the capsize's grief, met through it alone: %g",
       ganvie);
}

/* Day 44: a dengue ward opened at a town's hospital, and a newborn taken
 * from the same hospital's maternity ward. The dengue post and the
 * newborn's share the hospital's name, its town and "hôpital", in both
 * titles: a place, and no word or figure of what happened. Their edge
 * weighs nothing, as a thin one does; two posts of the newborn's story,
 * which share "enlevé", weigh. */
static void test_place_event(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Hôpital Dr-Bhujun : une salle réservée aux malades de la dengue",
         .body = "L'hôpital Dr-Bhujun de Quatre-Bornes a ouvert mardi une salle de trente lits "
                 "réservée aux patients atteints de dengue, dont le nombre a doublé en une "
                 "semaine. Les consultations de fièvre ont été regroupées au rez-de-chaussée."},
        {.lang = "fr",
         .title = "Quatre-Bornes : un nouveau-né enlevé à la maternité de l'hôpital Dr-Bhujun",
         .body = "Un nourrisson de deux jours a été enlevé mardi en fin d'après-midi dans le "
                 "service de maternité de l'hôpital Dr-Bhujun, à Quatre-Bornes, par une femme "
                 "vêtue d'une blouse d'infirmière."},
        {.lang = "fr",
         .title = "Le bébé enlevé à Quatre-Bornes retrouvé sain et sauf à Bambous",
         .body = "Le nouveau-né enlevé mardi à l'hôpital Dr-Bhujun a été retrouvé sain et sauf "
                 "peu après 1 heure du matin dans une maison de Bambous, où une femme de 31 ans "
                 "a été arrêtée."},
        {.lang = "fr",
         .title = "Dengue : 212 cas à Maurice, Quatre-Bornes la plus touchée",
         .body = "Le ministère de la Santé a recensé 212 cas de dengue depuis janvier à Maurice, "
                 "dont 64 dans la ville de Quatre-Bornes."},
        {.lang = "fr",
         .title = "Port-Louis : les dockers en grève, le port paralysé",
         .body = "Les quelque 900 dockers de la SMM ont cessé le travail mardi matin au port de "
                 "Port-Louis pour réclamer une hausse de 12 % de leurs salaires."},
        {.lang = "fr",
         .title = "Carburants : l'essence augmente de 4 roupies dès minuit",
         .body = "Le prix du litre d'essence passera de 66,50 à 70,50 roupies à minuit, et celui "
                 "du gazole de 58,20 à 61,20 roupies."},
        {.lang = "fr",
         .title = "Avis de vent fort sur la côte nord",
         .body = "Les services météorologiques ont émis mardi soir un avis de vent fort."},
    };
    double place = edge_weight(ps, 7, 0, 1), story = edge_weight(ps, 7, 1, 2);
    ok(place == 0, "the dengue ward and the newborn, met at the hospital alone: weight %g", place);
    ok(story > 0, "two posts of the newborn's story weigh: %g", story);
}

/* Day 58: the assembly's vote on autonomy and the blackout, two stories
 * that quote one radio interview of the Collectivité's president. The
 * blackout's interview post (a station named, someone quoted) and the
 * vote's committee post share no quote, but both titles name "la CTG" and
 * both copies the Collectivité territoriale de Guyane: titles that meet
 * through a name alone, no word of what happened. The edge weighs
 * nothing; two posts of the vote weigh. */
static void test_interview_office(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Évolution statutaire : la commission de la CTG adopte le projet",
         .body = "La commission des affaires institutionnelles de la Collectivité territoriale de "
                 "Guyane a adopté mardi soir, par neuf voix contre trois, le projet de résolution "
                 "demandant à l'État un statut d'autonomie, qui sera soumis jeudi au vote de "
                 "l'Assemblée de Guyane."},
        {.lang = "fr",
         .title = "Black-out : le président de la CTG dénonce un réseau « à bout de souffle »",
         .body = "« La Guyane ne peut plus attendre que tout se décide à sept mille kilomètres "
                 "d'ici », a lancé mardi soir sur Radio Kalawachi le président de la Collectivité "
                 "territoriale de Guyane, Gaston Horth-Lafleur, en appelant à accélérer la "
                 "construction de nouvelles capacités de production."},
        {.lang = "fr",
         .title = "Statut d'autonomie : l'Assemblée de Guyane vote jeudi",
         .body = "Les élus de l'Assemblée de Guyane se prononceront jeudi sur le projet de "
                 "résolution de la commission, qui demande à l'État un statut d'autonomie."},
        {.lang = "fr",
         .title = "Coupure de courant : 52 000 foyers privés d'électricité",
         .body = "La coupure de courant s'est étendue dans la soirée à Kourou et Macouria, "
                 "privant 52 000 foyers d'électricité, selon le gestionnaire du réseau."},
        GUYANE_BACKGROUND,
    };
    double office = edge_weight(ps, 6, 0, 1), vote = edge_weight(ps, 6, 0, 2);
    ok(office <= 0, "the vote and the blackout's interview, met through the CTG alone: %g", office);
    ok(vote > 0, "two posts of the vote weigh: %g", vote);
}

/* Day 61: the minister of Finance, heard on one station, quoted word for
 * word in the budget's post and in the teachers' strike's. The two
 * interview posts share the guest, his office and the quote; their titles
 * meet each other's copy through the guest's name and "Finances" alone,
 * no word that names no one: the edge weighs nothing. Two posts of the
 * strike still weigh, the interview post and the teachers' vote. */
static void test_interview_names(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Budget : Ramzi Tohmé-Karam défend un texte « réaliste »",
         .body = "« On ne remplit pas les caisses de l'État avec des promesses, on les remplit "
                 "avec des recettes », a déclaré mercredi matin sur Radio Cèdre FM le ministre "
                 "des Finances, Ramzi Tohmé-Karam, quelques heures avant le débat sur le budget "
                 "2027 au Parlement. Il a défendu la hausse de la TVA sur les produits de luxe et "
                 "le relèvement des droits de douane sur les voitures neuves."},
        {.lang = "fr",
         .title = "Enseignants contractuels : le ministre des Finances exclut une rallonge",
         .body = "« On ne remplit pas les caisses de l'État avec des promesses, on les remplit "
                 "avec des recettes », a répondu mercredi sur Radio Cèdre FM Ramzi Tohmé-Karam, "
                 "interrogé sur les revendications des enseignants contractuels en grève depuis "
                 "lundi. Il a assuré que les heures de décembre seraient versées « avant la fin "
                 "du mois »."},
        {.lang = "fr",
         .title = "Les contractuels prolongent leur mouvement jusqu'à lundi",
         .body = "Réunis en assemblée générale mercredi après-midi, les comités des enseignants "
                 "contractuels ont décidé de prolonger leur débrayage jusqu'à lundi au moins, "
                 "jugeant « insuffisante » la promesse de paiement du ministre des Finances."},
        {.lang = "fr",
         .title = "Le Parlement libanais adopte le budget 2027",
         .body = "Le Parlement libanais a adopté mercredi en fin d'après-midi le budget 2027 par "
                 "68 voix contre 29 et 9 abstentions, au terme d'une séance de plus de six "
                 "heures."},
        GUYANE_BACKGROUND,
    };
    double guest = edge_weight(ps, 6, 0, 1), strike = edge_weight(ps, 6, 1, 2);
    ok(guest <= 0, "the budget's and the strike's interview posts, met through names: %g", guest);
    ok(strike > 0, "two posts of the strike weigh: %g", strike);
}

/* Day 93: the prime minister on one morning show, her words quoted word
 * for word in the dock strike's post ("PM to dockers and teachers: ...")
 * and the teachers' march's ("Cadle tells teachers: talk, don't close
 * schools"). A title that reports a remark (digest_remark.c) gives the
 * speaker, the verb of address, the audience and the message: the verb
 * and the message are the interview's, so the two titles meet through
 * one word of their topic, "teachers", and the interview's pair has no
 * edge. Two posts of the strike still weigh, and so do two of the march. */
static void test_remark_title(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "PM to dockers and teachers: 'Nobody wins by shutting the country down'",
         .body = "Prime Minister Marisol Cadle called on striking stevedores to go back to work "
                 "while talks continue, telling Radio Coral 96.5's \"Morning Tide\" on Thursday: "
                 "\"Nobody wins anything by shutting the country down, not on the docks and not "
                 "in the classrooms.\" Cadle said the Labour Department would chair talks between "
                 "the union and the port company on Friday."},
        {.lang = "en",
         .title = "Cadle tells teachers: talk, don't close schools",
         .body = "Prime Minister Marisol Cadle urged teachers on Thursday to negotiate instead of "
                 "closing schools, telling Radio Coral 96.5's \"Morning Tide\": \"Nobody wins "
                 "anything by shutting the country down, not on the docks and not in the "
                 "classrooms.\" Federation president Elena Cho replied that teachers had asked "
                 "for a meeting six times since October."},
        {.lang = "en",
         .title = "Port of Belize strike enters second day, ships queue offshore",
         .body = "Stevedores at the Port of Belize stayed off the job for a second day on "
                 "Thursday, leaving 14 cargo ships waiting at anchor off Belize City as the "
                 "union pressed its demand for a 12 percent pay rise. The port company says it "
                 "cannot pay more than 5 percent this year."},
        {.lang = "en",
         .title = "Belize dock strike strands fuel and food cargo",
         .body = "BELIZE CITY: Nineteen ships were waiting to unload at the Port of Belize on "
                 "Thursday evening, including two fuel tankers, as a dockworkers' strike "
                 "stretched into its second day. Supermarkets said flour could run short."},
        {.lang = "en",
         .title = "Thousands of teachers march on Belmopan",
         .body = "Several thousand teachers from every district marched from the Belmopan market "
                 "square to the National Assembly on Thursday to protest against a government "
                 "plan to raise their pension contributions. Most schools were closed for the "
                 "day after the Belize Teachers' Federation called members out."},
        {.lang = "en",
         .title = "Belize teachers rally outside parliament over pensions",
         .body = "BELMOPAN (AP) - Thousands of Belizean teachers rallied outside the National "
                 "Assembly on Thursday, waving placards against a pension overhaul they say "
                 "will cut their pay. Police said the demonstration was peaceful."},
        {.lang = "en",
         .title = "Tourists rescued after reef boat sinks",
         .body = "Coast guard crews rescued eleven tourists on Thursday after their reef tour "
                 "boat took on water and sank near the barrier reef."},
        {.lang = "en",
         .title = "Land fraud trial hears from surveyor",
         .body = "A government surveyor told the Supreme Court on Thursday that the disputed "
                 "parcels had never been measured before they were sold."},
    };
    double remark = edge_weight(ps, 8, 0, 1), dock = edge_weight(ps, 8, 2, 3),
           march = edge_weight(ps, 8, 4, 5);
    ok(remark <= 0, "the strike's and the march's posts of one remark: no edge: %g", remark);
    ok(dock > 0, "two posts of the strike weigh: %g", dock);
    ok(march > 0, "two posts of the march weigh: %g", march);
}

/* Day 61: the geophysicists' "Pas de lien avec l'effondrement de Bab
 * el-Tebbaneh" (the quake felt in Beirut) names the morning's building
 * collapse to deny it: the words after the denial, to the clause's end,
 * make no key. No edge to the collapse's posts, whose own edge still
 * weighs. */
static void test_denial(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Liban : un immeuble s'effondre à Tripoli, au moins quatre morts",
         .body = "Un immeuble de quatre étages s'est effondré mercredi à l'aube dans le quartier "
                 "populaire de Bab el-Tebbaneh, à Tripoli, dans le nord du Liban, faisant au moins "
                 "quatre morts et une dizaine de blessés, selon la Défense civile."},
        {.lang = "fr",
         .title = "Pas de lien avec l'effondrement de Bab el-Tebbaneh, assurent les géophysiciens",
         .body = "Le séisme ressenti mercredi en fin de matinée n'a aucun lien avec "
                 "l'effondrement survenu à l'aube à Tripoli, plusieurs heures avant la secousse, a "
                 "souligné le Centre national de géophysique, démentant des rumeurs qui "
                 "circulaient sur les réseaux sociaux."},
        {.lang = "fr",
         .title = "Une secousse ressentie à Beyrouth après un séisme au large de Chypre",
         .body = "Un séisme de magnitude 5,4 survenu mercredi à 11 h 20 en Méditerranée, au sud "
                 "de Chypre, a été ressenti à Beyrouth et sur toute la côte libanaise, de Tyr à "
                 "Tripoli, sans faire de dégâts, selon le Centre national de géophysique."},
        {.lang = "fr",
         .title = "Bab el-Tebbaneh : les secouristes fouillent les gravats à mains nues",
         .body = "Faute d'engins adaptés dans les ruelles étroites de Bab el-Tebbaneh, des "
                 "dizaines de secouristes ont dégagé les gravats de l'immeuble effondré à mains "
                 "nues pendant toute la matinée."},
        GUYANE_BACKGROUND,
    };
    double denial = edge_weight(ps, 6, 0, 1), rescue = edge_weight(ps, 6, 1, 3),
           collapse = edge_weight(ps, 6, 0, 3);
    ok(denial <= 0, "the denial and the collapse's report: no edge that weighs (%g)", denial);
    ok(rescue <= 0, "the denial and the rescuers at Bab el-Tebbaneh: none (%g)", rescue);
    ok(collapse > 0, "two posts of the collapse weigh (%g)", collapse);
}

/* Day 58: the sawmill fire seen from the airport, whose copy closes on a
 * denial ("Cet incendie est sans lien avec le mouvement social des agents
 * de l'aéroport prévu mercredi", past the words read for the cosine), and
 * the airport strike's posts, which hold two words of it, or one in their
 * title. The pair is no link (named 2: digest_attach() claims nothing
 * through it), whatever place they share (digest_denial.c, eval/README.md,
 * fifty-first round); two posts of the strike, or of the fire, are links. */
static void test_denial_no_link(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Aéroport Félix-Éboué : grève des agents au sol mercredi",
         .body = "Les agents d'escale et de sûreté de l'aéroport Cayenne-Félix-Éboué, à Matoury, "
                 "seront en grève mercredi à l'appel de deux syndicats qui réclament une "
                 "revalorisation des salaires et des effectifs supplémentaires au contrôle des "
                 "bagages."},
        {.lang = "fr",
         .title = "Grève à l'aéroport : la direction propose une table ronde",
         .body = "La direction de l'aéroport Cayenne-Félix-Éboué a proposé dans la nuit aux "
                 "syndicats une table ronde jeudi après-midi, tout en annonçant que seuls les vols "
                 "vers Paris seraient maintenus en fin de journée."},
        {.lang = "fr",
         .title = "Le panache de fumée visible depuis l'aéroport",
         .body = "L'épais panache de fumée noire de la scierie en feu était visible mardi soir "
                 "depuis l'aérogare de Félix-Éboué, mais le trafic aérien n'a pas été perturbé, le "
                 "vent poussant la fumée vers l'intérieur des terres. Cet incendie est sans lien "
                 "avec le mouvement social des agents de l'aéroport prévu mercredi."},
        {.lang = "fr",
         .title = "Matoury : une scierie ravagée par un incendie",
         .body = "Un incendie a ravagé mardi soir les hangars d'une scierie de la zone de la "
                 "Levée, à Matoury, détruisant plusieurs centaines de mètres cubes de bois, sans "
                 "faire de blessé, selon les pompiers."},
        GUYANE_BACKGROUND,
    };
    int first = edge_flags(ps, 6, 6, 0, 2), second = edge_flags(ps, 6, 6, 1, 2);
    int strike = edge_flags(ps, 6, 6, 0, 1);
    ok(first == 2, "the denial and the strike's first report: no link (%d)", first);
    ok(second == 2 || second < 0, "the denial and the round table: no link (%d)", second);
    ok(strike >= 0 && strike != 2, "two posts of the strike: a link (%d)", strike);
}

/* Day 72: the paramedics' strike seen at the CHU de Walia, whose emergency
 * ward receives « les blessés de l'accident de Massaguet », and the
 * collision's blood appeal at the same hospital. The strike's post writes
 * the town only as the other event's place (digest_evname.c): the edge of
 * their names alone is thin and no link (EDGE_PASSED). The appeal's title
 * holds the town (« Blessés de Massaguet »): its own story, two of whose
 * posts weigh. */
static void test_event_place(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Au moins neuf morts dans une collision entre un minibus et un camion-citerne au "
                  "nord de N'Djamena",
         .body = "N'DJAMENA, 14 avr (AFP) - Au moins neuf personnes ont été tuées et une quinzaine "
                 "blessées mercredi à l'aube dans la collision entre un minibus de transport en "
                 "commun et un camion-citerne chargé de gasoil, qui a pris feu, sur la route "
                 "reliant N'Djamena à Massaguet, a-t-on appris de source policière. Les blessés "
                 "ont été conduits au CHU de Walia, à N'Djamena."},
        {.lang = "fr",
         .title = "Blessés de Massaguet : le CHU de Walia lance un appel aux dons de sang",
         .body = "La direction du CHU de Walia a lancé mercredi un appel urgent aux donneurs de "
                 "sang, groupe O en priorité, pour les blessés de la collision de Massaguet, dont "
                 "plusieurs sont brûlés sur plus de la moitié du corps."},
        {.lang = "fr",
         .title = "Au CHU de Walia, des consultations au ralenti au premier jour de l'arrêt de "
                  "travail",
         .body =
             "Au CHU de Walia, le plus grand hôpital de la capitale, les salles de consultation "
             "étaient presque vides mercredi matin et des dizaines de patients ont été invités "
             "à revenir la semaine prochaine, au premier jour du débrayage des paramédicaux. "
             "Seuls les urgences, où arrivaient les blessés de l'accident de Massaguet, et le "
             "bloc opératoire fonctionnaient normalement, avec des équipes réduites."},
        FR_BACKGROUND,
    };
    double passed = edge_weight(ps, 7, 1, 2), own = edge_weight(ps, 7, 0, 1);
    int flags = edge_flags(ps, 7, 7, 1, 2);
    ok(passed <= 0, "the strike at the hospital and the appeal: no edge that weighs (%g)", passed);
    ok(flags < 0 || (flags & EDGE_PASSED), "and no link, another event's place (%d)", flags);
    ok(own > 0, "two posts of the collision weigh (%g)", own);

    /* The collision's story [0 1] does not anchor the strike's lone post 2
     * across such an edge; lone post 3, across a toll's edge, it does. */
    size_t parent[4] = {0, 0, 2, 3};
    uint8_t pin[4] = {0}, named[2] = {2 | EDGE_PASSED, 2};
    struct digest_edge v[2] = {{.a = 1, .b = 2}, {.a = 0, .b = 3}};
    struct digest_edges e = {.v = v, .n = 2, .named = named};
    struct groups g = {.parent = parent, .pin = pin};
    uint32_t anchor[4] = {UINT32_MAX, UINT32_MAX, 0 | ANCHOR_SURE, 0};
    digest_anchors_apart(&e, &g, anchor);
    ok(anchor[2] == UINT32_MAX, "the strike's post: no anchor on the collision (%u)", anchor[2]);
    ok(anchor[3] == 0, "a toll's edge leaves the anchor (%u)", anchor[3]);
}

/* Day 74: the nurses' strike at the Ntahangwa hospital writes the
 * minibus crash only as « les blessés de l'accident de Bugarama »; the
 * crash's post from the same hospital shares the hospital, the town and
 * that phrase's two nouns, nothing else that says what happened: a thin
 * edge and no link (digest_evname.c, eval/README.md, sixty-third round). */
static void test_event_place_nouns(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Au moins neuf morts dans la chute d'un minibus dans un ravin à Bugarama",
         .body = "BUGARAMA, 19 mai (AFP) - Au moins neuf personnes ont été tuées et une douzaine "
                 "blessées mercredi matin dans la chute d'un minibus dans un ravin sur la route "
                 "nationale 1, à hauteur de Bugarama. Les blessés ont été évacués vers l'hôpital "
                 "de la Ntahangwa, à Bujumbura."},
        {.lang = "fr",
         .title = "Accident de Bugarama : la ministre de la Santé au chevet des blessés",
         .body = "La ministre de la Santé publique s'est rendue mercredi après-midi à l'hôpital "
                 "de la Ntahangwa, où sont soignés les blessés de l'accident du minibus tombé "
                 "dans le ravin de Bugarama, et a annoncé leur prise en charge gratuite."},
        {.lang = "fr",
         .title = "Ntahangwa : les urgences tournent, les consultations à l'arrêt",
         .body = "Au premier jour du débrayage des infirmiers, les consultations externes de "
                 "l'hôpital de la Ntahangwa étaient fermées mercredi, tandis que le service des "
                 "urgences, qui soigne les blessés de l'accident de Bugarama, restait assuré par "
                 "une équipe réquisitionnée."},
        FR_BACKGROUND,
    };
    double passed = edge_weight(ps, 7, 1, 2), own = edge_weight(ps, 7, 0, 1);
    int flags = edge_flags(ps, 7, 7, 1, 2);
    ok(passed <= 0, "the strike's post and the minister's visit: no edge that weighs (%g)", passed);
    ok(flags < 0 || (flags & EDGE_PASSED), "and no link, the phrase's nouns only (%d)", flags);
    ok(own > 0, "two posts of the crash weigh (%g)", own);
}

/* Day 73: the pile-up near Memramcook, whose hospital « soignait déjà
 * deux blessés graves de l'accident de Tracadie »: an adjective between
 * the toll's noun and the event's is the same phrase (digest_evname.c,
 * eval/README.md, sixty-third round). */
static void test_event_place_graves(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Trois morts dans une collision près de Tracadie",
         .body = "TRACADIE, 13 avr (AFP) - Trois personnes ont été tuées et six autres blessées "
                 "mardi dans une collision frontale entre une fourgonnette et un camion au sud "
                 "de Tracadie. Les blessés ont été conduits à l'Hôpital Champlain."},
        {.lang = "fr",
         .title = "Carambolage sur la Transcanadienne près de Memramcook",
         .body = "L'Hôpital Champlain, qui soignait déjà deux blessés graves de l'accident de "
                 "Tracadie, a déclenché mardi soir son plan d'urgence après le carambolage "
                 "survenu sur l'autoroute près de Memramcook."},
        FR_BACKGROUND,
    };
    double passed = edge_weight(ps, 6, 0, 1);
    int flags = edge_flags(ps, 6, 6, 0, 1);
    ok(passed <= 0, "the pile-up's hospital and the collision: no edge that weighs (%g)", passed);
    ok(flags < 0 || (flags & EDGE_PASSED), "and no link, « blessés graves de » (%d)", flags);
}

/* Day 74: the drum sanctuary's reopening, whose drummers kept a minute of
 * silence « pour les victimes du camion du marché de Gitega »: the crash
 * named by its vehicle and its site before the town is the same phrase
 * (digest_evname.c, eval/README.md, sixty-fifth round). */
static void test_event_place_site(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Un camion fou fauche des étals au marché central de Gitega",
         .body = "GITEGA: Un camion dont les freins auraient lâché dans la descente a foncé "
                 "mercredi matin dans les étals du marché central de Gitega, tuant au moins "
                 "trois personnes. Le poids lourd a terminé sa course contre un hangar."},
        {.lang = "fr",
         .title = "Gishora : une réouverture sobre, endeuillée par le drame du marché",
         .body = "La cérémonie de réouverture du sanctuaire de Gishora a été écourtée mercredi, "
                 "les tambourinaires ayant observé une minute de silence pour les victimes du "
                 "camion du marché de Gitega, survenu en contrebas quelques heures plus tôt."},
        FR_BACKGROUND,
    };
    double passed = edge_weight(ps, 6, 0, 1);
    int flags = edge_flags(ps, 6, 6, 0, 1);
    ok(passed <= 0, "the sanctuary's silence and the truck: no edge that weighs (%g)", passed);
    ok(flags < 0 || (flags & EDGE_PASSED), "and no link, « du camion du marché de » (%d)", flags);
}

/* Day 63: the nurses' sick-out at San Fernando General and the bus
 * drivers' at City Gate, whose commuters pay taxis "to get home to Arima
 * and San Fernando". Each title names its own place; they share the town,
 * held by one title only, and "sick" (the kind of news), with little else:
 * a thin edge (pair_passing_name(), eval/README.md, forty-first round). */
static void test_passing_name(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Nurses call in sick at San Fernando General",
         .body = "More than 180 nurses at San Fernando General Hospital called in sick on "
                 "Wednesday, the second day of a protest over overtime they say has gone unpaid "
                 "since October, the Trinidad and Tobago Registered Nurses' Association said. The "
                 "South-West Regional Health Authority said emergency care was not affected."},
        {.lang = "en",
         .title = "Long lines at City Gate as bus sick-out drags on",
         .body = "Commuters waited up to two hours for buses at City Gate on Wednesday afternoon, "
                 "and some paid private taxis three times the bus fare to get home to Arima and "
                 "San Fernando. \"I left work early and I still won't reach home before dark,\" "
                 "said a security guard."},
        {.lang = "en",
         .title = "Nurses say sick-out will continue into Thursday",
         .body = "The Registered Nurses' Association said on Wednesday evening that the sick-out "
                 "at San Fernando General Hospital would continue on Thursday, despite the "
                 "minister's promise of payment by Friday."},
        {.lang = "en",
         .title = "Bus drivers stay home, commuters stranded on Priority Bus Route",
         .body = "Hundreds of commuters were left waiting on the Priority Bus Route on Wednesday "
                 "morning after about 120 Trinidad Transit Authority drivers called in sick in a "
                 "dispute over back pay, the authority said. Only a third of scheduled buses left "
                 "the City Gate terminal before 8 a.m."},
        GUYANE_BACKGROUND,
    };
    double two = edge_weight(ps, 6, 0, 1), nurses = edge_weight(ps, 6, 0, 2);
    ok(two <= 0, "the nurses' and the bus drivers' sick-outs: no edge that weighs (%g)", two);
    ok(nurses > 0, "two posts of the nurses' sick-out weigh (%g)", nurses);
}

/* Day 83: "Explainer: how water trading works, and where the Arkwright
 * case fits" (the water broker's fraud trial) and the water register's
 * "South Australia moves to publish all water trades" share the river and
 * the trade's words, not the case the explainer's title names. An
 * explainer's edge to a post that shares its names but not its title's, or
 * names alone, is thin (eval/README.md, sixty-second round). */
static void test_explainer_names(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Explainer: how water trading works, and where the Arkwright case fits",
         .body = "Irrigators on the River Murray can buy and sell seasonal water allocations "
                 "through brokers, who arrange the sale and lodge the transfer with the water "
                 "registry, and in the Arkwright case prosecutors say the transfers were never "
                 "lodged. The trial before Judge Wendy Calder is expected to last six weeks."},
        {.lang = "en",
         .title = "South Australia moves to publish all water trades",
         .body = "ADELAIDE, July 13 (Reuters) - South Australia's lower house voted on Tuesday to "
                 "publish the details of every trade in River Murray water, a first among the "
                 "states of Australia's largest river system."},
        {.lang = "en",
         .title = "Renmark water broker sold water he never owned, trial told",
         .body = "A Renmark water broker sold $4.8 million of River Murray water allocations he "
                 "did not own to 31 irrigators, a jury in the District Court in Adelaide heard as "
                 "his trial opened on Tuesday. Glen Arkwright, 54, has pleaded not guilty to 43 "
                 "counts of dishonestly deceiving."},
        {.lang = "en",
         .title = "Lower house passes River Murray water register bill",
         .body = "The House of Assembly passed the River Murray Water Register Bill by 25 votes "
                 "to 19 on Tuesday night, bringing a public register of every water trade in "
                 "South Australia a step closer. The bill now goes to the Legislative Council, "
                 "which is due to vote on Thursday."},
        GUYANE_BACKGROUND,
    };
    double trades = edge_weight(ps, 6, 0, 1), trial = edge_weight(ps, 6, 0, 2);
    ok(trades <= 0, "the explainer and the register's wire post: no edge that weighs (%g)", trades);
    ok(trial > 0, "the explainer and its trial's post weigh (%g)", trial);
}

/* Day 65: the water cuts' calendar ("Mamoudzou, Koungou et Dembéni seront
 * coupés le lundi et le mardi, Sada, Chiconi et Ouangani le mardi et le
 * mercredi") and the trial of Dembéni's former mayor. A post that lists
 * towns in two lists of three or more goes through them as a schedule
 * does: its listed names meet the same names listed elsewhere, not a
 * story's own town (eval/README.md, thirty-ninth round). */
static void test_listed_names(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Rationnement de l'eau : le nouveau calendrier commune par commune",
         .body = "Mamoudzou, Koungou et Dembéni seront coupés le lundi et le mardi, Sada, Chiconi "
                 "et Ouangani le mardi et le mercredi, selon le nouveau calendrier des coupures "
                 "d'eau publié mercredi par l'exploitant, qui promet des remises en eau à 16 "
                 "heures les jours ouverts. Les écoles et le CHM restent alimentés en continu par "
                 "des bâches et des camions-citernes."},
        {.lang = "fr",
         .title = "Cantines de Dembéni : l'ancien maire devant le tribunal",
         .body = "L'ancien maire de Dembéni, Anli Boinali, a comparu mercredi devant le tribunal "
                 "correctionnel de Mamoudzou pour favoritisme dans l'attribution des marchés de "
                 "restauration scolaire de la commune entre 2021 et 2023. Il conteste les faits."},
        {.lang = "fr",
         .title = "Mayotte : dix-huit mois avec sursis requis contre un ancien maire",
         .body = "Le parquet a requis mercredi dix-huit mois d'emprisonnement avec sursis contre "
                 "l'ancien maire de Dembéni, jugé à Mamoudzou pour favoritisme dans des marchés "
                 "de cantines scolaires."},
        {.lang = "fr",
         .title = "Mayotte : les tours d'eau vont passer à un jour sur trois",
         .body = "Les habitants du centre et du nord de Mayotte n'auront plus l'eau au robinet "
                 "qu'un jour sur trois à partir du lundi 29 mars, a annoncé mercredi la Société "
                 "des eaux du Lagon."},
        GUYANE_BACKGROUND,
    };
    double cuts = edge_weight(ps, 6, 0, 1), trial = edge_weight(ps, 6, 1, 2);
    ok(cuts <= 0, "the water cuts' calendar and the trial at Dembéni: no edge that weighs (%g)",
       cuts);
    ok(trial > 0, "two posts of the trial weigh (%g)", trial);
}

/* Day 63: the maxi-taxi fares post of the fuel price rise ends on a route
 * it prices ("A route from Port of Spain to Chaguanas currently costs
 * TT$12"), and the murdered taxi driver's widow writes the town's taxi
 * rank. A service's route names the towns it links, whatever the day's
 * news: its ends are no story's place, and meet the same names only where
 * another post writes a route (eval/README.md, seventy-third round). */
static void test_route_ends(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Maxi-taxi drivers want fares raised after fuel increase",
         .body = "Maxi-taxi associations said on Wednesday they would ask the Transport Ministry "
                 "to let them raise fares by TT$2 on most routes after the diesel increase, "
                 "warning that some drivers would park their vehicles if no decision came by "
                 "next week. A route from Port of Spain to Chaguanas currently costs TT$12."},
        {.lang = "en",
         .title = "Taxi driver's widow: 'Now he can rest'",
         .body = "Savitri Sookdeo held a photograph of her husband outside the court on Wednesday "
                 "and said she could finally tell their three children that the man who killed "
                 "their father would go to prison. Taxi drivers at the Chaguanas rank sounded "
                 "their horns for a minute at noon."},
        {.lang = "en",
         .title = "Guilty: man convicted of killing Chaguanas taxi driver",
         .body = "A jury at the Port of Spain Assizes on Wednesday found Kerwin Mohammed, 31, "
                 "guilty of the murder of Chaguanas taxi driver Roopnarine Sookdeo, who was shot "
                 "during a robbery on the Chaguanas Main Road in August 2023."},
        {.lang = "en",
         .title = "Match drawn at the stadium",
         .body = "The two teams shared the points on Saturday night."},
        {.lang = "en",
         .title = "Markets end the week higher",
         .body = "Stocks closed the week slightly higher on Friday."},
        {.lang = "en",
         .title = "Sunny weekend ahead",
         .body = "The sun will shine over most regions on Monday."},
    };
    double fares = edge_weight(ps, 6, 0, 1), widow = edge_weight(ps, 6, 1, 2);
    ok(fares <= 0, "the fares' route and the widow: no edge that weighs (%g)", fares);
    ok(widow > 0, "the widow and the verdict weigh (%g)", widow);
}

/* The weight of edge a-b of ps[0..n) after digest_modifier_apart() (-1: no
 * edge), and whether a-b is a link digest_attach() reads (*link: an edge
 * not marked "no link", or a weak link). */
static double modifier_weight(const struct digest_post *ps, size_t n, size_t a, size_t b, int *link)
{
    size_t cand[16];
    struct keyset ks;
    struct postings pl;
    struct digest_edges e;
    double w = -1;

    *link = 0;
    for (size_t i = 0; i < n; i++)
        cand[i] = i;
    if (digest_read_posts(ps, cand, n, &ks) == 0) {
        digest_build_index(&ks, n, &pl);
        digest_pairs(&ks, &pl, n, n, &e);
        digest_modifier_apart(&ks, &pl, n, &e);
        digest_weigh(&e, n);
        for (size_t i = 0; i < e.n; i++)
            if ((e.v[i].a == a && e.v[i].b == b) || (e.v[i].a == b && e.v[i].b == a)) {
                w = e.v[i].w;
                *link = !(e.named && (e.named[i] & 2));
            }
        for (size_t i = 0; i < e.nweak; i++)
            *link |=
                (e.weak[i].a == a && e.weak[i].b == b) || (e.weak[i].a == b && e.weak[i].b == a);
        digest_edges_free(&e);
        digest_postings_free(&pl);
    }
    digest_keyset_free(&ks);
    return w;
}

/* Day 45: the berth's jobs ("The expansion of the Kingston container
 * terminal ... will create about 600 construction jobs") and the cocaine
 * found "in a container at Kingston port" share the town, the port and
 * "container", which the jobs' post writes only as the terminal's
 * modifier: a place, no edge that weighs and no link. The cocaine's two
 * reports weigh; so do two posts that name one facility alike ("Leeds
 * railway station") and share what happened there (eval/README.md,
 * seventy-ninth round). */
static void test_facility_modifier(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "640kg of cocaine found in container at Kingston port",
         .body = "Police and customs officers found 640 kilograms of cocaine hidden among cartons "
                 "of frozen fish in a container at the Kingston container terminal on Wednesday, "
                 "the largest seizure on the island this year."},
        {.lang = "en",
         .title = "Port expansion to create 600 construction jobs",
         .body = "The expansion of the Kingston container terminal announced on Wednesday will "
                 "create about 600 construction jobs over three years and 250 permanent posts at "
                 "the port, the transport ministry said."},
        {.lang = "en",
         .title = "Jamaica makes year's biggest cocaine bust",
         .body = "KINGSTON (AP) - Jamaican authorities seized more than half a tonne of cocaine at "
                 "the port of Kingston on Wednesday in a container that had arrived from Colombia "
                 "and was due to be shipped on to Rotterdam, police said."},
        {.lang = "en",
         .title = "Several people stabbed at Leeds station",
         .body = "Several people were stabbed at Leeds railway station on Wednesday evening and a "
                 "man has been arrested, British Transport Police said."},
        {.lang = "en",
         .title = "Woman dies after stabbing at Leeds railway station",
         .body = "A woman stabbed at Leeds railway station on Wednesday evening died in hospital "
                 "early Thursday, police said, and the man was arrested on suspicion of murder."},
        {.lang = "en",
         .title = "Match drawn at the stadium",
         .body = "The two teams shared the points on Saturday night."},
        {.lang = "en",
         .title = "Markets end the week higher",
         .body = "Stocks closed the week slightly higher on Friday."},
        {.lang = "en",
         .title = "Sunny weekend ahead",
         .body = "The sun will shine over most regions on Monday."},
    };
    int link = 0;
    double jobs = modifier_weight(ps, 8, 0, 1, &link);
    ok(jobs <= 0 && !link, "the jobs and the cocaine: a place, no weight, no link (%g, %d)", jobs,
       link);
    double bust = modifier_weight(ps, 8, 0, 2, &link);
    ok(bust > 0, "the cocaine's two reports weigh (%g)", bust);
    double leeds = modifier_weight(ps, 8, 3, 4, &link);
    ok(leeds > 0, "one station named alike, one stabbing: weighs (%g)", leeds);
}

/* Day 65 (Mamoudzou): the quake's local piece sets its scene by the state
 * the island was already in (« alors que la barge était déjà à l'arrêt à
 * cause de la grève et que beaucoup attendaient sur le quai »). What it
 * shares with the strike's pieces (the barge, the quay) is in that clause,
 * and the towns they share (Dzaoudzi, Labattoir) are where both happened: a
 * clause of the state a place was already in is an aside even beside a
 * shared name of its own (digest_aside.c; eval/README.md, ninetieth
 * round). The same clause without « déjà » is the copy's own grammar as
 * often (« alors que »): the shared towns keep the edge. */
static void test_aside_state_clause(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Secousse de ce matin : à Dzaoudzi, des habitants sortis dans la rue",
         .body = "À Dzaoudzi et à Labattoir, des habitants réveillés par la secousse de 6 h 12 "
                 "sont sortis dans la rue en pyjama, alors que la barge était déjà à l'arrêt à "
                 "cause de la grève et que beaucoup attendaient sur le quai. Quelques objets "
                 "sont tombés des étagères, mais les pompiers n'ont reçu aucun appel pour des "
                 "blessés."},
        {.lang = "fr",
         .title = "À Dzaoudzi, les voyageurs bloqués sur le quai",
         .body = "Des centaines de voyageurs, dont des passagers qui devaient prendre un vol "
                 "vers La Réunion ou Paris, se sont massés mercredi matin sur le quai Issoufali "
                 "de Dzaoudzi, où aucune navette maritime n'a quitté le ponton depuis l'aube. "
                 "« J'ai un rendez-vous au CHM à 10 heures, je ne sais pas comment traverser », "
                 "s'inquiète une mère de famille de Labattoir."},
        {.lang = "fr",
         .title = "Secousse : à Dzaoudzi, des habitants dans la rue",
         .body = "À Dzaoudzi et à Labattoir, des habitants réveillés par la secousse sont "
                 "sortis dans la rue, alors que la barge était à l'arrêt à cause de la grève "
                 "et que beaucoup attendaient sur le quai."},
        FR_BACKGROUND,
    };
    size_t n = sizeof ps / sizeof *ps;
    double quay = edge_weight(ps, n, 0, 1), plain = edge_weight(ps, n, 2, 1);
    ok(quay <= 0, "a quake's state clause and the stranded travellers: no weight (%g)", quay);
    ok(plain > 0, "the same clause with no « déjà », the towns shared: weighs (%g)", plain);
}

/* Day 55: the warehouse fire's UPI report dates its fire by the morning's
 * building collapse ("hours after a building collapse killed eight people
 * in another part of the same town"). The words it shares with the
 * collapse's AP report are all in that clause, and the one name they share
 * is the town every story of the day names: an edge of no weight, and no
 * link either. The collapse's two posts weigh; a reaction dated by its own
 * story's news ("hours after the Stampeders announced ..."), which shares
 * the story's own names, weighs too (eval/README.md, forty-fourth round). */
static void test_aside_other_event(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Blaze engulfs warehouses outside Mumbai",
         .body = "July 8 (UPI) -- A huge fire destroyed seven warehouses in a logistics hub "
                 "outside Mumbai on Wednesday, hours after a building collapse killed eight "
                 "people in another part of the same town, officials said. Drums of solvent "
                 "exploded one after another as the flames spread, witnesses said."},
        {.lang = "en",
         .title = "Building collapse near India's Mumbai kills 8",
         .body = "BHIWANDI (AP) - A residential building collapsed before dawn on Wednesday in "
                 "an industrial town near Mumbai, killing at least eight people as they slept, "
                 "officials said. Building collapses are common in India during the rainy "
                 "season, when old and illegally extended structures give way."},
        {.lang = "en",
         .title = "Death toll in Indian building collapse rises to 11",
         .body = "BHIWANDI, India Rescuers recovered three more bodies from the rubble of a "
                 "building that collapsed near Mumbai, taking the death toll to 11, a disaster "
                 "official said on Wednesday. Nine people were being treated in hospital."},
        {.lang = "en",
         .title = "Stampeders quarterback Okafor out for season with torn ACL",
         .body = "Calgary Stampeders quarterback Jalen Okafor will miss the rest of the CFL "
                 "season after tearing the anterior cruciate ligament in his left knee at "
                 "practice on Tuesday, the team said Wednesday."},
        {.lang = "en",
         .title = "Okafor: 'I'll be back stronger'",
         .body = "Jalen Okafor wrote on social media on Wednesday evening that he would be back, "
                 "hours after the Stampeders announced that the quarterback's season was over."},
        {.lang = "en",
         .title = "Mumbai rupee closes at record low",
         .body = "The rupee closed at a record low in Mumbai on Wednesday."},
        {.lang = "en",
         .title = "Mumbai metro line opens",
         .body = "A new metro line opened in Mumbai on Wednesday morning."},
        {.lang = "en",
         .title = "Mumbai bank fraud verdict",
         .body = "A Mumbai court convicted two bankers of fraud on Wednesday."},
        {.lang = "en",
         .title = "Mumbai potholes: High Court rebukes city",
         .body = "The High Court in Mumbai criticised the state of the roads."},
        {.lang = "en",
         .title = "Cab drivers strike in Mumbai",
         .body = "App cab drivers in Mumbai stayed off the roads on Wednesday."},
        {.lang = "en",
         .title = "Mumbai doctors warn of stir",
         .body = "Resident doctors in Mumbai warned of a strike from Friday."},
        {.lang = "en",
         .title = "Mumbai airport runway reopens",
         .body = "The main runway at Mumbai airport reopened in the afternoon."},
        {.lang = "en",
         .title = "Mumbai schools shut",
         .body = "Schools in Mumbai were closed on Wednesday by order of the city."},
    };
    double fire = edge_weight(ps, 13, 0, 1), collapse = edge_weight(ps, 13, 1, 2);
    double qb = edge_weight(ps, 13, 3, 4);
    ok(fire <= 0, "the fire dated by the collapse and the collapse: no edge that weighs (%g)",
       fire);
    ok(collapse > 0, "two posts of the collapse weigh (%g)", collapse);
    ok(qb > 0, "a reaction dated by its own story's news weighs (%g)", qb);
}

/* The weight of the key post p's reader sc read from the word w (the
 * largest, if several); -1 if none. */
static float word_weight(const struct scratch *sc, const char *w)
{
    float best = -1;
    for (size_t k = 0; k < sc->nk; k++) {
        const char *s = sc->raw.data + sc->ksrc[2 * k];
        size_t n = sc->ksrc[2 * k + 1] - sc->ksrc[2 * k];
        if (n == strlen(w) && memcmp(s, w, n) == 0 && sc->kind[k] == K_WORD && sc->kw[k] > best)
            best = sc->kw[k];
    }
    return best;
}

/* Day 78's tanker: a title's clause of the state its town is in ("already
 * mourning train victims") writes the other story of the town; its words
 * weigh as the copy's, not as the title's. The story's own state ("still
 * waiting") keeps the title's weight (eval/README.md, fifty-seventh
 * round). */
static void test_title_state_clause(void)
{
    struct scratch sc;
    struct digest_post p = {0};

    digest_scratch_init(&sc);
    p.lang = "en";
    p.title = "Fuel tanker overturns in Congo town already mourning train victims";
    p.body = "A tanker truck carrying diesel overturned in the centre of Dolisie on Wednesday.";
    is_int(digest_post_keys(&sc, &p), 0, "keys read");
    ok(word_weight(&sc, "train") == 1.0f, "the state clause's word weighs as the copy's (%g)",
       (double)word_weight(&sc, "train"));
    ok(word_weight(&sc, "Fuel") == 2.0f, "the title's own event weighs as a title (%g)",
       (double)word_weight(&sc, "Fuel"));
    p.title = "Transit union: drivers still waiting for back pay";
    p.body = "Bus drivers say they have not been paid the arrears promised in 2023.";
    is_int(digest_post_keys(&sc, &p), 0, "keys read");
    ok(word_weight(&sc, "waiting") == 2.0f, "the story's own state weighs as a title (%g)",
       (double)word_weight(&sc, "waiting"));
    p.lang = "fr";
    p.title = "Un camion-citerne se couche à Dolisie, ville déjà endeuillée par le naufrage";
    p.body = "Le camion transportait du gasoil et s'est couché au centre de Dolisie mercredi.";
    is_int(digest_post_keys(&sc, &p), 0, "keys read");
    ok(word_weight(&sc, "naufrage") == 1.0f, "« déjà endeuillée par » alike (%g)",
       (double)word_weight(&sc, "naufrage"));
    digest_scratch_free(&sc);
}

/* Day 75's look-alikes: a crab boat capsizing and the crab harvesters'
 * protest, in one town on one day, with the boat, the wharf and the
 * union in both. Their titles name two kinds of event (a wreck, a
 * protest): a thin edge (digest_event.c). Two posts of the capsizing
 * weigh, and so does a title that names no kind (eval/README.md,
 * forty-eighth round). */
static void test_event_kinds(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Crab boat capsizes off Bay Roberts, four fishermen missing",
         .body = "BAY ROBERTS, Newfoundland - A crab boat capsized off Bay Roberts on Tuesday and "
                 "four fishermen are missing, the coast guard said. Crab harvesters gathered at "
                 "the Bay Roberts wharf, and the fishermen's union said the crab fleet would "
                 "stay in port."},
        {.lang = "en",
         .title = "Crab harvesters protest at Bay Roberts wharf over crab price",
         .body = "BAY ROBERTS, Newfoundland - Hundreds of crab harvesters protested at the Bay "
                 "Roberts wharf on Tuesday over the crab price, the fishermen's union said. The "
                 "crab fleet will stay in port, and the union said fishermen were missing a "
                 "season."},
        {.lang = "en",
         .title = "Coast guard searches for four fishermen after crab boat capsizes",
         .body = "BAY ROBERTS, Newfoundland - The coast guard searched overnight for four "
                 "fishermen missing after their crab boat capsized off Bay Roberts, the coast "
                 "guard said on Tuesday."},
        {.lang = "en",
         .title = "Bay Roberts waits for word of the crab boat's crew",
         .body = "BAY ROBERTS, Newfoundland - Families waited at the wharf on Tuesday for word "
                 "of the four fishermen missing since their crab boat capsized, the coast guard "
                 "said."},
        {.lang = "en",
         .title = "Gander council approves new arena",
         .body = "Gander town council approved a new arena on Tuesday evening."},
        {.lang = "en",
         .title = "Ferry out of service with gearbox failure",
         .body = "The Bell Island ferry was taken out of service on Tuesday."},
        {.lang = "en",
         .title = "Iron ore miner to lay off 310 in Labrador",
         .body = "An iron ore miner will lay off 310 workers in Labrador City."},
        {.lang = "en",
         .title = "Tidewaters beat Breakers to even series",
         .body = "The Tidewaters beat the Breakers 104-97 on Tuesday night."},
        {.lang = "en",
         .title = "Wednesday forecast: fog and drizzle",
         .body = "Fog and drizzle on the Avalon on Wednesday, dry and windy inland."},
    };
    double apart = edge_weight(ps, 9, 0, 1), wreck = edge_weight(ps, 9, 0, 2);
    double reaction = edge_weight(ps, 9, 2, 3);
    ok(apart <= 0, "a capsizing and a protest in one town: no edge that weighs (%g)", apart);
    ok(wreck > 0, "two posts of the capsizing weigh (%g)", wreck);
    ok(reaction > 0, "a title that names no kind weighs (%g)", reaction);
}

/* Day 90's two accidents of one town: a minibus and an acid tanker
 * collide on the road, a train hauling acid derails in town, the cargo,
 * the province and the town in both. A road collision and a derailment
 * are two kinds of event (digest_event.c): a thin edge. Two posts of the
 * derailment weigh, and so does a title's plain "accident", which names
 * either kind (eval/README.md, seventy-eighth round). */
static void test_event_derail(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Bus and acid tanker collide in southern Congo, killing 12",
         .body = "Aug 17 (UPI) -- A minibus slammed into a tanker truck carrying sulfuric acid "
                 "near Likasi in southern Congo's Katanga copper belt on Tuesday, killing 12 "
                 "people, local officials said. Sulfuric acid is moved by road and rail to "
                 "the copper mines."},
        {.lang = "en",
         .title = "Acid train derails in Congo mining town, residents evacuated",
         .body = "LIKASI, Aug 17 (Reuters) - A freight train hauling sulfuric acid for Congo's "
                 "copper mines derailed in the southern town of Likasi on Tuesday, forcing 200 "
                 "families from their homes. Sulfuric acid is moved by road and rail in the "
                 "Katanga copper belt."},
        {.lang = "en",
         .title = "Congo train derailment: acid tank cars leak in Likasi",
         .body = "LIKASI - Three tank cars of sulfuric acid leaked after a freight train "
                 "derailed in Likasi on Tuesday, the state railway operator said."},
        {.lang = "en",
         .title = "Likasi rail accident: families spend night in school",
         .body = "LIKASI - Families evacuated after a freight train derailed and leaked "
                 "sulfuric acid spent the night in a school, the mayor of Likasi said."},
        {.lang = "en",
         .title = "Gander council approves new arena",
         .body = "Gander town council approved a new arena on Tuesday evening."},
        {.lang = "en",
         .title = "Ferry out of service with gearbox failure",
         .body = "The Bell Island ferry was taken out of service on Tuesday."},
        {.lang = "en",
         .title = "Iron ore miner to lay off 310 in Labrador",
         .body = "An iron ore miner will lay off 310 workers in Labrador City."},
        {.lang = "en",
         .title = "Tidewaters beat Breakers to even series",
         .body = "The Tidewaters beat the Breakers 104-97 on Tuesday night."},
        {.lang = "en",
         .title = "Wednesday forecast: fog and drizzle",
         .body = "Fog and drizzle on the Avalon on Wednesday, dry and windy inland."},
    };
    double apart = edge_weight(ps, 9, 0, 1), rail = edge_weight(ps, 9, 1, 2);
    double plain = edge_weight(ps, 9, 2, 3);
    ok(apart <= 0, "a road collision and a derailment in one town: no edge that weighs (%g)",
       apart);
    ok(rail > 0, "two posts of the derailment weigh (%g)", rail);
    ok(plain > 0, "a title's plain accident and a derailment weigh (%g)", plain);
}

/* Day 54's two fires of one town on one night: wooden houses in a
 * district and the landfill on the town's edge, the town, the night, the
 * smoke and the neighbourhoods in both. Both titles name a fire and what
 * burned, two sites (digest_fire.c): a thin edge. The landfill's two
 * reports weigh, and so does a fire's title that names no site; a forest
 * fire is apart from no site, the houses it burns among them
 * (eval/README.md, eighty-second round). */
static void test_fire_sites(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Fire destroys four houses in Carlow's old quarter",
         .body = "CARLOW - A fire destroyed four wooden houses in the old quarter of Carlow on "
                 "Wednesday night, and twenty residents of the neighbourhood were rehoused by the "
                 "council. Smoke hung over the town until midnight, firefighters said."},
        {.lang = "en",
         .title = "Landfill blaze blankets Carlow in smoke",
         .body = "CARLOW - A fire at the landfill on the edge of Carlow covered several "
                 "neighbourhoods in acrid smoke on Wednesday night, and the council closed four "
                 "schools, firefighters said."},
        {.lang = "en",
         .title = "Carlow landfill fire: four schools closed as smoke lingers",
         .body = "CARLOW - Four schools were closed on Thursday as smoke from the burning "
                 "landfill on the edge of Carlow lingered over the neighbourhoods, the council "
                 "said."},
        {.lang = "en",
         .title = "Carlow fire: how to help the families of the old quarter",
         .body = "CARLOW - The council is collecting clothes and bedding for the twenty "
                 "residents whose wooden houses in the old quarter burned on Wednesday night."},
        {.lang = "en",
         .title = "Forest fire spreads towards Tullow",
         .body = "TULLOW - A forest fire spread towards Tullow on Wednesday, and firefighters "
                 "evacuated farms on the ridge road as the wind rose."},
        {.lang = "en",
         .title = "Tullow fire destroys six houses on the ridge road",
         .body =
             "TULLOW - The forest fire burning towards Tullow destroyed six houses on the ridge "
             "road overnight, firefighters said, as the wind rose on Wednesday."},
        {.lang = "en",
         .title = "Gander council approves new arena",
         .body = "Gander town council approved a new arena on Tuesday evening."},
        {.lang = "en",
         .title = "Iron ore miner to lay off 310 in Labrador",
         .body = "An iron ore miner will lay off 310 workers in Labrador City."},
        {.lang = "en",
         .title = "Tidewaters beat Breakers to even series",
         .body = "The Tidewaters beat the Breakers 104-97 on Tuesday night."},
        {.lang = "en",
         .title = "Wednesday forecast: fog and drizzle",
         .body = "Fog and drizzle on the Avalon on Wednesday, dry and windy inland."},
    };
    double apart = edge_weight(ps, 10, 0, 1), landfill = edge_weight(ps, 10, 1, 2);
    double unsited = edge_weight(ps, 10, 0, 3), wild = edge_weight(ps, 10, 4, 5);
    ok(apart <= 0, "a house fire and a landfill fire in one town: no edge that weighs (%g)", apart);
    ok(landfill > 0, "two reports of the landfill fire weigh (%g)", landfill);
    ok(unsited > 0, "a fire's title that names no site weighs (%g)", unsited);
    ok(wild > 0, "a forest fire and the homes it burns weigh (%g)", wild);
}

/* Six short English posts of six stories (Mumbai's day 55 and its like),
 * the window's background for the minor-language tests: they give the
 * key weights their spread. */
// clang-format off
#define ENGLISH_BACKGROUND                                                               \
    {.lang = "en", .title = "Rupee closes at record low",                               \
     .body = "The rupee closed at a record low against the dollar on Wednesday."},       \
    {.lang = "en", .title = "New metro line opens",                                     \
     .body = "A new metro line opened on Wednesday morning after years of delays."},     \
    {.lang = "en", .title = "Two bankers convicted of fraud",                           \
     .body = "A court convicted two bankers of fraud on Wednesday."},                    \
    {.lang = "en", .title = "High Court rebukes city over potholes",                    \
     .body = "The High Court criticised the state of the roads on Wednesday."},          \
    {.lang = "en", .title = "Cab drivers strike",                                       \
     .body = "App cab drivers stayed off the roads on Wednesday over fares."},           \
    {.lang = "en", .title = "Doctors warn of stir",                                     \
     .body = "Resident doctors warned of a strike from Friday over security."}
// clang-format on

/* Day 89's two rotas of one city: the water rationing's days suburb by
 * suburb ("Avondale, Belvedere and Mabelreign ... on Mondays, Wednesdays
 * and Fridays, while Mbare, Highfield and Glen View ..."), a schedule whose
 * third list ends on a two-word name, and the power cuts' timetable, which
 * names "Highfield and Mbare", "Mondays, Wednesdays and Fridays" once. A
 * listed name's word is in the list's namespace as its name is, and a list
 * that ends on a longer name is a list: the two share "suburbs" alone, no
 * edge (without the rule, an edge of the suburbs and the weekdays). The rota and
 * its story's first report weigh (eval/README.md, seventy-second round). */
static void test_listed_rota(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Water rationing: which suburbs get water on which days",
         .body = "Under the council's rationing plan, Avondale, Belvedere and Mabelreign would "
                 "get water on Mondays, Wednesdays and Fridays, while Mbare, Highfield and Glen "
                 "View would be supplied on Tuesdays, Thursdays and Saturdays. Hospitals and "
                 "clinics, including Mabvazuva General, will be supplied every day."},
        {.lang = "en",
         .title = "Load-shedding timetable: when your suburb will be off",
         .body = "From Friday, suburbs in Group A in Harare, including Avondale and Marlborough, "
                 "will be off from 5 a.m. to 7 p.m. on Mondays, Wednesdays and Fridays, and Group "
                 "B suburbs such as Highfield and Mbare on the other days. The full timetable is "
                 "posted on the utility's website."},
        {.lang = "en",
         .title = "Harare to ration water as Lake Chivero falls to 41 percent",
         .body = "Harare City Council proposed on Wednesday to ration tap water to three days a "
                 "week in most suburbs from Monday, saying Lake Chivero had fallen to 41 percent "
                 "of capacity after a poor rainy season. Councillors will vote on the plan on "
                 "Thursday."},
        ENGLISH_BACKGROUND,
    };
    double rotas = edge_weight(ps, 9, 0, 1), plan = edge_weight(ps, 9, 0, 2);
    ok(rotas < 0, "the water rota and the power timetable: no edge (%g)", rotas);
    ok(plan > 0, "the water rota and its plan's first report weigh (%g)", plan);
}

/* Day 76's two trials at the Nouakchott-Ouest court: the drilling office's
 * ex-director (the requisition) and the driving licences' ex-head of
 * service (the sentence, the prosecution's appeal). Their titles meet the
 * other trial's posts through the sentence's words and the former office
 * alone, and the posts share the court's town (digest_court.c): thin. The
 * sentence and the appeal of one case weigh. */
static void test_court_cases(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Dix ans de prison requis contre l'ex-directeur de l'Office des forages ruraux",
         .body = "NOUAKCHOTT, 8 juin (AFP) - Le parquet a requis mardi dix ans de prison ferme "
                 "contre Mohamedou Ould Saleck, ancien directeur général de l'Office national des "
                 "forages ruraux (ONFR), jugé par la chambre criminelle du tribunal de "
                 "Nouakchott-Ouest pour le détournement de 118 millions d'ouguiyas. L'accusation "
                 "lui reproche d'avoir payé des entreprises pour des forages jamais creusés en "
                 "Assaba et au Guidimakha entre 2022 et 2025. Le verdict sera rendu le 22 juin."},
        {.lang = "fr",
         .title = "Faux permis de conduire : cinq ans de prison pour l'ancien chef de service",
         .body = "Nouakchott (ATS) - La chambre criminelle du tribunal de Nouakchott-Ouest a "
                 "condamné mardi à cinq ans de prison ferme l'ancien chef du service des permis de "
                 "conduire de la direction régionale des transports de Nouakchott-Sud, Abdallahi "
                 "Ould Beyah, pour la délivrance de plus de neuf cents faux permis. Six "
                 "coaccusés, dont deux moniteurs d'auto-école, ont écopé de deux à quatre ans."},
        {.lang = "fr",
         .title = "Réseau des faux permis : le parquet envisage de faire appel",
         .body = "Le parquet de Nouakchott-Ouest, qui avait requis huit ans contre l'ancien chef "
                 "du service des permis, réfléchit à faire appel du jugement rendu mardi, a-t-on "
                 "appris de source judiciaire. L'enquête avait démarré après un contrôle routier "
                 "à Rosso, où un chauffeur de taxi brousse avait présenté un permis au numéro "
                 "inexistant."},
        FR_BACKGROUND,
    };
    size_t n = sizeof ps / sizeof *ps;
    double sentence = edge_weight(ps, n, 0, 1), appeal = edge_weight(ps, n, 0, 2),
           own = edge_weight(ps, n, 1, 2);
    ok(sentence <= 0, "two cases at one court, the sentences: no edge that weighs (%g)", sentence);
    ok(appeal <= 0, "two cases at one court, the appeal: no edge that weighs (%g)", appeal);
    ok(own > 0, "one case's sentence and its appeal weigh (%g)", own);
}

/* Day 88's prefect: the sargassum plan and the fuel prices' order, two acts
 * of one official whose titles meet only through her office ("la préfète
 * déléguée"), the copy through her name and the territory (digest_court.c,
 * seventy-first round). The plan's post and the beach's alert, one story,
 * meet through their subject and keep their edge. */
static void test_office_acts(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Sargasses : la préfète déléguée active le plan de ramassage",
         .body = "La préfète déléguée des îles du Nord, Claire Vanderhaegen, a déclenché mercredi "
                 "le niveau 2 du plan sargasses pour la côte est de Saint-Martin, qui autorise la "
                 "mobilisation d'engins privés et de barrages flottants à l'entrée de la baie de "
                 "Cul-de-Sac. Les algues ramassées seront stockées sur une plateforme provisoire "
                 "à Grandes Cayes."},
        {.lang = "fr",
         .title = "Prix des carburants : la préfète déléguée signe l'arrêté de juillet",
         .body = "La préfète déléguée Claire Vanderhaegen a signé mercredi l'arrêté fixant les "
                 "prix maximums des carburants pour juillet à Saint-Martin et Saint-Barthélemy, en "
                 "baisse pour le deuxième mois consécutif. La baisse suit le recul des cours du "
                 "pétrole raffiné dans la région."},
        {.lang = "fr",
         .title = "Sargasses : alerte à Cul-de-Sac, la plage du Galion fermée",
         .body = "D'importants échouements de sargasses ont été constatés mercredi matin à "
                 "Cul-de-Sac et sur la plage du Galion, fermée au public, où les capteurs "
                 "mesurent des taux de sulfure d'hydrogène supérieurs au seuil d'alerte. Les "
                 "engins de ramassage de la Collectivité sont à l'œuvre depuis 6 heures."},
        FR_BACKGROUND,
    };
    size_t n = sizeof ps / sizeof *ps;
    double acts = edge_weight(ps, n, 0, 1), own = edge_weight(ps, n, 0, 2);
    ok(acts <= 0, "two acts of one prefect: no edge that weighs (%g)", acts);
    ok(own > 0, "the sargassum plan and the beach's alert weigh (%g)", own);
}

/* Day 89's two cases at Harare's courts: the vendors' bail hearing at the
 * magistrates' court and the gold smugglers' sentence at the High Court.
 * Each title meets the other post through the court's word alone ("appear
 * in court", "court jails two"), the posts share the city: thin. The two
 * posts of the sentence weigh (digest_court.c, seventy-second round). */
static void test_court_word(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Arrested vendors appear in court, granted bail",
         .body = "Thirty-eight vendors arrested during Wednesday's protest in central Harare "
                 "appeared at Harare Magistrates' Court in the afternoon and were each granted "
                 "US$20 bail on charges of public violence. They will return to court on July 28."},
        {.lang = "en",
         .title = "Zimbabwe court jails two for smuggling 12 kg of gold through airport",
         .body = "HARARE: A Zimbabwean High Court judge on Wednesday sentenced two men to 10 years "
                 "in prison each for trying to smuggle 12 kg of gold bars out of the country "
                 "through Harare's international airport. The men were stopped at the departure "
                 "gate in February with the gold in their hand luggage."},
        {.lang = "en",
         .title = "Gold smugglers get 10 years each",
         .body = "Justice Peter Marufu jailed Tinashe Gora and Ahmed Seedat for ten years each at "
                 "the Harare High Court on Wednesday, ruling that their attempt to fly gold worth "
                 "US$1 million to Dubai was \"economic sabotage\"."},
        ENGLISH_BACKGROUND,
    };
    double cases = edge_weight(ps, 9, 0, 1), gold = edge_weight(ps, 9, 1, 2);
    ok(cases <= 0, "the vendors' bail and the gold sentence: no edge that weighs (%g)", cases);
    ok(gold > 0, "two posts of the gold sentence weigh (%g)", gold);
}

/* Day 89's finance minister heard on the radio on the doctors' pay, and the
 * mid-year budget's KUNA post. The aired post writes "Finance Minister
 * Farai Dube"; the budget's title "finance minister": the guest and the
 * guest's office, an interview's edge, thin (digest_portfolio.c). Two posts of
 * the budget weigh (eval/README.md, seventy-second round). */
static void test_office_word(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Dube: doctors' demands must wait for revenue",
         .body = "Finance Minister Farai Dube said the government could not meet the junior "
                 "doctors' pay demand in full this year, telling Capital FM 100.4's \"Morning "
                 "Brief\": \"There is money for the wards and money for the roads, but there is "
                 "not money for everything on the same day.\" The doctors' association called "
                 "the remarks \"an insult to the people keeping hospitals open\"."},
        {.lang = "en",
         .title = "Zimbabwe finance minister presents mid-year fiscal review",
         .body = "(MENAFN- KUNA) HARARE, July 14 (KUNA) -- Zimbabwe's Finance Minister Farai Dube "
                 "on Wednesday presented the country's mid-year fiscal policy review, lowering "
                 "the tax on electronic transfers and revising economic growth expectations "
                 "downward."},
        {.lang = "en",
         .title = "Mid-term review: Dube cuts mobile money levy, raises fuel duty",
         .body = "Finance Minister Farai Dube presented his mid-term budget review to parliament "
                 "on Wednesday, cutting the intermediated money transfer tax and raising duty on "
                 "petrol and diesel by three US cents a litre."},
        ENGLISH_BACKGROUND,
    };
    double guest = edge_weight(ps, 9, 0, 1), budget = edge_weight(ps, 9, 1, 2);
    ok(guest <= 0, "the minister on the doctors' pay and the budget: no edge that weighs (%g)",
       guest);
    ok(budget > 0, "two posts of the budget weigh (%g)", budget);
}

/* Day 91's traders of the bridge deal and the shoppers of the Suriname
 * rate rise: the rate's title meets the traders' post through "cross" of
 * "cross-border" alone, a word it writes only inside the compound and the
 * traders' post on its own ("crossing"). A thin edge (digest_compound.c);
 * the rate's two posts still weigh. */
static void test_compound_word(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Corentyne traders say crossing will end ferry queues",
         .body = "Traders at Skeldon and Corriverton said on Tuesday night that the planned "
                 "Corentyne crossing would end the two-day waits for the Moleson Creek ferry that "
                 "spoil their loads of fruit and fish bound for Paramaribo. Some fear cheaper "
                 "Surinamese goods will flood the Corriverton market."},
        {.lang = "en",
         .title = "Suriname rate hike may push cross-border shoppers to Guyana",
         .body = "Traders in Corriverton said on Tuesday night that Suriname's interest rate rise "
                 "and weaker currency would bring more Surinamese shoppers across the Corentyne "
                 "for cheaper groceries."},
        {.lang = "en",
         .title = "Suriname central bank lifts key rate to 14% to defend currency",
         .body = "Suriname's central bank raised its policy rate by 200 basis points to 14% on "
                 "Tuesday, its first increase in a year, after the Surinamese dollar lost 9% "
                 "against the U.S. dollar since May."},
        ENGLISH_BACKGROUND,
    };
    double border = edge_weight(ps, 9, 0, 1), rate = edge_weight(ps, 9, 1, 2);
    ok(border <= 0, "the traders and the cross-border shoppers: no edge that weighs (%g)", border);
    ok(rate > 0, "two posts of the rate rise weigh (%g)", rate);
}

/* Day 79's march and the constable's trial: the trial's wire title names
 * the crime's scene ("at protest"), the march's title protests; the
 * trial's title is read as the court's day alone (digest_event.c). */
static void test_event_court(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Namibian police use water cannon on students protesting loan cuts",
         .body = "WINDHOEK, June 15 (Reuters) - Police in Namibia's capital fired water cannon at "
                 "students who tried to climb the fence of the parliament gardens on Tuesday at "
                 "the end of a march against cuts to student loans, and arrested 12 people, "
                 "police said. Inspector-General of Police Simon Ndjaba said officers had shown "
                 "restraint."},
        {.lang = "en",
         .title = "Namibian police officer goes on trial for killing student at protest",
         .body = "WINDHOEK (AP) - A Namibian police officer went on trial Tuesday for the murder "
                 "of a university student who was shot during a protest over student loans last "
                 "year, a case that has become a rallying point for young people in the southern "
                 "African country. The Inspector-General of Police, Simon Ndjaba, had suspended "
                 "the officer days after the shooting."},
        {.lang = "en",
         .title = "Constable pleads not guilty to murder of student Shikongo",
         .body = "Police Constable Matheus Kambonde pleaded not guilty on Tuesday in the High "
                 "Court in Windhoek to murdering 21-year-old student Ndapewa Shikongo, who was "
                 "shot in the back with live ammunition during a protest in August last year. "
                 "Kambonde told the court he fired because he believed a colleague's life was in "
                 "danger."},
        ENGLISH_BACKGROUND,
    };
    size_t n = sizeof ps / sizeof *ps;
    double march = edge_weight(ps, n, 0, 1), trial = edge_weight(ps, n, 1, 2);
    ok(march <= 0, "a trial and a demonstration: no edge that weighs (%g)", march);
    ok(trial > 0, "two posts of the trial weigh (%g)", trial);
}

/* Day 72's attack on an island of Lake Chad and the polio campaign of the
 * same province, one town (Bol), the island and the governor in both. The
 * attack's titles name an attack (« attaque », "attack"), the campaign's a
 * vaccination: two kinds, a thin edge (digest_event.c). « attaque » and
 * "attack" are keyed as a post's words are, through the whole lexicon
 * (digest_lexicon_init() reads the tables with a fresh cache: before, they
 * were keyed as their own stems and never met; eval/README.md,
 * eighty-ninth round). Two posts of the attack weigh. */
static void test_event_attack(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Tchad : cinq soldats tués dans une attaque sur une île du lac",
         .body = "Cinq soldats ont été tués dans la nuit lors d'une attaque contre un poste "
                 "militaire sur l'île de Kindoula, dans la province du Lac. Le gouverneur de la "
                 "province, Abakar Dadi, s'est rendu à Bol, où les blessés sont soignés."},
        {.lang = "fr",
         .title = "Polio : une campagne de vaccination lancée dans la province du Lac",
         .body = "Une campagne de vaccination contre la polio a été lancée mercredi à Bol par le "
                 "gouverneur de la province du Lac, Abakar Dadi. Les équipes iront sur les îles "
                 "proches de Kindoula dans un second temps."},
        {.lang = "fr",
         .title = "Attaque de Kindoula : le bilan passe à huit soldats tués",
         .body = "Le bilan de l'attaque contre le poste militaire de Kindoula est passé à huit "
                 "soldats tués, trois blessés ayant succombé à l'hôpital de Bol."},
        {.lang = "en",
         .title = "Chad says 8 soldiers killed in island attack",
         .body = "Chad's army said Wednesday that eight soldiers were killed when militants "
                 "attacked a military post on the Lake Chad island of Kindoula, in Lake "
                 "province, where governor Abakar Dadi visited the wounded in Bol."},
        {.lang = "en",
         .title = "Chad starts vaccination against polio in Lake province",
         .body = "Chad began vaccinating children against polio in its Lake province on "
                 "Wednesday, governor Abakar Dadi said in Bol. Islands near Kindoula will be "
                 "reached later."},
        FR_BACKGROUND,
    };
    size_t n = sizeof ps / sizeof *ps;
    double fr = edge_weight(ps, n, 0, 1), en = edge_weight(ps, n, 3, 4);
    double attack = edge_weight(ps, n, 0, 2);
    ok(fr <= 0, "« attaque » and a vaccination, one town: no edge that weighs (%g)", fr);
    ok(en <= 0, "\"attack\" and a vaccination, one town: no edge that weighs (%g)", en);
    ok(attack > 0, "two posts of the attack weigh (%g)", attack);
}

/* Day 61's budget sitting (Beyrouth): « Le Parlement se réunit pour voter
 * le budget 2027 » and « Place de l'Étoile, un débat marqué par les
 * attaques de l'opposition », one story. In a parliament's copy an attack
 * is the opposition's words, and a house that sits after an attack is a
 * later day of its story: a parliament's sitting is never apart from an
 * attack (digest_event_apart(); eval/README.md, eighty-ninth round). */
static void test_event_house_attack(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Le Parlement se réunit pour voter le budget 2027",
         .body = "Le Parlement libanais se réunit mercredi place de l'Étoile pour examiner le "
                 "projet de loi de finances 2027, avec un vote attendu en fin de journée."},
        {.lang = "fr",
         .title = "Place de l'Étoile, un débat marqué par les attaques de l'opposition",
         .body = "Dès l'ouverture de la séance, plusieurs députés de l'opposition ont dénoncé un "
                 "budget 2027 « sans vision ». Le président de la Chambre a dû suspendre la "
                 "séance vingt minutes après un échange d'insultes."},
        FR_BACKGROUND,
    };
    size_t n = sizeof ps / sizeof *ps;
    double house = edge_weight(ps, n, 0, 1);
    ok(house > 0, "a parliament's sitting and its opposition's attacks weigh (%g)", house);
}

/* Day 79's march again, whose marchers carried "photographs of Ndapewa
 * Shikongo, the student shot dead at a protest outside the fund's offices
 * last year", and the trial of her killing: a name the march recalls from
 * a past event (digest_evname.c), "students" besides: a thin edge and no
 * link. */
static void test_recalled_name(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "'We are the ones paying for the fund's mistakes': students vow to march again",
         .body = "Student leaders said on Tuesday night they would march again next week if the "
                 "National Student Loan Fund did not reverse its cuts, and that many first-year "
                 "students had already been told to leave their hostels. Some marchers carried "
                 "photographs of Ndapewa Shikongo, the student shot dead at a protest outside the "
                 "fund's offices last year."},
        {.lang = "en",
         .title = "Constable pleads not guilty to murder of student Shikongo",
         .body = "Police Constable Matheus Kambonde pleaded not guilty on Tuesday in the High "
                 "Court in Windhoek to murdering 21-year-old student Ndapewa Shikongo, who was "
                 "shot in the back with live ammunition during a protest in August last year. "
                 "Kambonde told the court he fired because he believed a colleague's life was in "
                 "danger."},
        {.lang = "en",
         .title = "'She was running away': friend tells court of Shikongo shooting",
         .body = "A fellow student told the High Court on Tuesday that Ndapewa Shikongo was "
                 "running away from the police line, with her hands above her head, when she was "
                 "shot, on the first day of the murder trial of Constable Matheus Kambonde."},
        ENGLISH_BACKGROUND,
    };
    size_t n = sizeof ps / sizeof *ps;
    double passed = edge_weight(ps, n, 0, 1), trial = edge_weight(ps, n, 1, 2);
    int flags = edge_flags(ps, n, n, 0, 1);
    ok(passed <= 0, "the march and the trial, through its victim: no edge that weighs (%g)",
       passed);
    ok(flags < 0 || (flags & EDGE_PASSED), "and no link, a name recalled (%d)", flags);
    ok(trial > 0, "two posts of the trial weigh (%g)", trial);
}

/* Day 55: the French service of an English channel in Mumbai opens its
 * titles on the country and names the city in most ("Inde : ...
 * Bombay"). Its monsoon and its runway excursion share those two and the
 * day's rain, one word: the service's every story, a thin edge. Two
 * posts of the runway excursion weigh (eval/README.md, forty-fourth
 * round). */
static void test_minor_hub_word(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Inde : des pluies de mousson diluviennes paralysent Bombay, six morts",
         .body = "Au moins six personnes sont mortes mercredi à Bombay, où des pluies de mousson "
                 "diluviennes ont inondé les rues et interrompu les trains de banlieue "
                 "qu'empruntent chaque jour des millions de personnes, selon la municipalité."},
        {.lang = "fr",
         .title = "Inde : un avion sort de piste à Bombay sous une pluie battante",
         .body = "Un avion de ligne de la compagnie SkyVista Airlines est sorti de piste mercredi "
                 "matin lors de son atterrissage à l'aéroport de Bombay, sous une pluie battante, "
                 "sans faire de blessés. Les 176 occupants ont été évacués par les toboggans."},
        {.lang = "fr",
         .title = "Avion sorti de piste à Bombay : les 176 passagers évacués par les toboggans",
         .body = "Les 176 passagers et membres d'équipage de l'avion de SkyVista Airlines sorti de "
                 "piste mercredi à l'aéroport de Bombay ont tous été évacués par les toboggans, a "
                 "indiqué la compagnie."},
        {.lang = "fr",
         .title = "Inde : un immeuble s'effondre près de Bombay, au moins huit morts",
         .body = "Un immeuble d'habitation de trois étages s'est effondré mercredi avant l'aube à "
                 "Bhiwandi, une ville de tissage proche de Bombay, faisant au moins huit morts."},
        ENGLISH_BACKGROUND,
    };
    double two = edge_weight(ps, 10, 0, 1), runway = edge_weight(ps, 10, 1, 2);
    ok(two <= 0,
       "the monsoon and the runway excursion, met through Inde, Bombay and the rain: no "
       "edge that weighs (%g)",
       two);
    ok(runway > 0, "two posts of the runway excursion weigh (%g)", runway);
}

/* Day 75: the French service of an English channel in St. John's names
 * Terre-Neuve in every title. Its hospital strike and the hydro deal's
 * vote share the hub and the province's full name ("Terre-Neuve-et-
 * Labrador"), and no word of what happened: the service's every story, a
 * thin edge, though the province is no country. Two posts of the strike
 * weigh (eval/README.md, forty-seventh round). */
static void test_minor_hub_name(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Terre-Neuve : les employés de soutien des hôpitaux en grève à l'aube",
         .body = "Quelque 4 200 employés d'entretien, brancardiers et cuisiniers des hôpitaux de "
                 "Terre-Neuve-et-Labrador devaient cesser le travail mercredi à 6 h, une ultime "
                 "séance de négociation nocturne avec le gouvernement provincial n'ayant pas "
                 "abouti, a annoncé leur syndicat."},
        {.lang = "fr",
         .title = "Entente du Winokapau : Québec suspendu au vote de Terre-Neuve",
         .body = "Le gouvernement du Québec attend le vote de jeudi à l'Assemblée de "
                 "Terre-Neuve-et-Labrador avant de soumettre à son tour l'entente du Winokapau "
                 "aux députés québécois, a indiqué mardi le cabinet du ministre de l'Économie."},
        {.lang = "fr",
         .title = "Grève des hôpitaux de Terre-Neuve : des chirurgies reportées",
         .body = "Les hôpitaux de Terre-Neuve-et-Labrador ont reporté des centaines de "
                 "chirurgies mercredi, au premier jour de la grève des employés de soutien, "
                 "brancardiers et cuisiniers, a indiqué le syndicat."},
        ENGLISH_BACKGROUND,
    };
    double two = edge_weight(ps, 9, 0, 1), strike = edge_weight(ps, 9, 0, 2);
    ok(two <= 0,
       "the hospital strike and the hydro vote, met through Terre-Neuve and the province: no "
       "edge that weighs (%g)",
       two);
    ok(strike > 0, "two posts of the hospital strike weigh (%g)", strike);
}

/* Day 75 again: the capsized crab boat, the wildfire and the fishermen's
 * rally, each a French post of the service that names Terre-Neuve in every
 * title. The capsize and the wildfire open on "Canada :" (a title's first
 * capital, read as a word): the country, which says where, not what
 * happened, so the two share the hub and the country only. The capsize
 * and the rally share the hub and the crab, which the rally's title holds
 * and the capsize writes in its copy: the province's fishery. The wildfire
 * and the rally share the hub and a count, "plusieurs centaines", which
 * says how many, not what happened. The three edges are thin; two posts of
 * the wildfire, and two of the rally, weigh (eval/README.md, forty-seventh
 * round). */
static void test_minor_hub_country_word(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Canada : un crabier chavire au large de Terre-Neuve, quatre disparus",
         .body = "SAINT-JEAN DE TERRE-NEUVE, 18 mai (AFP) - Un bateau de pêche au crabe des "
                 "neiges a chaviré mardi sur les Grands Bancs, à environ 200 km à l'est de "
                 "Saint-Jean de Terre-Neuve, et quatre de ses six marins étaient portés disparus, "
                 "selon les garde-côtes canadiens. Deux pêcheurs ont été hélitreuillés en état "
                 "d'hypothermie. La saison du crabe bat son plein au large de Terre-Neuve, où le "
                 "naufrage d'un chalutier avait fait cinq morts en 2019."},
        {.lang = "fr",
         .title = "Canada : un feu de forêt menace la ville de Gander, à Terre-Neuve",
         .body = "Un feu de forêt qui a déjà parcouru 1 200 hectares menaçait mardi soir la ville "
                 "de Gander, dans le centre de Terre-Neuve, où plusieurs centaines de maisons ont "
                 "été évacuées, selon les autorités provinciales."},
        {.lang = "fr",
         .title = "Terre-Neuve : des centaines de pêcheurs manifestent contre le prix du crabe",
         .body = "Plusieurs centaines de pêcheurs ont manifesté mardi devant le parlement de "
                 "Terre-Neuve-et-Labrador, à Saint-Jean, pour réclamer la révision du prix du "
                 "crabe des neiges fixé à 2,60 dollars la livre, jugé trop bas pour couvrir le "
                 "carburant et l'appât. Une partie de la flottille reste à quai depuis le 7 mai."},
        {.lang = "fr",
         .title = "Feu de forêt à Gander, à Terre-Neuve : des maisons évacuées",
         .body = "Les pompiers luttaient mercredi contre le feu de forêt qui menace la ville de "
                 "Gander, où des maisons ont été évacuées mardi soir, ont indiqué les autorités."},
        {.lang = "fr",
         .title = "Prix du crabe : les pêcheurs de Terre-Neuve restent à quai",
         .body = "Les pêcheurs de crabe des neiges de Terre-Neuve resteront à quai après la "
                 "manifestation de mardi devant le parlement, le prix de 2,60 dollars la livre "
                 "n'ayant pas été révisé."},
        ENGLISH_BACKGROUND,
        {.lang = "en",
         .title = "Ferry out of service",
         .body = "The island ferry was taken out of service on Tuesday with a gearbox failure."},
    };
    double country = edge_weight(ps, 12, 0, 1), crab = edge_weight(ps, 12, 0, 2);
    double fire = edge_weight(ps, 12, 1, 3), rally = edge_weight(ps, 12, 2, 4);
    double count = edge_weight(ps, 12, 1, 2);
    ok(country <= 0,
       "the capsize and the wildfire, met through Terre-Neuve and \"Canada :\": no edge that "
       "weighs (%g)",
       country);
    ok(crab <= 0,
       "the capsize and the rally, met through Terre-Neuve and the crab: no edge that "
       "weighs (%g)",
       crab);
    ok(count <= 0,
       "the wildfire and the rally, met through Terre-Neuve and \"plusieurs centaines\": no edge "
       "that weighs (%g)",
       count);
    ok(fire > 0, "two posts of the wildfire weigh (%g)", fire);
    ok(rally > 0, "two posts of the rally weigh (%g)", rally);
}

/* Day 60: two stories of one region, each title opening on its subject
 * ("Oignon :", "Ciment :"), share the region's name, its kind and
 * "production": neither writes the other's subject, so their edge is
 * thin. Two posts of the cement plant, whose rubrics ("Malbaza :",
 * "Ciment :") each post writes, weigh (eval/README.md, fortieth round). */
static void test_rubric_subjects(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Oignon : chute des cours dans la région de Tahoua",
         .body = "Les cours de l'oignon ont chuté de plus de moitié en deux mois dans la région de "
                 "Tahoua, premier bassin de production du pays, où les commerçants venus des pays "
                 "côtiers achètent moins que les années précédentes. Le ministère de l'Agriculture "
                 "étudie une aide au stockage."},
        {.lang = "fr",
         .title = "Ciment : la production de Malbaza doit doubler d'ici 2029",
         .body =
             "La cimenterie de Malbaza, dans la région de Tahoua, va doubler sa capacité de "
             "production avec un second four financé par un consortium de banques régionales, a "
             "annoncé mardi sa direction. Le pays importe encore une part importante de son "
             "ciment du Nigeria et du Bénin."},
        {.lang = "fr",
         .title = "Malbaza : la cimenterie lance la construction d'un second four",
         .body = "La Société des ciments de l'Ader a posé mardi à Malbaza la première pierre d'un "
                 "second four qui doit porter sa production annuelle à 1,5 million de tonnes de "
                 "ciment d'ici 2029, pour un investissement de 45 milliards de francs CFA."},
        {.lang = "fr",
         .title = "Oignon violet de Galmi : le prix du sac divisé par deux",
         .body =
             "Le sac de 100 kilos d'oignon violet de Galmi se négocie désormais autour de 11 000 "
             "francs CFA sur les marchés de la région de Tahoua, contre 25 000 francs il y a "
             "deux mois, en raison d'une récolte abondante."},
        GUYANE_BACKGROUND,
    };
    double region = edge_weight(ps, 6, 0, 1), plant = edge_weight(ps, 6, 1, 2);
    ok(region <= 0, "the onion's prices and the cement plant: no edge that weighs (%g)", region);
    ok(plant > 0, "two posts of the cement plant weigh (%g)", plant);
}

/* Day 50's shape: the English service of a French channel opens its titles
 * on the country it writes from, read there as a word ("Benin lawmakers
 * ...", "Benin court ..."), and tells its trials in the court's words ("A
 * court in ... has sentenced ... to six years in prison"). The mining code's
 * vote and the permit clerk's trial share the country's word, "mining" and
 * "permit"; the clerk's trial and the counterfeiters' of another town share
 * the sentence's words, the country and "fake". The formula counts for none
 * of the minor language's three whole features (digest_foreign.c): no edge
 * for either pair. Two posts of the clerk's trial, which share the court's
 * town, still weigh (eval/README.md, ninety-second round). */
static void test_minor_formula(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Benin lawmakers approve mining reform aimed at ending permit disputes",
         .body =
             "COTONOU, Aug 26 (Reuters) - Benin's parliament late on Tuesday approved a revised "
             "mining code that requires every permit to be listed in a public register, a "
             "reform the government says will end costly ownership disputes."},
        {.lang = "en",
         .title = "Benin court jails mining clerk over fake permit papers sold abroad",
         .body = "A court in Cotonou has sentenced a former registry clerk to six years in prison "
                 "for selling the same gold permits to several investors using forged papers."},
        {.lang = "en",
         .title = "Three jailed in Benin over counterfeit banknotes",
         .body = "A court in the northern Beninese city of Parakou has sentenced three men to four "
                 "years in prison for printing fake 5,000 CFA franc notes and passing them in "
                 "markets."},
        {.lang = "en",
         .title = "Cotonou registry clerk gets six years over forged gold permits",
         .body = "The Cotonou court sentenced the former registry clerk to six years in prison on "
                 "Tuesday for selling gold permits twice with forged papers."},
        FR_BACKGROUND,
        {.lang = "fr",
         .title = "Mines : le Parlement adopte le nouveau code minier",
         .body = "Les députés ont adopté mardi soir le code minier révisé par 71 voix contre 8."},
        {.lang = "fr",
         .title = "Parakou : trois faussaires condamnés à quatre ans de prison",
         .body = "Le tribunal de Parakou a condamné mardi trois hommes à quatre ans de prison pour "
                 "avoir imprimé de faux billets de 5 000 francs CFA."},
    };
    double vote = edge_weight(ps, 10, 0, 1), trials = edge_weight(ps, 10, 1, 2);
    double clerk = edge_weight(ps, 10, 1, 3);
    ok(vote < 0,
       "the mining code's vote and the clerk's trial, through the country's word: no "
       "edge (%g)",
       vote);
    ok(trials < 0, "the clerk's trial and the counterfeiters', through the sentence: no edge (%g)",
       trials);
    ok(clerk > 0, "two posts of the clerk's trial weigh (%g)", clerk);
}

/* Day 72's shape: a herders' piece of an attack's story (« Salamat : les
 * éleveurs privés de marché autour de Haraze ») and a measles campaign of
 * the same province (« Rougeole : une campagne de vaccination lancée dans
 * la province du Salamat ») share the province, its town and the word
 * « province », nothing that says what happened. The first rubric is a
 * place that the window's stories all name: no subject the other post
 * writes, so their edge is thin (digest_rubric.c). Two posts of the attack
 * and two of the campaign still weigh (eval/README.md, ninety-second
 * round). */
static void test_rubric_where(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Salamat : les éleveurs privés de marché autour de Haraze",
         .body = "Les autorités de la province du Salamat ont interdit jusqu'à nouvel ordre le "
                 "marché à bétail de Haraze, privant les éleveurs de leur unique revenu. « Sans "
                 "marché, on ne vend rien », résume un éleveur d'Am Timan."},
        {.lang = "fr",
         .title = "Rougeole : une campagne de vaccination lancée dans la province du Salamat",
         .body = "Am Timan (ATS) - Une campagne de vaccination contre la rougeole visant 200 000 "
                 "enfants a été lancée mercredi à Am Timan par le gouverneur de la province du "
                 "Salamat. Les vaccinateurs feront du porte-à-porte pendant cinq jours."},
        {.lang = "fr",
         .title = "Rougeole : les vaccinateurs escortés par des militaires",
         .body = "Dans le Salamat, où l'insécurité empêche souvent les agents de santé de "
                 "travailler, les vaccinateurs de la campagne contre la rougeole seront escortés, "
                 "a indiqué le médecin-chef d'Am Timan."},
        {.lang = "fr",
         .title = "Salamat : six soldats tués dans une attaque près de Haraze",
         .body = "Six soldats ont été tués dans la nuit de mardi à mercredi dans l'attaque d'un "
                 "poste de l'armée près de Haraze, dans la province du Salamat, a annoncé "
                 "l'état-major."},
        {.lang = "fr",
         .title = "Attaque de Haraze : le bilan passe à huit soldats tués",
         .body = "Le bilan de l'attaque du poste de Haraze, dans le Salamat, est passé à huit "
                 "soldats tués, selon l'armée, qui a dépêché des renforts depuis Am Timan."},
        GUYANE_BACKGROUND,
        {.lang = "fr",
         .title = "Football : Renaissance remporte le derby",
         .body = "Renaissance a battu Gazelle 2 à 1 dimanche au stade de N'Djamena."},
    };
    double where = edge_weight_cap(ps, 8, 8, 0, 1);
    double attack = edge_weight_cap(ps, 8, 8, 3, 4), campaign = edge_weight_cap(ps, 8, 8, 1, 2);
    ok(where <= 0, "the herders and the campaign, through the province: no edge that weighs (%g)",
       where);
    ok(attack > 0, "two posts of the attack weigh (%g)", attack);
    ok(campaign > 0, "two posts of the campaign weigh (%g)", campaign);
}

/* Day 54: the alert colours' explainer ("Jaune, orange, rouge", the
 * volcano's story) and "Au Morne-Rouge, la commune pleure" (the minibus
 * crash). "rouge" is a colour in one title and a word of the town's name in
 * the other, which writes it only there: no topic, and a title met only
 * through it makes a thin edge (eval/README.md, thirty-fourth round). */
static void test_hyphen_name_word(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Montagne Pelée : un essaim de plus de 300 séismes volcaniques enregistré",
         .body = "Saint-Pierre (ATS) - L'observatoire volcanologique et sismologique de Martinique "
                 "a enregistré depuis mardi plus de 300 séismes volcano-tectoniques de très faible "
                 "magnitude sous le sommet de la montagne Pelée, un essaim d'une intensité inédite "
                 "depuis le passage du volcan en vigilance jaune en 2020."},
        {.lang = "fr",
         .title = "La préfète interdit l'accès aux sentiers du sommet",
         .body = "La préfète de Martinique a interdit mercredi soir par arrêté l'accès aux "
                 "sentiers menant au sommet de la Pelée, tout en maintenant le volcan en vigilance "
                 "jaune."},
        {.lang = "fr",
         .title = "Jaune, orange, rouge : ce que veulent dire les couleurs d'alerte",
         .body = "Le passage au niveau orange, qui n'est pas à l'ordre du jour, entraînerait la "
                 "préparation de l'évacuation des communes du Nord les plus proches du cratère, "
                 "comme Saint-Pierre, Le Prêcheur ou le Morne-Rouge, alors que le niveau jaune "
                 "actuel se limite à une surveillance renforcée. Au niveau rouge, l'évacuation "
                 "devient obligatoire et l'accès à la zone est interdit."},
        {.lang = "fr",
         .title = "Morne-Rouge : un taxi collectif chute dans un ravin, trois morts",
         .body = "MORNE-ROUGE, 14 oct (AFP) - Trois personnes ont été tuées et onze blessées "
                 "mercredi lorsqu'un taxi collectif qui descendait la route de la Trace a quitté "
                 "la chaussée et plongé dans un ravin à la sortie du Morne-Rouge, ont annoncé les "
                 "pompiers."},
        {.lang = "fr",
         .title = "Au Morne-Rouge, la commune pleure des habitués de la ligne",
         .body = "La plupart des passagers étaient des habitants du Morne-Rouge et de "
                 "l'Ajoupa-Bouillon qui rentraient chaque soir de leur travail à Fort-de-France "
                 "par le même véhicule. Une veillée est prévue jeudi soir à l'église du bourg."},
        {.lang = "fr",
         .title = "Rhum : les exportations atteignent un record",
         .body = "Les distilleries de Martinique ont exporté un volume record de rhum agricole "
                 "sur les neuf premiers mois de l'année."},
    };
    double colour = edge_weight(ps, 6, 2, 4), volcano = edge_weight(ps, 6, 0, 1);
    ok(colour <= 0, "the colour \"rouge\" and the town Morne-Rouge: %g", colour);
    ok(volcano > 0, "two posts of the volcano weigh: %g", volcano);
}

/* Day 57: two how-to posts of two stories, the avalanche forecast and an
 * investment adviser's record, each addressed to the reader. They shared
 * "how", "your" and "check", an edge, and the avalanche's explainer
 * joined the Ponzi verdict's. The reader's "your" is no content word:
 * two words are too little for an edge. */
static void test_howto_reader(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Backcountry skier killed in avalanche near Red Mountain Pass",
         .body = "A backcountry skier was killed Wednesday when an avalanche swept him about 800 "
                 "feet down a slope near Red Mountain Pass in San Juan County, the county "
                 "sheriff's office said."},
        {.lang = "en",
         .title = "Avalanche danger is 'high': how to read the forecast before you go",
         .body = "Before heading into the backcountry this week, check the avalanche forecast "
                 "for your zone, carry a beacon, shovel and probe, and stay off slopes steeper "
                 "than 30 degrees, the Colorado Avalanche Information Center urged."},
        {.lang = "en",
         .title = "Greenwood Village adviser convicted in $43 million Ponzi scheme",
         .body = "A federal jury in Denver on Wednesday convicted Greenwood Village financial "
                 "adviser Garrett Lindqvist of 14 counts of wire fraud for running a $43 million "
                 "Ponzi scheme that drained the savings of more than 200 retirees."},
        {.lang = "en",
         .title = "How to check an investment adviser before you hand over your savings",
         .body = "Before you invest with anyone, look up their registration on the SEC's adviser "
                 "disclosure website and on FINRA's BrokerCheck, regulators said after "
                 "Wednesday's verdict."},
        {.lang = "en",
         .title = "Jefferson County teachers vote to authorize strike",
         .body = "Teachers in Jefferson County Public Schools voted by 91% on Wednesday to "
                 "authorize a strike that could begin Feb. 23."},
        {.lang = "en",
         .title = "Grocery workers walk out at Peak Market stores",
         .body = "Workers at 40 Peak Market grocery stores across the Denver area walked off the "
                 "job on Wednesday after talks on a new contract broke down."},
    };
    double w = edge_weight(ps, 6, 1, 3);
    ok(w < 0, "the avalanche's how-to and the adviser's: no edge (%g)", w);
}

/* Day 62: the prime minister's order that every boat stay in port until
 * the cyclone passes and the Lae stevedores' vow to stay out until they are
 * paid share "stay", "until" and "port": how long, and where, not what
 * happened. With "until" a weak word (the English of "jusqu'") they share
 * two words and a half: no edge. Two posts of the strike still weigh. */
static void test_until_port(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "PM orders every boat to stay in port until Tavita passes",
         .body = "Prime Minister Seru Nalatu ordered all inter-island ferries and fishing boats to "
                 "stay in port from Tuesday night until the cyclone has passed. The Maritime "
                 "Safety Authority said the order covers every vessel under 500 tonnes."},
        {.lang = "en",
         .title = "Wharfies vow to stay out until allowances are paid",
         .body = "Striking stevedores at Lae's main wharf said on Tuesday evening they would not "
                 "return to work until the port operator paid meal and shift allowances they say "
                 "have been owed for 18 months. Union organiser Peter Yamai said 640 workers had "
                 "joined the stoppage."},
        {.lang = "en",
         .title = "Papua New Guinea dockworkers strike at Lae, halting container traffic",
         .body = "Dockworkers at Papua New Guinea's port of Lae, the country's busiest, walked off "
                 "the job on Tuesday over unpaid allowances, halting container handling and "
                 "leaving at least seven ships waiting offshore, the port operator said."},
        {.lang = "en",
         .title = "Evacuation centres open across the North as Tavita nears",
         .body = "More than 140 evacuation centres were opened across Vanua Levu and Taveuni on "
                 "Tuesday as Tropical Cyclone Tavita bore down on the Northern Division."},
        {.lang = "en",
         .title = "Former lands minister Koroi guilty of abuse of office",
         .body = "Former lands minister Apenisa Koroi was found guilty of abuse of office by the "
                 "High Court in Suva on Tuesday."},
        {.lang = "en",
         .title = "Nurses walk out at Suva hospital over unpaid overtime",
         .body = "Nurses at the Colonial War Memorial Hospital walked off the job on Tuesday."},
    };
    double w = edge_weight(ps, 6, 0, 1);
    ok(w < 0, "the order to stay in port and the wharfies' vow: no edge (%g)", w);
    w = edge_weight(ps, 6, 1, 2);
    ok(w > 0, "two posts of the Lae strike weigh (%g)", w);
}

/* Day 73: the rally for a small town's overnight emergency room and the
 * price of gas that rose overnight, two English posts of a French
 * channel, share the province ("New Brunswick") and "overnight", in both
 * titles: where and when, not what happened. With "overnight" a weak word
 * (the time of day, as "night") they share a name and no word: no edge.
 * Two posts of the price still weigh. */
static void test_overnight(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Residents rally to save overnight ER in Acadian town",
         .body = "CARAQUET (AP) — More than a thousand people rallied outside a small hospital in "
                 "Caraquet, New Brunswick, on Tuesday to protest a plan to close its emergency "
                 "department overnight because of a shortage of doctors. Rural hospitals across "
                 "Atlantic Canada have struggled to staff emergency rooms around the clock."},
        {.lang = "en",
         .title = "Gas prices jump overnight in New Brunswick",
         .body = "The maximum price of regular self-serve gasoline in New Brunswick rose 4.3 cents "
                 "overnight to $1.689 a litre, the Energy and Utilities Board said. Diesel rose "
                 "2.1 cents."},
        {.lang = "en",
         .title = "New Brunswick gasoline price up 4.3 cents a litre",
         .body = "The Energy and Utilities Board raised the maximum price of regular self-serve "
                 "gasoline by 4.3 cents to $1.689 a litre on Wednesday, citing crude prices."},
        {.lang = "fr",
         .title = "Grève à l'usine de crabe de Shippagan le jour de l'ouverture",
         .body = "Quelque 280 employés de l'usine de Shippagan ont déclenché la grève mardi, le "
                 "jour de l'ouverture de la saison du crabe des neiges."},
        {.lang = "fr",
         .title = "Trois morts dans une collision près de Tracadie",
         .body = "Trois personnes ont été tuées mardi dans une collision entre une fourgonnette et "
                 "un camion forestier sur la route 11, près de Tracadie, a indiqué la GRC."},
        FR_BACKGROUND,
    };
    double w = edge_weight_cap(ps, 9, 3, 0, 1);
    ok(w <= 0, "the overnight ER rally and the overnight gas price: no weight (%g)", w);
    w = edge_weight_cap(ps, 9, 3, 1, 2);
    ok(w > 0, "two posts of the gas price weigh (%g)", w);
}

/* Day 74: the truck that ran into Gitega's market and the drum sanctuary
 * whose reopening mourned "les victimes du camion du marché de Gitega"
 * share the market (a facility), the town, the toll's "victimes" and
 * "camion", and no title meets the other post through a word of what
 * happened: a place, not a story, though two whole words are shared. The
 * toll's word says how many died, not what happened: a thin edge. Two
 * posts of the market's story still weigh. */
static void test_facility_toll(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Gitega : les commerçants du marché lancent une cagnotte pour les familles",
         .body = "Les commerçants du marché central de Gitega ont lancé mercredi soir une collecte "
                 "pour aider les familles des cinq victimes du camion et les vendeuses qui ont "
                 "tout perdu. Les dons sont reçus au bureau de l'association des commerçants, à "
                 "l'entrée du marché."},
        {.lang = "fr",
         .title = "Gishora : une réouverture sobre, endeuillée par le drame du marché",
         .body =
             "La cérémonie de réouverture du sanctuaire de Gishora a été écourtée mercredi, les "
             "tambourinaires ayant observé une minute de silence pour les victimes du camion du "
             "marché de Gitega, survenu en contrebas quelques heures plus tôt. Le sanctuaire, "
             "inscrit au patrimoine culturel immatériel, attend trois mille visiteurs par an."},
        {.lang = "fr",
         .title = "Un camion fou fauche des étals au marché central de Gitega",
         .body =
             "GITEGA: Un camion dont les freins auraient lâché dans la descente a foncé mercredi "
             "matin dans les étals du marché central de Gitega, tuant au moins trois personnes, "
             "selon un premier bilan de la protection civile. Le poids lourd, chargé de sacs de "
             "ciment, a terminé sa course contre un hangar de vendeuses de légumes."},
        {.lang = "fr",
         .title = "Le sanctuaire des tambourinaires de Gishora rouvre ses portes",
         .body = "Le sanctuaire royal des tambours de Gishora, sur la colline qui domine Gitega, a "
                 "rouvert mercredi au public après dix-huit mois de travaux de restauration de ses "
                 "huttes et de son enclos."},
        {.lang = "fr",
         .title = "Choléra : douze nouveaux cas à Rumonge",
         .body = "Le ministère de la Santé a recensé douze nouveaux cas de choléra à Rumonge, où "
                 "un centre de traitement a été ouvert mercredi."},
        {.lang = "fr",
         .title = "Carburant : l'Assemblée vote la loi sur les réserves",
         .body = "Les députés ont adopté mercredi la loi qui impose aux importateurs de carburant "
                 "des réserves de trente jours."},
    };
    double w = edge_weight(ps, 6, 0, 1);
    ok(w <= 0, "the market's collection and the sanctuary's mourning: no weight (%g)", w);
    w = edge_weight(ps, 6, 0, 2);
    ok(w > 0, "two posts of the market's story weigh (%g)", w);
}

/* Day 76: the collision's families waiting "Au CHN" and the first
 * angioplasties "au Centre hospitalier national" share the hospital (its
 * acronym in one title, its name in the other), the town, and "national",
 * a word of the hospital's name that the families' copy writes in full:
 * two stories at one place, no weight (digest_place.c). The families and
 * the collision's toll (the injured sent to the hospital), and two posts
 * of the collision, still weigh. */
static void test_place_titled(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Au CHN, l'attente angoissée des familles des blessés d'Elb Jmel",
         .body = "Des dizaines de proches ont passé la nuit dans la cour du Centre hospitalier "
                 "national de Nouakchott, où ont été admis onze blessés de l'accident d'autocar "
                 "de la route de l'Espoir. « On nous dit d'attendre le médecin de garde, mon "
                 "frère est au bloc depuis minuit », confie un commerçant venu d'Arafat. "
                 "L'hôpital a lancé un appel aux donneurs de sang."},
        {.lang = "fr",
         .title = "Premières angioplasties coronaires réalisées au Centre hospitalier national",
         .body = "NOUAKCHOTT, 8 juin (AFP) - Une équipe de cardiologues du Centre hospitalier "
                 "national (CHN) de Nouakchott a réalisé mardi les premières angioplasties "
                 "coronaires du pays, dans une salle de cathétérisme inaugurée le mois dernier. "
                 "Jusqu'ici, les patients devaient être évacués vers Dakar, Casablanca ou "
                 "Tunis, aux frais de la Caisse nationale d'assurance maladie."},
        {.lang = "fr",
         .title = "Au CHN, la salle de cathétérisme ouvre ses portes malgré une nuit chargée",
         .body = "Trois patients ont bénéficié mardi de la pose d'un stent dans la nouvelle "
                 "salle de cathétérisme du CHN, a confirmé la cheffe du service de cardiologie, "
                 "le docteur Khadijetou Mint Cheikh. L'hôpital a dû dans le même temps "
                 "accueillir dans la nuit onze blessés graves de l'accident de la route de "
                 "l'Espoir, ce qui a obligé à reporter deux interventions programmées."},
        {.lang = "fr",
         .title = "Au moins neuf morts dans une collision entre un car et un camion près de "
                  "Boutilimit",
         .body = "NOUAKCHOTT, 8 juin (AFP) - Au moins neuf personnes ont été tuées et "
                 "vingt-trois blessées mardi soir dans la collision entre un car de voyageurs "
                 "et un camion-citerne sur la route de l'Espoir, à une trentaine de kilomètres "
                 "à l'est de Boutilimit, a-t-on appris auprès de la gendarmerie nationale. Le "
                 "choc s'est produit vers 18 h 20 près du village d'Elb Jmel. Le car, de la "
                 "compagnie Al Amane Voyages, avait quitté Nouakchott dans l'après-midi pour "
                 "Kiffa avec une cinquantaine de passagers."},
        {.lang = "fr",
         .title = "Collision de Boutilimit : le bilan s'alourdit à quatorze morts",
         .body = "Le bilan de la collision survenue mardi soir entre un bus et une citerne sur "
                 "la route de l'Espoir est passé à quatorze morts, cinq blessés graves ayant "
                 "succombé dans la nuit, a indiqué dans la nuit le wali du Trarza, Ahmed Salem "
                 "Ould Dah. Onze blessés ont été évacués par ambulance vers le Centre "
                 "hospitalier national de Nouakchott, les autres sont soignés au centre de "
                 "santé de Boutilimit."},
        {.lang = "fr",
         .title = "Dix ans de prison requis contre l'ex-directeur de l'Office des forages ruraux",
         .body = "NOUAKCHOTT, 8 juin (AFP) - Le parquet a requis mardi dix ans de prison ferme "
                 "contre Mohamedou Ould Saleck, ancien directeur général de l'Office national "
                 "des forages ruraux (ONFR), jugé par la chambre criminelle du tribunal de "
                 "Nouakchott-Ouest pour le détournement de 118 millions d'ouguiyas. "
                 "L'accusation lui reproche d'avoir payé des entreprises pour des forages "
                 "jamais creusés en Assaba et au Guidimakha entre 2022 et 2025. Le verdict sera "
                 "rendu le 22 juin."},
    };
    double w = edge_weight(ps, 6, 0, 1);
    ok(w <= 0, "the families at the CHN and the first angioplasties: no weight (%g)", w);
    w = edge_weight(ps, 6, 0, 4);
    ok(w > 0, "the families and the toll's post, which sends the injured there, weigh (%g)", w);
    w = edge_weight(ps, 6, 3, 4);
    ok(w > 0, "two posts of the collision weigh (%g)", w);
}

/* Day 76: two English posts of a French channel, the fishmeal plants shut
 * and the water office chief's trial, share "Mauritania", "accusing" and
 * "water", three whole features, no name of their own. The country is
 * every story's of the foreign service: without it they share two words,
 * and two posts of the minor language meet through three (digest_pairs()):
 * no edge. Two posts of the trial, which share its words beyond the
 * country, still weigh. */
static void test_minor_country(void)
{
    const struct digest_post ps[] = {
        FR_BACKGROUND,
        {.lang = "en",
         .title = "Mauritania shuts three fishmeal plants over pollution",
         .body = "Mauritania has ordered three fishmeal plants in the port city of Nouadhibou to "
                 "halt production for a month, accusing them of dumping waste water into the bay "
                 "and polluting the air of nearby neighbourhoods. Fishmeal factories, which grind "
                 "small pelagic fish into feed for fish farms abroad, have multiplied along the "
                 "coast in the past decade."},
        {.lang = "en",
         .title = "Prosecutors seek 10 years for ex-head of Mauritania's rural water office",
         .body = "Prosecutors in Mauritania on Tuesday asked for a 10-year prison sentence for "
                 "the former head of the state rural borehole office, accused of paying "
                 "contractors for wells that were never dug. A verdict is expected on June 22."},
        {.lang = "en",
         .title = "Mauritania's ex-water office head pleads for acquittal as trial ends",
         .body = "Lawyers for the former head of Mauritania's rural borehole office asked the "
                 "court to acquit him, saying he never knew the wells paid for by the state were "
                 "never dug. Prosecutors seek a 10-year prison sentence."},
    };
    double w = edge_weight(ps, 7, 4, 5);
    ok(w < 0, "the fishmeal plants and the water office's trial: no edge (%g)", w);
    w = edge_weight(ps, 7, 5, 6);
    ok(w > 0, "two posts of the trial weigh (%g)", w);
}

/* Day 78: two English posts of a French channel, the water workers'
 * strike in the capital and the dry bulk terminal at the port, share
 * "Congo" (the foreign service's hub), "dry" and "Republic of Congo", the
 * country's formal style that wire copy writes out on first mention. That
 * style is the country still (digest_country()), no name of their own:
 * they share one word besides it, and two posts of the minor language meet
 * through three (digest_pairs()): no edge. Two posts of the strike, which
 * share its words, still weigh. */
static void test_minor_country_style(void)
{
    const struct digest_post ps[] = {
        FR_BACKGROUND,
        {.lang = "en",
         .title = "Water workers' strike leaves Congo capital's taps dry",
         .body = "BRAZZAVILLE, Congo Workers at the Republic of Congo's public water utility began "
                 "a 72-hour walkout on Wednesday over four months of unpaid wages, cutting running "
                 "water to large parts of the capital. The utility's management said talks with "
                 "unions would resume on Thursday."},
        {.lang = "en",
         .title = "Pointe-Noire opens dry bulk terminal as Congo courts miners",
         .body = "The port of Pointe-Noire opened a dedicated dry bulk terminal on Wednesday, "
                 "loading its first cargo of potash as the Republic of Congo tries to turn its "
                 "Atlantic port into an export hub for minerals. Port officials said the terminal "
                 "could handle 8 million tonnes a year once fully equipped."},
        {.lang = "en",
         .title = "Unions extend Congo water strike over unpaid wages",
         .body = "Unions at the Republic of Congo's public water utility extended their walkout "
                 "to Monday, saying four months of unpaid wages had not been paid. Running water "
                 "is still cut in large parts of the capital."},
    };
    double w = edge_weight(ps, 7, 4, 5);
    ok(w < 0, "the water strike and the dry bulk terminal: no edge (%g)", w);
    w = edge_weight(ps, 7, 4, 6);
    ok(w > 0, "two posts of the strike weigh (%g)", w);
}

/* Day 74: the water utility chief's trial and the coffee cooperative's
 * verdict, two English posts of a French channel, share "Burundi" (the
 * foreign service's hub, in most of its titles), "chief", "jail" and
 * "embezzlement". Besides the hub: no edge, as besides a country
 * (test_minor_country()). Two posts of the minibus crash still weigh. */
static void test_minor_hub_trials(void)
{
    const struct digest_post ps[] = {
        FR_BACKGROUND,
        {.lang = "en",
         .title = "Prosecutors seek 15 years for Burundi ex-water chief",
         .body = "Prosecutors in Burundi on Wednesday asked the anti-corruption court to jail the "
                 "former head of the urban water utility for 15 years over the alleged "
                 "embezzlement of $1.4 million meant for new pipes. The court will rule on June "
                 "16."},
        {.lang = "en",
         .title = "Burundi coffee co-op bosses jailed for embezzlement",
         .body = "Two leaders of a coffee cooperative in northern Burundi's Kayanza province were "
                 "sentenced to eight years in prison on Wednesday for embezzling farmers' harvest "
                 "money."},
        {.lang = "en",
         .title = "Minibus plunges into gorge in Burundi, killing 12",
         .body = "At least 12 people were killed on Wednesday when a minibus carrying commuters to "
                 "Bujumbura plunged into a gorge on Burundi's main northern highway, police said. "
                 "The vehicle left the road on a sharp bend near Bugarama."},
        {.lang = "en",
         .title = "Death toll rises to 12 in Burundi minibus crash",
         .body = "A crowded minivan veered off a mountain road and tumbled into a ravine in "
                 "western Burundi early Wednesday, killing 12 passengers, police said."},
        {.lang = "fr",
         .title = "Carburant : l'Assemblée vote la loi sur les réserves",
         .body = "Les députés ont adopté mercredi la loi qui impose aux importateurs de carburant "
                 "des réserves de trente jours."},
        {.lang = "fr",
         .title = "Choléra : douze nouveaux cas à Rumonge",
         .body = "Le ministère de la Santé a recensé douze nouveaux cas de choléra à Rumonge, où "
                 "un centre de traitement a été ouvert mercredi."},
    };
    double w = edge_weight(ps, 10, 4, 5);
    ok(w < 0, "the water chief's trial and the coffee co-op's verdict: no edge (%g)", w);
    w = edge_weight(ps, 10, 6, 7);
    ok(w > 0, "two posts of the minibus crash weigh (%g)", w);
}

/* Day 55: the building collapse near Mumbai and the jet that slid off
 * Mumbai's runway share "India" and "Mumbai", a country and its city, and
 * nothing that says what happened: no edge. Two posts of the runway
 * excursion still weigh. */
static void test_country_city(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Building collapse near India's Mumbai kills 8",
         .body = "BHIWANDI (AP) — A residential building collapsed before dawn on Wednesday in an "
                 "industrial town near Mumbai, killing at least eight people as they slept, "
                 "officials said. Heavy monsoon rain had been falling on the region for two days. "
                 "Building collapses are common in India during the rainy season, when old and "
                 "illegally extended structures give way."},
        {.lang = "en",
         .title = "Jet slides off wet runway in India, no one hurt",
         .body = "MUMBAI (AP) — A passenger jet overshot the runway while landing in a downpour in "
                 "Mumbai on Wednesday, its nose wheel sinking into the mud at the end of the "
                 "strip, officials said. Passengers left the plane by its emergency slides."},
        {.lang = "en",
         .title = "SkyVista plane skids off runway at Mumbai airport; all 176 safe",
         .body = "A SkyVista Airlines plane arriving from Kochi with 176 people on board skidded "
                 "off the main runway at Chhatrapati Shivaji Maharaj International Airport while "
                 "landing in heavy rain at 8.05 a.m. on Wednesday, and everyone was evacuated "
                 "unhurt, the airport operator said."},
        {.lang = "en",
         .title = "Ride-hailing drivers strike in Mumbai over fares",
         .body = "MUMBAI, July 8 (Reuters) - Drivers for India's two biggest ride-hailing "
                 "platforms went on strike in Mumbai on Wednesday, demanding higher per-kilometre "
                 "rates and a cap on the commission the companies take from each trip."},
        {.lang = "en",
         .title = "India women beat England by six wickets, seal ODI series",
         .body = "India beat England by six wickets in the second women's one-day international "
                 "at Bristol on Tuesday night to take an unbeatable 2-0 lead in the three-match "
                 "series."},
    };
    double cr = edge_weight(ps, 5, 0, 1), story = edge_weight(ps, 5, 1, 2);
    ok(cr < 0, "the collapse and the runway, met through India and Mumbai: no edge (%g)", cr);
    ok(story > 0, "two posts of the runway excursion weigh: %g", story);
}

/* Day 56's chain: the explainer on the Riviera's jewellers, the migrant
 * killed at the border and the rockfall on the Riviera road share
 * "Riviera" and "border" / "frontière", one name and one word, and
 * little else (cos below 0.10); a title meets the other post through the
 * name alone. A region's name and its stories' word: the edge is thin.
 * Two posts of the migrant's story still weigh. */
static void test_region_word(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Braquage d'une joaillerie à Monte-Carlo",
         .body = "MONACO, 6 mai (AFP) - Trois hommes armés et cagoulés ont braqué mercredi en fin "
                 "de matinée une joaillerie du boulevard des Moulins, à Monte-Carlo, avant de "
                 "s'enfuir à scooter en direction de la France, a-t-on appris auprès de la Sûreté "
                 "publique."},
        {.lang = "fr",
         .title = "Pourquoi les bijouteries de la Riviera attirent les braqueurs",
         .body = "Frontière italienne à dix minutes, clientèle fortunée et vitrines chargées de "
                 "pièces faciles à revendre à l'étranger : la Côte d'Azur concentre depuis vingt "
                 "ans une part importante des attaques visant les joailliers en France, selon un "
                 "ancien enquêteur de la police judiciaire. Les montres de luxe, démontées et "
                 "revendues pièce par pièce, sont les plus recherchées, explique-t-il."},
        {.lang = "fr",
         .title = "Un migrant tué par un train près de Menton",
         .body = "MENTON, France Un jeune homme, vraisemblablement un migrant qui tentait de "
                 "passer à pied d'Italie en France, a été mortellement percuté par un train "
                 "régional peu avant 6 heures mercredi dans le tunnel ferroviaire situé entre "
                 "Vintimille et Menton-Garavan. La circulation des trains a été interrompue "
                 "pendant plus de trois heures entre Menton et la frontière."},
        {.lang = "en",
         .title = "Migrant killed by train at French-Italian border",
         .body = "MENTON (AP) — A young man believed to be a migrant was struck and killed by a "
                 "train Wednesday in a tunnel on the French-Italian border near the Riviera town "
                 "of Menton, French authorities said. Rail traffic was halted for more than three "
                 "hours."},
        {.lang = "fr",
         .title = "Un éboulement coupe la basse corniche à l'entrée de Monaco",
         .body = "CAP-D'AIL, 6 mai (AFP) - Un éboulement d'une centaine de mètres cubes de roche a "
                 "coupé la basse corniche (RD 6098) dans la nuit de mardi à mercredi à Cap-d'Ail, "
                 "à la sortie ouest de Monaco, sans faire de victime, a indiqué le département "
                 "des Alpes-Maritimes."},
        {.lang = "en",
         .title = "Rockfall shuts Riviera coast road into Monaco until next week",
         .body = "A rockslide has closed the coastal road linking Nice and Monaco until at least "
                 "Monday, authorities said on Wednesday, forcing thousands of cross-border "
                 "commuters onto congested hill roads and packed trains."},
        {.lang = "fr",
         .title = "Les croupiers du Casino Belle Époque votent une grève pour vendredi",
         .body = "Réunis en assemblée générale mardi soir, les croupiers des jeux de table du "
                 "Casino Belle Époque de Monte-Carlo ont voté à 87 % un arrêt de travail vendredi "
                 "à partir de 20 heures pour protester contre la nouvelle répartition des "
                 "pourboires."},
    };
    double jm = edge_weight(ps, 7, 1, 3), jr = edge_weight(ps, 7, 1, 5);
    double story = edge_weight(ps, 7, 2, 3);
    ok(jm <= 0, "the jewellers' explainer and the migrant: weight %g", jm);
    ok(jr <= 0, "the jewellers' explainer and the rockfall: weight %g", jr);
    ok(story > 0, "two posts of the migrant weigh: %g", story);
}

/* Day 88's airport: a runway excursion and the public inquiry into the
 * runway's extension, whose posts share the airport's names, "aéroport"
 * and "piste". The runway is the airport, as a port's berths are the port
 * (digest_maps.c, seventy-first round): what happened is not shared, and
 * the edge weighs nothing. The excursion and its passengers' account meet
 * through the landing and keep their edge. */
static void test_facility_runway(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Sortie de piste d'un avion de ligne à l'aéroport de Grand-Case",
         .body =
             "GRAND-CASE, 23 juin (AFP) - Un avion de la compagnie régionale Alizés Air en "
             "provenance de Saint-Barthélemy est sorti de piste mercredi vers 10 h 35 à "
             "l'atterrissage à l'aéroport de Grand-Case L'Espérance, faisant quatre blessés "
             "légers parmi ses quatorze passagers, selon la préfecture. L'appareil, un bimoteur "
             "à hélices, a terminé sa course dans l'herbe au-delà du bout de piste, à une "
             "trentaine de mètres de l'étang. L'aéroport a été fermé au trafic."},
        {.lang = "fr",
         .title = "Allongement de la piste de Grand-Case : ouverture de l'enquête publique",
         .body = "L'enquête publique sur le projet d'allongement de 300 mètres de la piste de "
                 "l'aéroport de Grand-Case L'Espérance s'ouvre mercredi et durera un mois, a "
                 "annoncé la Collectivité, maître d'ouvrage du projet. Le projet doit permettre "
                 "d'accueillir des avions de 70 places venus de Guadeloupe et de Martinique."},
        {.lang = "fr",
         .title = "Grand-Case : les passagers racontent un atterrissage « trop long »",
         .body = "Les passagers du vol d'Alizés Air joints par notre rédaction décrivent un "
                 "atterrissage « très long », l'avion touchant le sol au-delà de la moitié de la "
                 "piste sous une forte averse avant de freiner brutalement. « On a vu l'herbe "
                 "arriver et on a compris qu'il ne s'arrêterait pas », raconte une habitante de "
                 "Gustavia venue pour un rendez-vous médical."},
        FR_BACKGROUND,
    };
    size_t n = sizeof ps / sizeof *ps;
    double inquiry = edge_weight(ps, n, 0, 1), own = edge_weight(ps, n, 0, 2);
    ok(inquiry <= 0, "a runway excursion and the runway's extension: no edge that weighs (%g)",
       inquiry);
    ok(own > 0, "the excursion and its passengers' account weigh (%g)", own);
}

/* Day 99: the sanitation strikers' rally and the march against a data
 * centre's water deal, both "on the steps of" / "to Tucson City Hall" on
 * one evening, whose posts share the hall, the town and "hundreds": a
 * town's hall is a facility, where the town's protests, votes and
 * strikes all happen (digest_maps.c, eighty-fifth round). Nothing of
 * what happened is shared, and the edge weighs nothing; two posts of the
 * strike keep their edge. */
static void test_facility_hall(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Strikers rally outside City Hall as mayor calls walkout 'premature'",
         .body = "Several hundred striking sanitation workers in orange vests rallied on the steps "
                 "of Tucson City Hall on Wednesday evening, hours after Mayor Elena Ruiz-Calder "
                 "called their walkout premature and said the city's offer was still on the "
                 "table."},
        {.lang = "en",
         .title = "Hundreds march on City Hall against data center water deal",
         .body = "Hundreds of people marched from Armory Park to Tucson City Hall on Wednesday "
                 "evening to protest a deal that would sell a giant data center up to 1.5 billion "
                 "gallons of city water a year, ahead of a council vote next month."},
        {.lang = "en",
         .title = "City, striking trash workers to return to bargaining table Friday",
         .body = "The City of Tucson and the union of its striking sanitation workers agreed "
                 "early Thursday to resume talks on Friday morning with a federal mediator, City "
                 "Manager Harold Quezada said."},
        ENGLISH_BACKGROUND,
    };
    size_t n = sizeof ps / sizeof *ps;
    double march = edge_weight(ps, n, 0, 1), strike = edge_weight(ps, n, 0, 2);
    ok(march <= 0, "a strikers' rally and a march, both at City Hall: no edge that weighs (%g)",
       march);
    ok(strike > 0, "two posts of the strike weigh (%g)", strike);
}

/* Day 82: the refuse collectors' "troisième jour de grève" and a history
 * teacher's class of "troisième", both at Les Abymes. The ordinal that
 * counts a running story's days is read as a word of the count
 * (digest_count.c): the two share the town and nothing of what happened,
 * and the edge no longer weighs; two posts of the strike weigh. */
static void test_count_days(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Ordures ménagères : troisième jour de grève à Pointe-à-Pitre et aux Abymes",
         .body = "Les poubelles s'entassent aux Abymes, où les agents de collecte entament "
                 "mercredi leur troisième jour de grève."},
        {.lang = "fr",
         .title = "« Le 27 mai, c'est notre mémoire vivante »",
         .body = "Une professeure d'histoire des Abymes et ses élèves de troisième racontent "
                 "le 27 mai."},
        {.lang = "fr",
         .title = "Grève des éboueurs : pas d'accord, le mouvement continue",
         .body = "La réunion entre la direction et les grévistes s'est achevée sans accord "
                 "mercredi soir : la grève de la collecte des ordures continue aux Abymes."},
        FR_BACKGROUND,
    };
    size_t n = sizeof ps / sizeof *ps;
    double class = edge_weight(ps, n, 0, 1), strike = edge_weight(ps, n, 0, 2);
    ok(class <= 0, "the strike's third day and a class of troisième: no edge that weighs (%g)",
       class);
    ok(strike > 0, "two posts of the strike weigh (%g)", strike);
}

/* Day 72: the former mayor's sentence ("Moundou : cinq ans ferme pour
 * l'ex-maire ...") and the bridge closed to lorries ("Moundou : le pont sur
 * le Logone fermé aux poids lourds") share the town, which opens both
 * titles, and « ferme », the prison term's adjective in one and the verb in
 * the other (digest_count.c). Read as a word of the count, it is no word of
 * what happened: no edge that weighs. Two reports of the sentence, which
 * share its words, still weigh (eighty-fourth round). */
static void test_count_prison_term(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Moundou : cinq ans ferme pour l'ex-maire dans l'affaire des lotissements",
         .body = "Moundou (ATS) - Le tribunal de Moundou a reconnu mercredi l'ancien maire de la "
                 "ville coupable de détournement de biens publics dans le dossier des "
                 "lotissements de Dombao, et l'a condamné à cinq ans d'emprisonnement."},
        {.lang = "fr",
         .title = "Moundou : le pont sur le Logone fermé aux poids lourds",
         .body = "Le pont sur le Logone à Moundou est interdit depuis mercredi matin aux camions "
                 "de plus de dix tonnes après la découverte de fissures sur deux de ses piles."},
        {.lang = "fr",
         .title = "Vente illégale de parcelles : l'ancien maire de Moundou condamné à cinq ans",
         .body = "L'ancien maire de Moundou a été condamné mercredi par le tribunal de Moundou à "
                 "cinq ans de prison ferme pour la vente illégale de parcelles des lotissements "
                 "de Dombao."},
        FR_BACKGROUND,
    };
    size_t n = sizeof ps / sizeof *ps;
    double bridge = edge_weight(ps, n, 0, 1), sentence = edge_weight(ps, n, 0, 2);
    ok(bridge <= 0, "a term served « ferme » and a bridge « fermé »: no edge that weighs (%g)",
       bridge);
    ok(sentence > 0, "two reports of the sentence weigh (%g)", sentence);
}

/* Day 98: the archaeologists' find on the motorway's site closes on a
 * denial that names the Senate's vote by its headline's words (« sans lien
 * avec la loi de financement soumise cette semaine au Sénat »), and the
 * vote's title holds three of them (« Le Sénat votera mercredi la loi de
 * financement de l'autoroute A8 »). The find says by its own words which
 * story it is not: the edge weighs nothing (digest_denial_titled()), not
 * only no link. A denial of one word the other title holds (« sans lien
 * avec la grève ») says less: day 70's strike post writes it of its own
 * story. Two posts of the find still weigh (eighty-fourth round). */
static void test_denial_titled(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Des céramiques de la culture Cucuteni mises au jour sur le chantier de l'A8",
         .body = "Des archéologues du musée d'histoire de la Moldavie ont mis au jour, sur le "
                 "tracé du futur tronçon de l'autoroute A8 au sud de Târgu Frumos, les restes "
                 "d'un habitat de la culture Cucuteni. Les fouilles préventives, sans lien avec "
                 "la loi de financement soumise cette semaine au Sénat, doivent se poursuivre "
                 "jusqu'au printemps."},
        {.lang = "fr",
         .title = "Le Sénat votera mercredi la loi de financement de l'autoroute A8",
         .body = "La commission des transports du Sénat a adopté mardi le projet de loi qui "
                 "garantit le financement pluriannuel de l'autoroute A8, ouvrant la voie à un "
                 "vote en séance plénière mercredi. Le premier tronçon ira de Iași à Târgu "
                 "Frumos."},
        {.lang = "fr",
         .title = "Cucuteni : les vases de Târgu Frumos exposés au Palais de la Culture",
         .body = "Les vases peints de la culture Cucuteni découverts sur le chantier de l'A8 "
                 "seront présentés au printemps au Palais de la Culture, a annoncé le directeur "
                 "du musée d'histoire de la Moldavie."},
        FR_BACKGROUND,
    };
    size_t n = sizeof ps / sizeof *ps;
    double vote = edge_weight(ps, n, 0, 1), find = edge_weight(ps, n, 0, 2);
    ok(vote <= 0, "the find that denies the vote's law, and the vote: no edge that weighs (%g)",
       vote);
    ok(find > 0, "two posts of the find weigh (%g)", find);
}

/* Day 55: the train advice ("What to do if your train stops between two
 * stations", 0) meets the doctors' warning (1) through "unless, get,
 * guards, stop", no name, no figure, and no word of both titles: the
 * advice's ordinary words, thin and no link (digest_service.c). The
 * malaria jab's advice (3) meets its story's post (4) through "malaria" in
 * both titles: it weighs. */
static void test_service_advice(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "What to do if your train stops between two stations",
         .body = "Stay inside the coach unless the guard or the railway police tell you to get "
                 "down, because the ballast beside flooded tracks hides open drains and fallen "
                 "overhead wires, Central Railway advised passengers on Wednesday. Keep your "
                 "phone charged, carry drinking water, and call the railway helpline 139 if "
                 "someone in your compartment needs help."},
        {.lang = "en",
         .title = "MARD warns of statewide stir unless casualty wards get guards",
         .body = "Junior doctors in every government and civic hospital in Maharashtra will stop "
                 "work from Friday unless armed guards are posted in all casualty wards, the "
                 "state association of resident doctors said on Wednesday evening. Police have "
                 "arrested four relatives of the patient."},
        {.lang = "en",
         .title = "Sion hospital resident doctors stop work after assault",
         .body = "Resident doctors at the Lokmanya Tilak Municipal General Hospital in Sion "
                 "stopped all non-emergency work on Wednesday morning after relatives of a "
                 "patient who died overnight beat up a second-year resident in the casualty "
                 "ward, the Maharashtra Association of Resident Doctors (MARD) said."},
        {.lang = "en",
         .title = "Where to get your child's malaria jab",
         .body = "Parents can take children aged six months to two years to any government "
                 "health centre III or IV in the newly added districts to receive the malaria "
                 "vaccine, free of charge, from next Monday. Bring the child's immunisation "
                 "card. Four doses are needed."},
        {.lang = "en",
         .title = "Mothers in Lira say vaccine has cut malaria visits",
         .body = "Mothers in Lira, one of the districts where the malaria vaccine was first "
                 "given last year, say their children have fallen sick less often, health "
                 "workers told a briefing on Wednesday as the rollout was extended."},
        ENGLISH_BACKGROUND,
    };
    size_t n = sizeof ps / sizeof *ps;
    double warning = edge_weight(ps, n, 0, 1), jab = edge_weight(ps, n, 3, 4);
    ok(warning <= 0, "the train advice and the doctors' warning: no edge that weighs (%g)",
       warning);
    ok(jab > 0, "the jab's advice and its story's post weigh (%g)", jab);
}

/* Day 77: the pickers' union (0) and the salmon workers' union (1), two
 * reactions whose titles open on one speaker ("Union demands ...", "Union
 * says ...") and share no other title key: "union, workers, representing,
 * every", a thin edge (digest_speaker.c). The nurses' union's two posts (2,
 * 3) open on it too, and their titles share "nurses" and "strike": they
 * weigh. */
static void test_speaker_apart(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Union demands safer transport for Pacific pickers after fatal rollover",
         .body = "The union representing farm workers has called for mandatory seatbelt checks "
                 "on every vehicle used to carry seasonal workers after a minibus rollover "
                 "south of Hobart killed a Pacific Islander picker on Wednesday."},
        {.lang = "en",
         .title = "Union says salmon workers learned of cuts by text",
         .body = "The union representing Huon Crest's processing workers says staff at Dover "
                 "were told by text message on Wednesday morning that 160 of them would lose "
                 "their jobs. The company said every worker would be spoken to in person."},
        {.lang = "en",
         .title = "Union says nurses will strike again on Friday",
         .body = "The nurses' union said its members at the state's public hospitals would "
                 "walk off the job again on Friday unless the government improved its offer on "
                 "staffing."},
        {.lang = "en",
         .title = "Union warns nurses' strike will spread to clinics",
         .body = "The nurses' union warned that the strike at public hospitals would spread to "
                 "community clinics next week if talks on staffing failed."},
        ENGLISH_BACKGROUND,
    };
    size_t n = sizeof ps / sizeof *ps;
    double unions = edge_weight(ps, n, 0, 1), nurses = edge_weight(ps, n, 2, 3);
    ok(unions <= 0, "two unions' reactions, one speaker, no other title key: no edge (%g)", unions);
    ok(nurses > 0, "the nurses' union's two posts, titles met through their story, weigh (%g)",
       nurses);
}

/* Day 90: the doctors' strike's 3 shares "grève" and "syndicat" with the
 * mine's union post 2 (words alone), whose names tie it to its story's 0
 * and 1 (edges of names, stronger). Post 3 neighbours 1 only through a
 * thin edge (the provincial minister's two summons, digest_office_apart()):
 * no tie to the mine's names, and 2-3 is thin (seventy-fifth round). */
static void test_names_apart_thin(void)
{
    const uint8_t W = EDGE_NO_NAME;
    const struct digest_edge v[] = {{0, 2, 0.38f, 0}, {1, 2, 0.26f, 0}, {2, 3, 0.19f, 0},
                                    {1, 3, 0.0f, 0},  {3, 4, 0.19f, 0}, {3, 5, 0.12f, 0}};
    const uint8_t nb[] = {1, 1, W, W, 1, 1};
    ok(names_apart_cos(v, nb, 6, 2, 0) == 0,
       "a neighbour through a thin edge ties nothing: the edge of words is thin");
    const struct digest_edge heavy[] = {{0, 2, 0.38f, 0}, {1, 2, 0.26f, 0}, {2, 3, 0.19f, 0},
                                        {1, 3, 0.05f, 0}, {3, 4, 0.19f, 0}, {3, 5, 0.12f, 0}};
    ok(names_apart_cos(heavy, nb, 6, 2, 0) > 0,
       "a neighbour through an edge that weighs: the edge of words weighs");
}

/* Day 82: the planters' tractors on the road "between Baie-Mahault and
 * Pointe-à-Pitre" (post 8) reach three posts of the hit-and-run at
 * Baie-Mahault (0 to 3) through weak links of names alone, and the
 * protest's first report (4) through an edge of words of what happened:
 * the names are a place its copy passes through; it stays apart from the
 * hit-and-run (digest_attach(), attach_passing()). With a weak link of
 * words among them, it joins as before. */
static void test_attach_passing(void)
{
    const struct digest_edge v[] = {
        {0, 1, 0.3f, 1}, {0, 2, 0.3f, 1}, {0, 3, 0.3f, 1},     {1, 2, 0.3f, 1}, {1, 3, 0.3f, 1},
        {2, 3, 0.3f, 1}, {4, 5, 0.3f, 1}, {4, 6, 0.3f, 1},     {5, 6, 0.3f, 1}, {4, 7, 0.3f, 1},
        {5, 7, 0.3f, 1}, {6, 7, 0.3f, 1}, {4, 8, 0.108f, 0.1f}};
    uint8_t named[] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, EDGE_NO_NAME};
    for (int t = 0; t < 2; t++) {
        struct digest_edge weak[] = {{0, 8, 0.08f, WEAK_NAMES_ONLY},
                                     {1, 8, 0.06f, WEAK_NAMES_ONLY},
                                     {2, 8, 0.04f, t ? 0.0f : WEAK_NAMES_ONLY}};
        struct digest_edges e = {.v = (struct digest_edge *)v,
                                 .n = 13,
                                 .cap = 13,
                                 .named = named,
                                 .weak = weak,
                                 .nweak = 3,
                                 .capweak = 3};
        struct groups g;
        g.parent = malloc(9 * sizeof *g.parent);
        g.pin = calloc(9, 1);
        for (size_t c = 0; c < 9; c++)
            g.parent[c] = c;
        digest_link(&e, 9, 0.5, &g);
        digest_attach(&e, NULL, 9, &g, NULL, NULL);
        int crash = uf_find(g.parent, 8) == uf_find(g.parent, 0);
        if (t)
            ok(crash, "a weak link of words too: the lone post joins the story it reaches");
        else
            ok(!crash, "weak links of names alone, an edge of words elsewhere: it stays apart");
        free(g.parent);
        free(g.pin);
    }
}

/* Day 52's shape: the nurses' strike and the dengue epidemic at one
 * hospital, whose posts share only its names ("Taaone", "Centre
 * hospitalier de la Polynésie française"): a facility's noun as a name's
 * word is the place again, and the edge weighs nothing. */
static void test_facility_name(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Hôpital du Taaone : les infirmiers en grève, les opérations reportées",
         .body = "Les infirmiers et aides-soignants du Centre hospitalier de la Polynésie "
                 "française, au Taaone, ont entamé mercredi une grève illimitée pour réclamer des "
                 "recrutements et la revalorisation de leur prime d'insularité."},
        {.lang = "fr",
         .title = "Les urgences du Taaone débordées par les cas de dengue",
         .body = "Le service des urgences du Centre hospitalier de la Polynésie française a "
                 "accueilli hier une centaine de patients présentant de la fièvre, contraignant "
                 "l'établissement à ouvrir une unité de tri sous tente."},
        {.lang = "fr",
         .title = "Grève au Taaone : les infirmiers maintiennent leur préavis",
         .body = "Les infirmiers grévistes du Taaone ont rejeté jeudi les propositions de la "
                 "direction et maintiennent la grève illimitée entamée mercredi."},
        {.lang = "fr",
         .title = "Dengue : 340 cas confirmés en une semaine en Polynésie",
         .body = "La direction de la santé a recensé 340 cas confirmés de dengue en une semaine."},
        {.lang = "fr",
         .title = "Carburants : le gazole augmente de 4 francs dès minuit",
         .body = "Le prix du litre de gazole passera de 152 à 156 francs à minuit."},
        {.lang = "fr",
         .title = "Avis de fortes houles sur la côte sud",
         .body = "Les services météorologiques ont émis mardi soir un avis de fortes houles."},
    };
    double place = edge_weight(ps, 6, 0, 1), story = edge_weight(ps, 6, 0, 2);
    ok(place == 0, "the strike and the dengue, met at the hospital's names alone: weight %g",
       place);
    ok(story > 0, "two posts of the strike weigh: %g", story);
}

/* Day 51's shape: the gas explosion and the doctors' strike at one
 * teaching hospital. The explosion's post names it and gives its acronym
 * ("Lagos State University Teaching Hospital (LASUTH)"); the strike's
 * how-to post names only the acronym and the district, in both titles'
 * words none. The acronym is the place, as the facility's name is. */
static void test_facility_acronym(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Explosion at Ikeja gas refilling plant kills five",
         .body = "Five people were killed when a gas refilling plant exploded on Obafemi Awolowo "
                 "Way in Ikeja on Wednesday, setting fire to a filling station. The injured were "
                 "taken to the Lagos State University Teaching Hospital (LASUTH), about two "
                 "kilometres away."},
        {.lang = "en",
         .title = "Doctors' strike: where to get treatment in Ikeja this week",
         .body = "Patients with appointments at LASUTH can go to the general hospitals in Ikeja, "
                 "Gbagada and Isolo until Friday, the state health ministry said. Bring your "
                 "hospital card."},
        {.lang = "en",
         .title = "LASUTH resident doctors begin three-day warning strike",
         .body = "Resident doctors at LASUTH in Ikeja began a three-day warning strike on "
                 "Wednesday over seven months of unpaid allowances."},
        {.lang = "en",
         .title = "Naira weakens against the dollar",
         .body = "The naira closed weaker on the official window on Wednesday."},
        {.lang = "en",
         .title = "Super Eagles name squad for qualifiers",
         .body = "The coach named twenty-three players for the two qualifiers next month."},
        {.lang = "en",
         .title = "Heavy rain expected over the weekend",
         .body = "Forecasters expect heavy rain across the south-west on Saturday."},
    };
    double place = edge_weight(ps, 6, 0, 1), story = edge_weight(ps, 6, 1, 2);
    ok(place == 0, "the explosion and the strike, met at the hospital's acronym: weight %g", place);
    ok(story > 0, "two posts of the strike weigh: %g", story);
}

/* A road's number is a place (digest_road.c): a town's bypass and a dig on
 * the motorway's route share the town (both titles) and the road (both
 * copies), and nothing that says what happened; day 98's A8. Two posts of
 * the motorway's law still weigh. */
static void test_road_number(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Le Parlement adopte la loi de financement de l'autoroute A5",
         .body = "Les députés ont adopté jeudi la loi qui garantit le financement de l'autoroute "
                 "A5 entre Arvel et Vadu Nou, dont le premier tronçon doit ouvrir en 2029."},
        {.lang = "fr",
         .title = "À Vadu Nou, les riverains attendent le contournement",
         .body = "Traversée chaque jour par des centaines de camions, la ville de Vadu Nou compte "
                 "sur l'A5 pour détourner les poids lourds de son centre, où la rue principale "
                 "est saturée."},
        {.lang = "fr",
         .title = "Des tombes antiques découvertes près de Vadu Nou",
         .body = "Des archéologues ont mis au jour une nécropole de l'âge du fer sur le tracé de "
                 "l'A5, au nord de Vadu Nou. Les fouilles doivent durer jusqu'au printemps."},
        {.lang = "fr",
         .title = "Loi sur l'A5 : les députés votent le financement du chantier",
         .body = "La loi adoptée jeudi par les députés réserve 1,8 milliard d'euros au "
                 "financement de l'A5 et impose des pénalités aux constructeurs en retard."},
        {.lang = "fr",
         .title = "Le prix du pain augmente de dix centimes",
         .body = "Les boulangers ont relevé leurs prix lundi, invoquant le coût de la farine."},
        {.lang = "fr",
         .title = "Football : le club local s'incline à domicile",
         .body = "Le club a perdu deux buts à un samedi devant son public."},
    };
    double place = edge_weight(ps, 6, 1, 2), story = edge_weight(ps, 6, 0, 3);
    ok(place <= 0, "the bypass and the dig, met at the town and the road: weight %g", place);
    ok(story > 0, "two posts of the motorway's law weigh: %g", story);
}

/* Quoted words are the source's: their keys are of their own kind. The
 * dateline is not compared at all. */
static void test_quotes_datelines(void)
{
    struct scratch sc;
    struct digest_post p = {0};
    int quoted = 0, plain = 0;

    digest_scratch_init(&sc);
    p.lang = "fr";
    p.title = "Retraites : le ministre ferme la porte";
    p.body = "PARIS, 20 oct (AFP) - Le ministre a répondu : « Nous refusons tout report », puis il "
             "a quitté le studio.";
    is_int(digest_post_keys(&sc, &p), 0, "keys read");
    ok(strstr(sc.raw.data, "PARIS") == NULL && strstr(sc.raw.data, "AFP") == NULL,
       "the dateline is cut before comparing");
    for (size_t k = 0; k < sc.nk; k++) {
        const char *w = sc.raw.data + sc.ksrc[2 * k];
        size_t n = sc.ksrc[2 * k + 1] - sc.ksrc[2 * k];
        if (n == 8 && memcmp(w, "refusons", 8) == 0)
            quoted |= sc.kind[k] == K_WORDQ;
        if (n == 6 && memcmp(w, "studio", 6) == 0)
            plain |= sc.kind[k] == K_WORD;
    }
    ok(quoted, "a word inside « » is a quoted word");
    ok(plain, "a word after the quote is a content word");

    /* A plural's apostrophe opens no quote; a headline's single quotes do. */
    p.lang = "en";
    p.title = "Airline and pilots' union to resume talks";
    p.body = "The union said 'we will not blink' before the vote, and talks resume today.";
    is_int(digest_post_keys(&sc, &p), 0, "keys read");
    int union_plain = 0, blink_quoted = 0, vote_plain = 0;
    for (size_t k = 0; k < sc.nk; k++) {
        const char *w = sc.raw.data + sc.ksrc[2 * k];
        size_t n = sc.ksrc[2 * k + 1] - sc.ksrc[2 * k];
        if (n == 5 && memcmp(w, "union", 5) == 0)
            union_plain |= sc.kind[k] == K_WORD;
        if (n == 5 && memcmp(w, "blink", 5) == 0)
            blink_quoted |= sc.kind[k] == K_WORDQ;
        if (n == 4 && memcmp(w, "vote", 4) == 0)
            vote_plain |= sc.kind[k] == K_WORD;
    }
    ok(union_plain, "the word after \"pilots'\" is a content word");
    ok(blink_quoted, "a word inside single quotes is a quoted word");
    ok(vote_plain, "the closing single quote ends the quote");

    /* A title that ends on a single-quoted quote, and a body that opens
     * on a double one: the title's quote closes before the body's opens,
     * so the words after the body's quote are the story's, not quoted. */
    p.title = "Mweemba on the kwacha: 'We will not be held hostage'";
    p.body = "\"We will not be held hostage by a few traders,\" the minister said, as the kwacha "
             "hit a new low against the dollar.";
    is_int(digest_post_keys(&sc, &p), 0, "keys read");
    int traders_quoted = 0, low_plain = 0;
    for (size_t k = 0; k < sc.nk; k++) {
        const char *w = sc.raw.data + sc.ksrc[2 * k];
        size_t n = sc.ksrc[2 * k + 1] - sc.ksrc[2 * k];
        if (n == 7 && memcmp(w, "traders", 7) == 0)
            traders_quoted |= sc.kind[k] == K_WORDQ;
        if (n == 3 && memcmp(w, "low", 3) == 0)
            low_plain |= sc.kind[k] == K_WORD;
    }
    ok(traders_quoted, "the body's opening quote after the title's closing one opens");
    ok(low_plain, "the words after the body's quote are content words");
    digest_scratch_free(&sc);
}

/* Every merged post of the day's museum story says which post it joined
 * and what they share. */
static void test_why(void)
{
    long i = item_of(11);

    ok(i >= 0 && items[i].nmerged > 0 && items[i].nwhy == items[i].nmerged,
       "the museum story explains each merged post");
    for (size_t k = 0; i >= 0 && k < items[i].nwhy; k++) {
        const struct digest_why *w = &items[i].why[k];
        ok(w->seq == items[i].merged[k] && item_of(w->with) == i && w->with != w->seq,
           "why %zu: %lld joined %lld of the same story", k, (long long)w->seq, (long long)w->with);
        ok(w->nshared >= 2, "why %zu: at least two shared terms (%zu)", k, w->nshared);
    }
}

/* Day 79: the AP's shack fire in Windhoek and its trawler fire at Walvis
 * Bay share "Fire" in both titles, "officials" and "Namibian", the country
 * written as its adjective, in both titles: two stories of one country, no
 * edge, as two titles that share no name (digest_demonym.c). The shack
 * fire's two reports, which share its words, still weigh. */
static void test_country_adjective(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Fire kills 5 in Namibian capital's shantytown as winter bites",
         .body = "WINDHOEK (AP) - A fire killed five people, four of them children, in an "
                 "informal settlement on the edge of Namibia's capital, officials said early "
                 "Wednesday, as residents burned wood and paraffin to keep warm on one of the "
                 "coldest nights of the year. A woman who had tried to pull her grandchildren "
                 "out of the burning shack died in hospital before midnight, police said."},
        {.lang = "en",
         .title = "Fire on Namibian trawler leaves 3 sailors missing",
         .body = "WALVIS BAY, Namibia Firefighters battled for hours on Tuesday night to put out "
                 "a fire on a fishing trawler docked in the port, with three sailors missing "
                 "below deck, harbor officials said. Thick smoke drifted over the town's "
                 "waterfront."},
        {.lang = "en",
         .title = "Five die as fire sweeps through shacks in capital's informal settlement",
         .body = "Five people, four of them children, died when a fire swept through shacks in an "
                 "informal settlement on the edge of Namibia's capital, officials said, as "
                 "residents burned paraffin to keep warm on the coldest night of the year."},
        {.lang = "en",
         .title = "Students march on Parliament over loan cuts",
         .body = "About 3,000 students marched to Parliament on Tuesday to protest against a "
                 "cut in tuition loans."},
        {.lang = "en",
         .title = "Rand weakens as mining output falls",
         .body = "The rand fell against the dollar on Tuesday after figures showed mining output "
                 "fell for a third month."},
    };
    double w = edge_weight(ps, 5, 0, 1);
    ok(w < 0, "the shack fire and the trawler fire, through the country's adjective: no edge (%g)",
       w);
    w = edge_weight(ps, 5, 0, 2);
    ok(w > 0, "two reports of the shack fire weigh (%g)", w);
}

/* Day 98, a French channel's English posts: the AP's tram strike in Iasi and
 * a train that hit a truck at a rail crossing near Pascani share the
 * country's adjective in both titles ("Romanian city", "Romanian rail
 * crossing") and a word or two ("driver", "strike"). "Romanian" was read as
 * a name of their own, since the list of adjectives (digest_demonym.c) left
 * out the table's European countries: an edge. It is the country's now, and
 * two posts of the minor language that share no name of their own need
 * three whole features besides the country: no edge. The strike's two
 * English reports still weigh. */
static void test_country_adjective_table(void)
{
    const struct digest_post ps[] = {
        FR_BACKGROUND,
        {.lang = "en",
         .title = "Trams halted as drivers strike in Romanian city",
         .body = "IASI (AP) - Most trams and buses stood still in the Romanian city of Iasi early "
                 "Wednesday as drivers began a strike over pay, leaving commuters to wait in the "
                 "cold for a handful of trams running a minimum service. The union wants a 15% "
                 "pay rise and payment of overtime owed since the summer."},
        {.lang = "en",
         .title = "Train slams into truck at Romanian rail crossing, killing driver",
         .body = "PASCANI, Romania A regional train crashed into a truck stuck on an unguarded "
                 "rail crossing in northeastern Romania on Tuesday night, killing the truck "
                 "driver and slightly injuring 12 passengers, the rail operator said. Rail "
                 "traffic on the line was suspended overnight."},
        {.lang = "en",
         .title = "Transit workers in Romania's Iasi to walk out over pay",
         .body = "BUCHAREST, Nov 16 (Reuters) - Tram and bus drivers in the eastern Romanian city "
                 "of Iasi will stage an open-ended walkout from Wednesday morning after talks on "
                 "wages and unpaid overtime with the city-owned operator broke down, their union "
                 "said."},
        {.lang = "fr",
         .title = "Iași : les conducteurs de tramways en grève à partir de mercredi",
         .body = "Le syndicat des conducteurs de la Compagnie de transport public de Iași a "
                 "confirmé mardi une grève illimitée à partir de mercredi."},
    };
    double w = edge_weight(ps, 8, 4, 5);
    ok(w < 0, "the tram strike and the rail crossing, through \"Romanian\": no edge (%g)", w);
    w = edge_weight(ps, 8, 4, 6);
    ok(w > 0, "two English reports of the tram strike weigh (%g)", w);
}

/* Day 98 (ninety-first round): the crash's French report names the town in
 * its title (« ... près de Târgu Ursos »), the English report of a find on a
 * motorway's site writes it in its copy ("near Targu Ursos") and "route" in
 * its title: one name, its last word and one word, at a cosine of 0.035. A
 * longer name's last word is the name again: the crash's title meets the
 * find through nothing but the name, and the edge is thin (pair_thin()'s
 * name and word, digest_group.c). Without it the edge weighed 0.22. */
static void test_name_last_word(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Sept morts dans une collision entre un minibus et un camion près de Târgu Ursos",
         .body = "Sept personnes ont été tuées mardi soir sur la route nationale, à la sortie de "
                 "Târgu Ursos."},
        {.lang = "fr",
         .title = "Collision de Târgu Ursos : le bilan s'alourdit à neuf morts",
         .body = "Deux blessés de la collision de mardi soir sont morts dans la nuit, portant le "
                 "bilan à neuf morts."},
        {.lang = "fr",
         .title = "Des céramiques anciennes mises au jour sur le chantier de l'autoroute",
         .body = "Des archéologues ont mis au jour sur le tracé de l'autoroute des vases peints "
                 "intacts."},
        {.lang = "en",
         .title = "Painted pots unearthed on planned motorway route",
         .body = "Archaeologists in the northeast of the country have uncovered a Copper Age "
                 "settlement with intact painted vessels, clay figurines and tools, some six "
                 "thousand years old, on the route of a motorway near Targu Ursos."},
    };
    double w = edge_weight(ps, 4, 0, 3);
    ok(w == 0, "the crash near the town and the find near it: a thin edge (%g)", w);
    w = edge_weight(ps, 4, 0, 1);
    ok(w > 0, "two reports of the crash weigh (%g)", w);
    w = edge_weight(ps, 4, 2, 3);
    ok(w > 0, "the find's two reports weigh (%g)", w);
}

/* Day 98: two English posts on a French channel, the crash ("Death toll in
 * Romanian minibus crash rises to 9") and the find ("Painted pots unearthed
 * on Romanian motorway route"), share the country, its adjective,
 * "northeastern" and "road" / "route". The adjective is the country again
 * and adds no half (pair_add(), digest_group.c): what is left is short of
 * the three whole features two posts of the minor language need besides
 * their country. Without it, an edge of weight 1. */
static void test_country_adjective_halves(void)
{
    const struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Sept morts dans une collision entre un minibus et un camion près de Târgu Ursos",
         .body = "Sept personnes ont été tuées mardi soir sur la route nationale, à la sortie de "
                 "Târgu Ursos."},
        {.lang = "fr",
         .title = "Collision de Târgu Ursos : le bilan s'alourdit à neuf morts",
         .body = "Deux blessés de la collision de mardi soir sont morts dans la nuit, portant le "
                 "bilan à neuf morts."},
        {.lang = "fr",
         .title = "Des céramiques anciennes mises au jour sur le chantier de l'autoroute",
         .body = "Des archéologues ont mis au jour sur le tracé de l'autoroute des vases peints "
                 "intacts."},
        {.lang = "en",
         .title = "Death toll in Romanian minibus crash rises to 9",
         .body = "Two more people have died after a minibus and a truck collided on a road in "
                 "northeastern Romania, bringing the death toll to nine."},
        {.lang = "en",
         .title = "Painted pots unearthed on Romanian motorway route",
         .body = "Archaeologists in northeastern Romania have uncovered intact painted vessels on "
                 "the planned route of a motorway."},
    };
    double w = edge_weight(ps, 5, 3, 4);
    ok(w < 0, "the crash and the find in English, the country and its adjective: no edge (%g)", w);
    w = edge_weight(ps, 5, 0, 3);
    ok(w > 0, "the crash's English report and its French one weigh (%g)", w);
}

/* Whether posts a and b of ps[0..n) (n at most 16) are one story after the
 * linkage and the lone posts' attach, as group_candidates() (digest.c) runs
 * them; with_keys 0 gives digest_attach() no keys (its subject rule off). */
static int attach_one_story(const struct digest_post *ps, size_t n, size_t a, size_t b,
                            int with_keys)
{
    size_t cand[16] = {0}, df_cap = 8;
    struct keyset ks;
    struct postings pl;
    struct digest_edges e;
    int same = -1;

    for (size_t i = 0; i < n; i++)
        cand[i] = i;
    if (digest_read_posts(ps, cand, n, &ks) == 0) {
        digest_build_index(&ks, n, &pl);
        digest_pairs(&ks, &pl, n, df_cap, &e);
        digest_deaths_apart(ps, cand, n, &e);
        digest_names_apart(ks.lang, n, &e);
        digest_modifier_apart(&ks, &pl, n, &e);
        digest_weigh(&e, n);
        struct groups g = {.parent = malloc(n * sizeof *g.parent), .pin = calloc(n, 1)};
        for (size_t c = 0; c < n; c++)
            g.parent[c] = c;
        digest_link(&e, n, 0.5, &g);
        uint8_t filler[16] = {0};
        uint32_t anchor[16], titled[16];
        digest_anchors(&ks, &pl, n, df_cap, filler, &g, anchor, titled);
        digest_anchors_apart(&e, &g, anchor);
        digest_attach(&e, with_keys ? &ks : NULL, n, &g, anchor, titled);
        digest_attach(&e, with_keys ? &ks : NULL, n, &g, NULL, titled);
        same = uf_find(g.parent, a) == uf_find(g.parent, b);
        free(g.parent);
        free(g.pin);
        digest_edges_free(&e);
        digest_postings_free(&pl);
    }
    digest_keyset_free(&ks);
    return same;
}

/* Day 98: the flu piece « Grippe : Saint-Ilie ferme ses portes aux visiteurs
 * ... » names the hospital whose former director is on trial (four posts,
 * « Procès des scanners : ... »), and its emergency ward treats the night's
 * crash victims. Its edges to the trial are thin (the hospital), its edges
 * of words go to the crash, and it writes nothing of the scanners: the
 * place is all it shares with the trial, and the thin edges claim nothing
 * (digest_attach(), digest_subject.c). Without the ward's clause (no edge
 * of words elsewhere), the hospital in every post of the trial claims it as
 * before. */
static void test_attach_place_only(void)
{
    struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Pots-de-vin sur des scanners : sept ans requis contre l'ancien directeur de "
                  "l'hôpital Saint-Ilie",
         .body = "Le parquet a requis mardi sept ans de prison ferme contre l'ancien directeur de "
                 "l'hôpital Saint-Ilie, jugé pour des pots-de-vin touchés lors de l'achat de "
                 "trois scanners."},
        {.lang = "fr",
         .title = "Procès des scanners : l'ancien directeur dénonce un « dossier politique »",
         .body = "Devant le tribunal, l'ancien directeur de l'hôpital Saint-Ilie a nié avoir reçu "
                 "le moindre euro pour les scanners."},
        {.lang = "fr",
         .title = "Le contrat des scanners de Saint-Ilie, expliqué en quatre points",
         .body = "Le contrat au cœur du procès portait sur trois scanners achetés en 2024 pour "
                 "5,1 millions d'euros par l'hôpital Saint-Ilie."},
        {.lang = "fr",
         .title = "Procès des scanners : à l'hôpital, des soignants entre honte et colère",
         .body = "Dans les couloirs de l'hôpital Saint-Ilie, des infirmières disent avoir suivi le "
                 "réquisitoire contre leur ancien directeur avec un sentiment de gâchis."},
        {.lang = "fr",
         .title = "Sept morts dans une collision entre un minibus et un camion près de Podu Vechi",
         .body = "Sept personnes ont été tuées mardi soir dans la collision entre un minibus et "
                 "un camion près de Podu Vechi. Les blessés ont été transportés aux urgences de "
                 "l'hôpital Saint-Ilie."},
        {.lang = "fr",
         .title = "Collision de Podu Vechi : le bilan s'alourdit à neuf morts",
         .body = "Deux blessés de la collision de mardi soir sont morts dans la nuit aux urgences "
                 "de l'hôpital Saint-Ilie, portant le bilan à neuf morts."},
        {.lang = "fr",
         .title = "Podu Vechi : le camion aurait dérapé sur la chaussée glissante",
         .body = "Selon des témoins, le camion a glissé sur la voie opposée juste au moment où "
                 "arrivait le minibus, près de Podu Vechi."},
        {.lang = "fr",
         .title = "Grippe : Saint-Ilie ferme ses portes aux visiteurs et ouvre une tente de tri",
         .body = "L'hôpital Saint-Ilie, dont le service des urgences soigne aussi depuis mardi "
                 "soir les blessés de la collision de la nuit, a installé une tente de tri pour "
                 "séparer les patients fiévreux."},
    };
    ok(attach_one_story(ps, 8, 0, 7, 1) == 0,
       "the flu piece at the trial's hospital, its words elsewhere: not the trial's");
    ok(attach_one_story(ps, 8, 4, 7, 1) == 0, "nor the crash's, which two of its edges reach");
    ok(attach_one_story(ps, 8, 0, 3, 1) == 1, "the trial's four posts are one story");
    ps[7].body = "L'hôpital Saint-Ilie a installé une tente de tri devant son entrée pour séparer "
                 "les patients fiévreux des autres.";
    ok(attach_one_story(ps, 8, 0, 7, 1) == 1,
       "without the ward's clause, no edge of words elsewhere: the hospital claims it as before");
}

/* Day 109 (hundred-and-first round): « Cyberattaque : le SAMU redirige des
 * patients vers Saint-Ervan ... » names the town of the holiday-rentals
 * vote (three posts, the town in each): thin edges, the town alone, and a
 * weak link of names. Its edge of words and of a name of their own (the
 * hospital) goes to the ransomware attack's first report, whose title
 * shares « cyberattaque » with its own: the town is a place its copy
 * passes through, and the vote claims nothing (attach_thin_only(),
 * digest_attach.c). Without that edge, the town in every post of the vote
 * claims it as before. */
static void test_attach_thin_only(void)
{
    struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Saint-Ervan plafonne les locations touristiques",
         .body = "Le conseil municipal de Saint-Ervan a voté mardi soir un quota limitant à 15 % "
                 "la part des logements loués aux touristes dans chaque quartier."},
        {.lang = "fr",
         .title = "Logement : Saint-Ervan serre la vis aux meublés de tourisme",
         .body = "Les propriétaires qui louent un logement aux vacanciers à Saint-Ervan devront "
                 "obtenir une autorisation limitée à quatre ans."},
        {.lang = "fr",
         .title = "Quotas de locations à Saint-Ervan : les propriétaires déposent un recours",
         .body = "L'association des loueurs a annoncé un recours contre la délibération de "
                 "Saint-Ervan sur les locations touristiques."},
        {.lang = "fr",
         .title = "Cyberattaque au CHU de Kerlouan, l'hôpital passe au papier",
         .body = "Le CHU de Kerlouan a été visé mardi soir par une cyberattaque par rançongiciel "
                 "qui a paralysé son système informatique, contraignant les équipes à travailler "
                 "sur papier."},
        {.lang = "fr",
         .title = "CHU de Kerlouan : 140 opérations reportées après l'attaque informatique",
         .body = "Cent quarante opérations programmées mercredi ont été reportées au CHU de "
                 "Kerlouan, qui a déposé plainte après l'attaque par rançongiciel contre son "
                 "système informatique."},
        {.lang = "en",
         .title = "Ransomware attack hits French university hospital",
         .body = "A ransomware attack has crippled the computer systems of the university "
                 "hospital of Kerlouan in western France, forcing staff to revert to pen and "
                 "paper."},
        {.lang = "fr",
         .title = "Cyberattaque : le SAMU redirige des patients vers Saint-Ervan et Vannes",
         .body = "Le SAMU oriente depuis mardi soir une partie des urgences vitales vers les "
                 "hôpitaux de Saint-Ervan et de Vannes, les résultats d'analyses du CHU de "
                 "Kerlouan n'étant plus accessibles depuis la cyberattaque."},
    };
    ok(attach_one_story(ps, 7, 0, 6, 1) == 0,
       "the patients sent to the vote's town, the words the attack's: not the vote's");
    ok(attach_one_story(ps, 7, 0, 2, 1) == 1, "the vote's three posts are one story");
    ok(attach_one_story(ps, 7, 3, 5, 1) == 1, "the attack's three posts are one story");
    ps[6].title = "Le SAMU redirige des patients vers Saint-Ervan et Vannes";
    ps[6].body = "Le SAMU oriente depuis mardi soir une partie des urgences vitales vers les "
                 "hôpitaux de Saint-Ervan et de Vannes.";
    ok(attach_one_story(ps, 7, 0, 6, 1) == 1,
       "without the attack's words, the town in every post of the vote claims it as before");
}

/* Day 111: the bus crash's "victims taken to Mesa Verde Regional" names the
 * hospital whose nurses strike (four posts, each naming it), and meets one
 * post of the strike in full, the one that recalls the crash ("Strike-hit
 * hospital treats bus crash injured"); its other words go to the crash
 * (told in English and in French), and it writes no "nurses", no "strike".
 * One post that recalls its event is no sign it tells the strike: the
 * hospital's name claims nothing, nor anchors (digest_attach(),
 * attach_crossref()), and the crash's English report claims it alone.
 * Without the rule the strike's anchor and the crash both claim it, and it
 * stays alone. The strike stays one story (eval/README.md,
 * hundred-and-second round). */
static void test_attach_crossref(void)
{
    struct digest_post ps[] = {
        {.lang = "en",
         .title = "Mesa Verde Regional nurses walk out at 7 p.m.",
         .body = "About 900 nurses at Mesa Verde Regional Hospital began a three-day strike on "
                 "Wednesday evening after talks over staffing levels failed, their union said."},
        {.lang = "en",
         .title = "Hospital flies in 500 replacement nurses",
         .body = "Mesa Verde Regional Hospital said it had brought in 500 agency nurses to keep "
                 "its wards open during the walkout."},
        {.lang = "en",
         .title = "Nurses' strike: what patients need to know",
         .body = "Patients with appointments at Mesa Verde Regional Hospital should come as "
                 "planned during the nurses' strike, the hospital said."},
        {.lang = "en",
         .title = "Strike-hit hospital treats bus crash injured",
         .body = "Mesa Verde Regional Hospital took in seven patients from Wednesday's shuttle "
                 "bus rollover with replacement nurses on duty, its chief medical officer said."},
        {.lang = "en",
         .title = "Two killed as shuttle bus rolls over near Tubac",
         .body = "Two people were killed when a charter shuttle bus carrying 31 passengers from "
                 "the airport rolled over into the median near Tubac on Wednesday evening, state "
                 "police said."},
        {.lang = "en",
         .title = "Witnesses describe bus flipping after tire blew",
         .body = "Drivers who stopped to help said the shuttle swerved, clipped the guardrail and "
                 "turned over twice after a loud bang from a front tire."},
        {.lang = "en",
         .title = "Third person dies after Tubac shuttle crash; 24 hurt",
         .body = "A third passenger has died after a shuttle bus carrying winter visitors "
                 "overturned south of Tucson, and 24 people were injured, the sheriff said."},
        {.lang = "fr",
         .title = "Arizona : deux morts dans l'accident d'un autocar de retraités",
         .body = "Deux personnes ont été tuées mercredi soir lorsqu'un autocar qui transportait "
                 "une trentaine de retraités s'est renversé sur une autoroute de l'Arizona."},
        {.lang = "fr",
         .title = "Des retraités de Sherbrooke parmi les blessés en Arizona",
         .body = "Une vingtaine de retraités de Sherbrooke se trouvaient à bord de la navette "
                 "accidentée mercredi en Arizona, selon le club qui avait organisé le voyage."},
        {.lang = "fr",
         .title = "Autocar renversé en Arizona : le bilan passe à trois morts",
         .body = "Le bilan de l'accident de la navette qui s'est renversée en Arizona s'est "
                 "alourdi à trois morts jeudi."},
        {.lang = "en",
         .title = "Bus crash victims taken to Mesa Verde Regional",
         .body = "Seventeen passengers from the overturned shuttle were taken to Mesa Verde "
                 "Regional Hospital and Northwest Desert Medical Center, five of them in serious "
                 "condition, the fire district said."},
        {.lang = "en",
         .title = "Rupee closes at record low",
         .body = "The rupee closed at a record low against the dollar on Wednesday."},
        {.lang = "en",
         .title = "New metro line opens",
         .body = "A new metro line opened on Wednesday morning after years of delays."},
        {.lang = "en",
         .title = "Cab drivers block the ring road",
         .body = "App cab drivers stayed off the roads on Wednesday over fares."},
    };
    size_t n = sizeof ps / sizeof *ps;
    ok(attach_one_story(ps, n, 0, 10, 1) == 0,
       "the crash's victims at the striking hospital: not the strike's");
    ok(attach_one_story(ps, n, 4, 10, 1) == 1,
       "the hospital anchors nothing: the crash's report claims them alone");
    ok(attach_one_story(ps, n, 0, 3, 1) == 1, "the strike's four posts are one story");
}

/* Day 112: a French regional channel's coach crash on the A89 (three
 * French posts) and the English wire's report of it, which names no town,
 * no road and no outlet of the French copy: "bus", "highway", "killed",
 * "injured", met across the two languages. Its one link is an edge of
 * words to the first French report; an edge of words alone does not claim
 * a lone post in one language (day 22's black-out), but across the
 * languages from the window's minor one it is the agency's translation of
 * the report (attach_tongue(), digest_attach.c). The day's other French
 * stories: the dockers' strike at the port, the legionella cases, filler. */
static void test_attach_tongue(void)
{
    struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Un autocar se renverse sur l'A89 près de Saint-Orbès",
         .body = "Un autocar de ligne qui reliait Périgueux à Libourne s'est renversé mercredi "
                 "matin sur l'autoroute A89, près de Saint-Orbès, faisant deux morts et dix-neuf "
                 "blessés, selon la gendarmerie."},
        {.lang = "fr",
         .title = "Accident de car sur l'A89 : les passagers de Saint-Orbès racontent",
         .body = "Les voyageurs de l'autocar renversé près de Saint-Orbès décrivent un véhicule "
                 "qui a dérivé vers la glissière avant de basculer sur l'A89."},
        {.lang = "fr",
         .title = "A89 : la circulation rétablie à Saint-Orbès",
         .body = "La circulation a repris en fin d'après-midi sur l'A89 à Saint-Orbès, où le "
                 "car de la ligne Périgueux-Libourne s'était couché sur le flanc mercredi matin."},
        {.lang = "en",
         .title = "Bus overturns on French highway, killing two",
         .body = "Two people were killed and 19 injured when an intercity bus overturned on a "
                 "highway in southwestern France on Wednesday morning, police said."},
        {.lang = "fr",
         .title = "Port de Bassens : les dockers en grève",
         .body = "Les dockers du terminal de Bassens ont cessé le travail mercredi contre la "
                 "privatisation de la manutention des conteneurs."},
        {.lang = "fr",
         .title = "Bassens : sept cargos attendent au mouillage",
         .body = "Sept navires attendaient mercredi au mouillage de pouvoir accoster au terminal "
                 "de Bassens, bloqué par la grève des dockers."},
        {.lang = "fr",
         .title = "Légionellose : neuf cas dans le quartier de Bacalan",
         .body = "L'agence régionale de santé a annoncé neuf cas de légionellose chez des "
                 "habitants du quartier de Bacalan."},
        {.lang = "fr",
         .title = "Bacalan : les tours aéroréfrigérantes contrôlées",
         .body = "Les inspecteurs ont prélevé des échantillons dans les tours aéroréfrigérantes "
                 "des entreprises de Bacalan après les cas de légionellose."},
        {.lang = "fr",
         .title = "Horoscope du jeudi",
         .body = "Lion : une discussion franche dissipe un malentendu ancien."},
    };
    size_t n = sizeof ps / sizeof *ps;
    ok(attach_one_story(ps, n, 0, 3, 1) == 1, "the English wire of the coach crash joins it");
    ok(attach_one_story(ps, n, 0, 1, 1) == 1, "the crash's French posts are one story");
    ok(attach_one_story(ps, n, 3, 4, 1) == 0, "the wire is not the dockers'");
}

/* Day 55: the monsoon's rain on the city and a building that fell in the
 * rain near it share the city, the country, the toll and the rain (the
 * fall's copy says it had rained for two days). A title that names a
 * structure's fall with what fell (« un immeuble s'effondre ») names a
 * kind of event, and a flood's (« pluies ») another: a thin edge
 * (digest_event.c). Two reports of the fall weigh; a fall with nothing
 * that fell (« les cours s'effondrent ») is no kind, and a quake fells
 * buildings: never apart from a fall (eval/README.md, ninety-fourth
 * round). */
static void test_event_collapse(void)
{
    struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Inde : les pluies de mousson font trois morts à Bombay",
         .body = "Des pluies de mousson torrentielles ont fait au moins trois morts mercredi à "
                 "Bombay, en Inde, où les trains de banlieue ont été arrêtés et les écoles "
                 "fermées."},
        {.lang = "fr",
         .title = "Inde : un immeuble s'effondre près de Bombay, au moins huit morts",
         .body = "Un immeuble d'habitation s'est effondré mercredi avant l'aube à Bhiwandi, près "
                 "de Bombay, en Inde, faisant au moins huit morts. Les pluies de mousson "
                 "tombaient depuis deux jours sur la région."},
        {.lang = "fr",
         .title = "Immeuble effondré à Bhiwandi : le bilan passe à onze morts",
         .body = "Les secours ont retiré trois autres corps des décombres de l'immeuble effondré "
                 "à Bhiwandi, portant le bilan à onze morts."},
        FR_BACKGROUND,
    };
    size_t n = sizeof ps / sizeof *ps;
    double apart = edge_weight(ps, n, 0, 1), fall = edge_weight(ps, n, 1, 2);
    ok(apart <= 0, "the monsoon and a building's fall near the city: no edge that weighs (%g)",
       apart);
    ok(fall > 0, "two reports of the fall weigh (%g)", fall);
    ps[1].title = "Inde : les cours s'effondrent à Bombay, au moins huit morts";
    apart = edge_weight(ps, n, 0, 1);
    ok(apart > 0, "a fall with nothing that fell names no kind: the edge weighs (%g)", apart);
    ps[0].title = "Inde : un séisme fait trois morts à Bombay";
    ps[1].title = "Inde : un immeuble s'effondre près de Bombay, au moins huit morts";
    apart = edge_weight(ps, n, 0, 1);
    ok(apart > 0, "a quake and a building's fall: never apart (%g)", apart);
}

/* Day 110: a motorway crash's injured taken to a British hospital, and the
 * norovirus that closed its wards, share the infirmary's name and nothing
 * of what happened. "Infirmary" is a hospital's word (digest_maps.c): the
 * edge is a place's and weighs nothing; two posts of the outbreak weigh
 * (eval/README.md, hundred-and-second round). */
static void test_facility_infirmary(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Injured taken to Northern Infirmary after motorway smash",
         .body = "Six people hurt in the motorway smash near Brightside were taken to the Kelham "
                 "Northern Infirmary, two of them with serious injuries, the ambulance service "
                 "said."},
        {.lang = "en",
         .title = "Norovirus closes six wards at Northern Infirmary",
         .body = "Six wards at the Kelham Northern Infirmary were closed to new patients on "
                 "Thursday after an outbreak of norovirus, and visiting was restricted."},
        {.lang = "en",
         .title = "Sickness bug: one visitor per patient at Northern Infirmary",
         .body = "Only one visitor per patient will be allowed at the Kelham Northern Infirmary "
                 "while the norovirus outbreak lasts, and wards stay closed, the chief nurse "
                 "said."},
        ENGLISH_BACKGROUND,
    };
    size_t n = sizeof ps / sizeof *ps;
    double place = edge_weight(ps, n, 0, 1), story = edge_weight(ps, n, 1, 2);
    ok(place <= 0, "the crash's injured and the outbreak, met at the infirmary: weight %g", place);
    ok(story > 0, "two posts of the outbreak weigh: %g", story);
}

/* Day 110: a fire's report whose title gives the roof's fall and no word
 * of the fire ("Eighty firefighters now at Attercliffe inferno, roof
 * collapses") and the fire's first report ("Huge blaze at ..."): a fire
 * brings roofs down, and the fall is the fire's story, as a quake's
 * (digest_event_apart()): the edge weighs (eval/README.md,
 * hundred-and-second round). */
static void test_event_fire_collapse(void)
{
    const struct digest_post ps[] = {
        {.lang = "en",
         .title = "Huge blaze at former Wexby cutlery works",
         .body = "Forty firefighters were tackling a large fire at the disused Wexby cutlery "
                 "works on Thursday morning, sending black smoke over the east end."},
        {.lang = "en",
         .title = "Eighty firefighters now at Wexby works inferno, roof collapses",
         .body = "The number of firefighters at the burning Victorian cutlery works in Wexby "
                 "doubled to 80 after the roof collapsed and the fire spread to a timber yard."},
        ENGLISH_BACKGROUND,
    };
    size_t n = sizeof ps / sizeof *ps;
    double fire = edge_weight(ps, n, 0, 1);
    ok(fire > 0, "a fire's blaze and its roof's fall: one story, the edge weighs (%g)", fire);
}

/* Day 63: the flood's schools post (« écoles fermées, l'autoroute sous
 * les eaux ») and the water cuts' (« faute d'eau, les écoles fermées »)
 * share the schools, their closing and « eau »: the flood's water is no
 * water a tap lacks. A word written only inside « sous les eaux », "under
 * water", is the flood's (digest_idiom.c): it meets the flood's report,
 * not the water cuts. "Under water restrictions" is the tap's water again
 * (eval/README.md, ninety-fourth round). */
static void test_idiom_under_water(void)
{
    struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Chaguanas : écoles fermées, l'autoroute sous les eaux",
         .body = "Vingt-trois écoles de Chaguanas sont restées fermées mercredi et l'autoroute "
                 "était sous les eaux à la sortie de la ville."},
        {.lang = "fr",
         .title = "Guadeloupe : faute d'eau, les écoles de Pointe-à-Pitre fermées jeudi",
         .body = "Les écoles de Pointe-à-Pitre resteront fermées jeudi en raison de coupures "
                 "d'eau qui privent les habitants du robinet depuis quatre jours."},
        {.lang = "fr",
         .title = "Trinité : Chaguanas inondée après des pluies diluviennes",
         .body = "Des centaines de familles ont été bloquées à Chaguanas par les eaux après des "
                 "pluies diluviennes, et un homme s'est noyé chez lui."},
        FR_BACKGROUND,
    };
    size_t n = sizeof ps / sizeof *ps;
    double cuts = edge_weight(ps, n, 0, 1);
    ok(cuts <= 0, "the flood's schools and the water cuts' schools: no edge that weighs (%g)",
       cuts);
    ps[0].title = "Chaguanas Highway under water, schools closed";
    ps[0].lang = "en";
    ps[0].body = "Twenty-three schools in Chaguanas were closed on Wednesday and the highway was "
                 "under water near the Chaguanas exit.";
    ps[1].title = "Guadeloupe shuts schools as taps run dry";
    ps[1].lang = "en";
    ps[1].body = "Schools in Pointe-a-Pitre will close on Thursday because people have had no "
                 "running water for four days.";
    cuts = edge_weight(ps, n, 0, 1);
    ok(cuts <= 0, "in English too (%g)", cuts);
    ps[0].title = "Chaguanas schools closed, homes under water restrictions";
    ps[0].body = "Twenty-three schools in Chaguanas were closed on Wednesday and homes were put "
                 "under water restrictions as the reservoir ran low.";
    cuts = edge_weight(ps, n, 0, 1);
    ok(cuts > 0, "water restrictions are the tap's water: the edge weighs (%g)", cuts);
}

/* Day 54: the cruise season's wire ("a 5,200-passenger ship calling at
 * Fort-de-France") and the dockers' ("Martinique dockworkers call
 * open-ended walkout") share the town, the island, the port and "call". A
 * ship's call at a port is a port call, « escale », no call of a strike
 * (digest_idiom.c): no edge that weighs, and the cruise's wire meets its
 * French report's « escale ». "The first 999 call at 6.12pm" is no port
 * call (eval/README.md, ninety-fourth round). */
static void test_idiom_port_call(void)
{
    struct digest_post ps[] = {
        {.lang = "en",
         .title = "Martinique dockworkers call walkout",
         .body = "Dockworkers at the container terminal in Fort-de-France, Martinique's main "
                 "port, will strike from Thursday, their union said."},
        {.lang = "en",
         .title = "Martinique braces for record cruise season",
         .body = "Martinique expects a record 520,000 cruise passengers this season, with a first "
                 "ship calling at Fort-de-France on Thursday, the port authority said."},
        {.lang = "fr",
         .title = "Croisière : l'escale de l'Aurora Meridian ouvre la saison",
         .body = "L'escale du paquebot Aurora Meridian ouvre jeudi la saison de croisière, qui "
                 "attend un record de passagers."},
        FR_BACKGROUND,
    };
    size_t n = sizeof ps / sizeof *ps;
    double strike = edge_weight(ps, n, 0, 1), season = edge_weight(ps, n, 1, 2);
    ok(strike <= 0, "the dockers' call and a ship's call at the port: no edge that weighs (%g)",
       strike);
    ok(season > 0, "the cruise's wire and its French report weigh (%g)", season);
    ps[1].body = "Martinique expects a record 520,000 cruise passengers this season, with a first "
                 "call at 6.12pm on Thursday, the port authority in Fort-de-France said.";
    strike = edge_weight(ps, n, 0, 1);
    ok(strike > 0, "a call at an hour is no port call: the edge weighs (%g)", strike);
}

/* Day 55: rescuers who ended their search "after accounting for all the
 * residents" found everyone; the savers outside the court are "account
 * holders". "Account for" is a turn whose word is no account
 * (digest_idiom.c): its key is what it means, and the two posts share no
 * word; a bank's frozen account still meets the account holders. */
static void test_idiom_account_for(void)
{
    const struct digest_post rescue = {
        .lang = "en",
        .title = "Search ends at collapsed block",
        .body = "Rescuers ended their search on Wednesday after accounting for all the residents."};
    const struct digest_post savers = {.lang = "en",
                                       .title = "Account holders protest outside court",
                                       .body =
                                           "Account holders waited outside the court all morning."};
    const struct digest_post frozen = {.lang = "en",
                                       .title = "Regulator freezes cooperative bank",
                                       .body = "Every account at the bank was frozen on Monday."};
    size_t turn = post_words_shared(&rescue, &savers), plain = post_words_shared(&frozen, &savers);
    ok(turn == 0, "\"accounting for\" the residents is no account: %zu words shared", turn);
    ok(plain > 0, "a frozen account is the account holders' word: %zu shared", plain);
}

/* Day 79: the union's claim ("Union says firefighters' overtime ban slowed
 * Havana response": "only two of the city's four fire engines were crewed
 * when the Havana fire broke out") names the settlement only as the
 * fire's label, and shares it and "fire" with the fire's first report: a
 * post that recalls another event (digest_evname.c), no edge that weighs
 * and no link. A post of the fire whose title names it ("Havana fire: how
 * to help") labels its own event so, and weighs (eval/README.md,
 * ninety-fourth round). */
static void test_event_label(void)
{
    struct digest_post ps[] = {
        {.lang = "en",
         .title = "Four children die as fire sweeps through Havana shacks",
         .body = "Four children died and about 70 shacks burnt when a fire swept through the "
                 "Havana informal settlement on Tuesday evening, emergency services said."},
        {.lang = "en",
         .title = "Union says firefighters' overtime ban slowed Havana response",
         .body = "The municipal staff union said on Tuesday night that firefighters had joined "
                 "the strike by refusing overtime, and that only two of the city's four fire "
                 "engines were crewed when the Havana fire broke out."},
        {.lang = "en",
         .title = "Havana fire: how to help the families who lost everything",
         .body = "Families who lost their homes in the Havana fire need blankets and warm "
                 "clothes, and a collection point has opened at the community hall."},
        ENGLISH_BACKGROUND,
    };
    size_t n = sizeof ps / sizeof *ps;
    double claim = edge_weight(ps, n, 0, 1), help = edge_weight(ps, n, 0, 2);
    int flags = edge_flags(ps, n, n, 0, 1);
    ok(claim <= 0, "the fire and the union's claim through its label: no edge that weighs (%g)",
       claim);
    ok(flags < 0 || (flags & EDGE_PASSED), "and no link (%d)", flags);
    ok(help > 0, "a post whose title names the fire weighs (%g)", help);
}

int main(void)
{
    test_words();
    test_lexicon();
    test_lexicon_glossary();
    test_lexicon_outage();
    test_bridges();
    test_regional_bridges();
    test_title_names_clash();
    test_title_names_kind_word();
    test_title_names_two();
    test_title_names_town();
    test_names();
    test_phrases();
    test_world_names();
    test_minor_language();
    test_outlet_names_itself();
    test_outlet_frequency();
    test_station_call();
    test_interview_guest();
    test_interview_titles();
    test_thin_place();
    test_place_event();
    test_interview_office();
    test_remark_title();
    test_hyphen_name_word();
    test_howto_reader();
    test_region_word();
    test_country_city();
    test_until_port();
    test_overnight();
    test_facility_toll();
    test_place_titled();
    test_minor_country();
    test_minor_country_style();
    test_minor_hub_trials();
    test_denial();
    test_denial_no_link();
    test_denial_titled();
    test_service_advice();
    test_speaker_apart();
    test_event_place();
    test_event_place_nouns();
    test_event_place_graves();
    test_event_place_site();
    test_country_adjective();
    test_country_adjective_table();
    test_listed_names();
    test_listed_rota();
    test_route_ends();
    test_facility_modifier();
    test_passing_name();
    test_explainer_names();
    test_aside_other_event();
    test_aside_state_clause();
    test_title_state_clause();
    test_event_kinds();
    test_fire_sites();
    test_event_derail();
    test_event_court();
    test_event_attack();
    test_event_house_attack();
    test_court_cases();
    test_office_acts();
    test_court_word();
    test_office_word();
    test_compound_word();
    test_recalled_name();
    test_minor_hub_word();
    test_minor_hub_name();
    test_minor_hub_country_word();
    test_rubric_subjects();
    test_rubric_where();
    test_minor_formula();
    test_deaths_apart();
    test_deaths_floor();
    test_title_formula();
    test_names_apart();
    test_interview_names();
    test_opener_town();
    test_quotes_datelines();
    test_hub_word();
    test_minor_hub();
    test_country_alike();
    test_country_caribbean();
    test_place_capital();
    test_minor_toll();
    test_toll_titles();
    test_toll_at_least();
    test_facility_name();
    test_road_number();
    test_facility_runway();
    test_facility_hall();
    test_count_days();
    test_count_prison_term();
    test_names_apart_thin();
    test_attach_passing();
    test_name_last_word();
    test_country_adjective_halves();
    test_attach_place_only();
    test_attach_thin_only();
    test_attach_crossref();
    test_attach_tongue();
    test_event_collapse();
    test_facility_infirmary();
    test_event_fire_collapse();
    test_idiom_under_water();
    test_idiom_port_call();
    test_idiom_account_for();
    test_event_label();
    test_facility_acronym();
    run_day();
    test_merges();
    test_traps();
    test_why();
    digest_items_free(items, nitems);
    return done_testing();
}
