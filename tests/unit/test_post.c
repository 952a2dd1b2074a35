/* Unit tests for src/post.c: each field rule of post_apply_json once (the
 * answer's status, code and sentence), the record post_to_json writes (keys
 * in order, exact values) and post_from_json reads back, a selection's
 * round trip, French text kept byte for byte, and the body's Markdown. */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fields.h"
#include "media.h"
#include "post.h"
#include "tap.h"

#define NOW_MS 1767225600000LL   /* 2026-01-01T00:00:00Z */
#define Y2030_MS 1893456000000LL /* 2030-01-01T00:00:00Z */
#define HOUR_MS 3600000LL
#define HEX64 "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
#define HEX64_B "b123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
#define HEX64_C "c123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"

static const struct post_context create_ctx = {1, "fr", "Europe/Paris", NOW_MS, NULL, 7};
static const struct post_context edit_ctx = {0, "fr", "Europe/Paris", NOW_MS, NULL, 7};

static struct field_error err;

/* Applies the JSON text in (which must parse) to p. */
static int apply(struct post *p, const char *in, const struct post_context *ctx)
{
    json_error_t jerr;
    json_t *j = json_loads(in, 0, &jerr);
    if (!j) {
        printf("# bad test JSON %s: %s\n", in, jerr.text);
        return -999;
    }
    memset(&err, 0, sizeof err);
    int rc = post_apply_json(p, j, ctx, &err);
    json_decref(j);
    return rc;
}

/* The same, on a fresh post that is dropped afterwards. */
static int apply_new(const char *in, const struct post_context *ctx)
{
    struct post p;
    post_init(&p);
    int rc = apply(&p, in, ctx);
    post_clear(&p);
    return rc;
}

/* A refusal: -EINVAL with that status, code and message. */
#define refused(in, ctx, status_, code_, msg_, what)                                               \
    do {                                                                                           \
        is_int(apply_new(in, ctx), -EINVAL, "%s: refused", what);                                  \
        is_int(err.status, status_, "%s: status", what);                                           \
        is_str(err.code, code_, "%s: code", what);                                                 \
        is_str(err.message, msg_, "%s: message", what);                                            \
    } while (0)

/* {"title":"T","<field>":"<n times c>"} as JSON text (free it); for the
 * field "title", the title alone. */
static char *with_long(const char *field, size_t n, char c)
{
    char *s = malloc(n + 1);
    memset(s, c, n);
    s[n] = '\0';
    json_t *o = json_pack("{s:s}", field, s);
    if (strcmp(field, "title") != 0)
        json_object_set_new(o, "title", json_string("T"));
    char *text = json_dumps(o, JSON_COMPACT);
    json_decref(o);
    free(s);
    return text;
}

/* The record of p as compact JSON text (free it). */
static char *record(const struct post *p)
{
    json_t *o = post_to_json(p);
    char *text = json_dumps(o, JSON_COMPACT);
    json_decref(o);
    return text;
}

static void test_create_defaults(void)
{
    struct post p;
    post_init(&p);
    is_int(apply(&p, "{\"title\":\"T\"}", &create_ctx), 0, "a title alone makes a post");
    is_int(p.kind, POST_NEWS, "a news post");
    is_str(p.title, "T", "title");
    is_str(p.body, "", "body defaults to empty");
    is_str(p.html, "", "html of an empty body");
    is_str(p.lang, "fr", "lang defaults to the channel's");
    is_int(p.importance, POST_IMPORTANCE_DEFAULT, "importance defaults to 1");
    is_int(p.silent, 0, "not silent");
    is_int(p.ntags, 0, "no tags");
    ok(!p.source_url && !p.author && !p.external_id && !p.media.url, "no link, author, id, photo");
    is_int(p.publish_at, 0, "publish now");
    post_clear(&p);
}

static void test_title_body(void)
{
    char *s;

    refused("{\"body\":\"b\"}", &create_ctx, 400, "invalid", "title is required",
            "create without title");
    is_int(apply_new("{\"body\":\"b\"}", &edit_ctx), 0, "an edit needs no title");
    refused("{\"title\":\"\"}", &create_ctx, 400, "invalid", "title must not be empty",
            "empty title");
    refused("{\"title\":\"\"}", &edit_ctx, 400, "invalid", "title must not be empty",
            "empty title on an edit");
    refused("{\"title\":7}", &create_ctx, 400, "invalid", "title must be a string",
            "a number as title");
    s = with_long("title", POST_TITLE_MAX, 'x');
    is_int(apply_new(s, &create_ctx), 0, "a title of 256 bytes");
    free(s);
    s = with_long("title", POST_TITLE_MAX + 1, 'x');
    refused(s, &create_ctx, 400, "invalid", "title is 257 bytes; the limit is 256",
            "a title of 257 bytes");
    free(s);
    refused("{\"title\":\"a\\nb\"}", &create_ctx, 400, "invalid",
            "title contains control characters", "a newline in a title");

    s = with_long("body", POST_BODY_MAX, 'b');
    is_int(apply_new(s, &create_ctx), 0, "a body of POST_BODY_MAX bytes");
    free(s);
    s = with_long("body", POST_BODY_MAX + 1, 'b');
    refused(s, &create_ctx, 413, "too_large", "body is 65537 bytes; the limit is 65536",
            "a body past POST_BODY_MAX");
    free(s);
    refused("{\"title\":\"T\",\"body\":\"a\\u0001b\"}", &create_ctx, 400, "invalid",
            "body contains control characters", "U+0001 in a body");
    refused("{\"title\":\"T\",\"body\":\"a\\u007fb\"}", &create_ctx, 400, "invalid",
            "body contains control characters", "DEL in a body");

    struct post p;
    post_init(&p);
    is_int(apply(&p, "{\"title\":\"T\",\"body\":\"a\\nb\\r\\n\\tc\"}", &create_ctx), 0,
           "newline, CR and tab in a body");
    is_str(p.body, "a\nb\r\n\tc", "the body as sent");
    post_clear(&p);
}

