/*
 * store_members_cases.h: the store's tokens, readers, device links,
 * invites, memberships, unread counts, feed keys, access changes and reader
 * cleanup (store.h), asserted once for both backends: test_store.c runs
 * these cases on SQLite, test_store_pg_members.c on PostgreSQL. Each case
 * gets two handles on one database: st, and other standing for another
 * node (on SQLite, a second store_open of the same directory), and, where
 * it must see what the calls do not return, a struct raw_db (raw_db.h).
 * On PostgreSQL every case runs on the same database, one after another:
 * the readers, invites and slugs each case makes are its own, and what it
 * counts it counts relative to what was there. What only one backend has
 * stays in its file: SQLite's migrations, durability and database file,
 * its single-handle invite race and a reopened store's ids; PostgreSQL's
 * races on three nodes (an invite, the access poll).
 *
 * Not to be included with store_notify_cases.h: both define make_channel
 * and make_reader, each as its own cases need them. May be included with
 * store_sel_cases.h: both take make_channel and post from
 * store_cases_common.h.
 */
#ifndef CRIER_TEST_STORE_MEMBERS_CASES_H
#define CRIER_TEST_STORE_MEMBERS_CASES_H

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "crier.h"
#include "post_records.h"
#include "raw_db.h"
#include "store_cases_common.h"
#include "store/store.h"
#include "tap.h"

/* ---- fixtures (make_channel and post: store_cases_common.h) ---- */

/* A distinct 32-byte hash per (tag, i). */
static inline void fake_hash(unsigned char h[32], int tag, int i)
{
    for (int k = 0; k < 32; k++)
        h[k] = (unsigned char)(tag * 31 + i * 7 + k * 13);
    h[0] = (unsigned char)tag;
    h[1] = (unsigned char)i;
    h[2] = (unsigned char)(i >> 8);
}

static inline int64_t make_reader(struct store *st, int i)
{
    struct store_reader r = {0};
    fake_hash(r.hash, 1, i);
    int rc = store_reader_create(st, &r);
    return rc == 0 ? r.id : rc;
}

static inline int64_t make_invite(struct store *st, int64_t ch, int i, int64_t expires_at,
                                  int64_t max_uses, int approval, unsigned char hash[32])
{
    struct store_invite inv = {
        .channel_id = ch, .expires_at = expires_at, .max_uses = max_uses, .approval = approval};
    fake_hash(inv.hash, 2, i);
    snprintf(inv.prefix, sizeof inv.prefix, "pre%05d", i);
    snprintf(inv.label, sizeof inv.label, "invite %d", i);
    int rc = store_invite_create(st, &inv);
    if (hash)
        memcpy(hash, inv.hash, 32);
    return rc == 0 ? inv.id : rc;
}

/* A join of an invite from a thread of its own: the races' worker. */
struct join_arg {
    struct store *st;
    const unsigned char *hash;
    int64_t reader;
    int rc;
    int state;
};

static inline void *join_thread(void *p)
{
    struct join_arg *a = p;
    struct store_member m = {0};
    a->rc = store_invite_join(a->st, a->hash, a->reader, crier_now_ms(), &m);
    a->state = m.state;
    return NULL;
}

/* ---- tokens and readers ---- */

