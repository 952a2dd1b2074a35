/*
 * digest_event: the kinds of event a title names. An editor keeps apart
 * two stories of one town whose headlines name two kinds of event: a
 * crab boat capsizing and a fishermen's protest, a wildfire (day 75); a
 * crab boat's wreck and a crab plant strike (day 73); a tsunami warning
 * and a fire (day 52). Each kind has a few headline words of wire copy,
 * French and English, read as the pairs read them (key_of() of
 * digest_maps.c: the stem, the lexicon's English-to-French word, a
 * story's synonyms), so "capsizes" and "chavire" meet. A pair of posts
 * whose titles each name a kind, and no kind in common, is two stories
 * whatever the town, the hospital or the minister they share: a thin
 * edge, and no link (digest_pairs(), as an aside). A title that names no
 * kind (a how-to, a reaction, a portrait) says nothing here.
 *
 * Only words that name their kind in every story are listed. Left out:
 * "vote" (a strike is put to a vote: day 46's "le mouvement reconduit, un
 * vote jeudi"), "march" (a month), "rally" and "flames" (sport), "stir"
 * (a controversy), "sinks" (a currency, a share price), "assembly" and
 * "rassemblement" (any gathering), "collapse" and "effondrement" alone
 * (talks, prices: a structure's fall is a kind only with what fell, below),
 * "marche" (folded, "marché"), "arrêt" ("arrêté", a decree),
 * "feu" ("feu vert"; "incendie" has its key, the story's synonym, and
 * stays), "loi" and "law" (a trial's explainer: "ce que prévoit la loi"),
 * "cambriolage", "braquage", "robbery" and "heist" (their key is "vols",
 * the flights of day 58's airport strike), and a court's words ("procès",
 * "prison", "trial", "verdict", "jailed"): a trial is a later day of a
 * crime's or a crash's story (day 44's driver jailed for the two
 * schoolchildren he killed), not a kind of its own (eval/README.md,
 * forty-eighth round). But for "trial" and "procès" in a title: the
 * court's day, apart from a demonstration only (sixty-sixth round).
 *
 * A structure's fall is a kind when one title names both the fall and
 * what fell: "Building collapse near India's Mumbai kills 8", « un
 * immeuble s'effondre », "Gym roof collapses", « Préau effondré », "Albania
 * dam collapse" (collapse_words[]). The fall alone is a price's, a bank's,
 * a grid's or a round of talks' ("Why lithium prices collapsed", "as pay
 * talks collapse"); what fell says it is a building's. Day 55's monsoon
 * ("Monsoon rains kill three in India's financial capital") and the
 * building that fell in the rain near the city are two stories: a flood's
 * title and a fall's (eval/README.md, ninety-fourth round). The plain
 * "accident" names a fall too (day 35's crane: "Malta's transshipment port
 * halts crane work after accident").
 */
#include "digest_int.h"

#include <stdlib.h>

#include "xmalloc.h"

enum {
    EV_CRASH,
    EV_STRIKE,
    EV_FIRE,
    EV_HOUSE,
    EV_WRECK,
    EV_SICK,
    EV_FLOOD,
    EV_QUAKE,
    EV_ATTACK,
    EV_CRIME,
    EV_COURT,
    EV_DERAIL,
    EV_COLLAPSE,
    EV_NKINDS /* the kinds' bits lie below EV_TITLE_NAME's */
};

