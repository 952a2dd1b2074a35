/*
 * digest_evname: a place a post writes only to name another event ("les
 * urgences, où arrivaient les blessés de l'accident de Massaguet", day
 * 72's nurses' strike; "le service des urgences, qui soigne les blessés de
 * l'accident de Bugarama", day 74's). French copy names a known event by
 * its kind and its place, « l'accident de X », « l'attaque de X », « le
 * naufrage de X »: the place is the other story's, written to say which
 * event, not where the post's own story happens. A name that a post
 * writes only there, never in its title nor elsewhere in its copy, gets a
 * mark of no weight (digest_evname_mark()). A pair that shares names and
 * no word of what happened, one post of which holds such a mark for a
 * name the other holds, is the event's story and a post that names it in
 * passing: a thin edge and no link (digest_pairs(), EDGE_PASSED), and
 * the story of the event does not anchor the post that passes through it
 * (digest_anchors_apart()): digest_attach() claims nothing through them.
 * The phrase's own nouns (« blessés », « accident »), when the post writes
 * them nowhere else, are marked too: a pair that shares no other word of
 * what happened and no country is of the same kind (day 74's strike post
 * and the crash's post from the same hospital).
 * English copy recalls a past event by its victim, a name and an
 * appositive dated in the past ("Ndapewa Shikongo, the student shot dead
 * at a protest ... last year", day 79's march): a name an English post
 * writes only so gets a mark of its own (recalled_mark()), and a pair
 * that shares with it one word of what happened at most, no country, is
 * the past event's story and a post that recalls it: EDGE_PASSED too.
 * English copy also labels a known event by its place, the name before
 * the event's noun: "only two of the city's four fire engines were crewed
 * when the Havana fire broke out" (day 79's municipal strike: the union's
 * claim, "Union says firefighters' overtime ban slowed Havana response").
 * A name an English post writes only in such a label ("the", the name, at
 * most one word, the event's noun: labelled()), once at least, and else
 * in its title before a lower-case word ("Havana response"), is marked as
 * a recalled one, when the post's title names no event (label_noun()): a
 * title that does ("Aurora fire: how to help displaced families") is the
 * event's own story, and labels its event so too (eval/README.md,
 * ninety-fourth round).
 */
#include "digest_int.h"

#include <string.h>
#include <strings.h>

#define EVNAME_MARKS 8

static int is_word(const struct tok *t, const char *w)
{
    return t->fn == strlen(w) && memcmp(t->fw, w, t->fn) == 0;
}

/* The vehicle that copy writes for its crash, folded: « les victimes du
 * camion de X », « les rescapés de la pirogue de X ». */
static int vehicle_noun(const struct tok *t)
{
    static const char *const nouns[] = {"camion", "minibus", "autocar", "bus", "train", "pirogue"};
    for (size_t i = 0; i < sizeof nouns / sizeof *nouns; i++)
        if (is_word(t, nouns[i]))
            return 1;
    return 0;
}

/* The French nouns of an event that copy names by its place, folded. */
static int event_noun(const struct tok *t)
{
    static const char *const nouns[] = {
        "accident",     "attaque",      "attentat",  "drame",     "incendie",
        "naufrage",     "explosion",    "collision", "seisme",    "eboulement",
        "effondrement", "deraillement", "fusillade", "embuscade", "massacre",
    };
    for (size_t i = 0; i < sizeof nouns / sizeof *nouns; i++)
        if (is_word(t, nouns[i]))
            return 1;
    return vehicle_noun(t);
}

/* The French nouns of an event's toll, folded: « les blessés de
 * l'accident de X », « les victimes de l'attaque de X ». */
static int toll_noun(const struct tok *t)
{
    static const char *const nouns[] = {"blesses",    "victimes",  "morts",    "rescapes",
                                        "survivants", "sinistres", "disparus", "deplaces"};
    for (size_t i = 0; i < sizeof nouns / sizeof *nouns; i++)
        if (is_word(t, nouns[i]))
            return 1;
    return 0;
}

/* The site of an event the copy names between the event's noun and the
 * place: « l'incendie du marché de X », « l'explosion de l'usine de X »,
 * « les victimes du camion du marché de X ». With p at the « de » before
 * the place, the position just past the event's noun (the « de » or « du »
 * before the site), or p when the words are not of that form. */
static size_t after_site(const struct tok *t, size_t p)
{
    size_t q = p - 1, r = q - 1;
    if (t[q].cap || t[q].intitle || t[q].fn < 3)
        return p;
    if ((is_word(&t[r], "la") || is_word(&t[r], "l")) && r > 1)
        return (is_word(&t[r - 1], "de") || is_word(&t[r - 1], "d")) && event_noun(&t[r - 2])
                   ? r - 1
                   : p;
    return is_word(&t[r], "du") && event_noun(&t[r - 1]) ? r : p;
}

