/*
 * digest_aside: the clause of a post that dates its event by another one
 * ("A huge fire destroyed seven warehouses in a logistics hub outside
 * Mumbai on Wednesday, hours after a building collapse killed eight
 * people in another part of the same town", day 55). Wire copy writes
 * it to place a story in its day; what the clause says happened is the
 * other event's. digest_keys.c marks the words a post writes only inside
 * such a clause (digest_aside_mark()); a pair of one language whose
 * shared words are, in one of the two posts, all such words, and
 * which share no name of their own, is two stories, one of which names
 * the other: a thin edge, and no link (digest_pairs()).
 */
#include "digest_int.h"

#include <stdlib.h>
#include <string.h>

#include "xmalloc.h"

/* The openers of a clause that dates an event by another, as folded
 * words: "hours after", "a day before", "quelques heures après", "au
 * lendemain de". */
static const char *const openers[] = {
    "hours after", "hours before", "day after",   "day before",   "days after",
    "days before", "week after",   "weeks after", "heures apres", "heures avant",
    "jours apres", "jours avant",  "lendemain",
};

/* Whether a clause ends between tokens a and b: a comma, a colon, a
 * semicolon, a sentence's end. */
static int stops(const char *s, const struct tok *a, const struct tok *b)
{
    for (uint32_t x = a->e; x < b->s; x++)
        if (s[x] == ',' || s[x] == ':' || s[x] == ';' || s[x] == '.' || s[x] == '\n')
            return 1;
    return 0;
}

/* A title's clause of the state its place is in, which a second story of
 * one place writes of the first: "Fuel tanker overturns in Congo town
 * already mourning train victims", "Flood hits region still reeling from
 * quake", « Une ville déjà endeuillée par le déraillement ». "already" or
 * "still" (« déjà », « encore ») before a verb of a community's
 * aftermath, mourning or recovering; the title's own event is told before
 * it. Not the story's own state ("drivers still waiting for back pay",
 * "two still missing"): those verbs are not of mourning. */
static int title_opener(const struct tok *a, const struct tok *b)
{
    static const char *const adv[] = {"already", "still", "deja", "encore"};
    static const char *const stem[] = {"mourning", "grieving", "reeling", "recovering",
                                       "endeuill", "meurtri",  "eprouv",  "sinistr"};
    size_t d = 0;
    while (d < 4 && !(a->fn == strlen(adv[d]) && memcmp(a->fw, adv[d], a->fn) == 0))
        d++;
    for (size_t v = d < 4 ? 0 : 8; v < 8; v++)
        if (b->fn >= strlen(stem[v]) && memcmp(b->fw, stem[v], strlen(stem[v])) == 0)
            return 1;
    return 0;
}

/* A body's clause of the state its place was already in when the event
 * came (« alors que la barge était déjà à l'arrêt à cause de la grève »,
 * "while the ferry was already halted by the strike"): the length of the
 * clause from t[i] when t[i] opens one and the clause says « déjà »,
 * "already", else 0. */
static size_t state_clause(const char *s, const struct tok *t, size_t nt, size_t i)
{
    /* Most words open neither: no call for them (digest_words_at() would
     * fail on the first letter too). */
    if (t[i].fn == 0 || (t[i].fw[0] != 'a' && t[i].fw[0] != 'w'))
        return 0;
    size_t m = digest_words_at(t, nt, i, "alors que");
    if (!m)
        m = digest_words_at(t, nt, i, "while");
    if (!m)
        return 0;
    size_t k = i + m, deja = 0;
    for (; k < nt && !stops(s, &t[k - 1], &t[k]); k++)
        if ((t[k].fn == 4 && memcmp(t[k].fw, "deja", 4) == 0) ||
            (t[k].fn == 7 && memcmp(t[k].fw, "already", 7) == 0))
            deja = 1;
    return deja ? k - i : 0;
}

void digest_mark_aside(const char *s, struct tok *t, size_t nt)
{
    enum { NO = sizeof openers / sizeof *openers };
    uint64_t first[NO]; /* each opener's first word, as t[].h */
    uint64_t seen = 0;  /* bit h % 64 of each first[]: most words open none */

    for (size_t d = 0; d < NO; d++) {
        first[d] = word_hash(openers[d], strcspn(openers[d], " "));
        seen |= 1ULL << (first[d] & 63);
    }
    for (size_t i = 0; i < nt; i++)
        t[i].aside = 0;
    for (size_t i = 0; i + 1 < nt; i++)
        if (t[i].intitle && title_opener(&t[i], &t[i + 1]))
            for (size_t k = i + 1; k < nt && t[k].intitle; k++) {
                if (k > i + 1 && stops(s, &t[k - 1], &t[k]))
                    break;
                t[k].aside = 2;
            }
    for (size_t i = 0; i < nt; i++) {
        if (t[i].intitle)
            continue; /* a title says its own story, but for its state clause */
        size_t m = 0;
        for (size_t d = 0; d < NO && !m && (seen >> (t[i].h & 63) & 1); d++)
            m = t[i].h == first[d] ? digest_words_at(t, nt, i, openers[d]) : 0;
        size_t sc = m ? 0 : state_clause(s, t, nt, i);
        for (size_t k = i; k < i + sc; k++)
            t[k].aside = 3;
        for (size_t k = i + m; m && k < nt; k++) {
            if (stops(s, &t[k - 1], &t[k]))
                break;
            t[k].aside = 1;
        }
    }
}

