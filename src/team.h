/*
 * team: the newsroom's accounts and what each may do. Passwords are hashed
 * with Argon2id (libargon2: t=2, m=19 MiB, p=1, a 16-byte salt, as OWASP
 * recommends at least); at most TEAM_HASHING_MAX hashes run at once, so a
 * flood of sign-ins costs bounded memory and CPU (the rest get -EBUSY).
 * A studio session is a random token in the HttpOnly cookie "crier_studio"
 * (SameSite=Strict), stored as its SHA-256; it ends at sign-out, after
 * TEAM_SESSION_DAYS, or when the password changes. A one-time sign-in link
 * (a new member, a reset) sets the password.
 *
 * Roles, per channel: an owner may do everything there, including the team;
 * an editor may publish, edit and delete any post and steer the selections;
 * an author writes drafts, edits and deletes only their own, and publishes
 * only where the owner allows it (may_publish).
 *
 * Any thread; team_password_* block (worker threads and the CLI only).
 */
#ifndef CRIER_TEAM_H
#define CRIER_TEAM_H

#include <stddef.h>
#include <stdint.h>

#include "http.h"
#include "store/store_team.h"
#include "token.h"

#define TEAM_PASSWORD_MIN 10  /* bytes */
#define TEAM_PASSWORD_MAX 256 /* bytes: Argon2 reads them all */
#define TEAM_HASHING_MAX 2    /* Argon2 computations at once in the process */
#define TEAM_SESSION_DAYS 14
#define TEAM_LINK_DAYS 7
#define TEAM_ROLES_MAX 64 /* roles a session carries (channels one account works in) */
#define TEAM_COOKIE "crier_studio"

/* A signed-in account and its roles, as a request sees them. */
struct team_who {
    int64_t user_id;
    char email[STORE_EMAIL_MAX + 1];
    char name[128];
    struct {
        int64_t channel_id;
        int role;
        int may_publish;
    } roles[TEAM_ROLES_MAX];
    size_t nroles;
};

/* The name of a role ("owner", "editor", "author") and back (0 or -EINVAL). */
const char *team_role_name(int role);
int team_role_parse(const char *s, int *role);

/* An email as stored: trimmed, lower-cased, "local@domain" with no spaces
 * or control characters, at most STORE_EMAIL_MAX bytes. 0 or -EINVAL. */
int team_email_norm(const char *in, char out[STORE_EMAIL_MAX + 1]);
/* A password's rules: TEAM_PASSWORD_MIN..MAX bytes of UTF-8, no control
 * characters. NULL when fine, else why (static). */
const char *team_password_weak(const char *pw);
/* Hashes pw into out (encoded Argon2id). 0, -EBUSY (too many at once),
 * -EINVAL (pw refused) or -EIO. */
int team_password_hash(const char *pw, char out[160]);
/* 0 when pw matches encoded, -EACCES when not (or encoded is ""), -EBUSY. */
int team_password_check(const char *encoded, const char *pw);

/* The role of who in channel_id (0: none) and whether they may publish
 * there (owners and editors always; authors when allowed). */
int team_role_in(const struct team_who *who, int64_t channel_id);
int team_may_publish(const struct team_who *who, int64_t channel_id);

/* Whether who may edit or delete a post of channel_id written by account
 * post_user_id (0: a token or the CLI), in store state: owners and editors
 * any; an author only their own, and a published one only where they may
 * publish. NULL when allowed, else why (static). */
const char *team_may_change(const struct team_who *who, int64_t channel_id, int64_t post_user_id,
                            int state);

/* Starts a session for u: a new token into token_out, stored. 0 or < 0. */
int team_session_start(struct store *st, const struct store_user *u, char token_out[TOKEN_LEN + 1]);
/* The request's studio session (cookie TEAM_COOKIE) into who, with the
 * account's roles: 0, -ENOENT (no cookie, or no such live session), or a
 * store error. */
int team_identify(struct store *st, const struct http_request *req, struct team_who *who);
/* Ends the request's session (sign-out): 0 or -ENOENT. */
int team_session_end(struct store *st, const struct http_request *req);
/* A one-time sign-in link's token for the account (replacing any other). */
int team_link_new(struct store *st, int64_t user_id, char token_out[TOKEN_LEN + 1]);

/* Appends an audit row: actor is who's email, else "token N", else
 * "cli". detail may be NULL. Failures are logged, never returned: the
 * action itself is done. */
void team_audit(struct store *st, int64_t channel_id, const char *actor, const char *action,
                int64_t post_id, const char *detail);
/* The same row, filled for a store write that carries it (store_post_create
 * and the like write it in their own transaction). */
void team_audit_fill(struct store_audit *a, int64_t channel_id, const char *actor,
                     const char *action, int64_t post_id, const char *detail);

#endif
