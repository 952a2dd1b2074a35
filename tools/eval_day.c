/* eval_day: one news day read with its gold answer (eval_day.h). */
#include "eval_day.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "digest_int.h"
#include "digest_trace.h"

int64_t iso_ms(const char *s)
{
    struct tm tm = {0};
    if (!s || !strptime(s, "%Y-%m-%dT%H:%M:%SZ", &tm))
        return -1;
    return (int64_t)timegm(&tm) * 1000;
}

static const char *str_of(json_t *o, const char *key)
{
    const char *s = json_string_value(json_object_get(o, key));
    return s ? s : "";
}

/* Tags are borrowed from the JSON tree, which outlives the day. */
static const char **tags_of(json_t *arr, size_t *n)
{
    size_t k = json_array_size(arr);
    *n = 0;
    if (!k)
        return NULL;
    const char **t = calloc(k, sizeof *t);
    if (!t)
        abort();
    for (size_t i = 0; i < k; i++)
        if (json_is_string(json_array_get(arr, i)))
            t[(*n)++] = json_string_value(json_array_get(arr, i));
    return t;
}

static int post_load(struct day *d, json_t *p)
{
    size_t i = d->n;
    struct digest_post *dp = &d->posts[i];
    memset(dp, 0, sizeof *dp);
    dp->id = json_integer_value(json_object_get(p, "id"));
    dp->seq = dp->id;
    dp->title = str_of(p, "title");
    dp->body = str_of(p, "body");
    dp->lang = str_of(p, "lang");
    dp->source_url = json_string_value(json_object_get(p, "source_url"));
    dp->tags = tags_of(json_object_get(p, "tags"), &dp->ntags);
    dp->importance = (int)json_integer_value(json_object_get(p, "importance"));
    dp->published_at = iso_ms(str_of(p, "published_at"));
    dp->views = json_integer_value(json_object_get(p, "views"));
    d->story[i] = str_of(p, "story");
    d->lede[i] = str_of(p, "lede");
    if (dp->id <= 0 || dp->published_at < 0 || !*d->story[i])
        return -EINVAL;
    d->n++;
    return 0;
}

int day_load(struct day *d, const char *path)
{
    json_error_t err;
    memset(d, 0, sizeof *d);
    d->name = path;
    d->root = json_load_file(path, 0, &err);
    if (!d->root) {
        fprintf(stderr, "%s:%d: %s\n", path, err.line, err.text);
        return -EINVAL;
    }
    d->lang = str_of(json_object_get(d->root, "channel"), "lang");
    json_t *win = json_object_get(d->root, "window");
    d->start = iso_ms(str_of(win, "start"));
    d->end = iso_ms(str_of(win, "end"));
    json_t *posts = json_object_get(d->root, "posts"), *p;
    size_t i;
    json_array_foreach(posts, i, p)
    {
        if (d->n == EVAL_MAX_POSTS || post_load(d, p) < 0) {
            fprintf(stderr, "%s: post %zu is invalid or one too many\n", path, i);
            return -EINVAL;
        }
    }
    json_t *top = json_object_get(d->root, "top5"), *s;
    json_array_foreach(top, i, s) if (d->ntop < EVAL_TOP) d->top5[d->ntop++] = json_string_value(s);
    if (d->start < 0 || d->end < d->start || d->ntop == 0) {
        fprintf(stderr, "%s: bad window or no top5\n", path);
        return -EINVAL;
    }
    return 0;
}

void day_free(struct day *d)
{
    for (size_t i = 0; i < d->n; i++)
        free((void *)d->posts[i].tags);
    json_decref(d->root);
}

struct key_text {
    uint64_t h;
    char *buf;
    size_t size;
};

static void key_text_of(void *ctx, uint64_t h, uint8_t kind, float w, const char *s, size_t len)
{
    struct key_text *t = ctx;
    (void)kind;
    (void)w;
    if (h == t->h && !t->buf[0])
        snprintf(t->buf, t->size, "%.*s", (int)(len < t->size - 1 ? len : t->size - 1), s);
}

void day_key_text(const struct digest_post *p, uint64_t h, char *buf, size_t size)
{
    struct key_text t = {h, buf, size};

    if (!size)
        return;
    buf[0] = '\0';
    digest_trace_texts(p, key_text_of, &t);
}

void *eval_xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p)
        abort();
    return p;
}

