/*
 * store_sqlite: the embedded SQLite backend of store.h.
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
 * timeout, and caches its prepared statements (see sq_sql), because
 * events_after and token_lookup run on every reconnect and every request.
 *
 * The per-channel seq is the channels.last_seq counter, bumped with
 * UPDATE ... RETURNING in the same transaction that inserts the event, so seqs
 * are gapless even across processes sharing the file.
 */
#include "store/store.h"

#include <errno.h>
#include <fcntl.h>
#include <openssl/crypto.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "crier.h"
#include "log.h"
#include "xmalloc.h"

#define SQ_POOL_MAX 16   /* pooled connections; callers wait beyond this */
#define SQ_BATCH_MAX 512 /* requests per group commit */
#define SQ_DUE_MAX 256   /* scheduled posts published per publish_due call */
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
};
#define SQ_SCHEMA_VERSION ((int64_t)(sizeof sq_migrations / sizeof sq_migrations[0]))

#define CH_COLS                                                                                    \
    "id, slug, title, description, lang, tz, visibility, last_seq, oldest_seq, "                   \
    "created_at, updated_at, selection"
#define TOK_COLS "id, hash, scope, channel_id, label, created_at, last_used_at, revoked_at"
#define SEL_COLS "channel_id, local_date, slot, post_id, seq, window_start, window_end, created_at"
#define RD_COLS "id, hash, created_at, last_seen_at"
#define INV_COLS                                                                                   \
    "id, channel_id, hash, prefix, label, created_at, expires_at, max_uses, uses,"                 \
    " approval, revoked_at"
#define MEM_COLS "channel_id, reader_id, state, joined_at, invite_id, read_seq"
/* a reader that nothing refers to: no membership (pending or not), no device link */
#define RD_UNUSED                                                                                  \
    " NOT EXISTS (SELECT 1 FROM members m WHERE m.reader_id = readers.id)"                         \
    " AND NOT EXISTS (SELECT 1 FROM reader_transfers t"                                            \
    " WHERE t.reader_id = readers.id)"
#define SQ_UNREAD_MAX 1000                       /* unread counts stop here */
#define SQ_RECENT_MAX 1000                       /* posts one posts_recent call returns */
#define SQ_TRANSFER_KEEP_MS (24 * 3600 * 1000LL) /* expired device links kept this long */

#define SQ_CANDIDATES_MAX 20000                  /* rows candidates returns */
#define SQ_VIEWS_MAX 1000000                     /* views one views_add call may add */
#define SQ_VIEW_KEEP_MS (7 * 24 * 3600 * 1000LL) /* a viewer counts once per post this long */
#define SQ_VIEW_BATCH_MAX 1000                   /* posts one views_record call may name */
#define SQ_VIEW_PRUNE_MAX 1000 /* expired post_views rows one views_record call deletes */

/* Every statement a connection may cache, by index into sq_sql_text. */
enum sq_sql {
    Q_BEGIN,
    Q_BEGIN_IMM,
    Q_COMMIT,
    Q_ROLLBACK,
    Q_SAVEPOINT,
    Q_RELEASE,
    Q_ROLLBACK_TO,
    Q_CH_INSERT,
    Q_CH_BY_SLUG,
    Q_CH_BY_ID,
    Q_CH_LIST,
    Q_CH_UPDATE,
    Q_CH_ID,
    Q_CH_DEL_EVENTS,
    Q_CH_DEL_POSTS,
    Q_CH_POSTS_HWM,
    Q_CH_DEL_TOKENS,
    Q_CH_DEL_SELECTIONS,
    Q_CH_DEL,
    Q_CH_BUMP,
    Q_CH_HEAD,
    Q_CH_SET_OLDEST,
    Q_POST_INSERT,
    Q_POST_BY_EXT,
    Q_POST_SET_DATA,
    Q_POST_GET,
    Q_POST_UPDATE,
    Q_POST_DELETE,
    Q_POST_DUE,
    Q_POST_PUBLISH,
    Q_EV_INSERT,
    Q_EV_AFTER,
    Q_EV_PRUNE,
    Q_TOK_INSERT,
    Q_TOK_LOOKUP,
    Q_TOK_LIST,
    Q_TOK_REVOKE,
    Q_TOK_TOUCH,
    Q_CANDIDATES,
    Q_POST_MARK,
    Q_POST_VIEWS,
    Q_VIEW_INSERT,
    Q_VIEW_PRUNE,
    Q_CH_DEL_VIEWS,
    Q_SEL_EXISTS,
    Q_SEL_INSERT,
    Q_SEL_CLEAR_MARKS,
    Q_SEL_GET,
    Q_SEL_LAST,
    Q_SEL_LIST,
    Q_CH_DEL_MEMBERS,
    Q_CH_DEL_INVITES,
    Q_RD_INSERT,
    Q_RD_LOOKUP,
    Q_RD_TOUCH,
    Q_TR_PURGE,
    Q_RD_FORGET,
    Q_RD_WINDOW_END,
    Q_RD_PRUNE,
    Q_TR_INSERT,
    Q_TR_GET,
    Q_TR_USE,
    Q_INV_INSERT,
    Q_INV_LIST,
    Q_INV_LOOKUP,
    Q_INV_REVOKE_ID,
    Q_INV_REVOKE_HASH,
    Q_INV_USE,
    Q_MEM_INSERT,
    Q_MEM_ACTIVATE,
    Q_MEM_GET,
    Q_MEM_DEL,
    Q_MEM_LIST,
    Q_MEM_APPROVE,
    Q_MEM_COUNT,
    Q_MEM_READ,
    Q_MEM_FEED_SET,
    Q_MEM_FEED_LOOKUP,
    Q_MEM_OF_READER,
    Q_POSTS_RECENT,
    Q_POSTS_SCHEDULED,
    Q_ACCESS_SINCE,
    Q_ACCESS_GEN,
    Q_CH_HEADS,
    Q_COUNT
};

static const char *const sq_sql_text[Q_COUNT] = {
    [Q_BEGIN] = "BEGIN",
    [Q_BEGIN_IMM] = "BEGIN IMMEDIATE",
    [Q_COMMIT] = "COMMIT",
    [Q_ROLLBACK] = "ROLLBACK",
    [Q_SAVEPOINT] = "SAVEPOINT req",
    [Q_RELEASE] = "RELEASE req",
    [Q_ROLLBACK_TO] = "ROLLBACK TO req",
    /* The id is past every id a channel ever had (a deleted one's too). */
    [Q_CH_INSERT] = "INSERT INTO channels (id, slug, title, description, lang, tz, visibility,"
                    " last_seq, oldest_seq, created_at, updated_at, selection)"
                    " VALUES (max(coalesce((SELECT max(id) FROM channels), 0),"
                    " coalesce((SELECT value FROM meta WHERE key = 'channel_id_max'), 0)) + 1,"
                    " ?1, ?2, ?3, ?4, ?5, ?6, 0, 1, ?7, ?7, ?8) RETURNING id",
    [Q_CH_BY_SLUG] = "SELECT " CH_COLS " FROM channels WHERE slug = ?1",
    [Q_CH_BY_ID] = "SELECT " CH_COLS " FROM channels WHERE id = ?1",
    [Q_CH_LIST] = "SELECT " CH_COLS " FROM channels ORDER BY id",
    [Q_CH_UPDATE] = "UPDATE channels SET title = ?1, description = ?2, lang = ?3, tz = ?4,"
                    " visibility = ?5, updated_at = ?6, selection = coalesce(?8, selection)"
                    " WHERE slug = ?7",
    [Q_CH_ID] = "SELECT id FROM channels WHERE slug = ?1",
    [Q_CH_DEL_EVENTS] = "DELETE FROM events WHERE channel_id = ?1",
    [Q_CH_DEL_POSTS] = "DELETE FROM posts WHERE channel_id = ?1",
    [Q_CH_POSTS_HWM] = "INSERT INTO meta (key, value)"
                       " SELECT 'post_id_max', max(id) FROM posts WHERE channel_id = ?1"
                       " HAVING max(id) IS NOT NULL ON CONFLICT (key) DO UPDATE"
                       " SET value = max(value, excluded.value)",
    [Q_CH_DEL_TOKENS] = "DELETE FROM tokens WHERE channel_id = ?1",
    [Q_CH_DEL_SELECTIONS] = "DELETE FROM selections WHERE channel_id = ?1",
    [Q_CH_DEL] = "DELETE FROM channels WHERE id = ?1",
    [Q_CH_BUMP] = "UPDATE channels SET last_seq = last_seq + 1 WHERE id = ?1"
                  " RETURNING last_seq, slug",
    [Q_CH_HEAD] = "SELECT slug, last_seq, oldest_seq FROM channels WHERE id = ?1",
    [Q_CH_SET_OLDEST] = "UPDATE channels SET oldest_seq ="
                        " max(oldest_seq, min(?1, last_seq + 1)) WHERE id = ?2",
    /* Past every id a post ever had: a deleted channel's posts too. */
    [Q_POST_INSERT] = "INSERT INTO posts (id, channel_id, state, seq, publish_at, created_at,"
                      " updated_at, data, kind, published_at, external_id)"
                      " VALUES (max(coalesce((SELECT max(id) FROM posts), 0),"
                      " coalesce((SELECT value FROM meta WHERE key = 'post_id_max'), 0)) + 1,"
                      " ?1, ?2, ?3, ?4, ?5, ?5, '{}', ?6, ?7, ?8) RETURNING id",
    [Q_POST_BY_EXT] = "SELECT state, seq, data, publish_at FROM posts WHERE channel_id = ?1 AND"
                      " external_id = ?2",
    [Q_POST_SET_DATA] = "UPDATE posts SET data = ?1 WHERE id = ?2",
    [Q_POST_GET] = "SELECT state, seq, data FROM posts WHERE id = ?1 AND channel_id = ?2",
    [Q_POST_UPDATE] = "UPDATE posts SET data = ?1, updated_at = ?2 WHERE id = ?3",
    [Q_POST_DELETE] = "UPDATE posts SET state = 'deleted', updated_at = ?1 WHERE id = ?2",
    [Q_POST_DUE] = "SELECT id, channel_id, data FROM posts"
                   " WHERE state = 'scheduled' AND publish_at <= ?1"
                   " ORDER BY publish_at, id LIMIT ?2",
    [Q_POST_PUBLISH] = "UPDATE posts SET state = 'live', seq = ?1, data = ?2, updated_at = ?3,"
                       " published_at = ?3 WHERE id = ?4",
    [Q_EV_INSERT] = "INSERT INTO events (channel_id, seq, kind, post_id, data, created_at)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    [Q_EV_AFTER] = "SELECT seq, kind, post_id, data, created_at FROM events"
                   " WHERE channel_id = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3",
    [Q_EV_PRUNE] = "DELETE FROM events WHERE channel_id = ?1 AND seq < ?2",
    [Q_TOK_INSERT] = "INSERT INTO tokens (id, hash, scope, channel_id, label, created_at)"
                     " VALUES (max(coalesce((SELECT max(id) FROM tokens), 0),"
                     " coalesce((SELECT value FROM meta WHERE key = 'token_id_max'), 0)) + 1,"
                     " ?1, ?2, ?3, ?4, ?5) RETURNING id",
    [Q_ACCESS_SINCE] = "SELECT channel_id, gen FROM access_changes WHERE gen > ?1"
                       " ORDER BY gen LIMIT ?2",
    [Q_ACCESS_GEN] = "SELECT coalesce(max(gen), 0) FROM access_changes",
    [Q_CH_HEADS] = "SELECT id, last_seq FROM channels ORDER BY id",
    [Q_POSTS_SCHEDULED] = "SELECT id, data, publish_at FROM posts WHERE channel_id = ?1 AND"
                          " state = 'scheduled' ORDER BY publish_at, id LIMIT ?2",
    [Q_TOK_LOOKUP] = "SELECT " TOK_COLS " FROM tokens WHERE hash = ?1",
    [Q_TOK_LIST] = "SELECT " TOK_COLS " FROM tokens ORDER BY id",
    [Q_TOK_REVOKE] = "UPDATE tokens SET revoked_at = coalesce(revoked_at, ?1) WHERE id = ?2",
    [Q_TOK_TOUCH] = "UPDATE tokens SET last_used_at = ?1 WHERE id = ?2",
    /* Only what ranking reads, and the body's first 4096 characters (enough
     * for a lede): parsing 10,000 whole records would cost more than the
     * ranking itself. */
    [Q_CANDIDATES] = "SELECT id, seq, published_at, views, mark,"
                     " data ->> '$.title', substr(data ->> '$.body', 1, 4096),"
                     " data ->> '$.lang', data ->> '$.source_url', data -> '$.tags',"
                     " data ->> '$.importance' FROM posts"
                     " WHERE channel_id = ?1 AND state = 'live' AND kind = 'post'"
                     " AND published_at >= ?2 AND published_at < ?3"
                     " ORDER BY published_at, id LIMIT ?4",
    [Q_POST_MARK] = "UPDATE posts SET mark = ?1 WHERE id = ?2 AND channel_id = ?3"
                    " AND state = 'live' AND kind = 'post'",
    /* saturates instead of overflowing into a REAL the STRICT column refuses */
    [Q_POST_VIEWS] = "UPDATE posts SET views = CASE WHEN views > 9223372036854775807 - ?1"
                     " THEN 9223372036854775807 ELSE views + ?1 END"
                     " WHERE id = ?2 AND channel_id = ?3 AND state = 'live' AND kind = 'post'",
    /* a view counts only for a live plain post of the channel, once */
    [Q_VIEW_INSERT] = "INSERT INTO post_views (post_id, viewer, at) SELECT id, ?2, ?3 FROM posts"
                      " WHERE id = ?1 AND channel_id = ?4 AND state = 'live' AND kind = 'post'"
                      " ON CONFLICT (post_id, viewer) DO NOTHING",
    [Q_VIEW_PRUNE] = "DELETE FROM post_views WHERE (post_id, viewer) IN (SELECT post_id, viewer"
                     " FROM post_views WHERE at < ?1 ORDER BY at LIMIT ?2)",
    [Q_CH_DEL_VIEWS] = "DELETE FROM post_views WHERE post_id IN"
                       " (SELECT id FROM posts WHERE channel_id = ?1)",
    [Q_SEL_EXISTS] = "SELECT 1 FROM selections WHERE channel_id = ?1 AND local_date = ?2"
                     " AND slot = ?3",
    [Q_SEL_INSERT] = "INSERT INTO selections (" SEL_COLS ")"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    [Q_SEL_CLEAR_MARKS] = "UPDATE posts SET mark = 0 WHERE channel_id = ?1 AND mark <> 0"
                          " AND published_at < ?2",
    [Q_SEL_GET] = "SELECT " SEL_COLS " FROM selections WHERE channel_id = ?1"
                  " AND local_date = ?2 AND slot = ?3",
    [Q_SEL_LAST] = "SELECT " SEL_COLS " FROM selections WHERE channel_id = ?1"
                   " AND window_end <= ?2 ORDER BY window_end DESC, seq DESC LIMIT 1",
    [Q_SEL_LIST] = "SELECT " SEL_COLS " FROM selections WHERE channel_id = ?1"
                   " ORDER BY seq DESC LIMIT ?2",
    [Q_CH_DEL_MEMBERS] = "DELETE FROM members WHERE channel_id = ?1",
    [Q_CH_DEL_INVITES] = "DELETE FROM invites WHERE channel_id = ?1",
    [Q_RD_INSERT] = "INSERT INTO readers (hash, created_at, last_seen_at) VALUES (?1, ?2, ?2)"
                    " RETURNING id",
    [Q_RD_LOOKUP] = "SELECT " RD_COLS " FROM readers WHERE hash = ?1",
    [Q_RD_TOUCH] = "UPDATE readers SET last_seen_at = ?1 WHERE id = ?2",
    [Q_TR_PURGE] = "DELETE FROM reader_transfers WHERE expires_at < ?1",
    [Q_RD_FORGET] = "DELETE FROM readers WHERE id = ?1 AND" RD_UNUSED,
    [Q_RD_WINDOW_END] = "SELECT max(id) FROM (SELECT id FROM readers WHERE id > ?1"
                        " ORDER BY id LIMIT ?2)",
    [Q_RD_PRUNE] =
        "DELETE FROM readers WHERE id > ?1 AND id <= ?2 AND last_seen_at < ?3 AND" RD_UNUSED,
    [Q_TR_INSERT] = "INSERT INTO reader_transfers (hash, reader_id, secret, expires_at)"
                    " VALUES (?1, ?2, ?3, ?4)",
    [Q_TR_GET] = "SELECT reader_id, secret, expires_at, used_at, hash FROM reader_transfers"
                 " WHERE hash = ?1",
    [Q_TR_USE] = "UPDATE reader_transfers SET used_at = ?1, secret = NULL WHERE hash = ?2"
                 " AND used_at IS NULL",
    [Q_INV_INSERT] = "INSERT INTO invites (channel_id, hash, prefix, label, created_at,"
                     " expires_at, max_uses, approval) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                     " RETURNING id",
    [Q_INV_LIST] = "SELECT " INV_COLS " FROM invites WHERE channel_id = ?1 ORDER BY id",
    [Q_INV_LOOKUP] = "SELECT " INV_COLS " FROM invites WHERE hash = ?1",
    [Q_INV_REVOKE_ID] = "UPDATE invites SET revoked_at = coalesce(revoked_at, ?1)"
                        " WHERE id = ?2 AND channel_id = ?3",
    [Q_INV_REVOKE_HASH] = "UPDATE invites SET revoked_at = coalesce(revoked_at, ?1)"
                          " WHERE hash = ?2 AND channel_id = ?3",
    [Q_INV_USE] = "UPDATE invites SET uses = uses + 1 WHERE id = ?1",
    /* read_seq starts at the channel's head: what came before is not unread */
    [Q_MEM_INSERT] = "INSERT INTO members (channel_id, reader_id, state, joined_at, invite_id,"
                     " read_seq) SELECT ?1, ?2, ?3, ?4, ?5, last_seq FROM channels WHERE id = ?1"
                     " ON CONFLICT (channel_id, reader_id) DO NOTHING",
    [Q_MEM_ACTIVATE] = "UPDATE members SET state = 2 WHERE channel_id = ?1 AND reader_id = ?2",
    [Q_MEM_GET] = "SELECT " MEM_COLS " FROM members WHERE channel_id = ?1 AND reader_id = ?2",
    [Q_MEM_DEL] = "DELETE FROM members WHERE channel_id = ?1 AND reader_id = ?2",
    [Q_MEM_LIST] = "SELECT " MEM_COLS " FROM members WHERE channel_id = ?1"
                   " AND (?2 = 0 OR state = ?2) ORDER BY joined_at, reader_id",
    [Q_MEM_APPROVE] = "UPDATE members SET state = 2 WHERE channel_id = ?1 AND reader_id = ?2",
    [Q_MEM_COUNT] = "SELECT count(*) FROM members WHERE channel_id = ?1 AND state = 2",
    [Q_MEM_READ] = "UPDATE members SET read_seq = max(read_seq,"
                   " min(?3, (SELECT last_seq FROM channels WHERE id = ?1)))"
                   " WHERE channel_id = ?1 AND reader_id = ?2 AND state = 2",
    [Q_MEM_FEED_SET] = "UPDATE members SET feed_hash = ?3 WHERE channel_id = ?1"
                       " AND reader_id = ?2",
    [Q_MEM_FEED_LOOKUP] = "SELECT " MEM_COLS ", feed_hash FROM members WHERE feed_hash = ?1",
    [Q_MEM_OF_READER] = "SELECT c.id, c.slug, c.title, c.description, c.lang, c.tz,"
                        " c.visibility, c.last_seq, c.oldest_seq, c.created_at, c.updated_at,"
                        " c.selection, m.state, m.read_seq,"
                        " (SELECT count(*) FROM (SELECT 1 FROM events e"
                        "   WHERE e.channel_id = m.channel_id AND e.seq > m.read_seq"
                        "   AND e.kind IN (1, 4) LIMIT ?2))"
                        " FROM members m JOIN channels c ON c.id = m.channel_id"
                        " WHERE m.reader_id = ?1 ORDER BY m.joined_at, m.channel_id",
    [Q_POSTS_RECENT] = "SELECT id, data FROM posts WHERE channel_id = ?1 AND state = 'live'"
                       " AND seq < ?2 ORDER BY seq DESC LIMIT ?3",
};

