/* Unit tests for src/member.c on a real (temporary SQLite) store: each
 * membership rule once, through the function that owns it. Joining (a
 * private channel refuses, and is never revealed), leaving, the read marker,
 * who may read, the feed URL and its key, invite states and joins, and the
 * device link. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "auth.h"
#include "crier.h"
#include "member.h"
#include "store/store.h"
#include "tap.h"
#include "token.h"

static char tmpdir[] = "/tmp/crier-test-member-XXXXXX";
static struct store *st;
static struct store_channel pub, priv, priv2;

static void channel(struct store_channel *ch, const char *slug, int visibility)
{
    memset(ch, 0, sizeof *ch);
    snprintf(ch->slug, sizeof ch->slug, "%s", slug);
    ch->title = (char *)"Title";
    ch->description = (char *)"";
    snprintf(ch->lang, sizeof ch->lang, "fr");
    snprintf(ch->tz, sizeof ch->tz, "Europe/Paris");
    ch->visibility = visibility;
    is_int(store_channel_create(st, ch), 0, "channel %s", slug);
}

/* A new reader; its cookie token into tok. */
static int64_t reader(char tok[TOKEN_LEN + 1])
{
    struct store_reader r = {0};
    if (token_new(tok) < 0)
        return 0;
    auth_hash(tok, TOKEN_LEN, r.hash);
    return store_reader_create(st, &r) == 0 ? r.id : 0;
}

/* A new invite of ch; its token into tok. */
static int64_t invite(const struct store_channel *ch, int approval, int64_t max_uses,
                      int64_t expires_at, char tok[TOKEN_LEN + 1])
{
    struct store_invite inv = {
        .channel_id = ch->id, .approval = approval, .max_uses = max_uses, .expires_at = expires_at};
    if (token_new(tok) < 0)
        return 0;
    auth_hash(tok, TOKEN_LEN, inv.hash);
    memcpy(inv.prefix, tok, 8);
    return store_invite_create(st, &inv) == 0 ? inv.id : 0;
}

static int state_of(const struct store_channel *ch, int64_t reader_id)
{
    int state = -1;
    if (member_state(st, ch->id, reader_id, &state) < 0)
        return -1;
    return state;
}

static void publish(const struct store_channel *ch)
{
    struct store_event ev = {0};
    struct post p;
    post_init(&p);
    p.title = strdup("news");
    is_int(store_post_create(st, ch->id, &p, 0, &ev, NULL), 0, "a post in %s", ch->slug);
    store_event_clear(&ev);
    post_clear(&p);
}

static void test_state_name(void)
{
    is_str(member_state_name(STORE_MEMBER_ACTIVE), "member", "active is member");
    is_str(member_state_name(STORE_MEMBER_PENDING), "pending", "pending");
    is_str(member_state_name(STORE_MEMBER_NONE), "none", "none");
    is_str(member_state_name(42), "none", "anything else is none");
    int state = -1;
    is_int(member_state(st, pub.id, 0, &state), 0, "no reader yet");
    is_int(state, STORE_MEMBER_NONE, "no reader yet: none");
}

