/* The grouping's debugging hook (digest_trace.h), which tools/eval's split
 * explainer reads: with a tracer set, one digest_select() reports each
 * candidate's keys, each pair's verdict, the weighed edges and the stories
 * after each stage; without one, nothing is called and the selection is
 * the same; digest_trace_texts() gives each key's text. */
#include "tap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "digest.h"
#include "digest_trace.h"

static struct {
    size_t nc, nkeys, keys_calls;
    uint8_t verdict[4][4];
    float w01;
    int edge01, edge23;
    char stages[8][16];
    size_t nstage;
    size_t link_root[4];
} seen;

static void on_keys(void *ctx, size_t nc, size_t df_cap, const size_t *off,
                    const struct digest_trace_key *k)
{
    (void)ctx;
    (void)df_cap;
    (void)k;
    seen.nc = nc;
    seen.nkeys = off[nc];
    seen.keys_calls++;
}

static void on_pair(void *ctx, const struct digest_trace_pair *p)
{
    (void)ctx;
    if (p->a < 4 && p->b < 4)
        seen.verdict[p->a][p->b] = p->verdict;
}

static void on_edges(void *ctx, const struct digest_trace_edge *v, size_t n)
{
    (void)ctx;
    for (size_t i = 0; i < n; i++)
        if (v[i].a == 0 && v[i].b == 1 && !v[i].weak) {
            seen.edge01 = 1;
            seen.w01 = v[i].w;
        } else if (v[i].a == 2 && v[i].b == 3 && !v[i].weak)
            seen.edge23 = 1;
}

static void on_stage(void *ctx, const char *name, const size_t *root, size_t nc)
{
    (void)ctx;
    if (seen.nstage < 8)
        strncpy(seen.stages[seen.nstage++], name, 15);
    if (!strcmp(name, "link") && nc == 4)
        memcpy(seen.link_root, root, sizeof seen.link_root);
}

static const struct digest_tracer tracer = {NULL, on_keys, on_pair, on_edges, on_stage, NULL, NULL};

/* The study's override (decide): every pair refused (mode 0), or the
 * trawler's left to the rules and the tram's refused (mode 1). */
static int decide_mode;
static int on_decide(void *ctx, const struct digest_trace_pair *p)
{
    (void)ctx;
    if (decide_mode == 0)
        return 0;
    return p->a == 0 && p->b == 1 ? -1 : 0;
}

static const struct digest_tracer decider = {NULL,     on_keys,   on_pair, on_edges,
                                             on_stage, on_decide, NULL};

struct found {
    int ar_gwenn;
};

static void on_text(void *ctx, uint64_t h, uint8_t kind, float w, const char *s, size_t len)
{
    struct found *f = ctx;
    (void)h;
    (void)kind;
    (void)w;
    f->ar_gwenn |= len == 8 && !memcmp(s, "Ar Gwenn", 8);
}

static int stage_seen(const char *name)
{
    for (size_t i = 0; i < seen.nstage; i++)
        if (!strcmp(seen.stages[i], name))
            return 1;
    return 0;
}

