/* feed_out: the exact document for a small feed; escaping of hostile text in
 * elements and attributes; characters XML cannot hold dropped and UTF-8 kept;
 * the deleted-entry form; RFC 3339 times; entry ids; entries from stored post
 * records; the buffer limit; and, when python3-feedparser is installed, an
 * independent parse of a written feed through tests/e2e/feed_check.py.
 * All fixtures are invented for this test. */
#include "tap.h"

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <unistd.h>

#include "buf.h"
#include "feed_out.h"

#define T_2026_11_26_0700 INT64_C(1795676400000)
#define T_2026_11_25_1830 INT64_C(1795631415000) /* 18:30:15 */
#define T_2026_03_02_0915 INT64_C(1772442900000)

static const struct feed_out_channel monde = {
    .slug = "monde",
    .title = "Le Monde — International",
    .description = "L'actualité internationale",
    .lang = "fr",
    .base_url = "http://127.0.0.1:8080",
    .updated_ms = T_2026_03_02_0915,
    .created_ms = T_2026_03_02_0915,
};

/* The document for ch and entries, in a fresh string the caller frees; NULL
 * (and a failed test) on error. */
static char *render(const struct feed_out_channel *ch, const char *path,
                    const struct feed_out_entry *e, size_t n)
{
    struct buf b;
    buf_init(&b, 1 << 20);
    int rc = feed_out_atom(&b, ch, path, e, n);
    if (rc != 0) {
        ok(0, "feed_out_atom failed: %d", rc);
        buf_free(&b);
        return NULL;
    }
    return buf_steal(&b, NULL);
}

static int contains(const char *hay, const char *needle)
{
    return hay && strstr(hay, needle) != NULL;
}

static void test_exact(void)
{
    static const char *const tags[] = {"Europe", "diplomatie"};
    struct feed_out_entry e[2] = {
        {
            .seq = 12,
            .title = "Sommet « décisif » à Bruxelles",
            .html = "<p>M. Dupont est arrivé &amp; a parlé.</p>\n",
            .author = "Claire Lévy",
            .published_ms = T_2026_11_26_0700,
            .updated_ms = T_2026_11_26_0700 + 90 * 1000 + 999,
            .link = "http://127.0.0.1:8080/monde/12",
            .media_url = "https://img.example/a/photo.JPG?w=800",
            .media_caption = "La salle \"Europa\"",
            .media_credit = "AFP",
            .tags = tags,
            .ntags = 2,
        },
        {
            .seq = 9,
            .title = "Brève",
            .html = "<p>Texte.</p>",
            .published_ms = T_2026_11_25_1830,
        },
    };
    const char *want =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"fr\">\n"
        "  <id>http://127.0.0.1:8080/monde/atom.xml</id>\n"
        "  <title type=\"text\">Le Monde — International</title>\n"
        "  <subtitle type=\"text\">L&apos;actualité internationale</subtitle>\n"
        "  <updated>2026-11-26T07:01:30Z</updated>\n"
        "  <link rel=\"self\" type=\"application/atom+xml\" "
        "href=\"http://127.0.0.1:8080/monde/atom.xml\"/>\n"
        "  <link rel=\"alternate\" type=\"text/html\" href=\"http://127.0.0.1:8080/monde\"/>\n"
        "  <icon>http://127.0.0.1:8080/static/icon-192.png</icon>\n"
        "  <logo>http://127.0.0.1:8080/static/icon-512.png</logo>\n"
        "  <author><name>Le Monde — International</name></author>\n"
        "  <generator>Crier</generator>\n"
        "  <entry>\n"
        "    <id>tag:127.0.0.1,2026-03-02:monde/12</id>\n"
        "    <title type=\"text\">Sommet « décisif » à "
        "Bruxelles</title>\n"
        "    <link rel=\"alternate\" type=\"text/html\" href=\"http://127.0.0.1:8080/monde/12\"/>\n"
        "    <link rel=\"enclosure\" href=\"https://img.example/a/photo.JPG?w=800\" "
        "type=\"image/jpeg\" title=\"La salle &quot;Europa&quot;\"/>\n"
        "    <published>2026-11-26T07:00:00Z</published>\n"
        "    <updated>2026-11-26T07:01:30Z</updated>\n"
        "    <author><name>Claire Lévy</name></author>\n"
        "    <category term=\"Europe\"/>\n"
        "    <category term=\"diplomatie\"/>\n"
        "    <content type=\"html\" xml:base=\"http://127.0.0.1:8080/\">&lt;figure&gt;&lt;img "
        "src=&quot;https://img.example/a/photo.JPG?w=800&quot; alt=&quot;La salle "
        "&amp;quot;Europa&amp;quot;&quot;&gt;&lt;figcaption&gt;La salle "
        "&amp;quot;Europa&amp;quot; — AFP&lt;/figcaption&gt;&lt;/figure&gt;\n"
        "&lt;p&gt;M. Dupont est arrivé &amp;amp; a parlé.&lt;/p&gt;\n"
        "</content>\n"
        "  </entry>\n"
        "  <entry>\n"
        "    <id>tag:127.0.0.1,2026-03-02:monde/9</id>\n"
        "    <title type=\"text\">Brève</title>\n"
        "    <link rel=\"alternate\" type=\"text/html\" href=\"http://127.0.0.1:8080/monde/9\"/>\n"
        "    <published>2026-11-25T18:30:15Z</published>\n"
        "    <updated>2026-11-25T18:30:15Z</updated>\n"
        "    <content type=\"html\" xml:base=\"http://127.0.0.1:8080/\">&lt;p&gt;Texte.&lt;/p&gt;"
        "</content>\n"
        "  </entry>\n"
        "</feed>\n";
    char *got = render(&monde, "/monde/atom.xml", e, 2);
    is_str(got, want, "exact document for a two-entry French feed");
    free(got);
}