struct sq_conn {
    sqlite3 *db;
    sqlite3_stmt *stmts[Q_COUNT]; /* prepared lazily, kept until close */
    struct sq_conn *next;         /* free list link while pooled */
};

enum sq_op { OP_CREATE, OP_EDIT, OP_DELETE, OP_DUE, OP_SELECTION };

/*
 * One queued post write. It lives on the caller's stack; the caller blocks on
 * cv until the writer sets done, and the writer never touches it afterwards.
 */
struct sq_req {
    enum sq_op op;
    int64_t channel_id;
    int64_t post_id; /* in for edit/delete, out for create */
    int64_t publish_at;
    int64_t now_ms;
    json_t *post;
    const struct store_selection *sel; /* the key and window, for OP_SELECTION */
    struct store_event *ev;            /* caller's, may be NULL */
    size_t published;
    long ev_idx; /* index of its event in the batch, -1 when none */
    int rc;
    int done;
    pthread_cond_t cv;
    struct sq_req *next;
};

/* The events a batch has produced, in commit order. */
struct sq_evvec {
    struct store_event *v;
    size_t n, cap;
};

struct sq_store {
    struct store base; /* first, so a struct store * is a struct sq_store * */
    char *path;

    pthread_mutex_t pool_mu;
    pthread_cond_t pool_cv;
    struct sq_conn *pool_free;
    int pool_open;

    pthread_mutex_t mu; /* guards the queue, stopping and the hook */
    pthread_cond_t queue_cv;
    struct sq_req *head, *tail;
    int stopping;
    store_commit_fn hook;
    void *hook_arg;

    pthread_t writer;
    struct sq_conn *wconn; /* the writer thread's own connection */
};

static const struct store_ops sq_ops;

/* ---- connections and statements ---- */

static int sq_err(sqlite3 *db, const char *what)
{
    log_error("store: sqlite %s: %s (code %d)", what, sqlite3_errmsg(db),
              sqlite3_extended_errcode(db));
    return CRIER_ESTORE;
}

static sqlite3_stmt *sq_stmt(struct sq_conn *c, enum sq_sql q)
{
    if (!c->stmts[q] && sqlite3_prepare_v3(c->db, sq_sql_text[q], -1, SQLITE_PREPARE_PERSISTENT,
                                           &c->stmts[q], NULL) != SQLITE_OK) {
        sq_err(c->db, "prepare");
        c->stmts[q] = NULL;
    }
    return c->stmts[q];
}

/* Resets a cached statement so it holds no read snapshot and no bound text. */
static void sq_done(sqlite3_stmt *st)
{
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
}

/* Runs a cached statement that returns no rows. */
static int sq_exec(struct sq_conn *c, enum sq_sql q)
{
    sqlite3_stmt *st = sq_stmt(c, q);
    if (!st)
        return CRIER_ESTORE;
    int rc = sqlite3_step(st);
    int ret = rc == SQLITE_DONE ? 0 : sq_err(c->db, sq_sql_text[q]);
    sq_done(st);
    return ret;
}

/* Ends a failed transaction; safe when SQLite already rolled it back. */
static void sq_rollback(struct sq_conn *c)
{
    if (!sqlite3_get_autocommit(c->db))
        sq_exec(c, Q_ROLLBACK);
}

static void conn_close(struct sq_conn *c)
{
    if (!c)
        return;
    for (int i = 0; i < Q_COUNT; i++)
        sqlite3_finalize(c->stmts[i]);
    sqlite3_close(c->db);
    free(c);
}

static int conn_open(const char *path, struct sq_conn **out)
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
    conn_close(c);
    return CRIER_ESTORE;
}

/*
 * Borrows a pooled connection, opening one when none is free and the cap
 * allows, else waiting for one to come back.
 */
static int pool_get(struct sq_store *s, struct sq_conn **out)
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

    int rc = conn_open(s->path, out);
    if (rc < 0) {
        pthread_mutex_lock(&s->pool_mu);
        s->pool_open--;
        pthread_cond_signal(&s->pool_cv);
        pthread_mutex_unlock(&s->pool_mu);
    }
    return rc;
}

static void pool_put(struct sq_store *s, struct sq_conn *c)
{
    sq_rollback(c); /* never pool a connection inside a transaction */
    pthread_mutex_lock(&s->pool_mu);
    c->next = s->pool_free;
    s->pool_free = c;
    pthread_cond_signal(&s->pool_cv);
    pthread_mutex_unlock(&s->pool_mu);
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

/* ---- row helpers ---- */

static void copy_text(char *dst, size_t size, const unsigned char *src)
{
    size_t n = src ? strlen((const char *)src) : 0;
    if (n >= size)
        n = size - 1;
    if (n)
        memcpy(dst, src, n);
    dst[n] = '\0';
}

static char *dup_text(const unsigned char *src)
{
    return xstrdup(src ? (const char *)src : "");
}

static void row_channel(sqlite3_stmt *st, struct store_channel *ch)
{
    memset(ch, 0, sizeof *ch);
    ch->id = sqlite3_column_int64(st, 0);
    copy_text(ch->slug, sizeof ch->slug, sqlite3_column_text(st, 1));
    ch->title = dup_text(sqlite3_column_text(st, 2));
    ch->description = dup_text(sqlite3_column_text(st, 3));
    copy_text(ch->lang, sizeof ch->lang, sqlite3_column_text(st, 4));
    copy_text(ch->tz, sizeof ch->tz, sqlite3_column_text(st, 5));
    ch->visibility = sqlite3_column_int(st, 6);
    ch->last_seq = sqlite3_column_int64(st, 7);
    ch->oldest_seq = sqlite3_column_int64(st, 8);
    ch->created_at = sqlite3_column_int64(st, 9);
    ch->updated_at = sqlite3_column_int64(st, 10);
    ch->selection =
        xstrdup(sqlite3_column_text(st, 11) ? (const char *)sqlite3_column_text(st, 11) : "{}");
}

static void row_token(sqlite3_stmt *st, struct store_token *t)
{
    memset(t, 0, sizeof *t);
    t->id = sqlite3_column_int64(st, 0);
    const void *h = sqlite3_column_blob(st, 1);
    if (h && sqlite3_column_bytes(st, 1) == (int)sizeof t->hash)
        memcpy(t->hash, h, sizeof t->hash);
    t->scope = sqlite3_column_int(st, 2);
    t->channel_id = sqlite3_column_int64(st, 3); /* NULL reads as 0 */
    copy_text(t->label, sizeof t->label, sqlite3_column_text(st, 4));
    t->created_at = sqlite3_column_int64(st, 5);
    t->last_used_at = sqlite3_column_int64(st, 6);
    t->revoked_at = sqlite3_column_int64(st, 7);
}

static int state_of(const unsigned char *s)
{
    if (s && strcmp((const char *)s, "scheduled") == 0)
        return STORE_POST_SCHEDULED;
    if (s && strcmp((const char *)s, "deleted") == 0)
        return STORE_POST_DELETED;
    return STORE_POST_LIVE;
}

static void bind_text(sqlite3_stmt *st, int i, const char *s)
{
    sqlite3_bind_text(st, i, s ? s : "", -1, SQLITE_STATIC);
}

/* ---- channels ---- */

static int sq_channel_create(struct store *st, struct store_channel *ch)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    sqlite3_stmt *q = sq_stmt(c, Q_CH_INSERT);
    if (!q) {
        pool_put(s, c);
        return CRIER_ESTORE;
    }
    int64_t now = crier_now_ms();
    bind_text(q, 1, ch->slug);
    bind_text(q, 2, ch->title);
    bind_text(q, 3, ch->description);
    bind_text(q, 4, ch->lang);
    bind_text(q, 5, ch->tz);
    sqlite3_bind_int(q, 6, ch->visibility);
    sqlite3_bind_int64(q, 7, now);
    sqlite3_bind_text(q, 8, ch->selection ? ch->selection : "{}", -1, SQLITE_STATIC);
    int sr = sqlite3_step(q);
    if (sr == SQLITE_ROW) {
        ch->id = sqlite3_column_int64(q, 0);
        ch->created_at = ch->updated_at = now;
        ch->last_seq = 0;
        ch->oldest_seq = 1;
        rc = 0;
    } else if (sqlite3_extended_errcode(c->db) == SQLITE_CONSTRAINT_UNIQUE) {
        rc = -EEXIST;
    } else {
        rc = sq_err(c->db, "channel_create");
    }
    sq_done(q);
    pool_put(s, c);
    return rc;
}

