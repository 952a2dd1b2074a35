/*
 * Two stories of one kind that share no name (eval/README.md, hundred-and-
 * twelfth round, precision): two posts whose titles open on two rubrics
 * neither post writes, that share common words ("grève", "reconduite",
 * "réunion") at a cosine above the rubric rule's 0.20 and no name or figure
 * at all, are two stories, a thin edge (digest_rubric_thin(), digest_rubric.c):
 * day 102's nurseries' strike and the rail controllers' strike, one town.
 * Two posts of one story that share no name either, but whose titles do not
 * open on two such rubrics, still make one story. Short invented posts,
 * French and English, grouped by digest_select() as tools/eval groups a day
 * (every group an item); the grouping's tracer (digest_trace.h) tells the
 * pair's cosine and its edge.
 */
#include "tap.h"

#include <stdint.h>
#include <string.h>

#include "digest.h"
#include "digest_int.h"
#include "digest_trace.h"

#define T0 1795672800000LL
#define T1 (T0 + 12 * 3600 * 1000LL)
#define NMAX 16

/* What the tracer saw of the pair of candidates 0 and 1. */
static struct {
    float cos;
    uint8_t verdict, thin, named;
} seen;

static void on_pair(void *ctx, const struct digest_trace_pair *p)
{
    (void)ctx;
    if (p->a == 0 && p->b == 1) {
        seen.cos = p->cos;
        seen.verdict = p->verdict;
        seen.thin = p->thin;
        seen.named = p->named;
    }
}

static const struct digest_tracer tracer = {.pair = on_pair};

/* Whether ps[0] and ps[1] end in one story, grouping ps[0..n) (1: one
 * story, 0: two, -1: an error); the pair's trace in seen. */
static int one_story(const struct digest_post *in, size_t n)
{
    struct digest_post ps[NMAX];
    struct digest_weights w;
    struct digest_item *items = NULL;
    size_t nitems = 0;
    long item[2] = {-1, -1};

    memset(ps, 0, sizeof ps);
    for (size_t i = 0; i < n; i++) {
        ps[i] = in[i];
        ps[i].id = ps[i].seq = (int64_t)i + 1;
        ps[i].importance = 1;
        ps[i].published_at = T0 + (int64_t)i * 600000;
    }
    digest_weights_default(&w);
    w.lang = ps[0].lang;
    w.max_items = n; /* every group, whatever its score */
    w.tag_cap = 0;
    w.floor = 0;
    memset(&seen, 0, sizeof seen);
    digest_tracer = &tracer;
    int rc = digest_select(ps, n, &w, T0, T1, 100, &items, &nitems);
    digest_tracer = NULL;
    if (rc < 0)
        return -1;
    for (size_t i = 0; i < nitems; i++)
        for (int p = 0; p < 2; p++) {
            if (items[i].seq == p + 1)
                item[p] = (long)i;
            for (size_t k = 0; k < items[i].nmerged; k++)
                if (items[i].merged[k] == p + 1)
                    item[p] = (long)i;
        }
    digest_items_free(items, nitems);
    return item[0] < 0 || item[1] < 0 ? -1 : item[0] == item[1];
}

/* The window's other stories, French. */
#define FR_OTHERS                                                                                   \
    {.lang = "fr",                                                                                  \
     .title = "Météo : un épisode de chaleur attendu jusqu'à dimanche",                             \
     .body = "Les températures dépasseront trente degrés dans l'après-midi, annoncent les "     \
             "prévisionnistes, qui recommandent de boire souvent."},                                \
        {.lang = "fr",                                                                              \
         .title = "Football : le club s'impose face au leader",                                     \
         .body = "Les joueurs ont signé samedi une victoire nette devant leur public, la "         \
                 "troisième de suite."},                                                            \
        {.lang = "fr",                                                                              \
         .title = "Incendie : un entrepôt de meubles détruit dans la nuit",                         \
         .body = "Les pompiers ont lutté plusieurs heures contre les flammes; personne n'a été " \
                 "blessé."},                                                                        \
        {.lang = "fr",                                                                              \
         .title = "Santé : les urgences de l'hôpital saturées",                                     \
         .body = "Les soignants dénoncent des attentes de plus de dix heures et un manque de "     \
                 "lits."},                                                                          \
    {                                                                                               \
        .lang = "fr", .title = "Culture : le festival de jazz dévoile sa programmation",            \
        .body = "Une trentaine de concerts sont prévus cet été sur les places de la ville."      \
    }

/* Day 102's shape: the nurseries' strike and the canteen cooks', each title
 * opening on its subject, renewed after one failed meeting at the town hall. */
