/* Unit tests for src/notify_payload.c: the push JSON of a post, a selection
 * and a summary parses (jansson) with the fixed fields; French accents and
 * « » survive; text is cut at character boundaries (a 4-byte emoji is never
 * split) with "…"; a 50,000-character body still fits ECE_PLAIN_MAX; the
 * summary's wording is right in French and English, singular and plural;
 * TTL, Urgency and Topic follow the kind, and the topic is stable, base64url
 * and 32 characters for any slug. */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "notify_payload.h"
#include "post.h"
#include "tap.h"
#include "token.h"
#include "utf8.h"
#include "xmalloc.h"

static const struct notify_payload_channel monde = {"monde", "Le monde", "fr"};
static const struct notify_payload_channel world = {"world", "The World", "en-GB"};

/* Parses pl->json, checking what every payload must be. NULL on failure. */
static json_t *parse(const struct notify_payload *pl, const char *what)
{
    json_error_t err;
    json_t *o;

    ok(pl->len <= ECE_PLAIN_MAX, "%s: %zu bytes fit ECE_PLAIN_MAX", what, pl->len);
    is_int(strlen(pl->json), pl->len, "%s: len is the text's length", what);
    ok(utf8_valid(pl->json, pl->len), "%s: valid UTF-8", what);
    o = json_loadb(pl->json, pl->len, JSON_REJECT_DUPLICATES, &err);
    ok(o && json_is_object(o), "%s: parses as a JSON object", what);
    if (!o)
        printf("#   %s: %s\n", err.text, pl->json);
    return o;
}

static const char *str(json_t *o, const char *key)
{
    return json_string_value(json_object_get(o, key));
}

static long long num(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    return json_is_integer(v) ? (long long)json_integer_value(v) : -999;
}

/* Counts code points of s. */
static size_t cps(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xc0) != 0x80;
    return n;
}

static int ends_with(const char *s, const char *end)
{
    size_t n = strlen(s), m = strlen(end);
    return n >= m && memcmp(s + n - m, end, m) == 0;
}

static void news(struct post *p, int64_t id, int64_t seq, const char *title, const char *md)
{
    post_init(p);
    p->id = id;
    p->seq = seq;
    p->title = xstrdup(title);
    post_set_body(p, md);
}

static void test_post(void)
{
    struct post p;
    struct notify_payload pl;
    json_t *o;

    news(&p, 42, 12, "« Été » : l’école rouvre à Montréal",
         "**Les élèves** reviennent « enfin » en classe, a dit la [ministre](https://x.test/a).\n\n"
         "# Suite\n\nDeuxième paragraphe.");
    is_int(notify_payload_post(&monde, &p, &pl), 0, "a post");
    o = parse(&pl, "post");
    is_int(num(o, "v"), 1, "v 1");
    is_str(str(o, "channel"), "monde", "channel: the slug");
    is_str(str(o, "name"), "Le monde", "name: the channel's title");
    is_str(str(o, "kind"), "post", "kind post");
    is_str(str(o, "title"), "« Été » : l’école rouvre à Montréal", "accents and « » survive");
    is_str(str(o, "body"),
           "Les élèves reviennent « enfin » en classe, a dit la ministre. Suite Deuxième "
           "paragraphe.",
           "body: the text without Markdown");
    is_str(str(o, "url"), "/monde/12", "url /{slug}/{seq}");
    is_str(str(o, "tag"), "post:monde:42", "tag post:{slug}:{id}");
    is_str(str(o, "icon"), "/static/icon-192.png", "icon");
    is_int(num(o, "seq"), 12, "seq");
    is_int(num(o, "importance"), 1, "importance");
    ok(!json_object_get(o, "count"), "no count on a post");
    is_int(json_object_size(o), 11, "eleven fields");
    is_int(pl.ttl, 24 * 3600, "TTL 24 h");
    is_str(pl.urgency, "normal", "urgency normal");
    is_str(pl.topic, "", "a post has no Topic");
    json_decref(o);

    p.importance = 3;
    is_int(notify_payload_post(&monde, &p, &pl), 0, "breaking news");
    is_int(pl.ttl, 6 * 3600, "breaking: TTL 6 h");
    is_str(pl.urgency, "high", "breaking: urgency high");
    o = parse(&pl, "breaking");
    is_int(num(o, "importance"), 3, "importance 3");
    json_decref(o);

    p.seq = 0;
    is_int(notify_payload_post(&monde, &p, &pl), -EINVAL, "an unpublished post");
    p.seq = 12;
    struct notify_payload_channel bad = {"", "x", "fr"};
    is_int(notify_payload_post(&bad, &p, &pl), -EINVAL, "an empty slug");
    free(p.title);
    p.title = xstrdup("bad \xff byte");
    is_int(notify_payload_post(&monde, &p, &pl), -EILSEQ, "a title that is not UTF-8");
    post_clear(&p);
}

