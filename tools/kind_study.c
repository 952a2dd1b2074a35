/* kind study (issue 11, hundred-and-sixth round, kinds): a throwaway dump, not built by the Makefile.
 * cc -O1 -Isrc -Itools tools/kind_study.c tools/eval_split.c build/rel/libcrier.a LIBS
 * Every late join (a piece of the previous stage that attach, join, tongues or centroid adds to a
 * larger group) with the kinds of event its titles and the story's titles name, right or wrong. */
#define main eval_main
#include "eval.c"
#undef main
#include "digest_int.h"
#include "digest_trace.h"

#define NST 8
static struct {
    size_t nc, df_cap, *off;
    struct digest_trace_key *k;
    char stage[NST][16];
    size_t *root[NST];
    size_t nstage;
} T;
static void *cz(size_t n, size_t s)
{
    void *p = calloc(n ? n : 1, s);
    if (!p)
        abort();
    return p;
}
static void on_keys(void *c, size_t nc, size_t df_cap, const size_t *off,
                    const struct digest_trace_key *k)
{
    (void)c;
    T.nc = nc;
    T.df_cap = df_cap;
    T.off = cz(nc + 1, sizeof *off);
    memcpy(T.off, off, (nc + 1) * sizeof *off);
    T.k = cz(off[nc], sizeof *k);
    memcpy(T.k, k, off[nc] * sizeof *k);
}
static void on_stage(void *c, const char *name, const size_t *root, size_t nc)
{
    (void)c;
    if (T.nstage == NST)
        return;
    snprintf(T.stage[T.nstage], 16, "%s", name);
    T.root[T.nstage] = cz(nc, sizeof *root);
    memcpy(T.root[T.nstage++], root, nc * sizeof *root);
}
static const struct digest_tracer trc = {NULL, on_keys, NULL, NULL, on_stage};

static const char *evn[] = {"crash", "strike", "fire",  "house", "wreck", "sick",    "flood",
                            "quake", "attack", "crime", "court", "derail", "collapse"};
#define NEV 13
static size_t *cand_post;
static uint16_t *kinds;
static uint8_t *sites;

static void kinds_str(char *o, size_t on, const size_t *mem, size_t n)
{
    unsigned cnt[NEV] = {0}, none = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned k = kinds[mem[i]] & ((1u << 14) - 1);
        if (!k)
            none++;
        for (unsigned b = 0; b < NEV; b++)
            cnt[b] += (k >> b) & 1;
    }
    size_t l = 0;
    o[0] = 0;
    for (unsigned b = 0; b < NEV; b++)
        if (cnt[b])
            l += (size_t)snprintf(o + l, on - l, "%s%s:%u", l ? "," : "", evn[b], cnt[b]);
    snprintf(o + l, on - l, "%snone:%u", l ? "," : "", none);
}

struct tctx {
    uint64_t h;
    char buf[64];
};
static void tx(void *ctx, uint64_t h, uint8_t kind, float w, const char *s, size_t len)
{
    struct tctx *t = ctx;
    (void)kind;
    (void)w;
    if (h == t->h && !t->buf[0])
        snprintf(t->buf, sizeof t->buf, "%.*s", (int)(len < 40 ? len : 40), s);
}