uint64_t digest_aside_key(const struct tok *t, uint64_t wk)
{
    return t->aside == 3 ? digest_state_mark(wk) : digest_aside_mark(wk);
}

static int u32_cmp(const void *x, const void *y)
{
    uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
    return a < b ? -1 : a > b;
}

void digest_asides(struct rubrics *r, const struct keyset *ks, size_t nc)
{
    uint64_t *mark = xmalloc((ks->n ? ks->n : 1) * sizeof *mark);
    size_t n = 0;

    r->aoff = xmalloc((nc + 1) * sizeof *r->aoff);
    r->akid = xmalloc((ks->n ? ks->n : 1) * sizeof *r->akid);
    r->soff = xmalloc((nc + 1) * sizeof *r->soff);
    r->skid = xmalloc((ks->n ? ks->n : 1) * sizeof *r->skid);
    size_t ns = 0;
    for (size_t c = 0; c < nc; c++) {
        size_t nm = 0;
        for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++)
            if (ks->kind[k] == K_WORDQ && ks->w[k] == 0.0f)
                mark[nm++] = ks->h[k];
        r->aoff[c] = n;
        r->soff[c] = ns;
        if (nm) {
            qsort(mark, nm, sizeof *mark, digest_u64_cmp);
            for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
                uint64_t m = digest_aside_mark(ks->h[k]), st = digest_state_mark(ks->h[k]);
                if (ks->kind[k] != K_WORD || ks->w[k] <= 0)
                    continue;
                if (bsearch(&m, mark, nm, sizeof m, digest_u64_cmp))
                    r->akid[n++] = ks->kid[k];
                else if (bsearch(&st, mark, nm, sizeof st, digest_u64_cmp))
                    r->akid[n++] = r->skid[ns++] = ks->kid[k];
            }
            qsort(r->akid + r->aoff[c], n - r->aoff[c], sizeof *r->akid, u32_cmp);
            qsort(r->skid + r->soff[c], ns - r->soff[c], sizeof *r->skid, u32_cmp);
        }
    }
    r->aoff[nc] = n;
    r->soff[nc] = ns;
    free(mark);
}

/* Whether every word or figure post c shares with post o (the keys
 * walked, held by 2 to df_cap posts) is a word c writes only inside an
 * aside, there is one, and they share no name of their own. A name held
 * by half of df_cap posts or more (an eighth of the window) is a town
 * that several stories name (day 55's Mumbai, in sixteen posts of 64); a
 * story's own names are held by fewer. A pair that shares one of those is
 * one story, whatever its aside says: a reaction dated by its own story's
 * news ("hours after the Stampeders announced that the quarterback's
 * season was over"). */
static int shares_aside_only(const struct rubrics *r, const struct keyset *ks,
                             const struct postings *pl, size_t df_cap, size_t c, size_t o)
{
    size_t na = r->aoff[c + 1] - r->aoff[c], asides = 0, states = 0, named = 0;
    size_t ns = r->soff[c + 1] - r->soff[c];

    if (!na)
        return 0;
    for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
        uint32_t id = ks->kid[k];
        size_t df = pl->off[id + 1] - pl->off[id];
        if (ks->w[k] == 0.0f || df < 2 || df > df_cap || !digest_holds(pl, id, o))
            continue;
        uint8_t kd = ks->kind[k];
        if ((kd == K_NAME || kd == K_HALF || kd == K_WORDN) && 2 * df < df_cap) {
            named = 1; /* a name of their own: one story, but below */
            continue;
        }
        if (kd != K_WORD && kd != K_NUMBER)
            continue;
        if (kd == K_NUMBER || !bsearch(&id, r->akid + r->aoff[c], na, sizeof id, u32_cmp))
            return 0;
        asides++;
        states += ns && bsearch(&id, r->skid + r->soff[c], ns, sizeof id, u32_cmp) != NULL;
    }
    /* A state clause's words are another story's even where the post names
     * its own place with them: the place is where both happened. */
    return asides > 0 && (!named || states == asides);
}

int digest_aside_thin(const struct rubrics *r, const struct keyset *ks, const struct postings *pl,
                      size_t df_cap, size_t c, size_t o)
{
    if (ks->lang[c] != ks->lang[o])
        return 0;
    /* A denial that names the other post's story by its headline's words
     * is an aside of that story too (digest_denial.c). */
    if (digest_denial_titled(ks, c, o) || digest_service_apart(ks, c, o))
        return 1;
    return shares_aside_only(r, ks, pl, df_cap, c, o) || shares_aside_only(r, ks, pl, df_cap, o, c);
}
