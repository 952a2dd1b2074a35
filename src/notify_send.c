/*
 * notify_send: outbox rows -> pushes and mails. Claims the due rows (a
 * lease, so another sender, or this one after a crash, takes them only
 * when it runs out), groups them by subscription, builds one message per
 * group (a post, a selection, or a summary of what the quiet hours held),
 * sends it on outbound, and settles the rows by the answer:
 *   2xx          delivered: the rows are deleted;
 *   404, 410     the subscription is gone: deleted with its rows;
 *   429, 5xx, network errors: retried later (Retry-After, else backoff),
 *                and a subscription failing for days is dropped;
 *   413, other 4xx: our bug or a refusal: logged, the rows dropped.
 * A crash between a send and the delete sends that message once more.
 */
#include "notify_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "ece.h"
#include "log.h"
#include "mail.h"
#include "mail_edition.h"
#include "notify_payload.h"
#include "notify_rule.h"
#include "post.h"
#include "sign.h"
#include "store/store.h"
#include "xmalloc.h"

#define SEND_MAX_ATTEMPTS 20    /* then the rows are dropped */
#define SEND_BACKOFF_MAX_S 3600 /* the longest wait between two tries */
#define SEND_RETRY_AFTER_MAX_S 86400
#define SEND_MAIL_MAX (256 * 1024) /* one edition's bytes */
#define SEND_SUMMARY_OVER 5        /* more posts due at once than this: one summary */

/* A post (or selection) a batch needs, loaded once, with its channel and
 * the plaintext every subscription of it shares. */
struct send_post {
    int64_t channel_id, post_id;
    struct store_channel ch;
    struct post p;
    int state;                     /* STORE_POST_*; -1: not found */
    int built;                     /* payload: 0 not yet, 1 built, -1 cannot be */
    struct notify_payload payload; /* the push plaintext and headers, built on first use */
};

struct send_cache {
    struct send_post **v; /* each its own allocation: a pointer stays good while the cache grows */
    size_t n, cap;
};

/* One message in flight. */
struct nmsg {
    struct outbound_req req;
    int kind; /* STORE_OUT_* */
    int64_t sub_id;
    int64_t *ids; /* the rows it settles */
    size_t nids;
    int attempts;
    int64_t failing_since;
    int summary;
    char endpoint[STORE_ENDPOINT_MAX + 1];
    char rcpt[STORE_ADDRESS_MAX + 1];
    char h_ttl[32], h_urgency[32], h_topic[64];
    char h_auth[VAPID_HEADER_MAX + 32];
    uint8_t body[ECE_BODY_MAX];
    struct buf mail;
};

/* The rows settled since the last flush: deleted together. */
static void flush_done(struct notify *n)
{
    if (n->ndone && store_outbox_done(n->st, n->done_ids, n->ndone) < 0)
        log_warn("notify: cannot delete %zu delivered jobs (they will be sent again)", n->ndone);
    n->ndone = 0;
}

static void settle(struct notify *n, const int64_t *ids, size_t k)
{
    for (size_t i = 0; i < k; i++) {
        if (n->ndone == NOTIFY_DONE_BATCH)
            flush_done(n);
        n->done_ids[n->ndone++] = ids[i];
    }
}

static void msg_free(struct nmsg *m)
{
    if (!m)
        return;
    buf_free(&m->mail);
    free(m->ids);
    free(m);
}

/* ---- the batch's posts ---- */

static struct send_post *cache_get(struct notify *n, struct send_cache *c, int64_t channel_id,
                                   int64_t post_id)
{
    for (size_t i = 0; i < c->n; i++)
        if (c->v[i]->channel_id == channel_id && c->v[i]->post_id == post_id)
            return c->v[i];
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 8;
        c->v = xrealloc(c->v, c->cap * sizeof *c->v);
    }
    struct send_post *sp = xcalloc(1, sizeof *sp);
    c->v[c->n++] = sp;
    sp->channel_id = channel_id;
    sp->post_id = post_id;
    post_init(&sp->p);
    if (store_channel_get_by_id(n->st, channel_id, &sp->ch) < 0 ||
        store_post_get(n->st, channel_id, post_id, &sp->p, &sp->state) < 0)
        sp->state = -1;
    return sp;
}