static void test_unnamed_fr(void)
{
    struct digest_post ps[] = {
        {.lang = "fr",
         .title = "Crèches : la grève des agents reconduite jusqu'à jeudi",
         .body = "La grève des agents des crèches municipales a été reconduite jusqu'à jeudi "
                 "après une réunion sans accord mardi soir à la mairie. Les syndicats réclament "
                 "des renforts et une prime, et les parents cherchent une solution de garde."},
        {.lang = "fr",
         .title = "Cantines : la grève des cuisiniers reconduite, repas froids jusqu'à jeudi",
         .body = "La grève des cuisiniers de la restauration scolaire a été reconduite jusqu'à "
                 "jeudi après une réunion sans accord mardi soir à la mairie. Les syndicats "
                 "réclament des renforts et une prime; les élèves mangeront froid."},
        FR_OTHERS,
    };
    size_t n = sizeof ps / sizeof ps[0];
    is_int(one_story(ps, n), 0, "the nurseries' strike and the canteens': two stories");
    ok(seen.verdict == DIGEST_PAIR_EDGE && seen.cos > 0.20f,
       "(an edge of common words above the rubric rule's cosine: %.2f)", (double)seen.cos);
    ok(seen.named & EDGE_NO_NAME, "(no name or figure shared)");
    ok(seen.thin == DIGEST_THIN_TOUCHED, "(thinned by the rubrics alone)");

    /* The same story told twice: the second title opens on a subject the
     * first post writes (« crèches »), and they share no name either. */
    ps[1].title = "Grève dans les crèches : les parents sans solution jusqu'à jeudi";
    ps[1].body = "Les parents dont les enfants vont en crèche devront encore trouver une solution "
                 "de garde jusqu'à jeudi: la grève des agents a été reconduite après une réunion "
                 "sans accord mardi soir à la mairie, les syndicats réclamant des renforts.";
    is_int(one_story(ps, n), 1, "two posts of the nurseries' strike, no name shared: one story");
    ok(seen.named & EDGE_NO_NAME, "(no name or figure shared)");
}

/* The window's other stories, English. */
#define EN_OTHERS                                                                                  \
    {.lang = "en",                                                                                 \
     .title = "Weather: heatwave expected to last into the weekend",                               \
     .body = "Temperatures will climb above thirty degrees in the afternoon, forecasters said, "   \
             "urging people to drink often."},                                                     \
        {.lang = "en",                                                                             \
         .title = "Football: club beats the league leaders at home",                               \
         .body = "The players claimed a clear win in front of their own fans, their third in a "   \
                 "row."},                                                                          \
        {.lang = "en",                                                                             \
         .title = "Warehouse fire: furniture store destroyed overnight",                           \
         .body = "Firefighters battled the flames for several hours; nobody was hurt."},           \
        {.lang = "en",                                                                             \
         .title = "Hospital: emergency ward overwhelmed",                                          \
         .body = "Nurses describe waits of more than ten hours and a shortage of beds."},          \
    {                                                                                              \
        .lang = "en", .title = "Festival: jazz line-up unveiled",                                  \
        .body = "About thirty concerts are planned this summer in the squares of the city."        \
    }

static void test_unnamed_en(void)
{
    struct digest_post ps[] = {
        {.lang = "en",
         .title = "Nurseries: staff walkout extended after talks fail",
         .body = "The walkout by staff at council nurseries has been extended for three more days "
                 "after talks with the council broke up without a deal last night. The unions "
                 "want more staff and a pay rise, and parents are scrambling for childcare."},
        {.lang = "en",
         .title = "Buses: drivers' walkout extended after talks fail",
         .body = "Drivers at the council's bus company will stay off the road for three more "
                 "days after talks broke up without a deal last night, their unions said. They "
                 "want a pay rise; commuters face another week of delays and packed trains."},
        EN_OTHERS,
    };
    size_t n = sizeof ps / sizeof ps[0];
    is_int(one_story(ps, n), 0, "the nurseries' walkout and the bus drivers': two stories");
    ok(seen.verdict == DIGEST_PAIR_EDGE && seen.cos > 0.20f,
       "(an edge of common words above the rubric rule's cosine: %.2f)", (double)seen.cos);
    ok(seen.named & EDGE_NO_NAME, "(no name or figure shared)");
    ok(seen.thin == DIGEST_THIN_TOUCHED, "(thinned by the rubrics alone)");

    /* One story, the second title without a rubric. */
    ps[1].title = "Parents scramble for childcare as nursery walkout is extended";
    ps[1].body = "Parents are scrambling for childcare again after the walkout by staff at "
                 "council nurseries was extended for three more days, when talks with the council "
                 "broke up without a deal last night. The unions want more staff.";
    is_int(one_story(ps, n), 1, "two posts of the nurseries' walkout, no name shared: one story");
    ok(seen.named & EDGE_NO_NAME, "(no name or figure shared)");
}

int main(void)
{
    digest_tables_init();
    test_unnamed_fr();
    test_unnamed_en();
    return done_testing();
}
