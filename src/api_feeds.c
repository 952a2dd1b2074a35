/* api_feeds: a channel's Atom feeds, of posts and of selections. */
#include "api_int.h"

#include <string.h>

#include "crier.h"
#include "feed_out.h"
#include "jsonr.h"
#include "reader.h"
#include "xmalloc.h"

#define API_FEED_ENTRIES 50
#define API_FEED_SCAN 1000 /* recent events read to rebuild the last posts */
#define API_FEED_PAGE 64   /* events read from the store at a time */
#define API_FEED_PAGE_BYTES (2 * 1024 * 1024)

struct feed_post {
    int64_t post_id;
    json_t *rec;
    int deleted;
    int64_t deleted_at;
};

static int feed_seq_cmp(const void *a, const void *b)
{
    const struct feed_post *x = a, *y = b;
    int64_t sx = json_integer_value(json_object_get(x->rec, "seq"));
    int64_t sy = json_integer_value(json_object_get(y->rec, "seq"));
    return sx < sy ? 1 : sx > sy ? -1 : 0;
}

static int64_t feed_rank(const struct feed_post *p)
{
    return json_integer_value(json_object_get(p->rec, "seq"));
}

/* Folds one event into the feed's posts (at most API_FEED_ENTRIES + 1 of
 * them): a post or an edit replaces the post's record, a delete marks it; the
 * post of lowest rank goes once there are more than API_FEED_ENTRIES. */
static void feed_take_event(struct feed_post *fp, size_t *nfp, const struct store_event *ev)
{
    size_t k;

    if (ev->kind != STORE_EV_POST && ev->kind != STORE_EV_EDIT && ev->kind != STORE_EV_DELETE)
        return; /* selections have their own feed; a pin is no entry */
    for (k = 0; k < *nfp && fp[k].post_id != ev->post_id; k++)
        ;
    json_t *rec = jsonr_loadb(ev->data, ev->data_len, 0, NULL);
    if (!rec)
        return;
    if (k == *nfp) {
        fp[k].post_id = ev->post_id;
        fp[k].rec = rec;
        fp[k].deleted = 0;
        fp[k].deleted_at = 0;
        (*nfp)++;
    } else if (ev->kind == STORE_EV_DELETE) {
        json_decref(rec); /* the record as it stood stays, marked deleted */
    } else {
        json_decref(fp[k].rec);
        fp[k].rec = rec;
    }
    if (ev->kind == STORE_EV_DELETE) {
        fp[k].deleted = 1;
        fp[k].deleted_at = ev->created_at;
    }
    if (*nfp > API_FEED_ENTRIES) {
        size_t low = 0;
        for (size_t i = 1; i < *nfp; i++)
            if (feed_rank(&fp[i]) < feed_rank(&fp[low]))
                low = i;
        json_decref(fp[low].rec);
        fp[low] = fp[--*nfp];
    }
}

/* GET /{slug}/atom.xml and /{slug}/selections/atom.xml: a token, the
 * feed key (?key=) or a public channel. */