static void test_tokens(struct store *st, struct store *other, const struct raw_db *db)
{
    int64_t ch = make_channel(st, "tok");
    struct store_token a = {.scope = STORE_SCOPE_ADMIN},
                       b = {.scope = STORE_SCOPE_PUBLISH, .channel_id = ch};
    struct store_token got;

    for (int i = 0; i < 32; i++) {
        a.hash[i] = (unsigned char)i;
        b.hash[i] = (unsigned char)(255 - i);
    }
    snprintf(a.label, sizeof a.label, "admin");
    snprintf(b.label, sizeof b.label, "newsroom");
    is_int(store_token_create(st, &a), 0, "token_create admin");
    is_int(store_token_create(st, &b), 0, "token_create publish");
    ok(a.id > 0 && b.id > a.id && a.created_at > 0, "ids and created_at filled");
    is_int(store_token_create(other, &a), -EEXIST, "same hash, another node -> -EEXIST");
    struct store_token bad = {.scope = STORE_SCOPE_PUBLISH, .channel_id = 999999};
    memset(bad.hash, 0x77, 32);
    is_int(store_token_create(st, &bad), -ENOENT, "unknown channel -> -ENOENT");

    is_int(store_token_lookup(other, b.hash, &got), 0, "lookup by hash on another node");
    is_int(got.id, b.id, "right token");
    is_int(got.scope, STORE_SCOPE_PUBLISH, "scope");
    is_int(got.channel_id, ch, "channel_id");
    is_str(got.label, "newsroom", "label");
    is_int(got.last_used_at, 0, "never used");
    is_int(got.revoked_at, 0, "live");
    ok(memcmp(got.hash, b.hash, 32) == 0, "hash round-trips");
    store_token_lookup(st, a.hash, &got);
    is_int(got.channel_id, 0, "an admin token has no channel");
    unsigned char other_hash[32];
    memcpy(other_hash, b.hash, 32);
    other_hash[31] ^= 1;
    is_int(store_token_lookup(st, other_hash, &got), -ENOENT, "unknown hash -> -ENOENT");

    is_int(store_token_touch(st, b.id, 12345), 0, "token_touch");
    store_token_lookup(other, b.hash, &got);
    is_int(got.last_used_at, 12345, "touch sets last_used_at");
    is_int(store_token_touch(st, 4242, 1), -ENOENT, "touch unknown -> -ENOENT");

    is_int(store_token_revoke(other, a.id), 0, "token_revoke on one node");
    is_int(store_token_lookup(st, a.hash, &got), -ENOENT, "revoked -> -ENOENT on the other");
    long long first = raw_val(db, "SELECT revoked_at FROM tokens WHERE id = %lld", (long long)a.id);
    ok(first > 0, "revoked_at set");
    usleep(2000);
    is_int(store_token_revoke(st, a.id), 0, "revoking again succeeds");
    is_int(raw_val(db, "SELECT revoked_at FROM tokens WHERE id = %lld", (long long)a.id), first,
           "and keeps the first time");
    is_int(store_token_revoke(st, 4242), -ENOENT, "revoke unknown -> -ENOENT");

    struct store_token *list;
    size_t n;
    is_int(store_token_list(other, &list, &n), 0, "token_list");
    is_int(n, 2, "both listed");
    ok(n == 2 && list[0].id == a.id && list[0].revoked_at > 0 && list[1].revoked_at == 0,
       "list shows revocation, by id");
    ok(n == 2 && memcmp(list[1].hash, b.hash, 32) == 0 && strcmp(list[1].label, "newsroom") == 0,
       "with hash and label");
    free(list);

    /* a label that fills its field is stored without running past it */
    struct store_token full = {.scope = STORE_SCOPE_ADMIN};
    memset(full.hash, 0x55, 32);
    memset(full.label, 'x', sizeof full.label);
    is_int(store_token_create(st, &full), 0, "a label of 128 characters, unterminated");
    store_token_lookup(st, full.hash, &got);
    is_int(strlen(got.label), sizeof got.label - 1, "read back, cut to fit");
}

static void test_readers(struct store *st, struct store *other)
{
    struct store_reader r = {0}, got;
    fake_hash(r.hash, 1, 1);
    is_int(store_reader_create(st, &r), 0, "reader_create");
    ok(r.id > 0 && r.created_at > 0 && r.last_seen_at == r.created_at, "id and times filled");
    struct store_reader dup = r;
    is_int(store_reader_create(other, &dup), -EEXIST, "same hash on another node -> -EEXIST");
    is_int(store_reader_lookup(other, r.hash, &got), 0, "reader_lookup");
    is_int(got.id, r.id, "right reader");
    is_int(got.created_at, r.created_at, "created_at");
    ok(memcmp(got.hash, r.hash, 32) == 0, "hash round-trips");
    unsigned char other_hash[32];
    memcpy(other_hash, r.hash, 32);
    other_hash[17] ^= 0x40;
    is_int(store_reader_lookup(st, other_hash, &got), -ENOENT, "unknown hash -> -ENOENT");
    is_int(store_reader_touch(st, r.id, 777), 0, "reader_touch");
    store_reader_lookup(other, r.hash, &got);
    is_int(got.last_seen_at, 777, "touch sets last_seen_at");
    is_int(store_reader_touch(st, 999999, 1), -ENOENT, "touch unknown -> -ENOENT");
}

/* ---- device links ---- */

struct take_arg {
    struct store *st;
    const unsigned char *hash;
    int rc;
    int64_t reader;
    unsigned char secret[32];
};

static inline void *take_thread(void *p)
{
    struct take_arg *a = p;
    a->rc = store_transfer_take(a->st, a->hash, crier_now_ms(), &a->reader, a->secret);
    return NULL;
}

