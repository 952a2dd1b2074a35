/* page: HTML escaping of hostile text, excerpts cut on UTF-8 boundaries, the
 * UI language from the channel and Accept-Language, URL checks for media and
 * links, and whole pages rendered from a real (temporary SQLite) store: the
 * CSP and security headers, OpenGraph and Twitter tags, the Atom link, the
 * only script being the external module, no style attributes, post HTML
 * inserted as stored, private channels and bad invites answered in the
 * reader's language, and static files with ETag and 304. Fixtures are
 * invented for this test. */
#include "post_records.h"
#include "tap.h"

#include <stdlib.h>
#include <unistd.h>

#include "api.h"
#include "crier.h"
#include "page_int.h"

static char *escaped(const char *s)
{
    struct buf b;
    buf_init(&b, 1 << 16);
    page_esc(&b, s);
    return buf_steal(&b, NULL);
}

static void test_escape(void)
{
    char *s = escaped("<script>alert(\"x\" & 'y')</script>");
    is_str(s, "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;",
           "esc: the five HTML specials");
    free(s);
    s = escaped("Élysée — «\xc2\xa0ok\xc2\xa0»");
    is_str(s, "Élysée — «\xc2\xa0ok\xc2\xa0»", "esc: UTF-8 text passes unchanged");
    free(s);
    s = escaped("");
    is_str(s, "", "esc: empty");
    free(s);

    struct buf b;
    buf_init(&b, 1 << 16);
    page_excerpt(&b, "  one\n\n two\tthree  ", 100);
    is_str(b.data, "one two three", "excerpt: whitespace folded and trimmed");
    buf_reset(&b);
    page_excerpt(&b, "ééééé", 5); /* 10 bytes; 5 would split the third é */
    is_str(b.data, "éé…", "excerpt: cut on a character boundary, with an ellipsis");
    buf_reset(&b);
    page_excerpt(&b, "a<b>\"c\"", 100);
    is_str(b.data, "a&lt;b&gt;&quot;c&quot;", "excerpt: escaped");
    buf_free(&b);
}

static struct http_request *request(int method, const char *path, const char *query,
                                    const char *const *headers)
{
    static struct http_request req;
    memset(&req, 0, sizeof req);
    req.method = method;
    req.path = path;
    req.query = query ? query : "";
    req.body = "";
    for (size_t i = 0; headers && headers[i]; i += 2) {
        req.headers[req.nheaders].name = headers[i];
        req.headers[req.nheaders].value = headers[i + 1];
        req.nheaders++;
    }
    return &req;
}

static void test_lang(void)
{
    const char *h_fr[] = {"accept-language", "de-DE, fr;q=0.8, en;q=0.5", NULL};
    const char *h_en[] = {"accept-language", "en-GB,en;q=0.9,fr;q=0.8", NULL};
    const char *h_tie[] = {"accept-language", "en;q=0.7, fr;q=0.7", NULL};
    const char *h_zero[] = {"accept-language", "fr;q=0, de", NULL};
    const char *h_case[] = {"accept-language", "FR-be", NULL};
    const char *h_junk[] = {"accept-language", ";;,,q=,english, français", NULL};

    is_str(page_lang(request(HTTP_GET, "/", NULL, NULL), "fr"), "fr", "channel fr");
    is_str(page_lang(request(HTTP_GET, "/", NULL, NULL), "fr-CA"), "fr", "channel fr-CA");
    is_str(page_lang(request(HTTP_GET, "/", NULL, h_fr), "en-GB"), "en",
           "the channel's language wins over Accept-Language");
    is_str(page_lang(request(HTTP_GET, "/", NULL, h_fr), "de"), "fr",
           "channel in another language: best of Accept-Language");
    is_str(page_lang(request(HTTP_GET, "/", NULL, h_fr), NULL), "fr", "no channel: fr;q=0.8");
    is_str(page_lang(request(HTTP_GET, "/", NULL, h_en), NULL), "en", "en-GB first");
    is_str(page_lang(request(HTTP_GET, "/", NULL, h_tie), NULL), "en", "a tie goes to the first");
    is_str(page_lang(request(HTTP_GET, "/", NULL, h_zero), NULL), "en", "q=0 is refused");
    is_str(page_lang(request(HTTP_GET, "/", NULL, h_case), "pt-BR"), "fr", "case-insensitive");
    is_str(page_lang(request(HTTP_GET, "/", NULL, h_junk), NULL), "en",
           "junk: no crash, 'english' is not en, 'français' not fr");
    is_str(page_lang(request(HTTP_GET, "/", NULL, NULL), NULL), "en", "default en");
    is_str(page_lang(NULL, NULL), "en", "no request");
}