static void test_join(void)
{
    char tok[TOKEN_LEN + 1], itok[TOKEN_LEN + 1];
    int64_t a = reader(tok), p = reader(tok);
    struct store_member m;
    int state = -1;

    ok(a > 0 && p > 0, "two readers");
    /* public */
    is_int(member_join_check(st, &pub, 0, &state), 1, "public, no reader yet: to make");
    is_int(state, STORE_MEMBER_NONE, "public, no reader yet: none");
    is_int(member_join_check(st, &pub, a, &state), 1, "public, a passer-by: to make");
    memset(&m, 0, sizeof m);
    is_int(member_join(st, &pub, a, &m), 0, "public: join");
    is_int(m.state, STORE_MEMBER_ACTIVE, "public: active at once");
    ok(m.channel_id == pub.id && m.reader_id == a, "the membership made");
    is_int(member_join_check(st, &pub, a, &state), 0, "public, a member: nothing to make");
    is_int(state, STORE_MEMBER_ACTIVE, "public, a member: active");
    is_int(member_join(st, &pub, a, &m), 0, "joining twice is fine");
    is_int(m.state, STORE_MEMBER_ACTIVE, "still active");
    /* A reader waiting through an approval invite of a public channel: Join
     * makes them active, since a public channel takes anyone. */
    ok(invite(&pub, 1, 0, 0, itok) > 0, "an approval invite of the public channel");
    is_int(member_invite_join(st, itok, p, &m), 0, "join through it");
    is_int(m.state, STORE_MEMBER_PENDING, "pending");
    is_int(member_join_check(st, &pub, p, &state), 1, "public, pending: Join makes a member");
    is_int(state, STORE_MEMBER_PENDING, "public, pending: the state told");

    /* private */
    is_int(member_join_check(st, &priv, 0, &state), -ENOENT, "private, no reader: not revealed");
    is_int(member_join_check(st, &priv, a, &state), -ENOENT, "private, a stranger: not revealed");
    is_int(member_join(st, &priv, a, &m), -ENOENT, "private: Join makes no member");
    is_int(state_of(&priv, a), STORE_MEMBER_NONE, "and none was made");
    ok(invite(&priv, 1, 0, 0, itok) > 0, "an approval invite of the private channel");
    is_int(member_invite_join(st, itok, p, &m), 0, "join through it");
    is_int(member_join_check(st, &priv, p, &state), 0, "private, pending: nothing to make");
    is_int(state, STORE_MEMBER_PENDING, "private, pending: pending");
    is_int(member_join(st, &priv, p, &m), -ENOENT, "private: Join does not approve");
    is_int(state_of(&priv, p), STORE_MEMBER_PENDING, "still pending");
    ok(invite(&priv, 0, 0, 0, itok) > 0, "an invite of the private channel");
    is_int(member_invite_join(st, itok, a, &m), 0, "join through it");
    is_int(member_join_check(st, &priv, a, &state), 0, "private, a member: nothing to make");
    is_int(state, STORE_MEMBER_ACTIVE, "private, a member: active");
}

static void test_leave(void)
{
    char tok[TOKEN_LEN + 1], itok[TOKEN_LEN + 1];
    int64_t a = reader(tok);
    struct store_member m;

    is_int(member_leave(st, &pub, 0), 0, "public, no reader: 0");
    is_int(member_leave(st, &pub, a), 0, "public, not in it: 0");
    is_int(member_join(st, &pub, a, &m), 0, "join the public channel");
    is_int(member_leave(st, &pub, a), 0, "leave it");
    is_int(state_of(&pub, a), STORE_MEMBER_NONE, "gone");
    is_int(member_leave(st, &priv, 0), -ENOENT, "private, no reader: not revealed");
    is_int(member_leave(st, &priv, a), -ENOENT, "private, not in it: not revealed");
    ok(invite(&priv, 0, 0, 0, itok) > 0, "an invite");
    is_int(member_invite_join(st, itok, a, &m), 0, "join the private channel");
    is_int(member_leave(st, &priv, a), 0, "leave it");
    is_int(state_of(&priv, a), STORE_MEMBER_NONE, "gone");
    is_int(member_leave(st, &priv, a), -ENOENT, "leave again: not revealed");
}

static void test_read(void)
{
    char tok[TOKEN_LEN + 1], itok[TOKEN_LEN + 1];
    int64_t a = reader(tok), p = reader(tok), s = reader(tok);
    struct store_member m;

    publish(&pub);
    publish(&pub);
    publish(&priv);
    is_int(member_read(st, &priv, s, 1), -ENOENT, "private, a stranger: not revealed");
    is_int(member_read(st, &priv, 0, 1), -ENOENT, "private, no reader: not revealed");
    ok(invite(&priv, 1, 0, 0, itok) > 0, "an approval invite");
    is_int(member_invite_join(st, itok, p, &m), 0, "pending");
    is_int(member_read(st, &priv, p, 1), -EACCES, "private, pending: refused, not hidden");
    is_int(member_read(st, &pub, s, 1), -EACCES, "public, a passer-by: refused");
    is_int(member_read(st, &pub, 0, 1), -EACCES, "public, no reader: refused");
    is_int(member_join(st, &pub, a, &m), 0, "a member of the public channel");
    is_int(m.read_seq, 2, "a new member has read everything so far");
    publish(&pub);
    is_int(member_read(st, &pub, a, 3), 0, "a member sets the marker");
    is_int(store_member_get(st, pub.id, a, &m), 0, "the membership");
    is_int(m.read_seq, 3, "the marker moved");
    ok(invite(&priv, 0, 0, 0, itok) > 0, "an invite");
    is_int(member_invite_join(st, itok, a, &m), 0, "a member of the private channel");
    is_int(member_read(st, &priv, a, 1), 0, "a private member sets the marker");
}