static void test_transfers(struct store *st, struct store *other, const struct raw_db *db)
{
    int64_t rd = make_reader(st, 2);
    unsigned char h1[32], h2[32], h3[32], secret[32], got[32];
    int64_t rid = 0, now = crier_now_ms();
    fake_hash(h1, 3, 1);
    fake_hash(h2, 3, 2);
    fake_hash(h3, 3, 3);
    for (int i = 0; i < 32; i++)
        secret[i] = (unsigned char)(200 - i);

    is_int(store_transfer_create(st, h1, rd, secret, now + 60000), 0, "transfer_create");
    is_int(store_transfer_create(other, h1, rd, secret, now + 60000), -EEXIST,
           "same hash -> -EEXIST");
    is_int(store_transfer_create(st, h2, 424242, secret, now + 60000), -ENOENT,
           "unknown reader -> -ENOENT");
    is_int(store_transfer_take(st, h2, now, &rid, got), -ENOENT, "unknown link -> -ENOENT");
    is_int(store_transfer_take(other, h1, now, &rid, got), 0, "transfer_take on another node");
    is_int(rid, rd, "the reader who made it");
    ok(memcmp(got, secret, 32) == 0, "the sealed secret comes back");
    is_int(store_transfer_take(st, h1, now, &rid, got), -EALREADY, "second take -> -EALREADY");
    is_int(raw_val(db, "SELECT count(*) FROM reader_transfers WHERE secret IS NOT NULL"
                       " AND used_at IS NOT NULL"),
           0, "a used link's secret is wiped");

    is_int(store_transfer_create(st, h2, rd, secret, now + 1000), 0, "short-lived link");
    is_int(store_transfer_take(st, h2, now + 1000, &rid, got), -EKEYEXPIRED,
           "at expires_at -> -EKEYEXPIRED");
    is_int(store_transfer_take(st, h2, now + 999, &rid, got), 0, "just before: taken");

    /* Sixteen devices on two nodes race for one link: exactly one gets it. */
    is_int(store_transfer_create(st, h3, rd, secret, now + 60000), 0, "link for the race");
    pthread_t th[16];
    struct take_arg args[16];
    for (int i = 0; i < 16; i++) {
        args[i] = (struct take_arg){.st = i % 2 ? other : st, .hash = h3};
        pthread_create(&th[i], NULL, take_thread, &args[i]);
    }
    int wins = 0, used = 0, right = 0;
    for (int i = 0; i < 16; i++) {
        pthread_join(th[i], NULL);
        wins += args[i].rc == 0;
        used += args[i].rc == -EALREADY;
        right += args[i].rc == 0 && args[i].reader == rd && !memcmp(args[i].secret, secret, 32);
    }
    is_int(wins, 1, "one racing take wins");
    is_int(right, 1, "with the reader and the secret");
    is_int(used, 15, "the others find it used");
}

/* ---- invites and memberships ---- */

/* Approval: pending until approved. ch ("priv") has three members. */
static void test_invite_approval(struct store *st, struct store *other, const struct raw_db *db,
                                 int64_t ch)
{
    int64_t r5 = make_reader(st, 15), r6 = make_reader(st, 16), now = crier_now_ms();
    unsigned char h[32];
    struct store_invite got;
    struct store_member m;
    size_t n;
    make_invite(st, ch, 4, 0, 0, 1, h);
    is_int(store_invite_join(st, h, r5, now, &m), 0, "join with approval");
    is_int(m.state, STORE_MEMBER_PENDING, "pending");
    usleep(2000); /* join order by time */
    is_int(store_invite_join(other, h, r6, now, &m), 0, "another request");
    int64_t count = -1;
    is_int(store_member_count(st, ch, &count), 0, "member_count");
    is_int(count, 3, "pending requests are not counted");
    struct store_member *ms;
    is_int(store_member_list(st, ch, STORE_MEMBER_PENDING, &ms, &n), 0, "list pending");
    is_int(n, 2, "two pending");
    ok(n == 2 && ms[0].reader_id == r5 && ms[1].reader_id == r6, "in join order");
    free(ms);
    is_int(store_member_set_read(st, ch, r5, 1), -ENOENT, "pending cannot mark read");
    is_int(store_invite_join(st, h, r5, now, &m), 0, "asking again");
    store_invite_lookup(st, h, &got);
    is_int(got.uses, 2, "asking again uses nothing");
    is_int(store_member_approve(other, ch, r5), 0, "approve");
    is_int(store_member_get(st, ch, r5, &m), 0, "member_get");
    is_int(m.state, STORE_MEMBER_ACTIVE, "approved -> member");
    is_int(store_member_approve(st, ch, r5), 0, "approving a member again is fine");
    is_int(store_member_reject(st, ch, r6), 0, "reject");
    is_int(store_member_get(other, ch, r6, &m), -ENOENT, "rejected request is gone");
    is_int(store_member_reject(st, ch, r6), -ENOENT, "reject again -> -ENOENT");
    is_int(store_member_approve(st, ch, r6), -ENOENT, "approve nobody -> -ENOENT");
    store_member_count(st, ch, &count);
    is_int(count, 4, "four members");
    is_int(store_member_list(st, ch, STORE_MEMBER_ACTIVE, &ms, &n), 0, "list members");
    is_int(n, 4, "four listed");
    free(ms);
    is_int(store_member_list(st, ch, 0, &ms, &n), 0, "list all");
    is_int(n, 4, "no one pending now");
    free(ms);

    /* Deleting the channel takes its invites and members with it. */
    long long readers = raw_val(db, "SELECT count(*) FROM readers");
    is_int(store_channel_delete(st, "priv"), 0, "channel_delete");
    is_int(raw_val(db, "SELECT count(*) FROM invites WHERE channel_id = %lld", (long long)ch), 0,
           "invites deleted");
    is_int(raw_val(db, "SELECT count(*) FROM members WHERE channel_id = %lld", (long long)ch), 0,
           "members deleted");
    is_int(raw_val(db, "SELECT count(*) FROM readers"), readers, "readers stay");
}

