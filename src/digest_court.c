/*
 * digest_court: two sentences at one court. A court reporter's title gives
 * the sentence ("Dix ans de prison requis contre l'ex-directeur de
 * l'Office des forages ruraux", "Faux permis de conduire : cinq ans de
 * prison pour l'ancien chef de service", day 76) as a deadly story's gives
 * its toll, and describes the defendant by the office he held ("ancien",
 * "former"). What says which case it is is the rest of the title: the
 * offence, the defendant's name. Two posts of one language whose titles
 * each give a sentence or the prosecution's step, and neither of whose
 * titles meets the other post through anything but those words (no
 * offence, no name, no figure), are two cases at one court, whatever the
 * court's town and the sentence's words they share: a thin edge
 * (digest_pairs()). A title that names its defendant or its offence and
 * meets the other post through it keeps the edge (one case's requisition
 * and its verdict name the same man or the same offence). The court's
 * own word is every case's ("appear in court", "court jails two"): day
 * 89's vendors' bail hearing and the gold smugglers' sentence, two courts
 * of one city. (eval/README.md, sixty-ninth and seventy-second rounds.)
 */
#include "digest_int.h"

/* The sentence's and the prosecution's words ("requis contre", "the
 * prosecutors seek"), and the defendant's former office, as a title writes
 * them. */
static const char *const court_words[][2] = {
    {"fr", "prison"},      {"fr", "requis"},    {"fr", "requiert"},  {"fr", "parquet"},
    {"fr", "condamne"},    {"fr", "condamnee"}, {"fr", "condamnes"}, {"fr", "peine"},
    {"fr", "ferme"},       {"fr", "sursis"},    {"fr", "appel"},     {"fr", "ancien"},
    {"fr", "ex"},          {"fr", "contre"},    {"en", "prison"},    {"en", "jail"},
    {"en", "jailed"},      {"en", "jails"},     {"en", "sentenced"}, {"en", "sentence"},
    {"en", "prosecutors"}, {"en", "seek"},      {"en", "appeal"},    {"en", "former"},
    {"en", "ex"},          {"en", "court"},
};
#define NCOURT (sizeof court_words / sizeof *court_words)
static uint64_t court_key[NCOURT];

static void office_init(struct digest_stems *st, digest_key_of_fn key_of);

void digest_court_init(struct digest_stems *st, digest_key_of_fn key_of)
{
    for (size_t i = 0; i < NCOURT; i++)
        court_key[i] = key_of(st, court_words[i][0], court_words[i][1]);
    office_init(st, key_of);
}

/* Whether h is one of the n keys of a word list (0: a word with no key). */
static int listed(const uint64_t *keys, size_t n, uint64_t h)
{
    for (size_t i = 0; i < n; i++)
        if (keys[i] && keys[i] == h)
            return 1;
    return 0;
}

/* Whether key k is of post c's title, and counts (not quoted, not a
 * broadcaster, of some weight, no English word's French bridge: a bridge
 * never meets a post of its own language, and its word is read itself;
 * read, "court"'s bridge made every English title meet the other post). */
static int title_key(const struct keyset *ks, size_t k)
{
    uint8_t kind = ks->kind[k];
    if (kind == K_WORDQ || kind == K_MEDIA || kind == K_BRIDGE || ks->w[k] == 0.0f)
        return 0;
    return kind == K_HALF ? ks->w[k] >= 1.0f : ks->w[k] >= 2.0f;
}

/* Whether post o holds key id kid (of some weight). */
static int holds(const struct keyset *ks, size_t o, uint32_t kid)
{
    for (size_t k = ks->off[o]; k < ks->off[o + 1]; k++)
        if (ks->kid[k] == kid && ks->w[k] != 0.0f)
            return 1;
    return 0;
}

/* Whether posts c and o share a name whole (K_NAME: the court's town, not
 * a country). */
static int name_shared(const struct keyset *ks, size_t c, size_t o)
{
    for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++)
        if (ks->kind[k] == K_NAME && ks->w[k] != 0.0f && holds(ks, o, ks->kid[k]))
            return 1;
    return 0;
}

/* Whether c's title gives a word of the list (keys, n) and meets o through
 * nothing else. */
static int title_only(const struct keyset *ks, size_t c, size_t o, const uint64_t *keys, size_t n)
{
    int found = 0;
    for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
        if (!title_key(ks, k))
            continue;
        if (listed(keys, n, ks->h[k])) {
            found = 1;
            continue;
        }
        if (holds(ks, o, ks->kid[k]))
            return 0;
    }
    return found;
}

/* Two posts of one language that share a name whole, and whose titles each
 * give a word of the list and meet the other post through nothing else. */
static int titles_only(const struct keyset *ks, size_t c, size_t o, const uint64_t *keys, size_t n)
{
    return ks->lang[c] == ks->lang[o] && title_only(ks, c, o, keys, n) &&
           title_only(ks, o, c, keys, n) && name_shared(ks, c, o);
}

int digest_court_apart(const struct keyset *ks, size_t c, size_t o)
{
    return titles_only(ks, c, o, court_key, NCOURT);
}

/* Two acts of one official. A local desk's title opens on its subject
 * ("Sargasses :", "Prix des carburants :") and gives who acted by office
 * ("la préfète déléguée active le plan de ramassage", "la préfète déléguée
 * signe l'arrêté de juillet", day 88); the copy names the official and the
 * territory. The same prefect, minister or mayor signs a dozen acts a day:
 * two posts of one language that share a name whole (the official's, the
 * territory's), whose titles each hold an office's word and neither of
 * whose titles meets the other post through anything else (no subject, no
 * figure), are two stories of one authority, as two sentences are two
 * cases of one court: a thin edge. A title that meets the other post
 * through its subject keeps the edge. (eval/README.md, seventy-first
 * round.) */
static const char *const office_words[][2] = {
    {"fr", "préfet"},     {"fr", "préfète"},   {"fr", "délégué"},    {"fr", "déléguée"},
    {"fr", "ministre"},   {"fr", "maire"},     {"fr", "gouverneur"}, {"fr", "président"},
    {"fr", "présidente"}, {"en", "prefect"},   {"en", "minister"},   {"en", "mayor"},
    {"en", "governor"},   {"en", "president"}, {"en", "premier"},
};
#define NOFFICE (sizeof office_words / sizeof *office_words)
static uint64_t office_key[NOFFICE];

static void office_init(struct digest_stems *st, digest_key_of_fn key_of)
{
    for (size_t i = 0; i < NOFFICE; i++)
        office_key[i] = key_of(st, office_words[i][0], office_words[i][1]);
}

int digest_office_apart(const struct keyset *ks, size_t c, size_t o)
{
    return digest_speaker_apart(ks, c, o) || titles_only(ks, c, o, office_key, NOFFICE);
}