static void test_flags(void)
{
    struct post p;

    post_init(&p);
    is_int(apply(&p, "{\"title\":\"T\",\"importance\":0,\"silent\":true}", &create_ctx), 0,
           "importance 0, silent");
    is_int(p.importance, 0, "importance 0");
    is_int(p.silent, 1, "silent");
    is_int(apply(&p, "{\"importance\":3,\"silent\":false}", &edit_ctx), 0, "importance 3");
    is_int(p.importance, 3, "importance 3");
    is_int(p.silent, 0, "silent false");
    post_clear(&p);
    refused("{\"title\":\"T\",\"importance\":4}", &create_ctx, 400, "invalid",
            "importance must be 0, 1, 2 or 3", "importance 4");
    refused("{\"title\":\"T\",\"importance\":-1}", &create_ctx, 400, "invalid",
            "importance must be 0, 1, 2 or 3", "importance -1");
    refused("{\"title\":\"T\",\"importance\":\"2\"}", &create_ctx, 400, "invalid",
            "importance must be 0, 1, 2 or 3", "importance as a string");
    refused("{\"title\":\"T\",\"importance\":2.0}", &create_ctx, 400, "invalid",
            "importance must be 0, 1, 2 or 3", "importance as a real");
    refused("{\"title\":\"T\",\"silent\":1}", &create_ctx, 400, "invalid",
            "silent must be true or false", "silent as a number");
}

static void test_tags(void)
{
    struct post p;
    char tags[512], *s;
    size_t o = 0;

    o += (size_t)snprintf(tags + o, sizeof tags - o, "{\"title\":\"T\",\"tags\":[");
    for (int i = 0; i < POST_TAGS_MAX; i++)
        o += (size_t)snprintf(tags + o, sizeof tags - o, "%s\"t%d\"", i ? "," : "", i);
    snprintf(tags + o, sizeof tags - o, "]}");
    post_init(&p);
    is_int(apply(&p, tags, &create_ctx), 0, "16 tags");
    is_int(p.ntags, POST_TAGS_MAX, "16 tags kept");
    is_str(p.tags[15], "t15", "in order");
    post_clear(&p);
    snprintf(tags + o, sizeof tags - o, ",\"t16\"]}");
    refused(tags, &create_ctx, 400, "invalid", "tags must be an array of at most 16 strings",
            "17 tags");
    refused("{\"title\":\"T\",\"tags\":\"a\"}", &create_ctx, 400, "invalid",
            "tags must be an array of at most 16 strings", "tags as a string");
    refused("{\"title\":\"T\",\"tags\":[\"\"]}", &create_ctx, 400, "invalid",
            "each tag is a string of 1 to 64 bytes", "an empty tag");
    refused("{\"title\":\"T\",\"tags\":[3]}", &create_ctx, 400, "invalid",
            "each tag is a string of 1 to 64 bytes", "a number as a tag");
    refused("{\"title\":\"T\",\"tags\":[\"a\\tb\"]}", &create_ctx, 400, "invalid",
            "each tag is a string of 1 to 64 bytes", "a tab in a tag");

    char tag[POST_TAG_MAX + 2];
    memset(tag, 'g', sizeof tag - 1);
    tag[POST_TAG_MAX] = '\0';
    json_t *j = json_pack("{s:s, s:[s]}", "title", "T", "tags", tag);
    s = json_dumps(j, JSON_COMPACT);
    is_int(apply_new(s, &create_ctx), 0, "a tag of 64 bytes");
    free(s);
    json_decref(j);
    tag[POST_TAG_MAX] = 'g';
    tag[POST_TAG_MAX + 1] = '\0';
    j = json_pack("{s:s, s:[s]}", "title", "T", "tags", tag);
    s = json_dumps(j, JSON_COMPACT);
    refused(s, &create_ctx, 400, "invalid", "each tag is a string of 1 to 64 bytes",
            "a tag of 65 bytes");
    free(s);
    json_decref(j);
}

