/* feed_in: RSS 2.0, Atom and JSON Feed documents (tests/fixtures/feeds/, invented
 * for this test) read into items with exact values; dates in RFC 822 and RFC 3339
 * variants; and hostile documents: XXE, billion laughs, malformed XML, an HTML page,
 * 600 items, a 1 MB field, ill-formed UTF-8, a wrong JSON Feed version, deep
 * nesting. Includes the module to reach keep(). */
#include "tap.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../../src/feed_in.c"

static char *slurp(const char *name, size_t *len)
{
    char path[512];
    const char *dirs[] = {"tests/fixtures/feeds", "../fixtures/feeds",
                          "../../tests/fixtures/feeds"};
    for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", dirs[i], name);
        FILE *f = fopen(path, "rb");
        if (!f)
            continue;
        fseek(f, 0, SEEK_END);
        long n = ftell(f);
        fseek(f, 0, SEEK_SET);
        char *b = malloc((size_t)n + 1);
        *len = fread(b, 1, (size_t)n, f);
        b[*len] = '\0';
        fclose(f);
        return b;
    }
    printf("# fixture %s not found\n", name);
    exit(1);
}

/* Parses the fixture name; returns feed_parse's result. */
static int parse_file(const char *name, const char *ctype, const char *base, struct feed *f,
                      const char **why)
{
    size_t len;
    char *b = slurp(name, &len);
    int rc = feed_parse(b, len, ctype, base, f, why);
    free(b);
    return rc;
}

static int valid_utf8(const char *s)
{
    size_t n = s ? strlen(s) : 0;
    for (size_t i = 0; i < n;) {
        size_t k = u8_len((const unsigned char *)s + i, n - i);
        if (!k)
            return 0;
        i += k;
    }
    return 1;
}

static int feed_valid(const struct feed *f)
{
    for (size_t i = 0; i < f->nitems; i++) {
        const struct feed_item *it = &f->items[i];
        const char *s[] = {it->id,      it->link,  it->title,  it->content,
                           it->summary, it->image, it->author, it->lang};
        for (size_t j = 0; j < sizeof s / sizeof s[0]; j++)
            if (!valid_utf8(s[j]))
                return 0;
    }
    return valid_utf8(f->title) && valid_utf8(f->link) && valid_utf8(f->lang);
}

static void test_rss(void)
{
    struct feed f;
    const char *why = "unset";

    is_int(
        parse_file("rss2.xml", "application/rss+xml", "https://courrier.example/rss.xml", &f, &why),
        0, "RSS 2.0: parsed");
    ok(why == NULL, "no why on success");
    is_int(f.kind, FEED_RSS, "kind RSS");
    is_str(f.title, "Le Courrier du Matin", "channel title, trimmed");
    is_str(f.link, "https://courrier.example/", "channel link");
    is_str(f.lang, "fr", "channel language");
    is_int(f.nitems, 3, "three items; the one with only a blank description is skipped");

    struct feed_item *a = &f.items[0];
    is_str(a->title,
           "Budget & retraites : l\xc3\xa9gislatives anticip\xc3\xa9"
           "es, M. Durand \xc2\xab satisfait \xc2\xbb",
           "&amp; and &#233; decoded, « » kept");
    is_int(a->title_html, 1, "an RSS title is HTML");
    is_str(a->id, "courrier-20251020-001", "guid isPermaLink=false is the id");
    is_str(a->link, "https://courrier.example/politique/2025/10/20/budget",
           "relative link resolved against the feed URL");
    is_str(
        a->content,
        "<p>Le S\xc3\xa9nat a adopt\xc3\xa9 <b>mardi</b> le projet de loi, \xc2\xab enfin \xc2\xbb"
        ", selon M. Durand.</p>",
        "content:encoded from CDATA, not the same-named element of another namespace");
    is_int(a->content_html, 1, "content:encoded is HTML");
    is_str(a->summary, "Le S\xc3\xa9nat a adopt\xc3\xa9 le budget.",
           "the description becomes the summary");
    is_str(a->author, "Claire Martin", "dc:creator");
    is_str(a->image, "https://courrier.example/img/senat.jpg", "image enclosure, resolved");
    is_str(a->lang, "fr", "the channel's language");
    is_int(a->published_ms, 1760934420000LL, "pubDate with +0200");

    struct feed_item *b = &f.items[1];
    ok(b->id == NULL, "no guid: no id");
    is_str(b->content, "Trains <i>stopped</i> at 6 a.m. & buses replaced them.",
           "description (CDATA) is the content when there is no content:encoded");
    ok(b->summary == NULL, "and no summary then");
    is_str(b->image, "https://cdn.courrier.example/photos/storm.jpg",
           "media:content medium=image (any prefix), not the audio enclosure");
    is_str(b->lang, "en-GB", "dc:language of the item");
    is_int(b->published_ms, 1760936400000LL, "dc:date (RFC 3339)");

    struct feed_item *c = &f.items[2];
    is_str(c->link, "https://courrier.example/lyon/bouchons",
           "a javascript: link is dropped; the permalink guid is the link");
    is_str(c->content, "<p>R\xc3\xa9ouverture \xc3\xa0 Lyon.</p>",
           "content:encoded under another prefix, escaped markup decoded");
    ok(c->image == NULL, "an audio enclosure is no image");
    is_str(c->author,
           "redaction@courrier.example (La r\xc3\xa9"
           "daction)",
           "RSS author");
    ok(feed_valid(&f), "every string valid UTF-8");
    feed_free(&f);
    is_int(f.nitems, 0, "feed_free zeroes");
}

