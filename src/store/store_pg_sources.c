/*
 * store_pg_sources: the feeds a channel follows, and the items already met
 * in them (so that an item becomes one post, and an edit when it changes),
 * as store_sqlite_sources.c has them (the same semantics). Pooled
 * connections only: nothing here takes a seq.
 *
 * Fetchers of several nodes share the sources: a claim is one statement
 * that locks the due rows it picks (FOR UPDATE SKIP LOCKED, rows another
 * node is claiming are passed over) and moves their next_at past now, so
 * no source is handed to two fetchers within its lease. A source's add
 * counts and inserts under a per-channel advisory lock, so two adds racing
 * on two nodes cannot both pass the cap.
 */
#include <errno.h>
#include <string.h>

#include "crier.h"
#include "store/store_pg_int.h"

#define ITEM_FORGET_MS (30LL * 24 * 3600 * 1000) /* items not seen for this long are forgotten */
#define SOURCES_CLAIM_MAX 1000                   /* sources one claim may take */
/* the class of the advisory locks of source_add (the two-key form: its keys
 * never meet the one-key locks of the migrations and access changes) */
#define SOURCES_LOCK_CLASS "1129542243" /* "CSrc" */

#define SRC_COLS                                                                                   \
    "id, channel_id, url, mode, importance, interval_s, name, etag, last_modified, next_at,"       \
    " last_fetch_at, last_ok_at, last_status, last_error, failures, items, created_at"

static int row_source(const PGresult *res, int i, void *out)
{
    struct store_source *s = out;
    memset(s, 0, sizeof *s);
    s->id = pg_i64(res, i, 0);
    s->channel_id = pg_i64(res, i, 1);
    pg_copy_text(s->url, sizeof s->url, pg_str(res, i, 2));
    s->mode = (int)pg_i64(res, i, 3);
    s->importance = (int)pg_i64(res, i, 4);
    s->interval_s = (int)pg_i64(res, i, 5);
    pg_copy_text(s->name, sizeof s->name, pg_str(res, i, 6));
    pg_copy_text(s->etag, sizeof s->etag, pg_str(res, i, 7));
    pg_copy_text(s->last_modified, sizeof s->last_modified, pg_str(res, i, 8));
    s->next_at = pg_i64(res, i, 9);
    s->last_fetch_at = pg_i64(res, i, 10);
    s->last_ok_at = pg_i64(res, i, 11);
    s->last_status = (int)pg_i64(res, i, 12);
    pg_copy_text(s->last_error, sizeof s->last_error, pg_str(res, i, 13));
    s->failures = (int)pg_i64(res, i, 14);
    s->items = pg_i64(res, i, 15);
    s->created_at = pg_i64(res, i, 16);
    return 0;
}

/* The count and the insert in one transaction, under the channel's lock:
 * two adds racing, on any nodes, cannot both pass the cap. */
int pg_source_add(struct store *st, struct store_source *s)
{
    struct pg_store *ps = pg_store_of(st);
    struct pg_conn *c;
    int64_t now = crier_now_ms(), n = 0;
    if (s->interval_s <= 0 || s->importance < 0 || s->importance > 3 ||
        (s->mode != STORE_SOURCE_PUBLISH && s->mode != STORE_SOURCE_DRAFT) || !s->url[0])
        return -EINVAL;
    int rc = pg_tx_begin(ps, PG_BEGIN, &c);
    if (rc < 0)
        return rc;
    rc = pg_run(c,
                "SELECT pg_advisory_xact_lock(" SOURCES_LOCK_CLASS ","
                " ($1::bigint % 2147483647)::integer)",
                PG_ARGS(PG_INT(s->channel_id)));
    if (rc == 0)
        rc = pg_one(c, "SELECT count(*) FROM sources WHERE channel_id = $1",
                    PG_ARGS(PG_INT(s->channel_id)), pg_row_int64, &n);
    if (rc == 0 && n >= STORE_SOURCES_MAX)
        rc = -ENOSPC;
    if (rc == 0)
        rc = pg_one(c,
                    "INSERT INTO sources (channel_id, url, mode, importance, interval_s,"
                    " next_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
                    PG_ARGS(PG_INT(s->channel_id), PG_TEXT(s->url), PG_INT(s->mode),
                            PG_INT(s->importance), PG_INT(s->interval_s), PG_INT(now)),
                    pg_row_int64, &s->id);
    if ((rc = pg_tx_end(ps, c, rc)) == 0) {
        s->created_at = now;
        s->next_at = now;
    }
    return rc;
}

