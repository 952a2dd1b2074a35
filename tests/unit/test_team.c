/*
 * test_team: the newsroom's accounts on a real SQLite file. Emails and
 * passwords are checked; Argon2id hashes verify (and a wrong password does
 * not); at most TEAM_HASHING_MAX hashes run at once; roles decide who may
 * publish and who may change whose post; a session ends at sign-out, on a
 * new password and at its expiry, and an account keeps at most
 * STORE_SESSIONS_PER_USER; a sign-in link works once; the audit log pages
 * newest first; a post write carries its audit row in its transaction.
 */
#include "team.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "crier.h"
#include "log.h"
#include "audit_writes.h"
#include "tap.h"

static char tmpdir[] = "/tmp/crier-test-team-XXXXXX";
static struct store *st;

static void test_rules(void)
{
    char e[STORE_EMAIL_MAX + 1];
    is_int(team_email_norm("  Ana.Lopez@Example.ORG ", e), 0, "an email");
    is_str(e, "ana.lopez@example.org", "trimmed and lower-cased");
    is_int(team_email_norm("ana", e), -EINVAL, "no @");
    is_int(team_email_norm("@example.org", e), -EINVAL, "no local part");
    is_int(team_email_norm("ana@", e), -EINVAL, "no domain");
    is_int(team_email_norm("a@b@c", e), -EINVAL, "two @");
    is_int(team_email_norm("ana lopez@example.org", e), -EINVAL, "a space");
    is_int(team_email_norm("ana@exa\x01mple.org", e), -EINVAL, "a control character");
    is_int(team_email_norm("\"ana\"@example.org", e), -EINVAL, "quotes");
    ok(team_password_weak("court") != NULL, "a short password is weak");
    ok(team_password_weak("très bonne phrase secrète") == NULL, "a French passphrase is fine");
    ok(team_password_weak("tab\there is bad") != NULL, "a control character is refused");
    ok(team_password_weak("\xff\xfe invalid utf8") != NULL, "bytes that are not UTF-8");
    int r = 0;
    is_int(team_role_parse("editor", &r), 0, "editor parses");
    is_int(r, STORE_ROLE_EDITOR, "to its value");
    is_int(team_role_parse("admin", &r), -EINVAL, "admin is not a role");
    is_str(team_role_name(STORE_ROLE_OWNER), "owner", "owner's name");
}

static void test_passwords(void)
{
    char h[160];
    is_int(team_password_hash("une phrase de passe", h), 0, "hashed");
    ok(strncmp(h, "$argon2id$v=19$m=19456,t=2,p=1$", 31) == 0, "Argon2id, m=19 MiB, t=2, p=1");
    is_int(team_password_check(h, "une phrase de passe"), 0, "the right password");
    is_int(team_password_check(h, "une phrase de passf"), -EACCES, "a wrong one");
    is_int(team_password_check("", "une phrase de passe"), -EACCES, "no password set");
    char h2[160];
    team_password_hash("une phrase de passe", h2);
    ok(strcmp(h, h2) != 0, "a new salt each time");
    is_int(team_password_hash("court", h), -EINVAL, "a weak password is not hashed");
}

struct racer {
    int rc;
    pthread_barrier_t *go;
};

static void *race(void *arg)
{
    struct racer *r = arg;
    char h[160];
    pthread_barrier_wait(r->go);
    r->rc = team_password_hash("une phrase de passe", h);
    return NULL;
}

/* Eight hashes released together (each takes tens of ms): at least one is
 * done, the ones past TEAM_HASHING_MAX are told to wait (-EBUSY) rather
 * than queued, and nothing else fails. Without the bound none is refused. */
static void test_hashing_bound(void)
{
    enum { N = 8 };
    pthread_t t[N];
    struct racer r[N];
    pthread_barrier_t go;
    pthread_barrier_init(&go, NULL, N);
    for (int i = 0; i < N; i++) {
        r[i] = (struct racer){.go = &go};
        pthread_create(&t[i], NULL, race, &r[i]);
    }
    int done = 0, busy = 0, other = 0;
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], NULL);
        done += r[i].rc == 0;
        busy += r[i].rc == -EBUSY;
        other += r[i].rc != 0 && r[i].rc != -EBUSY;
    }
    pthread_barrier_destroy(&go);
    ok(done >= 1 && done + busy == N && other == 0, "8 at once: %d hashed, %d told to wait", done,
       busy);
    ok(busy >= 1, "some are refused rather than queued (%d busy)", busy);
}

static int64_t channel(const char *slug)
{
    struct store_channel ch = {0};
    snprintf(ch.slug, sizeof ch.slug, "%s", slug);
    snprintf(ch.lang, sizeof ch.lang, "fr");
    snprintf(ch.tz, sizeof ch.tz, "UTC");
    store_channel_create(st, &ch);
    int64_t id = ch.id;
    store_channel_clear(&ch);
    return id;
}