static void test_urls(void)
{
    ok(page_url_is_image("https://img.example/a.jpg"), "https image");
    ok(page_url_is_image("/static/icon.svg"), "own path image");
    ok(!page_url_is_image("http://img.example/a.jpg"), "http image refused (CSP)");
    ok(!page_url_is_image("//evil.example/a.jpg"), "protocol-relative refused");
    ok(!page_url_is_image("javascript:alert(1)"), "javascript: refused");
    ok(!page_url_is_image("data:image/png;base64,xx"), "data: refused for media");
    ok(page_url_is_http("http://example.org/x"), "http link");
    ok(!page_url_is_http("javascript:alert(1)"), "javascript: link refused");
    ok(!page_url_is_http("https://a b"), "a space refused");
    ok(page_lang_tag_ok("pt-BR") && !page_lang_tag_ok("x\"y") && !page_lang_tag_ok("1a"),
       "lang attribute check");
}

/* ---- pages from a real store ---- */

static struct api api;
static struct response res;
static char dir[] = "/tmp/crier-test-page-XXXXXX";

static void render(int method, const char *path, const char *query, const char *const *headers)
{
    struct route_match m;
    response_free(&res);
    response_init(&res);
    if (router_match(path, &m) < 0) {
        ok(0, "router_match(%s)", path);
        return;
    }
    page_handle(api.st, &m, request(method, path, query, headers), &res);
}

static int has(const char *needle)
{
    return res.body.data && strstr(res.body.data, needle) != NULL;
}

static int header_has(const char *needle)
{
    return strstr(res.extra, needle) != NULL;
}

static size_t count(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = hay; p && (p = strstr(p, needle)); p++)
        n++;
    return n;
}

/* A copy of s without the random CSRF token (its value in the page's
 * meta tag and in the cookie). */