static void test_invites(struct store *st, struct store *other, const struct raw_db *db)
{
    int64_t ch = make_channel(st, "priv"), ch2 = make_channel(st, "other");
    int64_t now = crier_now_ms();
    unsigned char h[8][32];
    struct store_invite got;
    struct store_member m;

    int64_t i1 = make_invite(st, ch, 1, 0, 0, 0, h[1]);
    ok(i1 > 0, "invite_create");
    struct store_invite dup = {.channel_id = ch};
    memcpy(dup.hash, h[1], 32);
    is_int(store_invite_create(other, &dup), -EEXIST, "same hash -> -EEXIST");
    dup.channel_id = 9999;
    dup.hash[5] ^= 1;
    is_int(store_invite_create(st, &dup), -ENOENT, "unknown channel -> -ENOENT");
    dup.channel_id = ch;
    dup.max_uses = -1;
    is_int(store_invite_create(st, &dup), -EINVAL, "negative max_uses -> -EINVAL");
    dup.max_uses = 0;
    dup.expires_at = -1;
    is_int(store_invite_create(st, &dup), -EINVAL, "negative expires_at -> -EINVAL");
    is_int(store_invite_lookup(other, h[1], &got), 0, "invite_lookup");
    is_int(got.id, i1, "right invite");
    is_int(got.channel_id, ch, "its channel");
    is_str(got.prefix, "pre00001", "prefix");
    is_str(got.label, "invite 1", "label");
    ok(memcmp(got.hash, h[1], 32) == 0, "hash round-trips");
    ok(got.expires_at == 0 && got.max_uses == 0 && got.uses == 0 && got.revoked_at == 0 &&
           got.approval == 0 && got.created_at > 0,
       "never expires, unlimited, unused, live");
    is_int(store_invite_lookup(st, h[6], &got), -ENOENT, "unknown invite -> -ENOENT");

    /* Joining: a use is taken once per reader. */
    int64_t r1 = make_reader(st, 11), r2 = make_reader(st, 12), r3 = make_reader(st, 13);
    is_int(store_invite_join(st, h[1], r1, now, &m), 0, "invite_join");
    is_int(m.state, STORE_MEMBER_ACTIVE, "member at once without approval");
    is_int(m.channel_id, ch, "membership of the invite's channel");
    is_int(m.reader_id, r1, "of the reader");
    is_int(m.invite_id, i1, "records the invite");
    is_int(store_invite_join(other, h[1], r1, now, &m), 0, "joining again");
    store_invite_lookup(st, h[1], &got);
    is_int(got.uses, 1, "a member joining again uses nothing");
    is_int(store_invite_join(st, h[2], r1, now, &m), -ENOENT, "unknown invite -> -ENOENT");
    is_int(store_invite_join(st, h[1], 424242, now, &m), -ENOENT, "unknown reader -> -ENOENT");
    store_invite_lookup(st, h[1], &got);
    is_int(got.uses, 1, "a failed join uses nothing");

    /* Expired, used up, revoked. */
    int64_t i2 = make_invite(st, ch, 2, now + 1000, 0, 0, h[2]);
    is_int(store_invite_join(st, h[2], r2, now + 1000, &m), -EKEYEXPIRED,
           "expired -> -EKEYEXPIRED");
    is_int(store_invite_join(st, h[2], r2, now + 999, &m), 0, "before expiry: joins");
    int64_t i3 = make_invite(st, ch, 3, 0, 1, 0, h[3]);
    is_int(store_invite_join(st, h[3], r3, now, &m), 0, "max_uses 1: first joins");
    is_int(store_invite_join(st, h[3], r2, now, &m), 0,
           "a member through another invite joins again without using it");
    int64_t r4 = make_reader(st, 14);
    is_int(store_invite_join(other, h[3], r4, now, &m), -EDQUOT, "used up -> -EDQUOT");
    is_int(store_member_get(st, ch, r4, &m), -ENOENT, "no membership after -EDQUOT");
    is_int(store_invite_revoke(st, ch2, i2, NULL), -ENOENT, "revoke in another channel -> -ENOENT");
    is_int(store_invite_revoke(st, ch, i2, NULL), 0, "revoke by id");
    store_invite_lookup(st, h[2], &got);
    int64_t revoked_at = got.revoked_at;
    usleep(2000);
    is_int(store_invite_revoke(other, ch, i2, NULL), 0, "revoking twice succeeds");
    store_invite_lookup(st, h[2], &got);
    is_int(got.revoked_at, revoked_at, "and keeps the first time");
    is_int(store_invite_join(st, h[2], r4, now, &m), -EKEYREVOKED, "revoked -> -EKEYREVOKED");
    is_int(store_invite_revoke(st, ch, 0, h[3]), 0, "revoke by token hash");
    is_int(store_invite_revoke(st, ch2, 0, h[1]), -ENOENT, "by hash in another channel -> -ENOENT");
    is_int(store_invite_revoke(st, ch, 0, h[7]), -ENOENT, "unknown hash -> -ENOENT");
    is_int(store_invite_revoke(st, ch, 0, NULL), -EINVAL, "neither id nor hash -> -EINVAL");
    store_invite_lookup(st, h[3], &got);
    ok(got.revoked_at > 0, "revoked_at set");
    is_int(store_invite_join(st, h[3], r3, now, &m), 0, "a member may reuse a revoked link");

    struct store_invite *list;
    size_t n;
    is_int(store_invite_list(other, ch, &list, &n), 0, "invite_list");
    is_int(n, 3, "three invites");
    ok(n == 3 && list[0].id == i1 && list[1].id == i2 && list[2].id == i3, "oldest first");
    ok(n == 3 && list[1].revoked_at && list[2].revoked_at && !list[0].revoked_at,
       "revocations listed");
    ok(n == 3 && list[2].max_uses == 1 && list[2].uses == 1 && list[1].expires_at == now + 1000,
       "with uses, caps and expiry");
    free(list);
    is_int(store_invite_list(st, ch2, &list, &n), 0, "invite_list of another channel");
    is_int(n, 0, "empty");
    free(list);
    test_invite_approval(st, other, db, ch);
}

