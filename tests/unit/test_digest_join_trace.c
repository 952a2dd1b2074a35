/* The join's refusals through the grouping's tracer (digest_trace.h, the
 * join callback): two halves of one story, two posts each, the trawler
 * Ar Gwenn's sinking off Le Guilvinec and the port's fish auction hall
 * closed in tribute to its crew, share the town's name (in one post of
 * each) and no other key: the join looks at them (a name of the two alone)
 * and refuses them, no edge of the threshold between them. A traced
 * selection is the untraced one. */
#include "tap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "digest.h"
#include "digest_trace.h"

static struct {
    size_t njoin, stories_at_join;
    struct digest_trace_join j[8];
    size_t root_before[4], nstage;
    char last[16];
} seen;

static void on_stage(void *ctx, const char *name, const size_t *root, size_t nc)
{
    (void)ctx;
    if (strcmp(name, "join") && nc == 4)
        memcpy(seen.root_before, root, sizeof seen.root_before); /* the last before the join */
    if (!strcmp(name, "join"))
        seen.stories_at_join = 1;
    seen.nstage++;
    strncpy(seen.last, name, sizeof seen.last - 1);
}

static void on_join(void *ctx, const struct digest_trace_join *j)
{
    (void)ctx;
    if (seen.njoin < 8)
        seen.j[seen.njoin] = *j;
    seen.njoin++;
}

static const struct digest_tracer tracer = {NULL, NULL, NULL, NULL, on_stage, NULL, on_join};

int main(void)
{
    struct digest_post ps[] = {
        {.id = 1,
         .seq = 1,
         .lang = "fr",
         .published_at = 1000,
         .title = "Naufrage du chalutier Ar Gwenn au large du Guilvinec",
         .body = "Le chalutier Ar Gwenn a fait naufrage dans la nuit au large du Guilvinec : "
                 "trois marins sont portés disparus, selon la préfecture maritime."},
        {.id = 2,
         .seq = 2,
         .lang = "fr",
         .published_at = 2000,
         .title = "Ar Gwenn : les recherches des trois marins disparus se poursuivent",
         .body = "Les recherches des trois marins disparus du chalutier Ar Gwenn ont repris à "
                 "l'aube, a indiqué la préfecture maritime."},
        {.id = 3,
         .seq = 3,
         .lang = "fr",
         .published_at = 3000,
         .title = "La criée du Guilvinec fermée en hommage à l'équipage",
         .body = "Les mareyeurs ont fermé jeudi la halle à marée du Guilvinec et observé une "
                 "minute de silence sur le quai de chargement."},
        {.id = 4,
         .seq = 4,
         .lang = "fr",
         .published_at = 4000,
         .title = "Hommage : les mareyeurs ferment la halle à marée",
         .body = "Les mareyeurs ont déposé des gerbes devant la halle à marée fermée, en "
                 "mémoire de l'équipage parti du quai."},
    };
    size_t n = sizeof ps / sizeof *ps;
    struct digest_weights w;
    struct digest_item *plain = NULL, *traced = NULL;
    size_t nplain = 0, ntraced = 0;

    digest_weights_default(&w);
    w.lang = "fr";
    ok(digest_select(ps, n, &w, 0, 10000, 5000, &plain, &nplain) == 0, "selects untraced");
    ok(seen.njoin == 0 && seen.nstage == 0, "no tracer: nothing is called");

    digest_tracer = &tracer;
    ok(digest_select(ps, n, &w, 0, 10000, 5000, &traced, &ntraced) == 0, "selects traced");
    digest_tracer = NULL;

    ok(seen.root_before[0] == seen.root_before[1] && seen.root_before[2] == seen.root_before[3] &&
           seen.root_before[0] != seen.root_before[2],
       "before the join: the sinking's two posts one story, the tribute's another");
    ok(seen.njoin == 1, "the join refuses one pair of stories (%zu)", seen.njoin);
    const struct digest_trace_join *j = &seen.j[0];
    size_t ra = seen.root_before[0], rb = seen.root_before[2];
    ok(j->a == (ra < rb ? ra : rb) && j->b == (ra < rb ? rb : ra),
       "the two halves, by their roots");
    ok(j->reason == DIGEST_JOIN_NO_EDGE, "refused: no edge of the threshold (%s)",
       j->reason < DIGEST_JOIN_NREASONS ? digest_join_reason_name[j->reason] : "?");
    ok(!strcmp(digest_join_reason_name[DIGEST_JOIN_NO_EDGE], "no edge"), "its short name");
    ok(j->edges == 0 && j->keys >= 1 && j->size_a == 2 && j->size_b == 2,
       "its figures: 0 edges, %u keys of the two alone, stories of %u and %u posts", j->keys,
       j->size_a, j->size_b);
    ok(j->held_a == 1 && j->held_b == 1 && !j->hold && j->half,
       "the town in one post of each: held 1/2 and 1/2, half of each");

    ok(nplain == ntraced, "the trace changes no selection (%zu items, %zu)", nplain, ntraced);
    for (size_t i = 0; i < nplain && i < ntraced; i++)
        ok(plain[i].post_id == traced[i].post_id && plain[i].nmerged == traced[i].nmerged,
           "item %zu the same", i);
    digest_items_free(plain, nplain);
    digest_items_free(traced, ntraced);
    return done_testing();
}
