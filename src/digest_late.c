/*
 * digest_late: a follow-up opens on its new angle and its people, and
 * refers back to the story later in the sentence, past the words read for
 * its cosine (WORDS_MAX, digest_keys.c): « Agressions de chauffeurs : le
 * ministre wallon de la Mobilité propose des caméras-piétons ... après
 * l'agression du conducteur liégeois qui a déclenché la grève ». Reading
 * more words for every pair made other pairs meet as often as their own
 * (eval/README.md, hundred-and-eighth round). So the words past the ones
 * read, up to LATE_WORDS content words of the text, are kept as marks of
 * no weight (digest_late_mark(), as digest_denial.c keeps a denial's):
 * never in a cosine, an edge or a join. They are asked one question, at
 * the very end of the grouping, of a post every other step left alone: a
 * late word that is a story's own (held, as a word of weight, by half its
 * posts and more, two at least, and by no post of any other story, as a
 * key or as a late mark) counts one; a late name that is a story's own
 * (held by two of its posts and by no other post) counts two. The post
 * joins the one story that reaches LATE_MIN, when no other story has any.
 * A post that names a broadcaster is an interview, whose guest is every
 * story's it is quoted in: its names count nothing. "Lire aussi" lines
 * are no part of the text (digest_text.c). (Hundred-and-ninth round.)
 */
#include "digest_late.h"

#include <stdlib.h>
#include <string.h>

#include "digest_int.h"
#include "xmalloc.h"

#define LATE_READ 20  /* content words read for the cosine (WORDS_MAX) */
#define LATE_WORDS 48 /* content words of the text read for the marks */
#define LATE_MARKS 32 /* marks per post at most */
#define LATE_MIN 2    /* a story's own words to join it (a name counts two) */

uint64_t digest_late_mark(uint64_t h)
{
    return mix64(h ^ 0x6c6174656c617465ULL) | 1;
}

/* Whether the post's keys of weight so far (sc->keys[0 .. n)) hold h. */
static int read_already(const struct scratch *sc, size_t n, uint64_t h)
{
    for (size_t i = 0; i < n; i++)
        if (sc->keys[i] == h && sc->kw[i] > 0.0f)
            return 1;
    return 0;
}

/* Whether the post's keys hold mark m (a key of no weight). */
static int marked(const struct scratch *sc, uint64_t m)
{
    for (size_t i = 0; i < sc->nk; i++)
        if (sc->keys[i] == m && sc->kw[i] == 0.0f)
            return 1;
    return 0;
}

/* Whether the word at byte s of the text is inside quotation marks. */
static int quoted_at(const struct scratch *sc, uint32_t s)
{
    for (size_t k = 0; k < sc->nt; k++)
        if (sc->t[k].s == s)
            return sc->t[k].quoted;
    return 0;
}

static int late_push(uint64_t *mark, uint32_t *span, size_t nm, uint64_t m, uint32_t s, uint32_t e)
{
    for (size_t i = 0; i < nm; i++)
        if (mark[i] == m)
            return 0;
    mark[nm] = m;
    span[2 * nm] = s;
    span[2 * nm + 1] = e;
    return 1;
}

