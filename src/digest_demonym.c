/*
 * digest_demonym: a country written as its adjective. Wire titles name the
 * country a story happens in as often by its adjective as by its name
 * ("Fire on Namibian trawler leaves 3 sailors missing", "Namibian police
 * officer goes on trial ...", "Death toll in Indian building collapse rises
 * to 11"): the adjective is every story's of that country, as the country
 * is (digest_country()), and no one's own name. English adjectives of
 * countries; the channels' French posts write them lower-case, no name.
 *
 * Two posts of one language whose titles each name their story and that
 * share no name or figure but such an adjective, both titles holding it,
 * tell two stories of one country: "Fire kills 5 in Namibian capital's
 * shantytown as winter bites" and "Fire on Namibian trawler leaves 3
 * sailors missing" (day 79), "Measles outbreak hits schools in southern
 * French city" and "Ransomware gang hits French city of Angers" (day
 * 2026-12-08). What else they share is the kind's words, as for two
 * titles that share no name at all: digest_pairs() makes no edge
 * (pair_no_name(), digest_group.c; eval/README.md, fifty-fourth round).
 *
 * The regions of French-language Europe are places of the same sort
 * (regions[] below): digest_key_place() marks them, and digest_join() does
 * not join two stories through one no title of either names
 * (eval/README.md, hundred-and-fourth round).
 */
#include "digest_int.h"

#include <stdlib.h>
#include <string.h>

/* clang-format off */
static const char *const demonyms[] = {
    "afghan", "american", "angolan", "argentine", "australian", "bangladeshi", "beninese",
    "brazilian", "british", "burkinabe", "burundian", "cameroonian", "canadian", "chadian",
    "chinese", "colombian", "congolese", "cuban", "egyptian", "ethiopian", "fijian", "french",
    "gabonese", "ghanaian", "guinean", "haitian", "indian", "indonesian", "iranian", "iraqi",
    "irish", "israeli", "ivorian", "jamaican", "japanese", "kenyan", "lebanese", "liberian",
    "malagasy", "malawian", "malian", "mauritanian", "mauritian", "mexican", "moroccan",
    "mozambican", "namibian", "nepali", "nigerian", "nigerien", "pakistani", "filipino",
    "rwandan", "senegalese", "somali", "sudanese", "tanzanian", "togolese", "trinidadian",
    "tunisian", "ugandan", "ukrainian", "zambian", "zimbabwean", "scottish", "sri lankan",
    "south african",
    /* of the countries of the table the list left out (seventy-sixth round) */
    "guyanese", "surinamese",
    /* of the table's European and other countries, left out until day 98's
     * "Romanian" (eighty-fourth round); not "English", a language, nor
     * "Georgian" and "Dominican", two states' each */
    "albanian", "algerian", "armenian", "austrian", "azerbaijani", "belarusian", "belgian",
    "bolivian", "bosnian", "bulgarian", "cambodian", "chilean", "croatian", "cypriot", "czech",
    "danish", "dutch", "ecuadorian", "eritrean", "estonian", "finnish", "german", "greek",
    "hungarian", "icelandic", "italian", "jordanian", "latvian", "libyan", "lithuanian",
    "malaysian", "maltese", "moldovan", "mongolian", "norwegian", "peruvian", "polish",
    "romanian", "russian", "saudi", "serbian", "singaporean", "slovak", "slovenian", "spanish",
    "swedish", "swiss", "syrian", "thai", "turkish", "vietnamese", "welsh", "emirati", "kuwaiti",
    "bahraini", "argentinian", "uzbek", "kyrgyz", "tajik",
};
/* clang-format on */

#define NDEMONYMS (sizeof demonyms / sizeof *demonyms)
static uint64_t demonym_key[NDEMONYMS]; /* sorted */

