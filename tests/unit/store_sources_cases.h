/*
 * store_sources_cases.h: the sources a channel follows (store.h "sources"):
 * add with its cap and uniqueness, claim with its lease, done, items found
 * by guid, then link, then content key, remove; asserted once for both
 * backends: test_store_sources.c runs these cases on SQLite,
 * test_store_pg_sel.c on PostgreSQL. They read nothing but what the store
 * returns. The races (fetchers claiming on three nodes, concurrent adds at
 * the cap) are PostgreSQL's, in its file.
 */
#ifndef CRIER_TEST_STORE_SOURCES_CASES_H
#define CRIER_TEST_STORE_SOURCES_CASES_H

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "store/store.h"
#include "store_cases_common.h"
#include "tap.h"

/* Items: found by guid, then link, then content key; updated; forgotten
 * when unseen for 30 days. */
static void test_source_items(struct store *st, int64_t chan, struct store_source *done,
                              int64_t now)
{
    struct store_source_item it = {
        .source_id = done->id, .channel_id = chan, .post_id = 7, .seen_at = now};
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
    ok(by == STORE_ITEM_BY_GUID && f.post_id == 7 && f.id > 0 && f.source_id == done->id &&
           f.seen_at == now && !strcmp(f.link, it.link) && !memcmp(f.key, it.key, 32) &&
           !memcmp(f.version, it.version, 32),
       "found by its guid, every field read back");
    is_int(store_source_item_find(st, chan, "urn:other", "https://gazette.example/a/1", other, &f,
                                  &by),
           0, "by link");
    is_int(by, STORE_ITEM_BY_LINK, "a new guid, the same link: found by link");
    is_int(store_source_item_find(st, chan, "urn:other", "https://x.example/", it.key, &f, &by), 0,
           "by key");
    is_int(by, STORE_ITEM_BY_KEY, "another guid and link, the same words: found by key");
    is_int(store_source_item_find(st, chan, "urn:other", "https://x.example/", other, &f, &by),
           -ENOENT, "nothing matches: -ENOENT");
    is_int(store_source_item_find(st, chan + 1000, "urn:gazette:1", "", other, &f, &by), -ENOENT,
           "items are the channel's");
    struct store_source_item gone = it;
    gone.id = 999999;
    is_int(store_source_item_put(st, &gone), -ENOENT, "an update of a row that is not there");
    is_int(store_source_item_find(st, chan, "urn:gazette:1", "", other, &f, &by), 0, "found");
    memset(f.version, 0x02, 32);
    is_int(store_source_item_put(st, &f), 0, "its version updated");
    is_int(store_source_item_find(st, chan, "urn:gazette:1", "", other, &f, &by), 0, "again");
    ok(f.version[0] == 0x02 && f.version[31] == 0x02 && f.post_id == 7,
       "the new version, the same post");

    done->last_fetch_at = now + 31LL * 24 * 3600 * 1000;
    is_int(store_source_done(st, done), 0, "a fetch a month later");
    is_int(store_source_item_find(st, chan, "urn:gazette:1", "", other, &f, &by), -ENOENT,
           "an item unseen for 30 days is forgotten");
}

/* A source: added (its cap, its uniqueness), claimed with a lease, its
 * outcome stored, its items, removed, and gone with its channel. */
static void test_sources(struct store *st)
{
    int64_t chan = make_channel(st, "gazette");
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
    ok(n == 1 && v[0].id == s.id && v[0].next_at == now + 60000 && v[0].importance == 2 &&
           v[0].interval_s == 900 && !strcmp(v[0].url, s.url),
       "claimed, leased for a minute");
    free(v);
    is_int(store_sources_claim(st, 0, now + 1000, 60000, 10, &v, &n), 0, "claim again");
    is_int((int)n, 0, "a leased source is not claimed twice");
    free(v);
    is_int(store_sources_claim(st, chan + 1000, now + 61000, 60000, 10, &v, &n), 0, "elsewhere");
    is_int((int)n, 0, "another channel's claim leaves it");
    free(v);
    is_int(store_sources_claim(st, 0, now, 60000, 0, &v, &n), -EINVAL, "limit 0: -EINVAL");
    is_int(store_sources_claim(st, 0, now, 0, 5, &v, &n), -EINVAL, "no lease: -EINVAL");
    is_int(store_sources_claim(st, chan, now + 61000, 60000, 10, &v, &n), 0, "after the lease");
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
    test_source_items(st, chan, &done, now);

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
    is_int(store_source_get(st, s.id, &again), -ENOENT, "gone");
    done.id = s.id;
    is_int(store_source_done(st, &done), -ENOENT, "an outcome for a removed source: -ENOENT");
    is_int(store_source_list(st, chan, &v, &n), 0, "listed");
    is_int((int)n, STORE_SOURCES_MAX - 1, "one fewer");
    ok(n > 1 && v[0].id < v[1].id, "in id order");
    free(v);
    is_int(store_channel_delete(st, "gazette"), 0, "the channel deleted");
    is_int(store_source_list(st, 0, &v, &n), 0, "listed");
    is_int((int)n, 0, "its sources went with it");
    free(v);
}

#endif