static void test_rdf(void)
{
    struct feed f;
    const char *why;

    is_int(parse_file("rdf.xml", NULL, NULL, &f, &why), 0, "RSS 1.0 (RDF): parsed");
    is_int(f.kind, FEED_RSS, "kind RSS");
    is_str(f.title, "La Gazette", "channel title in the RSS 1.0 namespace");
    is_str(f.lang, "fr-CA", "dc:language of the channel");
    is_int(f.nitems, 1, "the item beside the channel");
    is_str(f.items[0].id, "https://gazette.example/2025/10/20/port", "rdf:about is the id");
    is_str(f.items[0].title,
           "Montr\xc3\xa9"
           "al : le port rouvre apr\xc3\xa8s la gr\xc3\xa8ve",
           "title");
    is_str(f.items[0].content, "Les dockers ont vot\xc3\xa9 \xc2\xab oui \xc2\xbb.", "description");
    is_str(f.items[0].author, "Luc Tremblay", "dc:creator");
    is_str(f.items[0].lang, "fr-CA", "the channel's language");
    is_int(f.items[0].published_ms, 1760934420000LL, "dc:date");
    feed_free(&f);
}

static void test_atom(void)
{
    struct feed f;
    const char *why;

    is_int(parse_file("atom.xml", NULL, "https://elsewhere.example/feed", &f, &why), 0,
           "Atom: parsed");
    is_int(f.kind, FEED_ATOM, "kind Atom");
    is_str(f.title, "Journal du Soir", "feed title");
    is_str(f.link, "https://journal.example/",
           "alternate link (no rel) against xml:base, not self");
    is_str(f.lang, "fr", "xml:lang of the feed");
    is_int(f.nitems, 3, "three entries");

    struct feed_item *a = &f.items[0];
    is_str(a->id, "tag:journal.example,2025:actu/1", "id");
    is_str(a->title,
           "\xc3\x89"
           "ducation : M. Lef\xc3\xa8vre <em>annonce</em> \xc2\xab un plan \xc2\xbb",
           "type=html title, entities decoded once");
    is_int(a->title_html, 1, "and marked HTML");
    is_str(a->link, "https://journal.example/actu/2025/10/education-plan",
           "first rel=alternate, against the entry's xml:base within the feed's");
    is_str(a->image, "https://journal.example/actu/2025/10/images/plan.png",
           "rel=enclosure of an image type, not the audio one");
    is_str(a->content,
           "<p>Le ministre a pr\xc3\xa9sent\xc3\xa9 son plan \xc2\xab ambitieux \xc2\xbb.</p>",
           "html content");
    is_int(a->content_html, 1, "is HTML");
    is_str(a->summary,
           "Un plan pour les \xc3\xa9"
           "coles.",
           "summary kept beside content");
    is_int(a->published_ms, 1760941620000LL, "published");
    is_int(a->updated_ms, 1761026400000LL, "updated, apart from published");
    is_str(a->author,
           "La r\xc3\xa9"
           "daction",
           "the feed's author");

    struct feed_item *b = &f.items[1];
    is_str(b->title, "Markets <b>rally</b>", "xhtml title: the div's children");
    is_int(b->title_html, 1, "xhtml title is HTML");
    is_str(b->content, "<p>Shares rose <em>sharply</em> on Monday.</p><p>M. Dupont &amp; Co.</p>",
           "xhtml content serialised without the div");
    is_int(b->content_html, 1, "xhtml content is HTML");
    is_str(b->link, "https://journal.example/actu/markets", "link with no rel");
    is_int(b->published_ms, 0, "no published");
    is_int(b->updated_ms, 1760999400250LL, "updated with fraction and -04:00");
    is_str(b->author, "Jane Doe", "entry author");
    is_str(b->lang, "en", "entry xml:lang");
    is_str(b->image, "https://img.journal.example/markets.jpg", "media:thumbnail");

    struct feed_item *c = &f.items[2];
    is_str(c->content,
           "La gr\xc3\xa8ve est termin\xc3\xa9"
           "e.",
           "summary is the content");
    is_int(c->content_html, 0, "type=text is plain");
    ok(c->summary == NULL, "no summary then");
    is_int(c->title_html, 0, "a title without type is text");
    ok(c->link == NULL, "no link");
    feed_free(&f);

    const char *empty = "<feed xmlns='http://www.w3.org/2005/Atom'><title>Vide</title></feed>";
    is_int(feed_parse(empty, strlen(empty), NULL, NULL, &f, &why), 0, "a feed with no entry");
    is_int(f.nitems, 0, "has no item");
    feed_free(&f);
}

