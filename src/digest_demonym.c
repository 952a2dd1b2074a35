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

void digest_demonyms_init(void)
{
    for (size_t i = 0; i < NDEMONYMS; i++)
        demonym_key[i] = entity_hash(demonyms[i], strlen(demonyms[i]));
    qsort(demonym_key, NDEMONYMS, sizeof *demonym_key, digest_u64_cmp);
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
 * eval/README.md, seventy-sixth round). */
uint8_t digest_key_place(uint8_t kind, uint64_t h, int word)
{
    if (word)
        return (uint8_t)(digest_facility(h) | digest_toll_word(h) << 1);
    return (uint8_t)((kind == K_NAME && (digest_country(h) || digest_demonym(h))) << 2);
}
