/*
 * digest_attach: the lone posts the average linkage left apart, joined to a
 * story they plainly belong to. digest_anchors() finds, per lone post, the
 * story that holds a name or figure of the post's own (its anchor);
 * digest_attach() joins a lone post to the story its edges and weak links
 * reach, under the rules below. Both run after digest_link() and before
 * digest_join() (group_candidates(), digest.c).
 */
#include "digest_int.h"
#include "digest_sole.h"
#include "digest_titleword.h"
#include "digest_trace_int.h"

#include <stdlib.h>
#include <string.h>

#include "xmalloc.h"

/* digest_attach(): a story of at most ATTACH_MAX posts (a lone post: two
 * look-alike stories of two posts each, two doping cases, share their
 * subject's words with each other) joins a bigger one when at least
 * ATTACH_SHARE of the pairs between the two are edges or weak links, and
 * they reach ATTACH_MIN_POSTS of its posts, or all of a smaller one's (a
 * market report shares the central bank and one word with two of the
 * three posts of its rate decision: not enough). */
#define ATTACH_MAX 1
#define ATTACH_SHARE 0.5
#define ATTACH_MIN_POSTS 3

/* One link seen from the small story s: it reaches post of story t;
 * strong: bit 0, it is an edge, not a weak link; bit 1, an edge that
 * weighs (not a thin one: digest_pairs()); bit 2, the two posts share a
 * word or figure of what happened, not names alone (EDGE_NAMES_ONLY);
 * named: an edge through a name or figure of the two posts' own
 * (digest_edges.named); w, the edge's weight (0 for a weak link). */
struct attach_link {
    uint32_t s, t, post, strong, named;
    float w;
};

static int attach_cmp(const void *x, const void *y)
{
    const struct attach_link *a = x, *b = y;

    if (a->s != b->s)
        return a->s < b->s ? -1 : 1;
    if (a->t != b->t)
        return a->t < b->t ? -1 : 1;
    return a->post < b->post ? -1 : a->post > b->post;
}

static void attach_offer(struct attach_link **v, size_t *n, size_t *cap, const uint32_t *size,
                         uint32_t rs, uint32_t rt, uint32_t post, struct attach_link x)
{
    if (size[rs] > ATTACH_MAX || size[rs] >= size[rt])
        return;
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 256;
        *v = xrealloc(*v, *cap * sizeof **v);
    }
    x.s = rs;
    x.t = rt;
    x.post = post;
    (*v)[(*n)++] = x;
}

/* Average linkage asks every pair of two stories for an edge; a post that
 * tells the story from another angle (a reaction, a what-it-means piece, a
 * translation) often shares only two features with each post of it, or
 * misses one title. Pairwise, two features are no story (one person and
 * one place); but the same two features met in most of a story's posts
 * are. So a small story joins the bigger story that most of its pairs
 * link it to, edges and weak links alike, when the links reach at least
 * three of its posts (all of a story of two); a story that two stories
 * claim stays alone, and a story that moves does not take others with it
 * in the same pass. A lone post that holds a story's own name or figure
 * (anchor[], digest_anchors()) needs only one link to it: the name says
 * which story, the link that the post tells it. */
/* A name or figure of a lone post is its story's own when at least
 * ANCHOR_MIN_POSTS other posts hold it and all of them are in one story
 * (and it is held by at most df_cap posts: not the day's ubiquitous
 * name). */
#define ANCHOR_MIN_POSTS 2

/* The stories a lone post with no edge links to, at least, that none of
 * them claims it through weak links alone (digest_attach()). */
#define ATTACH_SCATTER 3
/* At most this many other stories for attach_edges_one(). */
#define ATTACH_ASIDE 2

/* The one story whose posts hold key k besides lone post c (two or more
 * of them, df_cap posts at most, never across filler), UINT32_MAX - 1 when
 * two stories hold it, UINT32_MAX when it is too rare or too common. With
 * lang (each post's language), only the posts that hold it inside a name
 * (K_WORDN) in c's language count. */
static uint32_t key_story(const struct postings *pl, size_t df_cap, const uint8_t *filler,
                          struct groups *g, size_t c, uint32_t id, const uint16_t *lang)
{
    size_t a = pl->off[id], b = pl->off[id + 1], held = 0;
    if (b - a < ANCHOR_MIN_POSTS + 1 || b - a > df_cap)
        return UINT32_MAX;
    uint32_t t = UINT32_MAX;
    for (size_t q = a; q < b && t != UINT32_MAX - 1; q++) {
        uint32_t o = pl->post[q];
        if (o == c || (lang && (pl->kind[q] != K_WORDN || lang[o] != lang[c])))
            continue;
        held++;
        uint32_t r = (uint32_t)uf_find(g->parent, o);
        /* Filler never tells a rated story, nor the reverse. */
        t = filler[o] != filler[c] || (t != UINT32_MAX && r != t) ? UINT32_MAX - 1 : r;
    }
    return t != UINT32_MAX - 1 && held < ANCHOR_MIN_POSTS ? UINT32_MAX : t;
}

