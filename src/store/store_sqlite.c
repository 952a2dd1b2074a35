/*
 * store_sqlite: the embedded SQLite backend of store.h. This file opens and
 * closes it: the database file, the schema and its migrations, the
 * connection pool and the ops table. store_sqlite_int.h says where the rest
 * lives.
 *
 * Two kinds of connection share one database file in WAL mode:
 *  - the writer: one thread with its own connection, fed by a queue. It runs
 *    every write that takes a seq (post create, edit, delete, publish_due,
 *    selection_publish). It takes all that
 *    has queued up, runs each request in its own SAVEPOINT inside one
 *    BEGIN IMMEDIATE transaction, and commits once, so a burst of publishes
 *    costs one fsync (group commit). A request that fails rolls back to its
 *    savepoint and leaves the rest of the batch alone.
 *  - a pool of up to SQ_POOL_MAX connections for everything else (reads,
 *    channel and token writes, prune, post marks and view counts, readers,
 *    invites and memberships). The calling thread borrows one. Writes that
 *    must be atomic across statements (joining through an invite, taking a
 *    device link) run in their own BEGIN IMMEDIATE transaction there.
 *
 * Every connection runs with synchronous=FULL, foreign_keys=ON and a 5 s busy
 * timeout, and caches its prepared statements (see store_sqlite_stmt.c),
 * because events_after and token_lookup run on every reconnect and every
 * request.
 *
 * The per-channel seq is the channels.last_seq counter, bumped with
 * UPDATE ... RETURNING in the same transaction that inserts the event, so seqs
 * are gapless even across processes sharing the file.
 */
#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "crier.h"
#include "log.h"
#include "store/store_sqlite_int.h"
#include "xmalloc.h"

#define SQ_POOL_MAX 16 /* pooled connections; callers wait beyond this */
#define SQ_BUSY_MS 5000

/*
 * Schema migrations, applied in order, each in its own transaction. Never edit
 * a released step: append a new one. The index of the last applied step + 1
 * is meta.schema_version.
 */