static void test_json(void)
{
    struct feed f;
    const char *why;

    is_int(parse_file("jsonfeed_html.json", "application/feed+json",
                      "https://fil.example/feed.json", &f, &why),
           0, "JSON Feed 1.1: parsed");
    is_int(f.kind, FEED_JSON, "kind JSON");
    is_str(f.title, "Le Fil", "title");
    is_str(f.link, "https://fil.example/", "home_page_url");
    is_str(f.lang, "fr-FR", "language");
    is_int(f.nitems, 2, "a string item and a blank one skipped");
    struct feed_item *a = &f.items[0];
    is_str(a->id, "fil-1", "id");
    is_str(a->link, "https://fil.example/2025/10/20/greve", "relative url resolved");
    is_str(a->title, "Gr\xc3\xa8ve \xc3\xa0 la SNCF : \xc2\xab trafic perturb\xc3\xa9 \xc2\xbb",
           "title trimmed");
    is_int(a->title_html, 0, "a JSON title is text");
    is_str(a->content, "<p>Le trafic est <strong>perturb\xc3\xa9</strong>, selon M. Petit.</p>",
           "content_html");
    is_int(a->content_html, 1, "is HTML");
    is_str(a->summary, "Trafic perturb\xc3\xa9 mardi.", "summary");
    is_str(a->image, "https://fil.example/img/gare.jpg", "image");
    is_str(a->author, "M. Bernard", "authors[0].name");
    is_int(a->published_ms, 1760934420000LL, "date_published +02:00");
    is_int(a->updated_ms, 1760950800000LL, "date_modified");
    struct feed_item *b = &f.items[1];
    is_str(b->id, "1234", "a number id as a string");
    is_str(b->link, "https://ailleurs.example/article", "external_url without url");
    is_str(b->image, "https://fil.example/banner.png", "banner_image without image");
    is_str(b->author,
           "R\xc3\xa9"
           "daction du Fil",
           "the feed's author");
    is_str(b->lang, "en", "item language");
    ok(b->content == NULL, "no content");
    feed_free(&f);

    is_int(parse_file("jsonfeed_text.json", NULL, NULL, &f, &why), 0, "JSON Feed 1.0: parsed");
    is_int(f.nitems, 1, "one item");
    is_str(
        f.items[0].content,
        "Un s\xc3\xa9isme a \xc3\xa9t\xc3\xa9 ressenti \xc3\xa0 Nice.\nAucune victime \xc2\xab \xc3\xa0"
        " ce stade \xc2\xbb.",
        "content_text as is");
    is_int(f.items[0].content_html, 0, "content_text is plain");
    is_str(f.items[0].author, "Agence", "1.0 author.name");
    is_int(f.items[0].published_ms, 1760941620500LL, "fraction .5");
    feed_free(&f);
}

