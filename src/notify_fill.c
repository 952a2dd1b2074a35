/*
 * notify_fill: committed events -> outbox rows. For each channel, from its
 * notify cursor: a post or selection becomes one row per subscription it
 * rings for (now, after the quiet hours, or at the reader's selection
 * hour), a page of subscriptions per transaction that also moves the
 * cursor; an edit rings nothing; a delete cancels the rows of its post
 * that have not gone out. The cursor makes it exactly-once: a crash
 * between two pages redoes neither.
 */
#include "notify_int.h"

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "jsonr.h"
#include "log.h"
#include "notify_rule.h"
#include "post.h"
#include "store/store.h"

#define FILL_EVENTS 16 /* events read at once per channel */

/* What one event is, for the rules. */
struct fill_item {
    struct notify_item it;
    int64_t post_id;
    int64_t created_at; /* ms: the event's commit */
};

static int slot_of(const char *name)
{
    if (strcmp(name, "morning") == 0)
        return NOTIFY_SLOT_MORNING;
    if (strcmp(name, "evening") == 0)
        return NOTIFY_SLOT_EVENING;
    return NOTIFY_SLOT_NONE;
}

/* The event's record -> what the rules read. -EINVAL for a record that is
 * not a post (it rings nothing). */
static int item_of(const struct store_event *ev, struct fill_item *fi)
{
    json_error_t jerr;
    json_t *rec = jsonr_loadb(ev->data, ev->data_len, 0, &jerr);
    struct post p;
    int rc;

    if (!rec)
        return -EINVAL;
    post_init(&p);
    rc = post_from_json(rec, &p);
    json_decref(rec);
    if (rc == 0) {
        memset(fi, 0, sizeof *fi);
        fi->post_id = ev->post_id;
        fi->created_at = ev->created_at;
        fi->it.selection = ev->kind == STORE_EV_SELECTION;
        fi->it.slot = p.sel ? slot_of(p.sel->slot) : NOTIFY_SLOT_NONE;
        fi->it.importance = p.importance;
        fi->it.silent = p.silent;
    }
    post_clear(&p);
    return rc;
}

/* Whether an email subscriber gets it: selections, and breaking news for
 * "important". Never a silent post. */
static int email_wants(int what, const struct notify_item *it)
{
    if (it->silent)
        return 0;
    if (it->selection)
        return 1;
    return what >= NOTIFY_IMPORTANT && it->importance >= 3;
}

/* A loaded zone by name, cached (a node sees a few dozen zones), or NULL
 * when it does not load. */
static const struct tz *zone(struct notify *n, const char *name)
{
    for (size_t i = 0; i < n->ntzs; i++)
        if (strcmp(n->tzs[i].name, name) == 0)
            return n->tzs[i].tz;
    struct tz *z = NULL;
    if (tz_load(name, &z) < 0)
        z = NULL;
    size_t slot;
    if (n->ntzs < NOTIFY_TZ_CACHE) {
        slot = n->ntzs++;
    } else { /* full: replace in turn (a node sees a few dozen zones) */
        slot = n->tz_next++ % NOTIFY_TZ_CACHE;
        tz_free(n->tzs[slot].tz);
    }
    snprintf(n->tzs[slot].name, sizeof n->tzs[slot].name, "%s", name);
    n->tzs[slot].tz = z;
    return z;
}

/* One page of a phase for the event at cur->seq + 1; moves *cur. Returns
 * the rows made. */
static int fill_page(struct notify *n, const struct store_channel *ch, const struct fill_item *fi,
                     struct store_notify_cursor *cur, int64_t now)
{
    struct store_outbox *rows = NULL;
    struct store_notify_cursor next = *cur;
    size_t nsubs = 0, nrows = 0;
    int64_t seq = cur->seq + 1, last = cur->sub_after;
    int rc;

