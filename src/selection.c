#include "selection.h"

#include <ctype.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "crier.h"
#include "log.h"
#include "markdown.h"
#include "tz.h"
#include "xmalloc.h"

/* ---- settings ---- */

static void config_defaults(struct selection_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->enabled = 1;
    cfg->nslots = 2;
    snprintf(cfg->slots[0].name, sizeof cfg->slots[0].name, "morning");
    cfg->slots[0].hour = 7;
    snprintf(cfg->slots[1].name, sizeof cfg->slots[1].name, "evening");
    cfg->slots[1].hour = 19;
    digest_weights_default(&cfg->weights);
}

static int slot_name_ok(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n >= sizeof((struct selection_slot *)0)->name || strncmp(s, "manual", 6) == 0)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!(islower((unsigned char)s[i]) || isdigit((unsigned char)s[i]) || s[i] == '-'))
            return 0;
    return 1;
}

static int parse_hhmm(const char *s, int *h, int *m)
{
    if (strlen(s) != 5 || !isdigit((unsigned char)s[0]) || !isdigit((unsigned char)s[1]) ||
        s[2] != ':' || !isdigit((unsigned char)s[3]) || !isdigit((unsigned char)s[4]))
        return -EINVAL;
    *h = (s[0] - '0') * 10 + (s[1] - '0');
    *m = (s[3] - '0') * 10 + (s[4] - '0');
    return *h < 24 && *m < 60 ? 0 : -EINVAL;
}

static int fail(char *err, size_t errsz, const char *msg)
{
    snprintf(err, errsz, "%s", msg);
    return -EINVAL;
}

static int weight(json_t *w, const char *key, double *out, char *err, size_t errsz)
{
    json_t *v = json_object_get(w, key);
    if (!v)
        return 0;
    if (!json_is_number(v) || json_number_value(v) < 0 || json_number_value(v) > 100)
        return fail(err, errsz, "weights must be numbers from 0 to 100");
    *out = json_number_value(v);
    return 0;
}

static int config_from_json(json_t *j, struct selection_config *cfg, char *err, size_t errsz)
{
    static const char *const keys[] = {"enabled", "slots", "max_items", "tag_cap", "weights", NULL};
    const char *key;
    json_t *v;

    config_defaults(cfg);
    if (!json_is_object(j))
        return fail(err, errsz, "selection settings must be an object");
    json_object_foreach(j, key, v)
    {
        int known = 0;
        for (const char *const *k = keys; *k; k++)
            known |= strcmp(*k, key) == 0;
        if (!known) {
            snprintf(err, errsz, "unknown selection setting \"%s\"", key);
            return -EINVAL;
        }
    }
    if ((v = json_object_get(j, "enabled"))) {
        if (!json_is_boolean(v))
            return fail(err, errsz, "enabled must be true or false");
        cfg->enabled = json_is_true(v);
    }
    if ((v = json_object_get(j, "slots"))) {
        size_t i;
        json_t *s;
        if (!json_is_array(v) || json_array_size(v) > SELECTION_SLOTS_MAX)
            return fail(err, errsz, "slots must be an array of at most 8 slots");
        cfg->nslots = 0;
        json_array_foreach(v, i, s)
        {
            const char *name = NULL, *time = NULL;
            struct selection_slot *sl = &cfg->slots[cfg->nslots];
            if (json_unpack(s, "{s:s, s:s}", "name", &name, "time", &time) < 0 ||
                json_object_size(s) != 2)
                return fail(err, errsz, "each slot is {\"name\": ..., \"time\": \"HH:MM\"}");
            if (!slot_name_ok(name))
                return fail(err, errsz, "a slot name is 1-23 characters of a-z, 0-9 and -");
            if (parse_hhmm(time, &sl->hour, &sl->minute) < 0)
                return fail(err, errsz, "a slot time is HH:MM, 00:00 to 23:59");
            for (size_t k = 0; k < cfg->nslots; k++)
                if (strcmp(cfg->slots[k].name, name) == 0)
                    return fail(err, errsz, "slot names must be distinct");
            snprintf(sl->name, sizeof sl->name, "%s", name);
            cfg->nslots++;
        }
    }
    if ((v = json_object_get(j, "max_items"))) {
        if (!json_is_integer(v) || json_integer_value(v) < 1 || json_integer_value(v) > 30)
            return fail(err, errsz, "max_items must be 1 to 30");
        cfg->weights.max_items = (size_t)json_integer_value(v);
    }
    if ((v = json_object_get(j, "tag_cap"))) {
        if (!json_is_integer(v) || json_integer_value(v) < 1 || json_integer_value(v) > 30)
            return fail(err, errsz, "tag_cap must be 1 to 30");
        cfg->weights.tag_cap = (size_t)json_integer_value(v);
    }
    if ((v = json_object_get(j, "weights"))) {
        if (!json_is_object(v))
            return fail(err, errsz, "weights must be an object");
        json_object_foreach(v, key, j)
        {
            if (strcmp(key, "importance") && strcmp(key, "engagement") && strcmp(key, "coverage") &&
                strcmp(key, "freshness") && strcmp(key, "group_threshold")) {
                snprintf(err, errsz, "unknown weight \"%s\"", key);
                return -EINVAL;
            }
        }
        if (weight(v, "importance", &cfg->weights.importance, err, errsz) < 0 ||
            weight(v, "engagement", &cfg->weights.engagement, err, errsz) < 0 ||
            weight(v, "coverage", &cfg->weights.coverage, err, errsz) < 0 ||
            weight(v, "freshness", &cfg->weights.freshness, err, errsz) < 0 ||
            weight(v, "group_threshold", &cfg->weights.group_threshold, err, errsz) < 0)
            return -EINVAL;
        if (cfg->weights.group_threshold > 1)
            return fail(err, errsz, "group_threshold is a similarity from 0 to 1");
    }
    return 0;
}

