/*
 * test_store_cache: the channel rows a publish reads (store_channel_get_cached)
 * on a real SQLite file, with a second store handle on the same file standing
 * for another process (the CLI, another node). A row is read once and then
 * served from the cache; this process's changes show at once; another
 * process's access change (a channel made private, a delete) shows once the
 * access changes are read, as the server's poll and bus do; its other
 * changes (a title) show after the TTL; unknown names are never kept; and the
 * cache holds at most STORE_CACHE_SLOTS rows, whatever names are asked.
 * Token rows (store_token_lookup_cached) the same way: a revocation here
 * forgets them at once, another process's once the access changes are read,
 * a last use set here shows in the cached row, an unknown hash is never kept.
 */
#include "store/store.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "crier.h"
#include "log.h"
#include "store/store_cache.h"
#include "tap.h"

static char tmpdir[] = "/tmp/crier-test-store-cache-XXXXXX";
static struct store *st, *other; /* this process, and another one */

static int64_t make_channel(struct store *s, const char *slug, const char *title)
{
    struct store_channel ch = {0};
    snprintf(ch.slug, sizeof ch.slug, "%s", slug);
    ch.title = (char *)title;
    ch.description = (char *)"";
    snprintf(ch.lang, sizeof ch.lang, "fr");
    snprintf(ch.tz, sizeof ch.tz, "Europe/Paris");
    int rc = store_channel_create(s, &ch);
    return rc == 0 ? ch.id : rc;
}

static void counts(uint64_t *hits, uint64_t *misses)
{
    store_cache_counts(st->cache, hits, misses);
}

/* The cached row's title ("" when the lookup fails). */
static const char *cached_title(const char *slug, char buf[64])
{
    struct store_channel ch = {0};
    buf[0] = '\0';
    if (store_channel_get_cached(st, slug, &ch) == 0)
        snprintf(buf, 64, "%s", ch.title);
    store_channel_clear(&ch);
    return buf;
}

/* Sets a channel's title or visibility through store s. */
static int change(struct store *s, const char *slug, const char *title, int visibility)
{
    struct store_channel ch = {0};
    int rc = store_channel_get(s, slug, &ch);
    if (rc < 0)
        return rc;
    if (title) {
        free(ch.title);
        ch.title = strdup(title);
    }
    if (visibility >= 0)
        ch.visibility = visibility;
    free(ch.selection);
    ch.selection = NULL; /* keeps the stored settings */
    rc = store_channel_update(s, &ch);
    store_channel_clear(&ch);
    return rc;
}

static void read_access_changes(struct store *s)
{
    static int64_t gen = -1;
    int64_t ids[8];
    size_t n = 0;
    if (gen < 0)
        store_access_changes(s, -1, NULL, 0, &n, &gen);
    else
        store_access_changes(s, gen, ids, 8, &n, &gen);
}

static void sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

static void test_hits_and_own_changes(void)
{
    char b[64];
    uint64_t h0, m0, h1, m1;
    ok(make_channel(st, "gazette", "La Gazette") > 0, "a channel");
    counts(&h0, &m0);
    is_str(cached_title("gazette", b), "La Gazette", "read");
    is_str(cached_title("gazette", b), "La Gazette", "read again");
    counts(&h1, &m1);
    ok(m1 - m0 == 1 && h1 - h0 == 1, "the store once, then the cache");

    is_int(change(st, "gazette", "La Gazette du soir", -1), 0, "this process renames it");
    is_str(cached_title("gazette", b), "La Gazette du soir", "the new title at once");

    struct store_channel ch = {0};
    is_int(store_channel_get_cached(st, "nowhere", &ch), -ENOENT, "an unknown channel");
    counts(&h0, &m0);
    store_channel_get_cached(st, "nowhere", &ch);
    counts(&h1, &m1);
    ok(m1 - m0 == 1 && h1 == h0, "is never kept: asked again, the store answers");
}

static void test_other_process(void)
{
    char b[64];
    ok(make_channel(st, "sport", "Sport") > 0, "another channel");
    read_access_changes(st); /* the generation as the server starts */
    is_str(cached_title("sport", b), "Sport", "cached");

    /* A title changed elsewhere records no access change: the TTL bounds it. */
    struct store_channel ch = {0};
    is_int(change(other, "sport", "Sports", -1), 0, "another process renames it");
    is_str(cached_title("sport", b), "Sport", "the cache still has the old title");
    sleep_ms(STORE_CACHE_TTL_MS + 50);
    is_str(cached_title("sport", b), "Sports", "and the new one after the TTL");

    /* A visibility change is an access change: reading them forgets the row. */
    is_int(change(other, "sport", NULL, STORE_PRIVATE), 0, "another process makes it private");
    store_channel_get_cached(st, "sport", &ch);
    is_int(ch.visibility, STORE_PUBLIC, "not seen before the access changes are read");
    store_channel_clear(&ch);
    read_access_changes(st);
    store_channel_get_cached(st, "sport", &ch);
    is_int(ch.visibility, STORE_PRIVATE, "seen as soon as they are");
    store_channel_clear(&ch);

    is_int(store_channel_delete(other, "sport"), 0, "another process deletes it");
    read_access_changes(st);
    is_int(store_channel_get_cached(st, "sport", &ch), -ENOENT, "gone once read");
}

