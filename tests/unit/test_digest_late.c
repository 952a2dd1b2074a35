/*
 * A lone follow-up's words past the ones read for its cosine (digest_late.c,
 * eval/README.md, hundred-and-ninth round): it opens on its new angle and
 * people and refers back to the story later in the sentence. Short
 * invented posts, French and English.
 */
#include "tap.h"

#include <stdint.h>

#include "digest.h"
#include "digest_int.h"
#include "digest_late.h"

/* Posts 0-2 one story, 3-4 another, 5 alone: the root post 5 ends in
 * after digest_late_attach(). */
static long late_story(const struct digest_post *ps)
{
    size_t cand[] = {0, 1, 2, 3, 4, 5}, parent[] = {0, 0, 0, 3, 3, 5};
    uint8_t pin[6] = {0}, filler[6] = {0};
    struct groups g = {.parent = parent, .pin = pin};
    struct keyset ks;
    struct postings pl;
    long t = -2;

    if (digest_read_posts(ps, cand, 6, &ks) == 0) {
        digest_build_index(&ks, 6, &pl);
        digest_late_attach(&ks, &pl, 6, filler, &g, NULL);
        t = (long)uf_find(g.parent, 5);
        digest_postings_free(&pl);
    }
    digest_keyset_free(&ks);
    return t;
}

static void test_late_words_fr(void)
{
    struct digest_post fr[] = {
        {.lang = "fr",
         .title = "Grève des chauffeurs de bus après une agression",
         .body = "Les chauffeurs de bus cessent le travail mercredi après l'agression d'un "
                 "collègue."},
        {.lang = "fr",
         .title = "Agression d'un chauffeur : la grève largement suivie",
         .body = "Aucun bus ne circule, la grève des chauffeurs est suivie à 95 %."},
        {.lang = "fr",
         .title = "Les usagers à pied pendant la grève",
         .body = "Les usagers marchent, les chauffeurs dénoncent l'agression de lundi."},
        {.lang = "fr",
         .title = "Incendie dans un entrepôt du port",
         .body = "Un incendie a détruit un entrepôt d'engrais du port mardi soir."},
        {.lang = "fr",
         .title = "Entrepôt du port : les pompiers maîtrisent le feu",
         .body = "Les pompiers ont maîtrisé le feu de l'entrepôt au petit matin."},
        {.lang = "fr",
         .title = "Le ministre propose des caméras-piétons",
         .body = "Le ministre régional de la Mobilité proposera jeudi au gouvernement "
                 "d'équiper de caméras individuelles tous les conducteurs des lignes "
                 "nocturnes, financées sur trois budgets annuels successifs, et des "
                 "cabines fermées sur les nouveaux véhicules commandés récemment, après "
                 "l'agression qui a déclenché la grève des chauffeurs."},
    };
    is_int(late_story(fr), 0, "the follow-up's late words are the strike's own: it joins it");
    fr[4].body = "Les pompiers, en grève depuis lundi, ont maîtrisé le feu de l'entrepôt.";
    fr[3].body = "Un incendie a détruit un entrepôt d'engrais du port, les chauffeurs évacués.";
    is_int(late_story(fr), 5, "words the fire's copy writes too are no story's own: alone");
}

static void test_late_words_en(void)
{
    struct digest_post en[] = {
        {.lang = "en",
         .title = "Dockworkers strike over pension cuts",
         .body = "Dockworkers walked out on Monday over pension cuts at the container port."},
        {.lang = "en",
         .title = "Pension strike idles container port",
         .body = "No ship was unloaded as the dockworkers' pension strike entered a second day."},
        {.lang = "en",
         .title = "Shippers divert cargo as dockworkers hold out",
         .body = "Shippers diverted cargo south while dockworkers held out over pensions."},
        {.lang = "en",
         .title = "Council approves stadium budget",
         .body = "The council approved the stadium budget after a long debate."},
        {.lang = "en",
         .title = "Stadium budget: residents object",
         .body = "Residents objected to the stadium budget at a packed hearing."},
        {.lang = "en",
         .title = "Governor names mediator",
         .body = "The governor on Wednesday named a retired judge, Ellen Price, to lead talks "
                 "between employers and unions, promising a report within ten days and "
                 "warning both sides that emergency legislation remained possible if "
                 "the talks failed, as the dockworkers' pension strike entered its third day."},
    };
    is_int(late_story(en), 0, "late \"dockworkers\" and \"pension\": the strike's own, it joins");
    en[4].body = "Residents objected to the stadium budget, some of them retired dockworkers.";
    en[3].body = "The council approved the stadium budget and a pension top-up for staff.";
    is_int(late_story(en), 5, "the stadium's copy writes them too: it stays alone");
}

/* The late words are marks of no weight, never a key the cosine reads. */
static void test_late_marks(void)
{
    struct digest_post p = {
        .lang = "fr",
        .title = "Le ministre propose des caméras-piétons",
        .body = "Le ministre régional de la Mobilité proposera jeudi au gouvernement d'équiper "
                "de caméras individuelles tous les conducteurs des lignes nocturnes, financées "
                "sur trois budgets annuels successifs, et des cabines fermées sur les nouveaux "
                "véhicules commandés récemment, après l'agression qui a déclenché la grève."};
    struct scratch sc;
    digest_scratch_init(&sc);
    ok(digest_post_keys(&sc, &p) == 0, "keys read");
    uint64_t wk = digest_word_key(&sc.stems, "fr", "grève", 6, "greve", 5);
    int weighed = 0, marked = 0;
    for (size_t k = 0; k < sc.nk; k++) {
        weighed |= sc.keys[k] == wk && sc.kw[k] > 0.0f;
        marked |= sc.keys[k] == digest_late_mark(wk) && sc.kw[k] == 0.0f;
    }
    ok(!weighed, "« grève », past the words read, is no key of weight");
    ok(marked, "it is a late mark of no weight");
    digest_scratch_free(&sc);
}

int main(void)
{
    digest_tables_init();
    test_late_words_fr();
    test_late_words_en();
    test_late_marks();
    return done_testing();
}
