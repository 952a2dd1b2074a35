/*
 * store_sel_cases.h: the store's candidates, marks and views_add, the
 * selections (publish, get, last, list) and views_record (store.h),
 * asserted once for both backends: test_store.c runs these cases on
 * SQLite, test_store_pg_sel.c on PostgreSQL. Each case gets a store and a
 * struct raw_db (raw_db.h) on its database: on SQLite a fresh directory per
 * case; on PostgreSQL one database for all the cases, one after another,
 * so what a case reads straight from the database it reads for its own
 * channel or posts. What only one backend has stays in its file: the
 * published_at column against the record (json_extract on SQLite, a json
 * cast on PostgreSQL); the races (threads on one SQLite handle, three
 * PostgreSQL nodes).
 *
 * make_channel and post come from store_cases_common.h (as for
 * store_members_cases.h, which may be included with this header).
 */
#ifndef CRIER_TEST_STORE_SEL_CASES_H
#define CRIER_TEST_STORE_SEL_CASES_H

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "crier.h"
#include "post_records.h"
#include "raw_db.h"
#include "store/store.h"
#include "store_cases_common.h"
#include "tap.h"

/* ---- fixtures ---- */

/* Publishes a post and returns its id and published_at; sleeps so that the
 * next post's published_at differs. */
static inline int64_t post_at(struct store *st, int64_t ch, const char *title,
                              int64_t *published_at)
{
    json_t *p = json_pack("{ss}", "title", title);
    struct store_event ev;
    int rc = rec_post_create(st, ch, p, 0, &ev);
    int64_t id = rc == 0 ? json_integer_value(json_object_get(p, "id")) : rc;
    if (published_at)
        *published_at = json_integer_value(json_object_get(p, "published_at"));
    store_event_clear(&ev);
    json_decref(p);
    usleep(3000);
    return id;
}

static inline int64_t find_cand(const struct store_candidate *cs, size_t n, int64_t id)
{
    for (size_t i = 0; i < n; i++)
        if (cs[i].id == id)
            return (int64_t)i;
    return -1;
}

static inline int publish_sel(struct store *st, int64_t ch, const char *date, const char *slot,
                              int64_t wstart, int64_t wend, struct store_event *ev)
{
    struct store_selection key = {.channel_id = ch, .window_start = wstart, .window_end = wend};
    snprintf(key.local_date, sizeof key.local_date, "%s", date);
    snprintf(key.slot, sizeof key.slot, "%s", slot);
    json_t *p = json_pack("{sssb}", "title", "Sélection du matin", "silent", 0);
    int rc = rec_selection_publish(st, &key, p, ev);
    json_decref(p);
    return rc;
}

/* The commit hook of test_selection_publish: what it saw. */
static struct {
    pthread_mutex_t mu;
    size_t n, sels, bad;
    int kind;
    int64_t seq;
} sel_hk = {PTHREAD_MUTEX_INITIALIZER, 0, 0, 0, 0, 0};

static inline void sel_hook_reset(void)
{
    pthread_mutex_lock(&sel_hk.mu);
    sel_hk.n = sel_hk.sels = sel_hk.bad = 0;
    sel_hk.kind = 0;
    sel_hk.seq = 0;
    pthread_mutex_unlock(&sel_hk.mu);
}

static inline void sel_hook_fn(void *arg, const struct store_event *evs, size_t n)
{
    (void)arg;
    pthread_mutex_lock(&sel_hk.mu);
    for (size_t i = 0; i < n; i++) {
        sel_hk.n++;
        sel_hk.sels += evs[i].kind == STORE_EV_SELECTION;
        sel_hk.kind = evs[i].kind;
        sel_hk.seq = evs[i].seq;
        sel_hk.bad += !evs[i].data || !strstr(evs[i].data, "\"id\":") ||
                      strlen(evs[i].data) != evs[i].data_len || evs[i].channel[0] == '\0';
    }
    pthread_mutex_unlock(&sel_hk.mu);
}

/* ---- candidates, marks, views_add ---- */

