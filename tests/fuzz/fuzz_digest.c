// FUZZ_SOURCES: src/digest*.c src/lede*.c src/buf.c src/utf8.c src/xmalloc.c build/rel/dictpairs.c
// FUZZ_LIBS: -lstemmer -licui18n -licuuc -licudata
/*
 * fuzz_digest: a selection over posts whose words anyone may have written.
 * A followed feed's items become posts (sources.c), so the grouping's
 * readers and rules (digest_*.c) and the ledes (lede_*.c) read text from
 * the open web. The input is up to 16 posts: fields split at NUL bytes,
 * each post a title then a body; the first byte picks the channel's
 * language, and each title's first byte the post's language, source,
 * importance and tag.
 *
 * Checks, besides no crash, leak or undefined behaviour:
 * - digest_select() accepts the posts and returns at most one item per post;
 * - every post is told by at most one item (representative or merged);
 * - for posts in valid UTF-8, every title, lede and shared term is valid UTF-8;
 * - the same selection again, its posts' keys now read from the memo
 *   (digest_prepare() then digest_select()), groups the posts the same way.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "digest.h"
#include "digest_memo.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FZ_POSTS 16
#define FZ_MINUTE 60000

static const char *const langs[] = {"fr", "en", NULL, "fr-CA"};
static const char *const urls[] = {"https://www.example.fr/a/1", "https://news.example.com/x", NULL,
                                   "not a url"};
static const char *const tag_sets[][2] = {{"politique", "monde"}, {"sport", ""}, {"", ""}};

struct fz_in {
    char *copy; /* the input, NUL-terminated fields */
    struct digest_post p[FZ_POSTS];
    const char *tags[FZ_POSTS][2];
    size_t n;
    int valid; /* every field is valid UTF-8 */
};

/* The next NUL-terminated field from *at, or NULL at the end. */
static char *next_field(char **at, char *end)
{
    if (*at >= end)
        return NULL;
    char *f = *at;
    *at += strlen(f) + 1;
    return f;
}

static void read_posts(struct fz_in *in, const uint8_t *data, size_t size)
{
    in->copy = malloc(size + 1);
    memcpy(in->copy, data, size);
    in->copy[size] = '\0';
    in->valid = utf8_valid(in->copy, size);
    char *at = in->copy, *end = in->copy + size;
    char *title, *body;
    while (in->n < FZ_POSTS && (title = next_field(&at, end)) != NULL) {
        body = next_field(&at, end);
        unsigned k = (unsigned char)title[0];
        struct digest_post *p = &in->p[in->n];
        p->id = (int64_t)in->n + 1;
        p->seq = (int64_t)in->n + 1;
        p->title = title;
        p->body = body;
        p->lang = langs[k & 3];
        p->source_url = urls[(k >> 2) & 3];
        p->importance = (int)((k >> 4) & 3);
        const char *const *set = tag_sets[(k >> 6) % 3];
        size_t nt = 0;
        for (size_t i = 0; i < 2; i++)
            if (set[i][0])
                in->tags[in->n][nt++] = set[i];
        p->tags = nt ? in->tags[in->n] : NULL;
        p->ntags = nt;
        p->published_at = (int64_t)(in->n + 1) * 7 * FZ_MINUTE;
        p->views = (int64_t)(k % 5) * 10;
        p->pinned = (k % 23) == 0;
        in->n++;
    }
}

static void check_text(const char *s, int valid)
{
    if (!s || (valid && !utf8_valid(s, strlen(s))))
        abort();
}

/* Every post at most once, and what it says valid where its input was. */
static void check_items(const struct fz_in *in, const struct digest_item *it, size_t n)
{
    unsigned char seen[FZ_POSTS + 1] = {0};
    if (n > in->n)
        abort();
    for (size_t i = 0; i < n; i++) {
        if (it[i].seq < 1 || it[i].seq > (int64_t)in->n || seen[it[i].seq]++)
            abort();
        for (size_t m = 0; m < it[i].nmerged; m++) {
            int64_t s = it[i].merged[m];
            if (s < 1 || s > (int64_t)in->n || seen[s]++)
                abort();
        }
        if (it[i].posts != 1 + it[i].nmerged || it[i].nwhy > it[i].nmerged)
            abort();
        check_text(it[i].title, in->valid);
        check_text(it[i].lede, in->valid);
        for (size_t w = 0; w < it[i].nwhy; w++)
            for (size_t t = 0; t < it[i].why[w].nshared; t++)
                check_text(it[i].why[w].shared[t], in->valid);
    }
}

/* The story (representative's seq) each post is in, 0 when in none. */
static void stories(const struct digest_item *it, size_t n, int64_t story[FZ_POSTS + 1])
{
    memset(story, 0, sizeof(int64_t) * (FZ_POSTS + 1));
    for (size_t i = 0; i < n; i++) {
        story[it[i].seq] = it[i].seq;
        for (size_t m = 0; m < it[i].nmerged; m++)
            story[it[i].merged[m]] = it[i].seq;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct fz_in in;
    struct digest_weights w;
    struct digest_item *items = NULL, *again = NULL;
    size_t n = 0, n2 = 0;
    int64_t s1[FZ_POSTS + 1], s2[FZ_POSTS + 1];

    if (size < 1)
        return 0;
    memset(&in, 0, sizeof in);
    read_posts(&in, data + 1, size - 1);
    digest_weights_default(&w);
    w.lang = langs[data[0] & 3];
    w.max_items = FZ_POSTS;
    int64_t end = (int64_t)(FZ_POSTS + 2) * 7 * FZ_MINUTE;

    digest_memo_limit(0); /* read every post afresh */
    if (digest_select(in.p, in.n, &w, 0, end, 100, &items, &n) != 0)
        abort();
    check_items(&in, items, n);

    digest_memo_limit(DIGEST_MEMO_BYTES);
    if (digest_prepare(in.p, in.n) != 0 ||
        digest_select(in.p, in.n, &w, 0, end, 100, &again, &n2) != 0)
        abort();
    check_items(&in, again, n2);
    stories(items, n, s1);
    stories(again, n2, s2);
    if (n != n2 || memcmp(s1, s2, sizeof s1) != 0)
        abort();

    digest_items_free(items, n);
    digest_items_free(again, n2);
    digest_memo_clear();
    free(in.copy);
    return 0;
}