void api_h_atom(struct api *api, const struct route_match *m, const struct http_request *req,
                const struct caller *who, struct response *res)
{
    int selections = m->id == ROUTE_SELECTIONS_ATOM;
    struct store_channel ch;
    struct feed_post *fp = NULL;
    size_t nfp = 0;
    char base[300], path[128];
    int rc;

    char key[READER_TOKEN_LEN + 2];
    if (http_query_get(req->query, "key", key, sizeof key) < 0)
        key[0] = '\0';
    if (api_channel_load_key(api, m->slug, who, key[0] ? key : NULL, &ch, res) < 0)
        return;
    api_cors(res, &ch);
    api_base_url(req, base, sizeof base);
    snprintf(path, sizeof path, selections ? "/%s/selections/atom.xml" : "/%s/atom.xml", ch.slug);
    if (selections) {
        struct store_selection *sels = NULL;
        size_t n = 0;
        if ((rc = store_selection_list(api->st, ch.id, API_FEED_ENTRIES, &sels, &n)) < 0) {
            api_store_failure(res, rc);
            store_channel_clear(&ch);
            return;
        }
        fp = xcalloc(n ? n : 1, sizeof *fp);
        for (size_t i = 0; i < n; i++) {
            int state = 0;
            struct post p;
            /* the feed is made of records as readers receive them */
            if (store_post_get(api->st, ch.id, sels[i].post_id, &p, &state) < 0)
                continue;
            fp[nfp].post_id = sels[i].post_id;
            fp[nfp].rec = post_to_json(&p);
            post_clear(&p);
            fp[nfp].deleted = state == STORE_POST_DELETED;
            nfp++;
        }
        free(sels);
    } else {
        /* The last posts, as they stand now, rebuilt from recent events,
         * read a page at a time. Only the API_FEED_ENTRIES newest posts are
         * kept: the rank is the post's own seq, which later edits and
         * deletes never raise, so a post pushed out never comes back. */
        int64_t after = ch.last_seq > API_FEED_SCAN ? ch.last_seq - API_FEED_SCAN : 0;
        if (after < ch.oldest_seq - 1)
            after = ch.oldest_seq - 1;
        fp = xcalloc(API_FEED_ENTRIES + 1, sizeof *fp);
        for (;;) {
            struct store_event *evs = NULL;
            size_t n = 0;
            int64_t oldest = 0, last = 0;
            rc = store_events_page(api->st, ch.id, after, API_FEED_PAGE, API_FEED_PAGE_BYTES, &evs,
                                   &n, &oldest, &last);
            if (rc < 0) {
                for (size_t i = 0; i < nfp; i++)
                    json_decref(fp[i].rec);
                free(fp);
                api_store_failure(res, rc);
                store_channel_clear(&ch);
                return;
            }
            for (size_t i = 0; i < n; i++)
                feed_take_event(fp, &nfp, &evs[i]);
            if (n)
                after = evs[n - 1].seq;
            store_events_free(evs, n);
            if (n == 0 || after >= last)
                break;
        }
        qsort(fp, nfp, sizeof *fp, feed_seq_cmp);
    }
    size_t nent = nfp < API_FEED_ENTRIES ? nfp : API_FEED_ENTRIES, ne = 0;
    struct feed_out_entry *ents = xcalloc(nent ? nent : 1, sizeof *ents);
    for (size_t i = 0; i < nent; i++) {
        if (fp[i].deleted) {
            json_object_set_new(fp[i].rec, "deleted", json_true());
            if (fp[i].deleted_at)
                json_object_set_new(fp[i].rec, "edited_at", json_integer(fp[i].deleted_at));
        }
        if (feed_out_entry_from_json(fp[i].rec, base, ch.slug, &ents[ne]) == 0)
            ne++;
    }
    /* The two feeds of a channel have titles a reader can tell apart. */
    char sel_title[400];
    snprintf(sel_title, sizeof sel_title, "%s — %s", ch.title,
             strncmp(ch.lang, "fr", 2) == 0 ? "Sélections" : "Selections");
    struct feed_out_channel fc = {.slug = ch.slug,
                                  .title = selections ? sel_title : ch.title,
                                  .description = ch.description,
                                  .lang = ch.lang,
                                  .base_url = base,
                                  .updated_ms = ch.updated_at,
                                  .created_ms = ch.created_at};
    buf_reset(&res->body);
    res->last_modified_ms = ch.updated_at;
    for (size_t i = 0; i < ne; i++) {
        int64_t u =
            ents[i].updated_ms > ents[i].published_ms ? ents[i].updated_ms : ents[i].published_ms;
        if (u > res->last_modified_ms)
            res->last_modified_ms = u;
    }
    rc = feed_out_atom(&res->body, &fc, path, ents, ne);
    if (rc < 0)
        response_error(res, 500, "internal", "feed: %s", crier_strerror(rc));
    else
        res->content_type = "application/atom+xml; charset=utf-8";
    for (size_t i = 0; i < ne; i++)
        feed_out_entry_clear(&ents[i]);
    free(ents);
    for (size_t i = 0; i < nfp; i++)
        json_decref(fp[i].rec);
    free(fp);
    store_channel_clear(&ch);
}