static void test_members(struct store *st, struct store *other)
{
    int64_t ch = make_channel(st, "pub");
    int64_t r1 = make_reader(st, 21), r2 = make_reader(st, 22);
    struct store_member m;
    int64_t count;

    is_int(post(st, ch, "before", NULL), 1, "a post before anyone joins");
    is_int(store_member_join(st, ch, r1, &m), 0, "member_join");
    is_int(m.state, STORE_MEMBER_ACTIVE, "member");
    is_int(m.read_seq, 1, "read_seq starts at the channel's head");
    is_int(m.invite_id, 0, "no invite");
    ok(m.joined_at > 0, "joined_at");
    int64_t joined = m.joined_at;
    is_int(store_member_join(other, ch, r1, &m), 0, "joining twice");
    is_int(m.joined_at, joined, "is the same membership");
    is_int(store_member_join(st, 9999, r1, &m), -ENOENT, "unknown channel -> -ENOENT");
    is_int(store_member_join(st, ch, 9999, &m), -ENOENT, "unknown reader -> -ENOENT");
    is_int(store_member_join(st, ch, r2, &m), 0, "second reader");
    store_member_count(st, ch, &count);
    is_int(count, 2, "two members");
    is_int(store_member_leave(other, ch, r2), 0, "member_leave");
    is_int(store_member_leave(st, ch, r2), -ENOENT, "leaving twice -> -ENOENT");
    is_int(store_member_get(st, ch, r2, &m), -ENOENT, "gone");
    store_member_count(st, ch, &count);
    is_int(count, 1, "one member");

    /* A pending request (from an invite with approval) becomes a membership
     * when the reader joins a public channel directly. */
    unsigned char h[32];
    make_invite(st, ch, 21, 0, 0, 1, h);
    is_int(store_invite_join(st, h, r2, crier_now_ms(), &m), 0, "pending on a public channel");
    is_int(m.state, STORE_MEMBER_PENDING, "pending");
    is_int(store_member_join(other, ch, r2, &m), 0, "then joins directly");
    is_int(m.state, STORE_MEMBER_ACTIVE, "member");
}

/* Publishes a morning selection in channel ch; its event's seq, or a
 * negative error. */
static int64_t publish_selection(struct store *st, int64_t ch)
{
    struct store_selection key = {.channel_id = ch, .window_end = crier_now_ms() + 1};
    struct store_event ev = {0};
    snprintf(key.local_date, sizeof key.local_date, "%s", "2026-11-26");
    snprintf(key.slot, sizeof key.slot, "%s", "morning");
    json_t *p = json_pack("{sssb}", "title", "Sélection du matin", "silent", 0);
    int rc = rec_selection_publish(st, &key, p, &ev);
    json_decref(p);
    is_int(rc, 0, "a selection");
    int64_t seq = rc == 0 ? ev.seq : rc;
    store_event_clear(&ev);
    return seq;
}