static void test_empty_feed(void)
{
    struct feed_out_channel ch = {
        .slug = "vide", .base_url = "http://news.example", .updated_ms = T_2026_03_02_0915};
    char *got = render(&ch, "/vide/selections/atom.xml", NULL, 0);
    is_str(got,
           "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
           "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
           "  <id>http://news.example/vide/selections/atom.xml</id>\n"
           "  <title type=\"text\">vide</title>\n"
           "  <updated>2026-03-02T09:15:00Z</updated>\n"
           "  <link rel=\"self\" type=\"application/atom+xml\" "
           "href=\"http://news.example/vide/selections/atom.xml\"/>\n"
           "  <link rel=\"alternate\" type=\"text/html\" href=\"http://news.example/vide\"/>\n"
           "  <icon>http://news.example/static/icon-192.png</icon>\n"
           "  <logo>http://news.example/static/icon-512.png</logo>\n"
           "  <author><name>vide</name></author>\n"
           "  <generator>Crier</generator>\n"
           "</feed>\n",
           "empty feed: channel's updated, slug as title, no xml:lang or subtitle");
    free(got);
}

static void test_hostile(void)
{
    static const char *const tags[] = {
        "a\"b", "<x>", "", /* skipped */
    };
    struct feed_out_channel ch = monde;
    ch.title = "</title><script>alert(1)</script>";
    ch.description = "Tom & Jerry &amp; co";
    ch.lang = "fr\"><x";
    ch.base_url = "http://h.example/?a=1&b=\"2\"";
    struct feed_out_entry e = {
        .seq = 1,
        .title = "</title><script>alert('x')</script> &amp; \"q\" 'a' ]]>",
        .html = "<script>alert(1)</script><p>&lt;b&gt;</p>",
        .author = "<b>Moi</b> & \"toi\"",
        .published_ms = T_2026_11_26_0700,
        .link = "http://h.example/x?a=1&b=2\"onclick='y'",
        .media_url = "https://i.example/p.png?a=1&b=\"x\"",
        .media_caption = "<i>c</i>",
        .media_credit = "A & B",
        .tags = tags,
        .ntags = 3,
    };
    char *got = render(&ch, "/monde/atom.xml?x=<y>", &e, 1);

    ok(got != NULL, "hostile feed rendered");
    ok(!contains(got, "<script") && !contains(got, "</title><"),
       "no markup from the input reaches the document");
    ok(contains(got, "<title type=\"text\">&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
                     "</title>"),
       "feed title escaped");
    ok(contains(got, "<subtitle type=\"text\">Tom &amp; Jerry &amp;amp; co</subtitle>"),
       "& and an existing &amp; are both escaped");
    ok(contains(got, " xml:lang=\"fr&quot;&gt;&lt;x\">"), "xml:lang attribute escaped");
    ok(contains(got, "<title type=\"text\">&lt;/title&gt;&lt;script&gt;alert(&apos;x&apos;)"
                     "&lt;/script&gt; &amp;amp; &quot;q&quot; &apos;a&apos; ]]&gt;</title>"),
       "entry title: < > & \" ' escaped, ]]> broken");
    ok(contains(got, "href=\"http://h.example/x?a=1&amp;b=2&quot;onclick=&apos;y&apos;\""),
       "link attribute escaped");
    ok(contains(got, "<id>http://h.example/?a=1&amp;b=&quot;2&quot;/monde/atom.xml?x=&lt;y&gt;"
                     "</id>"),
       "feed id escaped");
    ok(contains(got, "<id>tag:h.example,2026-03-02:monde/1</id>"), "tag host from a hostile base");
    ok(contains(got, "<author><name>&lt;b&gt;Moi&lt;/b&gt; &amp; &quot;toi&quot;</name>"),
       "author escaped");
    ok(contains(got, "<category term=\"a&quot;b\"/>") &&
           contains(got, "<category term=\"&lt;x&gt;\"/>") &&
           !contains(got, "<category term=\"\"/>"),
       "categories escaped, the empty tag skipped");
    ok(contains(got, "<content type=\"html\" xml:base=") &&
           contains(got, "&lt;script&gt;alert(1)&lt;/script&gt;&lt;p&gt;&amp;lt;b&amp;gt;"
                         "&lt;/p&gt;</content>"),
       "content is escaped HTML, never raw");
    ok(contains(got, "src=&quot;https://i.example/p.png?a=1&amp;amp;b=&amp;quot;x&amp;quot;"
                     "&quot;"),
       "media URL escaped for HTML, then for XML");
    ok(contains(got, "&lt;figcaption&gt;&amp;lt;i&amp;gt;c&amp;lt;/i&amp;gt; — "
                     "A &amp;amp; B&lt;/figcaption&gt;"),
       "caption and credit are text in the content");
    ok(contains(got, "<link rel=\"enclosure\" href=\"https://i.example/p.png?a=1&amp;b=&quot;"
                     "x&quot;\" type=\"image/png\" title=\"&lt;i&gt;c&lt;/i&gt;\"/>"),
       "enclosure link escaped, type from the extension");
    free(got);

    /* A non-web media URL never reaches an href or an img. */
    e.media_url = "javascript:alert(1)";
    got = render(&monde, "/monde/atom.xml", &e, 1);
    ok(got && !contains(got, "javascript") && !contains(got, "enclosure") &&
           !contains(got, "figure"),
       "javascript: media URL dropped");
    free(got);
}