static int channel_get_q(struct sq_store *s, enum sq_sql which, const char *slug, int64_t id,
                         struct store_channel *out)
{
    struct sq_conn *c;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    sqlite3_stmt *q = sq_stmt(c, which);
    if (!q) {
        pool_put(s, c);
        return CRIER_ESTORE;
    }
    if (slug)
        bind_text(q, 1, slug);
    else
        sqlite3_bind_int64(q, 1, id);
    int sr = sqlite3_step(q);
    if (sr == SQLITE_ROW) {
        row_channel(q, out);
        rc = 0;
    } else {
        rc = sr == SQLITE_DONE ? -ENOENT : sq_err(c->db, "channel_get");
    }
    sq_done(q);
    pool_put(s, c);
    return rc;
}

static int sq_channel_get(struct store *st, const char *slug, struct store_channel *out)
{
    return channel_get_q((struct sq_store *)st, Q_CH_BY_SLUG, slug, 0, out);
}

static int sq_channel_get_by_id(struct store *st, int64_t id, struct store_channel *out)
{
    return channel_get_q((struct sq_store *)st, Q_CH_BY_ID, NULL, id, out);
}

static int sq_channel_list(struct store *st, struct store_channel **out, size_t *n)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    struct store_channel *v = NULL;
    size_t len = 0, cap = 0;

    *out = NULL;
    *n = 0;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    sqlite3_stmt *q = sq_stmt(c, Q_CH_LIST);
    if (!q) {
        pool_put(s, c);
        return CRIER_ESTORE;
    }
    int sr;
    while ((sr = sqlite3_step(q)) == SQLITE_ROW) {
        if (len == cap) {
            cap = cap ? cap * 2 : 16;
            v = xrealloc(v, cap * sizeof *v);
        }
        row_channel(q, &v[len++]);
    }
    if (sr != SQLITE_DONE) {
        rc = sq_err(c->db, "channel_list");
        store_channels_free(v, len);
    } else {
        *out = v;
        *n = len;
    }
    sq_done(q);
    pool_put(s, c);
    return rc;
}

static int sq_channel_update(struct store *st, const struct store_channel *ch)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    sqlite3_stmt *q = sq_stmt(c, Q_CH_UPDATE);
    if (!q) {
        pool_put(s, c);
        return CRIER_ESTORE;
    }
    bind_text(q, 1, ch->title);
    bind_text(q, 2, ch->description);
    bind_text(q, 3, ch->lang);
    bind_text(q, 4, ch->tz);
    sqlite3_bind_int(q, 5, ch->visibility);
    sqlite3_bind_int64(q, 6, crier_now_ms());
    bind_text(q, 7, ch->slug);
    if (ch->selection) /* NULL keeps the stored settings */
        sqlite3_bind_text(q, 8, ch->selection, -1, SQLITE_STATIC);
    if (sqlite3_step(q) != SQLITE_DONE)
        rc = sq_err(c->db, "channel_update");
    else if (sqlite3_changes(c->db) == 0)
        rc = -ENOENT;
    sq_done(q);
    pool_put(s, c);
    return rc;
}

/* Steps a bound statement that takes one int64 parameter and returns no rows. */
static int exec_id(struct sq_conn *c, enum sq_sql which, int64_t id)
{
    sqlite3_stmt *q = sq_stmt(c, which);
    if (!q)
        return CRIER_ESTORE;
    sqlite3_bind_int64(q, 1, id);
    int rc = sqlite3_step(q) == SQLITE_DONE ? 0 : sq_err(c->db, sq_sql_text[which]);
    sq_done(q);
    return rc;
}

static int sq_channel_delete(struct store *st, const char *slug)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    if ((rc = sq_exec(c, Q_BEGIN_IMM)) < 0)
        goto out;
    sqlite3_stmt *q = sq_stmt(c, Q_CH_ID);
    if (!q) {
        rc = CRIER_ESTORE;
        goto out;
    }
    bind_text(q, 1, slug);
    int sr = sqlite3_step(q);
    int64_t id = sr == SQLITE_ROW ? sqlite3_column_int64(q, 0) : 0;
    rc = sr == SQLITE_ROW ? 0 : sr == SQLITE_DONE ? -ENOENT : sq_err(c->db, "channel_delete");
    sq_done(q);
    /* children first: the foreign keys would refuse the channel row otherwise */
    if (rc == 0)
        rc = exec_id(c, Q_CH_DEL_EVENTS, id);
    if (rc == 0)
        rc = exec_id(c, Q_CH_DEL_VIEWS, id);
    if (rc == 0)
        rc = exec_id(c, Q_CH_POSTS_HWM, id);
    if (rc == 0)
        rc = exec_id(c, Q_CH_DEL_POSTS, id);
    if (rc == 0)
        rc = exec_id(c, Q_CH_DEL_TOKENS, id);
    if (rc == 0)
        rc = exec_id(c, Q_CH_DEL_SELECTIONS, id);
    if (rc == 0)
        rc = exec_id(c, Q_CH_DEL_MEMBERS, id);
    if (rc == 0)
        rc = exec_id(c, Q_CH_DEL_INVITES, id);
    if (rc == 0)
        rc = exec_id(c, Q_CH_DEL, id);
    if (rc == 0)
        rc = sq_exec(c, Q_COMMIT);
out:
    sq_rollback(c);
    pool_put(s, c);
    return rc;
}

/* ---- the writer: post writes ---- */

static void evvec_truncate(struct sq_evvec *vec, size_t n)
{
    while (vec->n > n)
        store_event_clear(&vec->v[--vec->n]);
}

/* Takes the next seq of a channel; -ENOENT when the channel does not exist. */
static int take_seq(struct sq_conn *c, int64_t channel_id, int64_t *seq,
                    char slug[STORE_SLUG_MAX + 1])
{
    sqlite3_stmt *q = sq_stmt(c, Q_CH_BUMP);
    if (!q)
        return CRIER_ESTORE;
    sqlite3_bind_int64(q, 1, channel_id);
    int sr = sqlite3_step(q);
    int rc = 0;
    if (sr == SQLITE_ROW) {
        *seq = sqlite3_column_int64(q, 0);
        copy_text(slug, STORE_SLUG_MAX + 1, sqlite3_column_text(q, 1));
    } else {
        rc = sr == SQLITE_DONE ? -ENOENT : sq_err(c->db, "take seq");
    }
    sq_done(q);
    return rc;
}

/*
 * Inserts an event and appends it to the batch. Takes ownership of data (a
 * malloc'd string, as json_dumps returns) whatever the outcome.
 */
static int put_event(struct sq_conn *c, struct sq_evvec *vec, int64_t channel_id, const char *slug,
                     int64_t seq, int kind, int64_t post_id, char *data, int64_t now)
{
    sqlite3_stmt *q = sq_stmt(c, Q_EV_INSERT);
    if (!q) {
        free(data);
        return CRIER_ESTORE;
    }
    size_t len = strlen(data);
    sqlite3_bind_int64(q, 1, channel_id);
    sqlite3_bind_int64(q, 2, seq);
    sqlite3_bind_int(q, 3, kind);
    sqlite3_bind_int64(q, 4, post_id);
    sqlite3_bind_text(q, 5, data, (int)len, SQLITE_STATIC);
    sqlite3_bind_int64(q, 6, now);
    int rc = sqlite3_step(q) == SQLITE_DONE ? 0 : sq_err(c->db, "insert event");
    sq_done(q);
    if (rc < 0) {
        free(data);
        return rc;
    }
    if (vec->n == vec->cap) {
        vec->cap = vec->cap ? vec->cap * 2 : 64;
        vec->v = xrealloc(vec->v, vec->cap * sizeof *vec->v);
    }
    struct store_event *ev = &vec->v[vec->n++];
    memset(ev, 0, sizeof *ev);
    ev->channel_id = channel_id;
    copy_text(ev->channel, sizeof ev->channel, (const unsigned char *)slug);
    ev->seq = seq;
    ev->kind = kind;
    ev->post_id = post_id;
    ev->created_at = now;
    ev->data = data;
    ev->data_len = len;
    return 0;
}

/* Binds text and steps a "SET data = ?1 ..., WHERE id = ?N" style statement. */
static int update_post(struct sq_conn *c, enum sq_sql which, int64_t a, const char *data,
                       int64_t now, int64_t post_id)
{
    sqlite3_stmt *q = sq_stmt(c, which);
    if (!q)
        return CRIER_ESTORE;
    switch (which) {
    case Q_POST_SET_DATA: /* data, id */
        sqlite3_bind_text(q, 1, data, -1, SQLITE_STATIC);
        sqlite3_bind_int64(q, 2, post_id);
        break;
    case Q_POST_UPDATE: /* data, updated_at, id */
        sqlite3_bind_text(q, 1, data, -1, SQLITE_STATIC);
        sqlite3_bind_int64(q, 2, now);
        sqlite3_bind_int64(q, 3, post_id);
        break;
    case Q_POST_PUBLISH: /* seq, data, updated_at, id */
        sqlite3_bind_int64(q, 1, a);
        sqlite3_bind_text(q, 2, data, -1, SQLITE_STATIC);
        sqlite3_bind_int64(q, 3, now);
        sqlite3_bind_int64(q, 4, post_id);
        break;
    case Q_POST_DELETE: /* updated_at, id */
        sqlite3_bind_int64(q, 1, now);
        sqlite3_bind_int64(q, 2, post_id);
        break;
    default: abort();
    }
    int rc = sqlite3_step(q) == SQLITE_DONE ? 0 : sq_err(c->db, "update post");
    sq_done(q);
    return rc;
}

/* Serialises a post record; NULL (as -EINVAL) only for unserialisable JSON. */
static char *dump_post(json_t *post)
{
    return json_dumps(post, JSON_COMPACT);
}

/* Fields the store owns in a record: a caller's values for them are dropped. */
static void strip_store_fields(json_t *post)
{
    json_object_del(post, "id");
    json_object_del(post, "seq");
    json_object_del(post, "published_at");
    json_object_del(post, "edited_at");
}