void digest_late_keys(struct scratch *sc, const char *lang)
{
    const struct tok *t = sc->t;
    size_t nk = sc->nk, nm = 0, nw = 0;
    uint64_t mark[LATE_MARKS];
    uint32_t span[2 * LATE_MARKS], late_from = UINT32_MAX;

    for (size_t k = 0; k < sc->nt && nw < LATE_WORDS && nm < LATE_MARKS; k++) {
        if (t[k].dpre > 0 || t[k].fn < 3 || (t[k].wf & (WF_STOP | WF_NOENT)))
            continue;
        uint64_t wk = digest_word_key(&sc->stems, lang, sc->raw.data + t[k].s, t[k].e - t[k].s,
                                      t[k].fw, t[k].fn);
        if (!wk)
            continue;
        if (++nw <= LATE_READ) {
            late_from = t[k].e;
            continue;
        }
        if (t[k].intitle || t[k].named || t[k].quoted || t[k].aside || t[k].denied ||
            read_already(sc, nk, wk))
            continue;
        nm += (size_t)late_push(mark, span, nm, digest_late_mark(wk), t[k].s, t[k].e);
    }
    /* The names written past the words read. */
    for (size_t i = 0; i < nk && nm < LATE_MARKS && late_from != UINT32_MAX; i++)
        if (sc->kind[i] == K_NAME && sc->kw[i] > 0.0f && sc->ksrc[2 * i] >= late_from &&
            !quoted_at(sc, sc->ksrc[2 * i]) && !marked(sc, digest_evname_mark(sc->keys[i])))
            nm += (size_t)late_push(mark, span, nm, digest_late_mark(sc->keys[i]), sc->ksrc[2 * i],
                                    sc->ksrc[2 * i + 1]);
    digest_push_marks(sc, mark, span, nm);
}

/* One holder of a late mark: post c, by a key of weight (real) of a name
 * or a word, or by its own late mark. */
struct late_hold {
    uint32_t slot, c;
    uint8_t real, name;
};

static int hold_cmp(const void *x, const void *y)
{
    const struct late_hold *a = x, *b = y;
    if (a->slot != b->slot)
        return a->slot < b->slot ? -1 : 1;
    return (a->c > b->c) - (a->c < b->c);
}

/* An open-addressed set of the lone posts' marks: mark -> slot + 1. */
struct late_set {
    uint64_t *h;
    uint32_t *id;
    size_t mask, n;
};

static uint32_t set_find(const struct late_set *s, uint64_t h)
{
    for (size_t j = (size_t)mix64(h) & s->mask; s->id[j]; j = (j + 1) & s->mask)
        if (s->h[j] == h)
            return s->id[j];
    return 0;
}

static void set_add(struct late_set *s, uint64_t h)
{
    size_t j = (size_t)mix64(h) & s->mask;
    while (s->id[j] && s->h[j] != h)
        j = (j + 1) & s->mask;
    if (!s->id[j]) {
        s->h[j] = h;
        s->id[j] = (uint32_t)++s->n;
    }
}

static int name_kind(uint8_t kind)
{
    return kind == K_NAME;
}

/* Every holder of the marks of set, sorted by mark: a key of weight whose
 * late mark it is (a name's unless it is a place's, pl->place), or the mark
 * itself. */
static struct late_hold *late_holders(const struct keyset *ks, const struct postings *pl, size_t nc,
                                      const struct late_set *sp, size_t *n)
{
    const struct late_set set = *sp;
    size_t nh = 0, caph = 256;
    struct late_hold *hold = xmalloc(caph * sizeof *hold);
    for (size_t c = 0; c < nc; c++)
        for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
            int real = ks->w[k] > 0.0f && ks->kind[k] != K_MEDIA && ks->kind[k] != K_NUMBER;
            int own = ks->kind[k] == K_WORDQ && ks->w[k] == 0.0f;
            uint32_t id = real  ? set_find(&set, digest_late_mark(ks->h[k]))
                          : own ? set_find(&set, ks->h[k])
                                : 0;
            if (!id)
                continue;
            if (nh == caph) {
                caph *= 2;
                hold = xrealloc(hold, caph * sizeof *hold);
            }
            hold[nh++] = (struct late_hold){
                id, (uint32_t)c, (uint8_t)real,
                (uint8_t)(real && name_kind(ks->kind[k]) && !(pl->place[ks->kid[k]] & 13))};
        }
    qsort(hold, nh, sizeof *hold, hold_cmp);
    *n = nh;
    return hold;
}

