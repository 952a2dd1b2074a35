/*
 * store_sqlite_stats: the newsroom's figures. member_days keeps one row per
 * channel and UTC day (active members, joins, leaves), upserted from the
 * live members table by a periodic job; post_reach counts each post's
 * distinct viewers, kept by a trigger on post_views so that it outlives the
 * viewer rows, which are pruned after 7 days. Pooled connections, no seq.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_sqlite_int.h"

/*
 * The migration. The backfill of member_days rebuilds the last 90 days (and
 * today) of each channel from members.joined_at: on each day, the members
 * active now who had joined by its end, and those who joined that day. The
 * members table forgets who left (leaving deletes the row), so the backfill
 * undercounts the past by the members who have left since, and its leaves
 * are 0: only the rows the job records from now on have real leaves. Days
 * before the channel existed get no row. post_reach starts from the viewer
 * rows still kept (the last 7 days of views).
 */
const char sq_stats_schema[] =
    "CREATE TABLE member_days ("
    "  channel_id INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE,"
    "  day TEXT NOT NULL CHECK (length(day) = 10),"
    "  members INTEGER NOT NULL CHECK (members >= 0),"
    "  joins INTEGER NOT NULL DEFAULT 0 CHECK (joins >= 0),"
    "  leaves INTEGER NOT NULL DEFAULT 0 CHECK (leaves >= 0),"
    "  updated_at INTEGER NOT NULL,"
    "  PRIMARY KEY (channel_id, day)"
    ") STRICT, WITHOUT ROWID;"
    "CREATE TABLE post_reach ("
    "  post_id INTEGER PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,"
    "  viewers INTEGER NOT NULL CHECK (viewers >= 0)"
    ") STRICT;"
    "CREATE TRIGGER post_reach_view AFTER INSERT ON post_views BEGIN"
    "  INSERT INTO post_reach (post_id, viewers) VALUES (NEW.post_id, 1)"
    "    ON CONFLICT (post_id) DO UPDATE SET viewers = viewers + 1;"
    "END;"
    "INSERT INTO post_reach (post_id, viewers)"
    "  SELECT post_id, count(*) FROM post_views WHERE post_id IN (SELECT id FROM posts)"
    "  GROUP BY post_id;"
    "WITH RECURSIVE days(d) AS ("
    "  SELECT date('now', '-90 days') UNION ALL"
    "  SELECT date(d, '+1 day') FROM days WHERE d < date('now')),"
    " span(d, lo, hi) AS (SELECT d, CAST(strftime('%s', d) AS INTEGER) * 1000,"
    "  CAST(strftime('%s', d) AS INTEGER) * 1000 + 86400000 FROM days)"
    "INSERT INTO member_days (channel_id, day, members, joins, leaves, updated_at)"
    "  SELECT c.id, span.d,"
    "    (SELECT count(*) FROM members m WHERE m.channel_id = c.id AND m.state = 2"
    "      AND m.joined_at < span.hi),"
    "    (SELECT count(*) FROM members m WHERE m.channel_id = c.id AND m.state = 2"
    "      AND m.joined_at >= span.lo AND m.joined_at < span.hi),"
    "    0, CAST(strftime('%s', 'now') AS INTEGER) * 1000"
    "  FROM channels c, span"
    "  WHERE span.d >= date(c.created_at / 1000, 'unixepoch');";

/*
 * The live count of the channel's active members, those of them who joined
 * on the day (?3: its first ms), and leaves as what the count lost since
 * the channel's previous row that the joins do not explain (0 without a
 * previous row). Someone who joined and left within the day is in neither.
 */
static const char MEMBER_DAY_UPSERT[] =
    "INSERT INTO member_days (channel_id, day, members, joins, leaves, updated_at)"
    " SELECT ?1, ?2, m.n, m.j,"
    "   max(0, coalesce((SELECT members FROM member_days WHERE channel_id = ?1 AND day < ?2"
    "     ORDER BY day DESC LIMIT 1), m.n - m.j) + m.j - m.n), ?4"
    " FROM (SELECT count(*) AS n,"
    "   count(*) FILTER (WHERE joined_at >= ?3 AND joined_at < ?3 + 86400000) AS j"
    "   FROM members WHERE channel_id = ?1 AND state = 2) m"
    " WHERE EXISTS (SELECT 1 FROM channels WHERE id = ?1)"
    " ON CONFLICT (channel_id, day) DO UPDATE SET members = excluded.members,"
    "   joins = excluded.joins, leaves = excluded.leaves, updated_at = excluded.updated_at";