/* Whether key k of lone post c is a person's surname that its title
 * writes after a capitalised opener, and another post holds whole, as a
 * name of its own: a name of the post's own, for its anchor. A title that
 * opens on a common noun before a surname (« Procès Gesbert : les voisins
 * décrivent ... ») is read as a longer name whose first word opened the
 * title ("Tasman Air jet diverts": run_kind(), digest_keys.c), so the
 * surname is that name's last word (K_HALF), which anchors nothing; the
 * story's copy writes the person in full (« Nathalie Gesbert », whose last
 * word is the same key) and by the surname alone once a sentence opens on
 * the first name (« Nathalie Gesbert doit s'expliquer », K_NAME). Held
 * whole so by a post, the word is a person's name, not the last word of a
 * longer name two stories' names end on ("Air" of "Tasman Air" and
 * "Outback Air"). Day 109's assizes (eval/README.md, hundred-and-first
 * round). */
static int anchor_surname(const struct keyset *ks, const struct postings *pl, size_t c, size_t k)
{
    if (ks->kind[k] != K_HALF || ks->w[k] < TITLE_KEY_WEIGHT)
        return 0;
    uint32_t id = ks->kid[k];
    for (size_t q = pl->off[id]; q < pl->off[id + 1]; q++)
        if (pl->post[q] != c && pl->kind[q] == K_NAME)
            return 1;
    return 0;
}

void digest_anchors(const struct keyset *ks, const struct postings *pl, size_t nc, size_t df_cap,
                    const uint8_t *filler, struct groups *g, uint32_t *anchor, uint32_t *titled)
{
    uint32_t *size = xcalloc(nc ? nc : 1, sizeof *size);

    for (size_t c = 0; c < nc; c++)
        size[uf_find(g->parent, c)]++;
    for (size_t c = 0; c < nc; c++) {
        anchor[c] = UINT32_MAX;
        if (titled)
            titled[c] = UINT32_MAX;
        if (size[uf_find(g->parent, c)] != 1)
            continue;
        /* found: its names' and figures' story (nfound of them); tfound:
         * its title names'. */
        uint32_t found = UINT32_MAX, tfound = UINT32_MAX, nfound = 0;
        for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
            int own =
                ks->kind[k] == K_NAME || ks->kind[k] == K_NUMBER || anchor_surname(ks, pl, c, k);
            /* A word of the title that two posts or more of its language
             * hold inside a name, all of one story, names that story (the
             * posts that write it as a plain word do not count): day 47's
             * "Why lithium prices collapsed" names the refinery of the
             * posts' "Tallis Lithium", not the power tariff that three
             * weak links through "prices" and "electric" reach. */
            int tword = titled && ks->kind[k] == K_WORD && ks->w[k] >= TITLE_KEY_WEIGHT;
            int title = titled && (((ks->kind[k] == K_NAME || ks->kind[k] == K_ALIAS) &&
                                    ks->w[k] >= TITLE_KEY_WEIGHT) ||
                                   tword);
            if (!(own && found != UINT32_MAX - 1) && !(title && tfound != UINT32_MAX - 1))
                continue;
            uint32_t t = key_story(pl, df_cap, filler, g, c, ks->kid[k], tword ? ks->lang : NULL);
            if (t >= UINT32_MAX - 1)
                continue; /* held by two stories: no one's own */
            title = title && (!tword || digest_title_word_names(ks, pl, g, c, k, t));
            if (own) {
                found = found == UINT32_MAX || found == t ? t : UINT32_MAX - 1;
                nfound++;
            }
            if (title)
                tfound = tfound == UINT32_MAX || tfound == t ? t : UINT32_MAX - 1;
        }
        anchor[c] = found == UINT32_MAX - 1 ? UINT32_MAX : found; /* two stories' names: none */
        if (anchor[c] != UINT32_MAX && nfound >= 2)
            anchor[c] |= ANCHOR_SURE;
        if (titled)
            titled[c] = tfound;
    }
    free(size);
}

/* The stories that small story v[i].s links to (*nt; v sorted by s and t),
 * and whether it is a lone post with no edge at all whose weak links reach
 * ATTACH_SCATTER stories or more: it shares the day's words with each of
 * them and tells none. Day 57's lawmakers on the maternity closures
 * reached three of the pileup's five posts and two other stories through
 * weak links alone, and joined the pileup (thirty-first round). */
