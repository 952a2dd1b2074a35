/*
 * notify.c: the notifier's life (keys, thread, wake-ups), its counters and
 * its zone cache. The work is in notify_fill.c and notify_send.c.
 */
#include "notify_int.h"

#include <errno.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "crier.h"
#include "log.h"
#include "mail.h"
#include "notify_rule.h"
#include "store/store.h"
#include "xmalloc.h"

#define SETTING_VAPID "vapid_private"
#define SETTING_SECRET "link_secret"

static const char *const level_names[] = {"none", "selections", "important", "all"};

const char *notify_level_name(int level)
{
    return level >= 0 && level <= NOTIFY_ALL ? level_names[level] : "none";
}

int notify_level_parse(const char *s)
{
    for (int i = 0; s && i <= NOTIFY_ALL; i++)
        if (strcmp(s, level_names[i]) == 0)
            return i;
    return -1;
}

void notify_config_init(struct notify_config *c)
{
    memset(c, 0, sizeof *c);
    c->push_inflight = 256;
    c->email_per_day = 3;
    c->queue_max = 2000000;
    c->drop_after_s = 3 * 24 * 3600;
    c->lease_ms = 60000;
}

/* A named secret of the node, made at random on first use. Two nodes that
 * start at once both propose one; store_setting_init keeps the first. */
static int setting_secret(struct store *st, const char *name, uint8_t *out, size_t len,
                          int (*make)(uint8_t *))
{
    uint8_t fresh[64];
    unsigned char *v = NULL;
    size_t vlen = 0;
    int rc = store_setting_get(st, name, &v, &vlen);

    if (rc == -ENOENT) {
        if (make ? make(fresh) < 0 : RAND_bytes(fresh, (int)len) != 1)
            return -EIO;
        rc = store_setting_init(st, name, fresh, len, &v, &vlen);
        explicit_bzero(fresh, sizeof fresh);
    }
    if (rc < 0)
        return rc;
    if (vlen != len) {
        log_error("notify: the stored %s has %zu bytes, not %zu", name, vlen, len);
        free(v);
        return -EINVAL;
    }
    memcpy(out, v, len);
    explicit_bzero(v, vlen);
    free(v);
    return 0;
}

int notify_key(struct store *st, int rotate, char out[VAPID_PUBLIC_B64_LEN + 1])
{
    uint8_t priv[VAPID_PRIVATE_LEN];
    int rc;

    if (rotate) {
        if (vapid_keygen(priv) < 0)
            return -EIO;
        rc = store_setting_set(st, SETTING_VAPID, priv, sizeof priv);
    } else {
        rc = setting_secret(st, SETTING_VAPID, priv, sizeof priv, vapid_keygen);
    }
    if (rc == 0)
        rc = vapid_public_of(priv, out);
    explicit_bzero(priv, sizeof priv);
    return rc;
}

static int check_config(const struct notify_config *c)
{
    if (c->smtp_url) {
        if (strncmp(c->smtp_url, "smtp://", 7) != 0 && strncmp(c->smtp_url, "smtps://", 8) != 0) {
            log_error("notify: --smtp-url must be smtp://HOST[:PORT] or smtps://HOST[:PORT]");
            return -EINVAL;
        }
        if (!c->mail_from || mail_address_check(c->mail_from) < 0) {
            log_error("notify: email needs --mail-from ADDRESS (a plain address)");
            return -EINVAL;
        }
        if (!c->base_url || !*c->base_url) {
            log_error("notify: email needs --base-url: the links in a mail must be absolute");
            return -EINVAL;
        }
    }
    if (c->push_inflight < 1 || c->push_inflight > 10000) {
        log_error("notify: --push-concurrency must be 1..10000");
        return -EINVAL;
    }
    return 0;
}

