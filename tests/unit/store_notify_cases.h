/*
 * store_notify_cases.h: the store's notification calls (store.h
 * "notifications"), asserted once for both backends: test_store_notify.c
 * runs these cases on SQLite, test_store_pg_notify.c on PostgreSQL. Each
 * case gets a store on an empty database (a fresh directory, or a database
 * just truncated) and, where it must see what the calls do not return, a
 * struct raw_db that reads or writes that database straight. What only one
 * backend has stays in its file: SQLite's migration and its two handles
 * racing to initialise a setting; PostgreSQL's threads racing on two nodes.
 */
#ifndef CRIER_TEST_STORE_NOTIFY_CASES_H
#define CRIER_TEST_STORE_NOTIFY_CASES_H

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "crier.h"
#include "raw_db.h"
#include "store/store.h"
#include "tap.h"

#define HOUR_MS (3600 * 1000LL)
#define DAY_MS (24 * HOUR_MS)

static inline long long raw_outbox(const struct raw_db *db)
{
    return raw_val(db, "SELECT count(*) FROM outbox");
}

/* ---- fixtures ---- */

static inline int64_t make_channel(struct store *st, const char *slug)
{
    struct store_channel ch = {0};
    snprintf(ch.slug, sizeof ch.slug, "%s", slug);
    ch.title = (char *)"Title";
    ch.description = (char *)"";
    snprintf(ch.tz, sizeof ch.tz, "UTC");
    int rc = store_channel_create(st, &ch);
    return rc == 0 ? ch.id : rc;
}

static inline int64_t make_reader(struct store *st, int i)
{
    struct store_reader r = {0};
    for (int k = 0; k < 32; k++)
        r.hash[k] = (unsigned char)(i * 7 + k * 13);
    r.hash[0] = (unsigned char)i;
    r.hash[1] = (unsigned char)(i >> 8);
    int rc = store_reader_create(st, &r);
    return rc == 0 ? r.id : rc;
}

static inline struct store_push_sub push_of(int64_t ch, int64_t rd, const char *endpoint,
                                            int notify)
{
    struct store_push_sub s = {.channel_id = ch,
                               .reader_id = rd,
                               .notify = notify,
                               .quiet_from = -1,
                               .quiet_to = -1,
                               .sel_morning = -1,
                               .sel_evening = -1};
    snprintf(s.endpoint, sizeof s.endpoint, "%s", endpoint);
    memset(s.p256dh, 0x42, sizeof s.p256dh);
    s.p256dh[0] = 4;
    memset(s.auth, 0x17, sizeof s.auth);
    return s;
}

static inline int64_t make_push(struct store *st, int64_t ch, int64_t rd, const char *endpoint)
{
    struct store_push_sub s = push_of(ch, rd, endpoint, 1);
    int rc = store_push_sub_put(st, &s);
    return rc == 0 ? s.id : rc;
}

/* A confirmed email subscriber. */
static inline int64_t make_email(struct store *st, int64_t ch, const char *address)
{
    struct store_email_sub e;
    int rc = store_email_sub_request(st, ch, address, 1, crier_now_ms(), 3, &e);
    if (rc == 0)
        rc = store_email_sub_confirm(st, e.id, crier_now_ms());
    return rc == 0 ? e.id : rc;
}

static inline struct store_outbox orow(int kind, int64_t sub, int64_t ch, int64_t seq,
                                       int64_t post_id, int64_t due)
{
    return (struct store_outbox){.kind = kind,
                                 .sub_id = sub,
                                 .channel_id = ch,
                                 .seq = seq,
                                 .post_id = post_id,
                                 .due_at = due};
}

static inline struct store_notify_cursor cur(int64_t ch, int64_t seq, int phase, int64_t after)
{
    return (struct store_notify_cursor){
        .channel_id = ch, .seq = seq, .phase = phase, .sub_after = after};
}

static inline double mono_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- settings ---- */

/* st2: another handle on the same database (another node). */
static inline void test_settings(struct store *st, struct store *st2)
{
    unsigned char *v = NULL, big[STORE_SETTING_MAX + 1];
    size_t n = 99;
    is_int(store_setting_get(st, "vapid", &v, &n), -ENOENT, "unset -> -ENOENT");
    ok(v == NULL && n == 0, "nothing returned");
    is_int(store_setting_set(st, "vapid", "k1", 2), 0, "setting_set");
    is_int(store_setting_get(st2, "vapid", &v, &n), 0, "setting_get on the other node");
    ok(n == 2 && memcmp(v, "k1", 2) == 0, "the value set");
    free(v);
    is_int(store_setting_set(st, "vapid", "key-2", 5), 0, "set again replaces");
    store_setting_get(st, "vapid", &v, &n);
    ok(n == 5 && memcmp(v, "key-2", 5) == 0, "the new value");
    free(v);

    is_int(store_setting_init(st, "secret", "first", 5, &v, &n), 0, "init an unset setting");
    ok(n == 5 && memcmp(v, "first", 5) == 0, "init answers its own value");
    free(v);
    is_int(store_setting_init(st2, "secret", "second", 6, &v, &n), 0, "init a set setting");
    ok(n == 5 && memcmp(v, "first", 5) == 0, "init twice: the second gets the first value");
    free(v);
    store_setting_get(st, "secret", &v, &n);
    ok(n == 5 && memcmp(v, "first", 5) == 0, "and the stored value is still the first");
    free(v);

    is_int(store_setting_set(st, "empty", NULL, 0), 0, "an empty value");
    is_int(store_setting_get(st, "empty", &v, &n), 0, "is set");
    ok(v != NULL && n == 0, "and reads back empty");
    free(v);
    for (size_t i = 0; i < sizeof big; i++)
        big[i] = (unsigned char)(i * 7); /* every byte value, NUL included */
    is_int(store_setting_set(st, "big", big, STORE_SETTING_MAX), 0, "4 KiB fits");
    is_int(store_setting_get(st, "big", &v, &n), 0, "and reads back");
    ok(n == STORE_SETTING_MAX && memcmp(v, big, n) == 0, "byte for byte");
    free(v);
    is_int(store_setting_set(st, "big", big, STORE_SETTING_MAX + 1), -EINVAL, "one more does not");
    is_int(store_setting_init(st, "big2", big, STORE_SETTING_MAX + 1, &v, &n), -EINVAL,
           "nor through init");
    is_int(store_setting_set(st, "", "x", 1), -EINVAL, "an empty name");
    char longname[80];
    memset(longname, 'n', sizeof longname);
    longname[65] = '\0';
    is_int(store_setting_set(st, longname, "x", 1), -EINVAL, "a name over 64 bytes");
}

/* ---- push subscriptions ---- */