/* ------------------------------------------------------------ name classes */

static const char *const org_words[] = {
    "authority",   "council",   "ministry", "ministère", "agency",     "bank",       "banque",
    "party",       "parti",     "union",    "company",   "club",       "university", "université",
    "commission",  "assemblée", "conseil",  "federal",   "fédération", "federation", "association",
    "corporation", "group",     "groupe",   "police",    "office",     "department", "board",
    "court",       "tribunal",  "fund",     "fonds",     "institute",  "institut",   "service",
    "society",     "société",   "league",   "ligue",     "syndicat",   "committee",  "comité",
    "inc",         "ltd",       "sa",       "airlines",  "airways",    "régie",      "caisse",
    "network",     "chamber",   "chambre",  "senate",    "sénat",      "parliament", "parlement",
    "army",        "armée",     "forces"};

static int org_text(const char *s)
{
    size_t upper = 0, lower = 0;
    for (const char *p = s; *p; p++) {
        upper += isupper((unsigned char)*p) != 0;
        lower += islower((unsigned char)*p) != 0;
    }
    if (upper >= 2 && lower == 0)
        return 1; /* an acronym */
    char word[64];
    for (const char *p = s; *p;) {
        while (*p == ' ' || *p == '-' || *p == '\'')
            p++;
        size_t n = strcspn(p, " -'");
        if (!n)
            break;
        snprintf(word, sizeof word, "%.*s", (int)(n < 63 ? n : 63), p);
        for (char *q = word; *q; q++)
            *q = (char)tolower((unsigned char)*q);
        for (size_t i = 0; i < sizeof org_words / sizeof *org_words; i++)
            if (!strcmp(word, org_words[i]))
                return 1;
        p += n;
    }
    return 0;
}

static int person_text(const char *s)
{
    size_t words = 0;
    for (const char *p = s; *p;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        if (!isupper((unsigned char)*p))
            return 0;
        words++;
        p += strcspn(p, " ");
    }
    return words == 2 || words == 3;
}

int day_name_class(const struct digest_post *p, const struct digest_trace_key *x)
{
    if (x->kind == K_NUMBER)
        return N_FIGURE;
    if (x->kind == K_ALIAS)
        return N_ALIAS;
    uint8_t place = digest_key_place(K_NAME, x->h, 0);
    if (place & 4)
        return N_COUNTRY;
    if (place & 8)
        return N_REGION;
    if (digest_facility_name(x->h))
        return N_FACILITY;
    char t[91];
    day_key_text(p, x->h, t, sizeof t);
    if (org_text(t))
        return N_ORG;
    if (x->kind == K_HALF || person_text(t))
        return N_PERSON;
    return N_OTHER;
}

size_t day_post_index(const struct day *d, int64_t id)
{
    for (size_t i = 0; i < d->n; i++)
        if (d->posts[i].id == id)
            return i;
    return SIZE_MAX;
}

void day_groups_of(const struct day *d, const struct digest_item *it, size_t nit, size_t *group)
{
    for (size_t i = 0; i < d->n; i++)
        group[i] = nit + i;
    for (size_t g = 0; g < nit; g++) {
        size_t r = day_post_index(d, it[g].post_id);
        if (r != SIZE_MAX)
            group[r] = g;
        for (size_t m = 0; m < it[g].nmerged; m++) {
            size_t k = day_post_index(d, it[g].merged[m]);
            if (k != SIZE_MAX)
                group[k] = g;
        }
    }
}

void day_weights_uncapped(const struct day *d, struct digest_weights *all)
{
    digest_weights_default(all);
    all->lang = d->lang; /* as selection.c passes the channel's language */
    all->max_items = d->n; /* every group, whatever its score: no cap, no floor */
    all->tag_cap = 0;
    all->floor = 0;
}

int day_grouping(const struct day *d, const struct digest_tracer *t, size_t *group)
{
    struct digest_weights all;
    struct digest_item *every = NULL;
    size_t nevery = 0;
    day_weights_uncapped(d, &all);
    digest_tracer = t;
    int rc = digest_select(d->posts, d->n, &all, d->start, d->end, EVAL_AUDIENCE, &every, &nevery);
    digest_tracer = NULL;
    if (rc < 0)
        return rc;
    day_groups_of(d, every, nevery, group);
    digest_items_free(every, nevery);
    return 0;
}
