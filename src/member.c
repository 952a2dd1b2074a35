/*
 * member.c: the membership rules (see member.h).
 *
 * A device link carries the reader's own token, sealed: the store keeps
 * token XOR SHA-256("crier-device-link:" + link token) next to the link's
 * hash, so only whoever holds the link can unseal it, and the secret is
 * wiped when the link is used. Both devices then hold the same reader.
 *
 * A member's feed key is HMAC-SHA256(reader token, "crier-feed:<channel>:
 * <joined_at>"): stable for a membership, new after leaving and joining
 * again, and useless for finding the reader's token.
 */
#include "member.h"

#include <assert.h>
#include <errno.h>
#include <openssl/crypto.h>
#include <openssl/hmac.h>
#include <stdio.h>
#include <string.h>

#include "auth.h"
#include "crier.h"

#define SEAL_LABEL "crier-device-link:"

const char *member_state_name(int state)
{
    return state == STORE_MEMBER_ACTIVE    ? "member"
           : state == STORE_MEMBER_PENDING ? "pending"
                                           : "none";
}

int member_state(struct store *st, int64_t channel_id, int64_t reader_id, int *state)
{
    struct store_member m;
    *state = STORE_MEMBER_NONE;
    if (!reader_id)
        return 0;
    int err = store_member_get(st, channel_id, reader_id, &m);
    if (err == -ENOENT)
        return 0;
    if (err < 0)
        return err;
    *state = m.state;
    return 0;
}

int member_join_check(struct store *st, const struct store_channel *ch, int64_t reader_id,
                      int *state)
{
    int err = member_state(st, ch->id, reader_id, state);
    if (err < 0)
        return err;
    if (ch->visibility == STORE_PRIVATE && *state == STORE_MEMBER_NONE)
        return -ENOENT; /* joined only through an invite; not revealed */
    if (ch->visibility == STORE_PRIVATE || *state == STORE_MEMBER_ACTIVE)
        return 0;
    return 1;
}

int member_join(struct store *st, const struct store_channel *ch, int64_t reader_id,
                struct store_member *out)
{
    assert(reader_id > 0);
    if (ch->visibility == STORE_PRIVATE)
        return -ENOENT; /* only through an invite (member_invite_join) */
    return store_member_join(st, ch->id, reader_id, out);
}

int member_leave(struct store *st, const struct store_channel *ch, int64_t reader_id)
{
    int err = reader_id ? store_member_leave(st, ch->id, reader_id) : -ENOENT;
    if (err == -ENOENT)
        return ch->visibility == STORE_PRIVATE ? -ENOENT : 0;
    return err;
}

int member_read(struct store *st, const struct store_channel *ch, int64_t reader_id, int64_t seq)
{
    int state, err = reader_id ? store_member_set_read(st, ch->id, reader_id, seq) : -ENOENT;
    if (err != -ENOENT)
        return err;
    /* Not an active member: a waiting reader may know the channel exists. */
    if (ch->visibility == STORE_PRIVATE &&
        (member_state(st, ch->id, reader_id, &state) < 0 || state != STORE_MEMBER_PENDING))
        return -ENOENT;
    return -EACCES;
}

int member_is_active(struct store *st, int64_t channel_id, int64_t reader_id)
{
    int state, err = member_state(st, channel_id, reader_id, &state);
    if (err < 0)
        return err;
    return state == STORE_MEMBER_ACTIVE ? 0 : -EACCES;
}

int member_may_read(struct store *st, const struct store_channel *ch, int64_t reader_id)
{
    return ch->visibility == STORE_PUBLIC ? 0 : member_is_active(st, ch->id, reader_id);
}

/* The member's feed key (whose hash is stored for member_feed_key_check). */
static int feed_key(struct store *st, const struct store_member *m, const char *reader_token,
                    char key[TOKEN_LEN + 1])
{
    char msg[80];
    unsigned char mac[32], hash[32];
    unsigned int maclen = sizeof mac;

    if (!m->reader_id || !reader_token || !token_shaped(reader_token, TOKEN_LEN, TOKEN_LEN))
        return -EACCES;
    int n = snprintf(msg, sizeof msg, "crier-feed:%lld:%lld", (long long)m->channel_id,
                     (long long)m->joined_at);
    if (!HMAC(EVP_sha256(), reader_token, TOKEN_LEN, (const unsigned char *)msg, (size_t)n, mac,
              &maclen) ||
        maclen != sizeof mac)
        return CRIER_ESTORE;
    token_encode(mac, sizeof mac, key);
    auth_hash(key, TOKEN_LEN, hash);
    return store_member_feed_set(st, m->channel_id, m->reader_id, hash);
}

int member_feed_url(struct store *st, const struct store_channel *ch, const struct store_member *m,
                    const char *reader_token, char *out, size_t outsz)
{
    char key[TOKEN_LEN + 1];
    int err;

    if (ch->visibility == STORE_PUBLIC) {
        snprintf(out, outsz, "/%s/atom.xml", ch->slug);
        return 0;
    }
    if (!m || m->state != STORE_MEMBER_ACTIVE || m->channel_id != ch->id)
        return -EACCES;
    if ((err = feed_key(st, m, reader_token, key)) < 0)
        return err;
    return snprintf(out, outsz, "/%s/atom.xml?key=%s", ch->slug, key) < (int)outsz ? 0 : -ENOBUFS;
}