/* Put, read back, update by endpoint, failing_since, errors. */
static inline void test_push_basics(struct store *st, const struct raw_db *db, int64_t a, int64_t b,
                                    int64_t r1, int64_t r2)
{
    struct store_push_sub s = push_of(a, r1, "https://push.example/e1", 2), *list;
    snprintf(s.tz, sizeof s.tz, "Europe/Paris");
    s.quiet_from = 22 * 60;
    s.quiet_to = 7 * 60;
    s.sel_morning = 8 * 60;
    int64_t before = crier_now_ms();
    is_int(store_push_sub_put(st, &s), 0, "push_sub_put inserts");
    ok(s.id > 0 && s.created_at >= before && s.updated_at >= before, "fills id and created_at");
    int64_t id1 = s.id, created = s.created_at;
    size_t n;
    is_int(store_push_subs_of_reader(st, r1, &list, &n), 0, "push_subs_of_reader");
    is_int(n, 1, "one");
    ok(n == 1 && list[0].id == id1 && list[0].notify == 2 && list[0].quiet_from == 22 * 60 &&
           list[0].quiet_to == 7 * 60 && list[0].sel_morning == 8 * 60 &&
           list[0].sel_evening == -1 && strcmp(list[0].tz, "Europe/Paris") == 0 &&
           strcmp(list[0].endpoint, "https://push.example/e1") == 0 && list[0].p256dh[0] == 4 &&
           list[0].p256dh[64] == 0x42 && list[0].auth[15] == 0x17 && list[0].failing_since == 0 &&
           list[0].channel_id == a && list[0].reader_id == r1 && list[0].created_at == created,
       "every field reads back");
    free(list);

    /* the same (channel, endpoint) again: an update, even by another reader */
    struct store_push_sub u = push_of(a, r2, "https://push.example/e1", 3);
    u.auth[0] = 0x99;
    is_int(store_push_sub_put(st, &u), 0, "put of the same endpoint updates");
    is_int(u.id, id1, "same id");
    is_int(u.created_at, created, "created_at kept");
    is_int(raw_val(db, "SELECT count(*) FROM push_subs"), 1, "still one row");
    is_int(store_push_subs_of_reader(st, r2, &list, &n), 0, "now the other reader's");
    ok(n == 1 && list[0].notify == 3 && list[0].auth[0] == 0x99 && list[0].quiet_from == -1 &&
           list[0].tz[0] == '\0',
       "every field but id and created_at replaced");
    free(list);
    is_int(store_push_subs_of_reader(st, r1, &list, &n), 0, "the first reader's");
    is_int(n, 0, "has none left");
    free(list);
    int64_t in_b = make_push(st, b, r2, "https://push.example/e1");
    ok(in_b > 0 && in_b != id1, "the same endpoint in another channel is another row");

    /* failing_since: set once, kept, cleared */
    is_int(store_push_sub_failing(st, id1, 1000), 0, "failing from 1000");
    is_int(store_push_sub_failing(st, id1, 5000), 0, "failing again");
    is_int(raw_val(db, "SELECT failing_since FROM push_subs WHERE id = %lld", (long long)id1), 1000,
           "the first failure is kept");
    is_int(store_push_sub_failing(st, id1, 0), 0, "a success clears it");
    is_int(raw_val(db, "SELECT failing_since FROM push_subs WHERE id = %lld", (long long)id1), 0,
           "cleared");
    is_int(store_push_sub_failing(st, 999999, 1), -ENOENT, "failing of an unknown id");
    is_int(store_push_sub_failing(st, id1, -1), -EINVAL, "a negative since");

    /* errors */
    struct store_push_sub bad = push_of(999, r1, "https://push.example/x", 1);
    is_int(store_push_sub_put(st, &bad), -ENOENT, "unknown channel -> -ENOENT");
    bad = push_of(a, 999999, "https://push.example/x", 1);
    is_int(store_push_sub_put(st, &bad), -ENOENT, "unknown reader -> -ENOENT");
    bad = push_of(a, r1, "", 1);
    is_int(store_push_sub_put(st, &bad), -EINVAL, "empty endpoint -> -EINVAL");
}

/* Remove by endpoint (one channel, or every channel) and delete by id,
 * each with the subscription's outbox rows. */
static inline void test_push_remove(struct store *st, const struct raw_db *db, int64_t a, int64_t b,
                                    int64_t r1, int64_t r2)
{
    int64_t id1 = make_push(st, a, r2, "https://push.example/e1");
    int64_t in_b = make_push(st, b, r2, "https://push.example/e1");
    int64_t now = crier_now_ms();
    size_t n;
    struct store_outbox rows[2] = {orow(STORE_OUT_PUSH, id1, a, 1, 1, now),
                                   orow(STORE_OUT_PUSH, in_b, b, 1, 2, now)};
    struct store_notify_cursor nx = cur(a, 1, 0, 0);
    is_int(store_outbox_fill(st, rows, 2, &nx, 1000), 0, "a row for each");
    is_int(store_push_sub_remove(st, r2, b, "https://push.example/e1", &n), 0, "remove in b");
    is_int(n, 1, "one removed");
    is_int(store_push_sub_remove(st, r1, 0, "https://push.example/e1", &n), 0,
           "remove by a reader that does not own it");
    is_int(n, 0, "removes nothing");
    is_int(raw_val(db, "SELECT count(*) FROM outbox WHERE sub_id = %lld", (long long)in_b), 0,
           "the removed subscription's outbox row went with it");
    is_int(raw_outbox(db), 1, "the other's stays");
    make_push(st, b, r2, "https://push.example/e1");
    is_int(store_push_sub_remove(st, r2, 0, "https://push.example/e1", &n), 0,
           "remove in every channel");
    is_int(n, 2, "both removed (their outbox rows are not counted)");
    is_int(raw_outbox(db), 0, "and their outbox rows");
    is_int(store_push_sub_remove(st, r2, -1, "x", &n), -EINVAL, "a negative channel");

    int64_t d = make_push(st, a, r1, "https://push.example/del");
    rows[0] = orow(STORE_OUT_PUSH, d, a, 2, 1, now);
    nx = cur(a, 2, 0, 0);
    store_outbox_fill(st, rows, 1, &nx, 1000);
    is_int(store_push_sub_delete(st, d), 0, "push_sub_delete");
    is_int(raw_outbox(db), 0, "takes its outbox rows");
    is_int(store_push_sub_delete(st, d), -ENOENT, "again -> -ENOENT");
}

/* r3 has STORE_PUSH_PER_READER subscriptions, one of them to
 * https://push.example/cap1 in channel a. */
