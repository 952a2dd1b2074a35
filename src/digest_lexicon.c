/*
 * digest_lexicon: news words paired across French and English, so that a
 * story told in both languages shares its words ("effondrement" =
 * "collapse", "grève" = "strike"), not only its names and figures. Each
 * word is read through the same path as a post's words (stop lists,
 * synonyms, Snowball stem in its own language), once, when the tables are
 * built; every word key of a group then maps to the key of its first
 * French word. Only words that mean the same thing in news copy, in their
 * usual sense: "vol" (a theft, and a flight) stays out of the flights,
 * "prix" (a price, and a prize) and "court" (short, and a court) out of
 * every group. Keys are stems without their language, so a French word
 * spelt like an English one already meets it ("budget", "train").
 */
#include "digest_int.h"

#include <string.h>

#include "xmalloc.h"

/* French words first, then English ones; NULL ends each list. */
struct lexicon_group {
    const char *fr[4];
    const char *en[4];
};

static const struct lexicon_group lexicon[] = {
    {{"effondrement", "effondré", "écroulement"}, {"collapse", "collapsed"}},
    {{"immeuble", "bâtiment", "édifice"}, {"building", "buildings"}},
    {{"tempête"}, {"storm"}},
    {{"rafales", "rafale"}, {"gusts", "gust"}},
    {{"vent", "vents"}, {"wind", "winds"}},
    {{"pluie", "pluies"}, {"rain", "rainfall"}},
    {{"inondation", "inondations", "inondé"}, {"flood", "floods", "flooding", "flooded"}},
    {{"glissement", "éboulement"}, {"landslide", "landslides"}},
    {{"coulée"}, {"mudslide"}},
    {{"séisme", "tremblement"}, {"earthquake", "quake"}},
    {{"grève", "grèves", "grévistes"}, {"strike", "strikes", "strikers", "walkout"}},
    {{"syndicat", "syndicats"}, {"union", "unions"}},
    {{"gouvernement"}, {"government"}},
    {{"ministre", "ministres"}, {"minister", "ministers"}},
    {{"député", "députés"}, {"lawmaker", "lawmakers"}},
    {{"blessé", "blessés"}, {"injured", "wounded"}},
    {{"disparu", "disparus"}, {"missing"}},
    {{"pompiers"}, {"firefighters"}},
    {{"secouristes", "sauveteurs", "secours"}, {"rescuers", "rescue"}},
    {{"décombres"}, {"rubble"}},
    {{"enquête"}, {"investigation", "probe"}},
    {{"parquet", "procureur"}, {"prosecutors", "prosecutor"}},
    {{"voleurs", "malfaiteurs"}, {"thieves", "robbers"}},
    {{"musée", "musées"}, {"museum", "museums"}},
    {{"diamants", "diamant"}, {"diamond", "diamonds"}},
    {{"électricité"}, {"power", "electricity"}},
    {{"foyers"}, {"homes", "households"}},
    {{"habitants", "riverains"}, {"residents", "inhabitants"}},
    {{"évacués", "évacuation", "évacué"}, {"evacuated", "evacuation"}},
    {{"déraillement", "déraillé", "déraille"}, {"derailed", "derailment", "derails"}},
    {{"marchandises", "fret"}, {"freight"}},
    {{"ferroviaire", "cheminots"}, {"rail", "railway"}},
    {{"aéroport"}, {"airport"}},
    {{"annulés", "annulation", "annuler"}, {"cancel", "cancelled", "canceled", "cancellations"}},
    {{"contrôleurs"}, {"controllers"}},
    {{"taux"}, {"rate", "rates"}},
    {{"banque"}, {"bank"}},
    {{"bénéfice"}, {"profit"}},
    {{"trimestre", "trimestriel"}, {"quarter", "quarterly"}},
    {{"emplois", "postes"}, {"jobs"}},
    {{"primes"}, {"premiums"}},
    {{"assurance"}, {"insurance"}},
    {{"hausse", "augmentation"}, {"rise", "increase"}},
    {{"armée"}, {"army"}},
    {{"militaire", "militaires"}, {"military"}},
    {{"dépenses"}, {"spending"}},
    {{"élection", "élections", "scrutin"}, {"election", "elections"}},
    {{"présidentielle"}, {"presidential"}},
    {{"candidats", "candidat"}, {"candidates", "candidate"}},
    {{"résultat", "résultats"}, {"result", "results"}},
    {{"loup", "loups"}, {"wolf", "wolves"}},
    {{"meute"}, {"pack"}},
    {{"moutons"}, {"sheep"}},
    {{"abattage", "abattre"}, {"cull", "culling"}},
    {{"cocaïne"}, {"cocaine"}},
    {{"saisie", "saisi"}, {"seized", "seizure", "seize"}},
    {{"douanes", "douaniers"}, {"customs"}},
    {{"conteneurs"}, {"containers"}},
    {{"entrepôt"}, {"warehouse"}},
    {{"pneus"}, {"tyres", "tires"}},
    {{"fumée"}, {"smoke"}},
    {{"mineurs"}, {"miners"}},
    {{"cuivre"}, {"copper"}},
    {{"bloqués", "piégés"}, {"trapped"}},
    {{"physiciens"}, {"physicists"}},
    {{"particule", "particules"}, {"particle", "particles"}},
    {{"désintégration"}, {"decay"}},
    {{"dockers"}, {"dockworkers"}},
    {{"retraites"}, {"pension", "pensions"}},
    {{"défense"}, {"defence", "defense"}},
    {{"alliés"}, {"allies"}},
    {{"vaccination", "vaccin", "vaccins"}, {"vaccination", "vaccine", "vaccines"}},
    {{"grippe"}, {"flu", "influenza"}},
    {{"gazole"}, {"diesel"}},
    {{"carburant", "carburants"}, {"fuel"}},
    {{"lauréat", "lauréate"}, {"winner"}},
    {{"sommet"}, {"summit"}},
    {{"accord"}, {"deal", "agreement"}},
    {{"négociations", "pourparlers"}, {"talks", "negotiations"}},
    {{"chômage"}, {"unemployment"}},
    {{"manifestation", "manifestants"}, {"protest", "protesters"}},
    {{"attentat", "attaque"}, {"attack"}},
    {{"otages"}, {"hostages"}},
    {{"avion"}, {"plane", "aircraft"}},
    {{"navire", "bateau"}, {"ship", "boat"}},
    {{"hôpital", "hôpitaux"}, {"hospital", "hospitals"}},
    {{"école", "écoles"}, {"school", "schools"}},
    {{"lancement"}, {"launch"}},
    {{"fusée"}, {"rocket"}},
    {{"lune"}, {"moon"}},
    {{"procès"}, {"trial"}},
    {{"loi"}, {"law"}},
    {{"mine"}, {"mine"}},
    {{"village"}, {"village"}},
    /* The synonym groups of digest_words.c, joined across languages. */
    {{"cambriolage"}, {"burglary"}},
    {{"interpellation"}, {"arrest"}},
    {{"incendie"}, {"fire"}},
    {{"deces"}, {"killed"}},
};

