/* Unit tests for src/reader.c on a real (temporary SQLite) store: a join
 * that fails after its reader was made (the last use of an invite taken by
 * someone else meanwhile, forced here through the store's ops table) leaves
 * no reader behind and no Set-Cookie in the answer; reader_abandon only
 * undoes a reader made by this request. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "crier.h"
#include "reader.h"
#include "store/store.h"
#include "tap.h"

static char tmpdir[] = "/tmp/crier-test-reader-XXXXXX";
static struct store *st;
static struct store_ops lossy; /* st's ops, with invite_join failing */

static int lost_race(struct store *s, const unsigned char hash[32], int64_t reader_id,
                     int64_t now_ms, struct store_member *out)
{
    (void)s, (void)hash, (void)reader_id, (void)now_ms, (void)out;
    return -EDQUOT; /* another reader took the last use after our check */
}

#define CSRF "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"

/* The invite form's POST from a browser that has its CSRF cookie. */
static const struct http_request *join_request(void)
{
    static struct http_request req;
    static const char *const h[] = {
        "host",   "news.example",     "origin",       "http://news.example",
        "cookie", "crier_csrf=" CSRF, "content-type", "application/x-www-form-urlencoded"};
    memset(&req, 0, sizeof req);
    req.method = HTTP_POST;
    req.path = "/+x";
    req.query = "";
    for (size_t i = 0; i < sizeof h / sizeof h[0]; i += 2) {
        req.headers[req.nheaders].name = h[i];
        req.headers[req.nheaders].value = h[i + 1];
        req.nheaders++;
    }
    req.body = "csrf=" CSRF;
    req.body_len = strlen(req.body);
    return &req;
}

static int readers_count(void)
{
    /* every reader made here has a token we never kept: count through
     * readers_prune, which deletes the unused ones seen before a cutoff */
    int64_t next = 0;
    size_t deleted = 0;
    if (store_readers_prune(st, 0, 1000, INT64_MAX, &next, &deleted) < 0)
        return -1;
    return (int)deleted;
}

static void test_failed_join_makes_no_reader(void)
{
    struct store_channel ch = {0};
    snprintf(ch.slug, sizeof ch.slug, "priv");
    ch.title = (char *)"Private";
    ch.description = (char *)"";
    snprintf(ch.lang, sizeof ch.lang, "en");
    snprintf(ch.tz, sizeof ch.tz, "UTC");
    ch.visibility = STORE_PRIVATE;
    is_int(store_channel_create(st, &ch), 0, "a private channel");
    char tok[READER_TOKEN_LEN + 1];
    struct store_invite inv = {.channel_id = ch.id, .max_uses = 1};
    is_int(token_new(tok), 0, "an invite token");
    auth_hash(tok, READER_TOKEN_LEN, inv.hash);
    memcpy(inv.prefix, tok, 8);
    is_int(store_invite_create(st, &inv), 0, "an invite with one use");

    /* The invite is live when looked at, then the join loses the race. */
    const struct store_ops *real = st->ops;
    lossy = *real;
    lossy.invite_join = lost_race;
    st->ops = &lossy;
    struct reader_ctx rc;
    struct response res;
    struct store_member mem;
    const struct http_request *req = join_request();
    response_init(&res);
    is_int(reader_identify(st, req, &rc), 0, "identify");
    is_int(rc.reader_id, 0, "a browser with no reader yet");
    is_int(reader_join_invite(st, tok, req, &rc, &res, &mem, NULL), -EDQUOT, "the join fails");
    st->ops = real;
    ok(strstr(res.extra, "crier_reader=") == NULL, "no reader cookie in the answer: %s", res.extra);
    is_int(rc.reader_id, 0, "the context holds no reader");
    is_int(readers_count(), 0, "no reader was left in the store");
    response_free(&res);

    /* The same join, not racing, makes the reader and sets its cookie. */
    response_init(&res);
    is_int(reader_identify(st, req, &rc), 0, "identify");
    is_int(reader_join_invite(st, tok, req, &rc, &res, &mem, NULL), 0, "the join succeeds");
    ok(strstr(res.extra, "Set-Cookie: crier_reader=") != NULL, "the reader cookie is set");
    ok(rc.reader_id > 0 && mem.state == STORE_MEMBER_ACTIVE, "a member");
    /* reader_abandon leaves a reader it did not make, or one in use. */
    rc.created = 0;
    reader_abandon(st, &rc, &res);
    ok(strstr(res.extra, "crier_reader=") != NULL && rc.reader_id > 0,
       "abandon does nothing to a reader this request did not make");
    rc.created = 1;
    reader_abandon(st, &rc, &res);
    is_int(readers_count(), 0, "a member's reader is never deleted (nothing was pruned)");
    response_free(&res);
}

int main(void)
{
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    if (store_open(&st, tmpdir) < 0) {
        printf("Bail out! store_open\n");
        return 1;
    }
    test_failed_join_makes_no_reader();
    store_close(st);
    return done_testing_in(tmpdir);
}