/* A region of a French-language country, as its name is keyed (folded,
 * hyphens and elisions read as spaces: "Bas-Rhin", "Côtes-d'Armor"): the
 * metropolitan départements (not Paris, a town's name), Belgium's provinces
 * and Switzerland's cantons whose names are no town's. A regional
 * channel's copy writes the département after its institutions: « la
 * préfecture du Bas-Rhin », « la cour d'assises de la Gironde », « les
 * pompiers du Haut-Rhin »; every story of the day happens there, as in the
 * country, and it is no name of one story's own. digest_join() does not
 * read it as what two stories of one town share besides the town
 * (join_spread(), digest_link.c): day 113's murder of a taxi driver in
 * Sélestat, tried by the « cour d'assises du Bas-Rhin », and the A35 pileup
 * near Sélestat reported by the « gendarmerie du Bas-Rhin » and the
 * « préfecture du Bas-Rhin » (eval/README.md, hundred-and-fourth round). */
/* clang-format off */
static const char *const regions[] = {
    "ain", "aisne", "allier", "alpes de haute provence", "hautes alpes", "alpes maritimes",
    "ardeche", "ardennes", "ariege", "aube", "aude", "aveyron", "bouches du rhone", "calvados",
    "cantal", "charente", "charente maritime", "cher", "correze", "corse du sud", "haute corse",
    "cote d or", "cotes d armor", "creuse", "dordogne", "doubs", "drome", "eure", "eure et loir",
    "finistere", "gard", "haute garonne", "gers", "gironde", "herault", "ille et vilaine",
    "indre", "indre et loire", "isere", "jura", "landes", "loir et cher", "loire", "haute loire",
    "loire atlantique", "loiret", "lot", "lot et garonne", "lozere", "maine et loire", "manche",
    "marne", "haute marne", "mayenne", "meurthe et moselle", "meuse", "morbihan", "moselle",
    "nievre", "nord", "oise", "orne", "pas de calais", "puy de dome", "pyrenees atlantiques",
    "hautes pyrenees", "pyrenees orientales", "bas rhin", "haut rhin", "rhone", "haute saone",
    "saone et loire", "sarthe", "savoie", "haute savoie", "seine maritime", "seine et marne",
    "yvelines", "deux sevres", "somme", "tarn", "tarn et garonne", "var", "vaucluse", "vendee",
    "vienne", "haute vienne", "vosges", "yonne", "territoire de belfort", "essonne",
    "hauts de seine", "seine saint denis", "val de marne", "val d oise",
    "hainaut", "brabant wallon", "brabant flamand", "flandre occidentale", "flandre orientale",
    "limbourg",
    "vaud", "valais", "tessin", "grisons", "argovie", "thurgovie",
};
/* clang-format on */

#define NREGIONS (sizeof regions / sizeof *regions)
static uint64_t region_key[NREGIONS]; /* sorted */

void digest_demonyms_init(void)
{
    for (size_t i = 0; i < NDEMONYMS; i++)
        demonym_key[i] = entity_hash(demonyms[i], strlen(demonyms[i]));
    qsort(demonym_key, NDEMONYMS, sizeof *demonym_key, digest_u64_cmp);
    for (size_t i = 0; i < NREGIONS; i++)
        region_key[i] = entity_hash(regions[i], strlen(regions[i]));
    qsort(region_key, NREGIONS, sizeof *region_key, digest_u64_cmp);
}

/* Key flags (key_flags(), digest_group.c) of a name's key h: bits 1 (a
 * country, no one's own) and 7 (its adjective) if h is one of the
 * adjectives, else 0. */
int digest_demonym(uint64_t h)
{
    return bsearch(&h, demonym_key, NDEMONYMS, sizeof *demonym_key, digest_u64_cmp) ? 2 | 128 : 0;
}

/* A country's name or adjective is where two stories happen, not a name of
 * their own: digest_join() does not join two stories through one that no
 * title of one of them holds (day 91's "Surinamese" goods and shoppers;
 * eval/README.md, seventy-sixth round). Bit 8: a region's name (regions[]). */
uint8_t digest_key_place(uint8_t kind, uint64_t h, int word)
{
    if (word)
        return (uint8_t)(digest_facility(h) | digest_toll_word(h) << 1);
    if (kind != K_NAME)
        return 0;
    if (digest_country(h) || digest_demonym(h))
        return 4;
    return bsearch(&h, region_key, NREGIONS, sizeof *region_key, digest_u64_cmp) ? 8 : 0;
}