static const char *const sq_migrations[] = {
    /* 1: the initial schema */
    "CREATE TABLE meta ("
    "  key TEXT PRIMARY KEY,"
    "  value ANY"
    ") STRICT;"
    "CREATE TABLE channels ("
    "  id INTEGER PRIMARY KEY,"
    "  slug TEXT NOT NULL UNIQUE,"
    "  title TEXT NOT NULL DEFAULT '',"
    "  description TEXT NOT NULL DEFAULT '',"
    "  lang TEXT NOT NULL DEFAULT '',"
    "  tz TEXT NOT NULL DEFAULT 'UTC',"
    "  visibility INTEGER NOT NULL DEFAULT 0,"
    "  last_seq INTEGER NOT NULL DEFAULT 0,"
    "  oldest_seq INTEGER NOT NULL DEFAULT 1,"
    "  created_at INTEGER NOT NULL,"
    "  updated_at INTEGER NOT NULL"
    ") STRICT;"
    "CREATE TABLE posts ("
    "  id INTEGER PRIMARY KEY,"
    "  channel_id INTEGER NOT NULL REFERENCES channels(id),"
    "  state TEXT NOT NULL CHECK (state IN ('live', 'scheduled', 'deleted')),"
    "  seq INTEGER,"
    "  publish_at INTEGER NOT NULL DEFAULT 0,"
    "  created_at INTEGER NOT NULL,"
    "  updated_at INTEGER NOT NULL,"
    "  data TEXT NOT NULL"
    ") STRICT;"
    "CREATE INDEX posts_channel ON posts(channel_id, id);"
    "CREATE INDEX posts_due ON posts(publish_at) WHERE state = 'scheduled';"
    /* post_id has no foreign key: a soft-deleted post keeps its events, and
     * a key would make channel_delete scan events once per post. */
    "CREATE TABLE events ("
    "  channel_id INTEGER NOT NULL REFERENCES channels(id),"
    "  seq INTEGER NOT NULL,"
    "  kind INTEGER NOT NULL,"
    "  post_id INTEGER,"
    "  data TEXT NOT NULL,"
    "  created_at INTEGER NOT NULL,"
    "  PRIMARY KEY (channel_id, seq)"
    ") STRICT, WITHOUT ROWID;"
    "CREATE TABLE tokens ("
    "  id INTEGER PRIMARY KEY,"
    "  hash BLOB NOT NULL UNIQUE CHECK (length(hash) = 32),"
    "  scope INTEGER NOT NULL,"
    "  channel_id INTEGER REFERENCES channels(id),"
    "  label TEXT NOT NULL DEFAULT '',"
    "  created_at INTEGER NOT NULL,"
    "  last_used_at INTEGER,"
    "  revoked_at INTEGER"
    ") STRICT;"
    "CREATE INDEX tokens_channel ON tokens(channel_id);",

    /* 2: selections. posts.published_at mirrors the record's "published_at"
     * (set when a post goes live) so candidates can be found by index; kind
     * tells selection posts from the rest; views and mark feed the ranking.
     * selections holds one row per published slot, and its primary key is
     * the idempotency key that makes a slot publish exactly once. */
    "ALTER TABLE channels ADD COLUMN selection TEXT NOT NULL DEFAULT '{}';"
    "ALTER TABLE posts ADD COLUMN kind TEXT NOT NULL DEFAULT 'post'"
    "  CHECK (kind IN ('post', 'selection'));"
    "ALTER TABLE posts ADD COLUMN views INTEGER NOT NULL DEFAULT 0 CHECK (views >= 0);"
    "ALTER TABLE posts ADD COLUMN mark INTEGER NOT NULL DEFAULT 0 CHECK (mark IN (-1, 0, 1));"
    "ALTER TABLE posts ADD COLUMN published_at INTEGER;"
    "UPDATE posts SET published_at = json_extract(data, '$.published_at')"
    "  WHERE json_valid(data) AND json_type(data, '$.published_at') = 'integer';"
    "CREATE INDEX posts_published ON posts(channel_id, state, published_at);"
    "CREATE INDEX posts_marked ON posts(channel_id, published_at) WHERE mark <> 0;"
    "CREATE TABLE selections ("
    "  channel_id INTEGER NOT NULL REFERENCES channels(id),"
    "  local_date TEXT NOT NULL,"
    "  slot TEXT NOT NULL,"
    "  post_id INTEGER NOT NULL,"
    "  seq INTEGER NOT NULL,"
    "  window_start INTEGER NOT NULL,"
    "  window_end INTEGER NOT NULL,"
    "  created_at INTEGER NOT NULL,"
    "  PRIMARY KEY (channel_id, local_date, slot)"
    ") STRICT, WITHOUT ROWID;"
    "CREATE INDEX selections_end ON selections(channel_id, window_end);"
    "CREATE INDEX selections_seq ON selections(channel_id, seq);",

    /* 3: readers, device links, invites and memberships (docs/readers.md).
     * Tokens are kept only as SHA-256. A device link's secret is the reader's
     * token sealed by the link's own token, wiped when the link is used.
     * invites.expires_at and max_uses are NULL for never and unlimited.
     * members.state is 1 pending, 2 member; feed_hash is the SHA-256 of the
     * member's secret feed key. posts_live_seq serves the channel page's
     * "latest posts". */
    "CREATE TABLE readers ("
    "  id INTEGER PRIMARY KEY,"
    "  hash BLOB NOT NULL UNIQUE CHECK (length(hash) = 32),"
    "  created_at INTEGER NOT NULL,"
    "  last_seen_at INTEGER NOT NULL"
    ") STRICT;"
    "CREATE TABLE reader_transfers ("
    "  hash BLOB PRIMARY KEY CHECK (length(hash) = 32),"
    "  reader_id INTEGER NOT NULL REFERENCES readers(id),"
    "  secret BLOB CHECK (secret IS NULL OR length(secret) = 32),"
    "  expires_at INTEGER NOT NULL,"
    "  used_at INTEGER"
    ") STRICT, WITHOUT ROWID;"
    "CREATE INDEX reader_transfers_expiry ON reader_transfers(expires_at);"
    "CREATE TABLE invites ("
    "  id INTEGER PRIMARY KEY,"
    "  channel_id INTEGER NOT NULL REFERENCES channels(id),"
    "  hash BLOB NOT NULL UNIQUE CHECK (length(hash) = 32),"
    "  prefix TEXT NOT NULL,"
    "  label TEXT NOT NULL DEFAULT '',"
    "  created_at INTEGER NOT NULL,"
    "  expires_at INTEGER,"
    "  max_uses INTEGER CHECK (max_uses IS NULL OR max_uses > 0),"
    "  uses INTEGER NOT NULL DEFAULT 0 CHECK (uses >= 0),"
    "  approval INTEGER NOT NULL DEFAULT 0 CHECK (approval IN (0, 1)),"
    "  revoked_at INTEGER"
    ") STRICT;"
    "CREATE INDEX invites_channel ON invites(channel_id, id);"
    "CREATE TABLE members ("
    "  channel_id INTEGER NOT NULL REFERENCES channels(id),"
    "  reader_id INTEGER NOT NULL REFERENCES readers(id),"
    "  state INTEGER NOT NULL CHECK (state IN (1, 2)),"
    "  joined_at INTEGER NOT NULL,"
    "  invite_id INTEGER,"
    "  read_seq INTEGER NOT NULL DEFAULT 0,"
    "  feed_hash BLOB UNIQUE CHECK (feed_hash IS NULL OR length(feed_hash) = 32),"
    "  PRIMARY KEY (channel_id, reader_id)"
    ") STRICT, WITHOUT ROWID;"
    "CREATE INDEX members_reader ON members(reader_id, joined_at);"
    "CREATE INDEX members_state ON members(channel_id, state, joined_at);"
    "CREATE INDEX posts_live_seq ON posts(channel_id, seq) WHERE state = 'live';",

    /* 4: access follows revocation, and ids are never reused.
     * access_changes holds, per channel (0: every channel), the generation of
     * the last change that may take access away from an open stream: a
     * member removed or demoted, a token revoked or deleted, the channel's
     * visibility changed or the channel deleted. Triggers record it in the
     * writing transaction, whichever process writes (the server or the
     * CLI); servers poll it and check their open streams again.
     * meta's channel_id_max, token_id_max and post_id_max keep the highest
     * id a deleted row had, so that a new channel, token or post never takes
     * the id, and with it the subscribers, the rights or the views, of a
     * deleted one. */
    "CREATE TABLE access_changes ("
    "  channel_id INTEGER PRIMARY KEY,"
    "  gen INTEGER NOT NULL"
    ") STRICT;"
    "CREATE INDEX access_changes_gen ON access_changes(gen);"
    "CREATE TRIGGER access_channel_visibility AFTER UPDATE OF visibility ON channels"
    "  WHEN OLD.visibility <> NEW.visibility BEGIN"
    "  INSERT INTO access_changes (channel_id, gen) VALUES (NEW.id,"
    "    (SELECT coalesce(max(gen), 0) + 1 FROM access_changes))"
    "    ON CONFLICT (channel_id) DO UPDATE SET gen = excluded.gen;"
    "END;"
    "CREATE TRIGGER access_channel_delete AFTER DELETE ON channels BEGIN"
    "  INSERT INTO access_changes (channel_id, gen) VALUES (OLD.id,"
    "    (SELECT coalesce(max(gen), 0) + 1 FROM access_changes))"
    "    ON CONFLICT (channel_id) DO UPDATE SET gen = excluded.gen;"
    "  INSERT INTO meta (key, value) VALUES ('channel_id_max', OLD.id)"
    "    ON CONFLICT (key) DO UPDATE SET value = max(value, excluded.value);"
    "END;"
    "CREATE TRIGGER access_token_revoke AFTER UPDATE OF revoked_at ON tokens"
    "  WHEN OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL BEGIN"
    "  INSERT INTO access_changes (channel_id, gen) VALUES (coalesce(NEW.channel_id, 0),"
    "    (SELECT coalesce(max(gen), 0) + 1 FROM access_changes))"
    "    ON CONFLICT (channel_id) DO UPDATE SET gen = excluded.gen;"
    "END;"
    "CREATE TRIGGER access_token_delete AFTER DELETE ON tokens BEGIN"
    "  INSERT INTO access_changes (channel_id, gen) VALUES (coalesce(OLD.channel_id, 0),"
    "    (SELECT coalesce(max(gen), 0) + 1 FROM access_changes))"
    "    ON CONFLICT (channel_id) DO UPDATE SET gen = excluded.gen;"
    "  INSERT INTO meta (key, value) VALUES ('token_id_max', OLD.id)"
    "    ON CONFLICT (key) DO UPDATE SET value = max(value, excluded.value);"
    "END;"
    "CREATE TRIGGER access_member_delete AFTER DELETE ON members BEGIN"
    "  INSERT INTO access_changes (channel_id, gen) VALUES (OLD.channel_id,"
    "    (SELECT coalesce(max(gen), 0) + 1 FROM access_changes))"
    "    ON CONFLICT (channel_id) DO UPDATE SET gen = excluded.gen;"
    "END;"
    "CREATE TRIGGER access_member_demote AFTER UPDATE OF state ON members"
    "  WHEN OLD.state = 2 AND NEW.state <> 2 BEGIN"
    "  INSERT INTO access_changes (channel_id, gen) VALUES (NEW.channel_id,"
    "    (SELECT coalesce(max(gen), 0) + 1 FROM access_changes))"
    "    ON CONFLICT (channel_id) DO UPDATE SET gen = excluded.gen;"
    "END;"
    "INSERT INTO meta (key, value) VALUES"
    "  ('channel_id_max', (SELECT coalesce(max(id), 0) FROM channels)),"
    "  ('token_id_max', (SELECT coalesce(max(id), 0) FROM tokens)),"
    "  ('post_id_max', (SELECT coalesce(max(id), 0) FROM posts))"
    "  ON CONFLICT (key) DO UPDATE SET value = max(value, excluded.value);",

    /* 5: one view per viewer and post. post_views remembers, for a while
     * (SQ_VIEW_KEEP_MS), that a viewer (a one-way hash: of the reader's
     * secret token, or of the client address) has been counted for a post,
     * so that reporting again counts nothing; old rows are deleted as views
     * come in. reader_transfers_reader serves the cleanup of readers that
     * never joined anything. */
    "CREATE TABLE post_views ("
    "  post_id INTEGER NOT NULL,"
    "  viewer BLOB NOT NULL CHECK (length(viewer) = 32),"
    "  at INTEGER NOT NULL,"
    "  PRIMARY KEY (post_id, viewer)"
    ") STRICT, WITHOUT ROWID;"
    "CREATE INDEX post_views_at ON post_views(at);"
    "CREATE INDEX reader_transfers_reader ON reader_transfers(reader_id);",

    /* 6: a post's external id, the idempotency key of a bridge or a CMS hook:
     * one post per (channel, external id), so that a retried publish finds
     * the first one instead of making a second. */
    "ALTER TABLE posts ADD COLUMN external_id TEXT;"
    "CREATE UNIQUE INDEX posts_external ON posts(channel_id, external_id)"
    "  WHERE external_id IS NOT NULL;",

    /* 7: notifications (push and email; store_sqlite_notify.c).
     * settings: small named values of the node (the VAPID key, the
     * link-signing secret). push_subs: one per (channel, browser endpoint),
     * owned by a reader. email_subs: one per (channel, address), the
     * address's domain lower-cased by the store; confirm_window_at is when
     * the current day of confirmation mails began (the rate limit).
     * outbox: one row per notification to send; sub_id is a push_subs id
     * (kind 1) or an email_subs id (2: an edition, 3: the opt-in mail).
     * (kind, sub_id, seq) is unique, so that a notifier that runs an event
     * twice adds nothing, except for opt-in mails (seq 0), which may repeat
     * and have their own small index instead. A row is leased while
     * leased_until is in the future. outbox_due serves the claim in its
     * order (due_at, then sub_id) without a sort, so a claim reads about
     * as many rows as it returns. The triggers take a subscription's rows
     * along with it, whichever path deletes it (the queries repeat
     * "kind <> 3" so that the partial index serves them). notify_cursors:
     * the notifier's place in each channel; every channel that exists now
     * starts at its last_seq, so that no post published before ever
     * rings. */
    "CREATE TABLE settings ("
    "  name TEXT PRIMARY KEY,"
    "  value BLOB NOT NULL"
    ") STRICT, WITHOUT ROWID;"
    "CREATE TABLE push_subs ("
    "  id INTEGER PRIMARY KEY,"
    "  channel_id INTEGER NOT NULL REFERENCES channels(id),"
    "  reader_id INTEGER NOT NULL REFERENCES readers(id),"
    "  endpoint TEXT NOT NULL,"
    "  p256dh BLOB NOT NULL CHECK (length(p256dh) = 65),"
    "  auth BLOB NOT NULL CHECK (length(auth) = 16),"
    "  notify INTEGER NOT NULL,"
    "  tz TEXT NOT NULL DEFAULT '',"
    "  quiet_from INTEGER NOT NULL DEFAULT -1,"
    "  quiet_to INTEGER NOT NULL DEFAULT -1,"
    "  sel_morning INTEGER NOT NULL DEFAULT -1,"
    "  sel_evening INTEGER NOT NULL DEFAULT -1,"
    "  created_at INTEGER NOT NULL,"
    "  updated_at INTEGER NOT NULL,"
    "  failing_since INTEGER NOT NULL DEFAULT 0,"
    "  UNIQUE (channel_id, endpoint)"
    ") STRICT;"
    "CREATE INDEX push_subs_reader ON push_subs(reader_id);"
    "CREATE INDEX push_subs_channel ON push_subs(channel_id, id);"
    "CREATE TABLE email_subs ("
    "  id INTEGER PRIMARY KEY,"
    "  channel_id INTEGER NOT NULL REFERENCES channels(id),"
    "  address TEXT NOT NULL,"
    "  what INTEGER NOT NULL,"
    "  state INTEGER NOT NULL CHECK (state IN (1, 2)),"
    "  created_at INTEGER NOT NULL,"
    "  confirmed_at INTEGER NOT NULL DEFAULT 0,"
    "  confirm_sent_at INTEGER NOT NULL DEFAULT 0,"
    "  confirm_sends INTEGER NOT NULL DEFAULT 0,"
    "  confirm_window_at INTEGER NOT NULL DEFAULT 0,"
    "  UNIQUE (channel_id, address)"
    ") STRICT;"
    "CREATE INDEX email_subs_channel ON email_subs(channel_id, state, id);"
    "CREATE TABLE outbox ("
    "  id INTEGER PRIMARY KEY,"
    "  kind INTEGER NOT NULL CHECK (kind IN (1, 2, 3)),"
    "  sub_id INTEGER NOT NULL,"
    "  channel_id INTEGER NOT NULL,"
    "  seq INTEGER NOT NULL,"
    "  post_id INTEGER NOT NULL DEFAULT 0,"
    "  flags INTEGER NOT NULL DEFAULT 0,"
    "  due_at INTEGER NOT NULL,"
    "  leased_until INTEGER NOT NULL DEFAULT 0,"
    "  attempts INTEGER NOT NULL DEFAULT 0,"
    "  created_at INTEGER NOT NULL"
    ") STRICT;"
    "CREATE UNIQUE INDEX outbox_key ON outbox(kind, sub_id, seq) WHERE kind <> 3;"
    "CREATE INDEX outbox_confirm ON outbox(sub_id) WHERE kind = 3;"
    "CREATE INDEX outbox_due ON outbox(due_at, sub_id, leased_until);"
    "CREATE INDEX outbox_post ON outbox(channel_id, post_id);"
    "CREATE TRIGGER push_subs_outbox AFTER DELETE ON push_subs BEGIN"
    "  DELETE FROM outbox WHERE kind = 1 AND sub_id = OLD.id AND kind <> 3;"
    "END;"
    "CREATE TRIGGER email_subs_outbox AFTER DELETE ON email_subs BEGIN"
    "  DELETE FROM outbox WHERE kind = 2 AND sub_id = OLD.id AND kind <> 3;"
    "  DELETE FROM outbox WHERE kind = 3 AND sub_id = OLD.id;"
    "END;"
    "CREATE TABLE notify_cursors ("
    "  channel_id INTEGER PRIMARY KEY REFERENCES channels(id),"
    "  seq INTEGER NOT NULL CHECK (seq >= 0),"
    "  phase INTEGER NOT NULL DEFAULT 0 CHECK (phase IN (0, 1)),"
    "  sub_after INTEGER NOT NULL DEFAULT 0"
    ") STRICT;"
    "INSERT INTO notify_cursors (channel_id, seq) SELECT id, last_seq FROM channels;",
    /* the feeds channels follow */
    sq_sources_schema,
    /* the newsroom's accounts, roles, sessions and audit log */
    sq_team_schema,
    /* stats: members per day, each post's distinct viewers */
    sq_stats_schema,
    /* 11: the post pinned to the top of a channel's page (NULL: none). No
     * foreign key: a channel's delete takes its posts before its row; a
     * post's delete clears the pin itself. */
    "ALTER TABLE channels ADD COLUMN pinned_post_id INTEGER;",
    /* 12: a membership's end (a leave, a removal) takes the reader's push
     * subscriptions to that channel with it. They were kept for a return,
     * never paged, and grew without bound: a join, 32 subscriptions, a
     * leave, again. The ones already left behind go now. */
    "CREATE TRIGGER members_push_subs AFTER DELETE ON members BEGIN"
    "  DELETE FROM push_subs WHERE reader_id = OLD.reader_id AND +channel_id = OLD.channel_id;"
    "END;"
    "DELETE FROM push_subs WHERE NOT EXISTS (SELECT 1 FROM members m"
    "  WHERE m.channel_id = push_subs.channel_id AND m.reader_id = push_subs.reader_id);"
    /* Leaving a public channel takes no one's access away: no access change
     * (a private channel, or one that is gone, still records one). */
    "DROP TRIGGER access_member_delete;"
    "CREATE TRIGGER access_member_delete AFTER DELETE ON members"
    "  WHEN (SELECT visibility FROM channels WHERE id = OLD.channel_id) IS NOT 0 BEGIN"
    "  INSERT INTO access_changes (channel_id, gen) VALUES (OLD.channel_id,"
    "    (SELECT coalesce(max(gen), 0) + 1 FROM access_changes))"
    "    ON CONFLICT (channel_id) DO UPDATE SET gen = excluded.gen;"
    "END;",
};
#define SQ_SCHEMA_VERSION ((int64_t)(sizeof sq_migrations / sizeof sq_migrations[0]))

