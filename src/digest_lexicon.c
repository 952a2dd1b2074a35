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
    /* More news words, as a newsroom's glossary would have them. */
    {{"barrage", "barrages"}, {"dam", "dams"}},
    {{"couteau", "couteaux"}, {"knife", "knives"}},
    {{"poignardé", "poignardée", "poignardés"}, {"stabbed", "stabbing"}},
    {{"agresseur", "assaillant"}, {"attacker", "assailant"}},
    {{"victime", "victimes"}, {"victim", "victims"}},
    {{"gare", "gares"}, {"station", "stations"}},
    {{"pénurie", "pénuries"}, {"shortage", "shortages"}},
    {{"antibiotique", "antibiotiques"}, {"antibiotic", "antibiotics"}},
    {{"médicament", "médicaments"}, {"medicine", "medicines", "drug", "drugs"}},
    {{"pharmacie", "pharmacies"}, {"pharmacy", "pharmacies"}},
    {{"pharmaciens", "pharmacien"}, {"pharmacists", "pharmacist"}},
    {{"fuite", "fuites"}, {"leak", "leaks"}},
    {{"usine", "usines"}, {"factory", "factories", "plant"}},
    {{"chimique", "chimiques"}, {"chemical", "chemicals"}},
    {{"élèves", "écoliers"}, {"pupils", "students"}},
    {{"fusion"}, {"merger"}},
    {{"rachat", "racheter"}, {"takeover", "acquisition"}},
    {{"actionnaires"}, {"shareholders"}},
    {{"loyer", "loyers"}, {"rent", "rents"}},
    {{"logement", "logements"}, {"housing"}},
    {{"locataires"}, {"tenants"}},
    {{"salaires", "salaire"}, {"wages", "salaries", "pay"}},
    {{"enseignants", "professeurs"}, {"teachers"}},
    {{"dopage"}, {"doping"}},
    {{"cycliste", "cyclistes"}, {"cyclist", "cyclists"}},
    {{"suspendu", "suspension"}, {"suspended", "suspension", "ban"}},
    {{"évasion", "évadés", "évadé"}, {"escape", "escaped", "breakout"}},
    {{"détenus", "prisonniers"}, {"inmates", "prisoners"}},
    {{"prison"}, {"prison", "jail"}},
    {{"satellite", "satellites"}, {"satellite", "satellites"}},
    {{"condamné", "condamnée", "condamnation"}, {"convicted", "sentenced", "conviction"}},
    {{"peine"}, {"sentence"}},
    {{"mandat"}, {"warrant"}},
    {{"diplomates", "diplomate"}, {"diplomats", "diplomat"}},
    {{"ambassade"}, {"embassy"}},
    {{"ambassadeur"}, {"ambassador"}},
    {{"expulsion", "expulsé", "expulsés"}, {"expulsion", "expelled", "expels"}},
    {{"dette"}, {"debt"}},
    {{"déficit"}, {"deficit"}},
    {{"impôt", "impôts", "taxe", "taxes"}, {"tax", "taxes"}},
    {{"exportations"}, {"exports"}},
    {{"importations"}, {"imports"}},
    {{"licenciements"}, {"layoffs", "redundancies"}},
    {{"entreprise", "entreprises", "société"}, {"company", "companies", "firm"}},
    {{"épidémie"}, {"epidemic", "outbreak"}},
    {{"rougeole"}, {"measles"}},
    {{"cas"}, {"cases"}},
    {{"sécheresse"}, {"drought"}},
    {{"canicule"}, {"heatwave"}},
    {{"chaleur"}, {"heat"}},
    {{"neige"}, {"snow"}},
    {{"avalanche", "avalanches"}, {"avalanche", "avalanches"}},
    {{"ouragan"}, {"hurricane"}},
    {{"typhon"}, {"typhoon"}},
    {{"autoroute"}, {"motorway", "highway"}},
    {{"pont", "ponts"}, {"bridge", "bridges"}},
    {{"route", "routes"}, {"road", "roads"}},
    {{"naufrage"}, {"shipwreck", "sinking", "sank"}},
    {{"ferry", "ferries"}, {"ferry", "ferries"}},
    {{"passagers"}, {"passengers"}},
    {{"équipage"}, {"crew"}},
    {{"capitaine"}, {"captain"}},
    {{"terroriste", "terroristes"}, {"terrorist", "terrorists"}},
    {{"cyberattaque", "piratage"}, {"cyberattack", "hack", "hacking"}},
    {{"rançongiciel"}, {"ransomware"}},
    {{"données"}, {"data"}},
    {{"fraude"}, {"fraud"}},
    {{"blanchiment"}, {"laundering"}},
    {{"démission", "démissionne"}, {"resignation", "resigns", "resigned"}},
    {{"réfugiés"}, {"refugees"}},
    {{"guerre"}, {"war"}},
    {{"soldats"}, {"soldiers", "troops"}},
    {{"cessez-le-feu"}, {"ceasefire"}},
    {{"frontière", "frontières"}, {"border", "borders"}},
    {{"agriculteurs"}, {"farmers"}},
    {{"pêcheurs"}, {"fishermen"}},
    {{"bus", "autobus"}, {"bus", "coach"}},
    {{"camion", "camions"}, {"truck", "lorry"}},
    {{"voiture", "voitures"}, {"car", "cars"}},
    {{"aérienne", "aériens"}, {"airline", "airlines"}},
    {{"juge", "juges"}, {"judge", "judges"}},
    {{"jury"}, {"jury"}},
    {{"président", "présidente"}, {"president"}},
    {{"maire"}, {"mayor"}},
    {{"parlement"}, {"parliament"}},
    {{"sénat"}, {"senate"}},
    {{"députés"}, {"deputies"}},
    {{"opposition"}, {"opposition"}},
    {{"sondage"}, {"poll"}},
    {{"électeurs"}, {"voters"}},
    {{"référendum"}, {"referendum"}},
    {{"nucléaire"}, {"nuclear"}},
    {{"pétrole"}, {"oil"}},
    {{"marée"}, {"tide", "spill"}},
    {{"pollution"}, {"pollution"}},
    {{"climat", "climatique"}, {"climate"}},
    {{"émissions"}, {"emissions"}},
    /* The synonym groups of digest_words.c, joined across languages. */
    {{"cambriolage"}, {"burglary"}},
    {{"interpellation"}, {"arrest"}},
    {{"incendie"}, {"fire"}},
    {{"deces"}, {"killed"}},
};

#define LEX_SLOTS 4096 /* a power of two, more than twice the words */
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
