/* Unit tests for src/router.c: every route, trailing slashes, reserved words,
 * slug, number and token syntax. */
#include <errno.h>
#include <string.h>

#include "crier.h"
#include "router.h"
#include "tap.h"

static void route_is(const char *path, enum route_id want, const char *slug, int64_t num)
{
    struct route_match m;
    int rc = router_match(path, &m);
    is_int(m.id, want, "%s -> route %d", path, (int)want);
    is_int(rc, want == ROUTE_NONE ? -ENOENT : 0, "%s -> rc", path);
    if (slug)
        is_str(m.slug, slug, "%s -> slug", path);
    if (num)
        is_int(m.num, num, "%s -> num", path);
}

static void test_routes(void)
{
    route_is("/healthz", ROUTE_HEALTHZ, NULL, 0);
    route_is("/metrics", ROUTE_METRICS, NULL, 0);
    route_is("/api/v1/channels", ROUTE_API_CHANNELS, NULL, 0);
    route_is("/api/v1/channels/lemonde-monde", ROUTE_API_CHANNEL, "lemonde-monde", 0);
    route_is("/api/v1/channels/lemonde/posts", ROUTE_API_POSTS, "lemonde", 0);
    route_is("/api/v1/channels/lemonde/posts/42", ROUTE_API_POST, "lemonde", 42);
    route_is("/api/v1/channels/lemonde/events", ROUTE_API_EVENTS, "lemonde", 0);
    route_is("/api/v1/channels/lemonde/prune", ROUTE_API_PRUNE, "lemonde", 0);
    route_is("/api/v1/channels/lemonde/pin", ROUTE_API_PIN, "lemonde", 0);
    route_is("/api/v1/test/clock", ROUTE_API_TEST_CLOCK, NULL, 0);
    route_is("/api/v1/test/clock/x", ROUTE_API_OTHER, NULL, 0);
    route_is("/api/v1/test", ROUTE_API_OTHER, NULL, 0);
    route_is("/api/v1/tokens", ROUTE_API_TOKENS, NULL, 0);
    route_is("/api/v1/tokens/7", ROUTE_API_TOKEN, NULL, 7);
    route_is("/api/v1/nope", ROUTE_API_OTHER, NULL, 0);
    route_is("/api", ROUTE_API_OTHER, NULL, 0);
    route_is("/api/v2/channels", ROUTE_API_OTHER, NULL, 0);
    route_is("/api/v1/channels/lemonde/posts/0", ROUTE_API_OTHER, NULL, 0);
    route_is("/api/v1/channels/lemonde/posts/abc", ROUTE_API_OTHER, NULL, 0);
    route_is("/api/v1/channels/lemonde/other", ROUTE_API_OTHER, NULL, 0);
    route_is("/api/v1/channels/Bad", ROUTE_API_OTHER, NULL, 0);
    route_is("/api/v1/tokens/x", ROUTE_API_OTHER, NULL, 0);
    route_is("/static/app.js", ROUTE_STATIC, NULL, 0);
    route_is("/", ROUTE_INDEX, NULL, 0);
    route_is("/lemonde/events", ROUTE_SSE, "lemonde", 0);
    route_is("/lemonde/ws", ROUTE_WS, "lemonde", 0);
    route_is("/lemonde/atom.xml", ROUTE_ATOM, "lemonde", 0);
    route_is("/lemonde", ROUTE_PAGE, "lemonde", 0);
    route_is("/lemonde/123", ROUTE_PERMALINK, "lemonde", 123);
    route_is("/lemonde/999999999999999999", ROUTE_PERMALINK, "lemonde", 999999999999999999LL);
    route_is("/0news", ROUTE_PAGE, "0news", 0);
    route_is("/123", ROUTE_PAGE, "123", 0);
    route_is("/a-b-c/9", ROUTE_PERMALINK, "a-b-c", 9);

    struct route_match m;
    router_match("/static/style.min.css", &m);
    is_str(m.file, "style.min.css", "static file name");
}