static void test_invalid_chars(void)
{
    struct feed_out_entry e = {
        .seq = 3,
        /* C0 controls, DEL (allowed), tab/LF/CR, U+FFFE, U+FFFF, a UTF-8
         * encoded surrogate, a stray continuation byte, 0xFF, an overlong '/',
         * a truncated sequence at the end. */
        .title = "a\001b\010c\013d\014e\037f\177g\th\ni\rj\357\277\276k\357\277\277"
                 "l\355\240\200m\200n\377o\300\257p\342\202",
        .html = "<p>x\x02y\xEF\xBF\xBEz</p>",
        .author = "\x1B[31mred",
        .published_ms = T_2026_11_26_0700,
        .tags = (const char *const[]){"t\x01\t"},
        .ntags = 1,
    };
    char *got = render(&monde, "/monde/atom.xml", &e, 1);

    ok(contains(got, "<title type=\"text\">abcdef\x7Fg\th\ni&#xD;jklmnop</title>"),
       "title: controls, U+FFFE/FFFF, surrogates and ill-formed UTF-8 dropped; "
       "tab, LF kept, CR as a reference");
    ok(contains(got, "&lt;p&gt;xyz&lt;/p&gt;"), "content: invalid characters dropped");
    ok(contains(got, "<name>[31mred</name>"), "author: ESC dropped");
    ok(contains(got, "<category term=\"t&#x9;\"/>"), "attribute: tab kept as a reference");
    for (const char *p = got; p && *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c < 0x20 && c != '\t' && c != '\n') {
            ok(0, "control byte 0x%02x left in the document", c);
            break;
        }
    }
    free(got);
}