static void test_links(void)
{
    static const char *const bad_source[] = {
        "ftp://x.example/a",   "javascript:alert(1)",   "https://",
        "http://a b.example/", "https://x.example/\"q", "//x.example/a"};
    static const char *const bad_media[] = {
        "http://img.example/a.jpg", "ftp://img.example/a.jpg", "https://",
        "https://img.example/<a>",  "/media/../secret",        "/media/" HEX64 ".json",
        "/other/" HEX64 ".jpg"};
    const char *media_msg = "media.url must be an https URL (an http image is blocked on https "
                            "pages) or /media/<name> of an uploaded photo";
    struct post p;
    char in[256];

    post_init(&p);
    is_int(apply(&p, "{\"title\":\"T\",\"source_url\":\"http://x.example/a\"}", &create_ctx), 0,
           "an http source_url");
    is_str(p.source_url, "http://x.example/a", "source_url kept");
    is_int(apply(&p, "{\"source_url\":\"HTTPS://x.example/b\"}", &edit_ctx), 0,
           "an HTTPS source_url (scheme in capitals)");
    is_str(p.source_url, "HTTPS://x.example/b", "source_url replaced");
    is_int(apply(&p, "{\"source_url\":null}", &edit_ctx), 0, "source_url null");
    ok(p.source_url == NULL, "null clears source_url");
    post_clear(&p);
    for (size_t i = 0; i < sizeof bad_source / sizeof bad_source[0]; i++) {
        json_t *j = json_pack("{s:s, s:s}", "title", "T", "source_url", bad_source[i]);
        char *s = json_dumps(j, JSON_COMPACT);
        refused(s, &create_ctx, 400, "invalid", "source_url must be an http or https URL",
                bad_source[i]);
        free(s);
        json_decref(j);
    }

    for (size_t i = 0; i < sizeof bad_media / sizeof bad_media[0]; i++) {
        snprintf(in, sizeof in, "{\"title\":\"T\",\"media\":{\"url\":\"%s\"}}", bad_media[i]);
        refused(in, &create_ctx, 400, "invalid", media_msg, bad_media[i]);
    }
    refused("{\"title\":\"T\",\"media\":{\"caption\":\"c\"}}", &create_ctx, 400, "invalid",
            "media.url or media.id is required (the post has no image yet)",
            "a caption without a photo");
    refused("{\"title\":\"T\",\"media\":\"https://img.example/a.jpg\"}", &create_ctx, 400,
            "invalid", "media must be an object {url or id, caption, credit}", "media as a string");
    refused("{\"title\":\"T\",\"media\":{\"url\":\"https://img.example/a.jpg\",\"size\":\"a\"}}",
            &create_ctx, 400, "invalid", "unknown field \"size\"", "an unknown media field");
    is_int(apply(&p,
                 "{\"title\":\"T\",\"media\":{\"url\":\"https://img.example/f.jpg\","
                 "\"alt\":\"Un tram \u00e0 l'arr\u00eat\"}}",
                 &create_ctx),
           0, "a linked photo with its alt text (a followed feed's)");
    is_str(p.media.alt, "Un tram \xc3\xa0 l'arr\xc3\xaat", "its alt is kept");
    post_clear(&p);
    refused("{\"title\":\"T\",\"media\":{\"id\":\"ab\",\"alt\":\"a\"}}", &create_ctx, 400,
            "invalid", "media.alt goes with media.url (an uploaded photo has its own)",
            "alt text with an uploaded photo's id");

    post_init(&p);
    is_int(apply(&p,
                 "{\"title\":\"T\",\"media\":{\"url\":\"https://img.example/a.jpg\","
                 "\"caption\":\"Le port\",\"credit\":\"AFP\"}}",
                 &create_ctx),
           0, "a photo");
    is_str(p.media.url, "https://img.example/a.jpg", "media.url");
    is_str(p.media.caption, "Le port", "media.caption");
    is_str(p.media.credit, "AFP", "media.credit");
    is_int(apply(&p, "{\"media\":{\"caption\":\"Le quai\"}}", &edit_ctx), 0,
           "an edit of the caption alone");
    is_str(p.media.url, "https://img.example/a.jpg", "the edit keeps the url");
    is_str(p.media.caption, "Le quai", "the new caption");
    is_str(p.media.credit, "AFP", "the edit keeps the credit");
    is_int(apply(&p, "{\"media\":null}", &edit_ctx), 0, "media null");
    ok(p.media.url == NULL && p.media.caption == NULL, "null takes the photo away");
    post_clear(&p);

    post_init(&p);
    is_int(apply(&p, "{\"title\":\"T\",\"media\":{\"url\":\"https://img.example/a.jpg\"}}",
                 &create_ctx),
           0, "a photo without caption");
    is_str(p.media.caption, "", "caption defaults to empty");
    is_str(p.media.credit, "", "credit defaults to empty");
    post_clear(&p);
}

