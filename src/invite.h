/*
 * invite: a private channel's invite links, made and shown one way for the
 * API and the CLI. A link's token is made here and handed back once; the
 * store keeps only its SHA-256 and its first characters (to tell invites
 * apart in a list). Joining through a link is reader_join_invite's.
 * Any thread (the store is thread-safe).
 */
#ifndef CRIER_INVITE_H
#define CRIER_INVITE_H

#include <jansson.h>

#include "token.h"
#include "store/store.h"

/* Makes an invite from inv (channel_id, label, expires_at, max_uses,
 * approval in) with a fresh token: fills the rest of inv and token. 0, or
 * CRIER_ESTORE when no randomness is to be had, or the store's error. */
int invite_create(struct store *st, struct store_invite *inv, char token[TOKEN_LEN + 1]);

/* The invite as the API and `crier invite list --json` show it (never its
 * token): {"id","prefix","label","created_at","expires_at","max_uses","uses",
 * "approval","revoked"}; a new reference. */
json_t *invite_json(const struct store_invite *inv);

#endif