static int op_create(struct sq_conn *c, struct sq_req *r, struct sq_evvec *vec)
{
    int64_t now = crier_now_ms();
    int scheduled = r->publish_at > now;
    int64_t seq = 0, id;
    char slug[STORE_SLUG_MAX + 1] = "";
    int rc;

    if (scheduled) {
        sqlite3_stmt *q = sq_stmt(c, Q_CH_HEAD);
        if (!q)
            return CRIER_ESTORE;
        sqlite3_bind_int64(q, 1, r->channel_id);
        int sr = sqlite3_step(q);
        rc = sr == SQLITE_ROW ? 0 : sr == SQLITE_DONE ? -ENOENT : sq_err(c->db, "post channel");
        sq_done(q);
    } else {
        rc = take_seq(c, r->channel_id, &seq, slug);
    }
    if (rc < 0)
        return rc;

    sqlite3_stmt *q = sq_stmt(c, Q_POST_INSERT);
    if (!q)
        return CRIER_ESTORE;
    sqlite3_bind_int64(q, 1, r->channel_id);
    sqlite3_bind_text(q, 2, scheduled ? "scheduled" : "live", -1, SQLITE_STATIC);
    if (scheduled)
        sqlite3_bind_null(q, 3);
    else
        sqlite3_bind_int64(q, 3, seq);
    sqlite3_bind_int64(q, 4, scheduled ? r->publish_at : now);
    sqlite3_bind_int64(q, 5, now);
    sqlite3_bind_text(q, 6, "post", -1, SQLITE_STATIC);
    if (scheduled)
        sqlite3_bind_null(q, 7);
    else
        sqlite3_bind_int64(q, 7, now);
    /* The external id lives in its column only: it is the publisher's
     * business, not the readers'. */
    json_t *ext = json_object_get(r->post, "external_id");
    if (json_is_string(ext))
        sqlite3_bind_text(q, 8, json_string_value(ext), -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(q, 8);
    int sr = sqlite3_step(q);
    id = sr == SQLITE_ROW ? sqlite3_column_int64(q, 0) : 0;
    rc = sr == SQLITE_ROW ? 0
         : sqlite3_extended_errcode(c->db) == SQLITE_CONSTRAINT_UNIQUE
             ? -EEXIST
             : sq_err(c->db, "insert post");
    sq_done(q);
    if (rc < 0)
        return rc;

    json_object_del(r->post, "external_id");
    strip_store_fields(r->post);
    json_object_set_new(r->post, "id", json_integer(id));
    if (!scheduled) {
        json_object_set_new(r->post, "seq", json_integer(seq));
        json_object_set_new(r->post, "published_at", json_integer(now));
    }
    char *data = dump_post(r->post);
    if (!data)
        return -EINVAL;
    rc = update_post(c, Q_POST_SET_DATA, 0, data, now, id);
    if (rc < 0 || scheduled) {
        free(data);
    } else {
        r->ev_idx = (long)vec->n;
        rc = put_event(c, vec, r->channel_id, slug, seq, STORE_EV_POST, id, data, now);
    }
    r->post_id = id;
    return rc;
}

/* Reads a post of the channel for edit/delete: -ENOENT when absent or deleted. */
static int load_post(struct sq_conn *c, int64_t channel_id, int64_t post_id, int *state,
                     json_t **rec)
{
    sqlite3_stmt *q = sq_stmt(c, Q_POST_GET);
    if (!q)
        return CRIER_ESTORE;
    sqlite3_bind_int64(q, 1, post_id);
    sqlite3_bind_int64(q, 2, channel_id);
    int sr = sqlite3_step(q);
    int rc = 0;
    if (sr == SQLITE_ROW) {
        *state = state_of(sqlite3_column_text(q, 0));
        if (*state == STORE_POST_DELETED) {
            rc = -ENOENT;
        } else if (rec) {
            const char *text = (const char *)sqlite3_column_text(q, 2);
            *rec = text ? json_loads(text, 0, NULL) : NULL;
            if (!*rec) {
                log_error("store: post %lld has an unreadable record", (long long)post_id);
                rc = CRIER_ESTORE;
            }
        }
    } else {
        rc = sr == SQLITE_DONE ? -ENOENT : sq_err(c->db, "load post");
    }
    sq_done(q);
    return rc;
}

static int op_edit(struct sq_conn *c, struct sq_req *r, struct sq_evvec *vec)
{
    int64_t now = crier_now_ms();
    int state;
    json_t *old = NULL;
    int rc = load_post(c, r->channel_id, r->post_id, &state, &old);
    if (rc < 0)
        return rc;

    strip_store_fields(r->post);
    json_object_set_new(r->post, "id", json_integer(r->post_id));
    json_t *v;
    if ((v = json_object_get(old, "seq")))
        json_object_set(r->post, "seq", v);
    if ((v = json_object_get(old, "published_at")))
        json_object_set(r->post, "published_at", v);
    if (state == STORE_POST_LIVE)
        json_object_set_new(r->post, "edited_at", json_integer(now));
    json_decref(old);

    char *data = dump_post(r->post);
    if (!data)
        return -EINVAL;
    rc = update_post(c, Q_POST_UPDATE, 0, data, now, r->post_id);
    if (rc < 0 || state != STORE_POST_LIVE) {
        free(data);
        return rc;
    }
    int64_t seq;
    char slug[STORE_SLUG_MAX + 1];
    if ((rc = take_seq(c, r->channel_id, &seq, slug)) < 0) {
        free(data);
        return rc;
    }
    r->ev_idx = (long)vec->n;
    return put_event(c, vec, r->channel_id, slug, seq, STORE_EV_EDIT, r->post_id, data, now);
}

/*
 * A live post's delete is an event carrying its id and creation seq. A
 * scheduled post was never seen by anyone, so it just goes, with no event.
 */
static int op_delete(struct sq_conn *c, struct sq_req *r, struct sq_evvec *vec)
{
    int64_t now = crier_now_ms();
    int state;
    json_t *old = NULL;
    int rc = load_post(c, r->channel_id, r->post_id, &state, &old);
    if (rc < 0)
        return rc;
    json_int_t created_seq = json_integer_value(json_object_get(old, "seq"));
    json_decref(old);

    if ((rc = update_post(c, Q_POST_DELETE, 0, NULL, now, r->post_id)) < 0)
        return rc;
    if (state != STORE_POST_LIVE)
        return 0;
    int64_t seq;
    char slug[STORE_SLUG_MAX + 1];
    if ((rc = take_seq(c, r->channel_id, &seq, slug)) < 0)
        return rc;
    json_t *rec = json_pack("{sIsI}", "id", (json_int_t)r->post_id, "seq", created_seq);
    char *data = json_dumps(rec, JSON_COMPACT);
    json_decref(rec);
    r->ev_idx = (long)vec->n;
    return put_event(c, vec, r->channel_id, slug, seq, STORE_EV_DELETE, r->post_id, data, now);
}

struct sq_due {
    int64_t id, channel_id;
    char *data;
};

static int op_due(struct sq_conn *c, struct sq_req *r, struct sq_evvec *vec)
{
    struct sq_due due[SQ_DUE_MAX];
    size_t n = 0;
    int rc = 0;

    /* Collect first: publishing moves rows out of the index being scanned. */
    sqlite3_stmt *q = sq_stmt(c, Q_POST_DUE);
    if (!q)
        return CRIER_ESTORE;
    sqlite3_bind_int64(q, 1, r->now_ms);
    sqlite3_bind_int(q, 2, SQ_DUE_MAX);
    int sr = SQLITE_DONE;
    while (n < SQ_DUE_MAX && (sr = sqlite3_step(q)) == SQLITE_ROW) {
        due[n].id = sqlite3_column_int64(q, 0);
        due[n].channel_id = sqlite3_column_int64(q, 1);
        due[n].data = dup_text(sqlite3_column_text(q, 2));
        n++;
    }
    if (n < SQ_DUE_MAX && sr != SQLITE_DONE)
        rc = sq_err(c->db, "due posts");
    sq_done(q);

    size_t i;
    for (i = 0; rc == 0 && i < n; i++) {
        int64_t now = crier_now_ms(), seq;
        char slug[STORE_SLUG_MAX + 1];
        json_t *post = json_loads(due[i].data, 0, NULL);
        if (!post || !json_is_object(post)) {
            log_error("store: post %lld has an unreadable record", (long long)due[i].id);
            json_decref(post);
            rc = CRIER_ESTORE;
            break;
        }
        if ((rc = take_seq(c, due[i].channel_id, &seq, slug)) < 0) {
            json_decref(post);
            break;
        }
        json_object_set_new(post, "seq", json_integer(seq));
        json_object_set_new(post, "published_at", json_integer(now));
        char *data = dump_post(post);
        json_decref(post);
        if (!data) {
            rc = CRIER_ESTORE;
            break;
        }
        rc = update_post(c, Q_POST_PUBLISH, seq, data, now, due[i].id);
        if (rc < 0)
            free(data);
        else
            rc = put_event(c, vec, due[i].channel_id, slug, seq, STORE_EV_POST, due[i].id, data,
                           now);
    }
    for (i = 0; i < n; i++)
        free(due[i].data);
    r->published = rc == 0 ? n : 0;
    return rc;
}

/* Binds a selection key's (channel_id, local_date, slot) to ?1..?3. */
static void bind_sel_key(sqlite3_stmt *q, int64_t channel_id, const char *local_date,
                         const char *slot)
{
    sqlite3_bind_int64(q, 1, channel_id);
    sqlite3_bind_text(q, 2, local_date, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 3, slot, -1, SQLITE_STATIC);
}

/*
 * Publishes a selection post, all inside the request's savepoint: any failure,
 * -EEXIST included, rolls back the seq, the post row and the event together.
 * The existence check runs under the batch's BEGIN IMMEDIATE, so it is
 * serialised with every other writer, in this process or another; the
 * primary key on selections backs it up.
 */
static int op_selection(struct sq_conn *c, struct sq_req *r, struct sq_evvec *vec)
{
    const struct store_selection *k = r->sel;
    int64_t now = crier_now_ms(), seq, id;
    char slug[STORE_SLUG_MAX + 1];

    sqlite3_stmt *q = sq_stmt(c, Q_SEL_EXISTS);
    if (!q)
        return CRIER_ESTORE;
    bind_sel_key(q, r->channel_id, k->local_date, k->slot);
    int sr = sqlite3_step(q);
    int rc = sr == SQLITE_ROW ? -EEXIST : sr == SQLITE_DONE ? 0 : sq_err(c->db, "selection key");
    sq_done(q);
    if (rc < 0)
        return rc;
    if ((rc = take_seq(c, r->channel_id, &seq, slug)) < 0)
        return rc;

    if (!(q = sq_stmt(c, Q_POST_INSERT)))
        return CRIER_ESTORE;
    sqlite3_bind_int64(q, 1, r->channel_id);
    sqlite3_bind_text(q, 2, "live", -1, SQLITE_STATIC);
    sqlite3_bind_int64(q, 3, seq);
    sqlite3_bind_int64(q, 4, now);
    sqlite3_bind_int64(q, 5, now);
    sqlite3_bind_text(q, 6, "selection", -1, SQLITE_STATIC);
    sqlite3_bind_int64(q, 7, now);
    sr = sqlite3_step(q);
    id = sr == SQLITE_ROW ? sqlite3_column_int64(q, 0) : 0;
    rc = sr == SQLITE_ROW ? 0 : sq_err(c->db, "insert selection post");
    sq_done(q);
    if (rc < 0)
        return rc;

    strip_store_fields(r->post);
    json_object_set_new(r->post, "id", json_integer(id));
    json_object_set_new(r->post, "seq", json_integer(seq));
    json_object_set_new(r->post, "published_at", json_integer(now));
    char *data = dump_post(r->post);
    if (!data)
        return -EINVAL;
    if ((rc = update_post(c, Q_POST_SET_DATA, 0, data, now, id)) < 0) {
        free(data);
        return rc;
    }
    r->post_id = id;
    long idx = (long)vec->n;
    if ((rc = put_event(c, vec, r->channel_id, slug, seq, STORE_EV_SELECTION, id, data, now)) < 0)
        return rc;

    if (!(q = sq_stmt(c, Q_SEL_INSERT)))
        return CRIER_ESTORE;
    bind_sel_key(q, r->channel_id, k->local_date, k->slot);
    sqlite3_bind_int64(q, 4, id);
    sqlite3_bind_int64(q, 5, seq);
    sqlite3_bind_int64(q, 6, k->window_start);
    sqlite3_bind_int64(q, 7, k->window_end);
    sqlite3_bind_int64(q, 8, now);
    if (sqlite3_step(q) == SQLITE_DONE)
        rc = 0;
    else if (sqlite3_extended_errcode(c->db) == SQLITE_CONSTRAINT_PRIMARYKEY)
        rc = -EEXIST;
    else
        rc = sq_err(c->db, "insert selection");
    sq_done(q);
    if (rc < 0)
        return rc;

    if (!(q = sq_stmt(c, Q_SEL_CLEAR_MARKS)))
        return CRIER_ESTORE;
    sqlite3_bind_int64(q, 1, r->channel_id);
    sqlite3_bind_int64(q, 2, k->window_end);
    rc = sqlite3_step(q) == SQLITE_DONE ? 0 : sq_err(c->db, "clear marks");
    sq_done(q);
    if (rc == 0)
        r->ev_idx = idx;
    return rc;
}

static int run_op(struct sq_conn *c, struct sq_req *r, struct sq_evvec *vec)
{
    switch (r->op) {
    case OP_CREATE: return op_create(c, r, vec);
    case OP_EDIT: return op_edit(c, r, vec);
    case OP_DELETE: return op_delete(c, r, vec);
    case OP_DUE: return op_due(c, r, vec);
    case OP_SELECTION: return op_selection(c, r, vec);
    }
    return -EINVAL;
}

static uint64_t mono_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

/*
 * Runs one batch as one transaction. On return every request has its rc, and
 * its caller's ev is filled when it produced a committed event.
 */
static void run_batch(struct sq_store *s, struct sq_req *batch)
{
    struct sq_conn *c = s->wconn;
    struct sq_evvec vec = {0};
    struct sq_req *r;
    uint64_t t0 = mono_us();
    int failed = sq_exec(c, Q_BEGIN_IMM) < 0;

    for (r = batch; r && !failed; r = r->next) {
        size_t mark = vec.n;
        if (sq_exec(c, Q_SAVEPOINT) < 0) {
            failed = 1;
            break;
        }
        r->rc = run_op(c, r, &vec);
        if (r->rc == 0) {
            failed = sq_exec(c, Q_RELEASE) < 0;
            continue;
        }
        r->ev_idx = -1;
        evvec_truncate(&vec, mark);
        /* Some errors (I/O, full disk) end the whole transaction, and with
         * it the requests already done: then the batch fails as a whole. */
        if (sqlite3_get_autocommit(c->db) || sq_exec(c, Q_ROLLBACK_TO) < 0 ||
            sq_exec(c, Q_RELEASE) < 0)
            failed = 1;
    }
    if (!failed && sq_exec(c, Q_COMMIT) < 0)
        failed = 1;
    if (failed) {
        sq_rollback(c);
        for (r = batch; r; r = r->next) {
            r->rc = CRIER_ESTORE;
            r->ev_idx = -1;
        }
        evvec_truncate(&vec, 0);
    } else {
        uint64_t us = mono_us() - t0;
        s->base.commits++;
        s->base.commit_us_sum += us;
        if (us > s->base.commit_us_max)
            s->base.commit_us_max = us;
    }

    pthread_mutex_lock(&s->mu);
    store_commit_fn hook = s->hook;
    void *hook_arg = s->hook_arg;
    pthread_mutex_unlock(&s->mu);
    if (hook && vec.n)
        hook(hook_arg, vec.v, vec.n);

    /* Hand each caller its event: the batch's copy moves to the caller. */
    for (r = batch; r; r = r->next) {
        if (!r->ev)
            continue;
        if (r->ev_idx >= 0) {
            *r->ev = vec.v[r->ev_idx];
            vec.v[r->ev_idx].data = NULL;
        } else if (r->rc == 0 && r->op != OP_DUE) {
            r->ev->channel_id = r->channel_id;
            r->ev->post_id = r->post_id;
        }
    }
    evvec_truncate(&vec, 0);
    free(vec.v);
}

static void *writer_main(void *arg)
{
    struct sq_store *s = arg;

    pthread_mutex_lock(&s->mu);
    for (;;) {
        while (!s->head && !s->stopping)
            pthread_cond_wait(&s->queue_cv, &s->mu);
        if (!s->head)
            break; /* stopping, and the queue is drained */
        struct sq_req *batch = s->head, *last = batch;
        for (int n = 1; n < SQ_BATCH_MAX && last->next; n++)
            last = last->next;
        s->head = last->next;
        if (!s->head)
            s->tail = NULL;
        last->next = NULL;
        pthread_mutex_unlock(&s->mu);

        run_batch(s, batch);

        pthread_mutex_lock(&s->mu);
        for (struct sq_req *r = batch, *next; r; r = next) {
            next = r->next; /* r belongs to its caller once done is set */
            r->done = 1;
            pthread_cond_signal(&r->cv);
        }
    }
    pthread_mutex_unlock(&s->mu);
    return NULL;
}

/* Queues a request and blocks until the writer has committed (or failed) it. */
static int submit(struct sq_store *s, struct sq_req *r)
{
    r->rc = 0;
    r->ev_idx = -1;
    r->done = 0;
    r->next = NULL;
    if (r->ev)
        memset(r->ev, 0, sizeof *r->ev);
    pthread_cond_init(&r->cv, NULL);

    pthread_mutex_lock(&s->mu);
    if (s->stopping) {
        pthread_mutex_unlock(&s->mu);
        pthread_cond_destroy(&r->cv);
        return -ESHUTDOWN;
    }
    if (s->tail)
        s->tail->next = r;
    else
        s->head = r;
    s->tail = r;
    pthread_cond_signal(&s->queue_cv);
    while (!r->done)
        pthread_cond_wait(&r->cv, &s->mu);
    pthread_mutex_unlock(&s->mu);
    pthread_cond_destroy(&r->cv);
    return r->rc;
}

static int sq_post_create(struct store *st, int64_t channel_id, json_t *post, int64_t publish_at,
                          struct store_event *ev)
{
    if (!json_is_object(post))
        return -EINVAL;
    struct sq_req r = {.op = OP_CREATE,
                       .channel_id = channel_id,
                       .post = post,
                       .publish_at = publish_at,
                       .ev = ev};
    return submit((struct sq_store *)st, &r);
}

static int sq_post_edit(struct store *st, int64_t channel_id, int64_t post_id, json_t *post,
                        struct store_event *ev)
{
    if (!json_is_object(post))
        return -EINVAL;
    struct sq_req r = {
        .op = OP_EDIT, .channel_id = channel_id, .post_id = post_id, .post = post, .ev = ev};
    return submit((struct sq_store *)st, &r);
}

static int sq_post_delete(struct store *st, int64_t channel_id, int64_t post_id,
                          struct store_event *ev)
{
    struct sq_req r = {.op = OP_DELETE, .channel_id = channel_id, .post_id = post_id, .ev = ev};
    return submit((struct sq_store *)st, &r);
}

static int sq_publish_due(struct store *st, int64_t now_ms, size_t *published)
{
    struct sq_req r = {.op = OP_DUE, .now_ms = now_ms};
    int rc = submit((struct sq_store *)st, &r);
    if (published)
        *published = rc == 0 ? r.published : 0;
    return rc;
}

/* "YYYY-MM-DD" by shape only: the caller computes it in the channel's zone. */
static int date_shaped(const char *d, size_t size)
{
    if (strnlen(d, size) != 10)
        return 0;
    for (int i = 0; i < 10; i++)
        if (i == 4 || i == 7 ? d[i] != '-' : (d[i] < '0' || d[i] > '9'))
            return 0;
    return 1;
}

static int sq_selection_publish(struct store *st, const struct store_selection *key, json_t *post,
                                struct store_event *ev)
{
    if (ev)
        memset(ev, 0, sizeof *ev);
    if (!key || !json_is_object(post) || !date_shaped(key->local_date, sizeof key->local_date))
        return -EINVAL;
    size_t slot_len = strnlen(key->slot, sizeof key->slot);
    if (slot_len == 0 || slot_len == sizeof key->slot || key->window_start > key->window_end)
        return -EINVAL;
    struct sq_req r = {
        .op = OP_SELECTION, .channel_id = key->channel_id, .post = post, .sel = key, .ev = ev};
    return submit((struct sq_store *)st, &r);
}

static int sq_access_changes(struct store *st, int64_t after_gen, int64_t *ids, size_t max,
                             size_t *n, int64_t *gen)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    int rc = pool_get(s, &c);

    *n = 0;
    if (rc < 0)
        return rc;
    sqlite3_stmt *q = sq_stmt(c, after_gen < 0 ? Q_ACCESS_GEN : Q_ACCESS_SINCE);
    if (!q) {
        pool_put(s, c);
        return CRIER_ESTORE;
    }
    int sr;
    if (after_gen < 0) {
        sr = sqlite3_step(q);
        if (sr == SQLITE_ROW)
            *gen = sqlite3_column_int64(q, 0);
    } else {
        *gen = after_gen;
        sqlite3_bind_int64(q, 1, after_gen);
        sqlite3_bind_int64(q, 2, (int64_t)max + 1);
        while ((sr = sqlite3_step(q)) == SQLITE_ROW) {
            if (*n == max) {
                /* More than fit: every channel, from the newest gen on. */
                ids[0] = 0;
                *n = 1;
                sqlite3_reset(q);
                sq_done(q);
                q = sq_stmt(c, Q_ACCESS_GEN);
                if (!q) {
                    pool_put(s, c);
                    return CRIER_ESTORE;
                }
                sr = sqlite3_step(q);
                if (sr == SQLITE_ROW)
                    *gen = sqlite3_column_int64(q, 0);
                break;
            }
            ids[(*n)++] = sqlite3_column_int64(q, 0);
            *gen = sqlite3_column_int64(q, 1);
        }
    }
    if (sr != SQLITE_DONE && sr != SQLITE_ROW)
        rc = sq_err(c->db, "access_changes");
    sq_done(q);
    pool_put(s, c);
    return rc;
}

