/*
 * digest_fire: what a fire's title says burned. A fire's headline names
 * the fire and what it burned: « quatre maisons détruites par un
 * incendie », "Landfill blaze blankets Martinique capital in smoke",
 * "Fire guts hardware store in Arima", « Port Hercule : un yacht de 48
 * mètres ravagé par les flammes ». What burned says which fire it is:
 * two fires of one town on one night (day 54's houses of Terres-Sainville
 * and the Trompeuse landfill) are told apart by it, as the kinds of event
 * tell a strike from a quake (digest_event.c). Each report of one fire
 * names the same site, or a site that burns with it: a depot's fire that
 * reaches houses names both in one title (« Dépôt de kpayo en feu : une
 * dizaine de maisons touchées »), and a wildfire burns whatever lies in
 * its path ("Bushfire destroys dozens of homes", « un feu de forêt
 * détruit des maisons »), so the land is apart from no site. Six sites,
 * each a few headline nouns of wire copy, read as the kinds' words are
 * (key_of(): the stem, the lexicon's pair, so "plant" reads as « usine »
 * and "homes" as « foyers »). Left out, as measured on the days: a word
 * whose key is another's ("wildfire" and "bushfire" are « incendie »'s,
 * « immeuble » is "building"'s, « habitations » is « habitants »'s,
 * « commerces » is « Commerce »'s). Two titles that both name a fire and
 * each a site, and no site in common, are two fires
 * (digest_event_apart()). (eval/README.md, eighty-second round.)
 */
#include "digest_int.h"

enum {
    SITE_LAND = 1,
    SITE_HOME = 2,
    SITE_MARKET = 4,
    SITE_WORKS = 8,
    SITE_WASTE = 16,
    SITE_VESSEL = 32
};

static const struct {
    uint8_t site;
    const char *lang, *word;
} site_words[] = {
    /* land: forest, bush, grass (a wildfire) */
    {SITE_LAND, "fr", "foret"},
    {SITE_LAND, "fr", "forets"},
    {SITE_LAND, "fr", "brousse"},
    {SITE_LAND, "fr", "broussailles"},
    {SITE_LAND, "fr", "prairie"},
    {SITE_LAND, "en", "forest"},
    {SITE_LAND, "en", "bush"},
    {SITE_LAND, "en", "grassland"},
    /* homes */
    {SITE_HOME, "fr", "maison"},
    {SITE_HOME, "fr", "maisons"},
    {SITE_HOME, "fr", "cases"},
    {SITE_HOME, "fr", "logements"},
    {SITE_HOME, "fr", "foyers"},
    {SITE_HOME, "en", "homes"},
    {SITE_HOME, "en", "houses"},
    {SITE_HOME, "en", "house"},
    {SITE_HOME, "en", "apartment"},
    {SITE_HOME, "en", "tenement"},
    {SITE_HOME, "en", "shacks"},
    {SITE_HOME, "en", "dormitory"},
    /* a market, its stalls and shops */
    {SITE_MARKET, "fr", "marché"},
    {SITE_MARKET, "en", "market"},
    {SITE_MARKET, "en", "stalls"},
    {SITE_MARKET, "en", "shops"},
    /* works and stores: a factory, a mill, a warehouse, a depot */
    {SITE_WORKS, "fr", "usine"},
    {SITE_WORKS, "fr", "entrepot"},
    {SITE_WORKS, "fr", "depot"},
    {SITE_WORKS, "fr", "scierie"},
    {SITE_WORKS, "en", "factory"},
    {SITE_WORKS, "en", "warehouse"},
    {SITE_WORKS, "en", "warehouses"},
    {SITE_WORKS, "en", "mill"},
    {SITE_WORKS, "en", "sawmill"},
    {SITE_WORKS, "en", "depot"},
    /* waste: a landfill, a dump */
    {SITE_WASTE, "fr", "decharge"},
    {SITE_WASTE, "en", "landfill"},
    {SITE_WASTE, "en", "dump"},
    /* a vessel */
    {SITE_VESSEL, "fr", "navire"},
    {SITE_VESSEL, "fr", "vraquier"},
    {SITE_VESSEL, "fr", "yacht"},
    {SITE_VESSEL, "en", "ship"},
    {SITE_VESSEL, "en", "ferry"},
    {SITE_VESSEL, "en", "yacht"},
    {SITE_VESSEL, "en", "trawler"},
    {SITE_VESSEL, "en", "boat"},
};
#define NSITE (sizeof site_words / sizeof *site_words)
static uint64_t site_key[NSITE];

void digest_fire_init(struct digest_stems *st, digest_key_of_fn key_of)
{
    for (size_t i = 0; i < NSITE; i++)
        site_key[i] = key_of(st, site_words[i].lang, site_words[i].word);
}

uint8_t digest_fire_site(uint64_t h)
{
    uint8_t s = 0;
    for (size_t i = 0; i < NSITE; i++)
        if (site_key[i] && site_key[i] == h)
            s |= site_words[i].site;
    return s;
}

int digest_fire_apart(uint8_t a, uint8_t b)
{
    /* a wildfire burns whatever lies in its path: apart from no site */
    if ((a | b) & SITE_LAND)
        return 0;
    return a && b && !(a & b);
}
