/*
 * store_team: the newsroom's people in the store. Accounts (an email, a
 * name, an Argon2id password hash), their role in each channel, their
 * studio sessions, one-time sign-in links, and the audit log of what was
 * done to a channel's posts and team. Secrets (session and link tokens) are
 * stored only as their SHA-256, looked up by hash with a constant-time
 * confirmation, as tokens are. Pooled connections; no seq is taken.
 *
 * Every list is bounded: sessions per account (STORE_SESSIONS_PER_USER, the
 * oldest goes), one link per account, accounts per store, audit rows read a
 * page at a time.
 */
#ifndef CRIER_STORE_TEAM_H
#define CRIER_STORE_TEAM_H

#include <stddef.h>
#include <stdint.h>

#include "store/store.h"

#define STORE_EMAIL_MAX 254
#define STORE_USERS_MAX 10000
#define STORE_SESSIONS_PER_USER 16
#define STORE_AUDIT_PAGE_MAX 200

enum store_role { STORE_ROLE_AUTHOR = 1, STORE_ROLE_EDITOR = 2, STORE_ROLE_OWNER = 3 };

struct store_user {
    int64_t id;
    char email[STORE_EMAIL_MAX + 1]; /* lower-cased */
    char name[128];
    char pass[160]; /* the Argon2id encoded hash, "" until a password is set */
    int64_t gen;    /* bumped when the password changes: older sessions end */
    int64_t created_at;
};

/* One account's role in one channel. */
struct store_role_row {
    int64_t user_id, channel_id;
    int role;        /* enum store_role */
    int may_publish; /* an author's right to publish (else drafts only); editors and owners always
                      */
    char email[STORE_EMAIL_MAX + 1];
    char slug[STORE_SLUG_MAX + 1];
};

struct store_session {
    int64_t id, user_id, gen;
    int64_t created_at, expires_at;
};

struct store_audit {
    int64_t id, channel_id, at;
    char actor[STORE_EMAIL_MAX + 16]; /* "ana@example.org", "token 3", "cli" */
    char action[32];                  /* "publish", "edit", "delete", "pin", ... */
    int64_t post_id;                  /* 0 when none */
    char detail[256];
    /* The token behind the change, 0 for none. A write the writer queue runs
     * (a post's create, edit, delete, schedule) checks it in its own
     * transaction and fails with CRIER_EREVOKED when the token was revoked or
     * deleted before: the API may then read a token from the cache
     * (store_token_lookup_cached) for such a write. */
    int64_t token_id;
};

/*
 * user_create: fills id, created_at; -EEXIST for an email already there,
 *   -ENOSPC past STORE_USERS_MAX. user_get / user_by_email: -ENOENT.
 * user_set_password: a new hash ("" clears it) and gen + 1: every session
 *   of the account ends, and its sign-in link too.
 * user_delete: the account, its roles, sessions and link.
 * role_set: inserts or replaces (user, channel); -ENOENT for either
 *   missing. role_remove: -ENOENT when there was none. roles_of: an
 *   account's roles (user_id) or a channel's (channel_id; the other 0), at
 *   most 1000, with email and slug filled.
 * session_create: stores hash for user at gen until expires_at; past
 *   STORE_SESSIONS_PER_USER the oldest is deleted. session_lookup: the
 *   session and its account, only while unexpired and of the account's
 *   current gen (-ENOENT otherwise). session_delete: by hash (-ENOENT).
 * link_create: the account's one link (a new one replaces it).
 *   link_take: uses it up (deleted in the same statement) and gives its
 *   account: -ENOENT when unknown, used or expired.
 * audit_add: appends a row (id and at filled when 0). audit_list: a
 *   channel's rows with id < before (0: the newest), newest first, at most
 *   limit (1..STORE_AUDIT_PAGE_MAX).
 */
struct store_team_ops {
    int (*user_create)(struct store *st, struct store_user *u);
    int (*user_get)(struct store *st, int64_t id, struct store_user *out);
    int (*user_by_email)(struct store *st, const char *email, struct store_user *out);
    int (*user_list)(struct store *st, struct store_user **out, size_t *n);
    int (*user_set_password)(struct store *st, int64_t id, const char *pass);
    int (*user_delete)(struct store *st, int64_t id);
    int (*role_set)(struct store *st, const struct store_role_row *r);
    int (*role_remove)(struct store *st, int64_t user_id, int64_t channel_id);
    int (*roles_of)(struct store *st, int64_t user_id, int64_t channel_id,
                    struct store_role_row **out, size_t *n);
    int (*session_create)(struct store *st, const unsigned char hash[32], int64_t user_id,
                          int64_t gen, int64_t expires_at);
    int (*session_lookup)(struct store *st, const unsigned char hash[32], int64_t now_ms,
                          struct store_session *s, struct store_user *u);
    int (*session_delete)(struct store *st, const unsigned char hash[32]);
    int (*link_create)(struct store *st, const unsigned char hash[32], int64_t user_id,
                       int64_t expires_at);
    int (*link_take)(struct store *st, const unsigned char hash[32], int64_t now_ms,
                     int64_t *user_id);
    int (*audit_add)(struct store *st, struct store_audit *a);
    int (*audit_list)(struct store *st, int64_t channel_id, int64_t before, size_t limit,
                      struct store_audit **out, size_t *n);
};

int store_user_create(struct store *st, struct store_user *u);
int store_user_get(struct store *st, int64_t id, struct store_user *out);
int store_user_by_email(struct store *st, const char *email, struct store_user *out);
int store_user_list(struct store *st, struct store_user **out, size_t *n);
int store_user_set_password(struct store *st, int64_t id, const char *pass);
int store_user_delete(struct store *st, int64_t id);
int store_role_set(struct store *st, const struct store_role_row *r);
int store_role_remove(struct store *st, int64_t user_id, int64_t channel_id);
int store_roles_of(struct store *st, int64_t user_id, int64_t channel_id,
                   struct store_role_row **out, size_t *n);
int store_session_create(struct store *st, const unsigned char hash[32], int64_t user_id,
                         int64_t gen, int64_t expires_at);
int store_session_lookup(struct store *st, const unsigned char hash[32], int64_t now_ms,
                         struct store_session *s, struct store_user *u);
int store_session_delete(struct store *st, const unsigned char hash[32]);
int store_link_create(struct store *st, const unsigned char hash[32], int64_t user_id,
                      int64_t expires_at);
int store_link_take(struct store *st, const unsigned char hash[32], int64_t now_ms,
                    int64_t *user_id);
int store_audit_add(struct store *st, struct store_audit *a);
int store_audit_list(struct store *st, int64_t channel_id, int64_t before, size_t limit,
                     struct store_audit **out, size_t *n);

#endif
