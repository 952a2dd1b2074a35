/*
 * notify: delivery to readers who are not looking, by Web Push and email
 * (docs/internals.md "Delivery"). One thread of its own, never an event
 * loop, runs two steps in turn:
 *   - fill: reads each channel's committed events after its notify cursor
 *     and turns each post or selection into outbox rows, one per
 *     subscription it rings for now or later (notify_rule), moving the
 *     cursor in the same transaction (so a crash redoes nothing twice and
 *     skips nothing);
 *   - send: claims the rows that are due, builds each push (payload,
 *     RFC 8291 encryption, VAPID) or mail, sends them on outbound (libcurl
 *     multi, a cap on requests in flight), and deletes a row once its
 *     push service or mail relay took it.
 * A commit wakes the thread when it waits for one (notify_kick); it also looks every quarter
 * second, for rows whose time has come and events of other processes.
 *
 * The node's VAPID key and link-signing secret live in the store (settings),
 * made on first start.
 */
#ifndef CRIER_NOTIFY_H
#define CRIER_NOTIFY_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "netguard.h"
#include "sign.h"
#include "vapid.h"

struct store;
struct notify;

struct notify_config {
    const char *push_contact;  /* VAPID "sub": mailto: or https: */
    const char *insecure_host; /* --push-insecure-host HOST:PORT (tests only), or NULL */
    unsigned push_inflight;    /* requests in flight at once (default 256) */
    const char *smtp_url;      /* NULL: email off */
    const char *mail_from;     /* the sender address (required with smtp_url) */
    const char *mail_from_name;
    const char *base_url;  /* absolute links in mail (required with smtp_url) */
    int email_per_day;     /* confirmation mails per address per day (default 3) */
    int64_t queue_max;     /* outbox rows at most (default 2,000,000) */
    unsigned drop_after_s; /* a subscription failing this long is dropped (default 3 days) */
    unsigned lease_ms;     /* a claimed row's lease (default 60 s) */
};

void notify_config_init(struct notify_config *c);

/* Loads (or makes, on first start) the VAPID key and the link secret, and
 * checks c. Does not start the thread. 0, -EINVAL with the reason logged,
 * or a store error. */
int notify_open(struct notify **out, struct store *st, const struct notify_config *c);
/* The node's VAPID public key (base64url) into out, made and stored if
 * there is none; with rotate, a new key replaces the old one (every
 * subscription made for the old key stops working: see `crier push
 * rotate-key`). For the CLI. 0 or a negative code. */
int notify_key(struct store *st, int rotate, char out[VAPID_PUBLIC_B64_LEN + 1]);
/* Starts the thread. 0 or a negative code. */
int notify_start(struct notify *n);
/* Wakes the thread: something was committed. Any thread, never blocks. */
void notify_kick(struct notify *n);
/* Stops the thread (what is in flight is abandoned: its rows stay, leased,
 * and are sent again after the lease) and frees n. NULL is a no-op. */
void notify_free(struct notify *n);

/* What the API needs; any thread, for n's life. */
const char *notify_push_key(const struct notify *n); /* base64url public key */
int notify_email_on(const struct notify *n);
int notify_email_per_day(const struct notify *n);
const struct netguard *notify_guard(const struct notify *n);
const uint8_t *notify_secret(const struct notify *n); /* SIGN_SECRET_LEN bytes */

/* The counters, Prometheus text. Any thread. */
void notify_metrics(struct notify *n, struct buf *out);

/* The names of enum notify_level ("none", "selections", "important",
 * "all"), and back (-1 when unknown). */
const char *notify_level_name(int level);
int notify_level_parse(const char *s);

#endif