int member_feed_key_check(struct store *st, int64_t channel_id, const char *key)
{
    unsigned char hash[32];
    struct store_member m;
    if (!key || !token_shaped(key, TOKEN_LEN, TOKEN_LEN))
        return -EACCES;
    auth_hash(key, TOKEN_LEN, hash);
    int err = store_member_feed_lookup(st, hash, &m);
    if (err == -ENOENT)
        return -EACCES;
    if (err < 0)
        return err;
    return m.channel_id == channel_id && m.state == STORE_MEMBER_ACTIVE ? 0 : -EACCES;
}

int member_invite_state(struct store *st, const char *token, struct store_invite *inv)
{
    unsigned char hash[32];
    if (!token_shaped(token, TOKEN_LINK_MIN, TOKEN_LINK_MAX))
        return -ENOENT;
    auth_hash(token, strlen(token), hash);
    int err = store_invite_lookup(st, hash, inv);
    if (err < 0)
        return err;
    if (inv->revoked_at)
        return -EKEYREVOKED;
    if (inv->expires_at && crier_now_ms() >= inv->expires_at)
        return -EKEYEXPIRED;
    if (inv->max_uses && inv->uses >= inv->max_uses)
        return -EDQUOT;
    return 0;
}

int member_invite_check(struct store *st, const char *token, int64_t reader_id,
                        struct store_invite *inv)
{
    int err = member_invite_state(st, token, inv);
    int dead = err == -EKEYREVOKED || err == -EKEYEXPIRED || err == -EDQUOT;
    /* A dead invite makes no new reader; a member may still come back
     * through it (store_invite_join lets them in without using it). */
    return err < 0 && (!dead || !reader_id) ? err : 0;
}

int member_invite_join(struct store *st, const char *token, int64_t reader_id,
                       struct store_member *out)
{
    unsigned char hash[32];
    assert(reader_id > 0);
    if (!token_shaped(token, TOKEN_LINK_MIN, TOKEN_LINK_MAX))
        return -ENOENT;
    auth_hash(token, strlen(token), hash);
    return store_invite_join(st, hash, reader_id, crier_now_ms(), out);
}

/* The key that seals a reader's token inside the device link `link`. */
static void seal_key(const char *link, unsigned char key[32])
{
    char msg[sizeof SEAL_LABEL + TOKEN_LEN];
    int n = snprintf(msg, sizeof msg, "%s%s", SEAL_LABEL, link);
    auth_hash(msg, (size_t)n, key);
    OPENSSL_cleanse(msg, sizeof msg);
}

int member_transfer_create(struct store *st, int64_t reader_id, const char *reader_token, char *url,
                           size_t urlsz, int64_t *expires_at)
{
    char link[TOKEN_LEN + 1];
    unsigned char raw[32], key[32], hash[32];
    int err;

    if (!reader_id || !reader_token || token_decode(reader_token, raw) < 0)
        return -ENOENT;
    if ((err = token_new(link)) < 0)
        return err;
    seal_key(link, key);
    for (int i = 0; i < 32; i++)
        raw[i] ^= key[i];
    auth_hash(link, TOKEN_LEN, hash);
    *expires_at = crier_now_ms() + MEMBER_TRANSFER_MS;
    err = store_transfer_create(st, hash, reader_id, raw, *expires_at);
    OPENSSL_cleanse(raw, sizeof raw);
    OPENSSL_cleanse(key, sizeof key);
    if (err == 0 && snprintf(url, urlsz, "/+device/%s", link) >= (int)urlsz)
        err = -ENOBUFS;
    return err;
}

int member_transfer_take(struct store *st, const char *link, int64_t *reader_id,
                         char reader_token[TOKEN_LEN + 1])
{
    unsigned char hash[32], secret[32], key[32];
    struct store_reader r;

    *reader_id = 0;
    if (!token_shaped(link, TOKEN_LEN, TOKEN_LEN))
        return -ENOENT;
    auth_hash(link, TOKEN_LEN, hash);
    int err = store_transfer_take(st, hash, crier_now_ms(), reader_id, secret);
    if (err < 0)
        return err;
    seal_key(link, key);
    for (int i = 0; i < 32; i++)
        secret[i] ^= key[i];
    token_encode(secret, sizeof secret, reader_token);
    OPENSSL_cleanse(secret, sizeof secret);
    OPENSSL_cleanse(key, sizeof key);
    auth_hash(reader_token, TOKEN_LEN, r.hash);
    err = store_reader_lookup(st, r.hash, &r);
    if (err == 0 && r.id != *reader_id)
        err = -ENOENT; /* the reader was forgotten meanwhile */
    if (err < 0) {
        OPENSSL_cleanse(reader_token, TOKEN_LEN + 1);
        *reader_id = 0;
    }
    return err;
}
