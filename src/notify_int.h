/*
 * notify_int: what notify.c (the thread, the keys, the counters),
 * notify_fill.c (events -> outbox) and notify_send.c (outbox -> the
 * network) share. Private to those files.
 */
#ifndef CRIER_NOTIFY_INT_H
#define CRIER_NOTIFY_INT_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

#include "notify.h"
#include "outbound.h"
#include "store/store.h"
#include "tz.h"
#include "vapid.h"

#define NOTIFY_TICK_MS 250        /* the longest the thread sleeps, but when all is quiet */
#define NOTIFY_SKIP_MS 5000       /* the longest a cursor stays behind when nobody listens */
#define NOTIFY_FILL_MIN_MS 50     /* the shortest time between two looks at the events */
#define NOTIFY_QUIET_FILL_MS 1000 /* the same, and the longest, after a look that rang nothing */
#define NOTIFY_PAGE 2000          /* subscriptions turned into rows per transaction */
#define NOTIFY_FILL_BUDGET 20000  /* rows one fill step adds before sending some */
#define NOTIFY_CLAIM 512          /* rows claimed at once */
#define NOTIFY_TZ_CACHE 64        /* loaded zones kept */
#define NOTIFY_DONE_BATCH 1024    /* delivered rows deleted together */

enum notify_fail {
    NF_GONE,      /* 404/410: the subscription is deleted */
    NF_THROTTLED, /* 429 */
    NF_SERVER,    /* 5xx */
    NF_REJECTED,  /* another 4xx (413 among them) */
    NF_NETWORK,   /* DNS, connect, TLS, timeout */
    NF_REFUSED,   /* netguard refused the address */
    NF_COUNT
};

struct notify_counters {
    atomic_uint_fast64_t push_sent, push_summaries, push_deleted, push_dropped;
    atomic_uint_fast64_t push_failed[NF_COUNT];
    atomic_uint_fast64_t email_sent, email_failed, confirm_sent;
    atomic_uint_fast64_t rows_made, rows_cancelled;
    atomic_int_fast64_t queue, queue_due, lag_ms; /* refreshed each second */
};

struct notify_tz {
    char name[STORE_TZ_MAX + 1];
    struct tz *tz; /* NULL: the name does not load */
};

struct notify {
    struct store *st;
    struct notify_config cfg;
    struct netguard guard;
    struct vapid *vapid;
    char key_b64[VAPID_PUBLIC_B64_LEN + 1];
    uint8_t secret[SIGN_SECRET_LEN];
    struct outbound *ob; /* the thread's */
    pthread_t thread;
    int started;
    pthread_mutex_t lock;
    pthread_cond_t wake;
    int kicked, stopping; /* under lock */
    int listening;        /* under lock: the thread naps until a kick */
    int polling;          /* under lock: it waits on the network, and a kick ends that */
    struct notify_counters c;
    struct notify_tz tzs[NOTIFY_TZ_CACHE]; /* the thread's */
    size_t ntzs, tz_next;
    int64_t last_stats_ms;
    int64_t last_claim_ms; /* the thread's: when it last claimed jobs */
    int more_due;          /* the last claim filled its batch */
    int claim_idle;        /* the last claim found nothing due */
    int64_t last_skip_ms;  /* the thread's: the last cursor jump where nobody listens */
    int64_t done_ids[NOTIFY_DONE_BATCH]; /* the thread's: settled, not yet deleted */
    size_t ndone;
};

/* Whether mail is on (notify_email_on, for the files below notify.c). */
#define NOTIFY_EMAIL_ON(n) ((n)->cfg.smtp_url != NULL)

/* notify_fill.c: turns committed events into rows, at most
 * NOTIFY_FILL_BUDGET; returns the rows made or a negative code. */
int notify_fill(struct notify *n);

/* notify_send.c: claims due rows while there is room in flight and sends
 * them (at once when fresh, i.e. a fill just made some, else at most once a
 * tick unless the last claim left more); runs the network for up to
 * wait_ms. Returns the requests still in
 * flight, or a negative code. */
int notify_send(struct notify *n, int fresh, int wait_ms);
/* Drops what the sender holds (the thread is stopping). */
void notify_send_free(struct notify *n);

#endif