static void test_trailing_slash(void)
{
    route_is("/healthz/", ROUTE_HEALTHZ, NULL, 0);
    route_is("/lemonde/", ROUTE_PAGE, "lemonde", 0);
    route_is("/lemonde/events/", ROUTE_SSE, "lemonde", 0);
    route_is("/api/v1/channels/", ROUTE_API_CHANNELS, NULL, 0);
    route_is("/api/v1/channels/x/posts/5/", ROUTE_API_POST, "x", 5);
    route_is("//", ROUTE_NONE, NULL, 0);
    route_is("/lemonde//", ROUTE_NONE, NULL, 0);
    route_is("/lemonde//events", ROUTE_NONE, NULL, 0);
    route_is("//lemonde", ROUTE_NONE, NULL, 0);
    route_is("", ROUTE_NONE, NULL, 0);
    route_is("lemonde", ROUTE_NONE, NULL, 0);
    route_is("*", ROUTE_NONE, NULL, 0);
}

static void test_studio(void)
{
    struct route_match m;
    route_is("/studio", ROUTE_STUDIO, NULL, 0);
    route_is("/studio/", ROUTE_STUDIO, NULL, 0);
    route_is("/studio/signin", ROUTE_STUDIO_SIGNIN, NULL, 0);
    route_is("/studio/signout", ROUTE_STUDIO_SIGNOUT, NULL, 0);
    route_is("/studio/lemonde", ROUTE_STUDIO_CHANNEL, "lemonde", 0);
    route_is("/studio/lemonde/compose", ROUTE_STUDIO_COMPOSE, "lemonde", 0);
    route_is("/studio/lemonde/team", ROUTE_STUDIO_TEAM, "lemonde", 0);
    route_is("/studio/lemonde/audit", ROUTE_STUDIO_AUDIT, "lemonde", 0);
    route_is("/studio/lemonde/sources", ROUTE_STUDIO_SOURCES, "lemonde", 0);
    route_is("/studio/lemonde/stats", ROUTE_STUDIO_STATS, "lemonde", 0);
    route_is("/studio/lemonde/selection", ROUTE_STUDIO_SELECTION, "lemonde", 0);
    route_is("/studio/lemonde/readers", ROUTE_STUDIO_READERS, "lemonde", 0);
    route_is("/studio/lemonde/stats/x", ROUTE_STUDIO_OTHER, NULL, 0);
    route_is("/studio/lemonde/posts/7/publish", ROUTE_STUDIO_POST, "lemonde", 7);
    router_match("/studio/lemonde/posts/7/exclude", &m);
    is_str(m.action, "exclude", "the action is kept");
    route_is("/studio/lemonde/posts/7/launch", ROUTE_STUDIO_OTHER, NULL, 0);
    route_is("/studio/lemonde/posts/0/edit", ROUTE_STUDIO_OTHER, NULL, 0);
    route_is("/studio/Le%20Monde", ROUTE_STUDIO_OTHER, NULL, 0);
    route_is("/studio/lemonde/else", ROUTE_STUDIO_OTHER, NULL, 0);
    router_match("/studio/link/abcdefghijklmnopqrstuvwxyz012345", &m);
    is_int(m.id, ROUTE_STUDIO_LINK, "the link route");
    is_str(m.token, "abcdefghijklmnopqrstuvwxyz012345", "its token");
    route_is("/studio/link/short", ROUTE_STUDIO_OTHER, NULL, 0);
    is_int(router_slug_check("studio"), CRIER_ERESERVED, "no channel is called studio");
}