int selection_config_parse(const char *text, struct selection_config *cfg, char *err, size_t errsz)
{
    json_error_t jerr;
    if (!text || !*text) {
        config_defaults(cfg);
        return 0;
    }
    json_t *j = json_loads(text, JSON_REJECT_DUPLICATES, &jerr);
    if (!j)
        return fail(err, errsz, "selection settings are not valid JSON");
    int rc = config_from_json(j, cfg, err, errsz);
    json_decref(j);
    return rc;
}

int selection_config_patch(const char *old, json_t *patch, char **out, char *err, size_t errsz)
{
    struct selection_config cfg;
    json_error_t jerr;
    json_t *cur = old && *old ? json_loads(old, 0, &jerr) : json_object();

    if (!cur || !json_is_object(cur))
        cur = json_object();
    if (!json_is_object(patch)) {
        json_decref(cur);
        return fail(err, errsz, "selection settings must be an object");
    }
    json_object_update_recursive(cur, patch); /* "weights" merges key by key */
    int rc = config_from_json(cur, &cfg, err, errsz);
    if (rc == 0)
        *out = json_dumps(cur, JSON_COMPACT | JSON_SORT_KEYS);
    json_decref(cur);
    return rc;
}

json_t *selection_config_json(const struct selection_config *cfg)
{
    json_t *slots = json_array();
    for (size_t i = 0; i < cfg->nslots; i++) {
        char t[16];
        snprintf(t, sizeof t, "%02d:%02d", cfg->slots[i].hour, cfg->slots[i].minute);
        json_array_append_new(slots,
                              json_pack("{s:s, s:s}", "name", cfg->slots[i].name, "time", t));
    }
    const struct digest_weights *w = &cfg->weights;
    return json_pack("{s:b, s:o, s:I, s:I, s:{s:f, s:f, s:f, s:f, s:f}}", "enabled", cfg->enabled,
                     "slots", slots, "max_items", (json_int_t)w->max_items, "tag_cap",
                     (json_int_t)w->tag_cap, "weights", "importance", w->importance, "engagement",
                     w->engagement, "coverage", w->coverage, "freshness", w->freshness,
                     "group_threshold", w->group_threshold);
}

/* ---- when ---- */

static void date_text(const struct tz_civil *c, char out[11])
{
    char tmp[48];
    snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", c->year, c->month, c->day);
    snprintf(out, 11, "%.10s", tmp);
}