static void test_french(void)
{
    const char *title = "« Nous ne céderons pas », "
                        "déclare M. Léon Œuvray — "
                        "été à Noël, Ça va… "
                        "🇫🇷";
    struct feed_out_entry e = {
        .seq = 4, .title = title, .html = "<p>été</p>", .published_ms = T_2026_11_26_0700};
    char *got = render(&monde, "/monde/atom.xml", &e, 1);
    struct buf want;

    buf_init(&want, 4096);
    buf_printf(&want, "<title type=\"text\">%s</title>", title);
    ok(contains(got, want.data), "French text, NBSP, « », M., œ, emoji kept byte for byte");
    ok(contains(got, "&lt;p&gt;été&lt;/p&gt;"), "accents in content kept");
    ok(contains(got, "  <entry>\n"), "a post with no language of its own: the feed's");
    buf_free(&want);
    free(got);

    /* An English dispatch on a French channel says so; a French one, or one
     * whose tag only differs in case, does not repeat the feed's. */
    struct feed_out_entry two[3] = {
        {.seq = 7,
         .title = "Talks resume",
         .html = "<p>x</p>",
         .published_ms = T_2026_11_26_0700,
         .lang = "en"},
        {.seq = 6,
         .title = "Sommet",
         .html = "<p>x</p>",
         .published_ms = T_2026_11_26_0700,
         .lang = "FR"},
        {.seq = 5,
         .title = "Bad",
         .html = "<p>x</p>",
         .published_ms = T_2026_11_26_0700,
         .lang = "en\"><x"},
    };
    got = render(&monde, "/monde/atom.xml", two, 3);
    ok(contains(got, "  <entry xml:lang=\"en\">\n    <id>"), "an English entry in a French feed");
    ok(contains(got, "  <entry>\n    <id>tag:") || contains(got, "  <entry>\n    <id>"),
       "the French one carries none");
    ok(contains(got, "<entry xml:lang=\"en&quot;&gt;&lt;x\">"), "the tag escaped");
    is_int((long long)(strstr(got, "xml:lang=\"FR\"") != NULL), 0, "no xml:lang for FR on fr");
    free(got);
}

static void test_deleted(void)
{
    static const char *const tags[] = {"secret"};
    struct feed_out_entry e = {
        .seq = 7,
        .title = "Titre retiré",
        .html = "<p>texte retiré</p>",
        .author = "Auteur",
        .published_ms = T_2026_11_25_1830,
        .updated_ms = T_2026_11_26_0700,
        .media_url = "https://i.example/x.jpg",
        .tags = tags,
        .ntags = 1,
        .deleted = 1,
    };
    const char *want_fr = "  <entry>\n"
                          "    <id>tag:127.0.0.1,2026-03-02:monde/7</id>\n"
                          "    <title type=\"text\">[supprimé]</title>\n"
                          "    <link rel=\"alternate\" type=\"text/html\" "
                          "href=\"http://127.0.0.1:8080/monde/7\"/>\n"
                          "    <published>2026-11-25T18:30:15Z</published>\n"
                          "    <updated>2026-11-26T07:00:00Z</updated>\n"
                          "    <content type=\"html\"></content>\n"
                          "  </entry>\n";
    char *got = render(&monde, "/monde/atom.xml", &e, 1);

    ok(contains(got, want_fr),
       "deleted entry (fr): same id, [supprimé], its permalink, empty content");
    ok(!contains(got, "retir") && !contains(got, "Auteur") && !contains(got, "secret") &&
           !contains(got, "x.jpg"),
       "nothing of the deleted post leaks but where it was");
    ok(contains(got, "  <updated>2026-11-26T07:00:00Z</updated>\n  <link"),
       "feed updated is the deletion time");
    free(got);

    struct feed_out_channel en = monde;
    en.lang = "en-GB";
    got = render(&en, "/monde/atom.xml", &e, 1);
    ok(contains(got, "<title type=\"text\">[deleted]</title>"), "deleted entry (en-GB): [deleted]");
    free(got);
    en.lang = "FR-ca";
    got = render(&en, "/monde/atom.xml", &e, 1);
    ok(contains(got, "[supprimé]"), "deleted entry (FR-ca): [supprimé]");
    free(got);
    en.lang = "fra";
    got = render(&en, "/monde/atom.xml", &e, 1);
    ok(contains(got, "[deleted]"), "deleted entry (fra is not fr): [deleted]");
    free(got);
}