/* media.id: an uploaded photo, resolved through the store's sidecar. */
static void test_media_id(void)
{
    char dir[] = "/tmp/crier-test-post-XXXXXX", path[256], in[512];
    struct media_store ms;
    struct post p;
    FILE *f;

    ok(mkdtemp(dir) != NULL, "scratch dir");
    is_int(media_store_dir(&ms, dir), 0, "media store");
    snprintf(path, sizeof path, "%s/%s.json", dir, HEX64);
    f = fopen(path, "w");
    fputs("{\"alt\":\"Le port <de> nuit\",\"width\":1000,\"height\":700,\"sizes\":["
          "{\"width\":320,\"name\":\"" HEX64_B ".jpg\"},{\"width\":640,\"name\":\"" HEX64_C
          ".jpg\"},{\"width\":1000,\"name\":\"" HEX64 ".jpg\"}]}",
          f);
    fclose(f);
    struct post_context cc = create_ctx, ec = edit_ctx;
    cc.media = ec.media = &ms;

    refused("{\"title\":\"T\",\"media\":{\"id\":\"abc\"}}", &cc, 400, "invalid",
            "media.id must be the id of an uploaded photo (64 hex digits)", "a short id");
    refused("{\"title\":\"T\",\"media\":{\"id\":\"" HEX64_B "\"}}", &cc, 400, "invalid",
            "media.id " HEX64_B ": no such photo", "an unknown id");
    refused("{\"title\":\"T\",\"media\":{\"id\":\"" HEX64 "\"}}", &create_ctx, 400, "invalid",
            "media.id " HEX64 ": no such photo", "an id on a node without photos");
    refused("{\"title\":\"T\",\"media\":{\"id\":\"" HEX64
            "\",\"url\":\"https://x.example/a.jpg\"}}",
            &cc, 400, "invalid", "media takes a url or an id, not both", "a url and an id");

    post_init(&p);
    snprintf(in, sizeof in,
             "{\"title\":\"T\",\"media\":{\"id\":\"%s\",\"caption\":\"Le port\","
             "\"credit\":\"AFP\"}}",
             HEX64);
    is_int(apply(&p, in, &cc), 0, "a photo by id");
    is_str(p.media.id, HEX64, "media.id kept");
    is_str(p.media.url, "/media/" HEX64 ".jpg", "url: the largest size, same origin");
    is_str(p.media.alt, "Le port <de> nuit", "alt from the upload");
    is_str(p.media.srcset,
           "/media/" HEX64_B ".jpg 320w, /media/" HEX64_C ".jpg 640w, /media/" HEX64 ".jpg 1000w",
           "srcset");
    ok(p.media.width == 1000 && p.media.height == 700, "width and height");
    is_str(p.media.caption, "Le port", "caption");
    is_int(apply(&p, "{\"media\":{\"credit\":\"Reuters\"}}", &ec), 0, "an edit of the credit");
    is_str(p.media.srcset,
           "/media/" HEX64_B ".jpg 320w, /media/" HEX64_C ".jpg 640w, /media/" HEX64 ".jpg 1000w",
           "the edit keeps the srcset");
    is_str(p.media.credit, "Reuters", "the new credit");
    is_str(p.media.caption, "Le port", "the edit keeps the caption");

    json_t *rec = post_to_json(&p);
    json_t *m = json_object_get(rec, "media");
    is_str(json_string_value(json_object_get(m, "id")), HEX64, "record: media.id");
    is_str(json_string_value(json_object_get(m, "alt")), "Le port <de> nuit", "record: alt");
    is_int((int)json_integer_value(json_object_get(m, "width")), 1000, "record: width");
    struct post back;
    is_int(post_from_json(rec, &back), 0, "read back");
    is_str(back.media.srcset, p.media.srcset, "srcset read back");
    is_str(back.media.alt, "Le port <de> nuit", "alt read back");
    ok(back.media.height == 700, "height read back");
    post_clear(&back);
    json_decref(rec);

    is_int(apply(&p, "{\"media\":{\"url\":\"https://img.example/b.jpg\"}}", &ec), 0,
           "a url replaces the uploaded photo");
    ok(!p.media.id && !p.media.alt && !p.media.srcset && !p.media.width,
       "nothing of the uploaded photo is left");
    is_str(p.media.caption, "Le port", "the caption stays");
    is_int(apply(&p, "{\"media\":{\"url\":\"/media/" HEX64 ".jpg\"}}", &ec), 0,
           "a /media/ path as url");
    post_clear(&p);

    /* A photo with a channel is that channel's alone: to another channel's
     * publisher it is no photo at all (the sidecar above, written before
     * photos had channels, may be used anywhere). */
    char owned[256];
    snprintf(owned, sizeof owned, "%s/%s.json", dir, HEX64_C);
    f = fopen(owned, "w");
    fputs("{\"alt\":\"A\",\"width\":320,\"height\":200,\"sizes\":[{\"width\":320,"
          "\"height\":200,\"name\":\"" HEX64_C ".jpg\"}],\"channel\":\"here\",\"channel_id\":7}",
          f);
    fclose(f);
    post_init(&p);
    is_int(apply(&p, "{\"title\":\"T\",\"media\":{\"id\":\"" HEX64_C "\"}}", &cc), 0,
           "a photo of the post's own channel");
    is_str(p.media.alt, "A", "its alt");
    post_clear(&p);
    struct post_context other = cc;
    other.channel_id = 8;
    refused("{\"title\":\"T\",\"media\":{\"id\":\"" HEX64_C "\"}}", &other, 400, "invalid",
            "media.id " HEX64_C ": no such photo", "another channel's photo");
    unlink(owned);

    ms.close(&ms);
    unlink(path);
    rmdir(dir);
}