int selection_slot_at_or_before(const char *tzname, int hour, int minute, int64_t now_ms,
                                int64_t *slot_ms, char local_date[11])
{
    struct tz *z;
    struct tz_civil date;
    int64_t now_s = now_ms / 1000, t = now_s - 3 * 86400, s, best = INT64_MIN;
    int rc = tz_load(tzname, &z);

    if (rc < 0)
        return rc;
    for (int i = 0; i < 8; i++) {
        struct tz_civil d;
        if ((rc = tz_next_slot(z, t, hour, minute, &s, &d)) < 0)
            break;
        if (s > now_s)
            break;
        best = s;
        date = d;
        t = s;
    }
    tz_free(z);
    if (rc < 0)
        return rc;
    if (best == INT64_MIN)
        return -ENOENT;
    *slot_ms = best * 1000;
    date_text(&date, local_date);
    return 0;
}

static int local_date_of(const char *tzname, int64_t ms, char out[11])
{
    struct tz *z;
    struct tz_civil c;
    int rc = tz_load(tzname, &z);
    if (rc < 0)
        return rc;
    rc = tz_to_local(z, ms / 1000, &c, NULL, NULL);
    tz_free(z);
    if (rc == 0)
        date_text(&c, out);
    return rc;
}

/* ---- what ---- */

/* Where the window that ends at window_end starts: the previous
 * selection's end, or SELECTION_FIRST_WINDOW_MS before. 0 or < 0. */
static int window_start_of(struct store *st, int64_t channel_id, int64_t window_end, int64_t *start)
{
    struct store_selection prev;
    int rc = store_selection_last(st, channel_id, window_end, &prev);

    if (rc == 0 && prev.window_end < window_end)
        *start = prev.window_end;
    else if (rc == 0 || rc == -ENOENT)
        *start = window_end - SELECTION_FIRST_WINDOW_MS;
    else
        return rc;
    return 0;
}

/* The candidates as digest_select() reads them (each borrowing from its
 * candidate; free the array alone). A post with no language of its own is
 * in the channel's. *audience: the best-read post's views. */
static struct digest_post *digest_posts_of(const struct store_channel *ch,
                                           const struct store_candidate *cands, size_t n,
                                           int64_t *audience)
{
    struct digest_post *posts = xcalloc(n ? n : 1, sizeof *posts);

    *audience = 0;
    for (size_t i = 0; i < n; i++) {
        struct digest_post *d = &posts[i];
        d->id = cands[i].id;
        d->seq = cands[i].seq;
        d->title = cands[i].title;
        d->body = cands[i].body;
        d->lang = cands[i].lang ? cands[i].lang : ch->lang;
        d->source_url = cands[i].source_url;
        d->tags = cands[i].tags;
        d->ntags = cands[i].ntags;
        d->importance = cands[i].importance;
        d->published_at = cands[i].published_at;
        d->views = cands[i].views;
        d->pinned = cands[i].mark == STORE_MARK_PIN;
        d->excluded = cands[i].mark == STORE_MARK_EXCLUDE;
        /* Until member counts exist, the best-read post of the window stands
         * for the channel's audience: engagement is relative to it. */
        if (d->views > *audience)
            *audience = d->views;
    }
    return posts;
}

static int build(struct store *st, const struct store_channel *ch,
                 const struct selection_config *cfg, const char *slot, const char *local_date,
                 int64_t window_end, struct selection_result *out)
{
    struct store_candidate *cands = NULL;
    size_t n = 0;
    int rc;

    memset(out, 0, sizeof *out);
    snprintf(out->local_date, sizeof out->local_date, "%s", local_date);
    snprintf(out->slot, sizeof out->slot, "%s", slot);
    out->slot_ms = window_end;
    out->window_end = window_end;
    if ((rc = window_start_of(st, ch->id, window_end, &out->window_start)) < 0)
        return rc;
    rc = store_candidates(st, ch->id, out->window_start, out->window_end, &cands, &n);
    if (rc < 0)
        return rc;
    out->candidates = n;

    struct digest_post *posts = digest_posts_of(ch, cands, n, &out->audience);
    struct digest_weights w = cfg->weights;
    w.lang = ch->lang; /* its posts represent their stories */
    rc = digest_select(posts, n, &w, out->window_start, out->window_end, out->audience, &out->items,
                       &out->nitems);
    free(posts);
    store_candidates_free(cands, n);
    return rc;
}

