/*
 * store_sqlite_sources: the feeds a channel follows, and the items already
 * met in them (so that an item becomes one post, and an edit when it
 * changes). Pooled connections only: nothing here takes a seq.
 */
#include <errno.h>
#include <string.h>

#include "crier.h"
#include "store/store_sqlite_int.h"

#define ITEM_FORGET_MS (30LL * 24 * 3600 * 1000) /* items not seen for this long are forgotten */

const char sq_sources_schema[] =
    "CREATE TABLE sources ("
    "  id INTEGER PRIMARY KEY,"
    "  channel_id INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE,"
    "  url TEXT NOT NULL,"
    "  mode INTEGER NOT NULL DEFAULT 0 CHECK (mode IN (0, 1)),"
    "  importance INTEGER NOT NULL DEFAULT 1 CHECK (importance BETWEEN 0 AND 3),"
    "  interval_s INTEGER NOT NULL CHECK (interval_s > 0),"
    "  name TEXT NOT NULL DEFAULT '',"
    "  etag TEXT NOT NULL DEFAULT '',"
    "  last_modified TEXT NOT NULL DEFAULT '',"
    "  next_at INTEGER NOT NULL DEFAULT 0,"
    "  last_fetch_at INTEGER NOT NULL DEFAULT 0,"
    "  last_ok_at INTEGER NOT NULL DEFAULT 0,"
    "  last_status INTEGER NOT NULL DEFAULT 0,"
    "  last_error TEXT NOT NULL DEFAULT '',"
    "  failures INTEGER NOT NULL DEFAULT 0,"
    "  items INTEGER NOT NULL DEFAULT 0,"
    "  created_at INTEGER NOT NULL,"
    "  UNIQUE (channel_id, url)"
    ") STRICT;"
    "CREATE INDEX sources_due ON sources(next_at);"
    "CREATE TABLE source_items ("
    "  id INTEGER PRIMARY KEY,"
    "  source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
    "  channel_id INTEGER NOT NULL,"
    "  guid TEXT NOT NULL DEFAULT '',"
    "  link TEXT NOT NULL DEFAULT '',"
    "  key BLOB NOT NULL CHECK (length(key) = 32),"
    "  version BLOB NOT NULL CHECK (length(version) = 32),"
    "  post_id INTEGER NOT NULL DEFAULT 0,"
    "  seen_at INTEGER NOT NULL"
    ") STRICT;"
    "CREATE INDEX source_items_guid ON source_items(channel_id, guid) WHERE guid <> '';"
    "CREATE INDEX source_items_link ON source_items(channel_id, link) WHERE link <> '';"
    "CREATE INDEX source_items_key ON source_items(channel_id, key);"
    "CREATE INDEX source_items_seen ON source_items(source_id, seen_at);";

#define SRC_COLS                                                                                   \
    "id, channel_id, url, mode, importance, interval_s, name, etag, last_modified, next_at,"       \
    " last_fetch_at, last_ok_at, last_status, last_error, failures, items, created_at"

static int row_source(sqlite3_stmt *q, void *out)
{
    struct store_source *s = out;
    memset(s, 0, sizeof *s);
    s->id = sqlite3_column_int64(q, 0);
    s->channel_id = sqlite3_column_int64(q, 1);
    sq_copy_text(s->url, sizeof s->url, sqlite3_column_text(q, 2));
    s->mode = sqlite3_column_int(q, 3);
    s->importance = sqlite3_column_int(q, 4);
    s->interval_s = sqlite3_column_int(q, 5);
    sq_copy_text(s->name, sizeof s->name, sqlite3_column_text(q, 6));
    sq_copy_text(s->etag, sizeof s->etag, sqlite3_column_text(q, 7));
    sq_copy_text(s->last_modified, sizeof s->last_modified, sqlite3_column_text(q, 8));
    s->next_at = sqlite3_column_int64(q, 9);
    s->last_fetch_at = sqlite3_column_int64(q, 10);
    s->last_ok_at = sqlite3_column_int64(q, 11);
    s->last_status = sqlite3_column_int(q, 12);
    sq_copy_text(s->last_error, sizeof s->last_error, sqlite3_column_text(q, 13));
    s->failures = sqlite3_column_int(q, 14);
    s->items = sqlite3_column_int64(q, 15);
    s->created_at = sqlite3_column_int64(q, 16);
    return 0;
}

/* The count and the insert in one transaction: two adds racing cannot
 * both pass the cap. */
