/*
 * store_sqlite_channels: the channels table. A channel's id is never reused
 * (meta.channel_id_max remembers the highest a deleted one had), and its
 * delete takes every row that refers to it along, in one transaction.
 */
#include <string.h>

#include "crier.h"
#include "store/store_sqlite_int.h"
#include "xmalloc.h"

#define CH_COLS                                                                                    \
    "id, slug, title, description, lang, tz, visibility, last_seq, oldest_seq, "                   \
    "created_at, updated_at, selection, pinned_post_id"

int sq_row_channel(sqlite3_stmt *q, void *out)
{
    struct store_channel *ch = out;
    memset(ch, 0, sizeof *ch);
    ch->id = sqlite3_column_int64(q, 0);
    sq_copy_text(ch->slug, sizeof ch->slug, sqlite3_column_text(q, 1));
    ch->title = sq_dup_text(sqlite3_column_text(q, 2));
    ch->description = sq_dup_text(sqlite3_column_text(q, 3));
    sq_copy_text(ch->lang, sizeof ch->lang, sqlite3_column_text(q, 4));
    sq_copy_text(ch->tz, sizeof ch->tz, sqlite3_column_text(q, 5));
    ch->visibility = sqlite3_column_int(q, 6);
    ch->last_seq = sqlite3_column_int64(q, 7);
    ch->oldest_seq = sqlite3_column_int64(q, 8);
    ch->created_at = sqlite3_column_int64(q, 9);
    ch->updated_at = sqlite3_column_int64(q, 10);
    const unsigned char *sel = sqlite3_column_text(q, 11);
    ch->selection = xstrdup(sel ? (const char *)sel : "{}");
    return 0;
}

/* CH_COLS: sq_row_channel's columns, then the pin (column 12). */
static int row_channel(sqlite3_stmt *q, void *out)
{
    struct store_channel *ch = out;
    sq_row_channel(q, out);
    ch->pinned_post_id = sqlite3_column_int64(q, 12);
    return 0;
}

static void channel_clear(void *elem)
{
    store_channel_clear(elem);
}

int sq_channel_create(struct store *st, struct store_channel *ch)
{
    int64_t now = crier_now_ms();
    /* The id is past every id a channel ever had (a deleted one's too). */
    int rc = sq_pool_one(sq_store_of(st),
                         "INSERT INTO channels (id, slug, title, description, lang, tz, visibility,"
                         " last_seq, oldest_seq, created_at, updated_at, selection)"
                         " VALUES (max(coalesce((SELECT max(id) FROM channels), 0),"
                         " coalesce((SELECT value FROM meta WHERE key = 'channel_id_max'), 0)) + 1,"
                         " ?1, ?2, ?3, ?4, ?5, ?6, 0, 1, ?7, ?7, ?8) RETURNING id",
                         SQ_ARGS(SQ_TEXT(ch->slug), SQ_TEXT(ch->title), SQ_TEXT(ch->description),
                                 SQ_TEXT(ch->lang), SQ_TEXT(ch->tz), SQ_INT(ch->visibility),
                                 SQ_INT(now), SQ_TEXT(ch->selection ? ch->selection : "{}")),
                         sq_row_int64, &ch->id);
    if (rc == 0) {
        ch->created_at = ch->updated_at = now;
        ch->last_seq = 0;
        ch->oldest_seq = 1;
    }
    return rc;
}

int sq_channel_get(struct store *st, const char *slug, struct store_channel *out)
{
    return sq_pool_one(sq_store_of(st), "SELECT " CH_COLS " FROM channels WHERE slug = ?1",
                       SQ_ARGS(SQ_TEXT(slug)), row_channel, out);
}

int sq_channel_get_by_id(struct store *st, int64_t id, struct store_channel *out)
{
    return sq_pool_one(sq_store_of(st), "SELECT " CH_COLS " FROM channels WHERE id = ?1",
                       SQ_ARGS(SQ_INT(id)), row_channel, out);
}

int sq_channel_list(struct store *st, struct store_channel **out, size_t *n)
{
    struct sq_list l = SQ_LIST(struct store_channel, row_channel, channel_clear, 0);
    int rc = sq_pool_list(sq_store_of(st), "SELECT " CH_COLS " FROM channels ORDER BY id",
                          SQ_NOARGS, &l);
    *out = l.v;
    *n = l.n;
    return rc;
}

/* Updates by slug; a NULL selection keeps the stored settings. */
int sq_channel_update(struct store *st, const struct store_channel *ch)
{
    return sq_pool_change(sq_store_of(st),
                          "UPDATE channels SET title = ?1, description = ?2, lang = ?3, tz = ?4,"
                          " visibility = ?5, updated_at = ?6, selection = coalesce(?8, selection)"
                          " WHERE slug = ?7",
                          SQ_ARGS(SQ_TEXT(ch->title), SQ_TEXT(ch->description), SQ_TEXT(ch->lang),
                                  SQ_TEXT(ch->tz), SQ_INT(ch->visibility), SQ_INT(crier_now_ms()),
                                  SQ_TEXT(ch->slug),
                                  ch->selection ? SQ_TEXT(ch->selection) : SQ_NULL));
}

/* A channel's delete, ?1 its id: children first, since the foreign keys
 * would refuse the channel row otherwise; the posts' highest id is kept
 * before they go. */
static const char *const channel_delete_sql[] = {
    "DELETE FROM events WHERE channel_id = ?1",
    "DELETE FROM post_views WHERE post_id IN (SELECT id FROM posts WHERE channel_id = ?1)",
    "INSERT INTO meta (key, value)"
    " SELECT 'post_id_max', max(id) FROM posts WHERE channel_id = ?1"
    " HAVING max(id) IS NOT NULL ON CONFLICT (key) DO UPDATE"
    " SET value = max(value, excluded.value)",
    "DELETE FROM posts WHERE channel_id = ?1",
    "DELETE FROM tokens WHERE channel_id = ?1",
    "DELETE FROM selections WHERE channel_id = ?1",
    "DELETE FROM members WHERE channel_id = ?1",
    "DELETE FROM invites WHERE channel_id = ?1",
    /* the outbox by its channel index first: the subscriptions' triggers
     * then find nothing left to delete */
    "DELETE FROM outbox WHERE channel_id = ?1",
    "DELETE FROM push_subs WHERE channel_id = ?1",
    "DELETE FROM email_subs WHERE channel_id = ?1",
    "DELETE FROM notify_cursors WHERE channel_id = ?1",
    "DELETE FROM channels WHERE id = ?1",
};

int sq_channel_delete(struct store *st, const char *slug)
{
    struct sq_store *s = sq_store_of(st);
    struct sq_conn *c;
    int64_t id;
    int rc = sq_tx_begin(s, SQ_BEGIN_IMMEDIATE, &c);
    if (rc < 0)
        return rc;
    rc = sq_one(c, "SELECT id FROM channels WHERE slug = ?1", SQ_ARGS(SQ_TEXT(slug)), sq_row_int64,
                &id);
    for (size_t i = 0; rc == 0 && i < sizeof channel_delete_sql / sizeof *channel_delete_sql; i++)
        rc = sq_run(c, channel_delete_sql[i], SQ_ARGS(SQ_INT(id)));
    return sq_tx_end(s, c, rc);
}
