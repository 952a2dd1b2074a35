/*
 * team.c: accounts, passwords, studio sessions and roles (team.h).
 */
#include "team.h"

#include <argon2.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "crier.h"
#include "log.h"
#include "reader.h"
#include "utf8.h"

#define ARGON_T 2
#define ARGON_M_KIB 19456
#define ARGON_P 1
#define ARGON_SALT 16
#define ARGON_HASH 32

static pthread_mutex_t hashing_mu = PTHREAD_MUTEX_INITIALIZER;
static int hashing; /* Argon2 computations under way */

const char *team_role_name(int role)
{
    switch (role) {
    case STORE_ROLE_OWNER: return "owner";
    case STORE_ROLE_EDITOR: return "editor";
    case STORE_ROLE_AUTHOR: return "author";
    default: return "?";
    }
}

int team_role_parse(const char *s, int *role)
{
    for (int r = STORE_ROLE_AUTHOR; r <= STORE_ROLE_OWNER; r++)
        if (s && strcmp(s, team_role_name(r)) == 0) {
            *role = r;
            return 0;
        }
    return -EINVAL;
}

int team_email_norm(const char *in, char out[STORE_EMAIL_MAX + 1])
{
    if (!in)
        return -EINVAL;
    while (*in == ' ' || *in == '\t')
        in++;
    size_t n = strlen(in);
    while (n && (in[n - 1] == ' ' || in[n - 1] == '\t'))
        n--;
    if (n < 3 || n > STORE_EMAIL_MAX || !utf8_valid(in, n))
        return -EINVAL;
    const char *at = memchr(in, '@', n);
    if (!at || at == in || at == in + n - 1 || memchr(at + 1, '@', (size_t)(in + n - at - 1)))
        return -EINVAL;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)in[i];
        if (c <= ' ' || c == 0x7f || c == '<' || c == '>' || c == '"' || c == ',')
            return -EINVAL;
        out[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    out[n] = '\0';
    return 0;
}

const char *team_password_weak(const char *pw)
{
    size_t n = pw ? strlen(pw) : 0;
    if (n < TEAM_PASSWORD_MIN)
        return "a password needs at least 10 characters";
    if (n > TEAM_PASSWORD_MAX)
        return "a password has at most 256 bytes";
    if (!utf8_valid(pw, n))
        return "a password must be UTF-8 text";
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)pw[i] < 0x20 || pw[i] == 0x7f)
            return "a password has no control characters";
    return NULL;
}

static int hashing_enter(void)
{
    pthread_mutex_lock(&hashing_mu);
    int ok = hashing < TEAM_HASHING_MAX;
    hashing += ok;
    pthread_mutex_unlock(&hashing_mu);
    return ok ? 0 : -EBUSY;
}

static void hashing_leave(void)
{
    pthread_mutex_lock(&hashing_mu);
    hashing--;
    pthread_mutex_unlock(&hashing_mu);
}

int team_password_hash(const char *pw, char out[160])
{
    unsigned char salt[ARGON_SALT];
    if (team_password_weak(pw))
        return -EINVAL;
    if (auth_random(salt, sizeof salt) < 0)
        return -EIO;
    if (hashing_enter() < 0)
        return -EBUSY;
    int rc = argon2id_hash_encoded(ARGON_T, ARGON_M_KIB, ARGON_P, pw, strlen(pw), salt, sizeof salt,
                                   ARGON_HASH, out, 160);
    hashing_leave();
    return rc == ARGON2_OK ? 0 : -EIO;
}

int team_password_check(const char *encoded, const char *pw)
{
    if (!encoded || !encoded[0] || !pw || strlen(pw) > TEAM_PASSWORD_MAX)
        return -EACCES;
    if (hashing_enter() < 0)
        return -EBUSY;
    int rc = argon2id_verify(encoded, pw, strlen(pw));
    hashing_leave();
    return rc == ARGON2_OK ? 0 : -EACCES;
}

int team_role_in(const struct team_who *who, int64_t channel_id)
{
    for (size_t i = 0; who && i < who->nroles; i++)
        if (who->roles[i].channel_id == channel_id)
            return who->roles[i].role;
    return 0;
}

int team_may_publish(const struct team_who *who, int64_t channel_id)
{
    for (size_t i = 0; who && i < who->nroles; i++)
        if (who->roles[i].channel_id == channel_id)
            return who->roles[i].role >= STORE_ROLE_EDITOR || who->roles[i].may_publish;
    return 0;
}