static inline void test_push_at_cap(struct store *st, int64_t a, int64_t r3)
{
    struct store_push_sub *list;
    size_t n;
    is_int(make_push(st, a, r3, "https://push.example/one-more"), -EDQUOT, "one more -> -EDQUOT");
    struct store_push_sub again = push_of(a, r3, "https://push.example/cap1", 3);
    is_int(store_push_sub_put(st, &again), 0, "updating one of them at the cap is fine");
    is_int(store_push_subs_of_reader(st, r3, &list, &n), 0, "of_reader at the cap");
    is_int(n, STORE_PUSH_PER_READER, "all of them");
    int sorted = 1;
    for (size_t i = 1; i < n; i++)
        sorted &= list[i - 1].id < list[i].id;
    ok(sorted, "in id order");
    free(list);
}

/* Paging pages only the subscriptions of the channel's active members. */
static inline void test_push_page(struct store *st, const struct raw_db *db)
{
    (void)db;
    int64_t ch = make_channel(st, "p"), other = make_channel(st, "q");
    struct store_member m;
    int64_t r[5];
    for (int i = 0; i < 5; i++)
        r[i] = make_reader(st, 20 + i);
    /* r0, r4: active; r1: pending approval, a member elsewhere; r2: left; r3: never joined */
    store_member_join(st, ch, r[0], &m);
    store_member_join(st, ch, r[4], &m);
    store_member_join(st, ch, r[2], &m);
    store_member_leave(st, ch, r[2]);
    store_member_join(st, other, r[1], &m);
    struct store_invite inv = {.channel_id = ch, .approval = 1};
    memset(inv.hash, 0x5a, 32);
    snprintf(inv.prefix, sizeof inv.prefix, "pending1");
    store_invite_create(st, &inv);
    is_int(store_invite_join(st, inv.hash, r[1], crier_now_ms(), &m), 0, "r1 asks to join");
    is_int(m.state, STORE_MEMBER_PENDING, "and waits");

    int64_t ids[5];
    char ep[64];
    for (int i = 0; i < 5; i++) {
        snprintf(ep, sizeof ep, "https://push.example/page%d", i);
        ids[i] = make_push(st, ch, r[i], ep);
    }
    make_push(st, other, r[1], "https://push.example/elsewhere");

    struct store_push_sub *p;
    size_t n;
    is_int(store_push_subs_page(st, ch, 0, 10, &p, &n), 0, "push_subs_page");
    is_int(n, 2, "only active members' subscriptions");
    ok(n == 2 && p[0].id == ids[0] && p[1].id == ids[4] && p[0].p256dh[0] == 4 &&
           p[1].auth[0] == 0x17 && strcmp(p[1].endpoint, "https://push.example/page4") == 0,
       "pending, left and never-joined readers are not paged; the fields read back");
    free(p);
    is_int(store_push_subs_page(st, ch, 0, 1, &p, &n), 0, "a page of 1");
    ok(n == 1 && p[0].id == ids[0], "the first");
    free(p);
    is_int(store_push_subs_page(st, ch, ids[0], 1, &p, &n), 0, "after it");
    ok(n == 1 && p[0].id == ids[4], "the next");
    free(p);
    is_int(store_push_subs_page(st, ch, ids[4], 10, &p, &n), 0, "after the last");
    is_int(n, 0, "empty");
    free(p);
    is_int(store_member_approve(st, ch, r[1]), 0, "r1 approved");
    is_int(store_push_subs_page(st, ch, 0, 10, &p, &n), 0, "page again");
    is_int(n, 3, "r1's subscription rings once approved");
    free(p);
    is_int(store_push_subs_page(st, ch, 0, 0, &p, &n), -EINVAL, "limit 0 -> -EINVAL");
    is_int(store_push_subs_page(st, ch, 0, STORE_NOTIFY_PAGE_MAX + 1, &p, &n), -EINVAL,
           "limit over STORE_NOTIFY_PAGE_MAX -> -EINVAL");
}

/* A membership's end (a leave, an editor's removal or rejection) takes the
 * reader's subscriptions to that channel, and their queued pushes, with it;
 * those to another channel and other readers' stay. A reader that joins,
 * subscribes and leaves again and again leaves nothing behind. */
static inline void test_push_membership_end(struct store *st, const struct raw_db *db)
{
    int64_t ch = make_channel(st, "end"), other = make_channel(st, "stay");
    int64_t r1 = make_reader(st, 31), r2 = make_reader(st, 32), now = crier_now_ms();
    struct store_member m;
    char ep[64];

    store_member_join(st, ch, r1, &m);
    store_member_join(st, other, r1, &m);
    store_member_join(st, ch, r2, &m);
    int64_t gone = make_push(st, ch, r1, "https://push.example/end1");
    make_push(st, ch, r1, "https://push.example/end2");
    make_push(st, other, r1, "https://push.example/stay1");
    make_push(st, ch, r2, "https://push.example/end-r2");
    struct store_outbox row = orow(STORE_OUT_PUSH, gone, ch, 1, 1, now);
    struct store_notify_cursor nx = cur(ch, 1, 0, 0);
    is_int(store_outbox_fill(st, &row, 1, &nx, 1000), 0, "a push queued for r1");

    is_int(store_member_leave(st, ch, r1), 0, "r1 leaves");
    is_int(raw_val(db,
                   "SELECT count(*) FROM push_subs WHERE reader_id = %lld AND channel_id = %lld",
                   (long long)r1, (long long)ch),
           0, "its two subscriptions to the channel went with the membership");
    is_int(raw_val(db, "SELECT count(*) FROM outbox WHERE sub_id = %lld", (long long)gone), 0,
           "and their queued pushes");
    is_int(raw_val(db, "SELECT count(*) FROM push_subs WHERE reader_id = %lld", (long long)r1), 1,
           "its subscription to another channel stays");
    is_int(raw_val(db, "SELECT count(*) FROM push_subs WHERE reader_id = %lld", (long long)r2), 1,
           "another reader's stays");
    is_int(store_member_reject(st, ch, r2), 0, "an editor removes r2");
    is_int(raw_val(db, "SELECT count(*) FROM push_subs WHERE reader_id = %lld", (long long)r2), 0,
           "r2's subscription went with its membership");

    for (int round = 0; round < 5; round++) {
        store_member_join(st, ch, r1, &m);
        for (int i = 0; i < 4; i++) {
            snprintf(ep, sizeof ep, "https://push.example/churn%d-%d", round, i);
            make_push(st, ch, r1, ep);
        }
        store_member_leave(st, ch, r1);
    }
    is_int(raw_val(db, "SELECT count(*) FROM push_subs WHERE channel_id = %lld", (long long)ch), 0,
           "five rounds of join, subscribe, leave: nothing left");
}

/* ---- email subscribers ---- */