static const struct selection_slot *find_slot(const struct selection_config *cfg, const char *name)
{
    for (size_t i = 0; i < cfg->nslots; i++)
        if (strcmp(cfg->slots[i].name, name) == 0)
            return &cfg->slots[i];
    return NULL;
}

/* Channels whose preview was asked in the last SELECTION_WATCH_MS (an
 * editor has the studio open on them): the selections step reads their new
 * posts ahead (selection_warm()). A fixed table: past SELECTION_WATCH_MAX
 * channels, the one previewed longest ago gives its place. */
#define SELECTION_WATCH_MAX 64
#define SELECTION_WATCH_MS (3600 * 1000LL)
static struct {
    int64_t channel_id, at_ms;
} watched[SELECTION_WATCH_MAX];
static pthread_mutex_t watched_lock = PTHREAD_MUTEX_INITIALIZER;

static void watch(int64_t channel_id, int64_t now_ms)
{
    size_t at = 0;

    pthread_mutex_lock(&watched_lock);
    for (size_t i = 0; i < SELECTION_WATCH_MAX; i++) {
        if (watched[i].channel_id == channel_id) {
            at = i;
            break;
        }
        if (watched[i].at_ms < watched[at].at_ms)
            at = i;
    }
    watched[at].channel_id = channel_id;
    watched[at].at_ms = now_ms;
    pthread_mutex_unlock(&watched_lock);
}

/* Whether channel_id (any channel, when 0) was previewed lately. */
static int is_watched(int64_t channel_id, int64_t now_ms)
{
    int yes = 0;

    pthread_mutex_lock(&watched_lock);
    for (size_t i = 0; i < SELECTION_WATCH_MAX && !yes; i++)
        yes = (!channel_id || watched[i].channel_id == channel_id) && watched[i].at_ms > 0 &&
              now_ms - watched[i].at_ms <= SELECTION_WATCH_MS;
    pthread_mutex_unlock(&watched_lock);
    return yes;
}

int selection_preview(struct store *st, const struct store_channel *ch, const char *slot,
                      int64_t at_ms, struct selection_result *out)
{
    struct selection_config cfg;
    char err[128], date[11];
    int rc;

    watch(ch->id, crier_now_ms());
    if ((rc = selection_config_parse(ch->selection, &cfg, err, sizeof err)) < 0)
        return rc;
    if (strcmp(slot, "manual") != 0 && !find_slot(&cfg, slot))
        return -ENOENT;
    if ((rc = local_date_of(ch->tz, at_ms, date)) < 0)
        return rc;
    return build(st, ch, &cfg, slot, date, at_ms, out);
}

void selection_result_free(struct selection_result *r)
{
    digest_items_free(r->items, r->nitems);
    r->items = NULL;
    r->nitems = 0;
}