static int attach_scattered(const struct attach_link *v, size_t n, size_t i, const uint32_t *size,
                            size_t *nt)
{
    size_t edges = 0;

    *nt = 0;
    for (size_t j = i; j < n && v[j].s == v[i].s; j++) {
        *nt += j == i || v[j].t != v[j - 1].t;
        edges += v[j].strong & 1;
    }
    return size[v[i].s] == 1 && edges == 0 && *nt >= ATTACH_SCATTER;
}

/* Whether edge i's two posts' titles meet through the toll alone
 * (digest_pairs(), named bit 1): a thin edge that is no link either. Every
 * deadly story's title gives its toll; a lone post whose thin edges to a
 * story are all such edges shares that and a place with it, no more. */
static int toll_only(const struct digest_edges *e, size_t i)
{
    return e->named && (e->named[i] & 2);
}

/* The first of small story v[i].s's links (v sorted by s): each rule
 * below is handed any one of them and reads them all. */
static size_t links_first(const struct attach_link *v, size_t i)
{
    while (i > 0 && v[i - 1].s == v[i].s)
        i--;
    return i;
}

/* Whether small story v[i].s has an edge that weighs through a name or
 * figure of its own (v sorted by s). An anchor claims through a weak link
 * alone only a post with no such edge: the edge (a name of their own and a
 * word) says which story the post tells, and the anchor's name is a place
 * its copy passes through. Day 62's French report of the cyclone recalls
 * the rain it dropped on northern Vanuatu, the quake's own name: one weak
 * link reached the quake, a named edge the cyclone's post 6. Perth's 28
 * (day 47), anchored on its story with one weak link, has an edge
 * elsewhere that names nothing: it still joins. */
static int attach_named_edge(const struct attach_link *v, size_t n, size_t i)
{
    for (size_t j = i; j < n && v[j].s == v[i].s; j++)
        if ((v[j].strong & 2) && v[j].named)
            return 1;
    return 0;
}

/* Whether an anchor on story t may claim small story v[i].s through its
 * links to t (v sorted by s; v[i] any link of s). Through a weak link
 * alone, only a post with no edge that weighs through a name or figure of
 * its own elsewhere (attach_named_edge()). Through links of names alone
 * (EDGE_NAMES_ONLY), only a post with no edge to another story through a
 * word or figure of what happened: the links are the anchor's names again
 * and a place, and the edge says which story the post tells. Day 54's bus
 * drivers' account (« On a peur de prendre le volant le soir ») has an
 * edge to the strike's first report (the stop where a driver was beaten,
 * and a word of the assault), and one weak link to the landfill fire
 * through the two districts its copy names, Dillon and Volga-Plage, which
 * the fire's smoke covered (its anchor). Day 19's King's address to the
 * Canadian Parliament, anchored on the state visit through names alone,
 * has no edge elsewhere: it still joins. */
static int anchor_links(const struct attach_link *v, size_t n, size_t i, uint32_t t)
{
    uint32_t edge = 0, worded = 0, elsewhere = 0, heavy = 0, wlink = 0;

    i = links_first(v, i);
    for (size_t j = i; j < n && v[j].s == v[i].s; j++) {
        if (v[j].t == t) {
            edge |= v[j].strong & 1;
            worded |= (v[j].strong >> 2) & 1;
            heavy |= (v[j].strong >> 1) & 1;
        } else {
            elsewhere |= (v[j].strong & 1) && (v[j].strong & 4);
            wlink |= (v[j].strong >> 2) & 1;
        }
    }
    /* Links to t that are all thin edges of names (a place: the wharf,
     * the hospital two stories happen at) and a link of words elsewhere,
     * weak or not: the anchor's names are the place, the link elsewhere
     * says what the post tells. Day 77's longliner crew held at Macquarie
     * Wharf, a few berths from the stranded polar ship. */
    int place = edge && !heavy && !worded && wlink;
    return (edge || !attach_named_edge(v, n, i)) && (worded || !elsewhere) && !place;
}

/* Whether small story v[i].s reaches story t through weak links of names
 * alone (v sorted by s and t; v[i] any link of s), and has an edge that
 * weighs, through words of what happened, to another story. The names are
 * a place its copy passes through (the road a protest blocks, and the town
 * a hit-and-run happened in); the edge says which story it tells, as for
 * an anchor (anchor_links()). Day 82's traffic report of the planters'
 * tractors "between Baie-Mahault and Pointe-à-Pitre" (seventy-fifth
 * round). */