static void test_excerpt(void)
{
    struct post p;
    struct notify_payload pl;
    json_t *o;
    char md[1200];

    /* 60 words of 4 letters: 299 characters. */
    md[0] = '\0';
    for (int i = 0; i < 60; i++)
        snprintf(md + strlen(md), sizeof md - strlen(md), "%smot%c", i ? " " : "", 'a' + i % 26);
    news(&p, 1, 1, "Long", md);
    is_int(notify_payload_post(&monde, &p, &pl), 0, "a long post");
    o = parse(&pl, "long post");
    const char *body = str(o, "body");
    ok(body && ends_with(body, "…"), "a cut excerpt ends with …");
    ok(body && cps(body) <= 181 && cps(body) >= 140, "about 180 characters (%zu)",
       body ? cps(body) : 0);
    ok(body && strncmp(body, md, strlen(body) - 3) == 0, "the start of the text");
    ok(body && body[strlen(body) - 4] != ' ' && md[strlen(body) - 3] == ' ',
       "cut at a word boundary");
    json_decref(o);
    post_clear(&p);

    /* Emoji (4 bytes each) only: the cut never splits one. */
    char emoji[4 * 400 + 1];
    for (int i = 0; i < 400; i++)
        memcpy(emoji + 4 * i, "\xf0\x9f\x93\xb0", 4); /* U+1F4F0 newspaper */
    emoji[4 * 400] = '\0';
    news(&p, 2, 2, emoji, emoji);
    is_int(notify_payload_post(&monde, &p, &pl), 0, "a post of emoji");
    o = parse(&pl, "emoji");
    const char *t = str(o, "title");
    ok(t && ends_with(t, "…"), "the title was cut, with …");
    ok(t && (strlen(t) - 3) % 4 == 0, "only whole emoji before the … (%zu bytes)", strlen(t));
    ok(t && strlen(t) <= 1000, "the title's cap");
    body = str(o, "body");
    ok(body && (strlen(body) - 3) % 4 == 0 && ends_with(body, "…"), "the body too");
    ok(body && cps(body) == 181, "180 emoji and …");
    json_decref(o);
    post_clear(&p);
}