int sq_member_day_record(struct store *st, int64_t channel_id, const char *day, int64_t now_ms)
{
    char today[11];
    int64_t day_ms;
    if (!day && store_day_of(now_ms, today) == 0)
        day = today;
    if (store_day_ms(day, &day_ms) < 0)
        return -EINVAL;
    /* no row for an unknown channel: -ENOENT */
    return sq_pool_change(
        sq_store_of(st), MEMBER_DAY_UPSERT,
        SQ_ARGS(SQ_INT(channel_id), SQ_TEXT(day), SQ_INT(day_ms), SQ_INT(now_ms)));
}

static int row_member_day(sqlite3_stmt *q, void *out)
{
    struct store_member_day *d = out;
    sq_copy_text(d->day, sizeof d->day, sqlite3_column_text(q, 0));
    d->members = sqlite3_column_int64(q, 1);
    d->joins = sqlite3_column_int64(q, 2);
    d->leaves = sqlite3_column_int64(q, 3);
    return 0;
}

int sq_member_days(struct store *st, int64_t channel_id, const char *from_day, const char *to_day,
                   struct store_member_day **out, size_t *n)
{
    struct sq_list l =
        SQ_LIST(struct store_member_day, row_member_day, NULL, STORE_MEMBER_DAYS_MAX);
    int64_t ms;

    *out = NULL;
    *n = 0;
    if (store_day_ms(from_day, &ms) < 0 || store_day_ms(to_day, &ms) < 0)
        return -EINVAL;
    /* the newest rows of the range, then turned oldest first */
    int rc = sq_pool_list(sq_store_of(st),
                          "SELECT day, members, joins, leaves FROM member_days"
                          " WHERE channel_id = ?1 AND day >= ?2 AND day <= ?3"
                          " ORDER BY day DESC LIMIT ?4",
                          SQ_ARGS(SQ_INT(channel_id), SQ_TEXT(from_day), SQ_TEXT(to_day),
                                  SQ_INT(STORE_MEMBER_DAYS_MAX)),
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

/* Copies at most size - 1 bytes of src, cut at a UTF-8 character boundary. */
static void copy_utf8(char *dst, size_t size, const unsigned char *src)
{
    size_t len = src ? strlen((const char *)src) : 0;
    if (len >= size) {
        len = size - 1;
        while (len > 0 && (src[len] & 0xC0) == 0x80)
            len--;
    }
    if (len)
        memcpy(dst, src, len);
    dst[len] = '\0';
}

static int row_post_stat(sqlite3_stmt *q, void *out)
{
    struct store_post_stat *p = out;
    p->id = sqlite3_column_int64(q, 0);
    p->seq = sqlite3_column_int64(q, 1);
    p->published_at = sqlite3_column_int64(q, 2);
    copy_utf8(p->title, sizeof p->title, sqlite3_column_text(q, 3));
    p->views = sqlite3_column_int64(q, 4);
    p->reach = sqlite3_column_int64(q, 5);
    p->audience = sqlite3_column_int64(q, 6);
    return 0;
}

int sq_post_stats(struct store *st, int64_t channel_id, size_t limit, struct store_post_stat **out,
                  size_t *n)
{
    struct sq_list l = SQ_LIST(struct store_post_stat, row_post_stat, NULL, STORE_POST_STATS_MAX);

    *out = NULL;
    *n = 0;
    if (limit < 1 || limit > STORE_POST_STATS_MAX)
        return -EINVAL;
    /* posts_live_seq serves the order; the audience is the member_days row
     * of the publish day, else the newest before it */
    int rc = sq_pool_list(
        sq_store_of(st),
        "SELECT p.id, p.seq, p.published_at, coalesce(CASE WHEN json_valid(p.data)"
        " THEN json_extract(p.data, '$.title') END, ''),"
        " p.views, coalesce(r.viewers, 0),"
        " coalesce((SELECT d.members FROM member_days d WHERE d.channel_id = p.channel_id"
        "   AND d.day <= date(p.published_at / 1000, 'unixepoch')"
        "   ORDER BY d.day DESC LIMIT 1), -1)"
        " FROM posts p LEFT JOIN post_reach r ON r.post_id = p.id"
        " WHERE p.channel_id = ?1 AND p.state = 'live' AND p.kind = 'post'"
        " ORDER BY p.seq DESC LIMIT ?2",
        SQ_ARGS(SQ_INT(channel_id), SQ_INT(limit)), &l);
    if (rc < 0)
        return rc;
    *out = l.v;
    *n = l.n;
    return 0;
}