static const struct {
    uint8_t kind;
    const char *lang, *word;
} event_words[] = {
    /* an accident of the road, a rail line, a building site */
    {EV_CRASH, "fr", "accident"},
    {EV_CRASH, "fr", "collision"},
    {EV_CRASH, "fr", "carambolage"},
    {EV_CRASH, "fr", "percute"},
    {EV_CRASH, "fr", "ravin"},
    {EV_CRASH, "en", "crash"},
    {EV_CRASH, "en", "crashes"},
    {EV_CRASH, "en", "collision"},
    {EV_CRASH, "en", "collided"},
    {EV_CRASH, "en", "collide"},
    {EV_CRASH, "en", "pileup"},
    {EV_CRASH, "en", "rollover"},
    {EV_CRASH, "en", "overturned"},
    {EV_CRASH, "en", "accident"},
    /* a train off its rails: a rail accident, not a road collision (a
     * minibus and a tanker collide, a train derails, one town: day 90's two
     * stories). The plain "accident" names either, so it is both kinds. */
    {EV_DERAIL, "fr", "deraille"},
    {EV_DERAIL, "fr", "deraillement"},
    {EV_DERAIL, "fr", "accident"},
    {EV_DERAIL, "en", "derails"},
    {EV_DERAIL, "en", "derailed"},
    {EV_DERAIL, "en", "derailment"},
    {EV_DERAIL, "en", "accident"},
    {EV_COLLAPSE, "fr", "accident"},
    {EV_COLLAPSE, "en", "accident"},
    /* a strike, a demonstration */
    {EV_STRIKE, "fr", "greve"},
    {EV_STRIKE, "fr", "grevistes"},
    {EV_STRIKE, "fr", "debrayage"},
    {EV_STRIKE, "fr", "manifestation"},
    {EV_STRIKE, "fr", "manifestants"},
    {EV_STRIKE, "fr", "manifestent"},
    {EV_STRIKE, "fr", "sit-in"},
    {EV_STRIKE, "en", "strike"},
    {EV_STRIKE, "en", "strikers"},
    {EV_STRIKE, "en", "walkout"},
    {EV_STRIKE, "en", "protest"},
    {EV_STRIKE, "en", "protesters"},
    {EV_STRIKE, "en", "sick-out"},
    {EV_FIRE, "fr", "incendie"},
    {EV_FIRE, "fr", "brasier"},
    {EV_FIRE, "en", "fire"},
    {EV_FIRE, "en", "blaze"},
    {EV_FIRE, "en", "bushfire"},
    {EV_FIRE, "en", "wildfire"},
    /* a parliament's sitting */
    {EV_HOUSE, "fr", "deputes"},
    {EV_HOUSE, "fr", "parlement"},
    {EV_HOUSE, "fr", "senat"},
    {EV_HOUSE, "en", "lawmakers"},
    {EV_HOUSE, "en", "legislature"},
    {EV_HOUSE, "en", "parliament"},
    {EV_HOUSE, "en", "senate"},
    {EV_WRECK, "fr", "naufrage"},
    {EV_WRECK, "fr", "chavire"},
    {EV_WRECK, "en", "capsized"},
    {EV_WRECK, "en", "capsizes"},
    {EV_WRECK, "en", "sank"},
    {EV_WRECK, "en", "shipwreck"},
    /* an epidemic, a vaccination campaign */
    {EV_SICK, "fr", "epidemie"},
    {EV_SICK, "fr", "cholera"},
    {EV_SICK, "fr", "rougeole"},
    {EV_SICK, "fr", "dengue"},
    {EV_SICK, "fr", "vaccination"},
    {EV_SICK, "fr", "polio"},
    {EV_SICK, "en", "outbreak"},
    {EV_SICK, "en", "cholera"},
    {EV_SICK, "en", "measles"},
    {EV_SICK, "en", "dengue"},
    {EV_SICK, "en", "vaccination"},
    {EV_SICK, "en", "vaccine"},
    {EV_FLOOD, "fr", "inondations"},
    {EV_FLOOD, "fr", "cyclone"},
    {EV_FLOOD, "fr", "crue"},
    {EV_FLOOD, "fr", "pluies"},
    {EV_FLOOD, "en", "floods"},
    {EV_FLOOD, "en", "flooding"},
    {EV_FLOOD, "en", "cyclone"},
    {EV_FLOOD, "en", "monsoon"},
    {EV_FLOOD, "en", "rains"},
    {EV_QUAKE, "fr", "seisme"},
    {EV_QUAKE, "fr", "secousse"},
    {EV_QUAKE, "fr", "tsunami"},
    {EV_QUAKE, "en", "quake"},
    {EV_QUAKE, "en", "earthquake"},
    {EV_QUAKE, "en", "tremor"},
    {EV_QUAKE, "en", "tsunami"},
    {EV_ATTACK, "fr", "attaque"},
    {EV_ATTACK, "fr", "embuscade"},
    {EV_ATTACK, "en", "attack"},
    {EV_ATTACK, "en", "ambush"},
    {EV_CRIME, "fr", "enleve"},
    {EV_CRIME, "fr", "enlevement"},
    {EV_CRIME, "fr", "meurtre"},
    {EV_CRIME, "en", "abducted"},
    {EV_CRIME, "en", "abduction"},
    {EV_CRIME, "en", "kidnapped"},
    {EV_CRIME, "en", "kidnapping"},
    {EV_CRIME, "en", "murder"},
    /* a court's day (digest_event_kinds(): the title's only kind) */
    {EV_COURT, "fr", "proces"},
    {EV_COURT, "en", "trial"},
};

/* A structure's fall (EV_COLLAPSE): the fall's words (FELL) and what fell
 * (WHAT), both in one title. */
enum { FELL = 1, WHAT = 2 };