static void test_byline(void)
{
    struct post p;
    char *s;

    post_init(&p);
    is_int(apply(&p, "{\"title\":\"T\",\"lang\":\"en-GB\",\"author\":\"Jeanne Ba\"}", &create_ctx),
           0, "lang and author");
    is_str(p.lang, "en-GB", "lang as sent");
    is_str(p.author, "Jeanne Ba", "author as sent");
    is_int(apply(&p, "{\"title\":\"U\"}", &edit_ctx), 0, "an edit without lang");
    is_str(p.lang, "en-GB", "the edit keeps lang (not the channel's)");
    post_clear(&p);
    refused("{\"title\":\"T\",\"lang\":\"not a tag\"}", &create_ctx, 400, "invalid",
            "lang must be a language tag such as fr or en-GB", "a bad lang");
    refused("{\"title\":\"T\",\"lang\":\"\"}", &create_ctx, 400, "invalid",
            "lang must be a language tag such as fr or en-GB", "an empty lang");
    s = with_long("author", POST_AUTHOR_MAX + 1, 'a');
    refused(s, &create_ctx, 400, "invalid", "author is 257 bytes; the limit is 256",
            "an author of 257 bytes");
    free(s);
}

static void test_external_id(void)
{
    struct post p;
    char *s;

    post_init(&p);
    is_int(apply(&p, "{\"title\":\"T\",\"external_id\":\"afp-123\"}", &create_ctx), 0,
           "an external_id on create");
    is_str(p.external_id, "afp-123", "external_id kept");
    is_int(apply(&p, "{\"external_id\":\"afp-124\"}", &edit_ctx), -EINVAL,
           "an external_id on an edit");
    is_str(err.message, "external_id can only be set when creating a post", "edit: message");
    is_str(p.external_id, "afp-123", "the edit left it");
    post_clear(&p);
    refused("{\"title\":\"T\",\"external_id\":\"\"}", &create_ctx, 400, "invalid",
            "external_id must be 1 to 200 bytes of text on one line", "an empty external_id");
    refused("{\"title\":\"T\",\"external_id\":12}", &create_ctx, 400, "invalid",
            "external_id must be 1 to 200 bytes of text on one line", "a number as external_id");
    refused("{\"title\":\"T\",\"external_id\":\"a\\nb\"}", &create_ctx, 400, "invalid",
            "external_id must be 1 to 200 bytes of text on one line", "a newline in external_id");
    s = with_long("external_id", POST_EXTERNAL_ID_MAX, 'e');
    is_int(apply_new(s, &create_ctx), 0, "an external_id of 200 bytes");
    free(s);
    s = with_long("external_id", POST_EXTERNAL_ID_MAX + 1, 'e');
    refused(s, &create_ctx, 400, "invalid",
            "external_id must be 1 to 200 bytes of text on one line", "an external_id of 201");
    free(s);
}

/* The publish_at that post_apply_json sets from the JSON value v. */
static int64_t scheduled(const char *v, const char *extra)
{
    char in[256];
    struct post p;
    snprintf(in, sizeof in, "{\"title\":\"T\",\"publish_at\":%s%s}", v, extra);
    post_init(&p);
    int64_t at = apply(&p, in, &create_ctx) == 0 ? p.publish_at : -1;
    post_clear(&p);
    return at;
}