static int64_t make_token(struct store *s, unsigned char tag, struct store_token *t)
{
    memset(t, 0, sizeof *t);
    memset(t->hash, tag, sizeof t->hash);
    t->scope = STORE_SCOPE_PUBLISH;
    t->channel_id = make_channel(s, tag == 1 ? "jetons-1" : "jetons-2", "Jetons");
    return store_token_create(s, t) == 0 ? t->id : -1;
}

static void test_tokens(void)
{
    struct store_token a, b, got;
    uint64_t h0, m0, h1, m1;
    unsigned char unknown[32];

    ok(make_token(st, 1, &a) > 0 && make_token(st, 2, &b) > 0, "two publish tokens");
    read_access_changes(st);
    counts(&h0, &m0);
    is_int(store_token_lookup_cached(st, a.hash, &got), 0, "the first token");
    is_int(store_token_lookup_cached(st, a.hash, &got), 0, "asked again");
    counts(&h1, &m1);
    ok(m1 - m0 == 1 && h1 - h0 == 1, "the store once, then the cache");
    ok(got.id == a.id && got.scope == STORE_SCOPE_PUBLISH && got.channel_id == a.channel_id &&
           memcmp(got.hash, a.hash, sizeof a.hash) == 0,
       "the cached row is the token's");

    int64_t now = crier_now_ms();
    is_int(store_token_touch(st, a.id, now), 0, "its last use set here");
    store_token_lookup_cached(st, a.hash, &got);
    ok(got.last_used_at == now, "shows in the cached row");

    memset(unknown, 9, sizeof unknown);
    is_int(store_token_lookup_cached(st, unknown, &got), -ENOENT, "an unknown hash");
    counts(&h0, &m0);
    store_token_lookup_cached(st, unknown, &got);
    counts(&h1, &m1);
    ok(m1 - m0 == 1 && h1 == h0, "is never kept");

    is_int(store_token_revoke(st, a.id), 0, "this process revokes the first token");
    is_int(store_token_lookup_cached(st, a.hash, &got), -ENOENT, "refused at once");

    is_int(store_token_lookup_cached(st, b.hash, &got), 0, "the second token, cached");
    is_int(store_token_revoke(other, b.id), 0, "another process revokes it");
    is_int(store_token_lookup_cached(st, b.hash, &got), 0,
           "the cache still has it (a write checks it in its transaction)");
    is_int(store_token_lookup(st, b.hash, &got), -ENOENT, "the store's own lookup does not");
    read_access_changes(st);
    is_int(store_token_lookup_cached(st, b.hash, &got), -ENOENT,
           "forgotten once the access changes are read");
}

static void test_bounded(void)
{
    char slug[32], b[64];
    for (int i = 0; i < 2 * STORE_CACHE_SLOTS; i++) {
        snprintf(slug, sizeof slug, "c%d", i);
        make_channel(st, slug, slug);
    }
    for (int i = 0; i < 2 * STORE_CACHE_SLOTS; i++) {
        snprintf(slug, sizeof slug, "c%d", i);
        cached_title(slug, b);
    }
    uint64_t h0, m0, h1, m1;
    counts(&h0, &m0);
    for (int i = 0; i < 2 * STORE_CACHE_SLOTS; i++) {
        snprintf(slug, sizeof slug, "c%d", i);
        cached_title(slug, b);
    }
    counts(&h1, &m1);
    ok(h1 - h0 <= STORE_CACHE_SLOTS && m1 - m0 >= STORE_CACHE_SLOTS,
       "%d channels asked twice: at most %d answered from the cache (%llu)", 2 * STORE_CACHE_SLOTS,
       STORE_CACHE_SLOTS, (unsigned long long)(h1 - h0));
    is_str(cached_title("c7", b), "c7", "each answer still the right row");
}

int main(void)
{
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    log_set_level(LOG_ERROR);
    if (store_open(&st, tmpdir) < 0 || store_open(&other, tmpdir) < 0)
        return 1;
    test_hits_and_own_changes();
    test_other_process();
    test_tokens();
    test_bounded();
    store_close(other);
    store_close(st);
    return done_testing_in(tmpdir);
}
