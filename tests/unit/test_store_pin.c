/*
 * test_store_pin: a channel's pinned post (channel_pin): pin, move, unpin,
 * the STORE_EV_PIN event (its seq, data and the commit hook), what may not
 * be pinned (deleted, scheduled, a draft, another channel's, none), the
 * delete of the pinned post clearing the pin, and the pin kept across a
 * reopen, on a real SQLite file.
 */
#include "store/store.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "event.h"
#include "log.h"
#include "tap.h"

static char tmpdir[] = "/tmp/crier-test-store-pin-XXXXXX";

static struct store *st;
static int64_t chan, other;

/* What the commit hook saw: kinds and post ids of the pin events. */
static struct {
    pthread_mutex_t mu;
    int pins;
    int64_t last_post;
    char last_data[64];
} hk = {.mu = PTHREAD_MUTEX_INITIALIZER};

static void hook_fn(void *arg, const struct store_event *evs, size_t n)
{
    (void)arg;
    pthread_mutex_lock(&hk.mu);
    for (size_t i = 0; i < n; i++) {
        if (evs[i].kind != STORE_EV_PIN)
            continue;
        hk.pins++;
        hk.last_post = evs[i].post_id;
        snprintf(hk.last_data, sizeof hk.last_data, "%.*s", (int)evs[i].data_len, evs[i].data);
    }
    pthread_mutex_unlock(&hk.mu);
}

static int64_t make_channel(const char *slug)
{
    struct store_channel ch = {0};
    snprintf(ch.slug, sizeof ch.slug, "%s", slug);
    ch.title = (char *)"Titre";
    ch.description = (char *)"";
    snprintf(ch.lang, sizeof ch.lang, "fr");
    snprintf(ch.tz, sizeof ch.tz, "Europe/Paris");
    int rc = store_channel_create(st, &ch);
    return rc == 0 ? ch.id : rc;
}

static int64_t make_post(int64_t channel_id, const char *title, int64_t publish_at)
{
    struct post p;
    struct store_event ev;
    post_init(&p);
    p.title = strdup(title);
    post_set_body(&p, "Texte.");
    int rc = store_post_create(st, channel_id, &p, publish_at, &ev, NULL);
    int64_t id = rc == 0 ? p.id : -1;
    post_clear(&p);
    store_event_clear(&ev);
    return id;
}

static int64_t pinned(const char *slug)
{
    struct store_channel ch;
    if (store_channel_get(st, slug, &ch) < 0)
        return -1;
    int64_t id = ch.pinned_post_id;
    store_channel_clear(&ch);
    return id;
}

static void test_pin(void)
{
    struct store_event ev;
    struct buf json;
    int64_t a = make_post(chan, "Un", 0), b = make_post(chan, "Deux", 0);
    ok(a > 0 && b > 0, "two live posts");
    is_int(pinned("gazette"), 0, "a new channel has no pin");

    is_int(store_channel_pin(st, chan, a, &ev), 0, "pin a");
    is_int(ev.kind, STORE_EV_PIN, "a pin event");
    is_int(ev.seq, 3, "it takes the next seq");
    is_int(ev.post_id, a, "with the post's id");
    char want[64];
    snprintf(want, sizeof want, "{\"id\":%lld}", (long long)a);
    is_str(ev.data, want, "data {\"id\": N}");
    buf_init(&json, 4096);
    event_json(&json, &ev);
    ok(strstr(json.data, "\"type\":\"pin\"") != NULL, "its wire type is pin");
    buf_free(&json);
    store_event_clear(&ev);
    is_int(pinned("gazette"), a, "the channel holds the pin");
    pthread_mutex_lock(&hk.mu);
    ok(hk.pins == 1 && hk.last_post == a, "the commit hook got the pin event");
    pthread_mutex_unlock(&hk.mu);

    is_int(store_channel_pin(st, chan, b, &ev), 0, "pin b");
    is_int(ev.seq, 4, "another seq");
    store_event_clear(&ev);
    is_int(pinned("gazette"), b, "one pin at most: b replaced a");

    is_int(store_channel_pin(st, chan, 0, &ev), 0, "unpin");
    is_int(ev.kind, STORE_EV_PIN, "also a pin event");
    is_int(ev.post_id, 0, "with no post");
    is_str(ev.data, "{\"id\":null}", "data {\"id\": null}");
    buf_init(&json, 4096);
    event_json(&json, &ev);
    ok(strstr(json.data, "\"id\":null,") != NULL, "the wire id is null");
    buf_free(&json);
    store_event_clear(&ev);
    is_int(pinned("gazette"), 0, "no pin any more");
    pthread_mutex_lock(&hk.mu);
    ok(hk.pins == 3 && hk.last_post == 0 && strcmp(hk.last_data, "{\"id\":null}") == 0,
       "the hook saw all three");
    pthread_mutex_unlock(&hk.mu);

    struct store_event *evs = NULL;
    size_t n = 0;
    int64_t oldest, last;
    is_int(store_events_after(st, chan, 2, 10, &evs, &n, &oldest, &last), 0, "catch-up");
    ok(n == 3 && evs[0].kind == STORE_EV_PIN && evs[0].post_id == a &&
           evs[2].kind == STORE_EV_PIN && evs[2].post_id == 0,
       "catch-up carries the pin events in order");
    store_events_free(evs, n);
}

