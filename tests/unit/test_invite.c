/* Unit tests for src/invite.c on a real (temporary SQLite) store:
 * invite_create hands back a fresh token once and stores only its hash and
 * prefix (with the caller's settings, or the defaults); invite_json shows an
 * invite as the API and the CLI do, never its token or hash. */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "crier.h"
#include "invite.h"
#include "store/store.h"
#include "tap.h"
#include "token.h"

static char tmpdir[] = "/tmp/crier-test-invite-XXXXXX";
static struct store *st;
static struct store_channel ch;

static void test_create(void)
{
    char tok[TOKEN_LEN + 1], tok2[TOKEN_LEN + 1];
    unsigned char hash[32];
    int64_t before = crier_now_ms();
    struct store_invite inv = {.channel_id = ch.id,
                               .expires_at = 1893456000000LL,
                               .max_uses = 5,
                               .approval = 1},
                        got;

    snprintf(inv.label, sizeof inv.label, "Rédaction");
    is_int(invite_create(st, &inv, tok), 0, "an invite");
    is_int(strlen(tok), TOKEN_LEN, "a token of TOKEN_LEN characters");
    is_int(token_shaped(tok, TOKEN_LEN, TOKEN_LEN), 1, "base64url");
    ok(inv.id > 0, "an id");
    is_int(strncmp(inv.prefix, tok, 8), 0, "the prefix is the token's start");
    is_int(strlen(inv.prefix), 8, "eight characters of prefix");
    auth_hash(tok, TOKEN_LEN, hash);
    is_int(memcmp(inv.hash, hash, 32), 0, "the hash is the token's SHA-256");
    ok(inv.created_at >= before && inv.created_at <= crier_now_ms(), "created now");
    ok(inv.uses == 0 && inv.revoked_at == 0, "unused, live");

    memset(&got, 0, sizeof got);
    is_int(store_invite_lookup(st, hash, &got), 0, "the store finds it by the token's hash");
    is_int(got.id, inv.id, "the same invite");
    is_int(got.channel_id, ch.id, "of the channel");
    is_str(got.label, "Rédaction", "label stored");
    is_str(got.prefix, inv.prefix, "prefix stored");
    is_int(got.expires_at, 1893456000000LL, "expires_at stored");
    is_int(got.max_uses, 5, "max_uses stored");
    is_int(got.approval, 1, "approval stored");

    struct store_invite def = {.channel_id = ch.id};
    is_int(invite_create(st, &def, tok2), 0, "an invite with the defaults");
    ok(strcmp(tok2, tok) != 0, "a fresh token each time");
    ok(def.id > inv.id, "its own id");
    auth_hash(tok2, TOKEN_LEN, hash);
    memset(&got, 0, sizeof got);
    is_int(store_invite_lookup(st, hash, &got), 0, "stored");
    is_int(got.expires_at, 0, "never expires");
    is_int(got.max_uses, 0, "unlimited");
    is_int(got.approval, 0, "no approval");
    is_str(got.label, "", "no label");

    struct store_invite lost = {.channel_id = ch.id + 1000};
    memset(tok2, 'x', TOKEN_LEN);
    tok2[TOKEN_LEN] = '\0';
    is_int(invite_create(st, &lost, tok2), -ENOENT, "a channel that does not exist");
    is_int(tok2[0], 0, "the token of an invite not made is wiped");
}

static void test_json(void)
{
    struct store_invite inv = {.id = 3,
                               .prefix = "AbCd-_9z",
                               .created_at = 1764140000123LL,
                               .uses = 2,
                               .approval = 1,
                               .revoked_at = 1764140000999LL};
    memset(inv.hash, 0xab, sizeof inv.hash);
    snprintf(inv.label, sizeof inv.label, "« Lecteurs »");
    json_t *j = invite_json(&inv);
    char *s = json_dumps(j, JSON_COMPACT);
    is_str(s,
           "{\"id\":3,\"prefix\":\"AbCd-_9z\",\"label\":\"« Lecteurs »\","
           "\"created_at\":\"2025-11-26T06:53:20.123Z\",\"expires_at\":null,\"max_uses\":null,"
           "\"uses\":2,\"approval\":true,\"revoked\":true}",
           "never, unlimited and revoked, in the documented order");
    free(s);
    json_decref(j);

    inv.expires_at = 1893456000000LL;
    inv.max_uses = 10;
    inv.approval = 0;
    inv.revoked_at = 0;
    j = invite_json(&inv);
    s = json_dumps(j, JSON_COMPACT);
    is_str(
        s,
        "{\"id\":3,\"prefix\":\"AbCd-_9z\",\"label\":\"« Lecteurs »\","
        "\"created_at\":\"2025-11-26T06:53:20.123Z\",\"expires_at\":\"2030-01-01T00:00:00.000Z\","
        "\"max_uses\":10,\"uses\":2,\"approval\":false,\"revoked\":false}",
        "an expiry, a limit, live");
    free(s);
    json_decref(j);

    /* a real invite: nothing of its token or hash shows */
    char tok[TOKEN_LEN + 1], hex[65];
    struct store_invite made = {.channel_id = ch.id};
    is_int(invite_create(st, &made, tok), 0, "an invite");
    j = invite_json(&made);
    s = json_dumps(j, JSON_COMPACT);
    is_int(json_object_size(j), 9, "nine keys");
    ok(!json_object_get(j, "token") && !json_object_get(j, "hash"), "no token or hash key");
    ok(strstr(s, tok) == NULL, "the token is not in it");
    ok(strstr(s, tok + 8) == NULL, "nor its secret part");
    for (int i = 0; i < 32; i++)
        snprintf(hex + 2 * i, 3, "%02x", made.hash[i]);
    ok(strstr(s, hex) == NULL, "nor the hash in hex");
    is_str(json_string_value(json_object_get(j, "prefix")), made.prefix, "the prefix tells it");
    free(s);
    json_decref(j);
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
    snprintf(ch.slug, sizeof ch.slug, "priv");
    ch.title = (char *)"Private";
    ch.description = (char *)"";
    snprintf(ch.lang, sizeof ch.lang, "fr");
    snprintf(ch.tz, sizeof ch.tz, "Europe/Paris");
    ch.visibility = STORE_PRIVATE;
    is_int(store_channel_create(st, &ch), 0, "a private channel");
    test_create();
    test_json();
    store_close(st);
    return done_testing_in(tmpdir);
}