/* The opt-in, its mails and their daily limit, the domain's case. */
static inline void test_email_optin(struct store *st, const struct raw_db *db, int64_t ch,
                                    int64_t t0, int64_t *id)
{
    struct store_email_sub e, g;
    is_int(store_email_sub_request(st, ch, "Ann.Lee@Example.ORG", 1, t0, 3, &e), 0,
           "email_sub_request");
    ok(e.id > 0 && e.state == STORE_EMAIL_PENDING && e.channel_id == ch && e.what == 1,
       "a pending subscriber");
    is_str(e.address, "Ann.Lee@example.org",
           "the domain is stored lower-cased, the local part kept");
    ok(e.confirm_sends == 1 && e.confirm_sent_at == t0 && e.created_at == t0,
       "one confirmation mail counted");
    is_int(raw_val(db, "SELECT count(*) FROM outbox WHERE kind = 3 AND seq = 0"), 1,
           "an opt-in mail is queued");
    *id = e.id;
    is_int(store_email_sub_request(st, ch, "Ann.Lee@EXAMPLE.org", 2, t0 + 1, 3, &e), 0,
           "the same address, the domain in another case");
    is_int(e.id, *id, "is the same subscriber");
    ok(e.confirm_sends == 2 && e.what == 2, "a second mail, and what is the latest choice");
    is_int(store_email_sub_request(st, ch, "Ann.Lee@example.org", 2, t0 + 2, 3, &e), 0, "a third");
    is_int(e.confirm_sends, 3, "three mails");
    is_int(store_email_sub_request(st, ch, "Ann.Lee@example.org", 1, t0 + HOUR_MS, 3, &e), -EAGAIN,
           "a fourth in the day -> -EAGAIN");
    ok(e.confirm_sends == 3 && e.id == *id, "*out is the row as it stays");
    is_int(raw_val(db, "SELECT count(*) FROM outbox WHERE kind = 3"), 3,
           "confirmation rows repeat (seq 0), three of them");
    store_email_sub_get(st, *id, &g);
    ok(g.confirm_sends == 3 && g.what == 2 && g.confirm_sent_at == t0 + 2,
       "-EAGAIN changed nothing");
    is_int(store_email_sub_request(st, ch, "Ann.Lee@example.org", 1, t0 + DAY_MS - 1, 3, &e),
           -EAGAIN, "still over a millisecond before the day ends");
    is_int(store_email_sub_request(st, ch, "Ann.Lee@example.org", 1, t0 + DAY_MS, 3, &e), 0,
           "24 h after the first, allowed again");
    ok(e.confirm_sends == 1 && e.confirm_sent_at == t0 + DAY_MS, "the count restarts");
    is_int(raw_val(db, "SELECT count(*) FROM outbox WHERE kind = 3"), 4, "a fourth opt-in mail");
}

/* Confirmation, paging (confirmed only, public channels only), delete. */
static inline void test_email_confirm(struct store *st, const struct raw_db *db, int64_t ch,
                                      int64_t t0, int64_t id)
{
    struct store_email_sub e, g, *p;
    size_t n;
    is_int(store_email_sub_request(st, ch, "ann.lee@example.org", 1, t0, 3, &e), 0,
           "another local part case");
    ok(e.id != id, "is another subscriber (the local part may be case-sensitive)");
    int64_t other = e.id;
    is_int(store_email_sub_confirm(st, id, t0 + 5), 0, "email_sub_confirm");
    store_email_sub_get(st, id, &g);
    ok(g.state == STORE_EMAIL_CONFIRMED && g.confirmed_at == t0 + 5, "confirmed");
    is_int(store_email_sub_confirm(st, id, t0 + 9), 0, "confirm again");
    store_email_sub_get(st, id, &g);
    is_int(g.confirmed_at, t0 + 5, "idempotent: the first confirmation time is kept");
    long long confirms = raw_val(db, "SELECT count(*) FROM outbox WHERE kind = 3");
    is_int(store_email_sub_request(st, ch, "Ann.Lee@example.org", 2, t0 + 10, 3, &e), 0,
           "a request on a confirmed subscriber");
    ok(e.state == STORE_EMAIL_CONFIRMED && e.what == 2, "updates what, stays confirmed");
    is_int(raw_val(db, "SELECT count(*) FROM outbox WHERE kind = 3"), confirms,
           "and sends no mail");

    int64_t third = make_email(st, ch, "zed@example.net");
    is_int(store_email_subs_page(st, ch, 0, 10, &p, &n), 0, "email_subs_page");
    ok(n == 2 && p[0].id == id && p[1].id == third && strcmp(p[1].address, "zed@example.net") == 0,
       "confirmed subscribers only, in id order");
    free(p);
    is_int(store_email_subs_page(st, ch, id, 10, &p, &n), 0, "after the first");
    ok(n == 1 && p[0].id == third, "the next");
    free(p);
    is_int(store_email_subs_page(st, ch, 0, 0, &p, &n), -EINVAL, "limit 0 -> -EINVAL");

    /* a channel made private mails nobody, and again once public */
    struct store_channel chan;
    is_int(store_channel_get_by_id(st, ch, &chan), 0, "the channel");
    chan.visibility = STORE_PRIVATE;
    is_int(store_channel_update(st, &chan), 0, "made private");
    is_int(store_email_subs_page(st, ch, 0, 10, &p, &n), 0, "email_subs_page, private");
    is_int(n, 0, "no subscriber of a private channel is paged");
    free(p);
    chan.visibility = STORE_PUBLIC;
    is_int(store_channel_update(st, &chan), 0, "public again");
    store_channel_clear(&chan);
    is_int(store_email_subs_page(st, ch, 0, 10, &p, &n), 0, "email_subs_page, public again");
    is_int(n, 2, "both are paged again");
    free(p);

    /* delete takes the opt-in mails along */
    is_int(store_email_sub_delete(st, id), 0, "email_sub_delete");
    is_int(raw_val(db, "SELECT count(*) FROM outbox WHERE sub_id = %lld", (long long)id), 0,
           "its opt-in mails are gone");
    is_int(raw_val(db, "SELECT count(*) FROM outbox WHERE sub_id = %lld", (long long)other), 1,
           "another subscriber's mail stays");
    is_int(store_email_sub_get(st, id, &g), -ENOENT, "get of a deleted one -> -ENOENT");
    is_int(store_email_sub_delete(st, id), -ENOENT, "delete again -> -ENOENT");
    is_int(store_email_sub_confirm(st, id, t0), -ENOENT, "confirm a deleted one -> -ENOENT");
    ok(other > 0, "the other stays");
}

