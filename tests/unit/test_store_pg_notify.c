/*
 * test_store_pg_notify: the notification ops and the team table of the
 * PostgreSQL backend (store_pg_notify.c, store_pg_team.c), on a fresh
 * database of the server CRIER_TEST_PG points at (made here with a random
 * name, dropped at the end; without it the test skips). The cases it shares
 * with test_store_notify.c are in store_notify_cases.h, those it shares
 * with test_team.c in audit_writes.h; this file adds what only a shared
 * database asks: two store handles (two nodes) and threads racing to
 * initialise one setting, to subscribe past the per-reader cap, to ask for
 * more opt-in mails than the day allows, to fill past max_rows, to claim
 * the same outbox rows, to create one account twice, to use one sign-in
 * link twice and to sign in past the sessions kept.
 */
#include "store/store.h"

#include <errno.h>
#include <libpq-fe.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "crier.h"
#include "log.h"
#include "store/store_pg_int.h"
#include "store/store_team.h"
#include "audit_writes.h"
#include "store_notify_cases.h"
#include "tap.h"

#define RACERS 8 /* threads per race, half on each node */

static char conninfo[2048];
static PGconn *raw; /* the test's own connection to the test database */

/* ---- the database ---- */

/* conninfo for the same server as uri, database dbname. */
static int conninfo_for(const char *uri, const char *dbname, char *out, size_t size)
{
    char *err = NULL;
    PQconninfoOption *opts = PQconninfoParse(uri, &err);
    size_t len = 0;
    if (!opts) {
        printf("# bad CRIER_TEST_PG: %s\n", err ? err : "?");
        PQfreemem(err);
        return -1;
    }
    out[0] = '\0';
    for (PQconninfoOption *o = opts; o->keyword; o++) {
        const char *v = strcmp(o->keyword, "dbname") == 0 ? dbname : o->val;
        if (!v)
            continue;
        len += (size_t)snprintf(out + len, len < size ? size - len : 0, "%s='", o->keyword);
        for (const char *p = v; *p && len + 3 < size; p++) {
            if (*p == '\'' || *p == '\\')
                out[len++] = '\\';
            out[len++] = *p;
        }
        len += (size_t)snprintf(out + len, len < size ? size - len : 0, "' ");
    }
    PQconninfoFree(opts);
    return len < size ? 0 : -1;
}

static int admin_cmd(const char *uri, const char *sql)
{
    PGconn *c = PQconnectdb(uri);
    PGresult *r = PQstatus(c) == CONNECTION_OK ? PQexec(c, sql) : NULL;
    int ok_ = r && PQresultStatus(r) == PGRES_COMMAND_OK;
    if (!ok_)
        printf("# %s: %s\n", sql, PQerrorMessage(c));
    PQclear(r);
    PQfinish(c);
    return ok_ ? 0 : -1;
}

