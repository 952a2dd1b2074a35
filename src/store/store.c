/*
 * store.c: backend selection by URI, the thin store_* wrappers that forward to
 * the backend's ops table, and the helpers that free what the store hands out.
 * The contracts live in store.h; nothing here touches a database.
 */
#include "store/store.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "crier.h"
#include "store/store_cache.h"
#include "xmalloc.h"

static int has_prefix(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/*
 * mkdir -p with mode 0700 for every component we create: the data directory
 * holds token hashes and unpublished posts, so it is private to the server's
 * user. Existing components are left as they are.
 */
static int mkdir_p(const char *dir)
{
    char *path = xstrdup(dir);
    size_t len = strlen(path);
    int rc = 0;

    while (len > 1 && path[len - 1] == '/')
        path[--len] = '\0';
    for (char *p = path + 1;; p++) {
        if (*p != '/' && *p != '\0')
            continue;
        char saved = *p;
        *p = '\0';
        if (mkdir(path, 0700) != 0 && errno != EEXIST) {
            rc = -errno;
            break;
        }
        *p = saved;
        if (saved == '\0')
            break;
    }
    if (rc == 0) {
        struct stat sb;
        if (stat(path, &sb) != 0)
            rc = -errno;
        else if (!S_ISDIR(sb.st_mode))
            rc = -ENOTDIR;
    }
    free(path);
    return rc;
}

/* "scheme:" at the start of uri, as in RFC 3986 (a directory whose name has
 * a colon is written ./a:b). */
static int has_scheme(const char *uri)
{
    const char *p = uri;
    if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
        return 0;
    while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
           *p == '+' || *p == '-' || *p == '.')
        p++;
    return *p == ':';
}

/* Fills err with the message, then ": <cause>" when cause is an errno code;
 * returns rc. */
