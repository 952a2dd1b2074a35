/*
 * member: a reader's membership of a channel, and the one home of its
 * rules. The API (api_members.c), the pages and the CLI all call these;
 * none of them decides membership on its own.
 *
 * The rules:
 *  - a public channel takes anyone who presses Join, at once
 *    (STORE_MEMBER_ACTIVE; a reader still waiting there through an approval
 *    invite becomes active too: the channel is open to all anyway);
 *  - a private channel is joined only through an invite (which may ask for
 *    an editor's approval: STORE_MEMBER_PENDING until then), and is never
 *    revealed to a stranger: every refusal there reads as "no such channel"
 *    (-ENOENT), the same as for a channel that does not exist;
 *  - only an active member reads a private channel, keeps a read marker, and
 *    holds a feed key (a secret Atom URL that works without the cookie);
 *  - a dead invite (revoked, expired, used up) makes no new member, but lets
 *    a member come back through it;
 *  - a device link moves a reader (all their memberships) to another device,
 *    once, within MEMBER_TRANSFER_MS.
 *
 * No function here reads a request or writes a response: the transports do
 * the cookie, the CSRF check and the answer. reader_id 0 is "no reader yet".
 */
#ifndef CRIER_MEMBER_H
#define CRIER_MEMBER_H

#include <stddef.h>
#include <stdint.h>

#include "store/store.h"
#include "token.h"

#define MEMBER_TRANSFER_MS (15 * 60 * 1000) /* a device link's lifetime */

/* "member", "pending" or "none": the state as every transport shows it. */
const char *member_state_name(int state);
/* The state of reader_id in channel_id (STORE_MEMBER_NONE when none). */
int member_state(struct store *st, int64_t channel_id, int64_t reader_id, int *state);

/*
 * What a Join by reader_id asks of ch. -ENOENT: a private channel the reader
 * is not in (not revealed). 0: nothing to make, *state is the answer (an
 * active member; or on a private channel a member or a waiting reader, where
 * Join only reports). 1: member_join is to make the membership, or make a
 * waiting one active (once the reader exists).
 */
int member_join_check(struct store *st, const struct store_channel *ch, int64_t reader_id,
                      int *state);
/* Makes the membership (active, or pending on a channel with approval). */
int member_join(struct store *st, const struct store_channel *ch, int64_t reader_id,
                struct store_member *out);
/* Ends the membership or the pending request. Leaving what one is not in is
 * 0 on a public channel and -ENOENT (not revealed) on a private one. */
int member_leave(struct store *st, const struct store_channel *ch, int64_t reader_id);
/* Sets the read marker: 0; -ENOENT a stranger to a private channel (not
 * revealed); -EACCES not a member (a pending reader, or a public channel's
 * passer-by). */
int member_read(struct store *st, const struct store_channel *ch, int64_t reader_id, int64_t seq);
/* 0 when reader_id may read ch (public, or an active member), else -EACCES
 * (or a store error). */
int member_may_read(struct store *st, const struct store_channel *ch, int64_t reader_id);
/* 0 when reader_id is an active member of channel_id, else -EACCES (or a
 * store error): what lets a reader read a private channel. */
int member_is_active(struct store *st, int64_t channel_id, int64_t reader_id);

/*
 * The feed URL this reader should use, into out: the public "/{slug}/atom.xml"
 * on a public channel; on a private one, for an active member m whose cookie
 * token is reader_token, the same with "?key=" and their feed key (whose hash
 * is stored). -EACCES when a private channel's feed is not theirs.
 */
int member_feed_url(struct store *st, const struct store_channel *ch, const struct store_member *m,
                    const char *reader_token, char *out, size_t outsz);
/* 0 when key is an active member's feed key of channel_id, else -EACCES. */
int member_feed_key_check(struct store *st, int64_t channel_id, const char *key);

/*
 * The state of the invite named by token: 0 live, -ENOENT unknown or
 * malformed, -EKEYREVOKED revoked, -EKEYEXPIRED expired, -EDQUOT used up.
 * *inv is filled whenever the invite exists. Store errors pass through.
 */
int member_invite_state(struct store *st, const char *token, struct store_invite *inv);
/* Whether a join through the invite may go ahead for reader_id (0: none
 * yet): 0 when the invite is live, or when it is dead but the reader exists
 * (a member may come back through it: member_invite_join lets them in and
 * refuses anyone else); else the invite's state (a dead invite makes no new
 * reader). */
int member_invite_check(struct store *st, const char *token, int64_t reader_id,
                        struct store_invite *inv);
/* Joins reader_id through the invite (using it, unless already a member). */
int member_invite_join(struct store *st, const char *token, int64_t reader_id,
                       struct store_member *out);

/*
 * A one-time device link for reader_id, whose cookie token is reader_token:
 * "/+device/<link>" into url (at least 64 bytes) and its *expires_at. The
 * store keeps the reader's token sealed with the link, never in clear.
 */
int member_transfer_create(struct store *st, int64_t reader_id, const char *reader_token, char *url,
                           size_t urlsz, int64_t *expires_at);
/* Takes the device link named by link (once): *reader_id and the reader's
 * cookie token. -ENOENT unknown, -EALREADY used, -EKEYEXPIRED expired. */
int member_transfer_take(struct store *st, const char *link, int64_t *reader_id,
                         char reader_token[TOKEN_LEN + 1]);

#endif