static const struct {
    uint8_t part;
    const char *lang, *word;
} collapse_words[] = {
    {FELL, "fr", "effondre"},  {FELL, "fr", "effondrée"},   {FELL, "fr", "effondrement"},
    {FELL, "fr", "écroulé"},   {FELL, "fr", "écroulement"}, {FELL, "en", "collapse"},
    {FELL, "en", "collapses"}, {FELL, "en", "collapsed"},   {WHAT, "fr", "immeuble"},
    {WHAT, "fr", "bâtiment"},  {WHAT, "fr", "toit"},        {WHAT, "fr", "préau"},
    {WHAT, "fr", "pont"},      {WHAT, "fr", "barrage"},     {WHAT, "fr", "grue"},
    {WHAT, "fr", "mur"},       {WHAT, "fr", "tribune"},     {WHAT, "fr", "mine"},
    {WHAT, "fr", "puits"},     {WHAT, "en", "building"},    {WHAT, "en", "block"},
    {WHAT, "en", "roof"},      {WHAT, "en", "canopy"},      {WHAT, "en", "bridge"},
    {WHAT, "en", "dam"},       {WHAT, "en", "crane"},       {WHAT, "en", "wall"},
    {WHAT, "en", "stand"},     {WHAT, "en", "mine"},        {WHAT, "en", "pit"},
};
#define NCOLLAPSE (sizeof collapse_words / sizeof *collapse_words)
#define COLLAPSE_SLOTS 128
_Static_assert(NCOLLAPSE * 2 <= COLLAPSE_SLOTS, "at most half full");
static uint64_t collapse_key[COLLAPSE_SLOTS];
static uint8_t collapse_bits[COLLAPSE_SLOTS];

static void collapse_put(uint64_t k, uint8_t part)
{
    if (!k)
        return;
    size_t j = (size_t)mix64(k) & (COLLAPSE_SLOTS - 1);
    while (collapse_key[j] && collapse_key[j] != k)
        j = (j + 1) & (COLLAPSE_SLOTS - 1);
    collapse_key[j] = k;
    collapse_bits[j] |= part;
}

/* The parts of a structure's fall that a word's key names. */
static unsigned collapse_part(uint64_t key)
{
    for (size_t j = (size_t)mix64(key) & (COLLAPSE_SLOTS - 1); collapse_key[j];
         j = (j + 1) & (COLLAPSE_SLOTS - 1))
        if (collapse_key[j] == key)
            return collapse_bits[j];
    return 0;
}

/* The explainer's label ("Explainer: how water trading works, and where
 * the Arkwright case fits"), read as the rubric a title opens on: its
 * bit in kinds (digest_explainer_thin()), no kind of event. */
#define EV_EXPLAINER 15u
#define EV_TITLE_NAME 14u
#define EV_MASK ((1u << EV_TITLE_NAME) - 1u)
_Static_assert(EV_NKINDS <= EV_TITLE_NAME, "the kinds and the two marks share 16 bits");
static const char *const explainer_words[][2] = {
    {"en", "explainer"}, {"en", "factbox"}, {"fr", "decryptage"}};
static uint64_t explainer_mark[sizeof explainer_words / sizeof *explainer_words];

#define EVENT_SLOTS 256
_Static_assert(sizeof event_words / sizeof *event_words * 2 <= EVENT_SLOTS, "at most half full");
static uint64_t event_key[EVENT_SLOTS];
static uint16_t event_bits[EVENT_SLOTS];

static void event_put(uint64_t k, unsigned kind)
{
    if (!k)
        return;
    size_t j = (size_t)mix64(k) & (EVENT_SLOTS - 1);
    while (event_key[j] && event_key[j] != k)
        j = (j + 1) & (EVENT_SLOTS - 1);
    event_key[j] = k;
    event_bits[j] |= (uint16_t)(1u << kind);
}

static uint16_t event_of(uint64_t key)
{
    for (size_t j = (size_t)mix64(key) & (EVENT_SLOTS - 1); event_key[j];
         j = (j + 1) & (EVENT_SLOTS - 1))
        if (event_key[j] == key)
            return event_bits[j];
    return 0;
}

void digest_events_init(struct digest_stems *st, digest_key_of_fn key_of)
{
    for (size_t i = 0; i < sizeof event_words / sizeof *event_words; i++)
        event_put(key_of(st, event_words[i].lang, event_words[i].word), event_words[i].kind);
    digest_fire_init(st, key_of);
    for (size_t i = 0; i < NCOLLAPSE; i++)
        collapse_put(key_of(st, collapse_words[i].lang, collapse_words[i].word),
                     collapse_words[i].part);
    for (size_t i = 0; i < sizeof explainer_mark / sizeof *explainer_mark; i++)
        explainer_mark[i] =
            digest_rubric_mark(key_of(st, explainer_words[i][0], explainer_words[i][1]));
}

/* Whether a key is the explainer's label in a title's rubric. */
static int explainer_label(const struct keyset *ks, size_t k)
{
    if (ks->kind[k] != K_WORDQ || ks->w[k] != 0.0f)
        return 0;
    for (size_t i = 0; i < sizeof explainer_mark / sizeof *explainer_mark; i++)
        if (ks->h[k] == explainer_mark[i])
            return 1;
    return 0;
}