static void test_refused(void)
{
    struct store_event ev;
    int64_t live = make_post(chan, "Vivant", 0);
    int64_t later = make_post(chan, "Plus tard", crier_now_ms() + 3600 * 1000);
    int64_t draft = make_post(chan, "Brouillon", STORE_DRAFT_AT);
    int64_t foreign = make_post(other, "Ailleurs", 0);
    int64_t gone = make_post(chan, "Effacé", 0);
    is_int(store_post_delete(st, chan, gone, &ev, NULL), 0, "one deleted");
    store_event_clear(&ev);

    is_int(store_channel_pin(st, chan, live, &ev), 0, "pin a live post");
    store_event_clear(&ev);
    struct store_channel ch;
    is_int(store_channel_get(st, "gazette", &ch), 0, "channel");
    int64_t last_seq = ch.last_seq;
    store_channel_clear(&ch);

    is_int(store_channel_pin(st, chan, gone, &ev), -ENOENT, "a deleted post: -ENOENT");
    is_int(store_channel_pin(st, chan, later, &ev), -ENOENT, "a scheduled post: -ENOENT");
    is_int(store_channel_pin(st, chan, draft, &ev), -ENOENT, "a draft: -ENOENT");
    is_int(store_channel_pin(st, chan, foreign, &ev), -ENOENT, "another channel's: -ENOENT");
    is_int(store_channel_pin(st, chan, 999999, &ev), -ENOENT, "no such post: -ENOENT");
    is_int(store_channel_pin(st, 999999, 0, &ev), -ENOENT, "no such channel: -ENOENT");
    is_int(store_channel_pin(st, chan, -1, &ev), -EINVAL, "a negative id: -EINVAL");
    is_int(store_channel_get(st, "gazette", &ch), 0, "channel");
    ok(ch.pinned_post_id == live && ch.last_seq == last_seq,
       "a refused pin changes nothing and takes no seq");
    store_channel_clear(&ch);

    /* the delete of another post leaves the pin */
    int64_t more = make_post(chan, "Encore", 0);
    is_int(store_post_delete(st, chan, more, &ev, NULL), 0, "another post deleted");
    store_event_clear(&ev);
    is_int(pinned("gazette"), live, "the pin stays");
    /* the pinned post's delete clears it */
    is_int(store_post_delete(st, chan, live, &ev, NULL), 0, "the pinned post deleted");
    is_int(ev.kind, STORE_EV_DELETE, "one delete event (no pin event of its own)");
    store_event_clear(&ev);
    is_int(pinned("gazette"), 0, "the delete cleared the pin");
}

static void test_reopen(void)
{
    struct store_event ev;
    int64_t p = make_post(chan, "Durable", 0);
    is_int(store_channel_pin(st, chan, p, &ev), 0, "pinned");
    store_event_clear(&ev);
    store_close(st);
    is_int(store_open(&st, tmpdir), 0, "reopened");
    is_int(pinned("gazette"), p, "the pin is kept");
    struct store_channel *chs = NULL;
    size_t n = 0;
    int64_t seen = -1;
    is_int(store_channel_list(st, &chs, &n), 0, "listed");
    for (size_t i = 0; i < n; i++)
        if (chs[i].id == chan)
            seen = chs[i].pinned_post_id;
    is_int(seen, p, "the list carries it too");
    store_channels_free(chs, n);
    struct store_channel ch;
    is_int(store_channel_get_by_id(st, chan, &ch), 0, "by id");
    is_int(ch.pinned_post_id, p, "by id as well");
    store_channel_clear(&ch);
    is_int(store_channel_get_by_id(st, other, &ch), 0, "the other channel");
    is_int(ch.pinned_post_id, 0, "has none");
    store_channel_clear(&ch);
}

int main(void)
{
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    log_set_level(LOG_ERROR);
    is_int(store_open(&st, tmpdir), 0, "store opened");
    store_set_commit_hook(st, hook_fn, NULL);
    chan = make_channel("gazette");
    other = make_channel("autre");
    ok(chan > 0 && other > 0, "two channels");
    test_pin();
    test_refused();
    test_reopen();
    store_close(st);
    return done_testing_in(tmpdir);
}