/* Every ranking field of a candidate comes out of its record as written:
 * escapes, accents and emoji, a body cut at 4096 bytes on a character, the
 * tags that are strings. */
static void test_candidate_fields(struct store *st)
{
    int64_t ch = make_channel(st, "candf");
    char body[6000];
    size_t m = 0;

    while (m + 3 < 4095)
        m += (size_t)snprintf(body + m, sizeof body - m, "\xc3\xa9");       /* é é é ... */
    m += (size_t)snprintf(body + m, sizeof body - m, "a\xe2\x82\xac tail"); /* € across 4096 */
    json_t *p = json_pack("{ss, ss, ss, ss, s[sss], si}", "title",
                          "Le \"Monde\" \xc2\xab cité \xc2\xbb \xf0\x9f\x98\x80\n\\", "body", body,
                          "lang", "fr-CA", "source_url", "https://x.example/a?b=1&c=\"", "tags",
                          "économie", "a/b", "", "importance", 3);
    struct store_event ev;
    int64_t t0 = crier_now_ms();
    is_int(rec_post_create(st, ch, p, 0, &ev), 0, "a post with every field");
    store_event_clear(&ev);
    json_decref(p);
    struct store_candidate *cs;
    size_t n;
    is_int(store_candidates(st, ch, t0 - 1000, t0 + 60000, &cs, &n), 0, "its candidate");
    if (n == 1) {
        is_str(cs[0].title, "Le \"Monde\" \xc2\xab cité \xc2\xbb \xf0\x9f\x98\x80\n\\",
               "the title, unescaped");
        is_str(cs[0].lang, "fr-CA", "lang");
        is_str(cs[0].source_url, "https://x.example/a?b=1&c=\"", "source_url");
        is_int(cs[0].importance, 3, "importance");
        is_int(cs[0].ntags, 3, "three tags");
        ok(cs[0].ntags == 3 && !strcmp(cs[0].tags[0], "économie") &&
               !strcmp(cs[0].tags[1], "a/b") && !strcmp(cs[0].tags[2], ""),
           "the tags, in order");
        size_t bl = strlen(cs[0].body);
        ok(bl <= 4096 && bl >= 4093 && memcmp(cs[0].body, body, bl) == 0,
           "the body's first 4096 bytes at most (%zu)", bl);
        ok(bl < 3 || ((unsigned char)cs[0].body[bl - 1] & 0xC0) != 0xC0,
           "cut after a whole character");
    } else {
        ok(0, "one candidate, got %zu", n);
    }
    store_candidates_free(cs, n);
}