static char *without_csrf(const char *s)
{
    struct buf b;
    buf_init(&b, 1 << 20);
    while (s && *s) {
        const char *a = strstr(s, "csrf-token\" content=\""), *c = strstr(s, "crier_csrf=");
        const char *p = a && (!c || a < c) ? a + 21 : c ? c + 11 : NULL;
        if (!p) {
            buf_appends(&b, s);
            break;
        }
        buf_append(&b, s, (size_t)(p - s));
        s = p + strspn(p, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    }
    if (!b.data)
        buf_appends(&b, "");
    return buf_steal(&b, NULL);
}

/* Every HTML page: the headers, one external module script, no inline
 * script, no style attribute, no event handler attribute. */
static void check_html(const char *what)
{
    ok(res.content_type && strncmp(res.content_type, "text/html", 9) == 0, "%s: text/html", what);
    ok(header_has("Content-Security-Policy: " PAGE_CSP "\r\n"), "%s: the CSP", what);
    ok(header_has("default-src 'self'") && header_has("object-src 'none'") &&
           header_has("frame-ancestors 'none'") && header_has("script-src 'self';"),
       "%s: CSP directives", what);
    ok(header_has("X-Content-Type-Options: nosniff\r\n"), "%s: nosniff", what);
    ok(header_has("Referrer-Policy: same-origin\r\n"), "%s: Referrer-Policy", what);
    is_int(count(res.body.data, "<script"), 1, "%s: one script element", what);
    ok(has("<script type=\"module\" src=\"/static/app.js\"></script>"), "%s: it is app.js", what);
    ok(!has(" style=") && !has("<style"), "%s: no inline style", what);
    ok(!has(" onclick=") && !has(" onload=") && !has(" onerror=") && !has("javascript:"),
       "%s: no inline handlers", what);
    ok(has("<!doctype html>") && has("</html>"), "%s: a whole document", what);
}

static int64_t publish(int64_t channel_id, const char *json)
{
    struct store_event ev;
    json_error_t err;
    json_t *post = json_loads(json, 0, &err);
    if (!post) {
        ok(0, "fixture JSON: %s", err.text);
        return 0;
    }
    memset(&ev, 0, sizeof ev);
    int rc = rec_post_create(api.st, channel_id, post, 0, &ev);
    int64_t seq = ev.seq;
    if (rc < 0)
        ok(0, "store_post_create: %s", crier_strerror(rc));
    store_event_clear(&ev);
    json_decref(post);
    return seq;
}

static void test_pages(void)
{
    struct store_channel ch, priv;
    char path[128];

    if (!mkdtemp(dir) || store_open(&api.st, dir) < 0) {
        ok(0, "temporary store");
        return;
    }
    response_init(&res);

    memset(&ch, 0, sizeof ch);
    snprintf(ch.slug, sizeof ch.slug, "monde");
    ch.title = "Le <b>Monde</b> & \"vous\"";
    ch.description = "L'actualité <i>internationale</i>";
    snprintf(ch.lang, sizeof ch.lang, "fr");
    snprintf(ch.tz, sizeof ch.tz, "Europe/Paris");
    ch.visibility = STORE_PUBLIC;
    is_int(store_channel_create(api.st, &ch), 0, "channel created");
    int64_t s1 = publish(ch.id, "{\"title\":\"Premier <script>alert(1)</script>\","
                                "\"body\":\"Texte\",\"html\":\"<p>Texte <em>riche</em></p>\\n\","
                                "\"importance\":3,\"tags\":[\"<x>\"],\"author\":\"A & B\","
                                "\"media\":{\"url\":\"https://img.example/p.jpg\","
                                "\"caption\":\"Le \\\"port\\\"\",\"credit\":\"AFP <x>\"},"
                                "\"source_url\":\"javascript:alert(1)\"}");
    int64_t s2 = publish(ch.id, "{\"title\":\"Second\",\"body\":\"b\",\"html\":\"<p>deux</p>\","
                                "\"source_url\":\"https://src.example/a?b=1&c=2\","
                                "\"media\":{\"url\":\"http://insecure.example/i.jpg\"}}");

    const char *hosted[] = {"host", "crier.example", "accept-language", "en", NULL};
    render(HTTP_GET, "/monde", NULL, hosted);
    is_int(res.status, 200, "channel page 200");
    check_html("channel page");
    ok(has("<html lang=\"fr\""), "channel lang fr wins over Accept-Language en");
    ok(has("<meta property=\"og:title\" content=\"Le &lt;b&gt;Monde&lt;/b&gt; &amp; "
           "&quot;vous&quot;\">"),
       "og:title escaped");
    ok(has("<meta property=\"og:url\" content=\"http://crier.example/monde\">"), "og:url");
    ok(has("og:description") && has("og:image") && has("og:type\" content=\"website\""),
       "og description, image, type");
    ok(has("<meta name=\"twitter:card\"") && has("twitter:title"), "twitter card");
    ok(has("<link rel=\"alternate\" type=\"application/atom+xml\"") &&
           has("href=\"/monde/atom.xml\""),
       "Atom alternate link");
    ok(has("<h1 id=\"ch-title\">Le &lt;b&gt;Monde&lt;/b&gt; &amp; &quot;vous&quot;</h1>"),
       "title escaped in the page");
    ok(!has("<b>Monde</b>") && !has("<i>internationale</i>") && !has("<script>alert"),
       "no hostile markup unescaped");
    ok(has("<p>Texte <em>riche</em></p>"), "post html inserted as stored");
    ok(has("Premier &lt;script&gt;alert(1)&lt;/script&gt;"), "post title escaped");
    ok(has("id=\"members\" data-count=\"0\">0 membre<"), "member count, French singular");
    ok(has("class=\"join\"") && has("action=\"/monde/join\"") && has("name=\"csrf\" value=\""),
       "Join form with a CSRF field");
    ok(has("<img src=\"https://img.example/p.jpg\" alt=\"Le &quot;port&quot;\""),
       "media image with caption as alt");
    ok(has("<span class=\"credit\">Crédit\xc2\xa0: AFP &lt;x&gt;</span>"), "credit, escaped");
    ok(!has("http://insecure.example/i.jpg\" alt") && has("href=\"http://insecure.example/i.jpg\""),
       "an http image becomes a link (the CSP allows https images only)");
    ok(has("href=\"https://src.example/a?b=1&amp;c=2\""), "source URL escaped");
    ok(has("<li>&lt;x&gt;</li>") && has("A &amp; B"), "tags and author escaped");
    ok(has("Urgent"), "breaking badge in French");
    snprintf(path, sizeof path, "id=\"p-%lld\"", (long long)s2);
    const char *p2 = strstr(res.body.data, path);
    snprintf(path, sizeof path, "id=\"p-%lld\"", (long long)s1);
    const char *p1 = strstr(res.body.data, path);
    ok(p1 && p2 && p2 < p1, "newest post first, ids p-<seq>");
    ok(has("data-page=\"channel\"") && has("data-slug=\"monde\"") && has("data-last-seq=\"2\""),
       "data attributes for app.js");
    ok(strstr(res.extra, "Set-Cookie: crier_csrf=") != NULL, "the CSRF cookie is set");

    snprintf(path, sizeof path, "/monde/%lld", (long long)s1);
    render(HTTP_GET, path, NULL, hosted);
    is_int(res.status, 200, "permalink 200");
    check_html("permalink");
    ok(has("og:type\" content=\"article\"") &&
           has("twitter:card\" content=\"summary_large_image\""),
       "permalink: article, large card with the https image");
    ok(has("<h1 class=\"post-title\""), "permalink: the post title is the h1");
    render(HTTP_GET, "/monde/99", NULL, hosted);
    is_int(res.status, 404, "permalink of an unknown seq: 404");
    check_html("404 post");

    memset(&priv, 0, sizeof priv);
    snprintf(priv.slug, sizeof priv.slug, "secret");
    priv.title = "Secret";
    priv.description = "";
    snprintf(priv.lang, sizeof priv.lang, "en");
    snprintf(priv.tz, sizeof priv.tz, "UTC");
    priv.visibility = STORE_PRIVATE;
    is_int(store_channel_create(api.st, &priv), 0, "private channel created");
    publish(priv.id, "{\"title\":\"Hidden post\",\"body\":\"x\",\"html\":\"<p>x</p>\"}");
    render(HTTP_GET, "/secret", NULL, hosted);
    is_int(res.status, 404, "private channel, no cookie: 404, as if unknown");
    check_html("404 private");
    ok(!has("Hidden post") && !has("Secret"), "nothing leaks, not even the title");
    render(HTTP_GET, "/secret/1", NULL, hosted);
    is_int(res.status, 404, "private permalink: 404");

    render(HTTP_GET, "/nope", NULL, hosted);
    is_int(res.status, 404, "unknown channel: 404");
    check_html("404 channel");

    /* A stranger cannot tell a private channel from no channel: the same
     * page, in the request's language (not the channel's), the same
     * headers, but for the random CSRF token. */
    const char *fr_hosted[] = {"host", "news.example.org", "accept-language", "fr-FR", NULL};
    char *pages[2], *heads[2];
    const char *paths[2] = {"/secret", "/nope"};
    for (int i = 0; i < 2; i++) {
        render(HTTP_GET, paths[i], NULL, fr_hosted);
        pages[i] = without_csrf(res.body.data);
        heads[i] = without_csrf(res.extra);
    }
    is_str(pages[0], pages[1], "the same page for a private and an unknown channel");
    is_str(heads[0], heads[1], "the same headers");
    ok(strstr(pages[0], "Page introuvable") != NULL, "in the request's language");
    for (int i = 0; i < 2; i++) {
        free(pages[i]);
        free(heads[i]);
    }

    const char *fr[] = {"accept-language", "fr-FR,fr;q=0.9", NULL};
    render(HTTP_GET, "/+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", NULL, fr);
    is_int(res.status, 404, "unknown invite: 404");
    ok(has("Ce lien d’invitation n’est pas valide"), "unknown invite, in French");
    check_html("unknown invite");
    const char *en[] = {"accept-language", "en-US", NULL};
    render(HTTP_GET, "/+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", NULL, en);
    ok(has("This invite link is not valid"), "unknown invite, in English");
    render(HTTP_POST, "/+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", NULL, en);
    is_int(res.status, 403, "invite POST without Origin or CSRF token: 403");

    render(HTTP_GET, "/+device/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", NULL, fr);
    is_int(res.status, 200, "device page");
    check_html("device page");
    ok(has("Utiliser cet appareil") && has("action=\"/+device/"), "device form, French");

    render(HTTP_GET, "/", NULL, en);
    is_int(res.status, 200, "index");
    check_html("index");
    ok(has("href=\"/monde\"") && !has("href=\"/secret\""), "index lists public channels only");
    ok(has("My channels"), "index: My channels");

    render(HTTP_DELETE, "/monde", NULL, en);
    is_int(res.status, 405, "DELETE on a page: 405");

    render(HTTP_GET, "/static/app.js", NULL, NULL);
    is_int(res.status, 200, "static app.js");
    ok(res.content_type && strncmp(res.content_type, "text/javascript", 15) == 0, "JS type");
    const char *etag = strstr(res.extra, "ETag: ");
    ok(etag != NULL && header_has("Cache-Control: "), "ETag and Cache-Control");
    char tag[40] = "";
    if (etag)
        sscanf(etag + 6, "%39[^\r]", tag);
    const char *inm[] = {"if-none-match", tag, NULL};
    render(HTTP_GET, "/static/app.js", NULL, inm);
    is_int(res.status, 304, "If-None-Match: 304");
    is_int(res.body.len, 0, "304 has no body");
    render(HTTP_GET, "/static/nope.js", NULL, NULL);
    is_int(res.status, 404, "unknown static file: 404");
    render(HTTP_GET, "/sw.js", NULL, NULL);
    ok(res.status == 200 && header_has("Cache-Control: no-cache") && !has("__CRIER_VERSION__"),
       "sw.js: no-cache, version stamped");
    render(HTTP_GET, "/manifest.webmanifest", NULL, NULL);
    ok(res.status == 200 && strcmp(res.content_type, "application/manifest+json") == 0, "manifest");

    response_free(&res);
    store_close(api.st);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0)
        printf("# could not remove %s\n", dir);
}

int main(void)
{
    test_escape();
    test_lang();
    test_urls();
    test_pages();
    return done_testing();
}
