/*
 * test_store_sources: drafts (held, listed apart, published or scheduled by
 * post_schedule) and the sources a channel follows (add with its cap and
 * uniqueness, claim with its lease, done, items found by guid, then link,
 * then content key) on a real SQLite file. The sources cases are shared
 * with PostgreSQL (store_sources_cases.h) and run here on a database of
 * their own.
 */
#include "store/store.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "log.h"
#include "store_sources_cases.h"
#include "tap.h"

static char tmpdir[] = "/tmp/crier-test-store-sources-XXXXXX";

static struct store *st;
static int64_t chan;

static void setup(void)
{
    struct store_channel ch = {0};
    is_int(store_open(&st, tmpdir), 0, "store opened");
    snprintf(ch.slug, sizeof ch.slug, "gazette");
    snprintf(ch.lang, sizeof ch.lang, "fr");
    snprintf(ch.tz, sizeof ch.tz, "Europe/Paris");
    is_int(store_channel_create(st, &ch), 0, "channel");
    chan = ch.id;
    store_channel_clear(&ch);
}

static int64_t make_post(const char *title, int64_t publish_at, struct store_event *ev)
{
    struct post p;
    post_init(&p);
    p.title = strdup(title);
    post_set_body(&p, "Texte.");
    int rc = store_post_create(st, chan, &p, publish_at, ev, NULL);
    int64_t id = rc == 0 ? p.id : -1;
    post_clear(&p);
    return id;
}

static void test_drafts(void)
{
    struct store_event ev = {0};
    struct post *v = NULL, p;
    size_t n = 0;
    int state = -1;

    int64_t d1 = make_post("Brouillon un", STORE_DRAFT_AT, &ev);
    ok(d1 > 0 && ev.seq == 0, "a draft is stored without a seq");
    store_event_clear(&ev);
    int64_t d2 = make_post("Brouillon deux", STORE_DRAFT_AT, &ev);
    store_event_clear(&ev);
    int64_t later = make_post("Programmé", crier_now_ms() + 3600 * 1000, &ev);
    store_event_clear(&ev);

    is_int(store_post_get(st, chan, d1, &p, &state), 0, "the draft reads back");
    is_int(state, STORE_POST_DRAFT, "its state is draft, not scheduled");
    post_clear(&p);
    is_int(store_posts_drafts(st, chan, 10, &v, &n), 0, "drafts listed");
    ok(n == 2 && v[0].id == d2 && v[1].id == d1, "both drafts, newest first");
    store_posts_free(v, n);
    is_int(store_posts_scheduled(st, chan, 10, &v, &n), 0, "scheduled listed");
    ok(n == 1 && v[0].id == later, "the scheduled list holds no draft");
    store_posts_free(v, n);

    size_t due = 99;
    is_int(store_publish_due(st, INT64_MAX - 1, &due), 0, "publish_due far in the future");
    is_int((int)due, 1, "publishes the scheduled post, never a draft");

    is_int(store_post_schedule(st, chan, d1, 0, &ev, NULL), 0, "a draft published now");
    ok(ev.seq > 0 && ev.kind == STORE_EV_POST && ev.post_id == d1, "with its post event");
    store_event_clear(&ev);
    is_int(store_post_get(st, chan, d1, &p, &state), 0, "read again");
    ok(state == STORE_POST_LIVE && p.seq > 0, "now live with a number");
    post_clear(&p);
    is_int(store_post_schedule(st, chan, d1, 0, &ev, NULL), -EALREADY, "a live post: -EALREADY");
    store_event_clear(&ev);

    int64_t at = crier_now_ms() + 7200 * 1000;
    is_int(store_post_schedule(st, chan, d2, at, &ev, NULL), 0, "a draft scheduled");
    ok(ev.seq == 0, "no event yet");
    store_event_clear(&ev);
    is_int(store_post_get(st, chan, d2, &p, &state), 0, "read again");
    ok(state == STORE_POST_SCHEDULED && p.publish_at == at, "scheduled at its time");
    post_clear(&p);
    is_int(store_post_schedule(st, chan, d2, STORE_DRAFT_AT, &ev, NULL), 0, "back to draft");
    store_event_clear(&ev);
    is_int(store_post_get(st, chan, d2, &p, &state), 0, "read again");
    is_int(state, STORE_POST_DRAFT, "a draft again");
    post_clear(&p);
    is_int(store_post_schedule(st, chan, 999999, 0, &ev, NULL), -ENOENT, "no such post");
    store_event_clear(&ev);
}

/* The shared sources cases, on a database of their own. */
static void test_sources_shared(void)
{
    char dir[512];
    struct store *sst = NULL;
    snprintf(dir, sizeof dir, "%s/sources", tmpdir);
    is_int(store_open(&sst, dir), 0, "a store for the sources");
    if (sst) {
        test_sources(sst);
        store_close(sst);
    }
}

int main(void)
{
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    log_set_level(LOG_ERROR);
    setup();
    test_drafts();
    test_sources_shared();
    store_close(st);
    return done_testing_in(tmpdir);
}