static void test_reserved(void)
{
    static const char *words[] = {"api",         "static",      "+",
                                  ".well-known", "admin",       "healthz",
                                  "metrics",     "favicon.ico", "manifest.webmanifest",
                                  "sw.js",       "robots.txt",  "studio"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        is_int(router_slug_check(words[i]), CRIER_ERESERVED, "%s reserved", words[i]);
    route_is("/admin", ROUTE_NONE, NULL, 0);
    route_is("/admin/events", ROUTE_NONE, NULL, 0);
    route_is("/admin/1", ROUTE_NONE, NULL, 0);
    route_is("/static", ROUTE_NONE, NULL, 0);
    route_is("/static/", ROUTE_NONE, NULL, 0);
    route_is("/healthz/x", ROUTE_NONE, NULL, 0);
    route_is("/metrics/events", ROUTE_NONE, NULL, 0);
    route_is("/.well-known", ROUTE_NONE, NULL, 0);
    route_is("/+", ROUTE_NONE, NULL, 0);
    route_is("/favicon.ico/x", ROUTE_NONE, NULL, 0);
    route_is("/%61dmin", ROUTE_NONE, NULL, 0);
    route_is("/%61pi/v1/tokens", ROUTE_NONE, NULL, 0);
}

static void test_slugs(void)
{
    char s65[66], s64[65];
    memset(s65, 'a', 65);
    s65[65] = '\0';
    memset(s64, 'a', 64);
    s64[64] = '\0';

    is_int(router_slug_check("lemonde-monde"), 0, "good slug");
    is_int(router_slug_check("a"), 0, "one char");
    is_int(router_slug_check("9"), 0, "digit");
    is_int(router_slug_check(s64), 0, "64 chars");
    is_int(router_slug_check(s65), -EINVAL, "65 chars");
    is_int(router_slug_check(""), -EINVAL, "empty");
    is_int(router_slug_check("LeMonde"), -EINVAL, "uppercase");
    is_int(router_slug_check("le--monde"), -EINVAL, "double dash");
    is_int(router_slug_check("-lemonde"), -EINVAL, "leading dash");
    is_int(router_slug_check("lemonde-"), -EINVAL, "trailing dash");
    is_int(router_slug_check("le_monde"), -EINVAL, "underscore");
    is_int(router_slug_check("le.monde"), -EINVAL, "dot");
    is_int(router_slug_check("l\xc3\xa9"), -EINVAL, "non-ASCII");
    is_int(router_slug_check("apis"), 0, "reserved prefix is fine");

    char path[80];
    snprintf(path, sizeof path, "/%s", s64);
    route_is(path, ROUTE_PAGE, s64, 0);
    snprintf(path, sizeof path, "/%s", s65);
    route_is(path, ROUTE_NONE, NULL, 0);
    route_is("/LeMonde", ROUTE_NONE, NULL, 0);
    route_is("/le--monde/events", ROUTE_NONE, NULL, 0);
    route_is("/-lemonde", ROUTE_NONE, NULL, 0);
    route_is("/lemonde-/ws", ROUTE_NONE, NULL, 0);
    route_is("/le%20monde", ROUTE_NONE, NULL, 0);
}

static void test_numbers(void)
{
    route_is("/lemonde/0", ROUTE_NONE, NULL, 0);
    route_is("/lemonde/012", ROUTE_NONE, NULL, 0);
    route_is("/lemonde/1234567890123456789", ROUTE_NONE, NULL, 0); /* 19 digits */
    route_is("/lemonde/-1", ROUTE_NONE, NULL, 0);
    route_is("/lemonde/+1", ROUTE_NONE, NULL, 0);
    route_is("/lemonde/1e3", ROUTE_NONE, NULL, 0);
    route_is("/lemonde/12x", ROUTE_NONE, NULL, 0);
    route_is("/lemonde/1/2", ROUTE_NONE, NULL, 0);
    route_is("/api/v1/tokens/012", ROUTE_API_OTHER, NULL, 0);
    route_is("/api/v1/tokens/1234567890123456789", ROUTE_API_OTHER, NULL, 0);
}

static void test_static(void)
{
    char name[80];
    route_is("/static/a", ROUTE_STATIC, NULL, 0);
    route_is("/static/A_b-c.9.js", ROUTE_STATIC, NULL, 0);
    route_is("/static/..", ROUTE_NONE, NULL, 0);
    route_is("/static/a..b", ROUTE_NONE, NULL, 0);
    route_is("/static/.hidden", ROUTE_NONE, NULL, 0);
    route_is("/static/a/b.js", ROUTE_NONE, NULL, 0);
    route_is("/static/a%2fb", ROUTE_NONE, NULL, 0);
    route_is("/static/a b", ROUTE_NONE, NULL, 0);
    memset(name, 'f', sizeof name);
    memcpy(name, "/static/", 8);
    name[8 + 63] = '\0';
    route_is(name, ROUTE_STATIC, NULL, 0);
    name[8 + 63] = 'f';
    name[8 + 64] = '\0';
    route_is(name, ROUTE_NONE, NULL, 0);
}

static void token_is(const char *path, enum route_id want, const char *token)
{
    struct route_match m;
    router_match(path, &m);
    is_int(m.id, want, "%s -> route %d", path, (int)want);
    is_str(m.token, token, "%s -> token", path);
}

/* The reader side: invites, device links, the app shell, membership. */
static void test_reader_routes(void)
{
    const char *tok = "AbCdEfGh_-012345xyzXYZ9876543210abcdefghijk"; /* 43 */
    char path[160];

    snprintf(path, sizeof path, "/+%s", tok);
    token_is(path, ROUTE_INVITE, tok);
    snprintf(path, sizeof path, "/+%s/", tok);
    token_is(path, ROUTE_INVITE, tok);
    token_is("/+abcdefghijklmnop", ROUTE_INVITE, "abcdefghijklmnop"); /* 16 */
    route_is("/+abcdefghijklmno", ROUTE_NONE, NULL, 0);               /* 15 */
    memset(path, 'a', sizeof path);
    memcpy(path, "/+", 2);
    path[2 + 64] = '\0';
    route_is(path, ROUTE_INVITE, NULL, 0); /* 64 */
    path[2 + 64] = 'a';
    path[2 + 65] = '\0';
    route_is(path, ROUTE_NONE, NULL, 0); /* 65 */
    route_is("/+abcdefghijklmnop.", ROUTE_NONE, NULL, 0);
    route_is("/+abcdefghijklmn%70", ROUTE_NONE, NULL, 0);
    route_is("/+abcdefghijklmnop/x", ROUTE_NONE, NULL, 0);
    route_is("/++abcdefghijklmnop", ROUTE_NONE, NULL, 0);
    route_is("/+device", ROUTE_NONE, NULL, 0);

    snprintf(path, sizeof path, "/+device/%s", tok);
    token_is(path, ROUTE_DEVICE, tok);
    route_is("/+device/short", ROUTE_NONE, NULL, 0);
    route_is("/+device/abcdefghijklmnop/x", ROUTE_NONE, NULL, 0);
    route_is("/+other/abcdefghijklmnop", ROUTE_NONE, NULL, 0);

    route_is("/manifest.webmanifest", ROUTE_MANIFEST, NULL, 0);
    route_is("/sw.js", ROUTE_SW, NULL, 0);
    route_is("/sw.js/x", ROUTE_NONE, NULL, 0);
    route_is("/manifest.webmanifest/join", ROUTE_NONE, NULL, 0);
    is_int(router_slug_check("sw.js"), CRIER_ERESERVED, "sw.js stays reserved");

    route_is("/lemonde/join", ROUTE_JOIN, "lemonde", 0);
    route_is("/lemonde/leave", ROUTE_LEAVE, "lemonde", 0);
    route_is("/lemonde/join/", ROUTE_JOIN, "lemonde", 0);
    route_is("/api/join", ROUTE_API_OTHER, NULL, 0);
    route_is("/admin/join", ROUTE_NONE, NULL, 0);

    route_is("/api/v1/me", ROUTE_API_ME, NULL, 0);
    route_is("/api/v1/me/", ROUTE_API_ME, NULL, 0);
    route_is("/api/v1/me/transfer", ROUTE_API_TRANSFER, NULL, 0);
    route_is("/api/v1/me/other", ROUTE_API_OTHER, NULL, 0);
    route_is("/api/v1/channels/monde/join", ROUTE_API_JOIN, "monde", 0);
    route_is("/api/v1/channels/monde/leave", ROUTE_API_LEAVE, "monde", 0);
    route_is("/api/v1/channels/monde/read", ROUTE_API_READ, "monde", 0);
    route_is("/api/v1/channels/monde/feed-url", ROUTE_API_FEED_URL, "monde", 0);
    route_is("/api/v1/channels/monde/email", ROUTE_API_EMAIL, "monde", 0);
    route_is("/api/v1/channels/monde/email/x", ROUTE_API_OTHER, NULL, 0);
    route_is("/api/v1/push/key", ROUTE_API_PUSH_KEY, NULL, 0);
    route_is("/api/v1/push/subscriptions", ROUTE_API_PUSH_SUBS, NULL, 0);
    route_is("/api/v1/push/subscriptions/1", ROUTE_API_OTHER, NULL, 0);
    route_is("/api/v1/push", ROUTE_API_OTHER, NULL, 0);
    route_is("/monde/email/confirm", ROUTE_EMAIL_CONFIRM, "monde", 0);
    route_is("/monde/email/unsubscribe", ROUTE_EMAIL_UNSUBSCRIBE, "monde", 0);
    route_is("/monde/email/other", ROUTE_NONE, NULL, 0);
    route_is("/monde/email", ROUTE_NONE, NULL, 0);
    route_is("/api/email/confirm", ROUTE_API_OTHER, NULL, 0);
    route_is("/api/v1/channels/monde/invites", ROUTE_API_INVITES, "monde", 0);
    route_is("/api/v1/channels/monde/invites/12", ROUTE_API_INVITE, "monde", 12);
    token_is("/api/v1/channels/monde/invites/12", ROUTE_API_INVITE, "12");
    snprintf(path, sizeof path, "/api/v1/channels/monde/invites/%s", tok);
    token_is(path, ROUTE_API_INVITE, tok);
    route_is("/api/v1/channels/monde/invites/0", ROUTE_API_OTHER, NULL, 0);
    route_is("/api/v1/channels/monde/invites/short", ROUTE_API_OTHER, NULL, 0);
    route_is("/api/v1/channels/monde/invites/abcdefghijklmnop.", ROUTE_API_OTHER, NULL, 0);
    route_is("/api/v1/channels/monde/members", ROUTE_API_MEMBERS, "monde", 0);
    route_is("/api/v1/channels/monde/members/7/approve", ROUTE_API_MEMBER_ACTION, "monde", 7);
    route_is("/api/v1/channels/monde/members/7/reject", ROUTE_API_MEMBER_ACTION, "monde", 7);
    struct route_match m;
    router_match("/api/v1/channels/monde/members/7/approve", &m);
    is_str(m.action, "approve", "approve action");
    router_match("/api/v1/channels/monde/members/7/reject", &m);
    is_str(m.action, "reject", "reject action");
    route_is("/api/v1/channels/monde/members/7/ban", ROUTE_API_OTHER, NULL, 0);
    route_is("/api/v1/channels/monde/members/x/approve", ROUTE_API_OTHER, NULL, 0);
    route_is("/api/v1/channels/monde/members/7", ROUTE_API_OTHER, NULL, 0);
    router_match("/api/v1/channels/monde/members/7/ban", &m);
    ok(m.num == 0 && m.slug[0] == '\0', "an unknown API path carries no parameters");
}

static void test_media(void)
{
    const char *hex = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    char path[128];
    struct route_match m;

    route_is("/api/v1/channels/monde/media", ROUTE_API_MEDIA, "monde", 0);
    route_is("/api/v1/channels/monde/media/x", ROUTE_API_OTHER, NULL, 0);
    snprintf(path, sizeof path, "/media/%s.jpg", hex);
    router_match(path, &m);
    is_int(m.id, ROUTE_MEDIA, "a media name");
    ok(strncmp(m.media, hex, 64) == 0 && strcmp(m.media + 64, ".jpg") == 0, "carries its name");
    snprintf(path, sizeof path, "/media/%s.png", hex);
    route_is(path, ROUTE_MEDIA, NULL, 0);
    snprintf(path, sizeof path, "/media/%s.gif", hex);
    route_is(path, ROUTE_NONE, NULL, 0);
    snprintf(path, sizeof path, "/media/%.63s.jpg", hex);
    route_is(path, ROUTE_NONE, NULL, 0);
    route_is("/media/../crier.db", ROUTE_NONE, NULL, 0);
    route_is("/media/%2e%2e%2fcrier.db", ROUTE_NONE, NULL, 0);
    route_is("/media/12", ROUTE_PERMALINK, "media", 12); /* a channel named media keeps its pages */
}

int main(void)
{
    test_media();
    test_routes();
    test_trailing_slash();
    test_reserved();
    test_studio();
    test_slugs();
    test_numbers();
    test_static();
    test_reader_routes();
    return done_testing();
}