static int attach_passing(const struct attach_link *v, size_t n, size_t i, uint32_t t)
{
    uint32_t to_t = 0, elsewhere = 0;

    i = links_first(v, i);
    for (size_t j = i; j < n && v[j].s == v[i].s; j++) {
        if (v[j].t == t)
            to_t |= v[j].strong;
        else
            elsewhere |= (v[j].strong & 7) == 7;
    }
    return !to_t && elsewhere;
}

/* A link's strong bits (struct attach_link) of edge i of x (pass 0) or
 * weak link i (pass 1). */
static uint32_t link_strong(const struct digest_edges *e, const struct digest_edge *x, size_t i,
                            int pass)
{
    if (pass)
        return x[i].w == WEAK_NAMES_ONLY ? 0 : 4;
    int names_only = e->named && (e->named[i] & EDGE_NAMES_ONLY);
    return 1 | (uint32_t)(x[i].w > 0) << 1 | (uint32_t)!names_only << 2;
}

/* Whether lone post s holds a name or figure of story t's own (anchor[],
 * digest_anchors()). */
static int attach_anchored(const uint32_t *anchor, const uint32_t *size, uint32_t s, uint32_t t)
{
    return anchor && size[s] == 1 && (anchor[s] & ~ANCHOR_SURE) == t;
}

/* Whether every edge of small story v[i].s goes to story t, one of them
 * weighs, and its weak links elsewhere reach at most ATTACH_ASIDE stories,
 * none through more links than t (v sorted by s and t). Such a post tells
 * t, and shares the day's words or place with the others: two posts of t
 * are then enough, as for a post whose every link goes to t
 * (attach_two_posts()). Day 88's "Arrêt de travail des territoriaux : la
 * prime de vie chère au cœur du conflit" (an edge that weighs to the
 * strike's first report, a weak link to a second of its posts, one to the
 * territorial council's budget) stayed alone. Not a post whose weak links
 * reach another story more than t: day 22's Sandaga shopkeepers count
 * their losses after Dakar's blackout (three weak links to its story) and
 * meet Abidjan's substation fire through an edge and a weak link. Nor one
 * linked to five stories: day 44's queues at the pumps before the price
 * rise reach Port-Louis's dockers' strike by two edges through the
 * capital's name, and five other stories through their words
 * (hundred-and-sixteenth round). */
static int attach_edges_one(const struct attach_link *v, size_t n, size_t i, uint32_t t)
{
    uint32_t to_t = 0, heavy = 0, others = 0, most = 0, run = 0;

    i = links_first(v, i);
    for (size_t j = i; j < n && v[j].s == v[i].s; j++) {
        if (v[j].t == t) {
            to_t++;
            heavy |= (v[j].strong & 3) == 3;
            continue;
        }
        if (v[j].strong & 1)
            return 0; /* an edge elsewhere */
        run = j > i && v[j - 1].t == v[j].t ? run + 1 : 1;
        others += run == 1;
        most = run > most ? run : most;
    }
    return heavy && others <= ATTACH_ASIDE && most <= to_t;
}

/* Whether a lone post whose links all go to one story reaches two of its
 * posts firmly enough to join it on two (strong: its edges among the
 * links; heavy: one of them weighs; named: those through a name or figure
 * of their own): two edges, or an edge that weighs through words of what
 * happened and a weak link to a second post. The post tells the story in
 * the story's own words to two of its posts and reaches no other story:
 * day 61's depositors at the banker's trial, day 47's power bills how-to.
 * An edge through a name of their own and a weak link are not (measured):
 * Toronto's heat dome and day 58's "Qu'est-ce que l'opération Harpie ?"
 * joined so, right merges that lifted their stories past the editor's
 * picks in the ranking (fifty-fifth round). */
static int attach_two_posts(uint32_t strong, uint32_t heavy, uint32_t named)
{
    return strong >= 2 || (strong == 1 && heavy && named == 0);
}

/* What a story's headlines are about, its subject: the keys (names,
 * figures, words, a translation; not a quoted word nor a broadcaster) that
 * the titles of more than half of its posts hold, for a story of this many
 * posts or more (two titles are too few to say what most of them say).
 * Read only for a lone post that attach_place_only() asks about, rarely:
 * the walk is over the candidates and the story's titles. */
#define SUBJECT_MIN_POSTS 3

static int u32_cmp(const void *x, const void *y)
{
    uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;

    return a < b ? -1 : a > b;
}

/* Whether key k of ks is read from its post's title and tells what it is
 * about (a longer name's last word weighs half: key_in_title()). */