static int sq_channel_heads(struct store *st, struct store_head **out, size_t *n)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    struct store_head *v = NULL;
    size_t len = 0, cap = 0;
    int sr, rc = pool_get(s, &c);

    *out = NULL;
    *n = 0;
    if (rc < 0)
        return rc;
    sqlite3_stmt *q = sq_stmt(c, Q_CH_HEADS);
    if (!q) {
        pool_put(s, c);
        return CRIER_ESTORE;
    }
    while ((sr = sqlite3_step(q)) == SQLITE_ROW) {
        if (len == cap) {
            cap = cap ? cap * 2 : 64;
            v = xrealloc(v, cap * sizeof *v);
        }
        v[len].channel_id = sqlite3_column_int64(q, 0);
        v[len].last_seq = sqlite3_column_int64(q, 1);
        len++;
    }
    if (sr != SQLITE_DONE) {
        rc = sq_err(c->db, "channel_heads");
        free(v);
    } else {
        *out = v;
        *n = len;
    }
    sq_done(q);
    pool_put(s, c);
    return rc;
}

static int sq_post_by_external(struct store *st, int64_t channel_id, const char *external_id,
                               json_t **out, int *state)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    int rc = pool_get(s, &c);

    *out = NULL;
    if (rc < 0)
        return rc;
    sqlite3_stmt *q = sq_stmt(c, Q_POST_BY_EXT);
    if (!q) {
        pool_put(s, c);
        return CRIER_ESTORE;
    }
    sqlite3_bind_int64(q, 1, channel_id);
    bind_text(q, 2, external_id);
    int sr = sqlite3_step(q);
    if (sr == SQLITE_ROW) {
        const char *st_text = (const char *)sqlite3_column_text(q, 0);
        *state = strcmp(st_text, "live") == 0        ? STORE_POST_LIVE
                 : strcmp(st_text, "scheduled") == 0 ? STORE_POST_SCHEDULED
                                                     : STORE_POST_DELETED;
        *out = json_loads((const char *)sqlite3_column_text(q, 2), 0, NULL);
        rc = *out ? 0 : CRIER_ESTORE;
        if (*out && *state == STORE_POST_SCHEDULED)
            json_object_set_new(*out, "publish_at", json_integer(sqlite3_column_int64(q, 3)));
    } else {
        rc = sr == SQLITE_DONE ? -ENOENT : sq_err(c->db, "post_by_external");
    }
    sq_done(q);
    pool_put(s, c);
    return rc;
}

static void sq_set_commit_hook(struct store *st, store_commit_fn fn, void *arg)
{
    struct sq_store *s = (struct sq_store *)st;
    pthread_mutex_lock(&s->mu);
    s->hook = fn;
    s->hook_arg = arg;
    pthread_mutex_unlock(&s->mu);
}

/* ---- reads ---- */

static int sq_post_get(struct store *st, int64_t channel_id, int64_t post_id, json_t **out,
                       int *state)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    *out = NULL;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    sqlite3_stmt *q = sq_stmt(c, Q_POST_GET);
    if (!q) {
        pool_put(s, c);
        return CRIER_ESTORE;
    }
    sqlite3_bind_int64(q, 1, post_id);
    sqlite3_bind_int64(q, 2, channel_id);
    int sr = sqlite3_step(q);
    if (sr == SQLITE_ROW) {
        const char *text = (const char *)sqlite3_column_text(q, 2);
        if (state)
            *state = state_of(sqlite3_column_text(q, 0));
        *out = text ? json_loads(text, 0, NULL) : NULL;
        if (!*out) {
            log_error("store: post %lld has an unreadable record", (long long)post_id);
            rc = CRIER_ESTORE;
        }
    } else {
        rc = sr == SQLITE_DONE ? -ENOENT : sq_err(c->db, "post_get");
    }
    sq_done(q);
    pool_put(s, c);
    return rc;
}

static int sq_events_after(struct store *st, int64_t channel_id, int64_t after, size_t limit,
                           size_t max_bytes, struct store_event **out, size_t *n,
                           int64_t *oldest_seq, int64_t *last_seq)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    struct store_event *v = NULL;
    size_t len = 0, cap = 0, bytes = 0;
    char slug[STORE_SLUG_MAX + 1];
    int64_t oldest = 0, last = 0;

    *out = NULL;
    *n = 0;
    if (after < 0)
        return -EINVAL;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    /* One read transaction, so last_seq and the events are one snapshot. */
    if ((rc = sq_exec(c, Q_BEGIN)) < 0)
        goto out;
    sqlite3_stmt *q = sq_stmt(c, Q_CH_HEAD);
    if (!q) {
        rc = CRIER_ESTORE;
        goto out;
    }
    sqlite3_bind_int64(q, 1, channel_id);
    int sr = sqlite3_step(q);
    if (sr == SQLITE_ROW) {
        copy_text(slug, sizeof slug, sqlite3_column_text(q, 0));
        last = sqlite3_column_int64(q, 1);
        oldest = sqlite3_column_int64(q, 2);
    } else {
        rc = sr == SQLITE_DONE ? -ENOENT : sq_err(c->db, "events_after channel");
    }
    sq_done(q);
    if (rc < 0)
        goto out;
    if (oldest_seq)
        *oldest_seq = oldest;
    if (last_seq)
        *last_seq = last;
    if (after < oldest - 1) {
        rc = CRIER_EPRUNED;
        goto out;
    }
    if (limit == 0 || after >= last)
        goto out;

    if (!(q = sq_stmt(c, Q_EV_AFTER))) {
        rc = CRIER_ESTORE;
        goto out;
    }
    sqlite3_bind_int64(q, 1, channel_id);
    sqlite3_bind_int64(q, 2, after);
    sqlite3_bind_int64(q, 3, limit > INT64_MAX ? INT64_MAX : (int64_t)limit);
    while ((max_bytes == 0 || bytes < max_bytes) && (sr = sqlite3_step(q)) == SQLITE_ROW) {
        if (len == cap) {
            cap = cap ? cap * 2 : (limit < 64 ? limit : 64);
            v = xrealloc(v, cap * sizeof *v);
        }
        struct store_event *ev = &v[len++];
        memset(ev, 0, sizeof *ev);
        ev->channel_id = channel_id;
        memcpy(ev->channel, slug, sizeof ev->channel);
        ev->seq = sqlite3_column_int64(q, 0);
        ev->kind = sqlite3_column_int(q, 1);
        ev->post_id = sqlite3_column_int64(q, 2);
        ev->data_len = (size_t)sqlite3_column_bytes(q, 3);
        ev->data = xmalloc(ev->data_len + 1);
        memcpy(ev->data, sqlite3_column_text(q, 3), ev->data_len);
        ev->data[ev->data_len] = '\0';
        ev->created_at = sqlite3_column_int64(q, 4);
        bytes += ev->data_len;
    }
    if (sr != SQLITE_DONE && sr != SQLITE_ROW)
        rc = sq_err(c->db, "events_after");
    sq_done(q);
out:
    if (rc == 0)
        rc = sq_exec(c, Q_COMMIT);
    if (rc < 0) {
        store_events_free(v, len);
    } else {
        *out = v;
        *n = len;
    }
    sq_rollback(c);
    pool_put(s, c);
    return rc;
}

static int sq_prune(struct store *st, int64_t channel_id, int64_t before_seq)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    if ((rc = sq_exec(c, Q_BEGIN_IMM)) < 0)
        goto out;
    sqlite3_stmt *q = sq_stmt(c, Q_CH_SET_OLDEST);
    if (!q) {
        rc = CRIER_ESTORE;
        goto out;
    }
    sqlite3_bind_int64(q, 1, before_seq);
    sqlite3_bind_int64(q, 2, channel_id);
    if (sqlite3_step(q) != SQLITE_DONE)
        rc = sq_err(c->db, "prune");
    else if (sqlite3_changes(c->db) == 0)
        rc = -ENOENT;
    sq_done(q);
    if (rc == 0 && (q = sq_stmt(c, Q_EV_PRUNE))) {
        sqlite3_bind_int64(q, 1, channel_id);
        sqlite3_bind_int64(q, 2, before_seq);
        if (sqlite3_step(q) != SQLITE_DONE)
            rc = sq_err(c->db, "prune");
        sq_done(q);
    } else if (rc == 0) {
        rc = CRIER_ESTORE;
    }
    if (rc == 0)
        rc = sq_exec(c, Q_COMMIT);
out:
    sq_rollback(c);
    pool_put(s, c);
    return rc;
}

/* ---- selections ---- */

/* Fills the ranking fields of one Q_CANDIDATES row (columns 5..10: title,
 * body prefix, lang, source_url, tags as JSON text, importance) into cd,
 * with every string in one block, without parsing the whole record. */
static void candidate_fields(sqlite3_stmt *q, struct store_candidate *cd)
{
    size_t len[4], total = 0, ntags = 0;
    json_t *tags = NULL;
    const char *tj = (const char *)sqlite3_column_text(q, 9);

    for (int i = 0; i < 4; i++) {
        len[i] = sqlite3_column_type(q, 5 + i) == SQLITE_TEXT
                     ? (size_t)sqlite3_column_bytes(q, 5 + i) + 1
                     : 0;
        total += len[i];
    }
    if (tj && (tags = json_loads(tj, 0, NULL)) && json_is_array(tags)) {
        size_t k;
        json_t *t;
        json_array_foreach(tags, k, t)
        {
            if (json_is_string(t)) {
                total += json_string_length(t) + 1;
                ntags++;
            }
        }
    }
    char *block = xmalloc(ntags * sizeof(char *) + total + 1);
    const char **tagv = (const char **)(void *)block;
    char *p = block + ntags * sizeof(char *);
    const char **dst[4] = {&cd->title, &cd->body, &cd->lang, &cd->source_url};
    for (int i = 0; i < 4; i++) {
        *dst[i] = NULL;
        if (len[i]) {
            memcpy(p, sqlite3_column_text(q, 5 + i), len[i]);
            *dst[i] = p;
            p += len[i];
        }
    }
    cd->ntags = 0;
    if (ntags) {
        size_t k;
        json_t *t;
        json_array_foreach(tags, k, t)
        {
            if (!json_is_string(t))
                continue;
            size_t l = json_string_length(t) + 1;
            memcpy(p, json_string_value(t), l);
            tagv[cd->ntags++] = p;
            p += l;
        }
    }
    json_decref(tags);
    cd->tags = tagv;
    cd->importance = sqlite3_column_int(q, 10);
    cd->block = block;
}