static inline void test_email(struct store *st, const struct raw_db *db)
{
    int64_t ch = make_channel(st, "news"), t0 = crier_now_ms(), id;
    struct store_email_sub e;
    test_email_optin(st, db, ch, t0, &id);
    test_email_confirm(st, db, ch, t0, id);

    /* errors */
    is_int(store_email_sub_request(st, 999, "a@b.c", 1, t0, 3, &e), -ENOENT,
           "unknown channel -> -ENOENT");
    is_int(store_email_sub_request(st, ch, "no-at-sign", 1, t0, 3, &e), -EINVAL, "no '@'");
    is_int(store_email_sub_request(st, ch, "@example.org", 1, t0, 3, &e), -EINVAL, "no local part");
    is_int(store_email_sub_request(st, ch, "a@", 1, t0, 3, &e), -EINVAL, "no domain");
    is_int(store_email_sub_request(st, ch, "a@b.c", 1, t0, 0, &e), -EINVAL, "max_per_day 0");
    char longaddr[STORE_ADDRESS_MAX + 8];
    memset(longaddr, 'a', sizeof longaddr);
    memcpy(longaddr + STORE_ADDRESS_MAX - 4, "@b.c", 5);
    is_int(store_email_sub_request(st, ch, longaddr, 1, t0, 3, &e), 0, "254 bytes fit");
    memset(longaddr, 'a', sizeof longaddr);
    memcpy(longaddr + STORE_ADDRESS_MAX - 3, "@b.c", 5);
    is_int(store_email_sub_request(st, ch, longaddr, 1, t0, 3, &e), -EINVAL, "255 do not");
}

/* ---- the cursor and the outbox ---- */

static inline void test_fill_errors(struct store *st, const struct raw_db *db, int64_t ch,
                                    int64_t s1, int64_t s2, int64_t now)
{
    struct store_notify_cursor c;
    struct store_outbox bad[2] = {orow(STORE_OUT_PUSH, s2, ch, 3, 12, now),
                                  orow(9, s1, ch, 3, 12, now)};
    struct store_notify_cursor n3 = cur(ch, 3, 0, 0);
    is_int(store_outbox_fill(st, bad, 2, &n3, 100), -EINVAL, "a row of no kind -> -EINVAL");
    is_int(raw_outbox(db), 6, "not even the good row");
    store_notify_cursor_get(st, ch, &c);
    is_int(c.seq, 2, "nor the cursor");
    struct store_notify_cursor gone = cur(999, 3, 0, 0);
    is_int(store_outbox_fill(st, bad, 1, &gone, 100), -ENOENT,
           "a cursor of a channel that is gone -> -ENOENT");
    is_int(raw_outbox(db), 6, "and its rows are rolled back");
    struct store_notify_cursor badphase = cur(ch, 3, 2, 0);
    is_int(store_outbox_fill(st, bad, 1, &badphase, 100), -EINVAL, "phase 2 -> -EINVAL");
    is_int(store_outbox_fill(st, bad, 1, &n3, 0), -EINVAL, "max_rows 0 -> -EINVAL");
    is_int(store_outbox_fill(st, bad, STORE_NOTIFY_PAGE_MAX + 1, &n3, 100), -EINVAL,
           "too many rows -> -EINVAL");
    is_int(store_outbox_fill(st, bad, 1, NULL, 100), -EINVAL, "no cursor -> -EINVAL");
}

/* The cursor moves with the rows, or neither does; st2 is another handle
 * on the same database (another node). */
static inline void test_fill(struct store *st, struct store *st2, const struct raw_db *db)
{
    int64_t ch = make_channel(st, "f"), r1 = make_reader(st, 1), now = crier_now_ms();
    int64_t s1 = make_push(st, ch, r1, "https://push.example/1");
    int64_t s2 = make_push(st, ch, r1, "https://push.example/2");
    struct store_notify_cursor c, next = cur(ch, 0, 1, s1);
    struct store_outbox rows[5] = {
        orow(STORE_OUT_PUSH, s1, ch, 1, 10, now), orow(STORE_OUT_PUSH, s2, ch, 1, 10, now),
        orow(STORE_OUT_EMAIL, s1, ch, 1, 10, now), orow(STORE_OUT_CONFIRM, s1, ch, 0, 0, now),
        orow(STORE_OUT_PUSH, s2, ch, 1, 10, now)};

    is_int(store_notify_cursor_get(st, ch, &c), 0, "a new channel's cursor");
    ok(c.channel_id == ch && c.seq == 0 && c.phase == 0 && c.sub_after == 0, "at 0");
    is_int(store_outbox_fill(st, rows, 1, &next, 100), 0, "fill one row");
    is_int(raw_outbox(db), 1, "one row");
    store_notify_cursor_get(st2, ch, &c);
    ok(c.seq == 0 && c.phase == 1 && c.sub_after == s1, "the cursor moved with it (other node)");
    next = cur(ch, 1, 0, 0);
    is_int(store_outbox_fill(st, rows, 5, &next, 100), 0,
           "fill five (the first again, and one twice in the call)");
    is_int(raw_outbox(db), 4, "the duplicates were skipped");
    is_int(store_outbox_fill(st, rows, 4, &next, 100), 0, "the same fill again");
    is_int(raw_outbox(db), 5, "adds only the opt-in mail, which may repeat");
    is_int(raw_val(db,
                   "SELECT count(*) FROM outbox WHERE kind = 1 AND sub_id = %lld AND seq = 1"
                   " AND post_id = 10 AND attempts = 0 AND leased_until = 0 AND due_at = %lld",
                   (long long)s1, (long long)now),
           1, "the row as given, not leased, no attempt");
    is_int(raw_val(db, "SELECT count(*) FROM outbox WHERE created_at <= 0"), 0,
           "created_at is set");
    is_int(raw_val(db, "SELECT count(*) FROM (SELECT id, row_number() OVER (ORDER BY id) AS k,"
                       " kind FROM outbox) o WHERE (k = 2 AND kind <> 1) OR (k = 3 AND kind <> 2)"),
           0, "rows are added in the order given");

    /* -ENOSPC at max_rows: nothing moves */
    struct store_outbox more = orow(STORE_OUT_PUSH, s1, ch, 2, 11, now);
    struct store_notify_cursor far = cur(ch, 2, 0, 0);
    is_int(store_outbox_fill(st, &more, 1, &far, 5), -ENOSPC, "a full outbox -> -ENOSPC");
    is_int(raw_outbox(db), 5, "no row added");
    store_notify_cursor_get(st, ch, &c);
    ok(c.seq == 1 && c.phase == 0, "the cursor did not move");
    is_int(store_outbox_fill(st, &more, 1, &far, 6), 0, "with room for one more");
    store_notify_cursor_get(st, ch, &c);
    is_int(c.seq, 2, "it moves");
    test_fill_errors(st, db, ch, s1, s2, now);
}

/* Six rows (one held, one not due, two of gone subscriptions) claimed:
 * ids gets the three due rows' ids, oldest due first. */