/* ---- connections and the pool ---- */

void sq_conn_close(struct sq_conn *c)
{
    if (!c)
        return;
    for (int i = 0; i < SQ_STMT_SLOTS; i++)
        sqlite3_finalize(c->stmts[i].st);
    sqlite3_close(c->db);
    free(c);
}

int sq_conn_open(const char *path, struct sq_conn **out)
{
    struct sq_conn *c = xcalloc(1, sizeof *c);
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_open_v2(
        path, &c->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK) {
        if (c->db)
            sq_err(c->db, "open");
        else
            log_error("store: sqlite open %s: out of memory", path);
        goto fail;
    }
    sqlite3_extended_result_codes(c->db, 1);
    sqlite3_busy_timeout(c->db, SQ_BUSY_MS);

    /* journal_mode answers with the mode in force: check that WAL took. */
    if (sqlite3_prepare_v2(c->db, "PRAGMA journal_mode = WAL", -1, &st, NULL) != SQLITE_OK ||
        sqlite3_step(st) != SQLITE_ROW) {
        sq_err(c->db, "journal_mode");
        goto fail;
    }
    if (sqlite3_stricmp((const char *)sqlite3_column_text(st, 0), "wal") != 0) {
        log_error("store: sqlite %s: cannot use WAL journal mode", path);
        goto fail;
    }
    sqlite3_finalize(st);
    st = NULL;
    if (sqlite3_exec(c->db, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;", NULL, NULL,
                     NULL) != SQLITE_OK) {
        sq_err(c->db, "pragma");
        goto fail;
    }
    *out = c;
    return 0;
fail:
    sqlite3_finalize(st);
    sq_conn_close(c);
    return CRIER_ESTORE;
}