static void test_candidates(struct store *st, const struct raw_db *db)
{
    int64_t ch = make_channel(st, "cand"), other = make_channel(st, "cand-other");
    int64_t t[6], id[6], before_t;
    struct store_candidate *cs;
    struct store_event ev;
    size_t n;

    post_at(st, ch, "before", &before_t);
    for (int i = 0; i < 6; i++)
        id[i] = post_at(st, ch, "p", &t[i]);
    post_at(st, other, "elsewhere", NULL);
    ok(t[0] > before_t && t[5] > t[4] && t[4] > t[0], "distinct published_at times");

    is_int(store_candidates(st, ch, t[0], t[5], &cs, &n), 0, "candidates [t0, t5)");
    is_int(n, 5, "from inclusive, to exclusive");
    int order = n == 5;
    for (size_t i = 0; order && i < n; i++)
        order = cs[i].id == id[i] && cs[i].published_at == t[i] && cs[i].views == 0 &&
                cs[i].mark == STORE_MARK_NONE && cs[i].seq == (int64_t)i + 2 && cs[i].title &&
                strcmp(cs[i].title, "p") == 0 && cs[i].ntags == 0;
    ok(order, "oldest first, with seq, published_at, views 0, no mark and the ranking fields");
    store_candidates_free(cs, n);
    is_int(store_candidates(st, ch, t[1], t[1] + 1, &cs, &n), 0, "one-ms window");
    ok(n == 1 && cs[0].id == id[1], "the post at exactly from_ms");
    store_candidates_free(cs, n);
    is_int(store_candidates(st, ch, t[1], t[1], &cs, &n), 0, "empty window");
    ok(n == 0 && cs == NULL, "nothing");
    is_int(store_candidates(st, 4242, 0, INT64_MAX, &cs, &n), 0, "unknown channel");
    is_int(n, 0, "has no candidates");

    /* deleted, scheduled and selection posts never qualify */
    is_int(store_post_delete(st, ch, id[2], &ev, NULL), 0, "delete one");
    store_event_clear(&ev);
    json_t *p = json_pack("{ss}", "title", "scheduled");
    is_int(rec_post_create(st, ch, p, crier_now_ms() + 3600 * 1000, &ev), 0, "schedule one");
    int64_t sched_id = json_integer_value(json_object_get(p, "id"));
    json_decref(p);
    store_event_clear(&ev);
    is_int(publish_sel(st, ch, "2026-11-26", "morning", 0, 1, &ev), 0, "a selection post");
    int64_t sel_id = ev.post_id;
    store_event_clear(&ev);

    /* edits are seen as edited; views and marks show */
    p = json_pack("{ss}", "title", "edited title");
    is_int(rec_post_edit(st, ch, id[3], p, &ev), 0, "edit one");
    json_decref(p);
    store_event_clear(&ev);
    is_int(store_views_add(st, ch, id[1], 5), 0, "views_add 5");
    is_int(store_views_add(st, ch, id[1], 7), 0, "views_add 7");
    is_int(store_post_mark(st, ch, id[0], STORE_MARK_PIN), 0, "pin");
    is_int(store_post_mark(st, ch, id[4], STORE_MARK_EXCLUDE), 0, "exclude");

    is_int(store_candidates(st, ch, 0, INT64_MAX, &cs, &n), 0, "all candidates");
    is_int(n, 6, "seven live posts minus the deleted one; no scheduled or selection post");
    ok(find_cand(cs, n, id[2]) < 0, "deleted post excluded");
    ok(find_cand(cs, n, sched_id) < 0, "scheduled post excluded");
    ok(find_cand(cs, n, sel_id) < 0 && sel_id > 0, "selection post excluded");
    int64_t i3 = find_cand(cs, n, id[3]), i1 = find_cand(cs, n, id[1]);
    int64_t i0 = find_cand(cs, n, id[0]), i4 = find_cand(cs, n, id[4]);
    ok(i3 >= 0 && strcmp(cs[i3].title, "edited title") == 0, "edited post has its new record");
    ok(i3 >= 0 && cs[i3].published_at == t[3], "an edit keeps published_at");
    ok(i1 >= 0 && cs[i1].views == 12, "views add up");
    ok(i0 >= 0 && cs[i0].mark == STORE_MARK_PIN, "pin mark");
    ok(i4 >= 0 && cs[i4].mark == STORE_MARK_EXCLUDE, "exclude mark");
    store_candidates_free(cs, n);
    is_int(store_post_mark(st, ch, id[4], STORE_MARK_NONE), 0, "unmark");

    /* a scheduled post enters candidates when it is published */
    size_t published;
    is_int(store_publish_due(st, crier_now_ms() + 2 * 3600 * 1000, &published), 0, "publish_due");
    json_t *rec = NULL;
    int state;
    rec_post_get(st, ch, sched_id, &rec, &state);
    int64_t sched_pub = json_integer_value(json_object_get(rec, "published_at"));
    json_decref(rec);
    is_int(store_candidates(st, ch, sched_pub, sched_pub + 1, &cs, &n), 0,
           "candidates at its publish time");
    ok(n == 1 && cs[0].id == sched_id, "published scheduled post found by its published_at");
    store_candidates_free(cs, n);

    /* views_add and post_mark refuse what is not a live plain post */
    is_int(store_views_add(st, ch, id[1], 0), -EINVAL, "views 0 -> -EINVAL");
    is_int(store_views_add(st, ch, id[1], -3), -EINVAL, "negative views -> -EINVAL");
    is_int(store_views_add(st, ch, id[1], 1000001), -EINVAL, "views over 1,000,000 -> -EINVAL");
    is_int(store_views_add(st, ch, id[1], 1000000), 0, "views of 1,000,000 accepted");
    is_int(store_views_add(st, ch, id[1], 1), 0, "views of 1 accepted");
    is_int(raw_val(db, "SELECT views FROM posts WHERE id = %lld", (long long)id[1]), 1000013,
           "views column holds 5 + 7 + 1,000,000 + 1");
    is_int(raw_run(db, "UPDATE posts SET views = 9223372036854775800 WHERE id = %lld",
                   (long long)id[1]),
           0, "raw: views near INT64_MAX");
    is_int(store_views_add(st, ch, id[1], 1000), 0, "views_add past INT64_MAX");
    is_int(raw_val(db,
                   "SELECT CASE WHEN views = 9223372036854775807 THEN 1 ELSE 0 END"
                   " FROM posts WHERE id = %lld",
                   (long long)id[1]),
           1, "views saturate at INT64_MAX");
    is_int(store_views_add(st, ch, id[2], 1), -ENOENT, "views of a deleted post -> -ENOENT");
    is_int(store_views_add(st, ch, sel_id, 1), -ENOENT, "views of a selection -> -ENOENT");
    is_int(store_views_add(st, other, id[1], 1), -ENOENT, "views via another channel");
    is_int(store_views_add(st, ch, 987654, 1), -ENOENT, "views of an unknown post");
    is_int(store_post_mark(st, ch, id[0], 2), -EINVAL, "mark 2 -> -EINVAL");
    is_int(store_post_mark(st, ch, id[2], STORE_MARK_PIN), -ENOENT, "mark deleted -> -ENOENT");
    is_int(store_post_mark(st, ch, sel_id, STORE_MARK_PIN), -ENOENT, "mark a selection -> -ENOENT");
    is_int(store_post_mark(st, other, id[0], STORE_MARK_PIN), -ENOENT,
           "mark via another channel -> -ENOENT");
}