/* Whether the word at t[j] follows « <event> de », « <event> de la »,
 * « <event> d' » in the copy; *ev and *toll get the event's noun and
 * the toll's noun of the phrase. */
static int after_event(const struct tok *t, size_t j, size_t *ev, size_t *toll)
{
    size_t p = j;
    if (t[j].intitle || p == 0)
        return 0;
    p--;
    if ((is_word(&t[p], "la") || is_word(&t[p], "l")) && p > 0)
        p--;
    if (!(is_word(&t[p], "de") || is_word(&t[p], "d")) || p == 0)
        return 0;
    if (!event_noun(&t[p - 1]) && p > 3)
        p = after_site(t, p); /* « l'incendie du marché de X » */
    if (!event_noun(&t[--p]) || t[p].intitle || p < 2)
        return 0;
    p -= (is_word(&t[p - 1], "l") || is_word(&t[p - 1], "la")) && p > 2; /* de l'accident */
    if (!(is_word(&t[p - 1], "de") || is_word(&t[p - 1], "du") || is_word(&t[p - 1], "d")))
        return 0;
    *ev = p + (is_word(&t[p], "l") || is_word(&t[p], "la"));
    *toll = p - 2;
    if (!toll_noun(&t[p - 2]) && p > 3 && !t[p - 2].cap && toll_noun(&t[p - 3]))
        *toll = p - 3; /* « les blessés graves de l'accident de X » */
    return toll_noun(&t[*toll]);
}

/* Whether the name ending at byte end, first token t[j], is followed in
 * the copy by an appositive that dates it in the past: "photographs of
 * Ndapewa Shikongo, the student shot dead at a protest outside the fund's
 * offices last year" (day 79's march): ", the" and, before the clause's
 * end, "last year" or "last month". */
static int recalled(const char *s, const struct tok *t, size_t nt, size_t j, uint32_t end)
{
    size_t p = j;
    if (t[j].intitle)
        return 0;
    while (p < nt && t[p].s < end)
        p++;
    if (p == j || p + 2 >= nt || !is_word(&t[p], "the"))
        return 0;
    for (uint32_t x = t[p - 1].e; x < t[p].s; x++)
        if (s[x] != ',' && s[x] != ' ')
            return 0;
    for (size_t k = p + 1; k + 1 < nt; k++) {
        for (uint32_t x = t[k - 1].e; x < t[k].s; x++)
            if (s[x] == '.' || s[x] == ';' || s[x] == '\n' || s[x] == ',')
                return 0;
        if (is_word(&t[k], "last") && (is_word(&t[k + 1], "year") || is_word(&t[k + 1], "month")))
            return 1;
    }
    return 0;
}

/* The English nouns of an event that copy labels by its place, folded:
 * "the Havana fire", "the Bhiwandi building collapse". */
/* clang-format off */
#define NOUN(w) {w, sizeof w - 1}
/* clang-format on */
static const struct {
    const char *w;
    size_t n;
} label_nouns[] = {
    NOUN("fire"),       NOUN("blaze"),     NOUN("crash"),     NOUN("collapse"), NOUN("explosion"),
    NOUN("blast"),      NOUN("attack"),    NOUN("shooting"),  NOUN("bombing"),  NOUN("flood"),
    NOUN("floods"),     NOUN("flooding"),  NOUN("landslide"), NOUN("quake"),    NOUN("earthquake"),
    NOUN("derailment"), NOUN("collision"), NOUN("stampede"),  NOUN("sinking"),  NOUN("capsize"),
    NOUN("shipwreck"),  NOUN("massacre"),  NOUN("ambush"),    NOUN("tragedy"),  NOUN("disaster"),
    NOUN("inferno"),    NOUN("spill"),     NOUN("leak"),
};

static int label_noun(const struct tok *t)
{
    for (size_t i = 0; i < sizeof label_nouns / sizeof *label_nouns; i++)
        if (t->fn == label_nouns[i].n && memcmp(t->fw, label_nouns[i].w, t->fn) == 0)
            return 1;
    return 0;
}

/* Whether only spaces lie between tokens a and b. */
static int spaced(const char *s, const struct tok *a, const struct tok *b)
{
    for (uint32_t x = a->e; x < b->s; x++)
        if (s[x] != ' ')
            return 0;
    return 1;
}

