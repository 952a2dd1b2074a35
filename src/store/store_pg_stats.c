/*
 * store_pg_stats: the newsroom's figures, as store_sqlite_stats.c has them
 * (the same semantics). member_days keeps one row per channel and UTC day
 * (active members, joins, leaves), upserted from the live members table by
 * a periodic job; post_reach counts each post's distinct viewers, kept by a
 * trigger on post_views (store_pg.c's schema) so that it outlives the
 * viewer rows. Pooled connections, no seq.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "jsonpick.h"
#include "store/store_pg_int.h"

/*
 * The live count of the channel's active members, those of them who joined
 * on the day ($3: its first ms), and leaves as what the count lost since
 * the channel's previous row that the joins do not explain (0 without a
 * previous row). Someone who joined and left within the day is in neither.
 * One statement: two nodes' jobs recording the same day meet on the
 * primary key, and the later one's figures stay.
 */
static const char MEMBER_DAY_UPSERT[] =
    "INSERT INTO member_days (channel_id, day, members, joins, leaves, updated_at)"
    " SELECT $1::bigint, $2::text, m.n, m.j,"
    "   GREATEST(0, coalesce((SELECT members FROM member_days WHERE channel_id = $1::bigint"
    "     AND day < $2::text ORDER BY day DESC LIMIT 1), m.n - m.j) + m.j - m.n), $4::bigint"
    " FROM (SELECT count(*) AS n,"
    "   count(*) FILTER (WHERE joined_at >= $3::bigint AND joined_at < $3::bigint + 86400000)"
    "   AS j FROM members WHERE channel_id = $1::bigint AND state = 2) m"
    " WHERE EXISTS (SELECT 1 FROM channels WHERE id = $1::bigint)"
    " ON CONFLICT (channel_id, day) DO UPDATE SET members = excluded.members,"
    "   joins = excluded.joins, leaves = excluded.leaves, updated_at = excluded.updated_at";

int pg_member_day_record(struct store *st, int64_t channel_id, const char *day, int64_t now_ms)
{
    char today[11];
    int64_t day_ms;
    if (!day && store_day_of(now_ms, today) == 0)
        day = today;
    if (store_day_ms(day, &day_ms) < 0)
        return -EINVAL;
    /* no row for an unknown channel: -ENOENT (also when it goes meanwhile:
     * the foreign key) */
    return pg_pool_change(
        pg_store_of(st), MEMBER_DAY_UPSERT,
        PG_ARGS(PG_INT(channel_id), PG_TEXT(day), PG_INT(day_ms), PG_INT(now_ms)));
}

static int row_member_day(const PGresult *res, int i, void *out)
{
    struct store_member_day *d = out;
    pg_copy_text(d->day, sizeof d->day, pg_str(res, i, 0));
    d->members = pg_i64(res, i, 1);
    d->joins = pg_i64(res, i, 2);
    d->leaves = pg_i64(res, i, 3);
    return 0;
}

int pg_member_days(struct store *st, int64_t channel_id, const char *from_day, const char *to_day,
                   struct store_member_day **out, size_t *n)
{
    struct pg_list l =
        PG_LIST(struct store_member_day, row_member_day, NULL, STORE_MEMBER_DAYS_MAX);
    int64_t ms;

    *out = NULL;
    *n = 0;
    if (store_day_ms(from_day, &ms) < 0 || store_day_ms(to_day, &ms) < 0)
        return -EINVAL;
    /* the newest rows of the range, then turned oldest first */
    int rc = pg_pool_list(pg_store_of(st),
                          "SELECT day, members, joins, leaves FROM member_days"
                          " WHERE channel_id = $1 AND day >= $2 AND day <= $3"
                          " ORDER BY day DESC LIMIT $4",
                          PG_ARGS(PG_INT(channel_id), PG_TEXT(from_day), PG_TEXT(to_day),
                                  PG_INT(STORE_MEMBER_DAYS_MAX)),
                          &l);
    if (rc < 0)
        return rc;
    struct store_member_day *v = l.v;
    for (size_t i = 0; i < l.n / 2; i++) {
        struct store_member_day t = v[i];
        v[i] = v[l.n - 1 - i];
        v[l.n - 1 - i] = t;
    }
    *out = v;
    *n = l.n;
    return 0;
}

/* The title of a record (data[0..len)) into dst, cut at a UTF-8 character
 * boundary: "" when the record is not an object or its title is not a
 * string. The record is read here rather than cast to jsonb in the query:
 * one unreadable record must not fail the whole list. */
static void record_title(char *dst, size_t size, const char *data, size_t len)
{
    static const char *const names[] = {"title"};
    struct jspan v = {0};
    dst[0] = '\0';
    if (jsonpick(data, len, names, 1, &v) == 0 && v.to && jsonpick_string(data, v, dst, size) < 0)
        dst[0] = '\0';
}

static int row_post_stat(const PGresult *res, int i, void *out)
{
    struct store_post_stat *p = out;
    p->id = pg_i64(res, i, 0);
    p->seq = pg_i64(res, i, 1);
    p->published_at = pg_i64(res, i, 2);
    record_title(p->title, sizeof p->title, pg_str(res, i, 3), (size_t)PQgetlength(res, i, 3));
    p->views = pg_i64(res, i, 4);
    p->reach = pg_i64(res, i, 5);
    p->audience = pg_i64(res, i, 6);
    return 0;
}

int pg_post_stats(struct store *st, int64_t channel_id, size_t limit, struct store_post_stat **out,
                  size_t *n)
{
    struct pg_list l = PG_LIST(struct store_post_stat, row_post_stat, NULL, STORE_POST_STATS_MAX);

    *out = NULL;
    *n = 0;
    if (limit < 1 || limit > STORE_POST_STATS_MAX)
        return -EINVAL;
    /* posts_live_seq serves the order; the audience is the member_days row
     * of the publish day (UTC), else the newest before it */
    int rc = pg_pool_list(
        pg_store_of(st),
        "SELECT p.id, p.seq, p.published_at, p.data, p.views, coalesce(r.viewers, 0),"
        " coalesce((SELECT d.members FROM member_days d WHERE d.channel_id = p.channel_id"
        "   AND d.day <= to_char(to_timestamp(p.published_at / 1000) AT TIME ZONE 'UTC',"
        "     'YYYY-MM-DD')"
        "   ORDER BY d.day DESC LIMIT 1), -1)"
        " FROM posts p LEFT JOIN post_reach r ON r.post_id = p.id"
        " WHERE p.channel_id = $1 AND p.state = 'live' AND p.kind = 'post'"
        " ORDER BY p.seq DESC LIMIT $2",
        PG_ARGS(PG_INT(channel_id), PG_INT(limit)), &l);
    if (rc < 0)
        return rc;
    *out = l.v;
    *n = l.n;
    return 0;
}
