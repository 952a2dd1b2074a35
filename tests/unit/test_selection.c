/* selection: when slots fall (DST in Paris and New York, +05:30 Kolkata),
 * the scheduler step publishing each slot exactly once, late and empty slots
 * skipped, the localized titles and the settings. Runs against a real SQLite
 * store with the injectable clock. */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "crier.h"
#include "log.h"
#include "selection.h"
#include "post_records.h"
#include "tap.h"
#include "tz.h"

static int64_t at(const char *iso) /* "2026-03-29T01:00:00Z" */
{
    struct tz_civil c = {0};
    sscanf(iso, "%d-%d-%dT%d:%d:%d", &c.year, &c.month, &c.day, &c.hour, &c.minute, &c.second);
    return (tz_days_from_civil(c.year, c.month, c.day) * 86400 + c.hour * 3600 + c.minute * 60 +
            c.second) *
           1000;
}

static struct store *st;

static int64_t mk_channel(const char *slug, const char *tz, const char *lang, const char *slots,
                          int64_t created)
{
    struct store_channel ch;
    memset(&ch, 0, sizeof ch);
    snprintf(ch.slug, sizeof ch.slug, "%s", slug);
    ch.title = strdup(slug);
    ch.description = strdup("");
    snprintf(ch.lang, sizeof ch.lang, "%s", lang);
    snprintf(ch.tz, sizeof ch.tz, "%s", tz);
    ch.selection = strdup(slots);
    crier_clock_set(created);
    int rc = store_channel_create(st, &ch);
    int64_t id = rc == 0 ? ch.id : -1;
    store_channel_clear(&ch);
    return id;
}

static void mk_post(int64_t channel, int64_t when, const char *title)
{
    struct store_event ev = {0};
    crier_clock_set(when);
    json_t *p = json_pack("{s:s, s:s, s:i, s:[], s:s}", "title", title, "body",
                          "Le gouvernement a présenté mardi un plan de relance pour l'industrie.",
                          "importance", 2, "tags", "lang", "fr");
    rec_post_create(st, channel, p, 0, &ev);
    store_event_clear(&ev);
    json_decref(p);
}

/* Steps the clock from `from` to `to` every `step` ms, running the
 * scheduler; returns how many selections it published. */
static int run_span(int64_t from, int64_t to, int64_t step)
{
    int total = 0;
    for (int64_t t = from; t <= to; t += step) {
        crier_clock_set(t);
        int rc = selection_run_due(st, t);
        if (rc > 0)
            total += rc;
    }
    return total;
}

static size_t count_selections(int64_t channel, const char *slot, const char *date,
                               int64_t *seq_out, int64_t *end_out)
{
    struct store_selection *s = NULL;
    size_t n = 0, hits = 0;
    store_selection_list(st, channel, 100, &s, &n);
    for (size_t i = 0; i < n; i++) {
        if ((!slot || strcmp(s[i].slot, slot) == 0) &&
            (!date || strcmp(s[i].local_date, date) == 0)) {
            hits++;
            if (seq_out)
                *seq_out = s[i].seq;
            if (end_out)
                *end_out = s[i].window_end;
        }
    }
    free(s);
    return hits;
}

struct race {
    int64_t now;
    int published;
};

static void *racer(void *arg)
{
    struct race *r = arg;
    r->published = selection_run_due(st, r->now);
    return NULL;
}