/* How the name ending at byte end, first token t[j], is written: 2, as
 * another event's label in the copy ("when the Havana fire broke out":
 * "the", the name, at most one lower-case word, an event's noun); 1, in a
 * title, before a lower-case word ("slowed Havana response"; read only in
 * a title that names no event); 0, else. */
static int labelled(const char *s, const struct tok *t, size_t nt, size_t j, uint32_t end)
{
    size_t p = j;
    while (p < nt && t[p].s < end)
        p++;
    if (p == j || p >= nt || t[p].cap || t[p].intitle != t[j].intitle ||
        !spaced(s, &t[p - 1], &t[p]))
        return 0;
    if (t[j].intitle)
        return 1;
    if (j == 0 || !is_word(&t[j - 1], "the"))
        return 0;
    if (label_noun(&t[p]))
        return 2;
    return p + 1 < nt && t[p + 1].intitle == t[p].intitle && !t[p + 1].cap &&
                   spaced(s, &t[p], &t[p + 1]) && label_noun(&t[p + 1])
               ? 2
               : 0;
}

/* The mark of a name an English post writes only so recalled. */
static uint64_t recalled_mark(uint64_t h)
{
    return digest_evname_mark(h ^ 0x726563616c6c6564ULL);
}

/* The mark of a word h (K_WORD) that a post writes only as the toll's or
 * the event's noun of such a phrase: of its own namespace. */
static uint64_t word_mark(uint64_t h)
{
    return digest_evname_mark(h ^ 0x746f6c6c6e6f756eULL);
}

static int listed(const size_t *in, size_t nin, size_t j)
{
    for (size_t i = 0; i < nin; i++)
        if (in[i] == j)
            return 1;
    return 0;
}

/* Whether the word at t[j] is, everywhere the post writes it, the toll's
 * or the event's noun of a phrase that names another event's place
 * (in[], nin of them, lists those nouns). */
static int phrase_only(const struct tok *t, size_t nt, const size_t *in, size_t nin, size_t j)
{
    for (size_t i = 0; i < nt; i++)
        if (t[i].fn == t[j].fn && memcmp(t[i].fw, t[j].fw, t[j].fn) == 0 && !listed(in, nin, i))
            return 0;
    return 1;
}

/* Posts of up to this many tokens (a grouping text of about 1.2 KiB has
 * a few hundred) have their tokens' first bytes in an array on the stack. */
#define EVNAME_FIRST_MAX 1024

void digest_evname_keys(struct scratch *sc, const char *lang)
{
    const struct tok *t = sc->t;
    const char *s = sc->raw.data;
    uint64_t mark[EVNAME_MARKS];
    uint32_t at[2 * EVNAME_MARKS];
    size_t nm = 0, ev = 0, toll = 0, in[2 * EVNAME_MARKS], nin = 0;
    char fb[EVNAME_FIRST_MAX]; /* each token's first raw byte, made on the first name */
    size_t nfb = 0;

    int fr = lang && strncasecmp(lang, "fr", 2) == 0;
    if (!fr && !(lang && strncasecmp(lang, "en", 2) == 0))
        return;
    int titled = 0; /* an English title that names an event labels its own */
    for (size_t j = 0; !fr && j < sc->nt && t[j].intitle && !titled; j++)
        titled = label_noun(&t[j]);
    for (size_t k = 0; k < sc->nk && nm < EVNAME_MARKS; k++) {
        if ((sc->kind[k] != K_NAME && sc->kind[k] != K_HALF) || sc->kw[k] == 0.0f)
            continue;
        uint32_t a = sc->ksrc[2 * k], len = sc->ksrc[2 * k + 1] - a;
        size_t seen = 0, passed = 0, nin0 = nin, copy = 0; /* copy: passed in the copy */
        /* Every token meets every name: the first byte turns most away
         * before a memcmp() call, found by memchr() in the tokens' first
         * bytes when the post has at most EVNAME_FIRST_MAX tokens. */
        size_t nt = len ? sc->nt : 0, rl = sc->raw.len;
        char first = len ? s[a] : 0;
        if (nt && nt <= EVNAME_FIRST_MAX && !nfb)
            for (; nfb < nt; nfb++)
                fb[nfb] = s[t[nfb].s];
        for (size_t j = 0; j < nt; j++) {
            if (nfb) {
                const char *q = memchr(fb + j, first, nt - j);
                if (!q)
                    break;
                j = (size_t)(q - fb);
            }
            if (t[j].s + len <= rl && s[t[j].s] == first && memcmp(s + t[j].s, s + a, len) == 0) {
                seen++;
                if (!fr) {
                    int r = recalled(s, t, sc->nt, j, t[j].s + len);
                    int l = titled ? 0 : labelled(s, t, sc->nt, j, t[j].s + len);
                    passed += r || l;
                    copy += r || l == 2;
                } else if (after_event(t, j, &ev, &toll)) {
                    passed++;
                    if (nin + 2 <= 2 * EVNAME_MARKS) {
                        in[nin++] = ev;
                        in[nin++] = toll;
                    }
                }
            }
        }
        if (seen && passed == seen && (fr || copy)) {
            at[2 * nm] = a;
            at[2 * nm + 1] = a + len;
            mark[nm++] = fr ? digest_evname_mark(sc->keys[k]) : recalled_mark(sc->keys[k]);
        } else
            nin = nin0; /* the nouns of a marked name's phrases only */
    }
    /* The phrase's own nouns, when the post writes them nowhere else. */
    for (size_t k = 0; nm && k < sc->nk && nm < EVNAME_MARKS; k++) {
        if (sc->kind[k] != K_WORD || sc->kw[k] == 0.0f)
            continue;
        for (size_t j = 0; j < sc->nt; j++)
            if (t[j].s == sc->ksrc[2 * k] && listed(in, nin, j) &&
                phrase_only(t, sc->nt, in, nin, j)) {
                at[2 * nm] = sc->ksrc[2 * k];
                at[2 * nm + 1] = sc->ksrc[2 * k + 1];
                mark[nm++] = word_mark(sc->keys[k]);
                break;
            }
    }
    digest_push_marks(sc, mark, at, nm);
}