#define LEX_SLOTS 2048 /* a power of two, more than twice the words */
_Static_assert(sizeof lexicon / sizeof *lexicon * 8 * 2 <= LEX_SLOTS, "at most half full");

static uint64_t lex_from[LEX_SLOTS], lex_to[LEX_SLOTS]; /* from 0 = empty */

static void lex_put(uint64_t from, uint64_t to)
{
    size_t j = (size_t)mix64(from) & (LEX_SLOTS - 1);

    while (lex_from[j] && lex_from[j] != from)
        j = (j + 1) & (LEX_SLOTS - 1);
    lex_from[j] = from;
    lex_to[j] = to;
}

uint64_t digest_lexicon_map(uint64_t key)
{
    for (size_t j = (size_t)mix64(key) & (LEX_SLOTS - 1); lex_from[j];
         j = (j + 1) & (LEX_SLOTS - 1))
        if (lex_from[j] == key)
            return lex_to[j];
    return key;
}

/* The key a post in lang would give word w (lower case, with accents). */
static uint64_t key_of(struct digest_stems *st, const char *lang, const char *w)
{
    char folded[64];
    size_t n = strlen(w);

    if (n * 2 > sizeof folded)
        return 0;
    return digest_word_key(st, lang, w, n, folded, digest_fold_latin1(w, n, folded));
}

void digest_lexicon_init(void)
{
    struct digest_stems st;

    digest_stems_init(&st);
    for (size_t g = 0; g < sizeof lexicon / sizeof *lexicon; g++) {
        const struct lexicon_group *x = &lexicon[g];
        uint64_t to = key_of(&st, "fr", x->fr[0]);
        if (!to)
            continue; /* a stop word: it never meets anything */
        for (size_t k = 1; k < 4 && x->fr[k]; k++) {
            uint64_t from = key_of(&st, "fr", x->fr[k]);
            if (from && from != to)
                lex_put(from, to);
        }
        for (size_t k = 0; k < 4 && x->en[k]; k++) {
            uint64_t from = key_of(&st, "en", x->en[k]);
            if (from && from != to)
                lex_put(from, to);
        }
    }
    digest_stems_free(&st);
}