/*
 * Borrows a pooled connection, opening one when none is free and the cap
 * allows, else waiting for one to come back.
 */
int sq_pool_get(struct sq_store *s, struct sq_conn **out)
{
    pthread_mutex_lock(&s->pool_mu);
    while (!s->pool_free && s->pool_open >= SQ_POOL_MAX)
        pthread_cond_wait(&s->pool_cv, &s->pool_mu);
    struct sq_conn *c = s->pool_free;
    if (c) {
        s->pool_free = c->next;
        pthread_mutex_unlock(&s->pool_mu);
        *out = c;
        return 0;
    }
    s->pool_open++;
    pthread_mutex_unlock(&s->pool_mu);

    int rc = sq_conn_open(s->path, out);
    if (rc < 0) {
        pthread_mutex_lock(&s->pool_mu);
        s->pool_open--;
        pthread_cond_signal(&s->pool_cv);
        pthread_mutex_unlock(&s->pool_mu);
    }
    return rc;
}

void sq_pool_put(struct sq_store *s, struct sq_conn *c)
{
    sq_rollback(c); /* never pool a connection inside a transaction */
    assert(sqlite3_get_autocommit(c->db));
    pthread_mutex_lock(&s->pool_mu);
    c->next = s->pool_free;
    s->pool_free = c;
    pthread_cond_signal(&s->pool_cv);
    pthread_mutex_unlock(&s->pool_mu);
}