static int title_key(const struct keyset *ks, size_t k)
{
    uint8_t kind = ks->kind[k];
    if (kind == K_WORDQ || kind == K_MEDIA || ks->w[k] == 0.0f)
        return 0;
    return kind == K_HALF ? ks->w[k] >= TITLE_KEY_WEIGHT / 2 : ks->w[k] >= TITLE_KEY_WEIGHT;
}

/* Whether story t (a root of g) has a subject and lone post s writes none
 * of it, anywhere in its copy. */
static int subject_unwritten(const struct keyset *ks, struct groups *g, size_t nc, uint32_t s,
                             uint32_t t)
{
    size_t posts = 0, n = 0, cap = 0;
    uint32_t *ids = NULL;

    for (size_t c = 0; c < nc; c++) {
        if (c == s || uf_find(g->parent, c) != t)
            continue;
        posts++;
        for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
            if (!title_key(ks, k))
                continue;
            if (n == cap) {
                cap = cap ? 2 * cap : 64;
                ids = xrealloc(ids, cap * sizeof *ids);
            }
            ids[n++] = ks->kid[k]; /* a post holds each key once */
        }
    }
    int subject = 0, written = 0;
    if (posts >= SUBJECT_MIN_POSTS && n) {
        qsort(ids, n, sizeof *ids, u32_cmp);
        for (size_t i = 0, j; i < n && !written; i = j) {
            j = i + 1;
            while (j < n && ids[j] == ids[i])
                j++;
            if (2 * (j - i) <= posts)
                continue; /* not in most of the titles */
            subject = 1;
            for (size_t k = ks->off[s]; k < ks->off[s + 1] && !written; k++)
                written = ks->kid[k] == ids[i] && ks->w[k] > 0.0f;
        }
    }
    free(ids);
    return subject && !written;
}

/* Whether lone post v[i].s shares only a place with story t (v sorted by
 * s; v[i] any link of s): its strongest edge of words of what happened
 * (an edge that weighs, not of names alone) goes to a post of another
 * story and weighs more than every link to t, and it writes none of t's
 * subject (subject_unwritten()). A thin edge weighs nothing (pair_thin(),
 * digest_group.c) but stays a link here, where the same place in most of a
 * story's posts tells the story (a reaction, a local piece); that holds
 * only when nothing tells another story. Then its thin edges to t claim
 * nothing. Day 98's flu piece « Grippe : Sfântul Spiridon ferme ses portes
 * aux visiteurs » names the hospital of the scanners' trial, whose four
 * posts name it too (« Procès des scanners : ... »), and its edges of words
 * go to the night's crash, whose injured its emergency ward treats; the
 * English report of pottery found on the motorway's site near Târgu Frumos
 * reaches the crash there through the town, and its edge of words goes to
 * its own story's French report (eval/README.md, ninety-first round). */
static int attach_place_only(const struct attach_link *v, size_t n, size_t i, uint32_t t,
                             const struct keyset *ks, struct groups *g, size_t nc)
{
    float to_t = 0, elsewhere = 0;

    i = links_first(v, i);
    for (size_t j = i; j < n && v[j].s == v[i].s; j++) {
        if (v[j].t == t)
            to_t = v[j].w > to_t ? v[j].w : to_t;
        else if ((v[j].strong & 7) == 7 && v[j].w > elsewhere)
            elsewhere = v[j].w;
    }
    return elsewhere > to_t && subject_unwritten(ks, g, nc, v[i].s, t);
}

/* Whether the titles of posts a and b share a word of what happened (a
 * content word's stem, not a name): « Cyberattaque » of two titles. */
static int titles_share_word(const struct keyset *ks, uint32_t a, uint32_t b)
{
    for (size_t k = ks->off[a]; k < ks->off[a + 1]; k++) {
        if (ks->kind[k] != K_WORD || !title_key(ks, k))
            continue;
        for (size_t q = ks->off[b]; q < ks->off[b + 1]; q++)
            if (ks->kid[q] == ks->kid[k] && ks->kind[q] == K_WORD && title_key(ks, q))
                return 1;
    }
    return 0;
}

/* Whether lone post v[i].s reaches story t only through thin edges (an
 * edge that weighs nothing: a name and little else, pair_thin()) and weak
 * links of names alone, while an edge that weighs, through words of what
 * happened and a name or figure of their own, goes to a post of another
 * story whose title shares a word of what happened with its own. The names
 * are a place the post's copy passes through (a town the patients are sent
 * to); the edge and the two titles say which story it tells. Then t claims
 * nothing, through its anchor or its count of links. Day 109's
 * « Cyberattaque : le SAMU redirige des patients vers Saint-Malo et
 * Vannes » reached the three posts of Saint-Malo's vote on holiday rentals
 * through the town alone, and the first report of the ransomware attack
 * (« Cyberattaque au CHU de Rennes ») through an edge of words. Without the
 * two titles' word, day 3's « Karin Baumann à Saint-Luc » (the landslide's
 * village; its edge of words goes to the same minister's army budget) and
 * day 18's stranded passengers at Zaventem (their edge goes to another
 * half of their own story) would leave their stories (eval/README.md,
 * hundred-and-first round). */