const char *team_may_change(const struct team_who *who, int64_t channel_id, int64_t post_user_id,
                            int state)
{
    int role = team_role_in(who, channel_id);
    if (role >= STORE_ROLE_EDITOR)
        return NULL;
    if (!role)
        return "you have no role in this channel";
    if (post_user_id != who->user_id)
        return "an author changes only their own posts";
    if (state == STORE_POST_LIVE && !team_may_publish(who, channel_id))
        return "an author changes a published post only where they may publish";
    return NULL;
}

int team_session_start(struct store *st, const struct store_user *u, char token_out[TOKEN_LEN + 1])
{
    unsigned char hash[32];
    int rc = token_new(token_out);
    if (rc < 0)
        return rc;
    auth_hash(token_out, TOKEN_LEN, hash);
    return store_session_create(st, hash, u->id, u->gen,
                                crier_now_ms() + TEAM_SESSION_DAYS * 86400000LL);
}

/* The session cookie's hash: 0 or -ENOENT. */
static int cookie_hash(const struct http_request *req, unsigned char hash[32])
{
    char tok[TOKEN_LEN + 2];
    if (reader_cookie_get(req, TEAM_COOKIE, tok, sizeof tok) != TOKEN_LEN ||
        !token_shaped(tok, TOKEN_LEN, TOKEN_LEN))
        return -ENOENT;
    auth_hash(tok, TOKEN_LEN, hash);
    return 0;
}

int team_identify(struct store *st, const struct http_request *req, struct team_who *who)
{
    unsigned char hash[32];
    struct store_user u;
    struct store_role_row *roles = NULL;
    size_t n = 0;

    memset(who, 0, sizeof *who);
    int rc = cookie_hash(req, hash);
    if (rc < 0)
        return rc;
    if ((rc = store_session_lookup(st, hash, crier_now_ms(), NULL, &u)) < 0)
        return rc;
    if ((rc = store_roles_of(st, u.id, 0, &roles, &n)) < 0)
        return rc;
    who->user_id = u.id;
    snprintf(who->email, sizeof who->email, "%s", u.email);
    snprintf(who->name, sizeof who->name, "%s", u.name);
    for (size_t i = 0; i < n && who->nroles < TEAM_ROLES_MAX; i++) {
        who->roles[who->nroles].channel_id = roles[i].channel_id;
        who->roles[who->nroles].role = roles[i].role;
        who->roles[who->nroles].may_publish = roles[i].may_publish;
        who->nroles++;
    }
    free(roles);
    return 0;
}

int team_session_end(struct store *st, const struct http_request *req)
{
    unsigned char hash[32];
    int rc = cookie_hash(req, hash);
    return rc < 0 ? rc : store_session_delete(st, hash);
}

int team_link_new(struct store *st, int64_t user_id, char token_out[TOKEN_LEN + 1])
{
    unsigned char hash[32];
    int rc = token_new(token_out);
    if (rc < 0)
        return rc;
    auth_hash(token_out, TOKEN_LEN, hash);
    return store_link_create(st, hash, user_id, crier_now_ms() + TEAM_LINK_DAYS * 86400000LL);
}

void team_audit_fill(struct store_audit *a, int64_t channel_id, const char *actor,
                     const char *action, int64_t post_id, const char *detail)
{
    memset(a, 0, sizeof *a);
    a->channel_id = channel_id;
    a->post_id = post_id;
    snprintf(a->actor, sizeof a->actor, "%s", actor ? actor : "cli");
    snprintf(a->action, sizeof a->action, "%s", action);
    if (detail) {
        size_t n = strlen(detail);
        if (n >= sizeof a->detail) { /* cut on a character */
            n = sizeof a->detail - 1;
            while (n && ((unsigned char)detail[n] & 0xC0) == 0x80)
                n--;
        }
        memcpy(a->detail, detail, n);
        a->detail[n] = '\0';
    }
}

void team_audit(struct store *st, int64_t channel_id, const char *actor, const char *action,
                int64_t post_id, const char *detail)
{
    struct store_audit a;
    team_audit_fill(&a, channel_id, actor, action, post_id, detail);
    int rc = store_audit_add(st, &a);
    if (rc < 0)
        log_warn("team: audit row for channel %lld (%s): %s", (long long)channel_id, action,
                 crier_strerror(rc));
}