static void test_schedule(void)
{
    const int64_t six = Y2030_MS + 6 * HOUR_MS;
    char in[128];

    is_int(scheduled("\"2030-01-01T07:00:00Z\"", ""), Y2030_MS + 7 * HOUR_MS, "ISO in UTC");
    is_int(scheduled("\"2030-01-01T08:00:00+02:00\"", ""), six, "ISO with an offset");
    is_int(scheduled("\"2030-01-01T07:00\"", ""), six,
           "local to Europe/Paris: a winter 07:00 is 06:00Z");
    is_int(scheduled("\"2030-07-01T08:00\"", ""), Y2030_MS + 181 * 24 * HOUR_MS + 6 * HOUR_MS,
           "local to Europe/Paris: a summer 08:00 is 06:00Z");
    snprintf(in, sizeof in, "%lld", (long long)six);
    is_int(scheduled(in, ""), six, "ms since the epoch");
    is_int(scheduled("null", ""), 0, "null: now");
    is_int(scheduled("\"2025-12-31T23:59:30Z\"", ""), NOW_MS - 30000,
           "30 s past is clock skew, still accepted");

    refused("{\"title\":\"T\",\"publish_at\":\"2020-01-01T00:00:00Z\"}", &create_ctx, 400,
            "invalid",
            "publish_at 2020-01-01T00:00:00.000Z is in the past; leave it out to publish now, "
            "or send \"force\": true to publish at once",
            "a past publish_at");
    is_int(scheduled("\"2020-01-01T00:00:00Z\"", ",\"force\":true"), 1577836800000LL,
           "a past publish_at with force");
    refused("{\"title\":\"T\",\"publish_at\":\"2020-01-01T00:00:00Z\",\"force\":false}",
            &create_ctx, 400, "invalid",
            "publish_at 2020-01-01T00:00:00.000Z is in the past; leave it out to publish now, "
            "or send \"force\": true to publish at once",
            "a past publish_at with force false");
    refused("{\"title\":\"T\",\"publish_at\":\"2030-01-01T07:00\",\"force\":\"yes\"}", &create_ctx,
            400, "invalid", "force must be true or false", "force as a string");
    refused("{\"title\":\"T\",\"force\":true}", &create_ctx, 400, "invalid",
            "force goes with publish_at", "force without publish_at");
    refused("{\"title\":\"T\",\"publish_at\":\"tomorrow\"}", &create_ctx, 400, "invalid",
            "publish_at must be an ISO 8601 time (with a zone, or local to the channel's zone "
            "Europe/Paris), or ms since the epoch, from 1970 to 9999",
            "a publish_at that is no time");
    refused("{\"title\":\"T\",\"publish_at\":-1}", &create_ctx, 400, "invalid",
            "publish_at must be an ISO 8601 time (with a zone, or local to the channel's zone "
            "Europe/Paris), or ms since the epoch, from 1970 to 9999",
            "a negative publish_at");
    refused("{\"publish_at\":\"2030-01-01T07:00:00Z\"}", &edit_ctx, 400, "invalid",
            "publish_at can only be set when creating a post", "publish_at on an edit");
}

static void test_unknown_and_order(void)
{
    refused("{\"title\":\"T\",\"bogus\":1}", &create_ctx, 400, "invalid", "unknown field \"bogus\"",
            "an unknown field");
    refused("{\"title\":\"T\",\"id\":5}", &create_ctx, 400, "invalid", "unknown field \"id\"",
            "a field the store sets");
    /* several faults: the first in the documented order is the one told */
    refused("{\"lang\":\"?\",\"importance\":9,\"title\":\"\"}", &create_ctx, 400, "invalid",
            "title must not be empty", "the first fault is told");
}

static void test_edit_keeps(void)
{
    struct post p;
    char *before, *after;

    post_init(&p);
    is_int(apply(&p,
                 "{\"title\":\"T\",\"body\":\"*b*\",\"importance\":2,\"silent\":true,"
                 "\"tags\":[\"a\",\"b\"],\"source_url\":\"https://s.example/\","
                 "\"media\":{\"url\":\"https://i.example/p.jpg\",\"caption\":\"c\","
                 "\"credit\":\"d\"},\"lang\":\"de\",\"author\":\"A\"}",
                 &create_ctx),
           0, "a post with every field");
    before = record(&p);
    is_int(apply(&p, "{}", &edit_ctx), 0, "an empty edit");
    after = record(&p);
    is_str(after, before, "an empty edit changes nothing");
    free(after);
    is_int(apply(&p, "{\"importance\":3}", &edit_ctx), 0, "an edit of importance alone");
    after = record(&p);
    is_str(after,
           "{\"title\":\"T\",\"body\":\"*b*\",\"html\":\"<p><em>b</em></p>\\n\","
           "\"importance\":3,\"silent\":true,\"tags\":[\"a\",\"b\"],"
           "\"source_url\":\"https://s.example/\",\"media\":{\"url\":\"https://i.example/p.jpg\","
           "\"caption\":\"c\",\"credit\":\"d\"},\"lang\":\"de\",\"author\":\"A\"}",
           "only importance changed");
    free(after);
    is_int(apply(&p, "{\"body\":\"**n**\",\"tags\":[]}", &edit_ctx), 0, "an edit of the body");
    is_str(p.html, "<p><strong>n</strong></p>\n", "the html follows the new body");
    is_int(p.ntags, 0, "an empty array clears the tags");
    is_str(p.title, "T", "the title is kept");
    free(before);
    post_clear(&p);
}