int sq_source_add(struct store *st, struct store_source *s)
{
    struct sq_store *sq = sq_store_of(st);
    struct sq_conn *c;
    int64_t now = crier_now_ms(), n = 0;
    if (s->interval_s <= 0 || s->importance < 0 || s->importance > 3 ||
        (s->mode != STORE_SOURCE_PUBLISH && s->mode != STORE_SOURCE_DRAFT) || !s->url[0])
        return -EINVAL;
    int rc = sq_tx_begin(sq, SQ_BEGIN_IMMEDIATE, &c);
    if (rc < 0)
        return rc;
    rc = sq_one(c, "SELECT count(*) FROM sources WHERE channel_id = ?1",
                SQ_ARGS(SQ_INT(s->channel_id)), sq_row_int64, &n);
    if (rc == 0 && n >= STORE_SOURCES_MAX)
        rc = -ENOSPC;
    if (rc == 0)
        rc = sq_one(c,
                    "INSERT INTO sources (channel_id, url, mode, importance, interval_s,"
                    " next_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) RETURNING id",
                    SQ_ARGS(SQ_INT(s->channel_id), SQ_TEXT(s->url), SQ_INT(s->mode),
                            SQ_INT(s->importance), SQ_INT(s->interval_s), SQ_INT(now)),
                    sq_row_int64, &s->id);
    if ((rc = sq_tx_end(sq, c, rc)) == 0) {
        s->created_at = now;
        s->next_at = now;
    }
    return rc;
}

int sq_source_list(struct store *st, int64_t channel_id, struct store_source **out, size_t *n)
{
    struct sq_list l = SQ_LIST(struct store_source, row_source, NULL, 0);
    int rc = sq_pool_list(sq_store_of(st),
                          "SELECT " SRC_COLS " FROM sources WHERE ?1 = 0 OR channel_id = ?1"
                          " ORDER BY id",
                          SQ_ARGS(SQ_INT(channel_id)), &l);
    *out = l.v;
    *n = l.n;
    return rc;
}

int sq_source_get(struct store *st, int64_t id, struct store_source *out)
{
    return sq_pool_one(sq_store_of(st), "SELECT " SRC_COLS " FROM sources WHERE id = ?1",
                       SQ_ARGS(SQ_INT(id)), row_source, out);
}

int sq_source_remove(struct store *st, int64_t channel_id, int64_t id)
{
    return sq_pool_change(sq_store_of(st), "DELETE FROM sources WHERE id = ?1 AND channel_id = ?2",
                          SQ_ARGS(SQ_INT(id), SQ_INT(channel_id)));
}

int sq_sources_claim(struct store *st, int64_t channel_id, int64_t now_ms, int64_t lease_ms,
                     size_t limit, struct store_source **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    if (limit == 0 || limit > 1000 || lease_ms <= 0)
        return -EINVAL;
    /* A read first: most looks find nothing due, and need no write lock. */
    int64_t due = 0;
    int rc = sq_pool_one(sq_store_of(st),
                         "SELECT EXISTS (SELECT 1 FROM sources WHERE next_at <= ?2 AND"
                         " (?1 = 0 OR channel_id = ?1))",
                         SQ_ARGS(SQ_INT(channel_id), SQ_INT(now_ms)), sq_row_int64, &due);
    if (rc < 0 || !due)
        return rc;
    /* The lease is the UPDATE itself: a row another fetcher claimed has
     * moved its next_at past now and is not selected again. */
    struct sq_list l = SQ_LIST(struct store_source, row_source, NULL, limit);
    rc = sq_pool_list(sq_store_of(st),
                      "UPDATE sources SET next_at = ?2 + ?3 WHERE id IN"
                      " (SELECT id FROM sources WHERE next_at <= ?2 AND"
                      " (?1 = 0 OR channel_id = ?1) ORDER BY next_at, id LIMIT ?4)"
                      " RETURNING " SRC_COLS,
                      SQ_ARGS(SQ_INT(channel_id), SQ_INT(now_ms), SQ_INT(lease_ms), SQ_INT(limit)),
                      &l);
    *out = l.v;
    *n = l.n;
    return rc;
}