/* ---- a pooled connection for one query, or one transaction ---- */

int sq_pool_change(struct sq_store *s, const char *sql, struct sq_args a)
{
    struct sq_conn *c;
    int rc = sq_pool_get(s, &c);
    if (rc < 0)
        return rc;
    rc = sq_change(c, sql, a);
    sq_pool_put(s, c);
    return rc;
}

int sq_pool_one(struct sq_store *s, const char *sql, struct sq_args a, sq_row_fn row, void *out)
{
    struct sq_conn *c;
    int rc = sq_pool_get(s, &c);
    if (rc < 0)
        return rc;
    rc = sq_one(c, sql, a, row, out);
    sq_pool_put(s, c);
    return rc;
}

int sq_pool_list(struct sq_store *s, const char *sql, struct sq_args a, struct sq_list *l)
{
    struct sq_conn *c;
    int rc = sq_pool_get(s, &c);
    if (rc < 0)
        return rc;
    rc = sq_list(c, sql, a, l);
    sq_pool_put(s, c);
    return rc;
}

int sq_tx_begin(struct sq_store *s, const char *begin, struct sq_conn **out)
{
    int rc = sq_pool_get(s, out);
    if (rc < 0)
        return rc;
    if ((rc = sq_run(*out, begin, SQ_NOARGS)) < 0) {
        sq_rollback(*out);
        sq_pool_put(s, *out);
    }
    return rc;
}