static void test_may_read(void)
{
    char tok[TOKEN_LEN + 1], itok[TOKEN_LEN + 1];
    int64_t a = reader(tok), p = reader(tok), s = reader(tok);
    struct store_member m;

    ok(invite(&priv, 0, 0, 0, itok) > 0, "an invite");
    is_int(member_invite_join(st, itok, a, &m), 0, "a member");
    ok(invite(&priv, 1, 0, 0, itok) > 0, "an approval invite");
    is_int(member_invite_join(st, itok, p, &m), 0, "a pending reader");
    is_int(member_may_read(st, &pub, 0), 0, "anyone reads a public channel");
    is_int(member_may_read(st, &pub, s), 0, "a passer-by reads a public channel");
    is_int(member_may_read(st, &priv, 0), -EACCES, "private, no reader: refused");
    is_int(member_may_read(st, &priv, s), -EACCES, "private, a stranger: refused");
    is_int(member_may_read(st, &priv, p), -EACCES, "private, pending: refused");
    is_int(member_may_read(st, &priv, a), 0, "private, a member reads");
    is_int(member_is_active(st, priv.id, a), 0, "a member is active");
    is_int(member_is_active(st, priv.id, p), -EACCES, "pending is not active");
    is_int(member_is_active(st, pub.id, s), -EACCES, "a passer-by is not active");
    is_int(member_is_active(st, pub.id, 0), -EACCES, "no reader is not active");
}

static void test_feed(void)
{
    char tok[TOKEN_LEN + 1], ptok[TOKEN_LEN + 1], itok[TOKEN_LEN + 1], url[160], url2[160];
    char small[30];
    int64_t a = reader(tok), p = reader(ptok);
    struct store_member m, pm, other;

    is_int(member_feed_url(st, &pub, NULL, NULL, url, sizeof url), 0, "public: a plain URL");
    is_str(url, "/pub/atom.xml", "public: the channel's feed");

    ok(invite(&priv, 0, 0, 0, itok) > 0, "an invite");
    is_int(member_invite_join(st, itok, a, &m), 0, "a member");
    is_int(member_feed_url(st, &priv, &m, tok, url, sizeof url), 0, "private: the member's URL");
    is_int(strncmp(url, "/priv/atom.xml?key=", 19), 0, "with ?key=: %s", url);
    const char *key = url + 19;
    is_int(token_shaped(key, TOKEN_LEN, TOKEN_LEN), 1, "a key of TOKEN_LEN characters");
    ok(strcmp(key, tok) != 0, "the key is not the reader's token");
    is_int(member_feed_url(st, &priv, &m, tok, url2, sizeof url2), 0, "asked again");
    is_str(url2, url, "the same key for the same membership");
    is_int(member_feed_key_check(st, priv.id, key), 0, "the key opens that channel");
    is_int(member_feed_key_check(st, priv2.id, key), -EACCES, "and no other");
    is_int(member_feed_key_check(st, priv.id, tok), -EACCES, "the reader's token is no key");
    is_int(member_feed_key_check(st, priv.id, "short"), -EACCES, "a malformed key");
    is_int(member_feed_key_check(st, priv.id, NULL), -EACCES, "no key");
    is_int(member_feed_url(st, &priv, &m, tok, small, sizeof small), -ENOBUFS,
           "a buffer too small");

    is_int(member_feed_url(st, &priv, NULL, tok, url2, sizeof url2), -EACCES, "no membership");
    is_int(member_feed_url(st, &priv, &m, "not-a-token", url2, sizeof url2), -EACCES,
           "a malformed reader token");
    other = m;
    other.channel_id = priv2.id;
    is_int(member_feed_url(st, &priv, &other, tok, url2, sizeof url2), -EACCES,
           "a membership of another channel");
    ok(invite(&priv, 1, 0, 0, itok) > 0, "an approval invite");
    is_int(member_invite_join(st, itok, p, &pm), 0, "a pending reader");
    is_int(member_feed_url(st, &priv, &pm, ptok, url2, sizeof url2), -EACCES,
           "pending: no feed key");

    is_int(member_leave(st, &priv, a), 0, "the member leaves");
    is_int(member_feed_key_check(st, priv.id, key), -EACCES, "the key no longer opens the feed");

    /* joined again (a later joined_at): a new key, the old one stays dead */
    struct timespec ms = {0, 5 * 1000 * 1000};
    nanosleep(&ms, NULL);
    is_int(member_invite_join(st, itok, a, &m), 0, "the reader comes back (pending)");
    is_int(store_member_approve(st, priv.id, a), 0, "approved");
    is_int(store_member_get(st, priv.id, a, &m), 0, "the new membership");
    is_int(member_feed_url(st, &priv, &m, tok, url2, sizeof url2), 0, "the new URL");
    ok(strcmp(url2, url) != 0, "a new key after joining again");
    is_int(member_feed_key_check(st, priv.id, url2 + 19), 0, "the new key opens the feed");
    is_int(member_feed_key_check(st, priv.id, key), -EACCES, "the old key does not");
}

