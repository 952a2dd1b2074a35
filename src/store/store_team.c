/*
 * store_team.c: the wrappers of store_team.h, forwarding to the backend's
 * team table (the contracts are in the header).
 */
#include "store/store_team.h"

#include <errno.h>

#define TEAM(st) ((st)->ops->team)

int store_user_create(struct store *st, struct store_user *u)
{
    return TEAM(st)->user_create(st, u);
}

int store_user_get(struct store *st, int64_t id, struct store_user *out)
{
    return TEAM(st)->user_get(st, id, out);
}

int store_user_by_email(struct store *st, const char *email, struct store_user *out)
{
    return TEAM(st)->user_by_email(st, email, out);
}

int store_user_list(struct store *st, struct store_user **out, size_t *n)
{
    return TEAM(st)->user_list(st, out, n);
}

int store_user_set_password(struct store *st, int64_t id, const char *pass)
{
    return TEAM(st)->user_set_password(st, id, pass);
}

int store_user_delete(struct store *st, int64_t id)
{
    return TEAM(st)->user_delete(st, id);
}

int store_role_set(struct store *st, const struct store_role_row *r)
{
    if (r->role < STORE_ROLE_AUTHOR || r->role > STORE_ROLE_OWNER)
        return -EINVAL;
    return TEAM(st)->role_set(st, r);
}

int store_role_remove(struct store *st, int64_t user_id, int64_t channel_id)
{
    return TEAM(st)->role_remove(st, user_id, channel_id);
}

int store_roles_of(struct store *st, int64_t user_id, int64_t channel_id,
                   struct store_role_row **out, size_t *n)
{
    return TEAM(st)->roles_of(st, user_id, channel_id, out, n);
}

int store_session_create(struct store *st, const unsigned char hash[32], int64_t user_id,
                         int64_t gen, int64_t expires_at)
{
    return TEAM(st)->session_create(st, hash, user_id, gen, expires_at);
}

int store_session_lookup(struct store *st, const unsigned char hash[32], int64_t now_ms,
                         struct store_session *s, struct store_user *u)
{
    return TEAM(st)->session_lookup(st, hash, now_ms, s, u);
}

int store_session_delete(struct store *st, const unsigned char hash[32])
{
    return TEAM(st)->session_delete(st, hash);
}

int store_link_create(struct store *st, const unsigned char hash[32], int64_t user_id,
                      int64_t expires_at)
{
    return TEAM(st)->link_create(st, hash, user_id, expires_at);
}

int store_link_take(struct store *st, const unsigned char hash[32], int64_t now_ms,
                    int64_t *user_id)
{
    return TEAM(st)->link_take(st, hash, now_ms, user_id);
}

int store_audit_add(struct store *st, struct store_audit *a)
{
    return TEAM(st)->audit_add(st, a);
}

int store_audit_list(struct store *st, int64_t channel_id, int64_t before, size_t limit,
                     struct store_audit **out, size_t *n)
{
    if (limit == 0 || limit > STORE_AUDIT_PAGE_MAX || before < 0)
        return -EINVAL;
    return TEAM(st)->audit_list(st, channel_id, before, limit, out, n);
}