    if (cur->phase == 0) {
        struct store_push_sub *subs = NULL;
        if ((rc = store_push_subs_page(n->st, ch->id, cur->sub_after, NOTIFY_PAGE, &subs, &nsubs)) <
            0)
            return rc;
        rows = calloc(nsubs ? nsubs : 1, sizeof *rows);
        if (!rows) {
            free(subs);
            return -ENOMEM;
        }
        for (size_t i = 0; i < nsubs; i++) {
            const struct store_push_sub *s = &subs[i];
            struct notify_prefs p = {.level = s->notify,
                                     .tz = zone(n, s->tz[0] ? s->tz : ch->tz),
                                     .quiet_from = s->quiet_from,
                                     .quiet_to = s->quiet_to,
                                     .sel_at = {s->sel_morning, s->sel_evening}};
            int64_t due = 0;
            last = s->id;
            if (s->created_at > fi->created_at)
                continue; /* news from before the subscription does not ring */
            if (!p.tz)    /* a zone that no longer loads: the channel's, else UTC rules */
                p.tz = zone(n, ch->tz);
            int when = p.tz ? notify_decide(&p, &fi->it, now, &due) : NOTIFY_NEVER;
            if (when <= NOTIFY_NEVER) /* never, or a zone that cannot place the hour */
                continue;
            struct store_outbox *r = &rows[nrows++];
            r->kind = STORE_OUT_PUSH;
            r->sub_id = s->id;
            r->channel_id = ch->id;
            r->seq = seq;
            r->post_id = fi->post_id;
            r->flags = when == NOTIFY_HELD     ? STORE_OUT_HELD
                       : when == NOTIFY_MYHOUR ? STORE_OUT_MYHOUR
                                               : 0;
            r->due_at = due;
            r->created_at = now;
        }
        free(subs);
    } else {
        struct store_email_sub *subs = NULL;
        if ((rc = store_email_subs_page(n->st, ch->id, cur->sub_after, NOTIFY_PAGE, &subs,
                                        &nsubs)) < 0)
            return rc;
        rows = calloc(nsubs ? nsubs : 1, sizeof *rows);
        if (!rows) {
            free(subs);
            return -ENOMEM;
        }
        for (size_t i = 0; i < nsubs; i++) {
            last = subs[i].id;
            if (!email_wants(subs[i].what, &fi->it))
                continue;
            struct store_outbox *r = &rows[nrows++];
            r->kind = STORE_OUT_EMAIL;
            r->sub_id = subs[i].id;
            r->channel_id = ch->id;
            r->seq = seq;
            r->post_id = fi->post_id;
            r->due_at = now;
            r->created_at = now;
        }
        free(subs);
    }
    if (nsubs == NOTIFY_PAGE) {
        next.sub_after = last; /* more of this phase */
    } else if (cur->phase == 0 && NOTIFY_EMAIL_ON(n)) {
        next.phase = 1;
        next.sub_after = 0;
    } else {
        next.seq = seq; /* the event is done */
        next.phase = 0;
        next.sub_after = 0;
    }
    rc = store_outbox_fill(n->st, rows, nrows, &next, n->cfg.queue_max);
    free(rows);
    if (rc < 0)
        return rc;
    *cur = next;
    atomic_fetch_add(&n->c.rows_made, nrows);
    return (int)nrows;
}

/* Moves the cursor past an event that rings nothing. */
static int skip_event(struct notify *n, struct store_notify_cursor *cur, int64_t seq)
{
    struct store_notify_cursor next = {
        .channel_id = cur->channel_id, .seq = seq, .phase = 0, .sub_after = 0};
    int rc = store_outbox_fill(n->st, NULL, 0, &next, INT64_MAX);
    if (rc == 0)
        *cur = next;
    return rc;
}

/* One event at cur->seq + 1, all its pages; returns rows made. */
static int fill_event(struct notify *n, const struct store_channel *ch,
                      const struct store_event *ev, struct store_notify_cursor *cur, int64_t now)
{
    struct fill_item fi;
    int made = 0, rc;

    if (ev->kind == STORE_EV_DELETE) {
        if ((rc = store_outbox_cancel_post(n->st, ch->id, ev->post_id)) < 0)
            return rc;
        atomic_fetch_add(&n->c.rows_cancelled, 1);
        return skip_event(n, cur, ev->seq);
    }
    if ((ev->kind != STORE_EV_POST && ev->kind != STORE_EV_SELECTION) || item_of(ev, &fi) < 0)
        return skip_event(n, cur, ev->seq);
    while (cur->seq < ev->seq) {
        if ((rc = fill_page(n, ch, &fi, cur, now)) < 0)
            return rc;
        made += rc;
    }
    return made;
}

