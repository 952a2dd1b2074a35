/*
 * test_store_sources: drafts (held, listed apart, published or scheduled by
 * post_schedule) and the sources a channel follows (add with its cap and
 * uniqueness, claim with its lease, done, items found by guid, then link,
 * then content key) on a real SQLite file.
 */
#include "store/store.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "log.h"
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

static void test_sources(void)
{
    struct store_source s = {.channel_id = chan, .interval_s = 900, .importance = 2};
    struct store_source *v = NULL;
    size_t n = 0;

    snprintf(s.url, sizeof s.url, "https://gazette.example/feed.xml");
    is_int(store_source_add(st, &s), 0, "a source added");
    ok(s.id > 0 && s.next_at > 0 && s.created_at == s.next_at, "due at once");
    struct store_source again = s;
    is_int(store_source_add(st, &again), -EEXIST, "the same URL twice: -EEXIST");
    struct store_source bad = s;
    bad.channel_id = 424242;
    is_int(store_source_add(st, &bad), -ENOENT, "no such channel: -ENOENT");
    bad = s;
    bad.importance = 7;
    is_int(store_source_add(st, &bad), -EINVAL, "importance 7: -EINVAL");

    int64_t now = crier_now_ms();
    is_int(store_sources_claim(st, 0, now, 60000, 10, &v, &n), 0, "claim");
    ok(n == 1 && v[0].id == s.id && v[0].next_at == now + 60000, "claimed, leased for a minute");
    free(v);
    is_int(store_sources_claim(st, 0, now + 1000, 60000, 10, &v, &n), 0, "claim again");
    is_int((int)n, 0, "a leased source is not claimed twice");
    free(v);
    is_int(store_sources_claim(st, 0, now + 61000, 60000, 10, &v, &n), 0, "after the lease");
    is_int((int)n, 1, "it is due again (its fetcher died)");

    struct store_source done = v[0];
    free(v);
    snprintf(done.name, sizeof done.name, "La Gazette");
    snprintf(done.etag, sizeof done.etag, "\"abc\"");
    snprintf(done.last_error, sizeof done.last_error, "HTTP status 500");
    done.failures = 3;
    done.last_status = 500;
    done.items = 12;
    done.last_fetch_at = now;
    done.next_at = now + 900000;
    is_int(store_source_done(st, &done), 0, "outcome stored");
    is_int(store_source_get(st, s.id, &again), 0, "read back");
    ok(strcmp(again.name, "La Gazette") == 0 && strcmp(again.etag, "\"abc\"") == 0 &&
           again.failures == 3 && again.items == 12 && again.last_status == 500 &&
           strcmp(again.last_error, "HTTP status 500") == 0 && again.next_at == now + 900000,
       "every field of the outcome");

    /* items: guid, then link, then key */
    struct store_source_item it = {
        .source_id = s.id, .channel_id = chan, .post_id = 7, .seen_at = now};
    snprintf(it.guid, sizeof it.guid, "urn:gazette:1");
    snprintf(it.link, sizeof it.link, "https://gazette.example/a/1");
    memset(it.key, 0xAA, 32);
    memset(it.version, 0x01, 32);
    is_int(store_source_item_put(st, &it), 0, "an item stored");
    struct store_source_item f;
    int by = 0;
    unsigned char other[32];
    memset(other, 0xBB, 32);
    is_int(store_source_item_find(st, chan, "urn:gazette:1", "", other, &f, &by), 0, "by guid");
    ok(by == STORE_ITEM_BY_GUID && f.post_id == 7 && f.id > 0, "found by its guid");
    is_int(store_source_item_find(st, chan, "urn:other", "https://gazette.example/a/1", other, &f,
                                  &by),
           0, "by link");
    is_int(by, STORE_ITEM_BY_LINK, "a new guid, the same link: found by link");
    is_int(store_source_item_find(st, chan, "urn:other", "https://x.example/", it.key, &f, &by), 0,
           "by key");
    is_int(by, STORE_ITEM_BY_KEY, "another guid and link, the same words: found by key");
    is_int(store_source_item_find(st, chan, "urn:other", "https://x.example/", other, &f, &by),
           -ENOENT, "nothing matches: -ENOENT");
    is_int(store_source_item_find(st, chan + 1, "urn:gazette:1", "", other, &f, &by), -ENOENT,
           "items are the channel's");
    struct store_source_item gone = it;
    gone.id = 999999;
    is_int(store_source_item_put(st, &gone), -ENOENT, "an update of a row that is not there");
    is_int(store_source_item_find(st, chan, "urn:gazette:1", "", other, &f, &by), 0, "found");
    memset(f.version, 0x02, 32);
    is_int(store_source_item_put(st, &f), 0, "its version updated");
    is_int(store_source_item_find(st, chan, "urn:gazette:1", "", other, &f, &by), 0, "again");
    ok(f.version[0] == 0x02 && f.post_id == 7, "the new version, the same post");

    /* old items are forgotten when the source's outcome is stored */
    done.last_fetch_at = now + 31LL * 24 * 3600 * 1000;
    is_int(store_source_done(st, &done), 0, "a fetch a month later");
    is_int(store_source_item_find(st, chan, "urn:gazette:1", "", other, &f, &by), -ENOENT,
           "an item unseen for 30 days is forgotten");

    /* the cap, and remove */
    int added = 1, rc = 0;
    for (int i = 0; i < STORE_SOURCES_MAX + 5 && rc == 0; i++) {
        struct store_source x = {.channel_id = chan, .interval_s = 900, .importance = 1};
        snprintf(x.url, sizeof x.url, "https://feeds.example/%d.xml", i);
        if ((rc = store_source_add(st, &x)) == 0)
            added++;
    }
    is_int(rc, -ENOSPC, "past the cap: -ENOSPC");
    is_int(added, STORE_SOURCES_MAX, "exactly the cap");
    is_int(store_source_remove(st, chan, s.id), 0, "removed");
    is_int(store_source_remove(st, chan, s.id), -ENOENT, "removed twice: -ENOENT");
    is_int(store_source_list(st, chan, &v, &n), 0, "listed");
    is_int((int)n, STORE_SOURCES_MAX - 1, "one fewer");
    free(v);
    is_int(store_channel_delete(st, "gazette"), 0, "the channel deleted");
    is_int(store_source_list(st, 0, &v, &n), 0, "listed");
    is_int((int)n, 0, "its sources went with it");
    free(v);
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
    test_sources();
    store_close(st);
    return done_testing_in(tmpdir);
}