static int sq_candidates(struct store *st, int64_t channel_id, int64_t from_ms, int64_t to_ms,
                         struct store_candidate **out, size_t *n)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    struct store_candidate *v = NULL;
    size_t len = 0, cap = 0;

    *out = NULL;
    *n = 0;
    if (from_ms >= to_ms)
        return 0;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    sqlite3_stmt *q = sq_stmt(c, Q_CANDIDATES);
    if (!q) {
        pool_put(s, c);
        return CRIER_ESTORE;
    }
    sqlite3_bind_int64(q, 1, channel_id);
    sqlite3_bind_int64(q, 2, from_ms);
    sqlite3_bind_int64(q, 3, to_ms);
    sqlite3_bind_int(q, 4, SQ_CANDIDATES_MAX + 1); /* one more tells of truncation */
    int sr;
    while ((sr = sqlite3_step(q)) == SQLITE_ROW) {
        if (len == SQ_CANDIDATES_MAX) {
            log_warn("store: channel %lld has more than %d candidates in [%lld, %lld);"
                     " the newest are left out",
                     (long long)channel_id, SQ_CANDIDATES_MAX, (long long)from_ms,
                     (long long)to_ms);
            sr = SQLITE_DONE;
            break;
        }
        if (len == cap) {
            cap = cap ? cap * 2 : 64;
            v = xrealloc(v, cap * sizeof *v);
        }
        struct store_candidate *cd = &v[len];
        memset(cd, 0, sizeof *cd);
        cd->id = sqlite3_column_int64(q, 0);
        cd->seq = sqlite3_column_int64(q, 1);
        cd->published_at = sqlite3_column_int64(q, 2);
        cd->views = sqlite3_column_int64(q, 3);
        cd->mark = sqlite3_column_int(q, 4);
        candidate_fields(q, cd);
        len++;
    }
    if (rc == 0 && sr != SQLITE_DONE)
        rc = sq_err(c->db, "candidates");
    sq_done(q);
    pool_put(s, c);
    if (rc < 0) {
        store_candidates_free(v, len);
    } else {
        *out = v;
        *n = len;
    }
    return rc;
}

/* Steps Q_POST_MARK or Q_POST_VIEWS: ?1 value, ?2 post id, ?3 channel id. */
static int post_counter_set(struct store *st, enum sq_sql which, int64_t channel_id,
                            int64_t post_id, int64_t value)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    sqlite3_stmt *q = sq_stmt(c, which);
    if (!q) {
        pool_put(s, c);
        return CRIER_ESTORE;
    }
    sqlite3_bind_int64(q, 1, value);
    sqlite3_bind_int64(q, 2, post_id);
    sqlite3_bind_int64(q, 3, channel_id);
    if (sqlite3_step(q) != SQLITE_DONE)
        rc = sq_err(c->db, which == Q_POST_MARK ? "post_mark" : "views_add");
    else if (sqlite3_changes(c->db) == 0)
        rc = -ENOENT; /* absent, not live, or a selection */
    sq_done(q);
    pool_put(s, c);
    return rc;
}

static int sq_post_mark(struct store *st, int64_t channel_id, int64_t post_id, int mark)
{
    if (mark != STORE_MARK_NONE && mark != STORE_MARK_PIN && mark != STORE_MARK_EXCLUDE)
        return -EINVAL;
    return post_counter_set(st, Q_POST_MARK, channel_id, post_id, mark);
}

static int sq_views_add(struct store *st, int64_t channel_id, int64_t post_id, int64_t n)
{
    if (n < 1 || n > SQ_VIEWS_MAX)
        return -EINVAL;
    return post_counter_set(st, Q_POST_VIEWS, channel_id, post_id, n);
}

/* Steps one cached statement with int64 parameters ?1..?n; 0 or the error. */
static int step_ints(struct sq_conn *c, enum sq_sql which, const int64_t *v, int n)
{
    sqlite3_stmt *q = sq_stmt(c, which);
    if (!q)
        return CRIER_ESTORE;
    for (int i = 0; i < n; i++)
        sqlite3_bind_int64(q, i + 1, v[i]);
    int rc = sqlite3_step(q) == SQLITE_DONE ? 0 : sq_err(c->db, sq_sql_text[which]);
    sq_done(q);
    return rc;
}

/*
 * One IMMEDIATE transaction for the whole report: one fsync however many
 * posts it names, instead of one per post. It also deletes a bounded number
 * of expired rows, at least as many as a report can add, so the table
 * never grows past what SQ_VIEW_KEEP_MS of reports leave.
 */
static int sq_views_record(struct store *st, int64_t channel_id, const int64_t *post_ids, size_t n,
                           const unsigned char viewer[32], int64_t now_ms, size_t *counted)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    size_t added = 0;

    *counted = 0;
    if (n > SQ_VIEW_BATCH_MAX)
        return -EINVAL;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    if ((rc = sq_exec(c, Q_BEGIN_IMM)) < 0)
        goto out;
    for (size_t i = 0; i < n && rc == 0; i++) {
        sqlite3_stmt *q = sq_stmt(c, Q_VIEW_INSERT);
        if (!q) {
            rc = CRIER_ESTORE;
            break;
        }
        sqlite3_bind_int64(q, 1, post_ids[i]);
        sqlite3_bind_blob(q, 2, viewer, 32, SQLITE_STATIC);
        sqlite3_bind_int64(q, 3, now_ms);
        sqlite3_bind_int64(q, 4, channel_id);
        if (sqlite3_step(q) != SQLITE_DONE)
            rc = sq_err(c->db, "views_record");
        int fresh = rc == 0 && sqlite3_changes(c->db) == 1;
        sq_done(q);
        if (fresh) {
            int64_t v[3] = {1, post_ids[i], channel_id};
            if ((rc = step_ints(c, Q_POST_VIEWS, v, 3)) == 0)
                added++;
        }
    }
    if (rc == 0) {
        int64_t v[2] = {now_ms - SQ_VIEW_KEEP_MS, SQ_VIEW_PRUNE_MAX};
        rc = step_ints(c, Q_VIEW_PRUNE, v, 2);
    }
    if (rc == 0 && (rc = sq_exec(c, Q_COMMIT)) == 0)
        *counted = added;
out:
    sq_rollback(c);
    pool_put(s, c);
    return rc;
}

static void row_selection(sqlite3_stmt *q, struct store_selection *out)
{
    memset(out, 0, sizeof *out);
    out->channel_id = sqlite3_column_int64(q, 0);
    copy_text(out->local_date, sizeof out->local_date, sqlite3_column_text(q, 1));
    copy_text(out->slot, sizeof out->slot, sqlite3_column_text(q, 2));
    out->post_id = sqlite3_column_int64(q, 3);
    out->seq = sqlite3_column_int64(q, 4);
    out->window_start = sqlite3_column_int64(q, 5);
    out->window_end = sqlite3_column_int64(q, 6);
    out->created_at = sqlite3_column_int64(q, 7);
}

/* Runs a bound selection query expected to return at most one row. */
static int selection_one(sqlite3_stmt *q, struct sq_conn *c, struct store_selection *out,
                         const char *what)
{
    int sr = sqlite3_step(q);
    int rc = 0;
    if (sr == SQLITE_ROW)
        row_selection(q, out);
    else
        rc = sr == SQLITE_DONE ? -ENOENT : sq_err(c->db, what);
    sq_done(q);
    return rc;
}

static int sq_selection_get(struct store *st, int64_t channel_id, const char *local_date,
                            const char *slot, struct store_selection *out)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    if (!local_date || !slot)
        return -EINVAL;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    sqlite3_stmt *q = sq_stmt(c, Q_SEL_GET);
    if (!q) {
        rc = CRIER_ESTORE;
    } else {
        bind_sel_key(q, channel_id, local_date, slot);
        rc = selection_one(q, c, out, "selection_get");
    }
    pool_put(s, c);
    return rc;
}

static int sq_selection_last(struct store *st, int64_t channel_id, int64_t before_ms,
                             struct store_selection *out)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    sqlite3_stmt *q = sq_stmt(c, Q_SEL_LAST);
    if (!q) {
        rc = CRIER_ESTORE;
    } else {
        sqlite3_bind_int64(q, 1, channel_id);
        sqlite3_bind_int64(q, 2, before_ms);
        rc = selection_one(q, c, out, "selection_last");
    }
    pool_put(s, c);
    return rc;
}

static int sq_selection_list(struct store *st, int64_t channel_id, size_t limit,
                             struct store_selection **out, size_t *n)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    struct store_selection *v = NULL;
    size_t len = 0, cap = 0;

    *out = NULL;
    *n = 0;
    if (limit == 0)
        return 0;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    sqlite3_stmt *q = sq_stmt(c, Q_SEL_LIST);
    if (!q) {
        pool_put(s, c);
        return CRIER_ESTORE;
    }
    sqlite3_bind_int64(q, 1, channel_id);
    sqlite3_bind_int64(q, 2, limit > INT64_MAX ? INT64_MAX : (int64_t)limit);
    int sr;
    while ((sr = sqlite3_step(q)) == SQLITE_ROW) {
        if (len == cap) {
            cap = cap ? cap * 2 : (limit < 16 ? limit : 16);
            v = xrealloc(v, cap * sizeof *v);
        }
        row_selection(q, &v[len++]);
    }
    if (sr != SQLITE_DONE) {
        rc = sq_err(c->db, "selection_list");
        free(v);
    } else {
        *out = v;
        *n = len;
    }
    sq_done(q);
    pool_put(s, c);
    return rc;
}

/* ---- tokens ---- */

static int sq_token_create(struct store *st, struct store_token *t)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    sqlite3_stmt *q = sq_stmt(c, Q_TOK_INSERT);
    if (!q) {
        pool_put(s, c);
        return CRIER_ESTORE;
    }
    int64_t now = crier_now_ms();
    sqlite3_bind_blob(q, 1, t->hash, sizeof t->hash, SQLITE_STATIC);
    sqlite3_bind_int(q, 2, t->scope);
    if (t->channel_id > 0)
        sqlite3_bind_int64(q, 3, t->channel_id);
    else
        sqlite3_bind_null(q, 3);
    sqlite3_bind_text(q, 4, t->label, (int)strnlen(t->label, sizeof t->label), SQLITE_STATIC);
    sqlite3_bind_int64(q, 5, now);
    int sr = sqlite3_step(q);
    if (sr == SQLITE_ROW) {
        t->id = sqlite3_column_int64(q, 0);
        t->created_at = now;
        t->last_used_at = 0;
        t->revoked_at = 0;
    } else if (sqlite3_extended_errcode(c->db) == SQLITE_CONSTRAINT_UNIQUE) {
        rc = -EEXIST;
    } else if (sqlite3_extended_errcode(c->db) == SQLITE_CONSTRAINT_FOREIGNKEY) {
        rc = -ENOENT; /* no such channel */
    } else {
        rc = sq_err(c->db, "token_create");
    }
    sq_done(q);
    pool_put(s, c);
    return rc;
}

static int sq_token_lookup(struct store *st, const unsigned char hash[32], struct store_token *out)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    sqlite3_stmt *q = sq_stmt(c, Q_TOK_LOOKUP);
    if (!q) {
        pool_put(s, c);
        return CRIER_ESTORE;
    }
    sqlite3_bind_blob(q, 1, hash, 32, SQLITE_STATIC);
    int sr = sqlite3_step(q);
    if (sr == SQLITE_ROW) {
        struct store_token t;
        row_token(q, &t);
        /* The index found the row by hash. The final check is constant
         * time all the same, as DESIGN.md asks of every token compare. */
        if (sqlite3_column_bytes(q, 1) != 32 || CRYPTO_memcmp(t.hash, hash, 32) != 0 ||
            t.revoked_at != 0)
            rc = -ENOENT;
        else
            *out = t;
    } else {
        rc = sr == SQLITE_DONE ? -ENOENT : sq_err(c->db, "token_lookup");
    }
    sq_done(q);
    pool_put(s, c);
    return rc;
}

static int sq_token_list(struct store *st, struct store_token **out, size_t *n)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    struct store_token *v = NULL;
    size_t len = 0, cap = 0;

    *out = NULL;
    *n = 0;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    sqlite3_stmt *q = sq_stmt(c, Q_TOK_LIST);
    if (!q) {
        pool_put(s, c);
        return CRIER_ESTORE;
    }
    int sr;
    while ((sr = sqlite3_step(q)) == SQLITE_ROW) {
        if (len == cap) {
            cap = cap ? cap * 2 : 16;
            v = xrealloc(v, cap * sizeof *v);
        }
        row_token(q, &v[len++]);
    }
    if (sr != SQLITE_DONE) {
        rc = sq_err(c->db, "token_list");
        free(v);
    } else {
        *out = v;
        *n = len;
    }
    sq_done(q);
    pool_put(s, c);
    return rc;
}

/* Steps "SET x = ?1 WHERE id = ?2"; -ENOENT when no row has that id. */
static int token_set(struct store *st, enum sq_sql which, int64_t id, int64_t value)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    sqlite3_stmt *q = sq_stmt(c, which);
    if (!q) {
        pool_put(s, c);
        return CRIER_ESTORE;
    }
    sqlite3_bind_int64(q, 1, value);
    sqlite3_bind_int64(q, 2, id);
    if (sqlite3_step(q) != SQLITE_DONE)
        rc = sq_err(c->db, sq_sql_text[which]);
    else if (sqlite3_changes(c->db) == 0)
        rc = -ENOENT;
    sq_done(q);
    pool_put(s, c);
    return rc;
}

/* Revoking twice keeps the first revocation time and succeeds. */
static int sq_token_revoke(struct store *st, int64_t id)
{
    return token_set(st, Q_TOK_REVOKE, id, crier_now_ms());
}

static int sq_token_touch(struct store *st, int64_t id, int64_t now_ms)
{
    return token_set(st, Q_TOK_TOUCH, id, now_ms);
}

/* ---- readers and device links ---- */

static void row_reader(sqlite3_stmt *q, struct store_reader *r)
{
    memset(r, 0, sizeof *r);
    r->id = sqlite3_column_int64(q, 0);
    const void *h = sqlite3_column_blob(q, 1);
    if (h && sqlite3_column_bytes(q, 1) == (int)sizeof r->hash)
        memcpy(r->hash, h, sizeof r->hash);
    r->created_at = sqlite3_column_int64(q, 2);
    r->last_seen_at = sqlite3_column_int64(q, 3);
}

/* 1 when column col of q is a 32-byte blob equal to hash (constant time). */
static int hash_matches(sqlite3_stmt *q, int col, const unsigned char hash[32])
{
    const void *h = sqlite3_column_blob(q, col);
    return h && sqlite3_column_bytes(q, col) == 32 && CRYPTO_memcmp(h, hash, 32) == 0;
}

/* Fills a caller's struct from the current row of q. */
typedef void (*row_fn)(sqlite3_stmt *q, void *out);