static void test_invites(void)
{
    char tok[TOKEN_LEN + 1], live[TOKEN_LEN + 1], revoked[TOKEN_LEN + 1], expired[TOKEN_LEN + 1],
        once[TOKEN_LEN + 1], unknown[TOKEN_LEN + 1];
    int64_t now = crier_now_ms(), a = reader(tok), b = reader(tok), c = reader(tok);
    int64_t live_id = invite(&priv, 0, 3, now + 3600000, live);
    int64_t revoked_id = invite(&priv, 0, 0, 0, revoked);
    int64_t expired_id = invite(&priv, 0, 0, now - 1000, expired);
    int64_t once_id = invite(&priv, 0, 1, 0, once);
    struct store_invite inv;
    struct store_member m;

    ok(live_id && revoked_id && expired_id && once_id, "four invites");
    is_int(store_invite_revoke(st, priv.id, revoked_id, NULL), 0, "one revoked");
    is_int(token_new(unknown), 0, "a token of no invite");

    memset(&inv, 0, sizeof inv);
    is_int(member_invite_state(st, live, &inv), 0, "live");
    ok(inv.id == live_id && inv.channel_id == priv.id, "the live invite is filled");
    is_int(inv.uses, 0, "not used yet");
    memset(&inv, 0, sizeof inv);
    is_int(member_invite_state(st, revoked, &inv), -EKEYREVOKED, "revoked");
    is_int(inv.id, revoked_id, "a revoked invite is filled");
    memset(&inv, 0, sizeof inv);
    is_int(member_invite_state(st, expired, &inv), -EKEYEXPIRED, "expired");
    is_int(inv.id, expired_id, "an expired invite is filled");
    is_int(member_invite_state(st, unknown, &inv), -ENOENT, "unknown");
    is_int(member_invite_state(st, "has space in it!", &inv), -ENOENT, "malformed");
    is_int(member_invite_state(st, "abc", &inv), -ENOENT, "too short");

    /* a join uses a use */
    is_int(member_invite_join(st, live, a, &m), 0, "a joins through the live invite");
    is_int(m.state, STORE_MEMBER_ACTIVE, "a member");
    is_int(m.invite_id, live_id, "joined through it");
    is_int(member_invite_state(st, live, &inv), 0, "still live");
    is_int(inv.uses, 1, "one use taken");
    is_int(member_invite_join(st, live, a, &m), 0, "a again");
    is_int(member_invite_state(st, live, &inv), 0, "still live");
    is_int(inv.uses, 1, "a member coming back uses nothing");

    /* used up */
    is_int(member_invite_join(st, once, b, &m), 0, "b takes the only use");
    memset(&inv, 0, sizeof inv);
    is_int(member_invite_state(st, once, &inv), -EDQUOT, "used up");
    is_int(inv.id, once_id, "a used-up invite is filled");
    is_int(member_invite_join(st, once, c, &m), -EDQUOT, "c: used up");
    is_int(state_of(&priv, c), STORE_MEMBER_NONE, "c is no member");

    /* dead invites: no new member, but a member comes back */
    is_int(member_invite_check(st, live, 0, &inv), 0, "check: live, a new reader");
    is_int(member_invite_check(st, once, 0, &inv), -EDQUOT, "check: used up, a new reader");
    is_int(member_invite_check(st, revoked, 0, &inv), -EKEYREVOKED, "check: revoked, new reader");
    is_int(member_invite_check(st, expired, 0, &inv), -EKEYEXPIRED, "check: expired, new reader");
    is_int(member_invite_check(st, unknown, b, &inv), -ENOENT, "check: unknown, even a reader");
    is_int(member_invite_check(st, once, b, &inv), 0, "check: used up, a member coming back");
    is_int(member_invite_join(st, once, b, &m), 0, "b comes back through the used-up invite");
    is_int(m.state, STORE_MEMBER_ACTIVE, "b is a member");
    is_int(member_invite_join(st, revoked, a, &m), 0, "a comes back through a revoked invite");
    is_int(member_invite_join(st, expired, a, &m), 0, "a comes back through an expired invite");
    /* The check lets any existing reader go on to the join, which lets a
     * member back and refuses anyone else: */
    is_int(member_invite_check(st, revoked, c, &inv), 0, "check: revoked, a reader (the code)");
    is_int(member_invite_join(st, revoked, c, &m), -EKEYREVOKED, "c: revoked");
    is_int(member_invite_join(st, expired, c, &m), -EKEYEXPIRED, "c: expired");
    is_int(state_of(&priv, c), STORE_MEMBER_NONE, "c is still no member");
    is_int(member_invite_join(st, unknown, c, &m), -ENOENT, "an unknown invite");
    is_int(member_invite_join(st, "bad token!", c, &m), -ENOENT, "a malformed invite");
}