/* Unread counts. */
static void test_unread(struct store *st, struct store *other, const struct raw_db *db)
{
    int64_t a = make_channel(st, "alpha"), b = make_channel(st, "beta");
    int64_t r = make_reader(st, 31), other_r = make_reader(st, 32);
    struct store_member m;
    struct store_membership *ms;
    size_t n;
    int64_t id1, id2;

    post(st, a, "old", NULL);
    store_member_join(st, a, r, &m);
    unsigned char h[32];
    make_invite(st, b, 31, 0, 0, 1, h);
    usleep(2000); /* join order by time */
    store_invite_join(st, h, r, crier_now_ms(), &m);
    store_member_join(st, a, other_r, &m);

    post(st, a, "one", &id1);
    post(st, a, "two", &id2);
    int64_t s3 = post(st, a, "three", NULL);
    json_t *ed = json_pack("{ss}", "title", "two (edited)");
    struct store_event ev;
    is_int(rec_post_edit(st, a, id2, ed, &ev), 0, "an edit");
    store_event_clear(&ev);
    json_decref(ed);
    is_int(store_post_delete(st, a, id1, &ev, NULL), 0, "a delete");
    store_event_clear(&ev);
    int64_t sel_seq = publish_selection(st, a);
    ok(sel_seq > s3, "a selection event");

    is_int(store_reader_memberships(other, r, &ms, &n), 0, "reader_memberships");
    is_int(n, 2, "both channels");
    if (n == 2) {
        is_str(ms[0].ch.slug, "alpha", "join order: alpha first");
        is_str(ms[0].ch.title, "Title", "with the channel's fields");
        is_str(ms[0].ch.tz, "Europe/Paris", "tz");
        is_int(ms[0].ch.id, a, "id");
        is_int(ms[0].state, STORE_MEMBER_ACTIVE, "member of alpha");
        is_int(ms[0].read_seq, 1, "read_seq");
        is_int(ms[0].ch.last_seq, sel_seq, "last_seq");
        is_int(ms[0].unread, 4, "unread: 3 posts and the selection, not the edit or delete");
        is_str(ms[1].ch.slug, "beta", "then beta");
        is_int(ms[1].state, STORE_MEMBER_PENDING, "pending in beta");
        is_int(ms[1].unread, 0, "nothing in beta");
    }
    store_memberships_free(ms, n);

    is_int(store_member_set_read(st, a, r, s3), 0, "member_set_read");
    store_reader_memberships(other, r, &ms, &n);
    ok(n == 2 && ms[0].read_seq == s3 && ms[0].unread == 1,
       "read up to three: the selection is left");
    store_memberships_free(ms, n);
    is_int(store_member_set_read(other, a, r, 2), 0, "an older seq");
    store_member_get(st, a, r, &m);
    is_int(m.read_seq, s3, "never lowers read_seq");
    is_int(store_member_set_read(st, a, r, 1000000), 0, "a seq past the head");
    store_member_get(st, a, r, &m);
    is_int(m.read_seq, sel_seq, "is clamped to last_seq");
    is_int(store_member_set_read(st, b, other_r, 1), -ENOENT, "not a member -> -ENOENT");
    is_int(store_member_set_read(st, a, r, -1), -EINVAL, "negative -> -EINVAL");
    store_member_get(st, a, other_r, &m);
    is_int(m.read_seq, 1, "another member's marker is untouched");

    /* The count stops at 1000. */
    is_int(raw_run(db,
                   "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k"
                   " WHERE i < 1200) INSERT INTO events SELECT %lld, i, 1, i, '{}', 0 FROM k;"
                   "UPDATE channels SET last_seq = 1200 WHERE id = %lld",
                   (long long)b, (long long)b),
           0, "1200 raw events in beta");
    store_member_approve(st, b, r);
    store_reader_memberships(st, r, &ms, &n);
    ok(n == 2 && ms[1].unread == 1000, "unread is capped at 1000");
    store_memberships_free(ms, n);
    is_int(store_reader_memberships(other, 99999, &ms, &n), 0, "unknown reader");
    is_int(n, 0, "has no channels");
    store_memberships_free(ms, n);
}

static void test_feed_keys(struct store *st, struct store *other)
{
    int64_t ch = make_channel(st, "feed");
    int64_t r1 = make_reader(st, 41), r2 = make_reader(st, 42), r3 = make_reader(st, 43);
    struct store_member m;
    unsigned char k1[32], k2[32];
    fake_hash(k1, 5, 1);
    fake_hash(k2, 5, 2);

    store_member_join(st, ch, r1, &m);
    store_member_join(st, ch, r2, &m);
    is_int(store_member_feed_lookup(st, k1, &m), -ENOENT, "no key yet");
    is_int(store_member_feed_set(st, ch, r1, k1), 0, "member_feed_set");
    is_int(store_member_feed_lookup(other, k1, &m), 0, "member_feed_lookup");
    ok(m.channel_id == ch && m.reader_id == r1 && m.state == STORE_MEMBER_ACTIVE,
       "finds the member");
    is_int(store_member_feed_set(st, ch, r1, k1), 0, "setting the same key again");
    is_int(store_member_feed_set(other, ch, r2, k1), -EEXIST, "another member's key -> -EEXIST");
    is_int(store_member_feed_set(st, ch, r3, k2), -ENOENT, "not a member -> -ENOENT");
    is_int(store_member_feed_set(st, ch, r1, k2), 0, "replacing the key");
    is_int(store_member_feed_lookup(st, k1, &m), -ENOENT, "the old key is dead");
    is_int(store_member_feed_lookup(st, k2, &m), 0, "the new key works");
    store_member_leave(st, ch, r1);
    is_int(store_member_feed_lookup(st, k2, &m), -ENOENT, "leaving kills the key");
}

/* ---- access changes ---- */

/*
 * Whatever may take access away is recorded, per channel, by the writing
 * transaction, whichever node writes; and ids (of channels, tokens, posts)
 * are never given again, even by a new handle. reopen closes a handle and
 * opens another on the same database: the case ends with other closed.
 */
static void test_access_changes(struct store *st, struct store *other,
                                struct store *(*reopen)(struct store *old))
{
    int64_t ids[4], gen0 = -1, gen = 0;
    size_t n = 99;

    is_int(store_access_changes(st, -1, NULL, 0, &n, &gen0), 0, "newest generation");
    is_int(n, 0, "no ids asked");
    int64_t a = make_channel(st, "acc-a"), b = make_channel(st, "acc-b");
    is_int(store_access_changes(st, gen0, ids, 4, &n, &gen), 0, "after creating channels");
    is_int(n, 0, "creating a channel takes no access away");
    is_int(gen, gen0, "the generation stays");