int notify_open(struct notify **out, struct store *st, const struct notify_config *c)
{
    struct notify *n;
    uint8_t priv[VAPID_PRIVATE_LEN];
    char contact[300];
    int rc;

    *out = NULL;
    if ((rc = check_config(c)) < 0)
        return rc;
    n = xcalloc(1, sizeof *n);
    n->st = st;
    n->cfg = *c;
    if (c->insecure_host && netguard_allow(&n->guard, c->insecure_host) < 0) {
        log_error("notify: --push-insecure-host wants HOST:PORT");
        free(n);
        return -EINVAL;
    }
    if (c->insecure_host)
        log_warn("notify: TEST ONLY: --push-insecure-host %s lets push endpoints on that host use "
                 "plain http, a loopback or private address and an unchecked certificate. Never "
                 "use it in production.",
                 c->insecure_host);
    if (c->push_contact)
        snprintf(contact, sizeof contact, "%s", c->push_contact);
    else if (c->mail_from)
        snprintf(contact, sizeof contact, "mailto:%s", c->mail_from);
    else if (c->base_url && strncmp(c->base_url, "https://", 8) == 0)
        snprintf(contact, sizeof contact, "%s", c->base_url);
    else
        snprintf(contact, sizeof contact, "mailto:postmaster@localhost");
    if ((rc = setting_secret(st, SETTING_VAPID, priv, sizeof priv, vapid_keygen)) < 0 ||
        (rc = setting_secret(st, SETTING_SECRET, n->secret, sizeof n->secret, NULL)) < 0) {
        log_error("notify: cannot load or make the node's keys: %s", crier_strerror(rc));
        free(n);
        return rc;
    }
    rc = vapid_new(&n->vapid, priv, contact);
    explicit_bzero(priv, sizeof priv);
    if (rc < 0) {
        log_error("notify: the VAPID key or contact is not usable (--push-contact must be "
                  "mailto:ADDRESS or an https URL): %s",
                  crier_strerror(rc));
        free(n);
        return rc;
    }
    snprintf(n->key_b64, sizeof n->key_b64, "%s", vapid_public_b64(n->vapid));
    pthread_mutex_init(&n->lock, NULL);
    pthread_cond_init(&n->wake, NULL);
    *out = n;
    return 0;
}

/* ---- the thread ---- */

static void refresh_stats(struct notify *n, int64_t now)
{
    struct store_notify_stats s;
    if (now - n->last_stats_ms < 1000)
        return;
    n->last_stats_ms = now;
    if (store_notify_stats(n->st, &s) < 0)
        return;
    atomic_store(&n->c.queue, s.outbox);
    atomic_store(&n->c.queue_due, s.outbox_due);
    atomic_store(&n->c.lag_ms, s.oldest_due_ms ? now - s.oldest_due_ms : 0);
}

/* Sleeps until stopped, or kicked (when kick_wakes), or ms have passed. */
static void nap(struct notify *n, int64_t ms, int kick_wakes)
{
    struct timespec ts;
    pthread_mutex_lock(&n->lock);
    if (!(kick_wakes && n->kicked) && !n->stopping && ms > 0) {
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_sec += ms / 1000;
        ts.tv_nsec += (ms % 1000) * 1000000L;
        if (ts.tv_nsec >= 1000000000L) {
            ts.tv_sec++;
            ts.tv_nsec -= 1000000000L;
        }
        n->listening = kick_wakes;
        pthread_cond_timedwait(&n->wake, &n->lock, &ts);
        n->listening = 0;
    }
    pthread_mutex_unlock(&n->lock);
}

/* notify_send, with a kick ending its network wait (wait_ms > 0). */
static int send_step(struct notify *n, int fresh, int wait_ms)
{
    if (wait_ms > 0) {
        pthread_mutex_lock(&n->lock);
        n->polling = 1;
        pthread_mutex_unlock(&n->lock);
    }
    int inflight = notify_send(n, fresh, wait_ms);
    if (wait_ms > 0) {
        pthread_mutex_lock(&n->lock);
        n->polling = 0;
        pthread_mutex_unlock(&n->lock);
    }
    return inflight;
}