static int attach_thin_only(const struct attach_link *v, size_t n, size_t i, uint32_t t,
                            const struct keyset *ks)
{
    uint32_t thin = 0, more = 0, elsewhere = 0;

    i = links_first(v, i);
    for (size_t j = i; j < n && v[j].s == v[i].s; j++) {
        if (v[j].t == t) {
            if ((v[j].strong & 3) == 1 || v[j].strong == 0)
                thin = 1;
            else
                more = 1;
        } else if ((v[j].strong & 7) == 7 && v[j].named &&
                   titles_share_word(ks, v[j].s, v[j].post)) {
            elsewhere = 1;
        }
    }
    return thin && !more && elsewhere;
}

/* Whether lone post v[i].s meets story t through words of what happened in
 * one post of t only, has an edge that weighs through such words to another
 * story, and writes none of t's subject (subject_unwritten()). That one post
 * of t recalls the lone post's event, and the rest of t is the place the two
 * stories share: day 111's "Bus crash victims taken to Santa Rita Regional
 * and Northwest Desert" (the shuttle bus rollover) names the hospital whose
 * nurses strike, and meets the strike's "Strike-hit hospital treats bus
 * crash injured" in full (bus, crash, shuttle, the hospital), the strike's
 * other posts through the hospital's name alone; its words go to the
 * rollover's posts, and it writes no "nurses", no "strike". Then the thin
 * edges to t claim nothing (as attach_place_only()'s), and the hospital's
 * name, which t's posts alone hold, anchors nothing either: one post that
 * recalls an event is no sign that the event's post tells t
 * (eval/README.md, hundred-and-second round). */
static int attach_crossref(const struct attach_link *v, size_t n, size_t i, uint32_t t,
                           const struct keyset *ks, struct groups *g, size_t nc)
{
    uint32_t worded = 0, wpost = UINT32_MAX, elsewhere = 0;

    i = links_first(v, i);
    for (size_t j = i; j < n && v[j].s == v[i].s; j++) {
        if (v[j].t != t)
            elsewhere |= (v[j].strong & 7) == 7;
        else if ((v[j].strong & 4) && v[j].post != wpost) {
            worded++;
            wpost = v[j].post;
        }
    }
    return elsewhere && worded == 1 && subject_unwritten(ks, g, nc, v[i].s, t);
}

/* Whether lone post v[i].s, written in the window's minor language
 * (minor[], digest_minor_langs()), reaches story t through edges alone,
 * every one of them to a post of another language, and one of them weighs
 * through words of what happened (v sorted by s and t; v[i] any link of s
 * to t). An agency's other-language service reports the event without the
 * local names (« Un autocar se renverse sur l'A63 près de Mios » is "Bus
 * overturns on French highway, killing 2", "south of Bordeaux"): what it
 * shares with the story's posts is the event's words, read across the
 * languages through the lexicon ("bus" and « autocar », "highway" and
 * « autoroute »), and no name of their own, which the edged rule of
 * digest_attach() asks for. An edge of words alone in one language is the
 * kind's (day 22's "Black-out à Dakar" and Abidjan's power cut); across
 * the two languages, with no link anywhere else, it is the translation of
 * one report: day 112's English report of the coach crash, day 36's
 * heist in Algiers, day 35's passport scheme, d16's RSV vaccine
 * (eval/README.md, hundred-and-fourth round). A weak link besides the
 * edges is not enough (measured: two wrong merges, days 22 and 46). */
static int attach_tongue(const struct attach_link *v, size_t n, size_t i, uint32_t t,
                         const struct keyset *ks, const uint8_t *minor)
{
    uint32_t s = v[i].s;
    int worded = 0;

    if (!ks || !minor[s])
        return 0;
    while (i > 0 && v[i - 1].s == s)
        i--;
    for (size_t j = i; j < n && v[j].s == s; j++) {
        if (v[j].t != t || !(v[j].strong & 1) || ks->lang[v[j].post] == ks->lang[s])
            return 0;
        worded |= (v[j].strong & 7) == 7;
    }
    return worded;
}