static void test_dates(void)
{
    is_int(feed_time("Mon, 20 Oct 2025 06:27:00 +0200"), 1760934420000LL, "822 +0200");
    is_int(feed_time("Mon, 20 Oct 2025 06:27:00 GMT"), 1760941620000LL, "822 GMT");
    is_int(feed_time("Mon, 20 Oct 2025 06:27:00 EST"), 1760959620000LL, "822 EST");
    is_int(feed_time("20 Oct 2025 06:27:00 +0000"), 1760941620000LL, "822 without weekday");
    is_int(feed_time("Mon, 20 Oct 25 06:27 +0200"), 1760934420000LL,
           "822 2-digit year, no seconds");
    is_int(feed_time("Mon, 20 Oct 2025 06:27:00 +0430"), 1760925420000LL, "822 +0430");
    is_int(feed_time("2025-10-20T06:27:00Z"), 1760941620000LL, "3339 Z");
    is_int(feed_time("2025-10-20T06:27:00+02:00"), 1760934420000LL, "3339 +02:00");
    is_int(feed_time("2025-10-20T06:27:00.123Z"), 1760941620123LL, "3339 fraction");
    is_int(feed_time("2025-10-20T01:57:00.5-04:30"), 1760941620500LL, "3339 fraction and -04:30");
    is_int(feed_time("2000-02-29T12:00:00Z"), 951825600000LL, "a leap day");
    is_int(feed_time("2025-02-29T12:00:00Z"), 0, "no 29 February in 2025");
    is_int(feed_time("hier soir"), 0, "unreadable");
    is_int(feed_time("2025-10-20T06:27:00Zjunk"), 0, "trailing junk");
    is_int(feed_time("Mon, 32 Oct 2025 06:27:00 GMT"), 0, "day 32");
    is_int(feed_time(""), 0, "empty");
    is_int(feed_time(NULL), 0, "NULL");
}

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Whether out is still the sentinel it was set to (nothing filled in). */
static int untouched(const struct feed *f)
{
    return f->kind == 77 && f->title == NULL && f->items == NULL && f->nitems == 0;
}

static void test_entities(void)
{
    struct feed f = {.kind = 77};
    const char *why = NULL;
    double t0;

    is_int(parse_file("xxe.xml", NULL, NULL, &f, &why), -EINVAL, "XXE: refused");
    is_str(why, "entity declarations refused", "XXE: why");
    ok(untouched(&f), "XXE: out not filled, nothing of /etc/passwd anywhere");
    is_int(parse_file("xxe_param.xml", NULL, NULL, &f, &why), -EINVAL, "parameter entity XXE");
    is_str(why, "entity declarations refused", "parameter entity: why");
    ok(untouched(&f), "parameter entity: out not filled");

    is_int(parse_file("xxe_dtd.xml", NULL, NULL, &f, &why), 0,
           "an external DTD is not loaded; an undeclared entity gives nothing");
    is_int(f.nitems, 1, "its item");
    is_str(f.items[0].title, "a  b", "the reference is empty, no file content");
    ok(f.items[0].link == NULL, "a guid that is no URL is no link");
    feed_free(&f);

    f.kind = 77;
    t0 = now_s();
    is_int(parse_file("billion_laughs.xml", NULL, NULL, &f, &why), -EINVAL, "billion laughs");
    is_str(why, "entity declarations refused", "billion laughs: why");
    ok(now_s() - t0 < 0.5, "billion laughs: fast (%.3f s)", now_s() - t0);
    ok(untouched(&f), "billion laughs: out not filled");
}