void digest_event_kinds(struct rubrics *r, const struct keyset *ks, size_t nc)
{
    r->kinds = xcalloc(nc ? nc : 1, sizeof *r->kinds);
    r->sites = xcalloc(nc ? nc : 1, sizeof *r->sites);
    for (size_t c = 0; c < nc; c++) {
        unsigned fell = 0;
        for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
            uint8_t kind = ks->kind[k];
            /* a word's key (not a name's or a figure's), of the title
             * (TITLE_WEIGHT) */
            if ((kind == K_WORD || kind == K_WORDN || kind == K_WORDQ || kind == K_BRIDGE) &&
                ks->w[k] >= 2.0f) {
                r->kinds[c] |= event_of(ks->h[k]);
                fell |= collapse_part(ks->h[k]);
            }
            if (explainer_label(ks, k))
                r->kinds[c] |= 1u << EV_EXPLAINER;
            if ((kind == K_NAME || kind == K_ALIAS) && ks->w[k] >= 2.0f)
                r->kinds[c] |= 1u << EV_TITLE_NAME;
        }
        if (fell == (FELL | WHAT))
            r->kinds[c] |= 1u << EV_COLLAPSE;
    }
    /* A fire's title: what burned (digest_fire.c), of the same keys. */
    for (size_t c = 0; c < nc; c++)
        for (size_t k = ks->off[c]; k < ks->off[c + 1] && (r->kinds[c] & (1u << EV_FIRE)); k++)
            if ((ks->kind[k] == K_WORD || ks->kind[k] == K_WORDN || ks->kind[k] == K_WORDQ ||
                 ks->kind[k] == K_BRIDGE) &&
                ks->w[k] >= 2.0f)
                r->sites[c] |= digest_fire_site(ks->h[k]);
    /* A title that reports a trial names the crime it judges and where it
     * happened ("Namibian police officer goes on trial for killing student
     * at protest", day 79): those words are the crime's, the title's
     * event is the court's day. */
    for (size_t c = 0; c < nc; c++)
        if (r->kinds[c] & (1u << EV_COURT))
            r->kinds[c] = (uint16_t)((r->kinds[c] & ~EV_MASK) | (1u << EV_COURT));
}

int digest_event_apart(const struct rubrics *r, size_t c, size_t o)
{
    unsigned a = r->kinds[c] & EV_MASK, b = r->kinds[o] & EV_MASK;
    /* A court's day is apart from a demonstration's only: a trial is a
     * later day of a crime's, a crash's, a fire's story, and the kinds of
     * the other stories were measured worse (eval/README.md, forty-eighth
     * and sixty-sixth rounds). */
    if (((a | b) & (1u << EV_COURT)) && !((a | b) & (1u << EV_STRIKE)))
        return 0;
    /* A parliament's sitting is never apart from an attack: in its copy an
     * attack is the opposition's words (« un débat marqué par les attaques
     * de l'opposition »), and a house that sits after an attack (a minute's
     * silence, a law of security) is a later day of the attack's story
     * (eval/README.md, eighty-ninth round). */
    if ((a | b) == ((1u << EV_HOUSE) | (1u << EV_ATTACK)))
        return 0;
    /* A structure's fall is never apart from a quake: a quake fells
     * buildings, and the fall of one is a report of the quake's story. */
    if ((a | b) == ((1u << EV_COLLAPSE) | (1u << EV_QUAKE)))
        return 0;
    /* Nor from a fire: a fire brings roofs and walls down, and the fall is
     * a report of the fire's story (day 110's "Eighty firefighters now at
     * Attercliffe inferno, roof collapses" and the works' "Huge blaze"
     * and "Fire ... under control": eval/README.md, hundred-and-second
     * round). */
    if ((a | b) == ((1u << EV_COLLAPSE) | (1u << EV_FIRE)))
        return 0;
    /* Two fires' titles that name two sites: two fires (digest_fire.c). */
    if (a & b & (1u << EV_FIRE))
        return digest_fire_apart(r->sites[c], r->sites[o]);
    return a && b && !(a & b);
}

int digest_explainer_thin(const struct rubrics *r, size_t c, size_t o, unsigned names,
                          unsigned tnamed)
{
    const unsigned ex = 1u << EV_EXPLAINER, named = 1u << EV_TITLE_NAME;
    for (unsigned side = 0; side < 2; side++) {
        unsigned k = r->kinds[side ? o : c], other = r->kinds[side ? c : o];
        if ((k & ex) && !(other & ex) && (k & named) && names && !(tnamed & (1u << side)))
            return 1;
    }
    return 0;
}