static void cache_free(struct send_cache *c)
{
    for (size_t i = 0; i < c->n; i++) {
        if (c->v[i]->ch.title)
            store_channel_clear(&c->v[i]->ch);
        post_clear(&c->v[i]->p);
        free(c->v[i]);
    }
    free(c->v);
    memset(c, 0, sizeof *c);
}

/* ---- building ---- */

static int cmp_rows(const void *a, const void *b)
{
    const struct store_outbox *x = a, *y = b;
    if (x->kind != y->kind)
        return x->kind < y->kind ? -1 : 1;
    if (x->sub_id != y->sub_id)
        return x->sub_id < y->sub_id ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static struct nmsg *msg_new(int kind, const struct store_outbox *r)
{
    struct nmsg *m = xcalloc(1, sizeof *m);
    m->kind = kind;
    m->sub_id = r->sub_id;
    m->attempts = r->attempts;
    buf_init(&m->mail, SEND_MAIL_MAX);
    return m;
}

static void msg_cover(struct nmsg *m, const struct store_outbox *rows, size_t k)
{
    m->ids = xrealloc(m->ids, (m->nids + k) * sizeof *m->ids);
    for (size_t i = 0; i < k; i++)
        m->ids[m->nids++] = rows[i].id;
}

/* Encrypts the plaintext for the subscription and fills the request. */
static int push_request(struct notify *n, struct nmsg *m, const struct store_push_sub *s,
                        const struct notify_payload *pl)
{
    size_t blen = 0;
    int rc = ece_encrypt(s->p256dh, s->auth, pl->json, pl->len, NULL, m->body, &blen);
    if (rc < 0)
        return rc;
    const char *auth = vapid_header(n->vapid, s->endpoint, crier_now_ms() / 1000);
    if (!auth)
        return -EINVAL;
    snprintf(m->endpoint, sizeof m->endpoint, "%s", s->endpoint);
    snprintf(m->h_auth, sizeof m->h_auth, "Authorization: %s", auth);
    snprintf(m->h_ttl, sizeof m->h_ttl, "TTL: %d", pl->ttl);
    snprintf(m->h_urgency, sizeof m->h_urgency, "Urgency: %s", pl->urgency);
    int h = 0;
    m->req.headers[h++] = "Content-Encoding: aes128gcm";
    m->req.headers[h++] = "Content-Type: application/octet-stream";
    m->req.headers[h++] = m->h_auth;
    m->req.headers[h++] = m->h_ttl;
    m->req.headers[h++] = m->h_urgency;
    if (pl->topic[0]) {
        snprintf(m->h_topic, sizeof m->h_topic, "Topic: %s", pl->topic);
        m->req.headers[h++] = m->h_topic;
    }
    m->req.headers[h] = NULL;
    m->req.kind = OUTBOUND_HTTP_POST;
    m->req.url = m->endpoint;
    m->req.body = m->body;
    m->req.body_len = blen;
    m->failing_since = s->failing_since;
    return 0;
}

static void start(struct notify *n, struct nmsg *m);

static void payload_channel(const struct send_post *sp, struct notify_payload_channel *pc)
{
    pc->slug = sp->ch.slug;
    pc->name = sp->ch.title;
    pc->lang = sp->ch.lang;
}

/* One post or selection to one subscription (its plaintext shared by the
 * batch); the row is settled at once when it cannot be built. */
static void push_one(struct notify *n, struct send_cache *c, const struct store_outbox *r)
{
    struct send_post *sp = cache_get(n, c, r->channel_id, r->post_id);
    struct notify_payload_channel pc;
    struct nmsg *m = msg_new(STORE_OUT_PUSH, r);

    if (!sp->built) {
        payload_channel(sp, &pc);
        sp->built = notify_payload_post(&pc, &sp->p, &sp->payload) == 0 ? 1 : -1;
    }
    if (sp->built > 0 && push_request(n, m, &r->push, &sp->payload) == 0) {
        msg_cover(m, r, 1);
        start(n, m);
    } else {
        msg_free(m);
        settle(n, &r->id, 1);
    }
}

/* Several posts at once (the quiet hours ended, or a backlog after a
 * failure): one summary, with the newest post's title. */
static void push_summary(struct notify *n, struct send_cache *c, const struct store_outbox **live,
                         size_t k)
{
    const struct store_outbox *newest = live[0];
    int importance = 0;
    for (size_t i = 1; i < k; i++)
        if (live[i]->seq > newest->seq)
            newest = live[i];
    for (size_t i = 0; i < k; i++) {
        struct send_post *p = cache_get(n, c, live[i]->channel_id, live[i]->post_id);
        if (p->p.importance > importance)
            importance = p->p.importance;
    }
    struct send_post *sp = cache_get(n, c, newest->channel_id, newest->post_id);
    struct notify_payload_channel pc;
    struct notify_payload *pl = xmalloc(sizeof *pl);
    struct nmsg *m = msg_new(STORE_OUT_PUSH, newest);
    payload_channel(sp, &pc);
    int ok = notify_payload_summary(&pc, (long long)k, &sp->p, importance, pl) == 0 &&
             push_request(n, m, &newest->push, pl) == 0;
    free(pl);
    for (size_t i = 0; i < k; i++)
        if (ok)
            msg_cover(m, live[i], 1);
        else
            settle(n, &live[i]->id, 1);
    if (ok) {
        m->summary = 1;
        start(n, m);
    } else {
        msg_free(m);
    }
}

/* The rows rows[0..k) of one subscription. Of the MYHOUR rows, only the
 * newest selection goes (it replaces the older); breaking news and
 * selections go alone; other posts go each as itself, unless the quiet
 * hours held some of them, or more than SEND_SUMMARY_OVER are due at once
 * (a backlog after the service failed): then one summary says how many.
 * Rows whose post is gone are settled without a word. */
static void build_push(struct notify *n, struct send_cache *c, const struct store_outbox *rows,
                       size_t k)
{
    const struct store_outbox *mine = NULL;
    const struct store_outbox **live = xcalloc(k, sizeof *live);
    size_t nlive = 0;
    int held = 0;

    for (size_t i = 0; i < k; i++) {
        const struct store_outbox *r = &rows[i];
        struct send_post *sp = cache_get(n, c, r->channel_id, r->post_id);
        if (sp->state != STORE_POST_LIVE) {
            settle(n, &r->id, 1);
            atomic_fetch_add(&n->c.rows_cancelled, 1);
        } else if (r->flags & STORE_OUT_MYHOUR) {
            if (mine && mine->seq > r->seq) {
                settle(n, &r->id, 1);
            } else {
                if (mine)
                    settle(n, &mine->id, 1);
                mine = r;
            }
        } else if (sp->p.importance >= 3 || sp->p.kind == POST_SELECTION) {
            push_one(n, c, r);
        } else {
            held |= (r->flags & STORE_OUT_HELD) != 0;
            live[nlive++] = r;
        }
    }
    if (mine)
        push_one(n, c, mine);
    if (nlive > 1 && (held || nlive > SEND_SUMMARY_OVER))
        push_summary(n, c, live, nlive);
    else
        for (size_t i = 0; i < nlive; i++)
            push_one(n, c, live[i]);
    free(live);
}

/* An unsubscribe or confirm link for an email subscriber. */
static void email_link(struct notify *n, const char *what, const struct store_email_sub *e,
                       int64_t expires_s, const char *slug, char *out, size_t outsz)
{
    char mac[SIGN_MAC_LEN + 1];
    sign_make(n->secret, what, e->id, expires_s, mac);
    snprintf(out, outsz, "%s/%s/email/%s?s=%lld&e=%lld&t=%s", n->cfg.base_url, slug, what,
             (long long)e->id, (long long)expires_s, mac);
}

#define CONFIRM_TTL_S (48 * 3600)

/* An edition (a selection, or breaking news) or the opt-in mail. */
static struct nmsg *build_mail(struct notify *n, struct send_cache *c, const struct store_outbox *r)
{
    const struct store_email_sub *e = &r->email;
    struct store_channel own;
    const struct store_channel *ch = NULL;
    struct buf subject, text, html;
    char link[1200];
    int rc;

    memset(&own, 0, sizeof own);
    buf_init(&subject, 1024);
    buf_init(&text, SEND_MAIL_MAX / 2);
    buf_init(&html, SEND_MAIL_MAX / 2);
    if (r->kind == STORE_OUT_CONFIRM) {
        if (store_channel_get_by_id(n->st, r->channel_id, &own) < 0)
            rc = -ENOENT;
        else {
            ch = &own;
            email_link(n, "confirm", e, crier_now_ms() / 1000 + CONFIRM_TTL_S, ch->slug, link,
                       sizeof link);
            rc = mail_confirm(ch->title, ch->lang, link, &subject, &text, &html);
        }
    } else {
        struct send_post *sp = cache_get(n, c, r->channel_id, r->post_id);
        if (sp->state != STORE_POST_LIVE) {
            rc = -ENOENT;
        } else {
            ch = &sp->ch;
            email_link(n, "unsubscribe", e, 0, ch->slug, link, sizeof link);
            struct mail_edition_in in = {.channel_title = ch->title,
                                         .slug = ch->slug,
                                         .lang = ch->lang,
                                         .base_url = n->cfg.base_url,
                                         .unsubscribe_url = link,
                                         .post = &sp->p};
            rc = mail_edition(&in, &subject, &text, &html);
        }
    }
    struct nmsg *m = NULL;
    if (rc == 0) {
        m = msg_new(r->kind, r);
        snprintf(m->rcpt, sizeof m->rcpt, "%s", e->address);
        struct mail_msg mm = {.from_name =
                                  n->cfg.mail_from_name ? n->cfg.mail_from_name : ch->title,
                              .from = n->cfg.mail_from,
                              .to = m->rcpt,
                              .subject = subject.data,
                              .text = text.data,
                              .html = html.data,
                              .list_unsubscribe = r->kind == STORE_OUT_CONFIRM ? NULL : link,
                              .date_s = crier_now_ms() / 1000,
                              .msgid_right = strchr(n->cfg.mail_from, '@') + 1};
        if (mail_build(&mm, &m->mail) < 0) {
            msg_free(m);
            m = NULL;
        } else {
            m->req.kind = OUTBOUND_SMTP;
            m->req.url = n->cfg.smtp_url;
            m->req.mail_from = n->cfg.mail_from;
            m->req.rcpt = m->rcpt;
            m->req.body = m->mail.data;
            m->req.body_len = m->mail.len;
            msg_cover(m, r, 1);
        }
    }
    if (own.title)
        store_channel_clear(&own);
    buf_free(&subject);
    buf_free(&text);
    buf_free(&html);
    if (!m)
        settle(n, &r->id, 1); /* nothing to send: the post is gone or the mail cannot be built */
    return m;
}

/* ---- answers ---- */

/* When to try again: what the service asked (Retry-After, within a day),
 * else 10 s doubling with each try, up to an hour. */
static int64_t backoff_s(int attempts, long retry_after)
{
    if (retry_after >= 0)
        return retry_after < 1                        ? 1
               : retry_after > SEND_RETRY_AFTER_MAX_S ? SEND_RETRY_AFTER_MAX_S
                                                      : retry_after;
    int64_t d = 10;
    for (int i = 0; i < attempts && d < SEND_BACKOFF_MAX_S; i++)
        d *= 2;
    return d > SEND_BACKOFF_MAX_S ? SEND_BACKOFF_MAX_S : d;
}

/* Later, for every row of m; or dropped after too many tries. */
static void retry_later(struct notify *n, struct nmsg *m, int64_t now)
{
    if (m->attempts + 1 >= SEND_MAX_ATTEMPTS) {
        settle(n, m->ids, m->nids);
        return;
    }
    int64_t due = now + backoff_s(m->attempts, m->req.retry_after_s) * 1000;
    for (size_t i = 0; i < m->nids; i++)
        if (store_outbox_retry(n->st, m->ids[i], due) < 0)
            log_warn("notify: cannot reschedule job %lld", (long long)m->ids[i]);
}

/* A push that failed but may work later: the subscription is marked
 * failing, and dropped once it has failed for drop_after_s. */
static void push_failing(struct notify *n, struct nmsg *m, int64_t now)
{
    if (m->failing_since && now - m->failing_since > (int64_t)n->cfg.drop_after_s * 1000) {
        log_info("notify: dropping push subscription %lld: failing since %lld s",
                 (long long)m->sub_id, (long long)(now - m->failing_since) / 1000);
        if (store_push_sub_delete(n->st, m->sub_id) == 0)
            atomic_fetch_add(&n->c.push_dropped, 1);
        return;
    }
    if (!m->failing_since)
        store_push_sub_failing(n->st, m->sub_id, now);
    retry_later(n, m, now);
}

static void push_done(struct notify *n, struct nmsg *m)
{
    struct outbound_req *r = &m->req;
    int64_t now = crier_now_ms();
    static struct log_limit lim;

    if (r->err == 0 && r->status >= 200 && r->status < 300) {
        settle(n, m->ids, m->nids);
        atomic_fetch_add(&n->c.push_sent, 1);
        if (m->summary)
            atomic_fetch_add(&n->c.push_summaries, 1);
        if (m->failing_since)
            store_push_sub_failing(n->st, m->sub_id, 0);
    } else if (r->err == 0 && (r->status == 404 || r->status == 410)) {
        atomic_fetch_add(&n->c.push_failed[NF_GONE], 1);
        if (store_push_sub_delete(n->st, m->sub_id) == 0)
            atomic_fetch_add(&n->c.push_deleted, 1);
    } else if (r->err == 0 && (r->status == 429 || r->status >= 500)) {
        atomic_fetch_add(&n->c.push_failed[r->status == 429 ? NF_THROTTLED : NF_SERVER], 1);
        push_failing(n, m, now);
    } else if (r->err == 0) {
        /* 413 means our payload is too big, 400/401/403 a malformed request
         * or a key the service does not accept: retrying will not help. */
        atomic_fetch_add(&n->c.push_failed[NF_REJECTED], 1);
        log_limited(&lim, r->status == 413 ? LOG_ERROR : LOG_WARN,
                    "notify: push service refused a push with %ld%s", r->status,
                    r->status == 413 ? " (payload too large: a bug)" : "");
        settle(n, m->ids, m->nids);
        if (r->status != 413)
            push_failing(n, m, now);
    } else {
        int refused = r->err == -EACCES;
        atomic_fetch_add(&n->c.push_failed[refused ? NF_REFUSED : NF_NETWORK], 1);
        log_limited(&lim, LOG_INFO, "notify: push to subscription %lld failed: %s",
                    (long long)m->sub_id, r->errmsg[0] ? r->errmsg : crier_strerror(r->err));
        if (refused) { /* the endpoint now resolves inside: never again */
            if (store_push_sub_delete(n->st, m->sub_id) == 0)
                atomic_fetch_add(&n->c.push_deleted, 1);
        } else {
            push_failing(n, m, now);
        }
    }
}

static void mail_done(struct notify *n, struct nmsg *m)
{
    struct outbound_req *r = &m->req;
    static struct log_limit lim;

    if (r->err == 0 && r->status >= 200 && r->status < 300) {
        settle(n, m->ids, m->nids);
        atomic_fetch_add(m->kind == STORE_OUT_CONFIRM ? &n->c.confirm_sent : &n->c.email_sent, 1);
        return;
    }
    atomic_fetch_add(&n->c.email_failed, 1);
    log_limited(&lim, LOG_WARN, "notify: mail to subscriber %lld failed: %ld %s",
                (long long)m->sub_id, r->status, r->errmsg);
    if (r->status >= 500 && r->status < 600)
        settle(n, m->ids, m->nids); /* a permanent refusal of this address */
    else
        retry_later(n, m, crier_now_ms());
}

static void on_done(void *arg, struct outbound_req *r)
{
    struct notify *n = arg;
    struct nmsg *m = r->user;
    if (m->kind == STORE_OUT_PUSH)
        push_done(n, m);
    else
        mail_done(n, m);
    msg_free(m);
}

/* ---- the step ---- */

static void start(struct notify *n, struct nmsg *m)
{
    m->req.user = m;
    int rc = outbound_add(n->ob, &m->req);
    if (rc == 0)
        return;
    if (rc == -EINVAL) { /* an endpoint outbound will not take: as if refused */
        m->req.err = -EACCES;
        on_done(n, &m->req);
        return;
    }
    /* No room after all: the rows go back, due now. */
    for (size_t i = 0; i < m->nids; i++)
        store_outbox_retry(n->st, m->ids[i], crier_now_ms());
    msg_free(m);
}

/* Claims and starts one batch; returns the rows claimed. */
static size_t send_batch(struct notify *n, size_t room)
{
    struct store_outbox *rows = NULL;
    struct send_cache cache = {0};
    size_t k = 0;
    int64_t now = crier_now_ms();

    if (store_outbox_claim(n->st, now, n->cfg.lease_ms, room, &rows, &k) < 0 || k == 0) {
        free(rows);
        return 0;
    }
    qsort(rows, k, sizeof *rows, cmp_rows);
    for (size_t i = 0; i < k;) {
        size_t j = i + 1;
        while (j < k && rows[j].kind == rows[i].kind && rows[j].sub_id == rows[i].sub_id)
            j++;
        if (rows[i].kind == STORE_OUT_PUSH) {
            build_push(n, &cache, &rows[i], j - i);
        } else {
            for (size_t q = i; q < j; q++) {
                struct nmsg *m = NOTIFY_EMAIL_ON(n) ? build_mail(n, &cache, &rows[q]) : NULL;
                if (m)
                    start(n, m);
                else if (!NOTIFY_EMAIL_ON(n))
                    store_outbox_retry(n->st, rows[q].id, now + 3600 * 1000); /* mail is off */
            }
        }
        i = j;
    }
    cache_free(&cache);
    free(rows);
    return k;
}

int notify_send(struct notify *n, int fresh, int wait_ms)
{
    size_t cap = n->cfg.push_inflight;
    int64_t now = crier_now_ms();

    /* Claiming writes to the store: only when jobs were just made, when
     * the last claim left more, or once a tick (jobs come due with time),
     * once every NOTIFY_QUIET_FILL_MS after a claim that found nothing (a
     * retry's delay is seconds). */
    int64_t every = n->claim_idle ? NOTIFY_QUIET_FILL_MS : NOTIFY_TICK_MS;
    if (!fresh && !n->more_due && now - n->last_claim_ms < every)
        return outbound_run(n->ob, wait_ms, on_done, n);
    n->last_claim_ms = now;
    n->more_due = 0;
    n->claim_idle = outbound_inflight(n->ob) == 0;
    for (int round = 0; round < 8; round++) {
        size_t inflight = outbound_inflight(n->ob);
        if (inflight + 32 > cap)
            break;
        size_t room = cap - inflight;
        if (room > NOTIFY_CLAIM)
            room = NOTIFY_CLAIM;
        size_t got = send_batch(n, room);
        if (got)
            n->claim_idle = 0;
        if (got < room)
            break;
        n->more_due = 1; /* a full batch: there may be more */
    }
    int rc = outbound_run(n->ob, wait_ms, on_done, n);
    flush_done(n);
    return rc;
}

void notify_send_free(struct notify *n)
{
    flush_done(n);
}