void digest_late_attach(const struct keyset *ks, const struct postings *pl, size_t nc,
                        const uint8_t *filler, struct groups *g, uint32_t *via)
{
    if (!nc)
        return;
    size_t *root = xmalloc(nc * sizeof *root);
    uint32_t *size = xcalloc(nc, sizeof *size);
    size_t nmark = 0;
    for (size_t c = 0; c < nc; c++)
        size[root[c] = uf_find(g->parent, c)]++;
    for (size_t c = 0; c < nc; c++)
        if (size[root[c]] == 1 && !filler[c])
            for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++)
                nmark += ks->kind[k] == K_WORDQ && ks->w[k] == 0.0f;
    if (!nmark) {
        free(root);
        free(size);
        return;
    }
    struct late_set set = {0};
    size_t slots = 64;
    while (slots < 2 * nmark)
        slots *= 2;
    set.h = xmalloc(slots * sizeof *set.h);
    set.id = xcalloc(slots, sizeof *set.id);
    set.mask = slots - 1;
    for (size_t c = 0; c < nc; c++)
        if (size[root[c]] == 1 && !filler[c])
            for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++)
                if (ks->kind[k] == K_WORDQ && ks->w[k] == 0.0f)
                    set_add(&set, ks->h[k]);
    size_t nh = 0;
    struct late_hold *hold = late_holders(ks, pl, nc, &set, &nh);
    size_t *first = xmalloc((set.n + 2) * sizeof *first);
    for (size_t i = 0, j = 0; i <= set.n + 1; i++) {
        while (j < nh && hold[j].slot < i)
            j++;
        first[i] = j;
    }
    uint32_t *score = xcalloc(nc, sizeof *score);
    uint32_t *met = xmalloc(nc * sizeof *met);
    size_t *touched = xmalloc(nc * sizeof *touched);
    for (size_t s = 0; s < nc; s++) {
        if (size[root[s]] != 1 || filler[s])
            continue;
        int aired = 0;
        for (size_t k = ks->off[s]; k < ks->off[s + 1]; k++)
            aired |= ks->kind[k] == K_MEDIA;
        size_t nt = 0;
        for (size_t k = ks->off[s]; k < ks->off[s + 1]; k++) {
            if (ks->kind[k] != K_WORDQ || ks->w[k] != 0.0f)
                continue;
            uint32_t id = set_find(&set, ks->h[k]);
            /* The one story other than s's that holds it, and how. */
            size_t r = SIZE_MAX, nreal = 0, last = SIZE_MAX, o1 = SIZE_MAX;
            int name = 0, apart = 0;
            for (size_t i = first[id]; i < first[id + 1] && !apart; i++) {
                size_t c = hold[i].c;
                if (c == s || size[root[c]] < 2)
                    continue;
                if (r == SIZE_MAX)
                    r = root[c];
                if (root[c] != r || size[r] < 2) {
                    apart = 1;
                    break;
                }
                if (hold[i].real && c != last) {
                    nreal++;
                    last = c;
                    o1 = o1 == SIZE_MAX ? c : o1;
                }
                name |= hold[i].name;
            }
            if (apart || r == SIZE_MAX || nreal < 2 || filler[r] || (name && aired))
                continue;
            if (!name && 2 * nreal < size[r])
                continue;
            if (!score[r]) {
                touched[nt++] = r;
                met[r] = (uint32_t)o1;
            }
            score[r] += name ? 2 : 1;
        }
        size_t best = SIZE_MAX, nbest = 0;
        for (size_t i = 0; i < nt; i++) {
            if (score[touched[i]] >= LATE_MIN)
                best = touched[i];
            nbest++;
        }
        if (best != SIZE_MAX && nbest == 1 && !(g->pin[s] && g->pin[best])) {
            g->parent[s] = best;
            g->pin[best] |= g->pin[s];
            if (via)
                via[s] = met[best];
        }
        for (size_t i = 0; i < nt; i++)
            score[touched[i]] = 0;
    }
    free(root);
    free(size);
    free(set.h);
    free(set.id);
    free(hold);
    free(first);
    free(score);
    free(met);
    free(touched);
}