static inline void test_claim_basics(struct store *st, const struct raw_db *db, int64_t ch,
                                     int64_t p1, int64_t p2, int64_t e1, int64_t r1, int64_t now,
                                     int64_t ids[3])
{
    struct store_outbox *o;
    size_t n;
    struct store_outbox rows[6] = {orow(STORE_OUT_PUSH, p2, ch, 1, 10, now - 10),
                                   orow(STORE_OUT_PUSH, p1, ch, 1, 10, now - 10),
                                   orow(STORE_OUT_EMAIL, e1, ch, 1, 10, now - 20),
                                   orow(STORE_OUT_PUSH, p1, ch, 2, 11, now + HOUR_MS),
                                   orow(STORE_OUT_PUSH, 424242, ch, 1, 10, now - 30),
                                   orow(STORE_OUT_EMAIL, 434343, ch, 1, 10, now - 30)};
    rows[1].flags = STORE_OUT_HELD;
    struct store_notify_cursor next = cur(ch, 2, 0, 0);
    is_int(store_outbox_fill(st, rows, 6, &next, 100), 0, "six rows, two of gone subscriptions");
    is_int(store_outbox_claim(st, now, 60000, 10, &o, &n), 0, "outbox_claim");
    is_int(n, 3, "the three due rows of live subscriptions");
    ok(n == 3 && o[0].kind == STORE_OUT_EMAIL && o[1].sub_id == p1 && o[2].sub_id == p2,
       "oldest due first, then by sub_id");
    ok(n == 3 && o[0].email.id == e1 && o[0].email.state == STORE_EMAIL_CONFIRMED &&
           strcmp(o[0].email.address, "reader@example.org") == 0 && o[0].push.id == 0,
       "an email row carries its subscriber");
    ok(n == 3 && o[1].push.id == p1 && o[1].push.reader_id == r1 &&
           strcmp(o[1].push.endpoint, "https://push.example/c1") == 0 && o[1].push.p256dh[0] == 4 &&
           o[1].push.p256dh[64] == 0x42 && o[1].push.auth[0] == 0x17 && o[1].email.id == 0,
       "a push row carries its subscription");
    ok(n == 3 && o[1].flags == STORE_OUT_HELD && o[1].seq == 1 && o[1].post_id == 10 &&
           o[1].channel_id == ch && o[1].due_at == now - 10 && o[1].attempts == 0 &&
           o[1].created_at > 0,
       "and the row's own fields");
    for (size_t i = 0; i < n && i < 3; i++)
        ids[i] = o[i].id;
    free(o);
    is_int(raw_outbox(db), 4, "the rows of gone subscriptions were deleted");
    is_int(raw_val(db, "SELECT count(*) FROM outbox WHERE leased_until = %lld",
                   (long long)now + 60000),
           3, "the three are leased until now + lease");
    is_int(store_outbox_claim(st, now + 1000, 60000, 10, &o, &n), 0, "a second claim");
    is_int(n, 0, "returns none of the leased rows");
    free(o);
    is_int(store_outbox_claim(st, now + 60000, 60000, 1, &o, &n), 0, "once the lease ended");
    ok(n == 1 && o[0].id == ids[0], "they are due again (at most limit)");
    free(o);
}

/* Claims and leases, retries, releases, done, bounds. */
static inline void test_claim(struct store *st, const struct raw_db *db)
{
    int64_t ch = make_channel(st, "c"), r1 = make_reader(st, 1), now = crier_now_ms();
    int64_t p1 = make_push(st, ch, r1, "https://push.example/c1");
    int64_t p2 = make_push(st, ch, r1, "https://push.example/c2");
    int64_t e1 = make_email(st, ch, "reader@example.org"), ids[3] = {0}, cids[4];
    struct store_outbox *o;
    size_t n;
    is_int(store_outbox_claim(st, now + DAY_MS, 1000, 4, &o, &n), 0, "claim the opt-in mails");
    is_int(n, 1, "the one make_email queued");
    for (size_t i = 0; i < n && i < 4; i++)
        cids[i] = o[i].id;
    ok(n > 0 && o[0].kind == STORE_OUT_CONFIRM && o[0].email.id == e1 &&
           strcmp(o[0].email.address, "reader@example.org") == 0,
       "an opt-in mail carries its subscriber");
    free(o);
    is_int(store_outbox_done(st, cids, n), 0, "done with them");
    is_int(raw_outbox(db), 0, "deleted");
    test_claim_basics(st, db, ch, p1, p2, e1, r1, now, ids);

    /* retry: later, one attempt more, not leased */
    is_int(store_outbox_retry(st, ids[1], now + 2 * HOUR_MS), 0, "outbox_retry");
    is_int(store_outbox_claim(st, now + 2 * HOUR_MS - 1, 1000, 10, &o, &n), 0,
           "claim before the retry time");
    int has_retried = 0;
    for (size_t i = 0; i < n; i++)
        has_retried |= o[i].id == ids[1];
    ok(n == 3 && !has_retried, "the three others, not the retried row");
    free(o);
    is_int(store_outbox_claim(st, now + 2 * HOUR_MS, 1000, 10, &o, &n), 0, "at the retry time");
    ok(n == 1 && o[0].id == ids[1] && o[0].attempts == 1 && o[0].due_at == now + 2 * HOUR_MS,
       "the retried row, with its attempt counted");
    free(o);
    is_int(store_outbox_retry(st, 999999, now), -ENOENT, "retry of a row gone -> -ENOENT");

    /* release: every lease dropped */
    is_int(store_outbox_claim(st, now + 3 * HOUR_MS, DAY_MS, 10, &o, &n), 0,
           "claim everything for a day");
    is_int(n, 4, "four rows");
    free(o);
    is_int(store_outbox_claim(st, now + 3 * HOUR_MS, 1000, 10, &o, &n), 0, "claim again");
    is_int(n, 0, "nothing left to claim");
    free(o);
    is_int(store_outbox_release(st), 0, "outbox_release");
    is_int(store_outbox_release(st), 0, "outbox_release with nothing leased");
    is_int(store_outbox_claim(st, now + 3 * HOUR_MS, 1000, 10, &o, &n), 0, "claim after release");
    is_int(n, 4, "every row is due again at once");
    free(o);

    /* done */
    int64_t done_ids[3] = {ids[0], ids[2], 999999};
    is_int(store_outbox_done(st, done_ids, 3), 0, "outbox_done (an unknown id is ignored)");
    is_int(raw_outbox(db), 2, "two rows deleted");
    is_int(store_outbox_done(st, done_ids, 3), 0, "the same ids again (all gone)");
    is_int(store_outbox_done(st, done_ids, 0), 0, "done with none");
    is_int(store_outbox_done(st, done_ids, STORE_NOTIFY_PAGE_MAX + 1), -EINVAL,
           "too many ids -> -EINVAL");

    /* bounds */
    is_int(store_outbox_claim(st, now, 1000, 0, &o, &n), -EINVAL, "limit 0 -> -EINVAL");
    is_int(store_outbox_claim(st, now, 1000, STORE_OUTBOX_CLAIM_MAX + 1, &o, &n), -EINVAL,
           "limit over STORE_OUTBOX_CLAIM_MAX -> -EINVAL");
    is_int(store_outbox_claim(st, now, 0, 10, &o, &n), -EINVAL, "lease 0 -> -EINVAL");
}