static struct store_user user(const char *email)
{
    struct store_user u = {0};
    snprintf(u.email, sizeof u.email, "%s", email);
    is_int(store_user_create(st, &u), 0, "account %s", email);
    return u;
}

/* A session token for u, and the request that carries it. */
static void session(const struct store_user *u, char tok[TOKEN_LEN + 1], struct http_request *req,
                    char *cookie, size_t n)
{
    is_int(team_session_start(st, u, tok), 0, "session for %s", u->email);
    snprintf(cookie, n, "crier_reader=xyz; " TEAM_COOKIE "=%s", tok);
    memset(req, 0, sizeof *req);
    req->nheaders = 1;
    req->headers[0].name = "cookie";
    req->headers[0].value = cookie;
}

static void test_roles_and_sessions(void)
{
    int64_t gaz = channel("gazette"), sport = channel("sport");
    struct store_user ana = user("ana@example.org"), bob = user("bob@example.org");
    struct store_user again = {0};
    snprintf(again.email, sizeof again.email, "ana@example.org");
    is_int(store_user_create(st, &again), -EEXIST, "an email is one account");

    struct store_role_row r = {.user_id = ana.id, .channel_id = gaz, .role = STORE_ROLE_OWNER};
    is_int(store_role_set(st, &r), 0, "ana owns gazette");
    r = (struct store_role_row){.user_id = bob.id, .channel_id = gaz, .role = STORE_ROLE_AUTHOR};
    is_int(store_role_set(st, &r), 0, "bob writes for gazette");
    r = (struct store_role_row){
        .user_id = bob.id, .channel_id = sport, .role = STORE_ROLE_AUTHOR, .may_publish = 1};
    is_int(store_role_set(st, &r), 0, "bob writes and publishes for sport");
    r.role = 9;
    is_int(store_role_set(st, &r), -EINVAL, "no role 9");
    r = (struct store_role_row){.user_id = 999, .channel_id = gaz, .role = STORE_ROLE_AUTHOR};
    is_int(store_role_set(st, &r), -ENOENT, "no such account");

    char tok[TOKEN_LEN + 1], cookie[200];
    struct http_request req;
    struct team_who who;
    session(&bob, tok, &req, cookie, sizeof cookie);
    is_int(team_identify(st, &req, &who), 0, "bob's session");
    ok(who.user_id == bob.id && strcmp(who.email, "bob@example.org") == 0, "is bob's");
    is_int((int)who.nroles, 2, "with his two roles");
    ok(!team_may_publish(&who, gaz), "an author may not publish in gazette");
    ok(team_may_publish(&who, sport), "but may in sport");
    is_int(team_role_in(&who, 424242), 0, "no role elsewhere");
    ok(team_may_change(&who, gaz, bob.id, STORE_POST_DRAFT) == NULL, "his own draft");
    is_str(team_may_change(&who, gaz, ana.id, STORE_POST_DRAFT),
           "an author changes only their own posts", "not ana's");
    is_str(team_may_change(&who, gaz, bob.id, STORE_POST_LIVE),
           "an author changes a published post only where they may publish",
           "not his published post in gazette");
    ok(team_may_change(&who, sport, bob.id, STORE_POST_LIVE) == NULL,
       "his published post in sport");
    is_str(team_may_change(&who, 424242, bob.id, STORE_POST_DRAFT),
           "you have no role in this channel", "nowhere else");

    /* sign-out */
    is_int(team_session_end(st, &req), 0, "signed out");
    is_int(team_identify(st, &req, &who), -ENOENT, "the cookie opens nothing now");
    is_int(team_session_end(st, &req), -ENOENT, "signed out twice");

    /* a new password ends every session */
    char t2[TOKEN_LEN + 1], c2[200];
    struct http_request r2;
    session(&ana, tok, &req, cookie, sizeof cookie);
    session(&ana, t2, &r2, c2, sizeof c2);
    is_int(team_identify(st, &r2, &who), 0, "two sessions of ana");
    is_int(store_user_set_password(st, ana.id, "$argon2id$fake"), 0, "a new password");
    is_int(team_identify(st, &req, &who), -ENOENT, "the first session ended");
    is_int(team_identify(st, &r2, &who), -ENOENT, "the second too");
    store_user_get(st, ana.id, &ana);
    is_int((int)ana.gen, 1, "the account's generation moved");

    /* a reader's cookie alone is nothing here */
    snprintf(cookie, sizeof cookie, "crier_reader=%s", tok);
    is_int(team_identify(st, &req, &who), -ENOENT, "a reader cookie is not a session");

    /* at most STORE_SESSIONS_PER_USER sessions: the oldest goes */
    char first[TOKEN_LEN + 1], fc[200];
    struct http_request fr;
    session(&ana, first, &fr, fc, sizeof fc);
    for (int i = 0; i < STORE_SESSIONS_PER_USER; i++) {
        char t[TOKEN_LEN + 1];
        team_session_start(st, &ana, t);
    }
    is_int(team_identify(st, &fr, &who), -ENOENT, "the 17th session pushed out the first");

    /* an expired session */
    unsigned char hash[32];
    auth_hash("expired-session-token", 21, hash);
    store_session_create(st, hash, ana.id, ana.gen, crier_now_ms() - 1);
    is_int(store_session_lookup(st, hash, crier_now_ms(), NULL, NULL), -ENOENT, "expired");

    /* a link works once */
    char link[TOKEN_LEN + 1];
    int64_t uid = 0;
    is_int(team_link_new(st, bob.id, link), 0, "a link for bob");
    auth_hash(link, strlen(link), hash);
    is_int(store_link_take(st, hash, crier_now_ms(), &uid), 0, "taken");
    is_int((int)uid, (int)bob.id, "it is bob's");
    is_int(store_link_take(st, hash, crier_now_ms(), &uid), -ENOENT, "not twice");
    char l1[TOKEN_LEN + 1], l2[TOKEN_LEN + 1];
    team_link_new(st, bob.id, l1);
    team_link_new(st, bob.id, l2);
    auth_hash(l1, strlen(l1), hash);
    is_int(store_link_take(st, hash, crier_now_ms(), &uid), -ENOENT, "a newer link replaces it");
    auth_hash(l2, strlen(l2), hash);
    is_int(store_link_take(st, hash, crier_now_ms() + 8 * 86400000LL, &uid), -ENOENT,
           "a link is dead after 7 days");

    /* roles listed; removed; the account deleted */
    struct store_role_row *v = NULL;
    size_t n = 0;
    is_int(store_roles_of(st, 0, gaz, &v, &n), 0, "gazette's team");
    ok(n == 2 && strcmp(v[0].email, "ana@example.org") == 0 && v[0].role == STORE_ROLE_OWNER &&
           strcmp(v[0].slug, "gazette") == 0,
       "ana first, owner");
    free(v);
    is_int(store_role_remove(st, bob.id, gaz), 0, "bob leaves gazette");
    is_int(store_role_remove(st, bob.id, gaz), -ENOENT, "not twice");
    session(&bob, tok, &req, cookie, sizeof cookie);
    is_int(store_user_delete(st, bob.id), 0, "bob's account deleted");
    is_int(team_identify(st, &req, &who), -ENOENT, "and his session with it");
    is_int(store_roles_of(st, bob.id, 0, &v, &n), 0, "his roles");
    is_int((int)n, 0, "are gone");
    free(v);
}