static void test_transfer(void)
{
    char tok[TOKEN_LEN + 1], got[TOKEN_LEN + 1], url[64], link[TOKEN_LEN + 1];
    int64_t a = reader(tok), who = -1, expires = 0, before = crier_now_ms();

    is_int(member_transfer_create(st, a, tok, url, sizeof url, &expires), 0, "a device link");
    is_int(strncmp(url, "/+device/", 9), 0, "under /+device/: %s", url);
    is_int(token_shaped(url + 9, TOKEN_LEN, TOKEN_LEN), 1, "a TOKEN_LEN link");
    ok(strstr(url, tok) == NULL, "the link does not show the reader's token");
    ok(expires >= before + MEMBER_TRANSFER_MS && expires <= crier_now_ms() + MEMBER_TRANSFER_MS,
       "valid for MEMBER_TRANSFER_MS");
    memcpy(link, url + 9, TOKEN_LEN + 1); /* checked token-shaped above */
    memset(got, 0, sizeof got);
    is_int(member_transfer_take(st, link, &who, got), 0, "taken");
    is_int(who, a, "the same reader");
    is_str(got, tok, "the reader's own token");
    who = -1;
    is_int(member_transfer_take(st, link, &who, got), -EALREADY, "taken twice: refused");
    is_int(who, 0, "no reader the second time");

    is_int(token_new(link), 0, "a token of no link");
    is_int(member_transfer_take(st, link, &who, got), -ENOENT, "an unknown link");
    is_int(member_transfer_take(st, "short", &who, got), -ENOENT, "a malformed link");
    is_int(member_transfer_create(st, a, "not-a-token", url, sizeof url, &expires), -ENOENT,
           "a malformed reader token");
    is_int(member_transfer_create(st, 0, tok, url, sizeof url, &expires), -ENOENT, "no reader");
    is_int(member_transfer_create(st, a, tok, url, 20, &expires), -ENOBUFS, "a URL too small");
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
    channel(&pub, "pub", STORE_PUBLIC);
    channel(&priv, "priv", STORE_PRIVATE);
    channel(&priv2, "priv2", STORE_PRIVATE);
    test_state_name();
    test_join();
    test_leave();
    test_read();
    test_may_read();
    test_feed();
    test_invites();
    test_transfer();
    store_close(st);
    return done_testing_in(tmpdir);
}