/* Of the toll's and event's nouns post c writes only in such a phrase,
 * how many o holds. */
static unsigned phrase_words_of(const struct keyset *ks, size_t c, size_t o)
{
    unsigned n = 0;
    for (size_t k = ks->off[o]; k < ks->off[o + 1]; k++) {
        if (ks->w[k] == 0.0f || ks->kind[k] != K_WORD)
            continue;
        uint64_t m = word_mark(ks->h[k]);
        for (size_t i = ks->off[c]; i < ks->off[c + 1]; i++)
            if (ks->kind[i] == K_WORDQ && ks->w[i] == 0.0f && ks->h[i] == m)
                n++;
    }
    return n;
}

/* Whether post c marks as another event's place a name o holds: 1; 2,
 * a name c recalls (recalled()). */
static int names_event_of(const struct keyset *ks, size_t c, size_t o)
{
    uint64_t mark[EVNAME_MARKS * 8];
    size_t nm = 0;

    for (size_t k = ks->off[c]; k < ks->off[c + 1] && nm < EVNAME_MARKS * 8; k++)
        if (ks->kind[k] == K_WORDQ && ks->w[k] == 0.0f)
            mark[nm++] = ks->h[k];
    for (size_t k = ks->off[o]; nm && k < ks->off[o + 1]; k++) {
        if (ks->w[k] == 0.0f || (ks->kind[k] != K_NAME && ks->kind[k] != K_HALF))
            continue;
        uint64_t m = digest_evname_mark(ks->h[k]), r = recalled_mark(ks->h[k]);
        for (size_t i = 0; i < nm; i++)
            if (mark[i] == m || mark[i] == r)
                return mark[i] == m ? 1 : 2;
    }
    return 0;
}

/* Whether c names o's event in passing: a name c writes only as that
 * event's place is o's, and what else they share that says what happened
 * (eventn, up to 2) is no more than the phrase's own nouns, no country.
 * A name c recalls from a past event: one word of what happened at most
 * (the subject both stories have, "students"), no country. */
static int passes_through(const struct keyset *ks, size_t c, size_t o, unsigned eventn, int world)
{
    int how = names_event_of(ks, c, o);
    if (!how)
        return 0;
    return !eventn || (!world && eventn <= (how == 2 ? 1u : phrase_words_of(ks, c, o)));
}

int digest_evname_apart(const struct keyset *ks, size_t c, size_t o, unsigned eventn, int world)
{
    return ks->lang[c] == ks->lang[o] && (passes_through(ks, c, o, eventn, world) ||
                                          passes_through(ks, o, c, eventn, world))
               ? EDGE_PASSED
               : 0;
}

void digest_anchors_apart(const struct digest_edges *e, struct groups *g, uint32_t *anchor)
{
    for (size_t i = 0; e->named && i < e->n; i++) {
        if (!(e->named[i] & EDGE_PASSED))
            continue;
        for (int k = 0; k < 2; k++) {
            uint32_t s = k ? e->v[i].b : e->v[i].a, o = k ? e->v[i].a : e->v[i].b;
            if (anchor[s] != UINT32_MAX && (anchor[s] & ~ANCHOR_SURE) == uf_find(g->parent, o))
                anchor[s] = UINT32_MAX;
        }
    }
}