static void *run(void *arg)
{
    struct notify *n = arg;
    int64_t last_fill = 0, gap = NOTIFY_FILL_MIN_MS;
    int pending = 0; /* kicked since the last fill */

    /* Rows this node had leased when it stopped are due again at once. */
    if (store_outbox_release(n->st) < 0)
        log_warn("notify: cannot release the leases of a previous run");
    for (;;) {
        pthread_mutex_lock(&n->lock);
        int stop = n->stopping;
        pending |= n->kicked;
        n->kicked = 0;
        pthread_mutex_unlock(&n->lock);
        if (stop)
            break;
        int64_t now = crier_now_ms();
        int made = 0;
        /* A commit wakes the fill, but not more often than every
         * NOTIFY_FILL_MIN_MS: under a burst of publishes one look serves
         * many commits, and the store's writer is not kept waiting. After
         * a look that found nothing to ring (channels nobody subscribed
         * to), every NOTIFY_QUIET_FILL_MS, commits or not: its four reads
         * cost each publish more than a push service's own delay is worth
         * (at 20 posts/s, looking every 250 ms was about 5 % of a post's
         * CPU). Otherwise at least every NOTIFY_TICK_MS, for the commits
         * of other processes, which do not kick this thread. */
        int64_t every = gap > NOTIFY_TICK_MS ? gap : NOTIFY_TICK_MS;
        if ((pending && now - last_fill >= gap) || now - last_fill >= every) {
            last_fill = now;
            pending = 0;
            made = notify_fill(n);
            gap = made > 0 ? NOTIFY_FILL_MIN_MS : NOTIFY_QUIET_FILL_MS;
            if (made < 0) {
                static struct log_limit lim;
                log_limited(&lim, LOG_WARN, "notify: reading events failed: %s",
                            crier_strerror(made));
            }
        }
        int inflight = send_step(n, made > 0, made > 0 || pending ? 0 : 20);
        refresh_stats(n, now);
        if (made >= NOTIFY_FILL_BUDGET)
            continue;
        if (pending) /* more commits came: look once the interval is over */
            nap(n, last_fill + gap - crier_now_ms(), 0);
        else if (inflight <= 0) /* with requests in flight, the network wait was the sleep */
            nap(n,
                gap == NOTIFY_QUIET_FILL_MS && n->claim_idle ? NOTIFY_QUIET_FILL_MS
                                                             : NOTIFY_TICK_MS,
                1);
    }
    notify_send_free(n);
    return NULL;
}

int notify_start(struct notify *n)
{
    struct outbound_options o = {.max_inflight = n->cfg.push_inflight,
                                 .max_host_conn = 4,
                                 .timeout_ms = 30000,
                                 .connect_ms = 10000,
                                 .guard = &n->guard};
    int rc = outbound_new(&n->ob, &o);
    if (rc < 0)
        return rc;
    if ((rc = pthread_create(&n->thread, NULL, run, n)) != 0) {
        outbound_free(n->ob);
        n->ob = NULL;
        return -rc;
    }
    n->started = 1;
    return 0;
}

void notify_kick(struct notify *n)
{
    if (!n)
        return;
    /* Every commit kicks. Only a thread waiting for a kick is woken: one
     * that waits out NOTIFY_FILL_MIN_MS, or is busy, sees kicked when it
     * next looks. Waking it anyway cost each publish a thread switch. */
    pthread_mutex_lock(&n->lock);
    n->kicked = 1;
    if (n->listening)
        pthread_cond_signal(&n->wake);
    int polling = n->polling;
    pthread_mutex_unlock(&n->lock);
    if (polling && n->ob)
        outbound_wakeup(n->ob); /* a wakeup before its poll starts still ends it */
}