int sq_source_done(struct store *st, const struct store_source *s)
{
    struct sq_store *sq = sq_store_of(st);
    struct sq_conn *c;
    int rc = sq_tx_begin(sq, SQ_BEGIN_IMMEDIATE, &c);
    if (rc < 0)
        return rc;
    rc = sq_change(c,
                   "UPDATE sources SET name = ?2, etag = ?3, last_modified = ?4, next_at = ?5,"
                   " last_fetch_at = ?6, last_ok_at = ?7, last_status = ?8, last_error = ?9,"
                   " failures = ?10, items = ?11 WHERE id = ?1",
                   SQ_ARGS(SQ_INT(s->id), SQ_TEXT(s->name), SQ_TEXT(s->etag),
                           SQ_TEXT(s->last_modified), SQ_INT(s->next_at), SQ_INT(s->last_fetch_at),
                           SQ_INT(s->last_ok_at), SQ_INT(s->last_status), SQ_TEXT(s->last_error),
                           SQ_INT(s->failures), SQ_INT(s->items)));
    if (rc == 0)
        rc = sq_run(c, "DELETE FROM source_items WHERE source_id = ?1 AND seen_at < ?2",
                    SQ_ARGS(SQ_INT(s->id), SQ_INT(s->last_fetch_at - ITEM_FORGET_MS)));
    return sq_tx_end(sq, c, rc);
}

static int row_item(sqlite3_stmt *q, void *out)
{
    struct store_source_item *it = out;
    memset(it, 0, sizeof *it);
    it->id = sqlite3_column_int64(q, 0);
    it->source_id = sqlite3_column_int64(q, 1);
    it->channel_id = sqlite3_column_int64(q, 2);
    sq_copy_text(it->guid, sizeof it->guid, sqlite3_column_text(q, 3));
    sq_copy_text(it->link, sizeof it->link, sqlite3_column_text(q, 4));
    sq_column_hash(q, 5, it->key);
    sq_column_hash(q, 6, it->version);
    it->post_id = sqlite3_column_int64(q, 7);
    it->seen_at = sqlite3_column_int64(q, 8);
    return 0;
}

#define ITEM_COLS "id, source_id, channel_id, guid, link, key, version, post_id, seen_at"

int sq_source_item_find(struct store *st, int64_t channel_id, const char *guid, const char *link,
                        const unsigned char key[32], struct store_source_item *out, int *by)
{
    struct sq_store *sq = sq_store_of(st);
    int rc = -ENOENT;
    if (guid && guid[0] &&
        (rc = sq_pool_one(sq,
                          "SELECT " ITEM_COLS " FROM source_items WHERE channel_id = ?1 AND"
                          " guid = ?2 ORDER BY id LIMIT 1",
                          SQ_ARGS(SQ_INT(channel_id), SQ_TEXT(guid)), row_item, out)) != -ENOENT) {
        *by = STORE_ITEM_BY_GUID;
        return rc;
    }
    if (link && link[0] &&
        (rc = sq_pool_one(sq,
                          "SELECT " ITEM_COLS " FROM source_items WHERE channel_id = ?1 AND"
                          " link = ?2 ORDER BY id LIMIT 1",
                          SQ_ARGS(SQ_INT(channel_id), SQ_TEXT(link)), row_item, out)) != -ENOENT) {
        *by = STORE_ITEM_BY_LINK;
        return rc;
    }
    rc = sq_pool_one(sq,
                     "SELECT " ITEM_COLS " FROM source_items WHERE channel_id = ?1 AND"
                     " key = ?2 ORDER BY id LIMIT 1",
                     SQ_ARGS(SQ_INT(channel_id), SQ_BLOB(key, 32)), row_item, out);
    *by = STORE_ITEM_BY_KEY;
    return rc;
}

int sq_source_item_put(struct store *st, const struct store_source_item *it)
{
    struct sq_store *sq = sq_store_of(st);
    if (it->id)
        return sq_pool_change(
            sq,
            "UPDATE source_items SET guid = ?2, link = ?3, key = ?4, version = ?5,"
            " post_id = ?6, seen_at = ?7 WHERE id = ?1",
            SQ_ARGS(SQ_INT(it->id), SQ_TEXT(it->guid), SQ_TEXT(it->link), SQ_BLOB(it->key, 32),
                    SQ_BLOB(it->version, 32), SQ_INT(it->post_id), SQ_INT(it->seen_at)));
    return sq_pool_change(sq,
                          "INSERT INTO source_items (source_id, channel_id, guid, link, key,"
                          " version, post_id, seen_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                          SQ_ARGS(SQ_INT(it->source_id), SQ_INT(it->channel_id), SQ_TEXT(it->guid),
                                  SQ_TEXT(it->link), SQ_BLOB(it->key, 32), SQ_BLOB(it->version, 32),
                                  SQ_INT(it->post_id), SQ_INT(it->seen_at)));
}