static void test_times(void)
{
    struct feed_out_entry e[3] = {
        {.seq = 3, .title = "a", .published_ms = INT64_C(1709251199999)}, /* 2024-02-29 */
        {.seq = 2, .title = "b", .published_ms = -5, .updated_ms = INT64_C(4102444800000)},
        {.seq = 1, .title = "c", .published_ms = 1, .updated_ms = INT64_MAX},
    };
    char *got = render(&monde, "/monde/atom.xml", e, 3);

    ok(contains(got, "<published>2024-02-29T23:59:59Z</published>"),
       "leap day, milliseconds dropped, not rounded");
    ok(contains(got, "<updated>2100-01-01T00:00:00Z</updated>"), "2100-01-01 (not a leap year)");
    ok(contains(got, "<published>1970-01-01T00:00:00Z</published>"), "1 ms is the epoch second");
    ok(contains(got, "<updated>9999-12-31T23:59:59Z</updated>"), "far future clamped to 9999");
    ok(contains(got, "  <updated>9999-12-31T23:59:59Z</updated>\n  <link"),
       "feed updated is the newest entry's, whatever the order");
    ok(!contains(got, "<published>1969") &&
           contains(got, "<id>tag:127.0.0.1,2026-03-02:monde/2</id>\n"
                         "    <title type=\"text\">b</title>\n"
                         "    <link rel=\"alternate\" type=\"text/html\" "
                         "href=\"http://127.0.0.1:8080/monde/2\"/>\n"
                         "    <updated>"),
       "a negative published time is left out; link built from base, slug and seq");
    free(got);

    /* updated before published: published wins. */
    struct feed_out_entry f = {
        .seq = 5, .title = "x", .published_ms = T_2026_11_26_0700, .updated_ms = T_2026_11_25_1830};
    got = render(&monde, "/monde/atom.xml", &f, 1);
    ok(contains(got, "    <updated>2026-11-26T07:00:00Z</updated>"),
       "entry updated is never before published");
    free(got);
}