static void test_audit(void)
{
    int64_t ch = channel("audited");
    for (int i = 0; i < 5; i++) {
        char d[32];
        snprintf(d, sizeof d, "Titre « %d »", i);
        team_audit(st, ch, "ana@example.org", "publish", 100 + i, d);
    }
    team_audit(st, ch, "token 3", "delete", 104, NULL);
    struct store_audit *v = NULL;
    size_t n = 0;
    is_int(store_audit_list(st, ch, 0, 4, &v, &n), 0, "the first page");
    ok(n == 4 && strcmp(v[0].action, "delete") == 0 && strcmp(v[0].actor, "token 3") == 0 &&
           v[0].post_id == 104,
       "newest first: the delete by a token");
    is_str(v[1].detail, "Titre « 4 »", "then the last publish, with its title");
    int64_t before = v[3].id;
    free(v);
    is_int(store_audit_list(st, ch, before, 4, &v, &n), 0, "the next page");
    ok(n == 2 && v[1].post_id == 100, "the two oldest");
    free(v);
    is_int(store_audit_list(st, ch, 0, 0, &v, &n), -EINVAL, "limit 0");
    is_int(store_audit_list(st, ch, 0, STORE_AUDIT_PAGE_MAX + 1, &v, &n), -EINVAL, "limit 201");
}

int main(void)
{
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    log_set_level(LOG_ERROR);
    if (store_open(&st, tmpdir) < 0)
        return 1;
    test_rules();
    test_passwords();
    test_hashing_bound();
    test_roles_and_sessions();
    test_audit();
    test_audit_with_writes(st, channel("audited-writes"));
    test_audit_burst(st, channel("audited-burst"));
    test_audit_revoked_token(st, channel("audited-revoked"));
    test_audit_revoked_burst(st, channel("audited-revoked-burst"));
    store_close(st);
    return done_testing_in(tmpdir);
}
