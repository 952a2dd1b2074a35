/*
 * store_pg_channels: the channels table, and every channel's head (its
 * newest seq). A channel's id comes from its identity sequence, so it is
 * never reused, and its delete takes every row that refers to it along, in
 * one transaction.
 */
#include <string.h>

#include "crier.h"
#include "store/store_pg_int.h"
#include "xmalloc.h"

#define CH_COLS                                                                                    \
    "id, slug, title, description, lang, tz, visibility, last_seq, oldest_seq, "                   \
    "created_at, updated_at, selection, pinned_post_id"

static int row_channel(const PGresult *res, int i, void *out)
{
    struct store_channel *ch = out;
    memset(ch, 0, sizeof *ch);
    ch->id = pg_i64(res, i, 0);
    pg_copy_text(ch->slug, sizeof ch->slug, pg_str(res, i, 1));
    ch->title = xstrdup(pg_str(res, i, 2));
    ch->description = xstrdup(pg_str(res, i, 3));
    pg_copy_text(ch->lang, sizeof ch->lang, pg_str(res, i, 4));
    pg_copy_text(ch->tz, sizeof ch->tz, pg_str(res, i, 5));
    ch->visibility = (int)pg_i64(res, i, 6);
    ch->last_seq = pg_i64(res, i, 7);
    ch->oldest_seq = pg_i64(res, i, 8);
    ch->created_at = pg_i64(res, i, 9);
    ch->updated_at = pg_i64(res, i, 10);
    ch->selection = xstrdup(PQgetisnull(res, i, 11) ? "{}" : pg_str(res, i, 11));
    ch->pinned_post_id = pg_i64(res, i, 12);
    return 0;
}

static void channel_clear(void *elem)
{
    store_channel_clear(elem);
}

int pg_channel_create(struct store *st, struct store_channel *ch)
{
    int64_t now = crier_now_ms();
    int rc = pg_pool_one(pg_store_of(st),
                         "INSERT INTO channels (slug, title, description, lang, tz, visibility,"
                         " last_seq, oldest_seq, created_at, updated_at, selection)"
                         " VALUES ($1, $2, $3, $4, $5, $6, 0, 1, $7, $7, $8) RETURNING id",
                         PG_ARGS(PG_TEXT(ch->slug), PG_TEXT(ch->title), PG_TEXT(ch->description),
                                 PG_TEXT(ch->lang), PG_TEXT(ch->tz), PG_INT(ch->visibility),
                                 PG_INT(now), PG_TEXT(ch->selection ? ch->selection : "{}")),
                         pg_row_int64, &ch->id);
    if (rc == 0) {
        ch->created_at = ch->updated_at = now;
        ch->last_seq = 0;
        ch->oldest_seq = 1;
    }
    return rc;
}

int pg_channel_get(struct store *st, const char *slug, struct store_channel *out)
{
    return pg_pool_one(pg_store_of(st), "SELECT " CH_COLS " FROM channels WHERE slug = $1",
                       PG_ARGS(PG_TEXT(slug)), row_channel, out);
}

int pg_channel_get_by_id(struct store *st, int64_t id, struct store_channel *out)
{
    return pg_pool_one(pg_store_of(st), "SELECT " CH_COLS " FROM channels WHERE id = $1",
                       PG_ARGS(PG_INT(id)), row_channel, out);
}

int pg_channel_list(struct store *st, struct store_channel **out, size_t *n)
{
    struct pg_list l = PG_LIST(struct store_channel, row_channel, channel_clear, 0);
    int rc = pg_pool_list(pg_store_of(st), "SELECT " CH_COLS " FROM channels ORDER BY id",
                          PG_NOARGS, &l);
    *out = l.v;
    *n = l.n;
    return rc;
}

/* Updates by slug; a NULL selection keeps the stored settings. */
int pg_channel_update(struct store *st, const struct store_channel *ch)
{
    return pg_pool_change(pg_store_of(st),
                          "UPDATE channels SET title = $1, description = $2, lang = $3, tz = $4,"
                          " visibility = $5, updated_at = $6,"
                          " selection = coalesce($8::text, selection) WHERE slug = $7",
                          PG_ARGS(PG_TEXT(ch->title), PG_TEXT(ch->description), PG_TEXT(ch->lang),
                                  PG_TEXT(ch->tz), PG_INT(ch->visibility), PG_INT(crier_now_ms()),
                                  PG_TEXT(ch->slug),
                                  ch->selection ? PG_TEXT(ch->selection) : PG_NULL));
}

/* A channel's delete, $1 its id: children first (the foreign keys would
 * refuse the channel row otherwise); sources, roles, member_days and
 * post_reach go by ON DELETE CASCADE. The first statement locks the
 * channel row, so a writer of another node waits and then finds no
 * channel. */
static const char *const channel_delete_sql[] = {
    "SELECT id FROM channels WHERE id = $1 FOR UPDATE",
    "DELETE FROM events WHERE channel_id = $1",
    "DELETE FROM post_views WHERE post_id IN (SELECT id FROM posts WHERE channel_id = $1)",
    "DELETE FROM posts WHERE channel_id = $1",
    "DELETE FROM tokens WHERE channel_id = $1",
    "DELETE FROM selections WHERE channel_id = $1",
    "DELETE FROM members WHERE channel_id = $1",
    "DELETE FROM invites WHERE channel_id = $1",
    /* the outbox by its channel index first: the subscriptions' triggers
     * then find nothing left to delete */
    "DELETE FROM outbox WHERE channel_id = $1",
    "DELETE FROM push_subs WHERE channel_id = $1",
    "DELETE FROM email_subs WHERE channel_id = $1",
    "DELETE FROM notify_cursors WHERE channel_id = $1",
    "DELETE FROM channels WHERE id = $1",
};

int pg_channel_delete(struct store *st, const char *slug)
{
    struct pg_store *s = pg_store_of(st);
    struct pg_conn *c;
    int64_t id;
    int rc = pg_tx_begin(s, PG_BEGIN, &c);
    if (rc < 0)
        return rc;
    rc = pg_one(c, "SELECT id FROM channels WHERE slug = $1", PG_ARGS(PG_TEXT(slug)), pg_row_int64,
                &id);
    for (size_t i = 0; rc == 0 && i < sizeof channel_delete_sql / sizeof *channel_delete_sql; i++)
        rc = pg_run(c, channel_delete_sql[i], PG_ARGS(PG_INT(id)));
    return pg_tx_end(s, c, rc);
}

static int row_head(const PGresult *res, int i, void *out)
{
    struct store_head *h = out;
    h->channel_id = pg_i64(res, i, 0);
    h->last_seq = pg_i64(res, i, 1);
    return 0;
}

int pg_channel_heads(struct store *st, struct store_head **out, size_t *n)
{
    struct pg_list l = PG_LIST(struct store_head, row_head, NULL, 0);
    int rc = pg_pool_list(pg_store_of(st), "SELECT id, last_seq FROM channels ORDER BY id",
                          PG_NOARGS, &l);
    *out = l.v;
    *n = l.n;
    return rc;
}