static void test_to_json(void)
{
    struct post p;
    char *s;

    post_init(&p);
    p.title = strdup("T");
    p.lang = strdup("fr");
    s = record(&p);
    is_str(s,
           "{\"title\":\"T\",\"body\":\"\",\"html\":\"\",\"importance\":1,\"silent\":false,"
           "\"tags\":[],\"source_url\":null,\"media\":null,\"lang\":\"fr\",\"author\":null}",
           "a bare post: every content key, nulls, no store key");
    free(s);
    post_clear(&p);

    post_init(&p);
    is_int(apply(&p,
                 "{\"title\":\"T\",\"body\":\"b\",\"importance\":0,\"silent\":true,"
                 "\"tags\":[\"x\"],\"source_url\":\"https://s.example/a\","
                 "\"media\":{\"url\":\"https://i.example/p.jpg\",\"caption\":\"c\"},"
                 "\"lang\":\"en\",\"author\":\"A\",\"external_id\":\"ext-1\"}",
                 &create_ctx),
           0, "a full post");
    p.id = 7;
    p.seq = 3;
    p.published_at = 1000;
    p.edited_at = 2000;
    p.publish_at = 3000;
    s = record(&p);
    is_str(s,
           "{\"title\":\"T\",\"body\":\"b\",\"html\":\"<p>b</p>\\n\",\"importance\":0,"
           "\"silent\":true,\"tags\":[\"x\"],\"source_url\":\"https://s.example/a\","
           "\"media\":{\"url\":\"https://i.example/p.jpg\",\"caption\":\"c\",\"credit\":\"\"},"
           "\"lang\":\"en\",\"author\":\"A\",\"id\":7,\"seq\":3,\"published_at\":1000,"
           "\"edited_at\":2000}",
           "keys in order, store keys last, no external_id nor publish_at");
    free(s);

    /* and back */
    json_t *rec = post_to_json(&p);
    struct post q;
    is_int(post_from_json(rec, &q), 0, "read back");
    ok(q.id == 7 && q.seq == 3 && q.published_at == 1000 && q.edited_at == 2000 &&
           q.publish_at == 0,
       "the store's fields read back (a schedule is the store's, not the record's)");
    ok(q.external_id == NULL, "no external_id in the record");
    char *again = record(&q);
    s = json_dumps(rec, JSON_COMPACT);
    is_str(again, s, "to_json(from_json(r)) == r");
    free(again);
    free(s);
    json_decref(rec);
    post_clear(&q);
    post_clear(&p);

    json_t *arr = json_array();
    is_int(post_from_json(arr, &q), -EINVAL, "an array is no record");
    json_decref(arr);
    is_int(post_from_json(NULL, &q), -EINVAL, "nothing is no record");
}

static void test_from_json_lenient(void)
{
    struct post p;
    json_t *rec = json_loads("{\"title\":\"T\",\"tags\":[\"a\",3,\"b\"],\"media\":{\"caption\":"
                             "\"orphan\"},\"silent\":1,\"external_id\":\"e\"}",
                             0, NULL);
    is_int(post_from_json(rec, &p), 0, "a sparse record");
    is_int(p.importance, POST_IMPORTANCE_DEFAULT, "missing importance: the default");
    is_int(p.silent, 0, "silent is only true when true");
    is_int(p.ntags, 2, "a non-string tag is skipped");
    is_str(p.tags[1], "b", "the tags that are strings");
    ok(p.media.url == NULL && p.media.caption == NULL, "media without url: no photo");
    ok(p.body == NULL && p.lang == NULL, "missing strings stay NULL");
    is_str(p.external_id, "e", "an external_id in a record is read");
    is_int(p.kind, POST_NEWS, "no kind: news");
    json_decref(rec);
    post_clear(&p);
}