    /* the visibility of a (on the other node), then a member of b leaves */
    struct store_channel ch;
    is_int(store_channel_get(other, "acc-a", &ch), 0, "get a");
    ch.visibility = STORE_PRIVATE;
    is_int(store_channel_update(other, &ch), 0, "a made private on the other node");
    is_int(store_channel_update(other, &ch), 0, "updated again, same visibility");
    store_channel_clear(&ch);
    int64_t r = make_reader(st, 51);
    ok(r > 0, "a reader");
    struct store_member m;
    is_int(store_member_join(st, b, r, &m), 0, "joins b");
    is_int(store_access_changes(st, gen0, ids, 4, &n, &gen), 0, "changes since then");
    is_int(n, 1, "one change: joining takes nothing away, an unchanged visibility neither");
    is_int(ids[0], a, "it is a's");
    int64_t g1 = gen;
    ok(g1 > gen0, "a newer generation");
    is_int(store_member_leave(other, b, r), 0, "leaves b");
    is_int(store_access_changes(st, g1, ids, 4, &n, &gen), 0, "changes since then");
    is_int(n, 0, "leaving a public channel takes no one's access away");
    is_int(store_member_join(st, a, r, &m), 0, "joins a, now private");
    is_int(store_member_leave(other, a, r), 0, "leaves a");
    is_int(store_access_changes(st, g1, ids, 4, &n, &gen), 0, "changes since then");
    ok(n == 1 && ids[0] == a, "a changed");
    ok(gen > g1, "a newer generation");

    /* a pending request approved is no change; a member rejected is */
    unsigned char h[32];
    make_invite(st, a, 51, 0, 0, 1, h);
    is_int(store_invite_join(st, h, r, crier_now_ms(), &m), 0, "asks to join a");
    int64_t g2 = gen;
    is_int(store_member_approve(other, a, r), 0, "approved");
    is_int(store_access_changes(st, g2, ids, 4, &n, &gen), 0, "changes");
    is_int(n, 0, "approving takes nothing away");
    is_int(store_member_reject(other, a, r), 0, "then removed");
    is_int(store_access_changes(st, g2, ids, 4, &n, &gen), 0, "changes");
    ok(n == 1 && ids[0] == a, "a changed");

    /* an admin token revoked: every channel; a publish token: its own */
    struct store_token adm = {.scope = STORE_SCOPE_ADMIN},
                       pub = {.scope = STORE_SCOPE_PUBLISH, .channel_id = b};
    memset(adm.hash, 0xa1, 32);
    memset(pub.hash, 0xa2, 32);
    is_int(store_token_create(st, &adm), 0, "admin token");
    is_int(store_token_create(st, &pub), 0, "publish token");
    int64_t g3 = gen;
    is_int(store_token_revoke(other, pub.id), 0, "revoke the publish token");
    is_int(store_token_revoke(st, adm.id), 0, "revoke the admin token");
    is_int(store_token_revoke(other, adm.id), 0, "revoke it again");
    is_int(store_access_changes(st, g3, ids, 4, &n, &gen), 0, "changes");
    ok(n == 2 && ids[0] == b && ids[1] == 0, "b, then every channel (0), in order");
    int64_t newest = 0;
    store_access_changes(other, -1, NULL, 0, &n, &newest);
    is_int(newest, gen, "the other node reads the same newest generation");

    /* more changes than fit come back as "every channel" */
    int64_t g4 = gen;
    for (int i = 0; i < 6; i++) {
        char slug[24];
        snprintf(slug, sizeof slug, "many-%d", i);
        make_channel(st, slug);
        is_int(store_channel_delete(i % 2 ? st : other, slug), 0, "a channel deleted");
    }
    is_int(store_access_changes(st, g4, ids, 4, &n, &gen), 0, "six changes, room for four");
    ok(n == 1 && ids[0] == 0, "every channel");
    store_access_changes(st, -1, NULL, 0, &n, &newest);
    is_int(gen, newest, "and the newest generation, so none is read twice");

    /* ids are never reused, even for the highest id deleted, even by
     * another node or a new handle */
    int64_t c = make_channel(st, "acc-c");
    is_int(store_channel_delete(st, "acc-c"), 0, "the newest channel deleted");
    int64_t d = make_channel(other, "acc-d");
    ok(d > c, "a new channel takes a new id");
    struct store_token t2 = {.scope = STORE_SCOPE_PUBLISH, .channel_id = d},
                       t3 = {.scope = STORE_SCOPE_PUBLISH, .channel_id = d};
    memset(t2.hash, 0xb2, 32);
    memset(t3.hash, 0xb3, 32);
    is_int(store_token_create(st, &t2), 0, "a token of d");
    is_int(store_channel_delete(st, "acc-d"), 0, "d deleted, its token with it");
    other = reopen(other);
    int64_t e = make_channel(other, "acc-e");
    t3.channel_id = e;
    is_int(store_token_create(other, &t3), 0, "a token of e");
    ok(e > d && t3.id > t2.id, "neither the channel's id nor the token's came back");
    int64_t pid_d = 0, pid_e = 0;
    int64_t dd = make_channel(st, "acc-dd");
    post(st, dd, "the newest post of all", &pid_d);
    is_int(store_channel_delete(st, "acc-dd"), 0, "a channel with the newest post deleted");
    post(other, e, "next", &pid_e);
    ok(pid_e > pid_d, "the next post does not take the deleted post's id");
    store_close(other);
}

/* ---- reader cleanup ---- */