static void test_huge(void)
{
    struct post p;
    struct notify_payload pl;
    struct notify_payload_channel ch = {"monde", NULL, "fr"};
    json_t *o;
    size_t n = 50000, cap = n + 1;
    char *big = xmalloc(cap), *name = xmalloc(2001);

    /* Quotes and backslashes double when escaped, newlines take 6 bytes:
     * 50,000 characters of é, ", \ and newline in turn. */
    static const char *const pieces[] = {"é", "\"", "\\", "\n"};
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        size_t pl_ = strlen(pieces[i % 4]);
        if (len + pl_ >= cap)
            big = xrealloc(big, cap *= 2);
        memcpy(big + len, pieces[i % 4], pl_);
        len += pl_;
    }
    big[len] = '\0';
    is_int(cps(big), 50000, "50,000 characters");
    memset(name, '"', 2000);
    name[2000] = '\0';
    ch.name = name;
    news(&p, 3, 3, "t", "x");
    free(p.body);
    p.body = xstrdup(big); /* no rendering needed: the excerpt reads the source */
    free(p.title);
    p.title = xstrndup(big, 4000);
    is_int(notify_payload_post(&ch, &p, &pl), 0, "a 50,000-character body and long strings");
    o = parse(&pl, "huge post");
    ok(str(o, "name") && ends_with(str(o, "name"), "…"), "the name was cut");
    ok(str(o, "title") && ends_with(str(o, "title"), "…"), "the title was cut");
    ok(str(o, "body") && ends_with(str(o, "body"), "…"), "the body was cut");
    is_str(str(o, "url"), "/monde/3", "the fields after the body are whole");
    json_decref(o);
    post_clear(&p);

    /* A selection whose three items are each a full title of control bytes. */
    post_init(&p);
    p.kind = POST_SELECTION;
    p.id = 9;
    p.seq = 9;
    p.title = xstrdup("Sélection");
    p.sel = xcalloc(1, sizeof *p.sel);
    p.sel->nitems = 3;
    p.sel->items = xcalloc(3, sizeof *p.sel->items);
    for (int i = 0; i < 3; i++) {
        p.sel->items[i].title = xmalloc(801);
        memset(p.sel->items[i].title, '\x01', 800);
        p.sel->items[i].title[799] = 'z';
        p.sel->items[i].title[800] = '\0';
    }
    is_int(notify_payload_post(&ch, &p, &pl), 0, "a selection of hard-to-escape items");
    o = parse(&pl, "huge selection");
    ok(o && ends_with(str(o, "body"), "…"), "its body was cut to fit");
    json_decref(o);
    post_clear(&p);
    free(big);
    free(name);
}

static void add_item(struct post *p, const char *title, const char *lede)
{
    struct post_item *it;

    p->sel->items = xrealloc(p->sel->items, (p->sel->nitems + 1) * sizeof *p->sel->items);
    it = &p->sel->items[p->sel->nitems++];
    memset(it, 0, sizeof *it);
    it->title = title ? xstrdup(title) : NULL;
    it->lede = lede ? xstrdup(lede) : NULL;
}

static void test_selection(void)
{
    struct post p;
    struct notify_payload pl, pl2;
    json_t *o;

    post_init(&p);
    p.kind = POST_SELECTION;
    p.id = 77;
    p.seq = 31;
    p.title = xstrdup("Sélection du matin — jeudi 26 novembre");
    p.sel = xcalloc(1, sizeof *p.sel);
    add_item(&p, "Grève à la SNCF", "Le trafic est perturbé.");
    add_item(&p, "", "Une lede « sans titre » ici.");
    add_item(&p, "Troisième", NULL);
    add_item(&p, "Quatrième, jamais montrée", NULL);
    is_int(notify_payload_post(&monde, &p, &pl), 0, "a selection");
    o = parse(&pl, "selection");
    is_str(str(o, "kind"), "selection", "kind selection");
    is_str(str(o, "title"), "Sélection du matin — jeudi 26 novembre", "its title");
    is_str(str(o, "body"), "Grève à la SNCF\nUne lede « sans titre » ici.\nTroisième",
           "the first three items, a title or else the lede, one per line");
    is_str(str(o, "url"), "/monde/31", "its permalink");
    is_str(str(o, "tag"), "sel:monde", "tag sel:{slug}");
    is_int(num(o, "seq"), 31, "seq");
    ok(!json_object_get(o, "count"), "no count");
    is_int(pl.ttl, 12 * 3600, "TTL 12 h");
    is_str(pl.urgency, "normal", "urgency normal");
    is_int(strlen(pl.topic), 32, "a selection has a Topic");
    json_decref(o);

    /* The next selection of the channel: the same tag and Topic. */
    free(p.title);
    p.title = xstrdup("Sélection du soir");
    p.seq = 40;
    is_int(notify_payload_post(&monde, &p, &pl2), 0, "a newer selection");
    is_str(pl2.topic, pl.topic, "the same Topic, so it replaces an undelivered one");
    o = parse(&pl2, "newer selection");
    is_str(str(o, "tag"), "sel:monde", "the same tag");
    json_decref(o);
    is_int(notify_payload_post(&world, &p, &pl2), 0, "another channel's");
    ok(strcmp(pl2.topic, pl.topic) != 0, "another channel, another Topic");
    post_clear(&p);
}

