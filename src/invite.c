#include "invite.h"

#include <string.h>

#include "auth.h"
#include "channel.h"
#include "crier.h"
#include "timefmt.h"

int invite_create(struct store *st, struct store_invite *inv, char token[TOKEN_LEN + 1])
{
    if (token_new(token) < 0)
        return CRIER_ESTORE;
    auth_hash(token, TOKEN_LEN, inv->hash);
    memcpy(inv->prefix, token, sizeof inv->prefix - 1);
    inv->prefix[sizeof inv->prefix - 1] = '\0';
    int rc = store_invite_create(st, inv);
    if (rc < 0)
        explicit_bzero(token, TOKEN_LEN + 1);
    return rc;
}

/* ISO 8601 UTC, or JSON null for 0 (never). */
static json_t *time_or_null(int64_t ms)
{
    char s[32];
    if (ms <= 0)
        return json_null();
    timefmt_iso(ms, s);
    return json_string(s);
}

json_t *invite_json(const struct store_invite *inv)
{
    return json_pack("{s:I, s:s, s:s, s:o, s:o, s:o, s:I, s:b, s:b}", "id", (json_int_t)inv->id,
                     "prefix", inv->prefix, "label", inv->label, "created_at",
                     time_or_null(inv->created_at), "expires_at", time_or_null(inv->expires_at),
                     "max_uses", inv->max_uses ? json_integer(inv->max_uses) : json_null(), "uses",
                     (json_int_t)inv->uses, "approval", inv->approval, "revoked",
                     inv->revoked_at != 0);
}