/* 1 when the channel has no push subscription and no email subscriber
 * that a notification could reach, 0 when it has some, or an error. */
static int nobody_listens(struct notify *n, int64_t channel_id)
{
    struct store_push_sub *ps = NULL;
    struct store_email_sub *es = NULL;
    size_t np = 0, ne = 0;
    int rc = store_push_subs_page(n->st, channel_id, 0, 1, &ps, &np);
    free(ps);
    if (rc < 0 || np)
        return rc < 0 ? rc : 0;
    if (NOTIFY_EMAIL_ON(n)) {
        rc = store_email_subs_page(n->st, channel_id, 0, 1, &es, &ne);
        free(es);
        if (rc < 0 || ne)
            return rc < 0 ? rc : 0;
    }
    return 1;
}

/* One channel from its cursor, up to budget rows. */
static int fill_channel(struct notify *n, int64_t channel_id, int64_t last_seq, int budget)
{
    struct store_notify_cursor cur;
    struct store_channel ch;
    int made = 0, rc;

    if ((rc = store_notify_cursor_get(n->st, channel_id, &cur)) < 0)
        return rc;
    if (cur.seq >= last_seq)
        return 0;
    if ((rc = nobody_listens(n, channel_id)) != 0) {
        /* Nothing can ring: the cursor jumps to the end in one write, and
         * only every NOTIFY_SKIP_MS (a busy channel nobody subscribed to
         * must not cost the store's writer a transaction per post). A
         * subscription made meanwhile is not rung for what came before it
         * (see fill_page). */
        if (rc < 0 || crier_now_ms() - n->last_skip_ms < NOTIFY_SKIP_MS)
            return rc < 0 ? rc : 0;
        n->last_skip_ms = crier_now_ms();
        return skip_event(n, &cur, last_seq);
    }
    if ((rc = store_channel_get_by_id(n->st, channel_id, &ch)) < 0)
        return rc == -ENOENT ? 0 : rc;
    while (cur.seq < last_seq && made < budget) {
        struct store_event *evs = NULL;
        size_t nev = 0;
        int64_t oldest = 0, last = 0;
        rc =
            store_events_after(n->st, channel_id, cur.seq, FILL_EVENTS, &evs, &nev, &oldest, &last);
        if (rc == CRIER_EPRUNED) {
            /* The events were pruned before they could ring: go on from the
             * oldest one kept (what was pruned is not news any more). */
            log_warn("notify: channel %s: events %lld..%lld were pruned before their "
                     "notifications; skipping them",
                     ch.slug, (long long)cur.seq + 1, (long long)oldest - 1);
            rc = skip_event(n, &cur, oldest - 1);
            if (rc < 0)
                break;
            continue;
        }
        if (rc < 0 || nev == 0)
            break;
        int64_t now = crier_now_ms();
        for (size_t i = 0; i < nev && rc >= 0; i++) {
            if (evs[i].seq <= cur.seq)
                continue;
            rc = fill_event(n, &ch, &evs[i], &cur, now);
            if (rc > 0)
                made += rc;
        }
        store_events_free(evs, nev);
        if (rc < 0)
            break;
    }
    store_channel_clear(&ch);
    if (rc == -ENOSPC) {
        static struct log_limit lim;
        log_limited(&lim, LOG_WARN,
                    "notify: the queue holds its maximum (%lld jobs): new notifications wait",
                    (long long)n->cfg.queue_max);
        return made;
    }
    return rc < 0 ? rc : made;
}

int notify_fill(struct notify *n)
{
    struct store_head *heads = NULL;
    size_t nh = 0;
    int made = 0, rc = store_channel_heads(n->st, &heads, &nh);

    if (rc < 0)
        return rc;
    for (size_t i = 0; i < nh && made < NOTIFY_FILL_BUDGET; i++) {
        rc = fill_channel(n, heads[i].channel_id, heads[i].last_seq, NOTIFY_FILL_BUDGET - made);
        if (rc < 0)
            break;
        made += rc;
    }
    free(heads);
    return rc < 0 ? rc : made;
}