/* Whether lone story v[i].s's only edges that weigh go to story t, one of
 * them to a post of t it shares a name with that no other story holds
 * (digest_sole.c; v sorted by s; v[i] any link of s): weak and thin links
 * elsewhere are the day's words and places, the name and the edge say
 * which story the post tells (eval/README.md, hundred-and-fifth round).
 * Asked only once the post's one-edge rule has refused it. */
static int attach_sole(const struct attach_link *v, size_t n, size_t i, uint32_t t,
                       const struct keyset *ks, struct groups *g, size_t nc,
                       struct digest_sole **sole)
{
    uint32_t s = v[i].s;

    while (i > 0 && v[i - 1].s == s)
        i--;
    size_t from = i;
    for (size_t j = from; j < n && v[j].s == s; j++)
        if ((v[j].strong & 2) && v[j].t != t)
            return 0;
    for (size_t j = from; j < n && v[j].s == s; j++)
        if (v[j].t == t && (v[j].strong & 3) == 3 &&
            digest_sole_name(ks, g, nc, s, v[j].post, t, sole))
            return 1;
    return 0;
}

/* The links of the small stories (edges, then weak links) to the bigger
 * ones, sorted by small story and story (*n of them; NULL when none). */
static struct attach_link *attach_links(const struct digest_edges *e, struct groups *g,
                                        const uint32_t *size, size_t *n)
{
    struct attach_link *v = NULL;
    size_t cap = 0;

    *n = 0;
    for (int pass = 0; pass < 2; pass++) {
        const struct digest_edge *x = pass ? e->weak : e->v;
        size_t m = pass ? e->nweak : e->n;
        for (size_t i = 0; i < m; i++) {
            uint32_t ra = (uint32_t)uf_find(g->parent, x[i].a);
            uint32_t rb = (uint32_t)uf_find(g->parent, x[i].b);
            if (ra == rb || (!pass && toll_only(e, i)))
                continue;
            /* A thin edge (cos 0, digest_pairs()) shares a place only. */
            struct attach_link l = {.strong = link_strong(e, x, i, pass),
                                    .named = !pass && e->named && (e->named[i] & 1) && x[i].cos > 0,
                                    .w = pass || !(x[i].w > 0) ? 0.0f : x[i].w};
            attach_offer(&v, n, &cap, size, ra, rb, x[i].b, l);
            attach_offer(&v, n, &cap, size, rb, ra, x[i].a, l);
        }
    }
    if (*n)
        qsort(v, *n, sizeof *v, attach_cmp);
    return v;
}

/* Moves each small story s to move[s] (UINT32_MAX: stays), unless that
 * story moves too (a story that moves takes no other with it in the same
 * pass) or both hold a pin. */
static void attach_moves(struct groups *g, const uint32_t *move, size_t nc)
{
    for (size_t s = 0; s < nc; s++) {
        uint32_t t = move[s];
        if (t == UINT32_MAX || move[t] != UINT32_MAX || (g->pin[s] && g->pin[t]))
            continue;
        g->parent[s] = t;
        g->pin[t] |= g->pin[s];
    }
}

void digest_attach(const struct digest_edges *e, const struct keyset *ks, size_t nc,
                   struct groups *g, const uint32_t *anchor, const uint32_t *titled)
{
    uint32_t *size = xcalloc(nc ? nc : 1, sizeof *size);
    uint32_t *move = xmalloc((nc ? nc : 1) * sizeof *move);
    struct attach_link *v;
    size_t n;