int sq_tx_end(struct sq_store *s, struct sq_conn *c, int rc)
{
    if (rc == 0)
        rc = sq_run(c, "COMMIT", SQ_NOARGS);
    sq_rollback(c);
    sq_pool_put(s, c);
    return rc;
}

int sq_pool_one_hash(struct sq_store *s, const char *sql, const unsigned char hash[32],
                     int hash_col, sq_row_fn row, void *out)
{
    struct sq_conn *c;
    int rc = sq_pool_get(s, &c);
    if (rc < 0)
        return rc;
    rc = sq_one_hash(c, sql, hash, hash_col, row, out);
    sq_pool_put(s, c);
    return rc;
}

/* ---- migrations ---- */

static int schema_version(struct sq_conn *c, int64_t *v)
{
    sqlite3_stmt *st = NULL;
    int rc;

    *v = 0;
    if (sqlite3_prepare_v2(
            c->db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'meta'", -1,
            &st, NULL) != SQLITE_OK ||
        sqlite3_step(st) != SQLITE_ROW) {
        rc = sq_err(c->db, "read schema");
        sqlite3_finalize(st);
        return rc;
    }
    int has_meta = sqlite3_column_int(st, 0) > 0;
    sqlite3_finalize(st);
    if (!has_meta)
        return 0;
    if (sqlite3_prepare_v2(c->db, "SELECT value FROM meta WHERE key = 'schema_version'", -1, &st,
                           NULL) != SQLITE_OK)
        return sq_err(c->db, "read schema_version");
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        *v = sqlite3_column_int64(st, 0);
    rc = rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : sq_err(c->db, "read schema_version");
    sqlite3_finalize(st);
    return rc;
}

static int schema_too_new(const char *path, int64_t v)
{
    log_error("store: %s has schema version %lld, this binary knows up to %lld", path, (long long)v,
              (long long)SQ_SCHEMA_VERSION);
    return CRIER_ESCHEMA;
}

/*
 * Brings the schema up to SQ_SCHEMA_VERSION one step per transaction. The
 * version is re-read after BEGIN IMMEDIATE, so when two processes open a new
 * database together, the second finds the step done and moves on.
 */
