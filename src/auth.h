/*
 * auth: token minting and checking. A token is 256 random bits from the
 * OpenSSL CSPRNG, shown once as "crier_" + 64 hex digits; only its SHA-256 is
 * stored. Lookups go by hash and the final compare is constant-time. Any
 * thread.
 */
#ifndef CRIER_AUTH_H
#define CRIER_AUTH_H

#include <stddef.h>
#include <stdint.h>

#include "store/store.h"

#define AUTH_TOKEN_LEN 70 /* "crier_" + 64 hex */

/* Fills out (AUTH_TOKEN_LEN + 1 bytes) with a new token and hash with its
 * SHA-256. Returns 0 or CRIER_ESTORE when the CSPRNG fails. */
int auth_token_new(char out[AUTH_TOKEN_LEN + 1], unsigned char hash[32]);
void auth_hash(const char *token, size_t len, unsigned char hash[32]);
/* Random bytes from the CSPRNG; 0 or -EIO. */
int auth_random(void *p, size_t n);

/*
 * Resolves a bearer token to its row: 0, -ENOENT (unknown or revoked) or
 * -EINVAL (malformed). Touches last_used_at at most once a minute.
 */
int auth_check(struct store *st, const char *token, struct store_token *out);
/* The same from the store's cache of token rows (store_token_lookup_cached):
 * the row may have been revoked a moment ago by another process, so it
 * serves only a write that checks the token again in its own transaction
 * (store_audit.token_id). */
int auth_check_cached(struct store *st, const char *token, struct store_token *out);
/* 1 when the token may publish to channel_id (admin, or publish scope for it). */
int auth_can_publish(const struct store_token *t, int64_t channel_id);
/* A token scope's name ("admin", "publish"; "?" for none of them), and back:
 * 0 with *scope, or -EINVAL. The one spelling the API and the CLI share. */
const char *auth_scope_name(int scope);
int auth_scope_parse(const char *name, int *scope);

#endif