void notify_free(struct notify *n)
{
    if (!n)
        return;
    if (n->started) {
        pthread_mutex_lock(&n->lock);
        n->stopping = 1;
        pthread_cond_signal(&n->wake);
        pthread_mutex_unlock(&n->lock);
        pthread_join(n->thread, NULL);
    }
    outbound_free(n->ob);
    vapid_free(n->vapid);
    for (size_t i = 0; i < n->ntzs; i++)
        tz_free(n->tzs[i].tz);
    pthread_cond_destroy(&n->wake);
    pthread_mutex_destroy(&n->lock);
    explicit_bzero(n->secret, sizeof n->secret);
    free(n);
}

/* ---- what the others read ---- */

const char *notify_push_key(const struct notify *n)
{
    return n->key_b64;
}

int notify_email_on(const struct notify *n)
{
    return n->cfg.smtp_url != NULL;
}

int notify_email_per_day(const struct notify *n)
{
    return n->cfg.email_per_day;
}

const struct netguard *notify_guard(const struct notify *n)
{
    return &n->guard;
}

const uint8_t *notify_secret(const struct notify *n)
{
    return n->secret;
}

static const char *const fail_names[NF_COUNT] = {"gone",     "throttled", "server",
                                                 "rejected", "network",   "refused"};

void notify_metrics(struct notify *n, struct buf *out)
{
    struct notify_counters *c = &n->c;
    struct outbound_stats os = {0};

    if (n->ob)
        outbound_stats(n->ob, &os);
    buf_printf(out,
               "# TYPE crier_push_sent_total counter\ncrier_push_sent_total %llu\n"
               "# TYPE crier_push_summaries_total counter\ncrier_push_summaries_total %llu\n"
               "# TYPE crier_push_subscriptions_deleted_total counter\n"
               "crier_push_subscriptions_deleted_total %llu\n"
               "# TYPE crier_push_subscriptions_dropped_total counter\n"
               "crier_push_subscriptions_dropped_total %llu\n"
               "# TYPE crier_push_failed_total counter\n",
               (unsigned long long)c->push_sent, (unsigned long long)c->push_summaries,
               (unsigned long long)c->push_deleted, (unsigned long long)c->push_dropped);
    for (int i = 0; i < NF_COUNT; i++)
        buf_printf(out, "crier_push_failed_total{reason=\"%s\"} %llu\n", fail_names[i],
                   (unsigned long long)c->push_failed[i]);
    buf_printf(out,
               "# TYPE crier_email_sent_total counter\ncrier_email_sent_total %llu\n"
               "# TYPE crier_email_failed_total counter\ncrier_email_failed_total %llu\n"
               "# TYPE crier_email_confirmations_sent_total counter\n"
               "crier_email_confirmations_sent_total %llu\n"
               "# TYPE crier_notify_jobs_made_total counter\ncrier_notify_jobs_made_total %llu\n"
               "# TYPE crier_notify_jobs_cancelled_total counter\n"
               "crier_notify_jobs_cancelled_total %llu\n"
               "# TYPE crier_notify_queue gauge\ncrier_notify_queue %lld\n"
               "# TYPE crier_notify_queue_due gauge\ncrier_notify_queue_due %lld\n"
               "# TYPE crier_notify_lag_seconds gauge\ncrier_notify_lag_seconds %.3f\n"
               "# TYPE crier_notify_inflight gauge\ncrier_notify_inflight %llu\n"
               "# TYPE crier_notify_connections_total counter\n"
               "crier_notify_connections_total %llu\n",
               (unsigned long long)c->email_sent, (unsigned long long)c->email_failed,
               (unsigned long long)c->confirm_sent, (unsigned long long)c->rows_made,
               (unsigned long long)c->rows_cancelled, (long long)c->queue, (long long)c->queue_due,
               (double)c->lag_ms / 1000.0, (unsigned long long)(os.started - os.finished),
               (unsigned long long)os.connections);
}