/*
 * reader_forget deletes only an unused reader; readers_prune deletes the
 * unused ones not seen for long, one window of ids at a time. The readers
 * earlier cases made are all kept (they are members, or seen now): the
 * windows start after the newest of them.
 */
static void test_reader_cleanup(struct store *st, struct store *other, const struct raw_db *db)
{
    int64_t ch = make_channel(st, "rdclean"), now = crier_now_ms();
    struct store_member m;
    unsigned char link[32], secret[32] = {0};
    int64_t r[8];
    int64_t after = raw_val(db, "SELECT coalesce(max(id), 0) FROM readers");
    for (int i = 0; i < 8; i++)
        r[i] = make_reader(st, 100 + i);
    /* r0: member; r1: pending through an invite; r2: a live device link;
     * r3..r7: nothing (r7 seen just now). */
    is_int(store_member_join(st, ch, r[0], &m), 0, "r0 joins");
    unsigned char ih[32];
    make_invite(st, ch, 40, 0, 0, 1, ih);
    is_int(store_invite_join(st, ih, r[1], now, &m), 0, "r1 asks to join");
    fake_hash(link, 9, 1);
    is_int(store_transfer_create(st, link, r[2], secret, now + 60000), 0, "r2 makes a link");

    is_int(store_reader_forget(st, r[0]), -ENOENT, "forget a member: no");
    is_int(store_reader_forget(other, r[1]), -ENOENT, "forget a pending reader: no");
    is_int(store_reader_forget(st, r[2]), -ENOENT, "forget a reader with a device link: no");
    is_int(store_reader_forget(other, r[3]), 0, "forget an unused reader");
    is_int(store_reader_forget(st, r[3]), -ENOENT, "gone");
    is_int(store_reader_forget(st, 999999), -ENOENT, "unknown");

    int64_t old = now - 2 * 86400000LL;
    is_int(raw_run(db,
                   "UPDATE readers SET last_seen_at = %lld WHERE id IN (%lld, %lld, %lld,"
                   " %lld, %lld, %lld)",
                   (long long)old, (long long)r[0], (long long)r[1], (long long)r[2],
                   (long long)r[4], (long long)r[5], (long long)r[6]),
           0, "raw: six readers unseen for two days");

    /* Windows of 3 ids: r0..r2 (kept), r4..r6 (deleted; r3 is gone), r7. */
    int64_t next = -1, cut = now - 86400000LL;
    size_t deleted = 99, total = 0;
    is_int(store_readers_prune(st, after, 3, cut, &next, &deleted), 0, "first window");
    is_int(deleted, 0, "a member, a pending reader and a linked one stay");
    is_int(next, r[2], "the next window starts after r2");
    is_int(store_readers_prune(other, next, 3, cut, &next, &deleted), 0, "second window");
    is_int(deleted, 3, "three unused readers unseen for two days go");
    total += deleted;
    is_int(store_readers_prune(st, next, 3, cut, &next, &deleted), 0, "third window");
    is_int(deleted, 0, "r7, seen just now, stays");
    is_int(next, r[7], "ends at r7");
    is_int(store_readers_prune(st, next, 3, cut, &next, &deleted), 0, "past the end");
    is_int(next, 0, "start over");
    is_int(total, 3, "three in all");
    is_int(raw_val(db, "SELECT count(*) FROM readers WHERE id > %lld", (long long)after), 4,
           "r0, r1, r2 and r7 are left");
    is_int(store_readers_prune(st, 0, 0, cut, &next, &deleted), -EINVAL, "scan 0");
    is_int(store_readers_prune(st, 0, 100001, cut, &next, &deleted), -EINVAL, "scan 100001");

    /* Once its link has expired long ago, r2 goes too. */
    is_int(raw_run(db, "UPDATE reader_transfers SET expires_at = %lld",
                   (long long)(now - 3 * 86400000LL)),
           0, "raw: every link expired three days ago");
    is_int(store_readers_prune(st, after, 100, cut, &next, &deleted), 0, "one big window");
    is_int(deleted, 1, "r2 went with its dead link");
    is_int(raw_val(db, "SELECT count(*) FROM reader_transfers"), 0, "the dead links were purged");

    /* A reader forgotten on one node while it joins on another: either the
     * join wins (the reader stays) or the forget does (the join finds no
     * reader); never both, never neither. */
    int both = 0, neither = 0;
    for (int i = 0; i < 10; i++) {
        int64_t rr = make_reader(st, 300 + i);
        struct join_arg j = {.st = other, .hash = ih, .reader = rr};
        pthread_t th;
        pthread_create(&th, NULL, join_thread, &j);
        int f = store_reader_forget(st, rr);
        pthread_join(th, NULL);
        both += f == 0 && j.rc == 0;
        neither += f != 0 && j.rc != 0;
        if (f == 0 && j.rc != -ENOENT)
            printf("# forget won, the join said %d\n", j.rc);
    }
    is_int(both, 0, "never both");
    is_int(neither, 0, "never neither");
    is_int(raw_val(db, "SELECT count(*) FROM members m WHERE NOT EXISTS"
                       " (SELECT 1 FROM readers r WHERE r.id = m.reader_id)"),
           0, "no membership of a forgotten reader");
}

#endif