static long long raw_int(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static long long raw_int(const char *fmt, ...)
{
    char sql[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(sql, sizeof sql, fmt, ap);
    va_end(ap);
    PGresult *r = PQexec(raw, sql);
    long long v = -1;
    if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1)
        v = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
    else if (PQresultStatus(r) != PGRES_COMMAND_OK)
        printf("# raw %s: %s\n", sql, PQerrorMessage(raw));
    PQclear(r);
    return v;
}

/* Empties every table the tests touch, and restarts the ids. */
static void reset(void)
{
    raw_int("TRUNCATE channels, readers, users, settings, outbox, push_subs, email_subs,"
            " notify_cursors, members, roles, sessions, user_links, audit"
            " RESTART IDENTITY CASCADE");
}

static struct store *node(void)
{
    struct store *st = NULL;
    int rc = store_pg_open(&st, conninfo);
    if (rc != 0)
        printf("# store_pg_open: %s\n", crier_strerror(rc));
    return st;
}

/* Opens every connection of the node's pool now, so that racing threads
 * start their work together instead of one connection set-up apart. */
static void warm(struct store *st)
{
    struct pg_conn *c[PG_POOL_MAX];
    int k = 0;
    while (k < PG_POOL_MAX && pg_pool_get(pg_store_of(st), &c[k]) == 0)
        k++;
    while (k > 0)
        pg_pool_put(pg_store_of(st), c[--k]);
}

/* The shared cases' struct raw_db: the test's own connection. */
static long long raw_get(const void *ctx, const char *sql)
{
    (void)ctx;
    return raw_int("%s", sql);
}

static int raw_run_sql(const void *ctx, const char *sql)
{
    (void)ctx;
    PGresult *r = PQexec(raw, sql);
    int rc = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK ? 0 : -1;
    if (rc < 0)
        printf("# raw %s: %s\n", sql, PQerrorMessage(raw));
    PQclear(r);
    return rc;
}

static const struct raw_db pgdb = {raw_get, raw_run_sql, NULL};

/* Runs a shared case on the emptied database. */
static void on_reset(struct store *st, void (*fn)(struct store *, const struct raw_db *))
{
    reset();
    fn(st, &pgdb);
}

/* ---- races: RACERS threads released together, half on each node ---- */

struct racer {
    struct store *st;
    pthread_barrier_t *go;
    int i, rc;
    int64_t a, b; /* the race's inputs */
    int64_t got;  /* and an output */
    char text[64];
    int64_t *ids; /* claims: the ids this thread leased */
    size_t nids;
};

static void race(struct store *n1, struct store *n2, void *(*fn)(void *), struct racer r[RACERS],
                 int64_t a, int64_t b)
{
    pthread_t th[RACERS];
    pthread_barrier_t go;
    pthread_barrier_init(&go, NULL, RACERS);
    for (int i = 0; i < RACERS; i++) {
        r[i] = (struct racer){.st = i % 2 ? n2 : n1, .go = &go, .i = i, .a = a, .b = b};
        pthread_create(&th[i], NULL, fn, &r[i]);
    }
    for (int i = 0; i < RACERS; i++)
        pthread_join(th[i], NULL);
    pthread_barrier_destroy(&go);
}

static int count_rc(const struct racer r[RACERS], int rc)
{
    int k = 0;
    for (int i = 0; i < RACERS; i++)
        k += r[i].rc == rc;
    return k;
}

/* ---- settings ---- */

static void *init_thread(void *p)
{
    struct racer *r = p;
    char name[32], value[32];
    unsigned char *v = NULL;
    size_t n = 0;
    snprintf(name, sizeof name, "race%lld", (long long)r->a);
    snprintf(value, sizeof value, "node-%d", r->i);
    pthread_barrier_wait(r->go);
    r->rc = store_setting_init(r->st, name, value, strlen(value), &v, &n);
    if (r->rc == 0)
        snprintf(r->text, sizeof r->text, "%.*s", (int)n, (const char *)v);
    free(v);
    return NULL;
}

/* The shared settings case on two nodes, then the nodes racing. */
static void test_settings_nodes(struct store *st, struct store *st2)
{
    reset();
    test_settings(st, st2);
    /* two nodes (eight threads) initialising one setting agree on a value */
    int agree = 1, fails = 0;
    for (int round = 0; round < 5; round++) {
        struct racer r[RACERS];
        race(st, st2, init_thread, r, round, 0);
        for (int i = 0; i < RACERS; i++) {
            fails += r[i].rc != 0;
            agree &= strcmp(r[i].text, r[0].text) == 0;
        }
    }
    is_int(fails, 0, "5 rounds of 8 racing inits all succeed");
    ok(agree, "and in each round every thread of both nodes got the same value");
    is_int(raw_int("SELECT count(*) FROM settings WHERE name LIKE 'race%%'"), 5,
           "one row per setting");
}

/* ---- push subscriptions ---- */

static void *put_thread(void *p)
{
    struct racer *r = p;
    char ep[64];
    snprintf(ep, sizeof ep, "https://push.example/race%d", r->i);
    struct store_push_sub s = push_of(r->a, r->b, ep, 1);
    pthread_barrier_wait(r->go);
    r->rc = store_push_sub_put(r->st, &s);
    return NULL;
}

/* Readers at STORE_PUSH_PER_READER - 1, and eight subscribes of each
 * racing for the last place, five times: one wins each time. */

/* Readers at STORE_PUSH_PER_READER - 1, and eight subscribes of each
 * racing for the last place, five times: one wins each time. */
static void test_push_cap(struct store *st, struct store *st2, int64_t a, int64_t c)
{
    int64_t r3 = 0;
    char ep[64];
    int fails = 0, wins = 0, quota = 0, over = 0;
    for (int round = 0; round < 5; round++) {
        r3 = make_reader(st, 30 + round);
        for (int i = 0; i < STORE_PUSH_PER_READER - 1; i++) {
            snprintf(ep, sizeof ep, "https://push.example/cap%d", i);
            fails += make_push(i % 2 ? st : st2, i % 2 ? a : c, r3, ep) <= 0;
        }
        struct racer r[RACERS];
        race(st, st2, put_thread, r, a, r3);
        wins += count_rc(r, 0) == 1;
        quota += count_rc(r, -EDQUOT);
        over += raw_int("SELECT count(*) FROM push_subs WHERE reader_id = %lld", (long long)r3) !=
                STORE_PUSH_PER_READER;
    }
    is_int(fails, 0, "readers with STORE_PUSH_PER_READER - 1 subscriptions");
    is_int(wins, 5, "8 racing subscribes for the last place, 5 times: one wins each time");
    is_int(quota, 5 * (RACERS - 1), "the others -> -EDQUOT");
    is_int(over, 0, "every reader has exactly STORE_PUSH_PER_READER");
    test_push_at_cap(st, a, r3);
}

static void test_push_subs(struct store *st, struct store *st2)
{
    reset();
    int64_t a = make_channel(st, "a"), b = make_channel(st, "b"), c = make_channel(st, "c");
    int64_t r1 = make_reader(st, 1), r2 = make_reader(st, 2);
    test_push_basics(st, &pgdb, a, b, r1, r2);
    test_push_remove(st, &pgdb, a, b, r1, r2);
    test_push_cap(st, st2, a, c);
}

/* ---- email subscribers ---- */

static void *request_thread(void *p)
{
    struct racer *r = p;
    struct store_email_sub e;
    char addr[64];
    snprintf(addr, sizeof addr, "race%lld@example.org", (long long)r->b);
    pthread_barrier_wait(r->go);
    r->rc = store_email_sub_request(r->st, r->a, addr, 1, crier_now_ms(), 3, &e);
    return NULL;
}

/* The shared email case, then eight requests at once for a new address,
 * three allowed a day; five times. */
static void test_email_nodes(struct store *st, struct store *st2)
{
    reset();
    test_email(st, &pgdb);
    int64_t ch = make_channel(st, "email-race");
    long long before = raw_int("SELECT count(*) FROM outbox WHERE kind = 3");
    int three = 0, again = 0;
    for (int round = 0; round < 5; round++) {
        struct racer r[RACERS];
        race(st, st2, request_thread, r, ch, round);
        three += count_rc(r, 0) == 3;
        again += count_rc(r, -EAGAIN);
    }
    is_int(three, 5, "8 racing requests, 3 a day, 5 times: three pass each time");
    is_int(again, 5 * (RACERS - 3), "the others -> -EAGAIN");
    is_int(raw_int("SELECT count(*) FROM outbox WHERE kind = 3") - before, 15,
           "three opt-in mails queued for each address");
    is_int(raw_int("SELECT count(*) FROM email_subs WHERE address LIKE 'race%%'"
                   " AND confirm_sends = 3"),
           5, "one row each, three mails counted");
}

/* ---- the cursor and the outbox ---- */

static void *fill_thread(void *p)
{
    struct racer *r = p;
    struct store_outbox rows[5];
    for (int k = 0; k < 5; k++)
        rows[k] = orow(STORE_OUT_PUSH, r->b, r->a, 100 + r->i * 5 + k, 1, 0);
    struct store_notify_cursor next = cur(r->a, 100 + r->i, 0, 0);
    pthread_barrier_wait(r->go);
    r->rc = store_outbox_fill(r->st, rows, 5, &next, 10);
    return NULL;
}

/* The shared fill case, then eight fills of 5 rows at once into an outbox
 * of at most 10. */
static void test_fill_nodes(struct store *st, struct store *st2)
{
    reset();
    test_fill(st, st2, &pgdb);
    int64_t ch = make_channel(st, "fill-race");
    int64_t s1 = make_push(st, ch, make_reader(st, 9), "https://push.example/fill-race");
    raw_int("DELETE FROM outbox");
    struct racer r[RACERS];
    race(st, st2, fill_thread, r, ch, s1);
    is_int(count_rc(r, 0), 2, "8 racing fills of 5 with max_rows 10: two pass");
    is_int(count_rc(r, -ENOSPC), RACERS - 2, "the others -> -ENOSPC");
    is_int(raw_outbox(&pgdb), 10, "the outbox holds 10 rows, not more");
}

static void *claim_thread(void *p)
{
    struct racer *r = p;
    size_t cap = 0;
    pthread_barrier_wait(r->go);
    for (;;) {
        struct store_outbox *o;
        size_t n;
        if ((r->rc = store_outbox_claim(r->st, r->a, HOUR_MS, 7, &o, &n)) < 0 || n == 0)
            break;
        if (r->nids + n > cap) {
            cap = (r->nids + n) * 2;
            r->ids = realloc(r->ids, cap * sizeof *r->ids);
        }
        for (size_t i = 0; i < n; i++)
            r->ids[r->nids++] = o[i].id;
        free(o);
    }
    return NULL;
}

/* Two nodes, eight senders, 2,000 rows: every row leased exactly once. */
static void test_claim_race(struct store *st, struct store *st2)
{
    enum { SUBS = 400, SEQS = 5 };
    reset();
    int64_t ch = make_channel(st, "race"), now = crier_now_ms();
    raw_int("INSERT INTO email_subs (channel_id, address, what, state, created_at)"
            " SELECT %lld, 'u' || i || '@example.org', 1, 2, 0 FROM generate_series(1, %d) i",
            (long long)ch, SUBS);
    long long first = raw_int("SELECT min(id) FROM email_subs");
    struct store_outbox rows[SUBS];
    int fails = 0;
    for (int seq = 1; seq <= SEQS; seq++) {
        for (int i = 0; i < SUBS; i++)
            rows[i] = orow(STORE_OUT_EMAIL, first + i, ch, seq, seq, now - seq);
        struct store_notify_cursor next = cur(ch, seq, 0, 0);
        fails += store_outbox_fill(seq % 2 ? st : st2, rows, SUBS, &next, 100000) != 0;
    }
    is_int(fails, 0, "2,000 rows filled");
    struct racer r[RACERS];
    race(st, st2, claim_thread, r, now, 0);
    long long total = 0;
    int errs = 0;
    char *seen = calloc(SUBS * SEQS * 2 + 1, 1);
    int dup = 0;
    for (int i = 0; i < RACERS; i++) {
        errs += r[i].rc < 0;
        total += (long long)r[i].nids;
        for (size_t k = 0; k < r[i].nids; k++) {
            int64_t id = r[i].ids[k];
            if (id < 1 || id > SUBS * SEQS * 2 || seen[id]++)
                dup++;
        }
        free(r[i].ids);
    }
    free(seen);
    is_int(errs, 0, "every claim succeeded");
    is_int(total, SUBS * SEQS, "the eight senders leased 2,000 rows between them");
    is_int(dup, 0, "no row was leased twice");
    is_int(
        raw_int("SELECT count(*) FROM outbox WHERE leased_until = %lld", (long long)now + HOUR_MS),
        SUBS * SEQS, "and every row carries its lease");
}

/* ---- the team table ---- */

static void hash_of(int i, unsigned char h[32])
{
    for (int k = 0; k < 32; k++)
        h[k] = (unsigned char)(i * 31 + k * 7 + 1);
}

static int64_t make_user(struct store *st, const char *email)
{
    struct store_user u = {0};
    snprintf(u.email, sizeof u.email, "%s", email);
    snprintf(u.name, sizeof u.name, "Name of %s", email);
    snprintf(u.pass, sizeof u.pass, "$argon2id$x");
    int rc = store_user_create(st, &u);
    return rc == 0 ? u.id : rc;
}

static void test_users_roles(struct store *st, int64_t gaz, int64_t sport, int64_t *ana,
                             int64_t *bob)
{
    struct store_user u = {0}, g;
    snprintf(u.email, sizeof u.email, "bob@example.org");
    int64_t before = crier_now_ms();
    is_int(store_user_create(st, &u), 0, "user_create");
    ok(u.id > 0 && u.gen == 0 && u.created_at >= before, "fills id, gen and created_at");
    *bob = u.id;
    *ana = make_user(st, "ana@example.org");
    make_user(st, "Zed@example.org");
    is_int(store_user_create(st, &u), -EEXIST, "an email is one account");
    is_int(store_user_get(st, *ana, &g), 0, "user_get");
    ok(strcmp(g.email, "ana@example.org") == 0 && strcmp(g.name, "Name of ana@example.org") == 0 &&
           strcmp(g.pass, "$argon2id$x") == 0 && g.gen == 0 && g.created_at > 0,
       "every field reads back");
    is_int(store_user_by_email(st, "bob@example.org", &g), 0, "user_by_email");
    is_int(g.id, *bob, "finds bob");
    is_int(store_user_by_email(st, "nobody@example.org", &g), -ENOENT, "unknown -> -ENOENT");
    is_int(store_user_get(st, 999999, &g), -ENOENT, "unknown id -> -ENOENT");
    struct store_user *ul;
    size_t n;
    is_int(store_user_list(st, &ul, &n), 0, "user_list");
    ok(n == 3 && strcmp(ul[0].email, "Zed@example.org") == 0 &&
           strcmp(ul[1].email, "ana@example.org") == 0,
       "by email in byte order (upper case first, as SQLite's)");
    free(ul);

    struct store_role_row r = {.user_id = *ana, .channel_id = gaz, .role = STORE_ROLE_OWNER};
    is_int(store_role_set(st, &r), 0, "ana owns gazette");
    r = (struct store_role_row){.user_id = *bob, .channel_id = gaz, .role = STORE_ROLE_EDITOR};
    is_int(store_role_set(st, &r), 0, "bob edits gazette");
    r.role = STORE_ROLE_AUTHOR;
    is_int(store_role_set(st, &r), 0, "set again replaces: bob writes for gazette");
    r = (struct store_role_row){
        .user_id = *bob, .channel_id = sport, .role = STORE_ROLE_AUTHOR, .may_publish = 7};
    is_int(store_role_set(st, &r), 0, "bob writes and publishes for sport");
    r.role = 9;
    is_int(store_role_set(st, &r), -EINVAL, "no role 9");
    r = (struct store_role_row){.user_id = 999, .channel_id = gaz, .role = STORE_ROLE_AUTHOR};
    is_int(store_role_set(st, &r), -ENOENT, "no such account");
    r = (struct store_role_row){.user_id = *ana, .channel_id = 999, .role = STORE_ROLE_AUTHOR};
    is_int(store_role_set(st, &r), -ENOENT, "no such channel");
    struct store_role_row *v;
    is_int(store_roles_of(st, 0, gaz, &v, &n), 0, "gazette's team");
    ok(n == 2 && strcmp(v[0].email, "ana@example.org") == 0 && v[0].role == STORE_ROLE_OWNER &&
           strcmp(v[0].slug, "gazette") == 0 && v[1].user_id == *bob &&
           v[1].role == STORE_ROLE_AUTHOR && v[1].may_publish == 0,
       "ana first, owner; bob an author who may not publish");
    free(v);
    is_int(store_roles_of(st, *bob, 0, &v, &n), 0, "bob's roles");
    ok(n == 2 && strcmp(v[0].slug, "gazette") == 0 && strcmp(v[1].slug, "sport") == 0 &&
           v[1].may_publish == 1 && v[1].channel_id == sport,
       "by slug, publishing in sport");
    free(v);
    is_int(store_role_remove(st, *bob, gaz), 0, "bob leaves gazette");
    is_int(store_role_remove(st, *bob, gaz), -ENOENT, "not twice");
}

static void test_sessions(struct store *st, int64_t ana, int64_t bob)
{
    unsigned char h[32], h2[32];
    struct store_session s;
    struct store_user u;
    int64_t now = crier_now_ms();
    hash_of(1, h);
    is_int(store_session_create(st, h, ana, 0, now + HOUR_MS), 0, "session_create");
    is_int(store_session_lookup(st, h, now, &s, &u), 0, "session_lookup");
    ok(s.user_id == ana && s.gen == 0 && s.expires_at == now + HOUR_MS && s.created_at > 0 &&
           s.id > 0 && u.id == ana && strcmp(u.email, "ana@example.org") == 0 && u.pass[0] == 0,
       "the session and its account, without the password hash");
    is_int(store_session_lookup(st, h, now + HOUR_MS, NULL, NULL), -ENOENT, "expired");
    hash_of(2, h2);
    is_int(store_session_lookup(st, h2, now, NULL, NULL), -ENOENT, "an unknown hash");
    is_int(store_session_create(st, h2, 999999, 0, now + HOUR_MS), -ENOENT, "an unknown account");
    is_int(store_session_create(st, h2, ana, 0, now + HOUR_MS), 0, "a second session");
    is_int(store_user_set_password(st, ana, "$argon2id$new"), 0, "a new password");
    is_int(store_session_lookup(st, h, now, NULL, NULL), -ENOENT, "the first session ended");
    is_int(store_session_lookup(st, h2, now, NULL, NULL), -ENOENT, "the second too");
    store_user_get(st, ana, &u);
    ok(u.gen == 1 && strcmp(u.pass, "$argon2id$new") == 0, "the generation moved, the hash set");
    is_int(store_user_set_password(st, 999999, "x"), -ENOENT, "the password of no account");
    is_int(store_session_create(st, h, ana, 0, now + HOUR_MS), 0, "a session of the old gen");
    is_int(store_session_lookup(st, h, now, NULL, NULL), -ENOENT, "opens nothing");
    is_int(store_session_delete(st, h), 0, "session_delete");
    is_int(store_session_delete(st, h), -ENOENT, "not twice");

    hash_of(100, h);
    store_session_create(st, h, ana, 1, now + HOUR_MS);
    for (int i = 0; i < STORE_SESSIONS_PER_USER; i++) {
        hash_of(101 + i, h2);
        store_session_create(st, h2, ana, 1, now + HOUR_MS);
    }
    is_int(store_session_lookup(st, h, now, NULL, NULL), -ENOENT, "the 17th pushed out the first");
    is_int(store_session_lookup(st, h2, now, NULL, NULL), 0, "the newest is there");
    is_int(raw_int("SELECT count(*) FROM sessions WHERE user_id = %lld", (long long)ana),
           STORE_SESSIONS_PER_USER, "STORE_SESSIONS_PER_USER kept");

    hash_of(200, h);
    is_int(store_link_create(st, h, bob, now + HOUR_MS), 0, "link_create");
    int64_t uid = 0;
    is_int(store_link_take(st, h, now, &uid), 0, "link_take");
    is_int(uid, bob, "it is bob's");
    is_int(store_link_take(st, h, now, &uid), -ENOENT, "not twice");
    hash_of(201, h);
    hash_of(202, h2);
    store_link_create(st, h, bob, now + HOUR_MS);
    store_link_create(st, h2, bob, now + HOUR_MS);
    is_int(store_link_take(st, h, now, &uid), -ENOENT, "a newer link replaces it");
    is_int(store_link_take(st, h2, now + HOUR_MS, &uid), -ENOENT, "an expired link");
    is_int(store_link_take(st, h2, now, &uid), -ENOENT, "is used up all the same");
    store_link_create(st, h, bob, now + HOUR_MS);
    store_user_set_password(st, bob, "$argon2id$b");
    is_int(store_link_take(st, h, now, &uid), -ENOENT, "a new password ends the link");

    store_link_create(st, h, bob, now + HOUR_MS);
    hash_of(300, h2);
    store_session_create(st, h2, bob, 1, now + HOUR_MS);
    is_int(store_user_delete(st, bob), 0, "bob's account deleted");
    is_int(store_session_lookup(st, h2, now, NULL, NULL), -ENOENT, "and his session with it");
    is_int(raw_int("SELECT count(*) FROM roles WHERE user_id = %lld", (long long)bob) +
               raw_int("SELECT count(*) FROM user_links WHERE user_id = %lld", (long long)bob),
           0, "his roles and his link");
    is_int(store_user_delete(st, bob), -ENOENT, "not twice");
}

static void test_audit(struct store *st, int64_t ch)
{
    for (int i = 0; i < 5; i++) {
        struct store_audit a = {.channel_id = ch, .post_id = 100 + i};
        snprintf(a.actor, sizeof a.actor, "ana@example.org");
        snprintf(a.action, sizeof a.action, "publish");
        snprintf(a.detail, sizeof a.detail, "Titre « %d »", i);
        is_int(store_audit_add(st, &a), 0, "audit_add %d", i);
        ok(a.id > 0 && a.at > 0, "fills id and at");
    }
    struct store_audit d = {.channel_id = ch, .post_id = 104, .at = 12345};
    snprintf(d.actor, sizeof d.actor, "token 3");
    snprintf(d.action, sizeof d.action, "delete");
    store_audit_add(st, &d);
    struct store_audit other = {.channel_id = ch + 1000};
    store_audit_add(st, &other);
    struct store_audit *v;
    size_t n;
    is_int(store_audit_list(st, ch, 0, 4, &v, &n), 0, "the first page");
    ok(n == 4 && strcmp(v[0].action, "delete") == 0 && strcmp(v[0].actor, "token 3") == 0 &&
           v[0].post_id == 104 && v[0].at == 12345 && v[0].detail[0] == '\0',
       "newest first: the delete by a token, at the time given");
    is_str(v[1].detail, "Titre « 4 »", "then the last publish, with its title");
    int64_t before = v[3].id;
    free(v);
    is_int(store_audit_list(st, ch, before, 4, &v, &n), 0, "the next page");
    ok(n == 2 && v[1].post_id == 100 && v[0].channel_id == ch, "the two oldest, of the channel");
    free(v);
    is_int(store_audit_list(st, ch, 0, 0, &v, &n), -EINVAL, "limit 0");
    is_int(store_audit_list(st, ch, 0, STORE_AUDIT_PAGE_MAX + 1, &v, &n), -EINVAL, "limit 201");
}

static void *user_thread(void *p)
{
    struct racer *r = p;
    struct store_user u = {0};
    if (r->a) /* each its own */
        snprintf(u.email, sizeof u.email, "cap%d@example.org", r->i);
    else
        snprintf(u.email, sizeof u.email, "race@example.org");
    pthread_barrier_wait(r->go);
    r->rc = store_user_create(r->st, &u);
    return NULL;
}

static void *take_thread(void *p)
{
    struct racer *r = p;
    unsigned char h[32];
    hash_of((int)r->a, h);
    pthread_barrier_wait(r->go);
    r->rc = store_link_take(r->st, h, crier_now_ms(), &r->got);
    return NULL;
}

static void *session_thread(void *p)
{
    struct racer *r = p;
    unsigned char h[32];
    hash_of((int)(1000 + r->b * RACERS + r->i), h);
    pthread_barrier_wait(r->go);
    r->rc = store_session_create(r->st, h, r->a, 0, crier_now_ms() + HOUR_MS);
    return NULL;
}

static void test_team_races(struct store *st, struct store *st2)
{
    struct racer r[RACERS];
    race(st, st2, user_thread, r, 0, 0);
    is_int(count_rc(r, 0), 1, "8 racing creations of one account: one wins");
    is_int(count_rc(r, -EEXIST), RACERS - 1, "the others -> -EEXIST");

    int64_t cy = make_user(st, "cy@example.org"), now = crier_now_ms();
    unsigned char h[32];
    int won = 0, lost = 0, kept = 0;
    for (int round = 0; round < 5; round++) {
        hash_of(500 + round, h);
        store_link_create(st, h, cy, now + HOUR_MS);
        race(st, st2, take_thread, r, 500 + round, 0);
        won += count_rc(r, 0) == 1;
        lost += count_rc(r, -ENOENT);
    }
    is_int(won, 5, "8 racing clicks on one link, 5 times: one signs in each time");
    is_int(lost, 5 * (RACERS - 1), "the others -> -ENOENT");

    for (int i = 0; i < STORE_SESSIONS_PER_USER - 1; i++) {
        hash_of(900 + i, h);
        store_session_create(st, h, cy, 0, now + HOUR_MS);
    }
    int fails = 0;
    for (int round = 0; round < 5; round++) {
        race(st, st2, session_thread, r, cy, round);
        fails += RACERS - count_rc(r, 0);
        kept += raw_int("SELECT count(*) FROM sessions WHERE user_id = %lld", (long long)cy) ==
                STORE_SESSIONS_PER_USER;
    }
    is_int(fails, 0, "8 racing sign-ins of one account, 5 times, all succeed");
    is_int(kept, 5, "and it keeps STORE_SESSIONS_PER_USER sessions each time, not more");

    /* the account cap: one place left, eight racing for it */
    raw_int("INSERT INTO users (email, created_at) SELECT 'u' || i || '@example.org', 0"
            " FROM generate_series(1, %lld) i",
            STORE_USERS_MAX - 1 - raw_int("SELECT count(*) FROM users"));
    race(st, st2, user_thread, r, 1, 0);
    is_int(count_rc(r, 0), 1, "8 racing creations for the last of STORE_USERS_MAX: one wins");
    is_int(count_rc(r, -ENOSPC), RACERS - 1, "the others -> -ENOSPC");
    is_int(raw_int("SELECT count(*) FROM users"), STORE_USERS_MAX, "STORE_USERS_MAX accounts");
}

static void test_team(struct store *st, struct store *st2)
{
    reset();
    int64_t gaz = make_channel(st, "gazette"), sport = make_channel(st, "sport"), ana, bob;
    test_users_roles(st, gaz, sport, &ana, &bob);
    test_sessions(st, ana, bob);
    test_audit(st, gaz);
    test_audit_with_writes(st, make_channel(st, "audited-writes"));
    test_audit_burst(st, make_channel(st, "audited-burst"));
    test_audit_revoked_token(st, make_channel(st, "audited-revoked"));
    test_audit_revoked_burst(st, make_channel(st, "audited-revoked-burst"));
    test_team_races(st, st2);
}

int main(void)
{
    const char *uri = getenv("CRIER_TEST_PG");
    char dbname[64], sql[128];
    if (!uri || !*uri) {
        printf("1..0 # SKIP no PostgreSQL\n");
        return 0;
    }
    log_set_level(LOG_ERROR);
    srand((unsigned)time(NULL) ^ (unsigned)getpid());
    snprintf(dbname, sizeof dbname, "crier_t_notify_%d_%d", (int)getpid(), rand() % 1000000);
    snprintf(sql, sizeof sql, "CREATE DATABASE %s", dbname);
    if (admin_cmd(uri, sql) < 0 || conninfo_for(uri, dbname, conninfo, sizeof conninfo) < 0)
        return 1;
    raw = PQconnectdb(conninfo);
    PQclear(PQexec(raw, "SET client_min_messages = warning")); /* no TRUNCATE notices */
    struct store *st = node(), *st2 = node();
    if (PQstatus(raw) == CONNECTION_OK && st && st2) {
        warm(st);
        warm(st2);
        test_settings_nodes(st, st2);
        test_push_subs(st, st2);
        on_reset(st, test_push_page);
        on_reset(st, test_push_membership_end);
        test_email_nodes(st, st2);
        test_fill_nodes(st, st2);
        on_reset(st, test_claim);
        on_reset(st, test_claim_orphans);
        test_claim_race(st, st2);
        on_reset(st, test_cancel_post);
        on_reset(st, test_stats);
        on_reset(st, test_cleanups);
        on_reset(st, test_throughput);
        test_team(st, st2);
    } else {
        ok(0, "connect to the test database");
    }
    if (st)
        store_close(st);
    if (st2)
        store_close(st2);
    PQfinish(raw);
    snprintf(sql, sizeof sql, "DROP DATABASE %s WITH (FORCE)", dbname);
    admin_cmd(uri, sql);
    return done_testing();
}