    for (size_t c = 0; c < nc; c++) {
        size[uf_find(g->parent, c)]++;
        move[c] = UINT32_MAX;
    }
    v = attach_links(e, g, size, &n);
    uint8_t *minor = xcalloc(nc ? nc : 1, 1);
    struct digest_sole *sole = NULL; /* built on attach_sole()'s first question */
    if (ks)
        digest_minor_langs(ks->lang, nc, minor);
    for (size_t i = 0; i < n;) {
        uint32_t s = v[i].s, best = UINT32_MAX;
        double best_share = 0;
        int claimed = 0, sure = 0, weighed = 0;
        uint32_t wbest = UINT32_MAX;
        size_t nt; /* the stories s links to */
        int scattered = attach_scattered(v, n, i, size, &nt);
        while (i < n && v[i].s == s) {
            uint32_t t = v[i].t, pairs = 0, posts = 0, strong = 0, heavy = 0, named = 0;
            int thin_only = ks && size[s] == 1 && attach_thin_only(v, n, i, t, ks);
            int cross = ks && size[s] == 1 && attach_crossref(v, n, i, t, ks, g, nc);
            int place = cross || (ks && size[s] == 1 && attach_place_only(v, n, i, t, ks, g, nc));
            for (; i < n && v[i].s == s && v[i].t == t; i++) {
                if (place && (v[i].strong & 3) == 1)
                    continue; /* a thin edge: the place, no claim */
                pairs++;
                strong += v[i].strong & 1;
                heavy |= (v[i].strong >> 1) & 1;
                named += v[i].named;
                posts += i == 0 || v[i - 1].s != s || v[i - 1].t != t || v[i - 1].post != v[i].post;
            }
            double share = (double)pairs / ((double)size[s] * size[t]);
            uint32_t need = size[t] < ATTACH_MIN_POSTS ? size[t] : ATTACH_MIN_POSTS;
            /* A lone post all of whose links go to one story, two of
             * them edges, tells it: two posts are enough (a reaction or
             * an explainer shares the story's subject with two of its
             * posts in full). With one edge and a weak link, Toronto's
             * heat dome came whole and rose above the editor's picks
             * (twenty-sixth round); see attach_two_posts(). So does one
             * whose every edge goes to the story, its weak links aside
             * (attach_edges_one()). */
            if (size[s] == 1 && need > 2 && attach_two_posts(strong, heavy, named) &&
                (nt == 1 || attach_edges_one(v, n, i - 1, t)))
                need = 2;
            int anchored =
                !cross && attach_anchored(anchor, size, s, t) && anchor_links(v, n, i - 1, t);
            /* A lone post whose links are all edges to one story, one of
             * them through a name or figure of their own, tells it, however
             * few of the story's posts it reaches: a reaction or an
             * explainer meets the first report in full and the rest of
             * the story in other words (day 49's "Dimaculangan on the
             * tigil-pasada", the strike leader's reaction). An edge of
             * words alone does not (day 22's "Black-out à Dakar" reached
             * Abidjan's power cut through words, no name), nor a place of
             * the alias table (the Brittany flu of test_digest and the
             * storm there) (twenty-seventh round), unless it crosses the
             * languages from the minor one (attach_tongue()). */
            int edged = size[s] == 1 && nt == 1 && pairs == strong &&
                        (named >= 1 || attach_tongue(v, n, i - 1, t, ks, minor));
            edged = edged || (size[s] == 1 && attach_sole(v, n, i - 1, t, ks, g, nc, &sole));
            if (thin_only || ((posts < need || share < ATTACH_SHARE) && !anchored && !edged) ||
                ((scattered || attach_passing(v, n, i - 1, t)) && !anchored))
                continue;
            claimed++;
            if (heavy) {
                weighed++;
                wbest = t;
            }
            sure |= anchored && (anchor[s] & ANCHOR_SURE) && titled && titled[s] == t;
            if (share > best_share) {
                best_share = share;
                best = t;
            }
        }
        /* A lone post that two names or figures of one story's own anchor
         * (ANCHOR_SURE), and whose title names that story, is that
         * story's, whatever else claims it: day 47's "Australie : Tallis
         * Lithium suspend sa raffinerie de Kwinana, 450 emplois supprimés"
         * holds the refinery's town, its owner and its job cuts; the
         * burn's two posts (one of them the French "Australie : un
         * brûlage dirigé ...") claimed it through the country and Perth. */
        if (claimed > 1 && sure) {
            claimed = 1;
            best = anchor[s] & ~ANCHOR_SURE;
        }
        /* A lone post that two stories claim, only one of them through an
         * edge that weighs, is that story's: the other reaches it through
         * thin edges and weak links, the place both stories happen in. Day
         * 45's "Spanish Town schools told to clear breeding sites before
         * classes" (the dengue outbreak) has an edge to the outbreak's post
         * 2, and thin edges to the market fire's through "Spanish Town". */
        if (claimed > 1 && weighed == 1) {
            claimed = 1;
            best = wbest;
        }
        /* A lone post whose title names another story (titled[]), or
         * two, is not this one's: day 41's ruling on a Cape Breton robbery
         * suspect, whose title names the Supreme Court of its own story,
         * links to the storm's posts through "Cape Breton" only; day 40's
         * "Carnaval de Jacmel : comment s'y rendre depuis Port-au-Prince"
         * links to the capital's market fire through the capital. */
        if (claimed == 1 && titled && size[s] == 1 && titled[s] != UINT32_MAX && titled[s] != best)
            claimed = 0;
        if (claimed == 1)
            move[s] = best;
    }
    attach_moves(g, move, nc);
    free(v);
    free(size);
    free(move);
    free(minor);
    digest_sole_free(sole);
    DIGEST_TRACE(digest_trace_stage("attach", g, nc));
}