/* A claim that meets a batch of orphans deletes them and reads on. */
static inline void test_claim_orphans(struct store *st, const struct raw_db *db)
{
    int64_t ch = make_channel(st, "o"), r1 = make_reader(st, 1), now = crier_now_ms();
    int64_t p1 = make_push(st, ch, r1, "https://push.example/o1");
    struct store_outbox rows[21];
    for (int i = 0; i < 20; i++)
        rows[i] = orow(STORE_OUT_PUSH, 5000 + i, ch, 1, 1, now - 100);
    rows[20] = orow(STORE_OUT_PUSH, p1, ch, 1, 1, now);
    struct store_notify_cursor next = cur(ch, 1, 0, 0);
    store_outbox_fill(st, rows, 21, &next, 100);
    struct store_outbox *o;
    size_t n;
    is_int(store_outbox_claim(st, now, 1000, 5, &o, &n), 0, "claim 5 behind 20 orphans");
    ok(n == 1 && o[0].sub_id == p1, "finds the live row behind them");
    free(o);
    is_int(raw_outbox(db), 1, "the orphans are gone");
}

/* A cancelled post's rows go, but for one already leased. */
static inline void test_cancel_post(struct store *st, const struct raw_db *db)
{
    int64_t a = make_channel(st, "a"), b = make_channel(st, "b"), r1 = make_reader(st, 1);
    int64_t now = crier_now_ms(), pa = 7, s[3];
    char ep[64];
    for (int i = 0; i < 3; i++) {
        snprintf(ep, sizeof ep, "https://push.example/k%d", i);
        s[i] = make_push(st, a, r1, ep);
    }
    int64_t sb = make_push(st, b, r1, "https://push.example/kb");
    struct store_outbox rows[5] = {orow(STORE_OUT_PUSH, s[0], a, 1, pa, now - 10),
                                   orow(STORE_OUT_PUSH, s[1], a, 1, pa, now + HOUR_MS),
                                   orow(STORE_OUT_PUSH, s[2], a, 1, pa, now + HOUR_MS),
                                   orow(STORE_OUT_PUSH, s[2], a, 2, pa + 100, now),
                                   orow(STORE_OUT_PUSH, sb, b, 1, pa, now)};
    struct store_notify_cursor next = cur(a, 2, 0, 0);
    store_outbox_fill(st, rows, 5, &next, 100);
    struct store_outbox *o;
    size_t n;
    is_int(store_outbox_claim(st, now - 5, 60000, 1, &o, &n), 0, "a sender leases one row");
    ok(n == 1 && o[0].sub_id == s[0], "the due one");
    free(o);
    is_int(store_outbox_cancel_post(st, a, pa), 0, "outbox_cancel_post");
    is_int(raw_val(db, "SELECT count(*) FROM outbox WHERE post_id = 0"), 0, "(no row of post 0)");
    is_int(raw_outbox(db), 3, "two rows cancelled");
    is_int(raw_val(db, "SELECT count(*) FROM outbox WHERE leased_until > 0"), 1,
           "the leased row stays (it may be on its way)");
    is_int(raw_val(db, "SELECT count(*) FROM outbox WHERE post_id = %lld", (long long)pa + 100), 1,
           "another post's row stays");
    is_int(raw_val(db, "SELECT count(*) FROM outbox WHERE channel_id = %lld", (long long)b), 1,
           "the same post id in another channel stays");
    is_int(store_outbox_cancel_post(st, a, pa), 0, "cancel again: nothing to do");
    is_int(store_outbox_cancel_post(st, a, 0), -EINVAL, "post 0 -> -EINVAL (the opt-in mails)");
}

static inline void test_stats(struct store *st, const struct raw_db *db)
{
    (void)db;
    int64_t ch = make_channel(st, "s"), r1 = make_reader(st, 1), now = crier_now_ms();
    struct store_notify_stats ns;
    is_int(store_notify_stats(st, &ns), 0, "notify_stats on an empty store");
    ok(ns.push_subs == 0 && ns.email_confirmed == 0 && ns.email_pending == 0 && ns.outbox == 0 &&
           ns.outbox_due == 0 && ns.oldest_due_ms == 0,
       "all zero");
    int64_t p1 = make_push(st, ch, r1, "https://push.example/s1");
    make_push(st, ch, r1, "https://push.example/s2");
    make_email(st, ch, "one@example.org");
    struct store_email_sub e;
    store_email_sub_request(st, ch, "two@example.org", 1, now, 3, &e);
    struct store_outbox rows[2] = {orow(STORE_OUT_PUSH, p1, ch, 1, 1, now - 1000),
                                   orow(STORE_OUT_PUSH, p1, ch, 2, 2, now + DAY_MS)};
    struct store_notify_cursor next = cur(ch, 2, 0, 0);
    store_outbox_fill(st, rows, 2, &next, 100);
    is_int(store_notify_stats(st, &ns), 0, "notify_stats");
    is_int(ns.push_subs, 2, "push subscriptions");
    is_int(ns.email_confirmed, 1, "confirmed subscribers");
    is_int(ns.email_pending, 1, "pending subscribers");
    is_int(ns.outbox, 4, "outbox rows (two opt-in mails and two pushes)");
    is_int(ns.outbox_due, 3, "due now: all but the one due tomorrow");
    ok(ns.oldest_due_ms > 0 && ns.oldest_due_ms <= crier_now_ms(),
       "the oldest due row's created_at");
}

/* reader_forget: not a member that stays; an unused one loses its
 * subscriptions; readers_prune keeps a reader that still has one, and a
 * reader who left takes its subscriptions along (members_push_subs), so it
 * is pruned. */
