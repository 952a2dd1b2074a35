/*
 * store_candidate: a selection candidate read from its post's stored record
 * (the JSON text), for both backends: the six members ranking reads are
 * picked out in one pass (jsonpick), with no tree built, since a full parse
 * of 10,000 records with their HTML costs more than the ranking itself.
 */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "jsonpick.h"
#include "store/store.h"
#include "xmalloc.h"

/* The body bytes a candidate keeps: ranking reads the start, the lede its
 * first paragraphs. */
#define CANDIDATE_BODY_BYTES 4096

/* The members of a post's JSON that ranking reads. */
static const char *const candidate_members[] = {"title",      "body", "lang",
                                                "source_url", "tags", "importance"};

struct tag_walk {
    const char *s;
    size_t n, bytes; /* string tags and their bytes (with NULs) */
    const char **v;  /* second pass: where each goes */
    char *p;
};

static void tag_count(struct jspan e, void *arg)
{
    struct tag_walk *w = arg;
    long len = jsonpick_string_len(w->s, e);
    if (len >= 0) {
        w->n++;
        w->bytes += (size_t)len + 1;
    }
}

static void tag_copy(struct jspan e, void *arg)
{
    struct tag_walk *w = arg;
    long len = jsonpick_string(w->s, e, w->p, (size_t)jsonpick_string_len(w->s, e) + 1);
    if (len >= 0) {
        w->v[w->n++] = w->p;
        w->p += len + 1;
    }
}

/* Fills the ranking fields of one candidate from its post's JSON text
 * data[0..dn): title, the body's first CANDIDATE_BODY_BYTES, lang,
 * source_url, tags and importance, with every string in one block. The
 * members are picked out of the text in one pass (jsonpick): a full parse
 * of each record, with its rendered HTML, would cost more than the ranking.
 * Both backends read their candidates' records through it. */
void store_candidate_fill(struct store_candidate *cd, const char *data, size_t dn)
{
    size_t len[4] = {0}, total = 0;
    struct jspan v[6];
    struct tag_walk tw = {.s = data};
    const char **dst[4] = {&cd->title, &cd->body, &cd->lang, &cd->source_url};

    if (!data || jsonpick(data, dn, candidate_members, 6, v) < 0)
        memset(v, 0, sizeof v);
    for (int i = 0; i < 4; i++) {
        long l = v[i].to ? jsonpick_string_len(data, v[i]) : -1;
        if (l >= 0) {
            len[i] = (size_t)l + 1;
            if (i == 1 && len[i] > CANDIDATE_BODY_BYTES + 1)
                len[i] = CANDIDATE_BODY_BYTES + 1;
        }
        total += len[i];
    }
    if (v[4].to)
        jsonpick_array(data, v[4], tag_count, &tw);
    size_t ntags = tw.n;
    total += tw.bytes;
    char *block = xmalloc(ntags * sizeof(char *) + total + 1);
    char *p = block + ntags * sizeof(char *);
    for (int i = 0; i < 4; i++) {
        *dst[i] = NULL;
        if (len[i]) {
            long w = jsonpick_string(data, v[i], p, len[i]);
            *dst[i] = p;
            p += w + 1; /* a cut body is shorter than its room, by a partial character */
        }
    }
    tw.v = (const char **)(void *)block;
    tw.p = p;
    tw.n = 0;
    if (ntags)
        jsonpick_array(data, v[4], tag_copy, &tw);
    assert(tw.n == ntags && (size_t)(tw.p - block) <= ntags * sizeof(char *) + total);
    cd->tags = tw.v;
    cd->ntags = ntags;
    long imp = v[5].to ? strtol(data + v[5].from, NULL, 10) : 0;
    cd->importance = imp < 0 ? 0 : imp > 3 ? 3 : (int)imp; /* a post's is 0 to 3 */
    cd->block = block;
}

void store_candidates_free(struct store_candidate *c, size_t n)
{
    if (!c)
        return;
    for (size_t i = 0; i < n; i++)
        free(c[i].block);
    free(c);
}