int pg_source_list(struct store *st, int64_t channel_id, struct store_source **out, size_t *n)
{
    struct pg_list l = PG_LIST(struct store_source, row_source, NULL, 0);
    *out = NULL;
    *n = 0;
    int rc = pg_pool_list(pg_store_of(st),
                          "SELECT " SRC_COLS " FROM sources WHERE $1::bigint = 0"
                          " OR channel_id = $1::bigint ORDER BY id",
                          PG_ARGS(PG_INT(channel_id)), &l);
    if (rc < 0)
        return rc;
    *out = l.v;
    *n = l.n;
    return 0;
}

int pg_source_get(struct store *st, int64_t id, struct store_source *out)
{
    return pg_pool_one(pg_store_of(st), "SELECT " SRC_COLS " FROM sources WHERE id = $1",
                       PG_ARGS(PG_INT(id)), row_source, out);
}

int pg_source_remove(struct store *st, int64_t channel_id, int64_t id)
{
    return pg_pool_change(pg_store_of(st), "DELETE FROM sources WHERE id = $1 AND channel_id = $2",
                          PG_ARGS(PG_INT(id), PG_INT(channel_id)));
}

/*
 * The lease is the statement itself: the due rows are picked and locked
 * (rows another claim holds are skipped; a row whose claim committed since
 * is checked again on its newest version, and is no longer due), and their
 * next_at moved to now + lease in the same statement. The result comes
 * soonest first, by the next_at each had before.
 */
static const char SOURCES_CLAIM[] =
    "WITH due AS (SELECT id, next_at FROM sources WHERE next_at <= $2::bigint"
    "   AND ($1::bigint = 0 OR channel_id = $1::bigint)"
    "   ORDER BY next_at, id LIMIT $4 FOR UPDATE SKIP LOCKED),"
    " leased AS (UPDATE sources s SET next_at = $2::bigint + $3::bigint FROM due"
    "   WHERE s.id = due.id AND s.next_at <= $2::bigint"
    "   RETURNING s.*, due.next_at AS due_at)"
    " SELECT " SRC_COLS " FROM leased ORDER BY due_at, id";

int pg_sources_claim(struct store *st, int64_t channel_id, int64_t now_ms, int64_t lease_ms,
                     size_t limit, struct store_source **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    if (limit == 0 || limit > SOURCES_CLAIM_MAX || lease_ms <= 0)
        return -EINVAL;
    /* A read first: most looks find nothing due, and need no row lock. */
    int64_t due = 0;
    int rc = pg_pool_one(pg_store_of(st),
                         "SELECT count(*) FROM (SELECT 1 FROM sources WHERE next_at <= $2::bigint"
                         " AND ($1::bigint = 0 OR channel_id = $1::bigint) LIMIT 1) x",
                         PG_ARGS(PG_INT(channel_id), PG_INT(now_ms)), pg_row_int64, &due);
    if (rc < 0 || !due)
        return rc;
    struct pg_list l = PG_LIST(struct store_source, row_source, NULL, limit);
    rc = pg_pool_list(pg_store_of(st), SOURCES_CLAIM,
                      PG_ARGS(PG_INT(channel_id), PG_INT(now_ms), PG_INT(lease_ms), PG_INT(limit)),
                      &l);
    if (rc < 0)
        return rc;
    *out = l.v;
    *n = l.n;
    return 0;
}

int pg_source_done(struct store *st, const struct store_source *s)
{
    struct pg_store *ps = pg_store_of(st);
    struct pg_conn *c;
    int rc = pg_tx_begin(ps, PG_BEGIN, &c);
    if (rc < 0)
        return rc;
    rc = pg_change(c,
                   "UPDATE sources SET name = $2, etag = $3, last_modified = $4, next_at = $5,"
                   " last_fetch_at = $6, last_ok_at = $7, last_status = $8, last_error = $9,"
                   " failures = $10, items = $11 WHERE id = $1",
                   PG_ARGS(PG_INT(s->id), PG_TEXT(s->name), PG_TEXT(s->etag),
                           PG_TEXT(s->last_modified), PG_INT(s->next_at), PG_INT(s->last_fetch_at),
                           PG_INT(s->last_ok_at), PG_INT(s->last_status), PG_TEXT(s->last_error),
                           PG_INT(s->failures), PG_INT(s->items)));
    if (rc == 0)
        rc = pg_run(c, "DELETE FROM source_items WHERE source_id = $1 AND seen_at < $2",
                    PG_ARGS(PG_INT(s->id), PG_INT(s->last_fetch_at - ITEM_FORGET_MS)));
    return pg_tx_end(ps, c, rc);
}