json_t *selection_result_json(const struct selection_result *r, const char *slug)
{
    json_t *items = json_array();
    for (size_t i = 0; i < r->nitems; i++) {
        const struct digest_item *it = &r->items[i];
        json_t *merged = json_array();
        char url[96];
        for (size_t k = 0; k < it->nmerged; k++)
            json_array_append_new(merged, json_integer(it->merged[k]));
        json_t *why = json_array();
        for (size_t k = 0; k < it->nwhy; k++) {
            const struct digest_why *y = &it->why[k];
            json_t *shared = json_array();
            for (size_t t = 0; t < y->nshared; t++)
                json_array_append_new(shared, json_string(y->shared[t]));
            json_array_append_new(why, json_pack("{s:I, s:I, s:o}", "seq", (json_int_t)y->seq,
                                                 "with", (json_int_t)y->with, "shared", shared));
        }
        snprintf(url, sizeof url, "/%s/%lld", slug, (long long)it->seq);
        json_array_append_new(
            items, json_pack("{s:I, s:I, s:I, s:s, s:s, s:s, s:f, s:{s:f, s:f, s:f, s:f}, s:o, "
                             "s:o, s:I, s:b, s:b}",
                             "rank", (json_int_t)i + 1, "post_id", (json_int_t)it->post_id, "seq",
                             (json_int_t)it->seq, "title", it->title ? it->title : "", "lede",
                             it->lede ? it->lede : "", "url", url, "score", it->score, "parts",
                             "importance", it->importance, "engagement", it->engagement, "coverage",
                             it->coverage, "freshness", it->freshness, "merged", merged, "why", why,
                             "sources", (json_int_t)it->sources, "pinned", it->pinned, "in_lang",
                             it->in_lang));
    }
    return json_pack("{s:s, s:s, s:I, s:I, s:I, s:I, s:o}", "slot", r->slot, "local_date",
                     r->local_date, "window_start", (json_int_t)r->window_start, "window_end",
                     (json_int_t)r->window_end, "candidates", (json_int_t)r->candidates, "audience",
                     (json_int_t)r->audience, "items", items);
}

/* ---- the post ---- */

void selection_title(const char *lang, const char *slot, const char *local_date, char *out,
                     size_t outsz)
{
    static const char *const fr_days[] = {"dimanche", "lundi",    "mardi", "mercredi",
                                          "jeudi",    "vendredi", "samedi"};
    static const char *const fr_months[] = {"janvier",   "février", "mars",     "avril",
                                            "mai",       "juin",    "juillet",  "août",
                                            "septembre", "octobre", "novembre", "décembre"};
    static const char *const en_days[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                          "Thursday", "Friday", "Saturday"};
    static const char *const en_months[] = {"January",   "February", "March",    "April",
                                            "May",       "June",     "July",     "August",
                                            "September", "October",  "November", "December"};
    int y = 1970, m = 1, d = 1;
    struct tz_civil c;
    int fr = lang && strncmp(lang, "fr", 2) == 0 && (lang[2] == '\0' || lang[2] == '-');

    if (sscanf(local_date, "%d-%d-%d", &y, &m, &d) != 3 || m < 1 || m > 12 || d < 1 || d > 31)
        y = 1970, m = 1, d = 1;
    tz_civil_from_days(tz_days_from_civil(y, m, d), &c);
    if (fr) {
        char what[64];
        if (strcmp(slot, "morning") == 0)
            snprintf(what, sizeof what, "Sélection du matin");
        else if (strcmp(slot, "evening") == 0)
            snprintf(what, sizeof what, "Sélection du soir");
        else if (strncmp(slot, "manual", 6) == 0)
            snprintf(what, sizeof what, "Sélection");
        else /* "Sélection de midi", "Sélection d'après-midi": a name, not a quote */
            snprintf(what, sizeof what, "Sélection %s%s",
                     strchr("aeiouhAEIOUH", slot[0]) || strncmp(slot, "\xc3\xa9", 2) == 0 ? "d'"
                                                                                          : "de ",
                     slot);
        snprintf(out, outsz, "%s — %s %d%s %s", what, fr_days[c.wday], d, d == 1 ? "er" : "",
                 fr_months[m - 1]);
    } else {
        char what[64];
        if (strcmp(slot, "morning") == 0)
            snprintf(what, sizeof what, "Morning selection");
        else if (strcmp(slot, "evening") == 0)
            snprintf(what, sizeof what, "Evening selection");
        else if (strncmp(slot, "manual", 6) == 0)
            snprintf(what, sizeof what, "Selection");
        else
            snprintf(what, sizeof what, "%c%s selection", toupper((unsigned char)slot[0]),
                     slot + 1);
        snprintf(out, outsz, "%s — %s %d %s", what, en_days[c.wday], d, en_months[m - 1]);
    }
}

/* Keeps a title or a lede literal inside a list item of the Markdown body:
 * only what could start markup there is escaped (emphasis, code, links,
 * autolinks and HTML, entities), so the source stays readable where it is
 * shown as it is (crier tail): "M. Dupont", not "M\\. Dupont". */