static int fail(char *err, size_t errsz, int rc, int cause, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static int fail(char *err, size_t errsz, int rc, int cause, const char *fmt, ...)
{
    va_list ap;
    if (!err || !errsz)
        return rc;
    va_start(ap, fmt);
    int n = vsnprintf(err, errsz, fmt, ap);
    va_end(ap);
    if (cause && cause > -4096 && n >= 0 && (size_t)n < errsz)
        snprintf(err + n, errsz - (size_t)n, ": %s", strerror(-cause));
    return rc;
}

int store_open_with(struct store **out, const char *uri, int flags, char *err, size_t errsz)
{
    int create = flags & STORE_OPEN_CREATE;
    struct stat sb;
    char *path;
    int rc;

    *out = NULL;
    if (err && errsz)
        err[0] = '\0';
    if (uri == NULL || *uri == '\0')
        return fail(err, errsz, -EINVAL, 0, "no store given");
    if (has_prefix(uri, "postgres://") || has_prefix(uri, "postgresql://")) {
        if ((rc = store_pg_open(out, uri)) < 0)
            return fail(err, errsz, rc, 0, "cannot open the PostgreSQL store: %s",
                        crier_strerror(rc));
        (*out)->cache = store_cache_new();
        return 0;
    }
    if (has_prefix(uri, "sqlite:")) {
        path = xstrdup(uri + strlen("sqlite:"));
        if (*path == '\0') {
            free(path);
            return fail(err, errsz, -EINVAL, 0, "%s: sqlite: needs the path of a database file",
                        uri);
        }
    } else if (has_scheme(uri)) {
        return fail(err, errsz, -EINVAL, 0,
                    "unknown store '%s': use a data directory, sqlite:PATH or postgres://... "
                    "(write a directory whose name has a colon as ./NAME)",
                    uri);
    } else {
        if (stat(uri, &sb) == 0 && !S_ISDIR(sb.st_mode))
            return fail(err, errsz, -ENOTDIR, 0, "the data directory %s is not a directory", uri);
        if (create && (rc = mkdir_p(uri)) < 0)
            return fail(err, errsz, rc, rc, "cannot create the data directory %s", uri);
        size_t n = strlen(uri) + sizeof "/crier.db";
        path = xmalloc(n);
        snprintf(path, n, "%s/crier.db", uri);
    }
    if (!create && stat(path, &sb) != 0) {
        rc = -errno;
        if (rc == -ENOENT)
            fail(err, errsz, rc, 0,
                 "no database at %s (nothing was created: start crier serve on it once, or "
                 "pass --create)",
                 path);
        else
            fail(err, errsz, rc, rc, "cannot use the database %s", path);
        free(path);
        return rc;
    }
    rc = store_sqlite_open_with(out, path, flags);
    /* The store logged the detail of its own errors (CRIER_ESTORE). */
    if (rc < 0)
        fail(err, errsz, rc, rc, "cannot open the database %s%s", path,
             rc <= -4096 ? " (see the message above)" : "");
    else
        (*out)->cache = store_cache_new();
    free(path);
    return rc;
}

int store_open(struct store **out, const char *uri)
{
    return store_open_with(out, uri, STORE_OPEN_CREATE, NULL, 0);
}

void store_close(struct store *st)
{
    if (!st)
        return;
    struct store_cache *c = st->cache;
    st->ops->close(st);
    store_cache_free(c);
}

void store_channel_clear(struct store_channel *ch)
{
    if (!ch)
        return;
    free(ch->title);
    free(ch->description);
    free(ch->selection);
    ch->title = NULL;
    ch->description = NULL;
    ch->selection = NULL;
}

void store_channels_free(struct store_channel *chs, size_t n)
{
    if (!chs)
        return;
    for (size_t i = 0; i < n; i++)
        store_channel_clear(&chs[i]);
    free(chs);
}

void store_event_clear(struct store_event *ev)
{
    if (!ev)
        return;
    free(ev->data);
    ev->data = NULL;
    ev->data_len = 0;
}

void store_events_free(struct store_event *evs, size_t n)
{
    if (!evs)
        return;
    for (size_t i = 0; i < n; i++)
        store_event_clear(&evs[i]);
    free(evs);
}

int store_channel_create(struct store *st, struct store_channel *ch)
{
    return st->ops->channel_create(st, ch);
}

int store_channel_get(struct store *st, const char *slug, struct store_channel *out)
{
    return st->ops->channel_get(st, slug, out);
}

int store_channel_get_by_id(struct store *st, int64_t id, struct store_channel *out)
{
    return st->ops->channel_get_by_id(st, id, out);
}

int store_channel_list(struct store *st, struct store_channel **out, size_t *n)
{
    return st->ops->channel_list(st, out, n);
}

static void access_changed(struct store *st);

int store_channel_update(struct store *st, const struct store_channel *ch)
{
    int rc = st->ops->channel_update(st, ch);
    if (rc == 0)
        access_changed(st);
    return rc;
}

int store_channel_delete(struct store *st, const char *slug)
{
    int rc = st->ops->channel_delete(st, slug);
    if (rc == 0)
        access_changed(st);
    return rc;
}

int store_post_by_external(struct store *st, int64_t channel_id, const char *external_id,
                           struct post *out, int *state)
{
    return st->ops->post_by_external(st, channel_id, external_id, out, state);
}

int store_post_create(struct store *st, int64_t channel_id, struct post *post, int64_t publish_at,
                      struct store_event *ev, const struct store_audit *audit)
{
    return st->ops->post_create(st, channel_id, post, publish_at, ev, audit);
}

int store_post_get(struct store *st, int64_t channel_id, int64_t post_id, struct post *out,
                   int *state)
{
    return st->ops->post_get(st, channel_id, post_id, out, state);
}

int store_post_edit(struct store *st, int64_t channel_id, int64_t post_id, struct post *post,
                    struct store_event *ev, const struct store_audit *audit)
{
    return st->ops->post_edit(st, channel_id, post_id, post, ev, audit);
}

int store_post_delete(struct store *st, int64_t channel_id, int64_t post_id, struct store_event *ev,
                      const struct store_audit *audit)
{
    return st->ops->post_delete(st, channel_id, post_id, ev, audit);
}

int store_channel_pin(struct store *st, int64_t channel_id, int64_t post_id, struct store_event *ev)
{
    int rc = st->ops->channel_pin(st, channel_id, post_id, ev);
    if (rc == 0)
        store_cache_forget(st->cache);
    return rc;
}

int store_publish_due(struct store *st, int64_t now_ms, size_t *published)
{
    return st->ops->publish_due(st, now_ms, published);
}

int store_events_after(struct store *st, int64_t channel_id, int64_t after, size_t limit,
                       struct store_event **out, size_t *n, int64_t *oldest_seq, int64_t *last_seq)
{
    return st->ops->events_after(st, channel_id, after, limit, 0, out, n, oldest_seq, last_seq);
}

static void access_changed(struct store *st)
{
    store_cache_forget(st->cache);
    if (st->access_hook)
        st->access_hook(st->access_arg);
}

int store_access_changes(struct store *st, int64_t after_gen, int64_t *ids, size_t max, size_t *n,
                         int64_t *gen)
{
    int rc = st->ops->access_changes(st, after_gen, ids, max, n, gen);
    if (rc == 0 && *n)
        store_cache_forget(st->cache); /* another process's change, maybe a revocation */
    return rc;
}

int store_channel_heads(struct store *st, struct store_head **out, size_t *n)
{
    return st->ops->channel_heads(st, out, n);
}

void store_set_access_hook(struct store *st, store_access_fn fn, void *arg)
{
    st->access_hook = fn;
    st->access_arg = arg;
}

int store_events_page(struct store *st, int64_t channel_id, int64_t after, size_t limit,
                      size_t max_bytes, struct store_event **out, size_t *n, int64_t *oldest_seq,
                      int64_t *last_seq)
{
    return st->ops->events_after(st, channel_id, after, limit, max_bytes, out, n, oldest_seq,
                                 last_seq);
}

int store_prune(struct store *st, int64_t channel_id, int64_t before_seq)
{
    return st->ops->prune(st, channel_id, before_seq);
}

int store_token_create(struct store *st, struct store_token *t)
{
    return st->ops->token_create(st, t);
}

int store_token_lookup(struct store *st, const unsigned char hash[32], struct store_token *out)
{
    return st->ops->token_lookup(st, hash, out);
}

int store_token_list(struct store *st, struct store_token **out, size_t *n)
{
    return st->ops->token_list(st, out, n);
}

int store_token_revoke(struct store *st, int64_t id)
{
    int rc = st->ops->token_revoke(st, id);
    if (rc == 0)
        access_changed(st);
    return rc;
}

int store_token_touch(struct store *st, int64_t id, int64_t now_ms)
{
    int rc = st->ops->token_touch(st, id, now_ms);
    if (rc == 0)
        store_cache_token_touched(st->cache, id, now_ms);
    return rc;
}

void store_set_commit_hook(struct store *st, store_commit_fn fn, void *arg)
{
    st->ops->set_commit_hook(st, fn, arg);
}

int store_candidates(struct store *st, int64_t channel_id, int64_t from_ms, int64_t to_ms,
                     struct store_candidate **out, size_t *n)
{
    return st->ops->candidates(st, channel_id, from_ms, to_ms, out, n);
}

int store_post_mark(struct store *st, int64_t channel_id, int64_t post_id, int mark)
{
    return st->ops->post_mark(st, channel_id, post_id, mark);
}

int store_views_add(struct store *st, int64_t channel_id, int64_t post_id, int64_t n)
{
    return st->ops->views_add(st, channel_id, post_id, n);
}

int store_views_record(struct store *st, int64_t channel_id, const int64_t *post_ids, size_t n,
                       const unsigned char viewer[32], int64_t now_ms, size_t *counted)
{
    return st->ops->views_record(st, channel_id, post_ids, n, viewer, now_ms, counted);
}

int store_selection_publish(struct store *st, const struct store_selection *key, struct post *post,
                            struct store_event *ev)
{
    return st->ops->selection_publish(st, key, post, ev);
}

int store_selection_get(struct store *st, int64_t channel_id, const char *local_date,
                        const char *slot, struct store_selection *out)
{
    return st->ops->selection_get(st, channel_id, local_date, slot, out);
}

int store_selection_last(struct store *st, int64_t channel_id, int64_t before_ms,
                         struct store_selection *out)
{
    return st->ops->selection_last(st, channel_id, before_ms, out);
}

int store_selection_list(struct store *st, int64_t channel_id, size_t limit,
                         struct store_selection **out, size_t *n)
{
    return st->ops->selection_list(st, channel_id, limit, out, n);
}

/* ---- readers, invites and membership ---- */

void store_memberships_free(struct store_membership *m, size_t n)
{
    if (!m)
        return;
    for (size_t i = 0; i < n; i++)
        store_channel_clear(&m[i].ch);
    free(m);
}

int store_reader_create(struct store *st, struct store_reader *r)
{
    return st->ops->reader_create(st, r);
}

int store_reader_lookup(struct store *st, const unsigned char hash[32], struct store_reader *out)
{
    return st->ops->reader_lookup(st, hash, out);
}

int store_reader_touch(struct store *st, int64_t reader_id, int64_t now_ms)
{
    return st->ops->reader_touch(st, reader_id, now_ms);
}

int store_reader_forget(struct store *st, int64_t reader_id)
{
    return st->ops->reader_forget(st, reader_id);
}

int store_readers_prune(struct store *st, int64_t after_id, size_t scan, int64_t seen_before,
                        int64_t *next_id, size_t *deleted)
{
    return st->ops->readers_prune(st, after_id, scan, seen_before, next_id, deleted);
}

int store_transfer_create(struct store *st, const unsigned char hash[32], int64_t reader_id,
                          const unsigned char secret[32], int64_t expires_at)
{
    return st->ops->transfer_create(st, hash, reader_id, secret, expires_at);
}

int store_transfer_take(struct store *st, const unsigned char hash[32], int64_t now_ms,
                        int64_t *reader_id, unsigned char secret[32])
{
    return st->ops->transfer_take(st, hash, now_ms, reader_id, secret);
}

int store_invite_create(struct store *st, struct store_invite *inv)
{
    return st->ops->invite_create(st, inv);
}

int store_invite_list(struct store *st, int64_t channel_id, struct store_invite **out, size_t *n)
{
    return st->ops->invite_list(st, channel_id, out, n);
}

int store_invite_lookup(struct store *st, const unsigned char hash[32], struct store_invite *out)
{
    return st->ops->invite_lookup(st, hash, out);
}

int store_invite_revoke(struct store *st, int64_t channel_id, int64_t invite_id,
                        const unsigned char *hash)
{
    return st->ops->invite_revoke(st, channel_id, invite_id, hash);
}

int store_invite_join(struct store *st, const unsigned char hash[32], int64_t reader_id,
                      int64_t now_ms, struct store_member *out)
{
    return st->ops->invite_join(st, hash, reader_id, now_ms, out);
}

int store_member_join(struct store *st, int64_t channel_id, int64_t reader_id,
                      struct store_member *out)
{
    return st->ops->member_join(st, channel_id, reader_id, out);
}

int store_member_get(struct store *st, int64_t channel_id, int64_t reader_id,
                     struct store_member *out)
{
    return st->ops->member_get(st, channel_id, reader_id, out);
}

int store_member_leave(struct store *st, int64_t channel_id, int64_t reader_id)
{
    int rc = st->ops->member_leave(st, channel_id, reader_id);
    if (rc == 0)
        access_changed(st);
    return rc;
}

int store_member_list(struct store *st, int64_t channel_id, int state, struct store_member **out,
                      size_t *n)
{
    return st->ops->member_list(st, channel_id, state, out, n);
}

int store_member_approve(struct store *st, int64_t channel_id, int64_t reader_id)
{
    return st->ops->member_approve(st, channel_id, reader_id);
}

int store_member_reject(struct store *st, int64_t channel_id, int64_t reader_id)
{
    int rc = st->ops->member_reject(st, channel_id, reader_id);
    if (rc == 0)
        access_changed(st);
    return rc;
}

int store_member_count(struct store *st, int64_t channel_id, int64_t *n)
{
    return st->ops->member_count(st, channel_id, n);
}

int store_member_set_read(struct store *st, int64_t channel_id, int64_t reader_id, int64_t seq)
{
    return st->ops->member_set_read(st, channel_id, reader_id, seq);
}

int store_member_feed_set(struct store *st, int64_t channel_id, int64_t reader_id,
                          const unsigned char hash[32])
{
    return st->ops->member_feed_set(st, channel_id, reader_id, hash);
}

int store_member_feed_lookup(struct store *st, const unsigned char hash[32],
                             struct store_member *out)
{
    return st->ops->member_feed_lookup(st, hash, out);
}

int store_reader_memberships(struct store *st, int64_t reader_id, struct store_membership **out,
                             size_t *n)
{
    return st->ops->reader_memberships(st, reader_id, out, n);
}

int store_posts_scheduled(struct store *st, int64_t channel_id, size_t limit, struct post **out,
                          size_t *n)
{
    return st->ops->posts_scheduled(st, channel_id, limit, out, n);
}

void store_posts_free(struct post *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        post_clear(&p[i]);
    free(p);
}

int store_posts_recent(struct store *st, int64_t channel_id, int64_t before_seq, size_t limit,
                       struct post **out, size_t *n)
{
    return st->ops->posts_recent(st, channel_id, before_seq, limit, out, n);
}

/* ---- notifications ---- */

int store_setting_get(struct store *st, const char *name, unsigned char **out, size_t *len)
{
    return st->ops->setting_get(st, name, out, len);
}

int store_setting_set(struct store *st, const char *name, const void *value, size_t len)
{
    return st->ops->setting_set(st, name, value, len);
}

int store_setting_init(struct store *st, const char *name, const void *value, size_t len,
                       unsigned char **out, size_t *outlen)
{
    return st->ops->setting_init(st, name, value, len, out, outlen);
}

int store_push_sub_put(struct store *st, struct store_push_sub *s)
{
    return st->ops->push_sub_put(st, s);
}

int store_push_sub_remove(struct store *st, int64_t reader_id, int64_t channel_id,
                          const char *endpoint, size_t *n)
{
    return st->ops->push_sub_remove(st, reader_id, channel_id, endpoint, n);
}

int store_push_sub_delete(struct store *st, int64_t id)
{
    return st->ops->push_sub_delete(st, id);
}

int store_push_sub_failing(struct store *st, int64_t id, int64_t since)
{
    return st->ops->push_sub_failing(st, id, since);
}

int store_push_subs_of_reader(struct store *st, int64_t reader_id, struct store_push_sub **out,
                              size_t *n)
{
    return st->ops->push_subs_of_reader(st, reader_id, out, n);
}

int store_push_subs_page(struct store *st, int64_t channel_id, int64_t after_id, size_t limit,
                         struct store_push_sub **out, size_t *n)
{
    return st->ops->push_subs_page(st, channel_id, after_id, limit, out, n);
}

int store_email_sub_request(struct store *st, int64_t channel_id, const char *address, int what,
                            int64_t now_ms, int max_per_day, struct store_email_sub *out)
{
    return st->ops->email_sub_request(st, channel_id, address, what, now_ms, max_per_day, out);
}

int store_email_sub_confirm(struct store *st, int64_t id, int64_t now_ms)
{
    return st->ops->email_sub_confirm(st, id, now_ms);
}

int store_email_sub_delete(struct store *st, int64_t id)
{
    return st->ops->email_sub_delete(st, id);
}

int store_email_sub_get(struct store *st, int64_t id, struct store_email_sub *out)
{
    return st->ops->email_sub_get(st, id, out);
}

int store_email_subs_page(struct store *st, int64_t channel_id, int64_t after_id, size_t limit,
                          struct store_email_sub **out, size_t *n)
{
    return st->ops->email_subs_page(st, channel_id, after_id, limit, out, n);
}

int store_notify_cursor_get(struct store *st, int64_t channel_id, struct store_notify_cursor *out)
{
    return st->ops->notify_cursor_get(st, channel_id, out);
}

int store_outbox_fill(struct store *st, const struct store_outbox *rows, size_t n,
                      const struct store_notify_cursor *next, int64_t max_rows)
{
    return st->ops->outbox_fill(st, rows, n, next, max_rows);
}

int store_outbox_cancel_post(struct store *st, int64_t channel_id, int64_t post_id)
{
    return st->ops->outbox_cancel_post(st, channel_id, post_id);
}

int store_outbox_claim(struct store *st, int64_t now_ms, int64_t lease_ms, size_t limit,
                       struct store_outbox **out, size_t *n)
{
    return st->ops->outbox_claim(st, now_ms, lease_ms, limit, out, n);
}

int store_outbox_done(struct store *st, const int64_t *ids, size_t n)
{
    return st->ops->outbox_done(st, ids, n);
}

int store_outbox_retry(struct store *st, int64_t id, int64_t due_at)
{
    return st->ops->outbox_retry(st, id, due_at);
}

int store_outbox_release(struct store *st)
{
    return st->ops->outbox_release(st);
}

int store_notify_stats(struct store *st, struct store_notify_stats *out)
{
    return st->ops->notify_stats(st, out);
}

int store_post_schedule(struct store *st, int64_t channel_id, int64_t post_id, int64_t publish_at,
                        struct store_event *ev, const struct store_audit *audit)
{
    return st->ops->post_schedule(st, channel_id, post_id, publish_at, ev, audit);
}

int store_posts_drafts(struct store *st, int64_t channel_id, size_t limit, struct post **out,
                       size_t *n)
{
    return st->ops->posts_drafts(st, channel_id, limit, out, n);
}

int store_source_add(struct store *st, struct store_source *s)
{
    return st->ops->source_add(st, s);
}

int store_source_list(struct store *st, int64_t channel_id, struct store_source **out, size_t *n)
{
    return st->ops->source_list(st, channel_id, out, n);
}

int store_source_get(struct store *st, int64_t id, struct store_source *out)
{
    return st->ops->source_get(st, id, out);
}

int store_source_remove(struct store *st, int64_t channel_id, int64_t id)
{
    return st->ops->source_remove(st, channel_id, id);
}

int store_sources_claim(struct store *st, int64_t channel_id, int64_t now_ms, int64_t lease_ms,
                        size_t limit, struct store_source **out, size_t *n)
{
    return st->ops->sources_claim(st, channel_id, now_ms, lease_ms, limit, out, n);
}

int store_source_done(struct store *st, const struct store_source *s)
{
    return st->ops->source_done(st, s);
}

int store_source_item_find(struct store *st, int64_t channel_id, const char *guid, const char *link,
                           const unsigned char key[32], struct store_source_item *out, int *by)
{
    return st->ops->source_item_find(st, channel_id, guid, link, key, out, by);
}

int store_source_item_put(struct store *st, const struct store_source_item *it)
{
    return st->ops->source_item_put(st, it);
}

int store_member_day_record(struct store *st, int64_t channel_id, const char *day, int64_t now_ms)
{
    return st->ops->member_day_record(st, channel_id, day, now_ms);
}

int store_member_days(struct store *st, int64_t channel_id, const char *from_day,
                      const char *to_day, struct store_member_day **out, size_t *n)
{
    return st->ops->member_days(st, channel_id, from_day, to_day, out, n);
}

int store_post_stats(struct store *st, int64_t channel_id, size_t limit,
                     struct store_post_stat **out, size_t *n)
{
    return st->ops->post_stats(st, channel_id, limit, out, n);
}

#define DAY_MS_MAX 253402300800000LL /* 10000-01-01T00:00:00Z */

/* Before 1970 (-EINVAL too) a day would need a floored division; no
 * figure of this program is that old. */
int store_day_of(int64_t ms, char day[11])
{
    struct tm tm;
    time_t t = (time_t)(ms / 1000);
    day[0] = '\0';
    if (ms < 0 || ms >= DAY_MS_MAX || !gmtime_r(&t, &tm))
        return -EINVAL;
    char text[40]; /* what the compiler allows any int */
    snprintf(text, sizeof text, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    memcpy(day, text, 10);
    day[10] = '\0';
    return 0;
}

int store_day_ms(const char *day, int64_t *ms)
{
    struct tm tm = {0};
    *ms = 0;
    if (!day || strlen(day) != 10 || day[4] != '-' || day[7] != '-')
        return -EINVAL;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (day[i] < '0' || day[i] > '9'))
            return -EINVAL;
    tm.tm_year =
        (day[0] - '0') * 1000 + (day[1] - '0') * 100 + (day[2] - '0') * 10 + day[3] - '0' - 1900;
    tm.tm_mon = (day[5] - '0') * 10 + day[6] - '0' - 1;
    tm.tm_mday = (day[8] - '0') * 10 + day[9] - '0';
    int mon = tm.tm_mon, mday = tm.tm_mday;
    time_t t = timegm(&tm); /* normalises 02-30 into March: refused below */
    if (t == (time_t)-1 || t < 0 || tm.tm_mon != mon || tm.tm_mday != mday)
        return -EINVAL;
    *ms = (int64_t)t * 1000;
    return 0;
}