static int migrate(struct sq_conn *c, const char *path)
{
    for (;;) {
        int64_t v;
        int rc = schema_version(c, &v);
        if (rc < 0)
            return rc;
        if (v > SQ_SCHEMA_VERSION)
            return schema_too_new(path, v);
        if (v == SQ_SCHEMA_VERSION)
            return 0;

        if (sqlite3_exec(c->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
            return sq_err(c->db, "migrate begin");
        rc = schema_version(c, &v);
        if (rc < 0 || v >= SQ_SCHEMA_VERSION) {
            sq_rollback(c);
            if (rc < 0)
                return rc;
            continue; /* someone else migrated: re-check outside the transaction */
        }
        if (sqlite3_exec(c->db, sq_migrations[v], NULL, NULL, NULL) != SQLITE_OK) {
            rc = sq_err(c->db, "migrate");
            sq_rollback(c);
            return rc;
        }
        sqlite3_stmt *st = NULL;
        if (sqlite3_prepare_v2(c->db,
                               "INSERT INTO meta (key, value) VALUES ('schema_version', ?1)"
                               " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                               -1, &st, NULL) != SQLITE_OK) {
            rc = sq_err(c->db, "migrate version");
            sq_rollback(c);
            return rc;
        }
        sqlite3_bind_int64(st, 1, v + 1);
        rc = sqlite3_step(st) == SQLITE_DONE ? 0 : sq_err(c->db, "migrate version");
        sqlite3_finalize(st);
        if (rc == 0 && sqlite3_exec(c->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
            rc = sq_err(c->db, "migrate commit");
        if (rc < 0) {
            sq_rollback(c);
            return rc;
        }
        log_info("store: %s migrated to schema version %lld", path, (long long)(v + 1));
    }
}

/* ---- open and close ---- */

static void sq_free(struct sq_store *s)
{
    sq_conn_close(s->wconn);
    while (s->pool_free) {
        struct sq_conn *c = s->pool_free;
        s->pool_free = c->next;
        sq_conn_close(c);
    }
    pthread_mutex_destroy(&s->pool_mu);
    pthread_cond_destroy(&s->pool_cv);
    store_wqueue_destroy(&s->wq);
    free(s->path);
    free(s);
}

/*
 * Stops the writer after it has drained the queue, then closes every
 * connection. No other call may be running or start on st.
 */
static void sq_close(struct store *st)
{
    struct sq_store *s = sq_store_of(st);
    store_wqueue_stop(&s->wq);
    sq_free(s);
}

/* ---- the database file ---- */

/*
 * Makes a new database at path, whole or not at all: it is built (mode
 * 0600, WAL, migrated) under a temporary name and linked into place, so
 * that path never exists as an empty file, which lets store_sqlite_open
 * refuse one as not ours. When another opener links its own first, that
 * one is used. 0 or < 0 (logged).
 */
static int db_create(const char *path)
{
    static atomic_uint seq;
    size_t n = strlen(path) + 64;
    char *tmp = xmalloc(n), *side = xmalloc(n + 8);
    struct sq_conn *c = NULL;
    int rc = 0;

    snprintf(tmp, n, "%s.new-%ld-%u", path, (long)getpid(), atomic_fetch_add(&seq, 1));
    int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        rc = -errno;
        log_error("store: cannot create %s: %s", tmp, strerror(errno));
        goto out;
    }
    close(fd);
    if ((rc = sq_conn_open(tmp, &c)) == 0)
        rc = migrate(c, path);
    sq_conn_close(c); /* the last connection: checkpoints and removes -wal and -shm */
    /* link() fails when path exists; a file system without hard links gets
     * the same from renameat2(RENAME_NOREPLACE) */
    if (rc == 0 && link(tmp, path) < 0 && errno != EEXIST &&
        (renameat2(AT_FDCWD, tmp, AT_FDCWD, path, RENAME_NOREPLACE) < 0 && errno != EEXIST)) {
        rc = -errno;
        log_error("store: cannot create %s: %s", path, strerror(errno));
    }
    unlink(tmp);
    snprintf(side, n + 8, "%s-wal", tmp);
    unlink(side);
    snprintf(side, n + 8, "%s-shm", tmp);
    unlink(side);
out:
    free(tmp);
    free(side);
    return rc;
}

/* Only the server's user may read the database: it holds token hashes and
 * unpublished posts. Files made by an older version (0644) are fixed. */
static void db_private(const char *path)
{
    static const char *const sfx[] = {"", "-wal", "-shm"};
    size_t n = strlen(path) + 8;
    char *p = xmalloc(n);
    struct stat sb;

    for (size_t i = 0; i < 3; i++) {
        snprintf(p, n, "%s%s", path, sfx[i]);
        if (stat(p, &sb) != 0 || !S_ISREG(sb.st_mode) || !(sb.st_mode & 077))
            continue;
        if (chmod(p, sb.st_mode & 0700) == 0)
            log_warn("store: %s was readable by other users (mode %03o); made it %03o", p,
                     (unsigned)(sb.st_mode & 0777), (unsigned)(sb.st_mode & 0700));
        else
            log_warn("store: %s is readable by other users (mode %03o) and cannot be changed: %s",
                     p, (unsigned)(sb.st_mode & 0777), strerror(errno));
    }
    free(p);
}

/*
 * The database file before SQLite opens it: a missing one is created (see
 * db_create); an existing empty one is refused, since this program never
 * leaves one, and SQLite would quietly start a new, empty database in it
 * (a truncated or mistaken file would look like a node with no data).
 */
static int db_prepare(const char *path)
{
    struct stat sb;
    if (stat(path, &sb) != 0) {
        if (errno != ENOENT) {
            int rc = -errno;
            log_error("store: cannot use %s: %s", path, strerror(errno));
            return rc;
        }
        return db_create(path);
    }
    if (!S_ISREG(sb.st_mode)) {
        log_error("store: %s is not a regular file", path);
        return -EINVAL;
    }
    if (sb.st_size == 0) {
        /* every page may still be in the WAL (never checkpointed) */
        size_t n = strlen(path) + 8;
        char *wal = xmalloc(n);
        snprintf(wal, n, "%s-wal", path);
        int in_wal = stat(wal, &sb) == 0 && sb.st_size > 0;
        free(wal);
        if (!in_wal) {
            log_error("store: %s is an empty file, not a Crier database; refusing to start a new "
                      "database in it (move it away to start a new one, or restore the right file)",
                      path);
            return CRIER_ESTORE;
        }
    }
    db_private(path);
    return 0;
}

static const struct store_ops sq_ops = {
    .name = "sqlite",
    .close = sq_close,
    .set_commit_hook = sq_set_commit_hook,
    .access_changes = sq_access_changes,
    .channel_heads = sq_channel_heads,
    .post_by_external = sq_post_by_external,
    .channel_create = sq_channel_create,
    .channel_get = sq_channel_get,
    .channel_get_by_id = sq_channel_get_by_id,
    .channel_list = sq_channel_list,
    .channel_update = sq_channel_update,
    .channel_delete = sq_channel_delete,
    .post_create = sq_post_create,
    .post_get = sq_post_get,
    .post_edit = sq_post_edit,
    .post_delete = sq_post_delete,
    .channel_pin = sq_channel_pin,
    .publish_due = sq_publish_due,
    .events_after = sq_events_after,
    .prune = sq_prune,
    .token_create = sq_token_create,
    .token_lookup = sq_token_lookup,
    .token_list = sq_token_list,
    .token_revoke = sq_token_revoke,
    .token_touch = sq_token_touch,
    .candidates = sq_candidates,
    .post_mark = sq_post_mark,
    .views_add = sq_views_add,
    .views_record = sq_views_record,
    .selection_publish = sq_selection_publish,
    .selection_get = sq_selection_get,
    .selection_last = sq_selection_last,
    .selection_list = sq_selection_list,
    .reader_create = sq_reader_create,
    .reader_lookup = sq_reader_lookup,
    .reader_touch = sq_reader_touch,
    .reader_forget = sq_reader_forget,
    .readers_prune = sq_readers_prune,
    .transfer_create = sq_transfer_create,
    .transfer_take = sq_transfer_take,
    .invite_create = sq_invite_create,
    .invite_list = sq_invite_list,
    .invite_lookup = sq_invite_lookup,
    .invite_revoke = sq_invite_revoke,
    .invite_join = sq_invite_join,
    .member_join = sq_member_join,
    .member_get = sq_member_get,
    .member_leave = sq_member_leave,
    .member_list = sq_member_list,
    .member_approve = sq_member_approve,
    .member_reject = sq_member_reject,
    .member_count = sq_member_count,
    .member_set_read = sq_member_set_read,
    .member_feed_set = sq_member_feed_set,
    .member_feed_lookup = sq_member_feed_lookup,
    .reader_memberships = sq_reader_memberships,
    .posts_recent = sq_posts_recent,
    .posts_scheduled = sq_posts_scheduled,
    .setting_get = sq_setting_get,
    .setting_set = sq_setting_set,
    .setting_init = sq_setting_init,
    .push_sub_put = sq_push_sub_put,
    .push_sub_remove = sq_push_sub_remove,
    .push_sub_delete = sq_push_sub_delete,
    .push_sub_failing = sq_push_sub_failing,
    .push_subs_of_reader = sq_push_subs_of_reader,
    .push_subs_page = sq_push_subs_page,
    .email_sub_request = sq_email_sub_request,
    .email_sub_confirm = sq_email_sub_confirm,
    .email_sub_delete = sq_email_sub_delete,
    .email_sub_get = sq_email_sub_get,
    .email_subs_page = sq_email_subs_page,
    .notify_cursor_get = sq_notify_cursor_get,
    .outbox_fill = sq_outbox_fill,
    .outbox_cancel_post = sq_outbox_cancel_post,
    .outbox_claim = sq_outbox_claim,
    .outbox_done = sq_outbox_done,
    .outbox_retry = sq_outbox_retry,
    .outbox_release = sq_outbox_release,
    .notify_stats = sq_notify_stats,
    .post_schedule = sq_post_schedule,
    .posts_drafts = sq_posts_drafts,
    .source_add = sq_source_add,
    .source_list = sq_source_list,
    .source_get = sq_source_get,
    .source_remove = sq_source_remove,
    .sources_claim = sq_sources_claim,
    .source_done = sq_source_done,
    .source_item_find = sq_source_item_find,
    .source_item_put = sq_source_item_put,
    .member_day_record = sq_member_day_record,
    .member_days = sq_member_days,
    .post_stats = sq_post_stats,
    .team = &sq_team_ops,
};

int store_sqlite_open(struct store **out, const char *path)
{
    return store_sqlite_open_with(out, path, 0);
}

int store_sqlite_open_with(struct store **out, const char *path, int flags)
{
    struct sq_store *s;
    int rc;

    *out = NULL;
    if ((rc = db_prepare(path)) < 0)
        return rc;
    s = xcalloc(1, sizeof *s);
    s->base.ops = &sq_ops;
    s->path = xstrdup(path);
    pthread_mutex_init(&s->pool_mu, NULL);
    pthread_cond_init(&s->pool_cv, NULL);
    sq_writer_init(s);

    if ((rc = sq_conn_open(path, &s->wconn)) < 0 || (rc = migrate(s->wconn, path)) < 0) {
        sq_free(s);
        return rc;
    }
    if (flags & STORE_OPEN_SERVER)
        sq_wal_reserve(s->wconn, path); /* an error is logged, and costs only speed */
    *out = &s->base;
    return 0;
}