static int day_pos;
static void study(const struct day *d)
{
    for (size_t s = 1; s < T.nstage; s++) {
        size_t *pr = T.root[s - 1], *cr = T.root[s];
        for (size_t c = 0; c < T.nc; c++) {
            if (pr[c] != c)
                continue;
            size_t cnt = 0, host = SIZE_MAX, hsz = 0, mysz = 0;
            for (size_t o = 0; o < T.nc; o++)
                mysz += pr[o] == c;
            for (size_t o = 0; o < T.nc; o++) {
                if (pr[o] != o || o == c || cr[o] != cr[c])
                    continue;
                size_t sz = 0;
                for (size_t q = 0; q < T.nc; q++)
                    sz += pr[q] == o;
                cnt++;
                if (sz > hsz || (sz == hsz && o < host)) {
                    hsz = sz;
                    host = o;
                }
            }
            if (!cnt || mysz > hsz || (mysz == hsz && c < host))
                continue;
            size_t mem[512], n = 0, rest[512], nr = 0;
            for (size_t o = 0; o < T.nc; o++) {
                if (pr[o] == c)
                    mem[n++] = o;
                else if (cr[o] == cr[c])
                    rest[nr++] = o;
            }
            size_t same = 0, diff = 0;
            for (size_t i = 0; i < n; i++)
                for (size_t j = 0; j < nr; j++) {
                    if (!strcmp(d->story[cand_post[mem[i]]], d->story[cand_post[rest[j]]]))
                        same++;
                    else
                        diff++;
                }
            unsigned P = 0, H = 0;
            uint8_t ps = 0, hs = 0;
            for (size_t i = 0; i < n; i++)
                P |= kinds[mem[i]], ps |= sites[mem[i]];
            for (size_t j = 0; j < nr; j++)
                H |= kinds[rest[j]], hs |= sites[rest[j]];
            P &= (1u << 14) - 1;
            H &= (1u << 14) - 1;
            uint16_t kk[2] = {(uint16_t)P, (uint16_t)H};
            uint8_t ss[2] = {ps, hs};
            struct rubrics rb = {0};
            rb.kinds = kk;
            rb.sites = ss;
            int apart = digest_event_apart(&rb, 0, 1);
            int newkind = P && H && (P & ~H);
            char pk[200], hk[200];
            kinds_str(pk, sizeof pk, mem, n);
            kinds_str(hk, sizeof hk, rest, nr);
            /* own names shared: K_NAME / K_HALF held by the piece and the rest, by no post outside */
            char names[400] = "";
            size_t nl = 0;
            for (size_t i = 0; i < n; i++)
                for (size_t q = T.off[mem[i]]; q < T.off[mem[i] + 1]; q++) {
                    const struct digest_trace_key *x = &T.k[q];
                    if (x->kind != K_NAME && x->kind != K_HALF)
                        continue;
                    if (x->df < 2 || x->df > T.df_cap || x->w <= 0)
                        continue;
                    int inrest = 0, outside = 0;
                    for (size_t o = 0; o < T.nc; o++) {
                        if (pr[o] == c)
                            continue;
                        for (size_t r = T.off[o]; r < T.off[o + 1]; r++)
                            if (T.k[r].h == x->h && T.k[r].w > 0) {
                                if (cr[o] == cr[c])
                                    inrest = 1;
                                else
                                    outside = 1;
                                break;
                            }
                    }
                    if (!inrest)
                        continue;
                    struct tctx t = {x->h, {0}};
                    digest_trace_texts(&d->posts[cand_post[mem[i]]], tx, &t);
                    if (nl < 300 && !strstr(names, t.buf))
                        nl += (size_t)snprintf(names + nl, sizeof names - nl, " %s%s%s%s%s", t.buf,
                                               outside ? "(sh)" : "",
                                               digest_country(x->h) ? "(cty)" : "",
                                               digest_facility_name(x->h) ? "(fac)" : "",
                                               x->w >= 2.0f ? "(T)" : "");
                }
            printf("EVT day=%d half=%s stage=%s piece=%zu rest=%zu cls=%s cross=%s new=%d P=[%s] "
                   "H=[%s] names:%s\n",
                   day_pos, day_pos % 2 ? "fit" : "chk", T.stage[s], n, nr,
                   diff == 0   ? "right"
                   : same == 0 ? "wrong"
                               : "mixed",
                   apart ? "APART" : (P && H) ? "share" : !P ? "p0" : "h0", newkind, pk, hk, names);
            if (P && H && (apart || newkind)) {
                printf("    title keys shared:");
                for (size_t i = 0; i < n; i++)
                    for (size_t q = T.off[mem[i]]; q < T.off[mem[i] + 1]; q++) {
                        const struct digest_trace_key *x = &T.k[q];
                        if (x->w < 2.0f || x->df < 2)
                            continue;
                        int met = 0;
                        for (size_t j = 0; j < nr && !met; j++)
                            for (size_t r2 = T.off[rest[j]]; r2 < T.off[rest[j] + 1]; r2++)
                                if (T.k[r2].h == x->h && T.k[r2].w >= 2.0f) {
                                    met = 1;
                                    break;
                                }
                        if (!met)
                            continue;
                        struct tctx t = {x->h, {0}};
                        digest_trace_texts(&d->posts[cand_post[mem[i]]], tx, &t);
                        printf(" %s/k%u/df%u%s%s%s%s%s", t.buf, x->kind, x->df,
                               digest_country(x->h) ? "/cty" : "",
                               digest_facility(x->h) || digest_facility_name(x->h) ? "/fac" : "",
                               digest_toll_word(x->h) ? "/toll" : "",
                               digest_noevent_word(x->h) ? "/noev" : "",
                               x->df > T.df_cap ? "/common" : "");
                    }
                printf("\n");
                for (size_t i = 0; i < n; i++)
                    printf("    + %lld [%s] %s\n", (long long)d->posts[cand_post[mem[i]]].id,
                           d->story[cand_post[mem[i]]], d->posts[cand_post[mem[i]]].title);
                for (size_t j = 0; j < nr && j < 12; j++)
                    printf("    = %lld [%s] %s\n", (long long)d->posts[cand_post[rest[j]]].id,
                           d->story[cand_post[rest[j]]], d->posts[cand_post[rest[j]]].title);
            }
        }
    }
}

int main(int argc, char **argv)
{
    static struct day d;
    for (int a = 1; a < argc; a++) {
        if (day_load(&d, argv[a]) < 0)
            return 1;
        day_pos = a;
        struct digest_weights all;
        struct digest_item *every = NULL;
        size_t nevery = 0;
        digest_weights_default(&all);
        all.lang = d.lang;
        all.max_items = d.n;
        all.tag_cap = 0;
        all.floor = 0;
        memset(&T, 0, sizeof T);
        digest_tracer = &trc;
        digest_select(d.posts, d.n, &all, d.start, d.end, EVAL_AUDIENCE, &every, &nevery);
        digest_tracer = NULL;
        printf("=== %d %s (%s)\n", a, argv[a], d.lang);
        cand_post = cz(d.n, sizeof *cand_post);
        size_t nc = 0;
        for (size_t i = 0; i < d.n; i++)
            if (!d.posts[i].excluded)
                cand_post[nc++] = i;
        struct keyset ks = {0};
        ks.off = T.off;
        ks.h = cz(T.off[nc], sizeof *ks.h);
        ks.w = cz(T.off[nc], sizeof *ks.w);
        ks.kind = cz(T.off[nc], 1);
        for (size_t q = 0; q < T.off[nc]; q++)
            ks.h[q] = T.k[q].h, ks.w[q] = T.k[q].w, ks.kind[q] = T.k[q].kind;
        struct rubrics r = {0};
        digest_event_kinds(&r, &ks, nc);
        kinds = r.kinds;
        sites = r.sites;
        study(&d);
        free(r.kinds);
        free(r.sites);
        free(ks.h);
        free(ks.w);
        free(ks.kind);
        digest_items_free(every, nevery);
        free(cand_post);
        free(T.off);
        free(T.k);
        for (size_t s = 0; s < T.nstage; s++)
            free(T.root[s]);
        day_free(&d);
    }
    (void)eval_main;
    return 0;
}