int main(void)
{
    struct digest_post ps[] = {
        {.id = 1,
         .seq = 1,
         .lang = "fr",
         .published_at = 1000,
         .title = "Naufrage du chalutier Ar Gwenn au large du Guilvinec",
         .body = "Le chalutier Ar Gwenn, du port du Guilvinec, a fait naufrage dans la nuit : "
                 "trois marins sont portés disparus, selon la préfecture maritime."},
        {.id = 2,
         .seq = 2,
         .lang = "fr",
         .published_at = 2000,
         .title = "Ar Gwenn : les recherches des trois marins disparus se poursuivent",
         .body = "Les recherches des trois marins disparus du chalutier Ar Gwenn, parti du "
                 "Guilvinec, ont repris à l'aube après le naufrage."},
        {.id = 3,
         .seq = 3,
         .lang = "fr",
         .published_at = 3000,
         .title = "Rennes : le conseil vote la nouvelle ligne de tramway",
         .body = "Le conseil de la métropole de Rennes a voté jeudi la nouvelle ligne de "
                 "tramway vers le nord."},
        {.id = 4,
         .seq = 4,
         .lang = "fr",
         .published_at = 4000,
         .title = "Tramway de Rennes : les riverains inquiets du chantier",
         .body = "Les riverains de la future ligne de tramway de Rennes craignent des années "
                 "de chantier."},
    };
    size_t n = sizeof ps / sizeof *ps;
    struct digest_weights w;
    struct digest_item *plain = NULL, *traced = NULL;
    size_t nplain = 0, ntraced = 0;

    digest_weights_default(&w);
    w.lang = "fr";
    ok(digest_select(ps, n, &w, 0, 10000, 5000, &plain, &nplain) == 0, "selects untraced");
    ok(seen.keys_calls == 0 && seen.nstage == 0, "no tracer: nothing is called");

    digest_tracer = &tracer;
    ok(digest_select(ps, n, &w, 0, 10000, 5000, &traced, &ntraced) == 0, "selects traced");
    digest_tracer = NULL;
    ok(seen.keys_calls == 1 && seen.nc == 4 && seen.nkeys > 0, "each candidate's keys, once");
    ok(seen.verdict[0][1] == DIGEST_PAIR_EDGE, "the trawler's two posts make an edge");
    ok(seen.edge01 && seen.w01 > 0, "and it weighs after digest_weigh()");
    ok(seen.verdict[0][2] == 0 || seen.verdict[0][2] == DIGEST_PAIR_REFUSED,
       "the trawler and the tram vote make no edge");
    ok(seen.link_root[0] == seen.link_root[1] && seen.link_root[0] != seen.link_root[2],
       "after link, the trawler's posts are one story, apart from the tram");
    ok(stage_seen("link") && stage_seen("attach") && stage_seen("join") && stage_seen("tongues") &&
           stage_seen("centroid"),
       "every stage reports its stories");
    ok(nplain == ntraced, "the trace changes no selection (%zu items, %zu)", nplain, ntraced);
    for (size_t i = 0; i < nplain && i < ntraced; i++)
        ok(plain[i].post_id == traced[i].post_id && plain[i].nmerged == traced[i].nmerged,
           "item %zu the same", i);

    /* the override: no edge at all, then the rules' for one pair alone */
    struct digest_item *none = NULL, *forced = NULL;
    size_t nnone = 0, nforced = 0;
    memset(&seen, 0, sizeof seen);
    decide_mode = 0;
    digest_tracer = &decider;
    ok(digest_select(ps, n, &w, 0, 10000, 5000, &none, &nnone) == 0, "selects, no edge decided");
    ok(!seen.edge01 && !seen.edge23, "decide 0: no pair makes an edge");
    ok(nnone > nplain, "and the stories come apart (%zu items, %zu with the rules)", nnone, nplain);
    memset(&seen, 0, sizeof seen);
    decide_mode = 1;
    ok(digest_select(ps, n, &w, 0, 10000, 5000, &forced, &nforced) == 0, "selects, one refused");
    digest_tracer = NULL;
    ok(seen.edge01 && seen.w01 > 0 && !seen.edge23,
       "decide -1 leaves the trawler's edge to the rules, 0 refuses the tram's");
    ok(nforced == 3, "the trawler one story, the tram's posts two (%zu)", nforced);
    digest_items_free(none, nnone);
    digest_items_free(forced, nforced);

    struct found f = {0};
    ok(digest_trace_texts(&ps[0], on_text, &f) == 0, "digest_trace_texts() reads the post");
    ok(f.ar_gwenn, "the name's key is given with its text « Ar Gwenn »");

    digest_items_free(plain, nplain);
    digest_items_free(traced, ntraced);
    return done_testing();
}