/* ---- selections ---- */

static void test_selection_publish(struct store *st, const struct raw_db *db)
{
    int64_t ch = make_channel(st, "selpub");
    struct store_event ev, *evs;
    struct store_selection sel;
    int64_t t0, t1, t2, oldest, last;
    size_t n;

    int64_t a = post_at(st, ch, "a", &t0);
    int64_t b = post_at(st, ch, "b", &t1);
    int64_t c = post_at(st, ch, "c", &t2);
    store_post_mark(st, ch, a, STORE_MARK_PIN);
    store_post_mark(st, ch, b, STORE_MARK_EXCLUDE);
    store_post_mark(st, ch, c, STORE_MARK_PIN);

    sel_hook_reset();
    store_set_commit_hook(st, sel_hook_fn, NULL);
    struct store_selection key = {.channel_id = ch, .window_start = t0 - 1000, .window_end = t2};
    snprintf(key.local_date, sizeof key.local_date, "2026-11-26");
    snprintf(key.slot, sizeof key.slot, "morning");
    json_t *p =
        json_pack("{sss[{sIss}]sIsb}", "title", "Sélection du matin — jeudi 26 novembre", "items",
                  "seq", (json_int_t)1, "lede", "One.", "id", (json_int_t)77, "silent", 0);
    is_int(rec_selection_publish(st, &key, p, &ev), 0, "selection_publish");
    int64_t sel_post = json_integer_value(json_object_get(p, "id"));
    ok(sel_post > c, "the store set id in the caller's record");
    is_int(json_integer_value(json_object_get(p, "seq")), 4, "and seq");
    ok(json_integer_value(json_object_get(p, "published_at")) >= t2, "and published_at");
    is_int(ev.kind, STORE_EV_SELECTION, "event kind STORE_EV_SELECTION");
    is_int(ev.seq, 4, "takes the next seq");
    is_int(ev.post_id, sel_post, "event post_id is the selection post");
    is_int(ev.channel_id, ch, "event channel_id");
    is_str(ev.channel, "selpub", "event channel slug");
    json_t *d = json_loads(ev.data, 0, NULL);
    is_int(json_integer_value(json_object_get(d, "id")), sel_post, "data id");
    is_int(json_integer_value(json_object_get(d, "seq")), 4, "data seq");
    is_int(json_integer_value(json_object_get(d, "published_at")),
           json_integer_value(json_object_get(p, "published_at")), "data published_at");
    is_str(json_string_value(json_object_get(d, "title")), "Sélection du matin — jeudi 26 novembre",
           "data carries the record");
    is_int(json_array_size(json_object_get(d, "items")), 1, "data carries the items");
    json_decref(d);
    int64_t sel_pub = ev.created_at;
    store_event_clear(&ev);
    json_decref(p);
    pthread_mutex_lock(&sel_hk.mu);
    ok(sel_hk.n == 1 && sel_hk.sels == 1 && sel_hk.kind == STORE_EV_SELECTION && sel_hk.seq == 4 &&
           sel_hk.bad == 0,
       "the commit hook saw the selection event");
    pthread_mutex_unlock(&sel_hk.mu);

    is_int(store_events_after(st, ch, 3, 10, &evs, &n, &oldest, &last), 0, "catch-up");
    ok(n == 1 && evs[0].kind == STORE_EV_SELECTION && evs[0].post_id == sel_post,
       "catch-up replays the selection event");
    store_events_free(evs, n);

    json_t *rec;
    int state;
    is_int(rec_post_get(st, ch, sel_post, &rec, &state), 0, "the selection post is stored");
    is_int(state, STORE_POST_LIVE, "live");
    json_decref(rec);
    is_int(raw_val(db,
                   "SELECT CASE WHEN kind = 'selection' AND state = 'live' AND published_at = %lld"
                   " THEN 1 ELSE 0 END FROM posts WHERE id = %lld",
                   (long long)sel_pub, (long long)sel_post),
           1, "row is live, has kind selection and its published_at");

    is_int(store_selection_get(st, ch, "2026-11-26", "morning", &sel), 0, "selection_get");
    is_int(sel.post_id, sel_post, "row post_id");
    is_int(sel.seq, 4, "row seq");
    is_int(sel.window_start, t0 - 1000, "row window_start");
    is_int(sel.window_end, t2, "row window_end");
    is_str(sel.slot, "morning", "row slot");
    is_str(sel.local_date, "2026-11-26", "row local_date");
    ok(sel.created_at > 0 && sel.channel_id == ch, "row created_at and channel");
    is_int(store_selection_get(st, ch, "2026-11-26", "evening", &sel), -ENOENT,
           "other slot -> -ENOENT");

    /* marks: cleared before window_end, kept at and after it */
    struct store_candidate *cs;
    store_candidates(st, ch, 0, INT64_MAX, &cs, &n);
    int64_t ia = find_cand(cs, n, a), ib = find_cand(cs, n, b), ic = find_cand(cs, n, c);
    ok(ia >= 0 && ib >= 0 && cs[ia].mark == 0 && cs[ib].mark == 0,
       "marks of posts published before window_end cleared");
    ok(ic >= 0 && cs[ic].mark == STORE_MARK_PIN, "mark of a post at window_end kept");
    store_candidates_free(cs, n);

    /* the same key again: -EEXIST, no seq, no post, no event */
    sel_hook_reset();
    p = json_pack("{ss}", "title", "again");
    ev.seq = 99;
    is_int(rec_selection_publish(st, &key, p, &ev), -EEXIST, "same key -> -EEXIST");
    is_int(ev.seq, 0, "no event");
    ok(json_object_get(p, "id") == NULL, "record untouched");
    json_decref(p);
    is_int(sel_hk.n, 0, "hook saw nothing");
    is_int(raw_val(db, "SELECT count(*) FROM posts WHERE kind = 'selection' AND channel_id = %lld",
                   (long long)ch),
           1, "one selection post");
    is_int(post(st, ch, "next", NULL), 5, "no seq taken by the refused publish");
    is_int(raw_val(db, "SELECT last_seq FROM channels WHERE id = %lld", (long long)ch), 5,
           "the channel's last_seq is the post's");

    /* bad keys */
    is_int(publish_sel(st, ch, "2026-1-26", "morning", 0, 1, &ev), -EINVAL, "bad date");
    is_int(publish_sel(st, ch, "2026-11-27", "", 0, 1, &ev), -EINVAL, "empty slot");
    is_int(publish_sel(st, ch, "2026-11-27", "evening", 2, 1, &ev), -EINVAL,
           "window_start after window_end");
    is_int(rec_selection_publish(st, &key, NULL, &ev), -EINVAL, "NULL record");
    is_int(publish_sel(st, 4242, "2026-11-27", "evening", 0, 1, &ev), -ENOENT,
           "unknown channel -> -ENOENT");

    /* an editor may fix or retract a selection post */
    p = json_pack("{ss}", "title", "Sélection du matin (corrigée)");
    is_int(rec_post_edit(st, ch, sel_post, p, &ev), 0, "edit the selection post");
    is_int(ev.kind, STORE_EV_EDIT, "as an edit event");
    d = json_loads(ev.data, 0, NULL);
    is_int(json_integer_value(json_object_get(d, "seq")), 4, "keeps its creation seq");
    json_decref(d);
    store_event_clear(&ev);
    json_decref(p);
    is_int(store_post_delete(st, ch, sel_post, &ev, NULL), 0, "delete the selection post");
    is_int(ev.kind, STORE_EV_DELETE, "as a delete event");
    store_event_clear(&ev);
    is_int(store_selection_get(st, ch, "2026-11-26", "morning", &sel), 0,
           "the key stays used after a retraction");
    is_int(publish_sel(st, ch, "2026-11-26", "morning", 0, 1, &ev), -EEXIST,
           "so the slot is not published again");
    store_set_commit_hook(st, NULL, NULL);

    is_int(store_channel_delete(st, "selpub"), 0, "a channel with selections can be deleted");
    is_int(raw_val(db, "SELECT count(*) FROM selections WHERE channel_id = %lld", (long long)ch), 0,
           "its selections went with it");
}