static inline void test_reader_cleanups(struct store *st, const struct raw_db *db, int64_t kept,
                                        int64_t r1, int64_t r2, int64_t now)
{
    struct store_member m;
    is_int(store_reader_forget(st, r1), -ENOENT, "a member is not forgotten");
    is_int(raw_val(db, "SELECT count(*) FROM push_subs"), 1, "and keeps its subscription");
    store_member_leave(st, kept, r1);
    is_int(store_reader_forget(st, r1), 0, "once it left, forget it");
    is_int(raw_val(db, "SELECT count(*) FROM push_subs"), 0, "its subscriptions went with it");
    is_int(raw_val(db, "SELECT count(*) FROM outbox WHERE kind = 1"), 0, "and their outbox rows");

    int64_t r3 = make_reader(st, 3), r4 = make_reader(st, 4);
    store_member_join(st, kept, r2, &m);
    make_push(st, kept, r2, "https://push.example/r2");
    store_member_leave(st, kept, r2); /* its subscription goes with the membership */
    make_push(st, kept, r4, "https://push.example/r4"); /* a row left from before that */
    is_int(raw_run(db, "UPDATE readers SET last_seen_at = %lld", (long long)(now - 30 * DAY_MS)), 0,
           "raw: every reader unseen for a month");
    int64_t next_id;
    size_t deleted;
    is_int(store_readers_prune(st, 0, 1000, now - DAY_MS, &next_id, &deleted), 0, "readers_prune");
    is_int(deleted, 2, "two readers pruned");
    is_int(raw_val(db, "SELECT count(*) FROM readers WHERE id = %lld", (long long)r4), 1,
           "the reader with a push subscription stays");
    is_int(raw_val(db, "SELECT count(*) FROM readers WHERE id IN (%lld, %lld)", (long long)r2,
                   (long long)r3),
           0, "the one that left and the one that never joined went");
}

/* channel_delete takes the channel's subscriptions, their outbox rows and
 * its cursor along, and leaves another channel's; then the readers'. */
static inline void test_cleanups(struct store *st, const struct raw_db *db)
{
    int64_t gone = make_channel(st, "gone"), kept = make_channel(st, "kept"), now = crier_now_ms();
    int64_t r1 = make_reader(st, 1), r2 = make_reader(st, 2);
    struct store_member m;
    store_member_join(st, gone, r1, &m);
    store_member_join(st, kept, r1, &m);
    int64_t pg = make_push(st, gone, r1, "https://push.example/g");
    int64_t pk = make_push(st, kept, r1, "https://push.example/k");
    int64_t eg = make_email(st, gone, "g@example.org");
    int64_t ek = make_email(st, kept, "k@example.org");
    struct store_outbox rows[2] = {orow(STORE_OUT_PUSH, pg, gone, 1, 1, now),
                                   orow(STORE_OUT_EMAIL, eg, gone, 1, 1, now)};
    struct store_notify_cursor next = cur(gone, 1, 0, 0);
    store_outbox_fill(st, rows, 2, &next, 100);
    rows[0] = orow(STORE_OUT_PUSH, pk, kept, 1, 1, now);
    rows[1] = orow(STORE_OUT_EMAIL, ek, kept, 1, 1, now);
    next = cur(kept, 1, 0, 0);
    store_outbox_fill(st, rows, 2, &next, 100);

    is_int(store_channel_delete(st, "gone"), 0, "delete a channel with subscribers");
    is_int(raw_val(db,
                   "SELECT (SELECT count(*) FROM push_subs WHERE channel_id = %lld) +"
                   " (SELECT count(*) FROM email_subs WHERE channel_id = %lld) +"
                   " (SELECT count(*) FROM notify_cursors WHERE channel_id = %lld)",
                   (long long)gone, (long long)gone, (long long)gone),
           0, "its push and email subscriptions and its cursor are gone");
    is_int(raw_val(db, "SELECT count(*) FROM outbox WHERE channel_id = %lld", (long long)gone), 0,
           "and its outbox rows");
    is_int(raw_val(db, "SELECT count(*) FROM outbox WHERE channel_id = %lld", (long long)kept), 3,
           "the other channel's rows stay (two editions, one opt-in mail)");
    struct store_notify_cursor c;
    store_notify_cursor_get(st, kept, &c);
    is_int(c.seq, 1, "and its cursor");
    struct store_email_sub e;
    is_int(store_email_sub_get(st, ek, &e), 0, "and its subscribers");
    test_reader_cleanups(st, db, kept, r1, r2, now);
}

/*
 * 100,000 rows filled in 20 calls of 5,000, then claimed in batches of 512
 * and deleted. The rates are printed, not asserted (the machine decides
 * them); what is asserted is that every row went through once.
 */
static inline void test_throughput(struct store *st, const struct raw_db *db)
{
    enum { SUBS = 1000, SEQS = 100, TOTAL = SUBS * SEQS, PER_FILL = 5000, BATCH = 512 };
    int64_t ch = make_channel(st, "perf"), now = crier_now_ms();
    is_int(raw_run(db,
                   "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d)"
                   " INSERT INTO email_subs (channel_id, address, what, state, created_at)"
                   " SELECT %lld, 'u' || i || '@example.org', 1, 2, 0 FROM n",
                   SUBS, (long long)ch),
           0, "raw: %d confirmed subscribers", SUBS);
    long long first = raw_val(db, "SELECT min(id) FROM email_subs");

    struct store_outbox *rows = calloc(PER_FILL, sizeof *rows);
    int fails = 0;
    double t0 = mono_s();
    for (int call = 0; call < TOTAL / PER_FILL; call++) {
        for (int k = 0; k < PER_FILL; k++) {
            int i = call * PER_FILL + k; /* seq-major, as a notifier fills */
            rows[k] = orow(STORE_OUT_EMAIL, first + i % SUBS, ch, 1 + i / SUBS, 1 + i / SUBS, now);
        }
        struct store_notify_cursor next = cur(ch, (call + 1) * PER_FILL / SUBS, 0, 0);
        fails += store_outbox_fill(st, rows, PER_FILL, &next, 2 * TOTAL) != 0;
    }
    double fill_s = mono_s() - t0;
    free(rows);
    is_int(fails, 0, "20 fills of 5,000 rows");
    is_int(raw_outbox(db), TOTAL, "100,000 rows");

    int64_t ids[BATCH];
    long long drained = 0;
    int claims = 0;
    t0 = mono_s();
    for (;;) {
        struct store_outbox *o;
        size_t n;
        if (store_outbox_claim(st, now, 60000, BATCH, &o, &n) != 0) {
            fails++;
            break;
        }
        for (size_t i = 0; i < n; i++)
            ids[i] = o[i].id;
        free(o);
        if (n == 0)
            break;
        fails += store_outbox_done(st, ids, n) != 0;
        drained += (long long)n;
        claims++;
    }
    double drain_s = mono_s() - t0;
    is_int(fails, 0, "claims and dones all succeed");
    is_int(drained, TOTAL, "every row claimed once");
    is_int(raw_outbox(db), 0, "and deleted");
    printf("# outbox fill: %d rows in %.3f s (%.0f rows/s); claim+done in batches of %d: %d"
           " claims, %.3f s (%.0f rows/s)\n",
           TOTAL, fill_s, TOTAL / fill_s, BATCH, claims, drain_s, TOTAL / drain_s);
}

#endif
