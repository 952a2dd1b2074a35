/*
 * digest_trace: a debugging hook into the grouping, for tools/eval's split
 * explainer (`eval -s`). While digest_tracer is NULL (always, outside the
 * explainer) the grouping calls nothing and costs one test per stage and
 * per pair; a tool that sets it is told, during one digest_select(), each
 * candidate's keys, what digest_pairs() decided for every pair of
 * candidates that shares a key it walks, the edges and weak links after
 * digest_weigh(), the stories after each stage of the grouping, and which
 * check of digest_join() refused each pair of stories it looked at.
 *
 * Candidates are numbered as digest_select() numbers them: the posts that
 * are not excluded, in their order. The pair callback is called from the
 * pair rows' threads (digest_rows.c), each pair once: a tool that writes
 * each pair to its own slot needs no lock. Not for the server: one tracer
 * for the whole process, set while no other selection runs.
 */
#ifndef CRIER_DIGEST_TRACE_H
#define CRIER_DIGEST_TRACE_H

#include <stddef.h>
#include <stdint.h>

#include "digest.h"

/* One key of one candidate: its hash, kind (K_* of digest_int.h), weight in
 * the post (a title's count double), and across the candidates its document
 * frequency and idf. */
struct digest_trace_key {
    uint64_t h;
    float w;
    uint8_t kind;
    uint32_t df;
    double idf;
};

/* What digest_pairs() decided for candidates a < b. */
enum {
    DIGEST_PAIR_NO_NAME = 1, /* skipped: titles name their stories, no name shared */
    DIGEST_PAIR_COUNTRY,     /* skipped: a country and its city, nothing else */
    DIGEST_PAIR_EDGE,        /* an edge (thin: its weight is 0) */
    DIGEST_PAIR_WEAK,        /* a weak link */
    DIGEST_PAIR_REFUSED      /* neither: halves, cosine or titles short */
};

/* thin bits of an edge */
#define DIGEST_THIN_PAIR 1      /* pair_thin(): a place, a region, a hyphen... */
#define DIGEST_THIN_INTERVIEW 2 /* pair_interview() */
#define DIGEST_THIN_TOLL 4      /* pair_toll_met() */
#define DIGEST_THIN_PASSING 8   /* pair_passing_name() */
#define DIGEST_THIN_TOUCHED 16  /* pair_touched()'s rules: rubric, aside, event, court... */

struct digest_trace_pair {
    uint32_t a, b;
    float cos;
    uint32_t halves; /* shared features, in halves (key_halves()) */
    uint32_t toll;   /* of them, the toll's and the foreign formula's, not counted */
    uint32_t hub;    /* of them, the minor language's hub's (weak links do not count them) */
    uint32_t need;   /* the halves an edge needs */
    uint8_t verdict; /* DIGEST_PAIR_* */
    uint8_t titles;  /* each title met in the other post */
    uint8_t cos_ok;  /* cos reaches the least an edge needs */
    uint8_t thin;    /* DIGEST_THIN_* of an edge */
    uint8_t named;   /* the edge's named byte (digest_int.h: 2, no link at all) */
};

/* An edge after digest_weigh() (w its weight), or a weak link (weak = 1). */
struct digest_trace_edge {
    uint32_t a, b;
    float cos, w;
    uint8_t named, weak;
};

/* Why digest_join() (digest_link.c) left apart two stories it looked at:
 * two stories of two posts or more that share a key held by posts of those
 * two alone, as a name or figure by each holder (a country or a region
 * only in titles of both). Its checks, in its order; each one's short name
 * is digest_join_reason_name[]. */
enum {
    DIGEST_JOIN_NO_EDGE = 1, /* "no edge": no edge of the threshold between them */
    DIGEST_JOIN_NO_SPREAD,   /* "no spread": no key spreads (join_spread()), fewer than two loose */
    DIGEST_JOIN_CLASH,       /* "clash": one's title names it by a name the other never holds,
                                and no name in titles of both (join_clashes()) */
    DIGEST_JOIN_SHORT,       /* "held short": no name held by two posts of each nor by more
                                than half of each, the edges reach not every post of the smaller */
    DIGEST_JOIN_CLAIMED,     /* "claimed": one of them would join a third story too */
    DIGEST_JOIN_PINNED,      /* "pinned": each holds a pinned post */
    DIGEST_JOIN_NREASONS
};

extern const char *const digest_join_reason_name[DIGEST_JOIN_NREASONS];

/* One pair of stories digest_join() refused, with the figures its checks
 * compared. Stories are named by their root candidate, as the stage
 * callback's root[] names them. */
struct digest_trace_join {
    uint32_t a, b;           /* the two stories' roots, a < b */
    uint32_t size_a, size_b; /* their posts */
    uint32_t keys;           /* names and figures of the two alone that the join looked at */
    uint32_t held_a, held_b; /* the most posts of a, of b, that hold one of those keys */
    uint32_t edges, reach;   /* edges of the threshold between them; posts of the smaller reached */
    uint32_t loose;          /* loose keys that spread (join_loose()) */
    uint8_t reason;          /* DIGEST_JOIN_* */
    uint8_t hold, half;      /* a key in JOIN_MIN_HOLD posts of each; in more than half of each */
    uint8_t spread;          /* join_spread(): a key shared beyond what most posts hold */
    uint8_t clash, tshare;   /* join_clashes(): a title's own name clashes; a name in both titles */
    uint8_t claimed;         /* CLAIMED: 1, a would join another story too; 2, b would */
};

struct digest_tracer {
    void *ctx;
    /* The keys of candidate c are k[off[c] .. off[c + 1]); df_cap: keys
     * held by more posts are not walked. */
    void (*keys)(void *ctx, size_t nc, size_t df_cap, const size_t *off,
                 const struct digest_trace_key *k);
    void (*pair)(void *ctx, const struct digest_trace_pair *p);
    void (*edges)(void *ctx, const struct digest_trace_edge *v, size_t n);
    /* After stage name ("link", "attach", "join", "tongues", "centroid"):
     * root[c], the story of candidate c. */
    void (*stage)(void *ctx, const char *name, const size_t *root, size_t nc);
    /* A study's override of the edge decision (eval/README.md, "A pair score
     * fitted on labelled pairs"), NULL in every other use: called for each
     * pair digest_pairs() looks at, with what the pair callback is given
     * (before its verdict: 0 for a weighed pair, the skip's for a skipped
     * one), from the pair rows' threads. Returns 1: an edge of weight cos,
     * whatever the pair's rules say (no thinning); 0: no edge (a weak link
     * if the weak link's rule makes one); -1: the rules decide. */
    int (*decide)(void *ctx, const struct digest_trace_pair *p);
    /* Each pair of stories digest_join() looked at and refused, once. */
    void (*join)(void *ctx, const struct digest_trace_join *j);
};

/* NULL: no tracing. */
extern const struct digest_tracer *digest_tracer;

/* Calls fn for each key post p gives (as the grouping reads it), with the
 * text it was read from. Returns 0 or -EIO. */
int digest_trace_texts(const struct digest_post *p,
                       void (*fn)(void *ctx, uint64_t h, uint8_t kind, float w, const char *s,
                                  size_t len),
                       void *ctx);

#endif