static void test_selection_last_list(struct store *st)
{
    int64_t ch = make_channel(st, "sellast"), other = make_channel(st, "sellast-other");
    struct store_selection sel, *list;
    struct store_event ev;
    size_t n;

    is_int(store_selection_last(st, ch, INT64_MAX, &sel), -ENOENT, "no selection yet");
    is_int(store_selection_list(st, ch, 10, &list, &n), 0, "empty list");
    ok(n == 0 && list == NULL, "nothing listed");
    is_int(publish_sel(st, ch, "2026-11-25", "evening", 0, 100, &ev), 0, "first");
    store_event_clear(&ev);
    is_int(publish_sel(st, ch, "2026-11-26", "morning", 100, 200, &ev), 0, "second");
    store_event_clear(&ev);
    is_int(publish_sel(st, ch, "2026-11-26", "evening", 200, 300, &ev), 0, "third");
    store_event_clear(&ev);
    is_int(publish_sel(st, other, "2026-11-26", "evening", 300, 400, &ev), 0,
           "same key on another channel is another key");
    store_event_clear(&ev);

    is_int(store_selection_last(st, ch, INT64_MAX, &sel), 0, "last with INT64_MAX");
    is_str(sel.slot, "evening", "the newest");
    is_int(sel.window_end, 300, "window_end 300");
    is_int(store_selection_last(st, ch, 250, &sel), 0, "last before 250");
    is_int(sel.window_end, 200, "is the one ending at 200");
    is_int(store_selection_last(st, ch, 200, &sel), 0, "last before 200");
    is_int(sel.window_end, 200, "window_end <= before_ms is inclusive");
    is_int(store_selection_last(st, ch, 199, &sel), 0, "last before 199");
    is_int(sel.window_end, 100, "is the first");
    is_int(store_selection_last(st, ch, 99, &sel), -ENOENT, "none ends by 99");

    is_int(store_selection_list(st, ch, 10, &list, &n), 0, "selection_list");
    ok(n == 3 && list[0].window_end == 300 && list[1].window_end == 200 &&
           list[2].window_end == 100 && list[0].seq > list[1].seq && list[1].seq > list[2].seq,
       "newest first, this channel only");
    free(list);
    is_int(store_selection_list(st, ch, 2, &list, &n), 0, "limit 2");
    ok(n == 2 && list[0].window_end == 300 && list[1].window_end == 200, "the two newest");
    free(list);
    is_int(store_selection_list(st, ch, 0, &list, &n), 0, "limit 0");
    is_int(n, 0, "nothing");
}