static void test_selection(void)
{
    static const char text[] =
        "{\"kind\":\"selection\",\"title\":\"La sélection du matin\",\"body\":\"\","
        "\"html\":\"\",\"importance\":1,\"silent\":false,\"tags\":[],\"source_url\":null,"
        "\"media\":null,\"lang\":\"fr\",\"author\":null,\"slot\":\"morning\","
        "\"local_date\":\"2026-11-26\",\"window_start\":1764100000000,"
        "\"window_end\":1764140000000,\"items\":[{\"rank\":1,\"post_id\":12,\"seq\":40,"
        "\"title\":\"Un\",\"lede\":\"L'un.\",\"url\":\"/news/12\",\"score\":0.75,"
        "\"merged\":[13,14]},{\"rank\":2,\"post_id\":9,\"seq\":31,\"title\":\"Deux\","
        "\"lede\":\"\",\"url\":\"/news/9\",\"score\":0.25,\"merged\":[]}],\"id\":41,\"seq\":42,"
        "\"published_at\":1764140000001}";
    json_t *rec = json_loads(text, 0, NULL);
    struct post p;

    ok(rec != NULL, "the selection record parses");
    is_int(post_from_json(rec, &p), 0, "a selection read");
    is_int(p.kind, POST_SELECTION, "kind selection");
    ok(p.sel != NULL, "with its selection");
    if (!p.sel) {
        json_decref(rec);
        post_clear(&p);
        return;
    }
    is_str(p.sel->slot, "morning", "slot");
    is_str(p.sel->local_date, "2026-11-26", "local_date");
    is_int(p.sel->window_start, 1764100000000LL, "window_start");
    is_int(p.sel->window_end, 1764140000000LL, "window_end");
    is_int(p.sel->nitems, 2, "two items");
    is_int(p.sel->items[0].post_id, 12, "item 1 post_id");
    is_int(p.sel->items[0].seq, 40, "item 1 seq");
    is_str(p.sel->items[0].lede, "L'un.", "item 1 lede");
    ok(p.sel->items[0].score == 0.75, "item 1 score");
    is_int(p.sel->items[0].nmerged, 2, "item 1 merged two");
    is_int(p.sel->items[0].merged[1], 14, "item 1 merged 14");
    is_int(p.sel->items[1].nmerged, 0, "item 2 merged none");
    is_str(p.sel->items[1].url, "/news/9", "item 2 url");
    char *s = record(&p);
    is_str(s, text, "the selection round trip is exact (kind first, rank from order)");
    free(s);
    json_decref(rec);
    post_clear(&p);
}

static void test_french(void)
{
    static const char title[] = "« Un été à l'hôpital », dit M. Dupont";
    static const char body[] = "M. Dupont, l’élu : « Ça suffit ! » Œuvre déjà prête.";
    json_t *in = json_pack("{s:s, s:s, s:s}", "title", title, "body", body, "author", "Éloïse Gé");
    struct post p, q;

    post_init(&p);
    is_int(post_apply_json(&p, in, &create_ctx, &err), 0, "French text is accepted");
    json_decref(in);
    is_str(p.title, title, "the title unchanged");
    is_str(p.body, body, "the body unchanged");
    is_str(p.html,
           "<p>M. Dupont, l’élu : «\xc2\xa0"
           "Ça suffit !\xc2\xa0» Œuvre déjà prête.</p>\n",
           "html: guillemets keep their words (no-break spaces), the rest as written");
    char *s = record(&p);
    json_t *rec = json_loads(s, 0, NULL);
    is_int(post_from_json(rec, &q), 0, "read back from text");
    is_str(q.title, title, "the title survives the record");
    is_str(q.body, body, "the body survives the record");
    is_str(q.author, "Éloïse Gé", "the author survives the record");
    ok(strstr(s, "\\u") == NULL, "no escaped characters in the record");
    json_decref(rec);
    free(s);
    post_clear(&q);
    post_clear(&p);
}

static void test_markdown(void)
{
    struct post p;
    post_init(&p);
    is_int(post_set_body(&p, "# Titre\n\nDu *texte* et [un lien](https://x.example/).\n\n- a\n"
                             "- b\n\n<script>x</script>"),
           0, "a Markdown body");
    is_str(p.html,
           "<h1>Titre</h1>\n<p>Du <em>texte</em> et <a href=\"https://x.example/\">un lien</a>."
           "</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<p>&lt;script&gt;x&lt;/script&gt;</p>\n",
           "rendered, raw HTML shown as text");
    is_str(p.body,
           "# Titre\n\nDu *texte* et [un lien](https://x.example/).\n\n- a\n- b\n\n"
           "<script>x</script>",
           "the body kept as Markdown");
    is_int(post_set_body(&p, "[x](javascript:alert(1))"), 0, "an unsafe link");
    is_str(p.html, "<p><a href=\"\">x</a></p>\n", "its scheme removed");
    post_clear(&p);
    ok(p.body == NULL && p.html == NULL && p.importance == POST_IMPORTANCE_DEFAULT,
       "post_clear leaves a post as post_init did");
}

/* A post whose text is not UTF-8 (no validated input makes one) has no
 * record: the store refuses to keep it rather than keep it mangled. */
static void test_not_utf8(void)
{
    struct post p;
    post_init(&p);
    p.title = strdup("caf\xe9"); /* Latin-1 */
    p.lang = strdup("fr");
    ok(post_to_json(&p) == NULL, "a Latin-1 title: no record");
    free(p.title);
    p.title = strdup("café");
    p.tags = calloc(2, sizeof *p.tags);
    p.tags[p.ntags++] = strdup("\xff");
    ok(post_to_json(&p) == NULL, "a tag that is not UTF-8: no record");
    post_clear(&p);
}

int main(void)
{
    test_create_defaults();
    test_title_body();
    test_flags();
    test_tags();
    test_links();
    test_media_id();
    test_byline();
    test_external_id();
    test_schedule();
    test_unknown_and_order();
    test_edit_keeps();
    test_to_json();
    test_from_json_lenient();
    test_selection();
    test_french();
    test_markdown();
    test_not_utf8();
    return done_testing();
}