static void md_text(struct buf *b, const char *s)
{
    for (; s && *s; s++) {
        int esc = strchr("\\`*_[]<", *s) != NULL ||
                  (*s == '&' && (isalnum((unsigned char)s[1]) || s[1] == '#'));
        if (esc)
            buf_append(b, "\\", 1);
        buf_append(b, s, 1);
    }
}

int selection_post(struct store *st, const struct store_channel *ch,
                   const struct selection_result *r, struct store_event *ev)
{
    char title[160];
    struct buf md;
    struct post p;

    if (r->nitems == 0)
        return -ENODATA;
    selection_title(ch->lang, r->slot, r->local_date, title, sizeof title);
    post_init(&p);
    p.kind = POST_SELECTION;
    p.importance = 2;
    p.title = xstrdup(title);
    p.lang = xstrdup(ch->lang);
    p.sel = xcalloc(1, sizeof *p.sel);
    snprintf(p.sel->slot, sizeof p.sel->slot, "%s", r->slot);
    snprintf(p.sel->local_date, sizeof p.sel->local_date, "%s", r->local_date);
    p.sel->window_start = r->window_start;
    p.sel->window_end = r->window_end;
    p.sel->items = xcalloc(r->nitems, sizeof *p.sel->items);
    p.sel->nitems = r->nitems;
    buf_init(&md, (size_t)1 << 20);
    for (size_t i = 0; i < r->nitems; i++) {
        const struct digest_item *it = &r->items[i];
        struct post_item *pi = &p.sel->items[i];
        char url[96];
        snprintf(url, sizeof url, "/%s/%lld", ch->slug, (long long)it->seq);
        buf_printf(&md, "%zu. **[", i + 1);
        md_text(&md, it->title);
        buf_printf(&md, "](%s)**", url);
        if (it->lede && *it->lede) {
            buf_appends(&md, " — ");
            md_text(&md, it->lede);
        }
        buf_appends(&md, "\n");
        pi->post_id = it->post_id;
        pi->seq = it->seq;
        pi->title = xstrdup(it->title ? it->title : "");
        pi->lede = xstrdup(it->lede ? it->lede : "");
        pi->url = xstrdup(url);
        pi->score = it->score;
        pi->nmerged = it->nmerged;
        pi->merged = xcalloc(it->nmerged ? it->nmerged : 1, sizeof *pi->merged);
        for (size_t k = 0; k < it->nmerged; k++)
            pi->merged[k] = it->merged[k];
    }
    int rc = post_set_body(&p, md.data ? md.data : "");
    buf_free(&md);

    struct store_selection key;
    memset(&key, 0, sizeof key);
    key.channel_id = ch->id;
    snprintf(key.local_date, sizeof key.local_date, "%s", r->local_date);
    snprintf(key.slot, sizeof key.slot, "%s", r->slot);
    key.window_start = r->window_start;
    key.window_end = r->window_end;
    if (rc == 0)
        rc = store_selection_publish(st, &key, &p, ev);
    post_clear(&p);
    return rc;
}

/* ---- the scheduler's step ---- */

/* Slots skipped (late or empty) are logged once each: remember recent keys. */
static pthread_mutex_t noted_lock = PTHREAD_MUTEX_INITIALIZER;
static char noted[64][64];
static unsigned noted_next;

static int note_once(int64_t channel_id, const char *date, const char *slot)
{
    char key[64];
    snprintf(key, sizeof key, "%lld/%s/%s", (long long)channel_id, date, slot);
    pthread_mutex_lock(&noted_lock);
    for (size_t i = 0; i < 64; i++) {
        if (strcmp(noted[i], key) == 0) {
            pthread_mutex_unlock(&noted_lock);
            return 0;
        }
    }
    snprintf(noted[noted_next++ % 64], sizeof noted[0], "%s", key);
    pthread_mutex_unlock(&noted_lock);
    return 1;
}