static void test_not_feeds(void)
{
    struct feed f = {.kind = 77};
    const char *why;

    is_int(parse_file("malformed.xml", NULL, NULL, &f, &why), -EINVAL, "unclosed tags");
    is_str(why, "malformed XML", "unclosed tags: why");
    is_int(parse_file("page.html", "text/html", NULL, &f, &why), -EINVAL, "an HTML page");
    is_str(why, "malformed XML", "an HTML page is not XML");
    is_int(parse_file("page.xhtml", NULL, NULL, &f, &why), -EINVAL, "an XHTML page");
    is_str(why, "not RSS, Atom or JSON Feed", "an XHTML page is not a feed");
    is_int(parse_file("bad_utf8.xml", NULL, NULL, &f, &why), -EINVAL,
           "ill-formed UTF-8 declared UTF-8: refused by libxml2");
    is_str(why, "malformed XML", "ill-formed UTF-8: why");
    is_int(parse_file("bad_utf8.json", NULL, NULL, &f, &why), -EINVAL,
           "ill-formed UTF-8 in JSON: refused by jansson");
    is_str(why, "malformed JSON", "ill-formed UTF-8 in JSON: why");
    const char *v = "{\"version\": \"https://example.org/version/1\", \"items\": "
                    "[{\"id\": \"1\", \"title\": \"x\"}]}";
    is_int(feed_parse(v, strlen(v), NULL, NULL, &f, &why), -EINVAL, "JSON: wrong version");
    is_str(why, "not RSS, Atom or JSON Feed", "wrong version: why");
    const char *nv = "{\"items\": [{\"id\": \"1\"}]}";
    is_int(feed_parse(nv, strlen(nv), NULL, NULL, &f, &why), -EINVAL, "JSON: no version");
    const char *mj = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [";
    is_int(feed_parse(mj, strlen(mj), "application/json", NULL, &f, &why), -EINVAL,
           "truncated JSON");
    is_str(why, "malformed JSON", "truncated JSON: why");
    is_int(feed_parse("   ", 3, NULL, NULL, &f, &why), -EINVAL, "blank body");
    ok(untouched(&f), "out never filled on failure");
}

/* The strings kept: ill-formed bytes become U+FFFD, the cut falls between
 * characters, blanks are absent. */
static void test_keep(void)
{
    struct st st = {0};
    char *s = keep(&st, "Caf\xe9 cr\xc3\x28me \xed\xa0\x80!", 100, 0);
    is_str(s, "Caf\xef\xbf\xbd cr\xef\xbf\xbd(me \xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd!",
           "each ill-formed byte (lone, truncated, surrogate) becomes U+FFFD");
    free(s);
    s = keep(&st, "\xc3\xa9\xc3\xa9\xc3\xa9", 5, 0);
    is_str(s, "\xc3\xa9\xc3\xa9", "cut before a character that would pass the limit");
    free(s);
    s = keep(&st, "  M. Dupont \n", 100, 1);
    is_str(s, "M. Dupont", "trimmed");
    free(s);
    s = keep(&st, " \n\t ", 100, 0);
    ok(s == NULL, "blank is absent");
    s = keep_url(&st, "HTTPS://Ex.example/a b", NULL);
    ok(s == NULL || strncmp(s, "https://", 8) == 0, "scheme in lower case or dropped");
    free(s);
    s = keep_url(&st, "../x", "ftp://files.example/a/b");
    ok(s == NULL, "an ftp result is dropped");
    s = keep_url(&st, "data:image/png;base64,AAAA", "https://ok.example/");
    ok(s == NULL, "a data: URL is dropped");
    is_int(st.oom, 0, "no allocation failed");
}

static void test_limits(void)
{
    struct feed f;
    const char *why;
    size_t cap = 200 * 600 + 200, n = 0;
    char *b = malloc(cap);

    n += (size_t)snprintf(b + n, cap - n, "<rss version=\"2.0\"><channel><title>Flux</title>");
    for (int i = 0; i < 600; i++)
        n += (size_t)snprintf(b + n, cap - n,
                              "<item><guid>id-%d</guid><title>D\xc3\xa9p\xc3\xaa"
                              "che n\xc2\xb0%d</title></item>",
                              i, i);
    n += (size_t)snprintf(b + n, cap - n, "</channel></rss>");
    is_int(feed_parse(b, n, NULL, NULL, &f, &why), 0, "600 items: parsed");
    is_int(f.nitems, FEED_ITEMS_MAX, "500 kept");
    is_str(f.items[0].id, "id-0", "the first first");
    is_str(f.items[499].id, "id-499", "the 500th last");
    is_str(f.items[499].title,
           "D\xc3\xa9p\xc3\xaa"
           "che n\xc2\xb0"
           "499",
           "its title");
    int order = 1;
    for (size_t i = 0; i < f.nitems; i++) {
        char want[32];
        snprintf(want, sizeof want, "id-%zu", i);
        order &= strcmp(f.items[i].id, want) == 0;
    }
    ok(order, "in document order");
    feed_free(&f);
    free(b);

    /* 1 MB of "é" after one "a": FEED_FIELD_MAX is even, so a cut by bytes
     * would split a character. */
    size_t big = 1024 * 1024;
    cap = big + 256;
    b = malloc(cap);
    n = (size_t)snprintf(b, cap,
                         "<rss xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                         "<item><title>Gros</title><content:encoded>a");
    for (size_t i = 0; i < big / 2; i++, n += 2)
        memcpy(b + n, "\xc3\xa9", 2);
    n += (size_t)snprintf(b + n, cap - n, "</content:encoded></item></channel></rss>");
    is_int(feed_parse(b, n, NULL, NULL, &f, &why), 0, "1 MB content: parsed");
    is_int(f.nitems, 1, "one item");
    is_int(strlen(f.items[0].content), FEED_FIELD_MAX - 1, "cut to FEED_FIELD_MAX, on a boundary");
    ok(valid_utf8(f.items[0].content), "still valid UTF-8");
    is_int(f.items[0].content[0], 'a', "starts as the field does");
    feed_free(&f);
    free(b);

    /* 10,000 levels of XML, 100,000 of JSON. */
    cap = 10000 * 7 + 200;
    b = malloc(cap);
    n = (size_t)snprintf(b, cap, "<rss><channel><item><title>");
    for (int i = 0; i < 10000; i++, n += 3)
        memcpy(b + n, "<x>", 3);
    int rc = feed_parse(b, n, NULL, NULL, &f, &why);
    ok(rc == -EINVAL, "10,000 nested XML elements refused (rc %d, %s)", rc, why ? why : "");
    if (rc == 0)
        feed_free(&f);
    free(b);
    b = malloc(100001);
    b[0] = '{';
    memset(b + 1, '[', 100000);
    is_int(feed_parse(b, 100001, NULL, NULL, &f, &why), -EINVAL, "100,000 nested JSON arrays");
    is_str(why, "malformed JSON", "deep JSON: why");
    free(b);
}

static void *parse_many(void *arg)
{
    size_t len;
    char *b = slurp("atom.xml", &len);
    long good = 0;

    (void)arg;
    for (int i = 0; i < 50; i++) {
        struct feed f;
        const char *why;
        if (feed_parse(b, len, NULL, "https://x.example/", &f, &why) == 0) {
            good += f.nitems == 3 && f.items[1].title &&
                    !strcmp(f.items[1].title, "Markets <b>rally</b>");
            feed_free(&f);
        }
    }
    free(b);
    return (void *)good;
}

/* Parses from several threads at once (libxml2 set up once, no shared state). */
static void test_threads(void)
{
    pthread_t t[4];
    long good = 0;

    for (int i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, parse_many, NULL);
    for (int i = 0; i < 4; i++) {
        void *r;
        pthread_join(t[i], &r);
        good += (long)r;
    }
    is_int(good, 200, "200 parses on 4 threads, all whole");
}

/* libxml2 and jansson print nothing on the server's stderr. */
static void test_quiet(void)
{
    char path[] = "/tmp/test_feed_in_XXXXXX";
    int fd = mkstemp(path), saved = dup(2);
    struct feed f;
    const char *why;
    struct stat sb;

    fflush(stderr);
    dup2(fd, 2);
    parse_file("malformed.xml", NULL, NULL, &f, &why);
    parse_file("page.html", NULL, NULL, &f, &why);
    parse_file("bad_utf8.xml", NULL, NULL, &f, &why);
    parse_file("xxe.xml", NULL, NULL, &f, &why);
    if (parse_file("xxe_dtd.xml", NULL, NULL, &f, &why) == 0)
        feed_free(&f);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    fstat(fd, &sb);
    is_int(sb.st_size, 0, "no error printed on stderr");
    close(fd);
    unlink(path);
}

int main(void)
{
    test_threads();
    test_rss();
    test_rdf();
    test_atom();
    test_json();
    test_dates();
    test_entities();
    test_not_feeds();
    test_keep();
    test_limits();
    test_quiet();
    return done_testing();
}