static int hex_nibble(char ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F')
        return ch - 'A' + 10;
    return -1;
}

/* A 32-byte bytea column (text result, hex output: "\x" and 64 digits)
 * into h: 0, or CRIER_ESTORE when it is not that. */
static int column_hash(const PGresult *res, int i, int col, unsigned char h[32])
{
    const char *t = pg_str(res, i, col);
    if (strlen(t) != 66 || t[0] != '\\' || t[1] != 'x')
        return CRIER_ESTORE;
    for (int k = 0; k < 32; k++) {
        int hi = hex_nibble(t[2 + 2 * k]), lo = hex_nibble(t[3 + 2 * k]);
        if (hi < 0 || lo < 0)
            return CRIER_ESTORE;
        h[k] = (unsigned char)(hi << 4 | lo);
    }
    return 0;
}

static int row_item(const PGresult *res, int i, void *out)
{
    struct store_source_item *it = out;
    memset(it, 0, sizeof *it);
    it->id = pg_i64(res, i, 0);
    it->source_id = pg_i64(res, i, 1);
    it->channel_id = pg_i64(res, i, 2);
    pg_copy_text(it->guid, sizeof it->guid, pg_str(res, i, 3));
    pg_copy_text(it->link, sizeof it->link, pg_str(res, i, 4));
    if (column_hash(res, i, 5, it->key) < 0 || column_hash(res, i, 6, it->version) < 0)
        return CRIER_ESTORE;
    it->post_id = pg_i64(res, i, 7);
    it->seen_at = pg_i64(res, i, 8);
    return 0;
}

#define ITEM_COLS "id, source_id, channel_id, guid, link, key, version, post_id, seen_at"

int pg_source_item_find(struct store *st, int64_t channel_id, const char *guid, const char *link,
                        const unsigned char key[32], struct store_source_item *out, int *by)
{
    struct pg_store *ps = pg_store_of(st);
    int rc = -ENOENT;
    if (guid && guid[0] &&
        (rc = pg_pool_one(ps,
                          "SELECT " ITEM_COLS " FROM source_items WHERE channel_id = $1 AND"
                          " guid = $2 ORDER BY id LIMIT 1",
                          PG_ARGS(PG_INT(channel_id), PG_TEXT(guid)), row_item, out)) != -ENOENT) {
        *by = STORE_ITEM_BY_GUID;
        return rc;
    }
    if (link && link[0] &&
        (rc = pg_pool_one(ps,
                          "SELECT " ITEM_COLS " FROM source_items WHERE channel_id = $1 AND"
                          " link = $2 ORDER BY id LIMIT 1",
                          PG_ARGS(PG_INT(channel_id), PG_TEXT(link)), row_item, out)) != -ENOENT) {
        *by = STORE_ITEM_BY_LINK;
        return rc;
    }
    rc = pg_pool_one(ps,
                     "SELECT " ITEM_COLS " FROM source_items WHERE channel_id = $1 AND"
                     " key = $2 ORDER BY id LIMIT 1",
                     PG_ARGS(PG_INT(channel_id), PG_BLOB(key, 32)), row_item, out);
    *by = STORE_ITEM_BY_KEY;
    return rc;
}

int pg_source_item_put(struct store *st, const struct store_source_item *it)
{
    struct pg_store *ps = pg_store_of(st);
    if (it->id)
        return pg_pool_change(
            ps,
            "UPDATE source_items SET guid = $2, link = $3, key = $4, version = $5,"
            " post_id = $6, seen_at = $7 WHERE id = $1",
            PG_ARGS(PG_INT(it->id), PG_TEXT(it->guid), PG_TEXT(it->link), PG_BLOB(it->key, 32),
                    PG_BLOB(it->version, 32), PG_INT(it->post_id), PG_INT(it->seen_at)));
    return pg_pool_change(ps,
                          "INSERT INTO source_items (source_id, channel_id, guid, link, key,"
                          " version, post_id, seen_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                          PG_ARGS(PG_INT(it->source_id), PG_INT(it->channel_id), PG_TEXT(it->guid),
                                  PG_TEXT(it->link), PG_BLOB(it->key, 32), PG_BLOB(it->version, 32),
                                  PG_INT(it->post_id), PG_INT(it->seen_at)));
}