static int run_channel(struct store *st, const struct store_channel *ch, int64_t now_ms)
{
    struct selection_config cfg;
    char err[128];
    int published = 0;

    if (selection_config_parse(ch->selection, &cfg, err, sizeof err) < 0) {
        if (note_once(ch->id, "config", err))
            log_warn("selection: channel=%s bad settings: %s", ch->slug, err);
        return 0;
    }
    if (!cfg.enabled)
        return 0;
    for (size_t i = 0; i < cfg.nslots; i++) {
        const struct selection_slot *sl = &cfg.slots[i];
        struct store_selection have;
        struct selection_result r;
        struct store_event ev;
        char date[11];
        int64_t slot_ms;
        int rc;

        if (selection_slot_at_or_before(ch->tz, sl->hour, sl->minute, now_ms, &slot_ms, date) < 0)
            continue;
        if (slot_ms < ch->created_at)
            continue; /* the channel did not exist yet */
        rc = store_selection_get(st, ch->id, date, sl->name, &have);
        if (rc == 0)
            continue;
        if (rc != -ENOENT)
            return rc;
        if (now_ms - slot_ms >= SELECTION_LATE_MS) {
            if (note_once(ch->id, date, sl->name))
                log_info("selection: channel=%s slot=%s date=%s skipped: %lld min late", ch->slug,
                         sl->name, date, (long long)((now_ms - slot_ms) / 60000));
            continue;
        }
        if ((rc = build(st, ch, &cfg, sl->name, date, slot_ms, &r)) < 0) {
            log_warn("selection: channel=%s slot=%s: %s", ch->slug, sl->name, crier_strerror(rc));
            continue;
        }
        memset(&ev, 0, sizeof ev);
        rc = selection_post(st, ch, &r, &ev);
        if (rc == 0) {
            log_info("selection: channel=%s slot=%s date=%s published seq=%lld items=%zu", ch->slug,
                     sl->name, date, (long long)ev.seq, r.nitems);
            published++;
        } else if (rc == -ENODATA) {
            if (note_once(ch->id, date, sl->name))
                log_info("selection: channel=%s slot=%s date=%s skipped: nothing to select",
                         ch->slug, sl->name, date);
        } else if (rc != -EEXIST) {
            log_warn("selection: channel=%s slot=%s: %s", ch->slug, sl->name, crier_strerror(rc));
        }
        store_event_clear(&ev);
        selection_result_free(&r);
    }
    return published;
}

int selection_run_due(struct store *st, int64_t now_ms)
{
    struct store_channel *chs = NULL;
    size_t n = 0;
    int rc = store_channel_list(st, &chs, &n), total = 0;

    if (rc < 0)
        return rc;
    for (size_t i = 0; i < n; i++) {
        rc = run_channel(st, &chs[i], now_ms);
        if (rc > 0)
            total += rc;
    }
    store_channels_free(chs, n);
    return total;
}

int selection_warm(struct store *st, int64_t since_ms, int64_t now_ms)
{
    struct store_channel *chs = NULL;
    size_t n = 0;

    if (!is_watched(0, now_ms))
        return 0; /* nobody previews: no look at the store */
    int rc = store_channel_list(st, &chs, &n), total = 0;

    for (size_t i = 0; rc == 0 && i < n; i++) {
        struct selection_config cfg;
        struct store_candidate *cands = NULL;
        size_t nc = 0;
        int64_t from = 0, audience;
        char err[128];

        if (!is_watched(chs[i].id, now_ms))
            continue; /* nobody previews it: its slot's selection reads its posts */
        if (selection_config_parse(chs[i].selection, &cfg, err, sizeof err) < 0 || !cfg.enabled)
            continue; /* run_channel() says why once */
        if ((rc = window_start_of(st, chs[i].id, now_ms, &from)) < 0)
            break;
        if (since_ms > from)
            from = since_ms;
        if (from > now_ms || (rc = store_candidates(st, chs[i].id, from, now_ms, &cands, &nc)) < 0)
            continue;
        struct digest_post *posts = digest_posts_of(&chs[i], cands, nc, &audience);
        rc = digest_prepare(posts, nc);
        free(posts);
        store_candidates_free(cands, nc);
        if (rc == 0)
            total += (int)nc;
    }
    store_channels_free(chs, n);
    return rc < 0 ? rc : total;
}