/* The one-row lookup by secret hash that readers, invites and feed keys
 * share: binds ?1 = hash, steps `which` on connection c, confirms the hash
 * column (constant time) and fills out with row(). 0, -ENOENT or
 * CRIER_ESTORE (logged as `what`). */
static int lookup_hash_on(struct sq_conn *c, enum sq_sql which, const unsigned char hash[32],
                          int hash_col, row_fn row, void *out, const char *what)
{
    sqlite3_stmt *q = sq_stmt(c, which);
    if (!q)
        return CRIER_ESTORE;
    sqlite3_bind_blob(q, 1, hash, 32, SQLITE_STATIC);
    int sr = sqlite3_step(q), rc = 0;
    if (sr == SQLITE_ROW && hash_matches(q, hash_col, hash))
        row(q, out);
    else
        rc = sr == SQLITE_ROW || sr == SQLITE_DONE ? -ENOENT : sq_err(c->db, what);
    sq_done(q);
    return rc;
}

/* lookup_hash_on() on a pooled connection. */
static int lookup_hash(struct sq_store *s, enum sq_sql which, const unsigned char hash[32],
                       int hash_col, row_fn row, void *out, const char *what)
{
    struct sq_conn *c;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    rc = lookup_hash_on(c, which, hash, hash_col, row, out, what);
    pool_put(s, c);
    return rc;
}

static int sq_reader_create(struct store *st, struct store_reader *r)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    sqlite3_stmt *q = sq_stmt(c, Q_RD_INSERT);
    if (!q) {
        pool_put(s, c);
        return CRIER_ESTORE;
    }
    int64_t now = crier_now_ms();
    sqlite3_bind_blob(q, 1, r->hash, sizeof r->hash, SQLITE_STATIC);
    sqlite3_bind_int64(q, 2, now);
    if (sqlite3_step(q) == SQLITE_ROW) {
        r->id = sqlite3_column_int64(q, 0);
        r->created_at = r->last_seen_at = now;
    } else if (sqlite3_extended_errcode(c->db) == SQLITE_CONSTRAINT_UNIQUE) {
        rc = -EEXIST;
    } else {
        rc = sq_err(c->db, "reader_create");
    }
    sq_done(q);
    pool_put(s, c);
    return rc;
}

static void row_reader_any(sqlite3_stmt *q, void *out)
{
    row_reader(q, out);
}

static int sq_reader_lookup(struct store *st, const unsigned char hash[32],
                            struct store_reader *out)
{
    return lookup_hash((struct sq_store *)st, Q_RD_LOOKUP, hash, 1, row_reader_any, out,
                       "reader_lookup");
}

static int sq_reader_touch(struct store *st, int64_t reader_id, int64_t now_ms)
{
    return token_set(st, Q_RD_TOUCH, reader_id, now_ms);
}

static int sq_reader_forget(struct store *st, int64_t reader_id)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    int64_t v[1] = {reader_id};
    if ((rc = step_ints(c, Q_RD_FORGET, v, 1)) == 0 && sqlite3_changes(c->db) == 0)
        rc = -ENOENT;
    pool_put(s, c);
    return rc;
}

/*
 * One window of ids per call, so that the work is bounded whatever the
 * number of readers (most of which are members and stay): the caller
 * walks the table a window at a time and starts again at 0.
 */
static int sq_readers_prune(struct store *st, int64_t after_id, size_t scan, int64_t seen_before,
                            int64_t *next_id, size_t *deleted)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    int64_t end = 0;

    *next_id = 0;
    *deleted = 0;
    if (scan < 1 || scan > 100000)
        return -EINVAL;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    if ((rc = sq_exec(c, Q_BEGIN_IMM)) < 0)
        goto out;
    int64_t purge[1] = {crier_now_ms() - SQ_TRANSFER_KEEP_MS};
    if ((rc = step_ints(c, Q_TR_PURGE, purge, 1)) < 0)
        goto out;
    sqlite3_stmt *q = sq_stmt(c, Q_RD_WINDOW_END);
    if (!q) {
        rc = CRIER_ESTORE;
        goto out;
    }
    sqlite3_bind_int64(q, 1, after_id);
    sqlite3_bind_int64(q, 2, (int64_t)scan);
    if (sqlite3_step(q) == SQLITE_ROW)
        end = sqlite3_column_int64(q, 0); /* NULL (0): nothing after after_id */
    else
        rc = sq_err(c->db, "readers_prune");
    sq_done(q);
    if (rc == 0 && end > after_id) {
        int64_t v[3] = {after_id, end, seen_before};
        if ((rc = step_ints(c, Q_RD_PRUNE, v, 3)) == 0)
            *deleted = (size_t)sqlite3_changes(c->db);
    }
    if (rc == 0 && (rc = sq_exec(c, Q_COMMIT)) == 0)
        *next_id = end > after_id ? end : 0;
    else
        *deleted = 0;
out:
    sq_rollback(c);
    pool_put(s, c);
    return rc;
}

static int sq_transfer_create(struct store *st, const unsigned char hash[32], int64_t reader_id,
                              const unsigned char secret[32], int64_t expires_at)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    /* Links long past their expiry (used or not) are of no more use. */
    sqlite3_stmt *q = sq_stmt(c, Q_TR_PURGE);
    if (q) {
        sqlite3_bind_int64(q, 1, crier_now_ms() - SQ_TRANSFER_KEEP_MS);
        if (sqlite3_step(q) != SQLITE_DONE)
            sq_err(c->db, "purge device links");
        sq_done(q);
    }
    if (!(q = sq_stmt(c, Q_TR_INSERT))) {
        pool_put(s, c);
        return CRIER_ESTORE;
    }
    sqlite3_bind_blob(q, 1, hash, 32, SQLITE_STATIC);
    sqlite3_bind_int64(q, 2, reader_id);
    sqlite3_bind_blob(q, 3, secret, 32, SQLITE_STATIC);
    sqlite3_bind_int64(q, 4, expires_at);
    if (sqlite3_step(q) != SQLITE_DONE) {
        int ext = sqlite3_extended_errcode(c->db);
        rc = ext == SQLITE_CONSTRAINT_PRIMARYKEY   ? -EEXIST
             : ext == SQLITE_CONSTRAINT_FOREIGNKEY ? -ENOENT
                                                   : sq_err(c->db, "transfer_create");
    }
    sq_done(q);
    pool_put(s, c);
    return rc;
}

/* Check and use in one IMMEDIATE transaction: of two racing takes, the
 * second waits for the first's commit and then finds the link used. */
static int sq_transfer_take(struct store *st, const unsigned char hash[32], int64_t now_ms,
                            int64_t *reader_id, unsigned char secret[32])
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    if ((rc = sq_exec(c, Q_BEGIN_IMM)) < 0)
        goto out;
    sqlite3_stmt *q = sq_stmt(c, Q_TR_GET);
    if (!q) {
        rc = CRIER_ESTORE;
        goto out;
    }
    sqlite3_bind_blob(q, 1, hash, 32, SQLITE_STATIC);
    int sr = sqlite3_step(q);
    if (sr == SQLITE_ROW && hash_matches(q, 4, hash)) {
        const void *sec = sqlite3_column_blob(q, 1);
        if (sqlite3_column_type(q, 3) != SQLITE_NULL || !sec || sqlite3_column_bytes(q, 1) != 32) {
            rc = -EALREADY;
        } else if (sqlite3_column_int64(q, 2) <= now_ms) {
            rc = -EKEYEXPIRED;
        } else {
            *reader_id = sqlite3_column_int64(q, 0);
            memcpy(secret, sec, 32);
        }
    } else {
        rc = sr == SQLITE_ROW || sr == SQLITE_DONE ? -ENOENT : sq_err(c->db, "transfer_take");
    }
    sq_done(q);
    if (rc == 0) {
        if (!(q = sq_stmt(c, Q_TR_USE))) {
            rc = CRIER_ESTORE;
        } else {
            sqlite3_bind_int64(q, 1, now_ms);
            sqlite3_bind_blob(q, 2, hash, 32, SQLITE_STATIC);
            if (sqlite3_step(q) != SQLITE_DONE)
                rc = sq_err(c->db, "transfer_take");
            else if (sqlite3_changes(c->db) != 1)
                rc = -EALREADY;
            sq_done(q);
        }
    }
    if (rc == 0)
        rc = sq_exec(c, Q_COMMIT);
    if (rc < 0)
        OPENSSL_cleanse(secret, 32);
out:
    sq_rollback(c);
    pool_put(s, c);
    return rc;
}

/* ---- invites ---- */

static void row_invite(sqlite3_stmt *q, struct store_invite *inv)
{
    memset(inv, 0, sizeof *inv);
    inv->id = sqlite3_column_int64(q, 0);
    inv->channel_id = sqlite3_column_int64(q, 1);
    const void *h = sqlite3_column_blob(q, 2);
    if (h && sqlite3_column_bytes(q, 2) == (int)sizeof inv->hash)
        memcpy(inv->hash, h, sizeof inv->hash);
    copy_text(inv->prefix, sizeof inv->prefix, sqlite3_column_text(q, 3));
    copy_text(inv->label, sizeof inv->label, sqlite3_column_text(q, 4));
    inv->created_at = sqlite3_column_int64(q, 5);
    inv->expires_at = sqlite3_column_int64(q, 6); /* NULL reads as 0: never */
    inv->max_uses = sqlite3_column_int64(q, 7);   /* NULL: unlimited */
    inv->uses = sqlite3_column_int64(q, 8);
    inv->approval = sqlite3_column_int(q, 9);
    inv->revoked_at = sqlite3_column_int64(q, 10);
}

static int sq_invite_create(struct store *st, struct store_invite *inv)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    if (inv->max_uses < 0 || inv->expires_at < 0)
        return -EINVAL;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    sqlite3_stmt *q = sq_stmt(c, Q_INV_INSERT);
    if (!q) {
        pool_put(s, c);
        return CRIER_ESTORE;
    }
    int64_t now = crier_now_ms();
    sqlite3_bind_int64(q, 1, inv->channel_id);
    sqlite3_bind_blob(q, 2, inv->hash, sizeof inv->hash, SQLITE_STATIC);
    sqlite3_bind_text(q, 3, inv->prefix, (int)strnlen(inv->prefix, sizeof inv->prefix),
                      SQLITE_STATIC);
    sqlite3_bind_text(q, 4, inv->label, (int)strnlen(inv->label, sizeof inv->label), SQLITE_STATIC);
    sqlite3_bind_int64(q, 5, now);
    if (inv->expires_at)
        sqlite3_bind_int64(q, 6, inv->expires_at);
    else
        sqlite3_bind_null(q, 6);
    if (inv->max_uses)
        sqlite3_bind_int64(q, 7, inv->max_uses);
    else
        sqlite3_bind_null(q, 7);
    sqlite3_bind_int(q, 8, inv->approval ? 1 : 0);
    if (sqlite3_step(q) == SQLITE_ROW) {
        inv->id = sqlite3_column_int64(q, 0);
        inv->created_at = now;
        inv->uses = 0;
        inv->revoked_at = 0;
        inv->approval = inv->approval ? 1 : 0;
    } else {
        int ext = sqlite3_extended_errcode(c->db);
        rc = ext == SQLITE_CONSTRAINT_UNIQUE       ? -EEXIST
             : ext == SQLITE_CONSTRAINT_FOREIGNKEY ? -ENOENT
                                                   : sq_err(c->db, "invite_create");
    }
    sq_done(q);
    pool_put(s, c);
    return rc;
}

static int sq_invite_list(struct store *st, int64_t channel_id, struct store_invite **out,
                          size_t *n)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    struct store_invite *v = NULL;
    size_t len = 0, cap = 0;

    *out = NULL;
    *n = 0;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    sqlite3_stmt *q = sq_stmt(c, Q_INV_LIST);
    if (!q) {
        pool_put(s, c);
        return CRIER_ESTORE;
    }
    sqlite3_bind_int64(q, 1, channel_id);
    int sr;
    while ((sr = sqlite3_step(q)) == SQLITE_ROW) {
        if (len == cap) {
            cap = cap ? cap * 2 : 16;
            v = xrealloc(v, cap * sizeof *v);
        }
        row_invite(q, &v[len++]);
    }
    if (sr != SQLITE_DONE) {
        rc = sq_err(c->db, "invite_list");
        free(v);
    } else {
        *out = v;
        *n = len;
    }
    sq_done(q);
    pool_put(s, c);
    return rc;
}

static void row_invite_any(sqlite3_stmt *q, void *out)
{
    row_invite(q, out);
}

/* Reads the invite with that hash on connection c: 0 or -ENOENT. */
static int invite_by_hash(struct sq_conn *c, const unsigned char hash[32], struct store_invite *out)
{
    return lookup_hash_on(c, Q_INV_LOOKUP, hash, 2, row_invite_any, out, "invite_lookup");
}

static int sq_invite_lookup(struct store *st, const unsigned char hash[32],
                            struct store_invite *out)
{
    return lookup_hash((struct sq_store *)st, Q_INV_LOOKUP, hash, 2, row_invite_any, out,
                       "invite_lookup");
}

static int sq_invite_revoke(struct store *st, int64_t channel_id, int64_t invite_id,
                            const unsigned char *hash)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    if (!hash && invite_id <= 0)
        return -EINVAL;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    sqlite3_stmt *q = sq_stmt(c, hash ? Q_INV_REVOKE_HASH : Q_INV_REVOKE_ID);
    if (!q) {
        pool_put(s, c);
        return CRIER_ESTORE;
    }
    sqlite3_bind_int64(q, 1, crier_now_ms());
    if (hash)
        sqlite3_bind_blob(q, 2, hash, 32, SQLITE_STATIC);
    else
        sqlite3_bind_int64(q, 2, invite_id);
    sqlite3_bind_int64(q, 3, channel_id);
    if (sqlite3_step(q) != SQLITE_DONE)
        rc = sq_err(c->db, "invite_revoke");
    else if (sqlite3_changes(c->db) == 0)
        rc = -ENOENT;
    sq_done(q);
    pool_put(s, c);
    return rc;
}

/* ---- members ---- */

static void row_member(sqlite3_stmt *q, struct store_member *m)
{
    memset(m, 0, sizeof *m);
    m->channel_id = sqlite3_column_int64(q, 0);
    m->reader_id = sqlite3_column_int64(q, 1);
    m->state = sqlite3_column_int(q, 2);
    m->joined_at = sqlite3_column_int64(q, 3);
    m->invite_id = sqlite3_column_int64(q, 4);
    m->read_seq = sqlite3_column_int64(q, 5);
}