/* ---- views_record ---- */

/* views_record: a viewer counts once per post (for 7 days), a report is
 * one transaction, only live plain posts of the channel count, old viewer
 * rows go as reports come in, and deleting the channel takes them along.
 * The viewer rows it counts are those of its own posts. */
static void test_views_record(struct store *st, const struct raw_db *db)
{
    int64_t ch = make_channel(st, "views"), other = make_channel(st, "views-other");
    int64_t id[4], oid, now = crier_now_ms();
    size_t counted = 99;
    struct store_event ev;
    char mine[160];
    unsigned char a[32], b[32], c[32];
    memset(a, 'a', 32);
    memset(b, 'b', 32);
    memset(c, 'c', 32);
    for (int i = 0; i < 4; i++)
        post(st, ch, "viewed", &id[i]);
    post(st, other, "elsewhere", &oid);
    snprintf(mine, sizeof mine,
             "SELECT count(*) FROM post_views WHERE post_id IN (%lld, %lld, %lld, %lld, %lld)",
             (long long)id[0], (long long)id[1], (long long)id[2], (long long)id[3],
             (long long)oid);
    is_int(store_post_delete(st, ch, id[3], &ev, NULL), 0, "delete one");
    store_event_clear(&ev);

    int64_t first[] = {id[0], id[1], id[0], oid, id[3], 999999};
    is_int(store_views_record(st, ch, first, 6, a, now, &counted), 0, "a reports");
    is_int(counted, 2, "two live posts of the channel count, once each");
    is_int(raw_val(db, "SELECT views FROM posts WHERE id = %lld", (long long)id[0]), 1,
           "a repeated id counts once");
    is_int(raw_val(db, "SELECT views FROM posts WHERE id = %lld", (long long)oid), 0,
           "another channel's post is not counted");
    is_int(store_views_record(st, ch, first, 6, a, now + 1000, &counted), 0, "a again");
    is_int(counted, 0, "the same viewer counts nothing more");
    int64_t second[] = {id[0], id[2]};
    is_int(store_views_record(st, ch, second, 2, b, now, &counted), 0, "b reports");
    is_int(counted, 2, "another viewer counts");
    is_int(raw_val(db, "SELECT views FROM posts WHERE id = %lld", (long long)id[0]), 2,
           "two viewers, two views");
    is_int(raw_val(db, "%s", mine), 4, "one row per viewer and post");
    is_int(store_views_record(st, ch, second, 0, c, now, &counted), 0, "an empty report");
    is_int(counted, 0, "counts nothing");

    /* Eight days later a's and b's rows are gone; a counts again. */
    int64_t later = now + 8LL * 24 * 3600 * 1000;
    int64_t third[] = {id[2]};
    is_int(store_views_record(st, ch, third, 1, c, later, &counted), 0, "c reports 8 days on");
    is_int(raw_val(db, "%s", mine), 1, "expired rows were deleted");
    is_int(store_views_record(st, ch, first, 2, a, later, &counted), 0, "a reports again");
    is_int(counted, 2, "a counts again once its rows expired");

    int64_t many[1001];
    for (int i = 0; i < 1001; i++)
        many[i] = id[0];
    is_int(store_views_record(st, ch, many, 1001, a, now, &counted), -EINVAL, "over 1000 ids");

    is_int(store_channel_delete(st, "views"), 0, "delete the channel");
    is_int(raw_val(db, "%s", mine), 0, "its viewer rows went with it");
}

#endif