static void test_summary(void)
{
    struct post newest;
    struct notify_payload pl;
    char t[96];
    json_t *o;

    news(&newest, 50, 20, "Le « dernier » titre", "corps");
    is_int(notify_payload_summary(&monde, 4, &newest, 2, &pl), 0, "a summary");
    o = parse(&pl, "summary");
    is_str(str(o, "kind"), "summary", "kind summary");
    is_str(str(o, "title"), "4 articles pendant vos heures calmes", "French wording");
    is_str(str(o, "body"), "Le « dernier » titre", "the newest held post's title");
    is_str(str(o, "url"), "/monde", "url /{slug}");
    is_str(str(o, "tag"), "sum:monde", "tag sum:{slug}");
    is_int(num(o, "count"), 4, "count");
    is_int(num(o, "seq"), 20, "the newest's seq");
    is_int(num(o, "importance"), 2, "the highest importance held");
    is_int(json_object_size(o), 12, "twelve fields");
    is_int(pl.ttl, 12 * 3600, "TTL 12 h");
    is_str(pl.urgency, "normal", "urgency normal");
    is_str(pl.topic, "", "no Topic");
    json_decref(o);

    is_int(notify_payload_summary(&world, 1, &newest, 1, &pl), 0, "an English summary");
    o = parse(&pl, "English summary");
    is_str(str(o, "title"), "1 post while you were away", "English singular");
    json_decref(o);
    is_int(notify_payload_summary(&world, 0, &newest, 1, &pl), -EINVAL, "a count of 0");

    notify_payload_summary_title("fr", 1, t, sizeof t);
    is_str(t, "1 article pendant vos heures calmes", "French singular");
    notify_payload_summary_title("fr-CA", 2, t, sizeof t);
    is_str(t, "2 articles pendant vos heures calmes", "French plural (fr-CA)");
    notify_payload_summary_title("en", 2, t, sizeof t);
    is_str(t, "2 posts while you were away", "English plural");
    notify_payload_summary_title("de", 3, t, sizeof t);
    is_str(t, "3 posts while you were away", "another language: English");
    notify_payload_summary_title("fra", 3, t, sizeof t);
    is_str(t, "3 posts while you were away", "\"fra\" is not \"fr\"");
    post_clear(&newest);
}

static void test_topic(void)
{
    char a[NOTIFY_PAYLOAD_TOPIC_LEN + 1], b[NOTIFY_PAYLOAD_TOPIC_LEN + 1];
    char slug[65];
    char other[65];

    memset(slug, 'a', 64);
    slug[64] = '\0';
    memcpy(slug, "le-monde/été+été", strlen("le-monde/été+été"));
    notify_payload_topic(slug, a);
    notify_payload_topic(slug, b);
    is_str(a, b, "the same slug, the same topic");
    is_int(strlen(a), 32, "32 characters for a 64-byte slug");
    ok(token_shaped(a, 1, 32), "all of the URL-safe base64 alphabet");
    memcpy(other, slug, sizeof other);
    other[63] = 'b';
    notify_payload_topic(other, b);
    ok(strcmp(a, b) != 0, "one byte more or less, another topic");
    notify_payload_topic("monde", b);
    is_int(strlen(b), 32, "32 characters for a short slug too");
    ok(token_shaped(b, 32, 32), "base64url");
    ok(strcmp(b, "monde") != 0 && strcmp(a, b) != 0, "not the slug itself");
}

int main(void)
{
    test_post();
    test_excerpt();
    test_huge();
    test_selection();
    test_summary();
    test_topic();
    return done_testing();
}