/* Reads one membership on connection c: 0 or -ENOENT. */
static int member_read(struct sq_conn *c, int64_t channel_id, int64_t reader_id,
                       struct store_member *out)
{
    sqlite3_stmt *q = sq_stmt(c, Q_MEM_GET);
    if (!q)
        return CRIER_ESTORE;
    sqlite3_bind_int64(q, 1, channel_id);
    sqlite3_bind_int64(q, 2, reader_id);
    int sr = sqlite3_step(q), rc = 0;
    if (sr == SQLITE_ROW)
        row_member(q, out);
    else
        rc = sr == SQLITE_DONE ? -ENOENT : sq_err(c->db, "member_get");
    sq_done(q);
    return rc;
}

/* Inserts a membership unless one exists (then nothing changes). -ENOENT for
 * an unknown reader; an unknown channel inserts nothing. */
static int member_insert(struct sq_conn *c, int64_t channel_id, int64_t reader_id, int state,
                         int64_t invite_id)
{
    sqlite3_stmt *q = sq_stmt(c, Q_MEM_INSERT);
    if (!q)
        return CRIER_ESTORE;
    sqlite3_bind_int64(q, 1, channel_id);
    sqlite3_bind_int64(q, 2, reader_id);
    sqlite3_bind_int(q, 3, state);
    sqlite3_bind_int64(q, 4, crier_now_ms());
    if (invite_id)
        sqlite3_bind_int64(q, 5, invite_id);
    else
        sqlite3_bind_null(q, 5);
    int rc = 0;
    if (sqlite3_step(q) != SQLITE_DONE)
        rc = sqlite3_extended_errcode(c->db) == SQLITE_CONSTRAINT_FOREIGNKEY
                 ? -ENOENT
                 : sq_err(c->db, "member insert");
    sq_done(q);
    return rc;
}

/*
 * One IMMEDIATE transaction, so that no two joins can both see uses below
 * max_uses: the second waits for the first to commit, then reads its count.
 */
static int sq_invite_join(struct store *st, const unsigned char hash[32], int64_t reader_id,
                          int64_t now_ms, struct store_member *out)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    struct store_invite inv;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    if ((rc = sq_exec(c, Q_BEGIN_IMM)) < 0 || (rc = invite_by_hash(c, hash, &inv)) < 0)
        goto out;
    rc = member_read(c, inv.channel_id, reader_id, out);
    if (rc == 0) {
        rc = sq_exec(c, Q_COMMIT); /* already in: nothing is used up */
        goto out;
    }
    if (rc != -ENOENT)
        goto out;
    if (inv.revoked_at)
        rc = -EKEYREVOKED;
    else if (inv.expires_at && now_ms >= inv.expires_at)
        rc = -EKEYEXPIRED;
    else if (inv.max_uses && inv.uses >= inv.max_uses)
        rc = -EDQUOT;
    else
        rc = exec_id(c, Q_INV_USE, inv.id);
    if (rc == 0)
        rc = member_insert(c, inv.channel_id, reader_id,
                           inv.approval ? STORE_MEMBER_PENDING : STORE_MEMBER_ACTIVE, inv.id);
    if (rc == 0)
        rc = member_read(c, inv.channel_id, reader_id, out);
    if (rc == 0)
        rc = sq_exec(c, Q_COMMIT);
out:
    sq_rollback(c);
    pool_put(s, c);
    return rc;
}

static int sq_member_join(struct store *st, int64_t channel_id, int64_t reader_id,
                          struct store_member *out)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    if ((rc = sq_exec(c, Q_BEGIN_IMM)) < 0)
        goto out;
    rc = member_insert(c, channel_id, reader_id, STORE_MEMBER_ACTIVE, 0);
    if (rc == 0) {
        sqlite3_stmt *q = sq_stmt(c, Q_MEM_ACTIVATE);
        if (!q) {
            rc = CRIER_ESTORE;
        } else {
            sqlite3_bind_int64(q, 1, channel_id);
            sqlite3_bind_int64(q, 2, reader_id);
            if (sqlite3_step(q) != SQLITE_DONE)
                rc = sq_err(c->db, "member_join");
            sq_done(q);
        }
    }
    if (rc == 0)
        rc = member_read(c, channel_id, reader_id, out); /* -ENOENT: no such channel */
    if (rc == 0)
        rc = sq_exec(c, Q_COMMIT);
out:
    sq_rollback(c);
    pool_put(s, c);
    return rc;
}

static int sq_member_get(struct store *st, int64_t channel_id, int64_t reader_id,
                         struct store_member *out)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    rc = member_read(c, channel_id, reader_id, out);
    pool_put(s, c);
    return rc;
}

/* Steps a (channel_id, reader_id[, value]) statement; -ENOENT when no row
 * changed. hash, when given, is bound as ?3. */
static int member_exec(struct store *st, enum sq_sql which, int64_t channel_id, int64_t reader_id,
                       int64_t value, const unsigned char *hash)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    sqlite3_stmt *q = sq_stmt(c, which);
    if (!q) {
        pool_put(s, c);
        return CRIER_ESTORE;
    }
    sqlite3_bind_int64(q, 1, channel_id);
    sqlite3_bind_int64(q, 2, reader_id);
    if (hash)
        sqlite3_bind_blob(q, 3, hash, 32, SQLITE_STATIC);
    else if (which == Q_MEM_READ)
        sqlite3_bind_int64(q, 3, value);
    if (sqlite3_step(q) != SQLITE_DONE)
        rc = sqlite3_extended_errcode(c->db) == SQLITE_CONSTRAINT_UNIQUE
                 ? -EEXIST
                 : sq_err(c->db, sq_sql_text[which]);
    else if (sqlite3_changes(c->db) == 0)
        rc = -ENOENT;
    sq_done(q);
    pool_put(s, c);
    return rc;
}

static int sq_member_leave(struct store *st, int64_t channel_id, int64_t reader_id)
{
    return member_exec(st, Q_MEM_DEL, channel_id, reader_id, 0, NULL);
}

static int sq_member_approve(struct store *st, int64_t channel_id, int64_t reader_id)
{
    return member_exec(st, Q_MEM_APPROVE, channel_id, reader_id, 0, NULL);
}

static int sq_member_reject(struct store *st, int64_t channel_id, int64_t reader_id)
{
    return member_exec(st, Q_MEM_DEL, channel_id, reader_id, 0, NULL);
}

static int sq_member_set_read(struct store *st, int64_t channel_id, int64_t reader_id, int64_t seq)
{
    if (seq < 0)
        return -EINVAL;
    return member_exec(st, Q_MEM_READ, channel_id, reader_id, seq, NULL);
}

static int sq_member_feed_set(struct store *st, int64_t channel_id, int64_t reader_id,
                              const unsigned char hash[32])
{
    return member_exec(st, Q_MEM_FEED_SET, channel_id, reader_id, 0, hash);
}

static int sq_member_list(struct store *st, int64_t channel_id, int state,
                          struct store_member **out, size_t *n)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    struct store_member *v = NULL;
    size_t len = 0, cap = 0;

    *out = NULL;
    *n = 0;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    sqlite3_stmt *q = sq_stmt(c, Q_MEM_LIST);
    if (!q) {
        pool_put(s, c);
        return CRIER_ESTORE;
    }
    sqlite3_bind_int64(q, 1, channel_id);
    sqlite3_bind_int(q, 2, state);
    int sr;
    while ((sr = sqlite3_step(q)) == SQLITE_ROW) {
        if (len == cap) {
            cap = cap ? cap * 2 : 16;
            v = xrealloc(v, cap * sizeof *v);
        }
        row_member(q, &v[len++]);
    }
    if (sr != SQLITE_DONE) {
        rc = sq_err(c->db, "member_list");
        free(v);
    } else {
        *out = v;
        *n = len;
    }
    sq_done(q);
    pool_put(s, c);
    return rc;
}

static int sq_member_count(struct store *st, int64_t channel_id, int64_t *n)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    *n = 0;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    sqlite3_stmt *q = sq_stmt(c, Q_MEM_COUNT);
    if (!q) {
        pool_put(s, c);
        return CRIER_ESTORE;
    }
    sqlite3_bind_int64(q, 1, channel_id);
    if (sqlite3_step(q) == SQLITE_ROW)
        *n = sqlite3_column_int64(q, 0);
    else
        rc = sq_err(c->db, "member_count");
    sq_done(q);
    pool_put(s, c);
    return rc;
}

static void row_member_any(sqlite3_stmt *q, void *out)
{
    row_member(q, out);
}

static int sq_member_feed_lookup(struct store *st, const unsigned char hash[32],
                                 struct store_member *out)
{
    return lookup_hash((struct sq_store *)st, Q_MEM_FEED_LOOKUP, hash, 6, row_member_any, out,
                       "feed lookup");
}

static int sq_reader_memberships(struct store *st, int64_t reader_id, struct store_membership **out,
                                 size_t *n)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;
    struct store_membership *v = NULL;
    size_t len = 0, cap = 0;

    *out = NULL;
    *n = 0;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    sqlite3_stmt *q = sq_stmt(c, Q_MEM_OF_READER);
    if (!q) {
        pool_put(s, c);
        return CRIER_ESTORE;
    }
    sqlite3_bind_int64(q, 1, reader_id);
    sqlite3_bind_int(q, 2, SQ_UNREAD_MAX);
    int sr;
    while ((sr = sqlite3_step(q)) == SQLITE_ROW) {
        if (len == cap) {
            cap = cap ? cap * 2 : 16;
            v = xrealloc(v, cap * sizeof *v);
        }
        struct store_membership *m = &v[len++];
        row_channel(q, &m->ch);
        m->state = sqlite3_column_int(q, 12);
        m->read_seq = sqlite3_column_int64(q, 13);
        m->unread = sqlite3_column_int64(q, 14);
    }
    if (sr != SQLITE_DONE) {
        rc = sq_err(c->db, "reader_memberships");
        store_memberships_free(v, len);
    } else {
        *out = v;
        *n = len;
    }
    sq_done(q);
    pool_put(s, c);
    return rc;
}

/* Runs q (bound; columns: id, data, and publish_at when scheduled) into a
 * JSON array of records. */
static int records_of(struct sq_conn *c, sqlite3_stmt *q, int scheduled, json_t **out)
{
    json_t *arr = json_array();
    int sr, rc = 0;
    while ((sr = sqlite3_step(q)) == SQLITE_ROW) {
        const char *text = (const char *)sqlite3_column_text(q, 1);
        json_t *rec = text ? json_loads(text, 0, NULL) : NULL;
        if (!json_is_object(rec)) {
            log_error("store: post %lld has an unreadable record",
                      (long long)sqlite3_column_int64(q, 0));
            json_decref(rec);
            rc = CRIER_ESTORE;
            break;
        }
        if (scheduled)
            json_object_set_new(rec, "publish_at", json_integer(sqlite3_column_int64(q, 2)));
        json_array_append_new(arr, rec);
    }
    if (rc == 0 && sr != SQLITE_DONE)
        rc = sq_err(c->db, "posts");
    if (rc < 0)
        json_decref(arr);
    else
        *out = arr;
    return rc;
}

static int sq_posts_recent(struct store *st, int64_t channel_id, int64_t before_seq, size_t limit,
                           json_t **out)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;

    *out = NULL;
    if (limit == 0 || limit > SQ_RECENT_MAX || before_seq < 0)
        return -EINVAL;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    sqlite3_stmt *q = sq_stmt(c, Q_POSTS_RECENT);
    if (!q) {
        pool_put(s, c);
        return CRIER_ESTORE;
    }
    sqlite3_bind_int64(q, 1, channel_id);
    sqlite3_bind_int64(q, 2, before_seq ? before_seq : INT64_MAX);
    sqlite3_bind_int64(q, 3, (int64_t)limit);
    rc = records_of(c, q, 0, out);
    sq_done(q);
    pool_put(s, c);
    return rc;
}

static int sq_posts_scheduled(struct store *st, int64_t channel_id, size_t limit, json_t **out)
{
    struct sq_store *s = (struct sq_store *)st;
    struct sq_conn *c;

    *out = NULL;
    if (limit == 0 || limit > SQ_RECENT_MAX)
        return -EINVAL;
    int rc = pool_get(s, &c);
    if (rc < 0)
        return rc;
    sqlite3_stmt *q = sq_stmt(c, Q_POSTS_SCHEDULED);
    if (!q) {
        pool_put(s, c);
        return CRIER_ESTORE;
    }
    sqlite3_bind_int64(q, 1, channel_id);
    sqlite3_bind_int64(q, 2, (int64_t)limit);
    rc = records_of(c, q, 1, out);
    sq_done(q);
    pool_put(s, c);
    return rc;
}

/* ---- open and close ---- */

static void sq_free(struct sq_store *s)
{
    conn_close(s->wconn);
    while (s->pool_free) {
        struct sq_conn *c = s->pool_free;
        s->pool_free = c->next;
        conn_close(c);
    }
    pthread_mutex_destroy(&s->pool_mu);
    pthread_cond_destroy(&s->pool_cv);
    pthread_mutex_destroy(&s->mu);
    pthread_cond_destroy(&s->queue_cv);
    free(s->path);
    free(s);
}

/*
 * Stops the writer after it has drained the queue, then closes every
 * connection. No other call may be running or start on st.
 */
static void sq_close(struct store *st)
{
    struct sq_store *s = (struct sq_store *)st;
    pthread_mutex_lock(&s->mu);
    s->stopping = 1;
    pthread_cond_signal(&s->queue_cv);
    pthread_mutex_unlock(&s->mu);
    pthread_join(s->writer, NULL);
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
    if ((rc = conn_open(tmp, &c)) == 0)
        rc = migrate(c, path);
    conn_close(c); /* the last connection: checkpoints and removes -wal and -shm */
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

int store_sqlite_open(struct store **out, const char *path)
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
    pthread_mutex_init(&s->mu, NULL);
    pthread_cond_init(&s->queue_cv, NULL);

    if ((rc = conn_open(path, &s->wconn)) < 0 || (rc = migrate(s->wconn, path)) < 0) {
        sq_free(s);
        return rc;
    }
    if (pthread_create(&s->writer, NULL, writer_main, s) != 0) {
        log_error("store: cannot start the writer thread");
        sq_free(s);
        return CRIER_ESTORE;
    }
    *out = &s->base;
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
};