int main(void)
{
    char dir[] = "/tmp/crier-test-selection-XXXXXX", date[11], title[160];
    int64_t slot_ms, seq = 0, end = 0;

    log_set_level(LOG_ERROR);
    if (!mkdtemp(dir) || store_open(&st, dir) < 0) {
        printf("Bail out! cannot open a store\n");
        return 1;
    }

    /* Slot arithmetic across DST. */
    is_int(selection_slot_at_or_before("Europe/Paris", 2, 30, at("2026-03-29T01:10:00Z"), &slot_ms,
                                       date),
           0, "Paris spring-forward: a 02:30 slot exists");
    is_int(slot_ms, at("2026-03-29T01:00:00Z"), "it fires at 03:00 CEST, the end of the gap");
    is_str(date, "2026-03-29", "and belongs to that local date");
    selection_slot_at_or_before("Europe/Paris", 2, 30, at("2026-10-25T02:10:00Z"), &slot_ms, date);
    is_int(slot_ms, at("2026-10-25T00:30:00Z"), "Paris fall-back: 02:30 is its first occurrence");
    selection_slot_at_or_before("America/New_York", 1, 30, at("2026-11-01T06:45:00Z"), &slot_ms,
                                date);
    is_int(slot_ms, at("2026-11-01T05:30:00Z"), "New York fall-back: 01:30 EDT, not 01:30 EST");
    selection_slot_at_or_before("America/New_York", 2, 30, at("2026-03-08T07:10:00Z"), &slot_ms,
                                date);
    is_int(slot_ms, at("2026-03-08T07:00:00Z"),
           "New York spring-forward: 02:30 fires at 03:00 EDT");
    selection_slot_at_or_before("Asia/Kolkata", 19, 0, at("2026-11-26T14:00:00Z"), &slot_ms, date);
    is_int(slot_ms, at("2026-11-26T13:30:00Z"), "Kolkata 19:00 is 13:30Z (+05:30)");
    is_int(selection_slot_at_or_before("Mars/Olympus", 7, 0, at("2026-11-26T14:00:00Z"), &slot_ms,
                                       date) < 0,
           1, "an unknown zone is an error");

    /* The scheduler over Paris's spring-forward night: a 02:30 slot fires
     * once on the 29th (at the gap's end) and once on the 30th. */
    int64_t paris = mk_channel("paris", "Europe/Paris", "fr",
                               "{\"slots\":[{\"name\":\"nuit\",\"time\":\"02:30\"}]}",
                               at("2026-03-28T12:00:00Z"));
    mk_post(paris, at("2026-03-28T22:00:00Z"), "Avant le changement d'heure");
    int n1 = run_span(at("2026-03-28T23:00:00Z"), at("2026-03-29T12:00:00Z"), 5 * 60000);
    mk_post(paris, at("2026-03-29T20:00:00Z"), "Le lendemain");
    int n2 = run_span(at("2026-03-29T20:05:00Z"), at("2026-03-30T06:00:00Z"), 5 * 60000);
    is_int(n1 + n2, 2, "two nights, two selections");
    is_int(count_selections(paris, "nuit", "2026-03-29", &seq, &end), 1,
           "spring-forward day: exactly once");
    is_int(end, at("2026-03-29T01:00:00Z"), "its window ends at 03:00 CEST");
    is_int(count_selections(paris, "nuit", "2026-03-30", NULL, &end), 1, "next day: once");
    is_int(end, at("2026-03-30T00:30:00Z"), "at 02:30 CEST");

    /* New York's fall-back night: 01:30 happens twice, the slot fires once. */
    int64_t ny = mk_channel("ny", "America/New_York", "en",
                            "{\"slots\":[{\"name\":\"late\",\"time\":\"01:30\"}]}",
                            at("2026-10-31T12:00:00Z"));
    mk_post(ny, at("2026-11-01T03:00:00Z"), "Before the clocks go back");
    int n3 = run_span(at("2026-11-01T04:00:00Z"), at("2026-11-01T09:00:00Z"), 5 * 60000);
    is_int(n3, 1, "fall-back night: one selection");
    is_int(count_selections(ny, "late", "2026-11-01", NULL, &end), 1, "for 2026-11-01");
    is_int(end, at("2026-11-01T05:30:00Z"), "at the first 01:30 (EDT)");

    /* Kolkata's evening selection, in English. */
    int64_t kol = mk_channel("kolkata", "Asia/Kolkata", "en", "{}", at("2026-11-26T00:00:00Z"));
    mk_post(kol, at("2026-11-26T10:00:00Z"), "Monsoon review published");
    run_span(at("2026-11-26T13:00:00Z"), at("2026-11-26T14:00:00Z"), 60000);
    is_int(count_selections(kol, "evening", "2026-11-26", &seq, &end), 1,
           "Kolkata evening selection published");
    is_int(end, at("2026-11-26T13:30:00Z"), "at 19:00 IST");
    {
        json_t *rec = NULL;
        int state;
        struct store_selection s;
        store_selection_get(st, kol, "2026-11-26", "evening", &s);
        rec_post_get(st, kol, s.post_id, &rec, &state);
        is_str(json_string_value(json_object_get(rec, "title")),
               "Evening selection — Thursday 26 November", "its English title");
        ok(json_is_false(json_object_get(rec, "silent")), "non-silent");
        is_int(json_array_size(json_object_get(rec, "items")), 1, "one item");
        json_decref(rec);
    }

    /* Downtime: a slot 1 h 30 late is published at start-up; 2 h 30 late is
     * skipped. */
    int64_t late1 = mk_channel("late-one", "Europe/Paris", "fr", "{}", at("2026-11-25T20:00:00Z"));
    mk_post(late1, at("2026-11-26T05:00:00Z"), "Nuit agitée au Parlement");
    is_int(run_span(at("2026-11-26T07:30:00Z"), at("2026-11-26T07:30:00Z"), 1), 1,
           "1 h 30 late: published once");
    is_int(run_span(at("2026-11-26T07:31:00Z"), at("2026-11-26T07:40:00Z"), 60000), 0,
           "and not again");
    int64_t late2 = mk_channel("late-two", "Europe/Paris", "fr", "{}", at("2026-11-25T20:00:00Z"));
    mk_post(late2, at("2026-11-26T05:00:00Z"), "Nuit agitée au Sénat");
    run_span(at("2026-11-26T08:30:00Z"), at("2026-11-26T08:30:00Z"), 1);
    is_int(count_selections(late2, "morning", "2026-11-26", NULL, NULL), 0, "2 h 30 late: skipped");

    /* Nothing in the window: skipped, no empty post. */
    int64_t empty = mk_channel("empty", "Europe/Paris", "fr", "{}", at("2026-11-25T20:00:00Z"));
    run_span(at("2026-11-26T06:00:00Z"), at("2026-11-26T06:30:00Z"), 60000);
    is_int(count_selections(empty, NULL, NULL, NULL, NULL), 0, "an empty window publishes nothing");

    /* Switched off. */
    int64_t off =
        mk_channel("off", "Europe/Paris", "fr", "{\"enabled\":false}", at("2026-11-25T20:00:00Z"));
    mk_post(off, at("2026-11-26T05:00:00Z"), "Rien ne sort");
    run_span(at("2026-11-26T06:00:00Z"), at("2026-11-26T06:10:00Z"), 60000);
    is_int(count_selections(off, NULL, NULL, NULL, NULL), 0, "selections off: nothing");

    /* Four schedulers at once (several nodes): exactly one wins. */
    int64_t race = mk_channel("race", "Europe/Paris", "fr", "{}", at("2026-11-25T20:00:00Z"));
    mk_post(race, at("2026-11-26T05:00:00Z"), "Course contre la montre");
    pthread_t th[4];
    struct race rs[4];
    int won = 0;
    for (int i = 0; i < 4; i++) {
        rs[i].now = at("2026-11-26T06:00:30Z");
        pthread_create(&th[i], NULL, racer, &rs[i]);
    }
    for (int i = 0; i < 4; i++) {
        pthread_join(th[i], NULL);
        won += rs[i].published > 0 ? rs[i].published : 0;
    }
    is_int(count_selections(race, "morning", "2026-11-26", NULL, NULL), 1,
           "racing schedulers: one selection");
    is_int(won, 1, "exactly one scheduler published it");

    /* The next window starts where the previous selection ended. */
    mk_post(race, at("2026-11-26T12:00:00Z"), "L'après-midi");
    run_span(at("2026-11-26T18:00:00Z"), at("2026-11-26T18:00:00Z"), 1);
    {
        struct store_selection ev;
        is_int(store_selection_get(st, race, "2026-11-26", "evening", &ev), 0, "evening published");
        is_int(ev.window_start, at("2026-11-26T06:00:00Z"),
               "its window starts at the morning's end");
    }

    /* Candidates carry the ranking fields, tags included. */
    {
        int64_t tg = mk_channel("tags", "Europe/Paris", "fr", "{}", at("2026-11-25T20:00:00Z"));
        struct store_event ev = {0};
        struct store_candidate *cs = NULL;
        size_t n = 0;
        crier_clock_set(at("2026-11-26T05:00:00Z"));
        json_t *p = json_pack("{s:s, s:s, s:i, s:[s, s], s:s, s:s}", "title", "« Titre » M. X",
                              "body", "Corps.", "importance", 3, "tags", "politique", "europe",
                              "lang", "fr", "source_url", "https://exemple.fr/a");
        rec_post_create(st, tg, p, 0, &ev);
        store_event_clear(&ev);
        json_decref(p);
        store_candidates(st, tg, at("2026-11-26T00:00:00Z"), at("2026-11-26T06:00:00Z"), &cs, &n);
        ok(n == 1 && cs[0].ntags == 2 && strcmp(cs[0].tags[0], "politique") == 0 &&
               strcmp(cs[0].tags[1], "europe") == 0,
           "candidate tags");
        ok(n == 1 && strcmp(cs[0].title, "« Titre » M. X") == 0 &&
               strcmp(cs[0].body, "Corps.") == 0 && strcmp(cs[0].lang, "fr") == 0 &&
               strcmp(cs[0].source_url, "https://exemple.fr/a") == 0 && cs[0].importance == 3,
           "candidate title, body, lang, source and importance");
        store_candidates_free(cs, n);
    }

    /* Titles. */
    selection_title("fr", "morning", "2026-11-26", title, sizeof title);
    is_str(title, "Sélection du matin — jeudi 26 novembre", "French morning title");
    selection_title("fr-CA", "evening", "2026-12-01", title, sizeof title);
    is_str(title, "Sélection du soir — mardi 1er décembre", "French evening title, 1er");
    selection_title("en", "morning", "2026-11-26", title, sizeof title);
    is_str(title, "Morning selection — Thursday 26 November", "English morning title");
    selection_title("de", "midi", "2026-11-26", title, sizeof title);
    is_str(title, "Midi selection — Thursday 26 November", "other language: English, slot name");
    selection_title("fr", "midi", "2026-11-26", title, sizeof title);
    is_str(title, "Sélection de midi — jeudi 26 novembre",
           "a French slot name is a name, not a quote");
    selection_title("fr", "après-midi", "2026-11-26", title, sizeof title);
    is_str(title, "Sélection d'après-midi — jeudi 26 novembre", "elided before a vowel");
    selection_title("fr", "été", "2026-11-26", title, sizeof title);
    is_str(title, "Sélection d'été — jeudi 26 novembre", "and before é");

    /* Settings. */
    struct selection_config cfg;
    char err[128], *text = NULL;
    is_int(selection_config_parse("{}", &cfg, err, sizeof err), 0, "{} is the defaults");
    ok(cfg.enabled && cfg.nslots == 2 && cfg.slots[0].hour == 7 && cfg.slots[1].hour == 19,
       "defaults: morning 07:00 and evening 19:00");
    is_int(selection_config_parse("{\"slots\":[{\"name\":\"x\",\"time\":\"25:00\"}]}", &cfg, err,
                                  sizeof err),
           -EINVAL, "25:00 is refused");
    is_int(selection_config_parse("{\"colour\":1}", &cfg, err, sizeof err), -EINVAL,
           "unknown settings are refused");
    json_t *patch = json_pack("{s:b}", "enabled", 0);
    is_int(selection_config_patch("{\"max_items\":5}", patch, &text, err, sizeof err), 0,
           "a patch merges");
    is_str(text, "{\"enabled\":false,\"max_items\":5}", "into the stored settings");
    free(text);
    json_decref(patch);
    patch = json_pack("{s:{s:f}}", "weights", "coverage", 3.0);
    selection_config_patch("{\"weights\":{\"importance\":2}}", patch, &text, err, sizeof err);
    is_str(text, "{\"weights\":{\"coverage\":3.0,\"importance\":2}}",
           "a weight patch keeps the other weights");
    free(text);
    json_decref(patch);

    crier_clock_set(0);
    store_close(st);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0)
        printf("# could not remove %s\n", dir);
    return done_testing();
}