static void test_ids(void)
{
    struct feed_out_entry e = {.seq = 42, .title = "x", .published_ms = T_2026_11_26_0700};
    struct feed_out_channel ch = monde;
    static const struct {
        const char *base;
        int64_t created;
        const char *want;
    } cases[] = {
        {"http://127.0.0.1:8080", 0, "<id>tag:127.0.0.1," FEED_OUT_TAG_DATE ":monde/42</id>"},
        {"https://User:pw@News.Example.ORG:8443/crier", T_2026_11_25_1830,
         "<id>tag:news.example.org,2026-11-25:monde/42</id>"},
        {"http://[::1]:8080", T_2026_11_25_1830, "<id>tag:localhost,2026-11-25:monde/42</id>"},
        {"http://bad_host", T_2026_11_25_1830, "<id>tag:localhost,2026-11-25:monde/42</id>"},
        {"http://-a.example", T_2026_11_25_1830, "<id>tag:localhost,2026-11-25:monde/42</id>"},
        {"news.example", T_2026_11_25_1830, "<id>tag:news.example,2026-11-25:monde/42</id>"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ch.base_url = cases[i].base;
        ch.created_ms = cases[i].created;
        char *got = render(&ch, "/monde/atom.xml", &e, 1);
        ok(contains(got, cases[i].want), "entry id for base %s", cases[i].base);
        free(got);
    }

    /* An edit changes updated, title and content, never the id. */
    struct feed_out_entry edited = e;
    edited.title = "y";
    edited.updated_ms = e.published_ms + 60000;
    char *a = render(&monde, "/monde/atom.xml", &e, 1);
    char *b = render(&monde, "/monde/atom.xml", &edited, 1);
    ok(contains(a, "<id>tag:127.0.0.1,2026-03-02:monde/42</id>") &&
           contains(b, "<id>tag:127.0.0.1,2026-03-02:monde/42</id>"),
       "the entry id is stable across an edit");
    free(a);
    free(b);
}

static void test_errors_and_limit(void)
{
    struct buf b;
    struct feed_out_channel ch = monde;
    struct feed_out_entry e = {
        .seq = 1, .title = "x", .html = "<p>y</p>", .published_ms = T_2026_11_26_0700};

    buf_init(&b, 1 << 16);
    is_int(feed_out_atom(&b, NULL, "/x", NULL, 0), -EINVAL, "NULL channel");
    is_int(feed_out_atom(&b, &ch, NULL, NULL, 0), -EINVAL, "NULL feed path");
    is_int(feed_out_atom(&b, &ch, "/x", NULL, 1), -EINVAL, "NULL entries with n > 0");
    ch.slug = "";
    is_int(feed_out_atom(&b, &ch, "/x", NULL, 0), -EINVAL, "empty slug");
    ch = monde;
    ch.base_url = NULL;
    is_int(feed_out_atom(&b, &ch, "/x", NULL, 0), -EINVAL, "NULL base URL");
    buf_free(&b);

    /* Find the exact size, then check one byte less fails and leaves the
     * buffer as it was (prefix kept). */
    buf_init(&b, 1 << 16);
    is_int(feed_out_atom(&b, &monde, "/monde/atom.xml", &e, 1), 0, "fits in 64 KiB");
    size_t need = b.len;
    buf_free(&b);
    buf_init(&b, 5 + need - 1);
    buf_appends(&b, "head:");
    is_int(feed_out_atom(&b, &monde, "/monde/atom.xml", &e, 1), -ENOBUFS,
           "one byte short of max: -ENOBUFS");
    is_str(b.data, "head:", "buffer left as it was on -ENOBUFS");
    buf_free(&b);
    buf_init(&b, 5 + need);
    buf_appends(&b, "head:");
    is_int(feed_out_atom(&b, &monde, "/monde/atom.xml", &e, 1), 0, "exactly max: fits");
    is_int(b.len, 5 + need, "appended after the existing bytes");
    buf_free(&b);

    /* A huge content: the inner HTML buffer honours the limit too. */
    size_t big = 100000;
    char *html = malloc(big + 1);
    memset(html, '&', big);
    html[big] = '\0';
    e.html = html;
    buf_init(&b, 200000);
    is_int(feed_out_atom(&b, &monde, "/monde/atom.xml", &e, 1), -ENOBUFS,
           "content that escapes past max: -ENOBUFS");
    is_int(b.len, 0, "nothing left behind");
    buf_free(&b);
    free(html);
}

static void test_from_json(void)
{
    json_error_t err;
    json_t *post = json_loads(
        "{\"id\":3,\"seq\":12,\"title\":\"Sommet\",\"body\":\"x\",\"html\":\"<p>x</p>\","
        "\"importance\":2,\"silent\":false,\"tags\":[\"Europe\",7,\"diplomatie\"],"
        "\"source_url\":null,\"media\":{\"url\":\"https://i.example/a.jpg\",\"caption\":\"Cap\","
        "\"credit\":\"AFP\"},\"lang\":\"fr\",\"author\":\"Claire\","
        "\"published_at\":1795676400000,\"edited_at\":1795676490000}",
        JSON_REJECT_DUPLICATES, &err);
    struct feed_out_entry e;

    ok(post != NULL, "fixture parses");
    is_int(feed_out_entry_from_json(post, "http://127.0.0.1:8080", "monde", &e), 0,
           "from_json: full record");
    is_int(e.seq, 12, "seq");
    is_str(e.title, "Sommet", "title");
    is_str(e.html, "<p>x</p>", "html");
    is_str(e.author, "Claire", "author");
    is_str(e.lang, "fr", "lang");
    is_int(e.published_ms, T_2026_11_26_0700, "published_at");
    is_int(e.updated_ms, T_2026_11_26_0700 + 90000, "edited_at");
    is_str(e.link, "http://127.0.0.1:8080/monde/12", "permalink");
    is_str(e.media_url, "https://i.example/a.jpg", "media url");
    is_str(e.media_caption, "Cap", "media caption");
    is_str(e.media_credit, "AFP", "media credit");
    is_int(e.ntags, 2, "string tags only");
    ok(e.ntags == 2 && strcmp(e.tags[0], "Europe") == 0 && strcmp(e.tags[1], "diplomatie") == 0,
       "tags in order");
    is_int(e.deleted, 0, "not deleted");
    ok(e.title == json_string_value(json_object_get(post, "title")), "title borrows from the json");
    char *got = render(&monde, "/monde/atom.xml", &e, 1);
    ok(contains(got, "<updated>2026-11-26T07:01:30Z</updated>") &&
           contains(got, "<category term=\"diplomatie\"/>"),
       "a converted entry renders");
    free(got);
    feed_out_entry_clear(&e);
    ok(e.owned_ == NULL && e.link == NULL, "clear releases and zeroes");
    json_decref(post);

    post = json_loads("{\"id\":3,\"seq\":5,\"title\":\"t\",\"html\":\"\",\"tags\":[],"
                      "\"media\":null,\"author\":null,\"published_at\":1795676400000}",
                      0, &err);
    is_int(feed_out_entry_from_json(post, "http://h", "s", &e), 0, "from_json: minimal record");
    ok(e.author == NULL && e.media_url == NULL && e.ntags == 0 && e.tags == NULL &&
           e.updated_ms == 0,
       "null author and media, no tags, no edit");
    feed_out_entry_clear(&e);
    json_decref(post);

    post = json_loads("{\"id\":3,\"seq\":5,\"deleted\":true}", 0, &err);
    is_int(feed_out_entry_from_json(post, "http://h", "s", &e), 0,
           "from_json: deleted record without published_at");
    is_int(e.deleted, 1, "deleted flag");
    feed_out_entry_clear(&e);
    json_decref(post);

    static const char *const bad[] = {
        "[1]",
        "{\"seq\":0,\"published_at\":1}",
        "{\"seq\":\"5\",\"published_at\":1}",
        "{\"title\":\"x\",\"published_at\":1}",
        "{\"seq\":5,\"title\":\"x\"}",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        post = json_loads(bad[i], 0, &err);
        is_int(feed_out_entry_from_json(post, "http://h", "s", &e), -EINVAL, "from_json rejects %s",
               bad[i]);
        ok(e.owned_ == NULL, "nothing to release after rejecting %s", bad[i]);
        json_decref(post);
    }
}

/* ---- an independent parse with python3-feedparser ---- */

static void skip(int count, const char *why)
{
    for (int i = 0; i < count; i++) {
        tap_n++;
        printf("ok %d # skip %s\n", tap_n, why);
    }
}

/* The path of tests/e2e/feed_check.py from the working directory or the
 * binary's location (build/rel/tests/test_feed_out). */
static int find_checker(const char *argv0, char *out, size_t outlen)
{
    const char *rel = "tests/e2e/feed_check.py";
    if (access(rel, R_OK) == 0) {
        snprintf(out, outlen, "%s", rel);
        return 0;
    }
    const char *slash = strrchr(argv0, '/');
    if (slash) {
        snprintf(out, outlen, "%.*s/../../../%s", (int)(slash - argv0), argv0, rel);
        if (access(out, R_OK) == 0)
            return 0;
    }
    return -1;
}

static const char *python(void)
{
    /* Debian's python3-feedparser goes with Debian's interpreter. */
    static const char *const cands[] = {"/usr/bin/python3", "python3"};
    for (size_t i = 0; i < 2; i++) {
        char cmd[128];
        snprintf(cmd, sizeof cmd, "%s -c 'import feedparser' >/dev/null 2>&1", cands[i]);
        if (system(cmd) == 0)
            return cands[i];
    }
    return NULL;
}

static void test_feedparser(const char *argv0)
{
    enum { NCHECKS = 12 };
    char checker[4096], path[] = "/tmp/crier-feed-XXXXXX", cmd[8300];
    const char *py = python();
    static const char *const tags[] = {"Europe", "a&b"};
    struct feed_out_entry e[3] = {
        {.seq = 12,
         .title = "Sommet « décisif » : M. Dupont & \"l'UE\"",
         .html = "<p>Texte <em>important</em> été.</p>",
         .author = "Claire",
         .published_ms = T_2026_11_26_0700,
         .updated_ms = T_2026_11_26_0700 + 90000,
         .media_url = "https://i.example/p.jpg",
         .media_caption = "Légende <b>",
         .media_credit = "AFP",
         .tags = tags,
         .ntags = 2},
        {.seq = 10,
         .title = "</title><script>alert(1)</script>\x01\xEF\xBF\xBF",
         .html = "<p>a\x02</p>",
         .published_ms = T_2026_11_25_1830},
        {.seq = 9,
         .title = "gone",
         .html = "<p>gone</p>",
         .published_ms = T_2026_11_25_1830,
         .updated_ms = T_2026_11_26_0700,
         .deleted = 1},
    };

    if (!py) {
        skip(NCHECKS, "python3-feedparser not installed (apt-get install -y python3-feedparser)");
        return;
    }
    if (find_checker(argv0, checker, sizeof checker) < 0) {
        skip(NCHECKS, "tests/e2e/feed_check.py not found (run from the repository root)");
        return;
    }
    char *doc = render(&monde, "/monde/atom.xml", e, 3);
    int fd = mkstemp(path);
    if (!doc || fd < 0) {
        ok(0, "temp feed file");
        free(doc);
        return;
    }
    size_t len = strlen(doc);
    int wrote = write(fd, doc, len) == (ssize_t)len;
    close(fd);
    free(doc);
    snprintf(cmd, sizeof cmd, "%s '%s' '%s'", py, checker, path);
    FILE *f = popen(cmd, "r");
    struct buf out;
    buf_init(&out, 1 << 20);
    char chunk[4096];
    size_t got;
    while (f && (got = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_append(&out, chunk, got);
    int status = f ? pclose(f) : -1;
    unlink(path);

    json_error_t err;
    json_t *j = out.data ? json_loads(out.data, 0, &err) : NULL;
    json_t *ents = json_object_get(j, "entries");
    ok(wrote && status == 0 && j != NULL, "feed_check.py ran and printed JSON");
    is_int(json_integer_value(json_object_get(j, "bozo")), 0, "feedparser: bozo 0");
    if (json_is_string(json_object_get(j, "bozo_exception")))
        printf("#   bozo_exception: %s\n", json_string_value(json_object_get(j, "bozo_exception")));
    is_str(json_string_value(json_object_get(j, "title")), monde.title, "feedparser: feed title");
    is_str(json_string_value(json_object_get(j, "lang")), "fr", "feedparser: language");
    is_int(json_array_size(ents), 3, "feedparser: 3 entries");
    is_str(json_string_value(json_object_get(json_array_get(ents, 0), "title")), e[0].title,
           "feedparser: French title with « », & and quotes round-trips");
    is_str(json_string_value(json_object_get(json_array_get(ents, 1), "title")),
           "</title><script>alert(1)</script>",
           "feedparser: hostile title round-trips as text, invalid characters gone");
    is_str(json_string_value(json_object_get(json_array_get(ents, 2), "title")), "[supprimé]",
           "feedparser: deleted entry title");
    is_str(json_string_value(json_object_get(json_array_get(ents, 0), "id")),
           "tag:127.0.0.1,2026-03-02:monde/12", "feedparser: entry id");
    is_str(json_string_value(json_object_get(json_array_get(ents, 0), "link")),
           "http://127.0.0.1:8080/monde/12", "feedparser: entry link");
    is_str(json_string_value(json_object_get(json_array_get(ents, 0), "updated")),
           "2026-11-26T07:01:30Z", "feedparser: entry updated");
    const char *content = json_string_value(json_object_get(json_array_get(ents, 0), "content"));
    ok(contains(content, "<em>important</em> été") && contains(content, "Légende &lt;b&gt;"),
       "feedparser: content is the post's HTML with the caption as text");
    if (!j && out.data)
        printf("#   output: %s\n", out.data);
    json_decref(j);
    buf_free(&out);
}

int main(int argc, char **argv)
{
    (void)argc;
    test_exact();
    test_empty_feed();
    test_hostile();
    test_invalid_chars();
    test_french();
    test_deleted();
    test_times();
    test_ids();
    test_errors_and_limit();
    test_from_json();
    test_feedparser(argv[0]);
    return done_testing();
}
