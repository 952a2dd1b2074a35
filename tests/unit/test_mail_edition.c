/* Unit tests for src/mail_edition.c: a French selection comes out word for
 * word (accents, « », "M. Dupont", no-break spaces), also once encoded by
 * mail_build and decoded by python3's email package; an English breaking
 * news post; the HTML escapes the newsroom's text and stays within what
 * mail clients render (inline styles, no image, script or style sheet);
 * every link is absolute; the unsubscribe link is in both parts; the
 * confirmation mail says what it must; bad input is refused. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mail.h"
#include "mail_edition.h"
#include "post.h"
#include "tap.h"
#include "xmalloc.h"

#define NB "\u00a0"
#define UNSUB "https://crier.example/le-monde/-/unsubscribe?s=7&mac=abc"

static char tmpdir[] = "/tmp/crier-test-mail-edition-XXXXXX";

static void add_item(struct post *p, int64_t seq, const char *title, const char *lede)
{
    struct post_item *it;
    p->sel->items = xrealloc(p->sel->items, (p->sel->nitems + 1) * sizeof *p->sel->items);
    it = &p->sel->items[p->sel->nitems++];
    memset(it, 0, sizeof *it);
    it->seq = seq;
    it->post_id = seq * 10;
    it->title = xstrdup(title);
    it->lede = xstrdup(lede);
    it->url = xstrdup("/ignored");
    it->merged = xcalloc(1, sizeof *it->merged);
}

static void french_selection(struct post *p)
{
    post_init(p);
    p->kind = POST_SELECTION;
    p->seq = 41;
    p->title = xstrdup("Sélection du soir — jeudi 26 novembre");
    p->lang = xstrdup("fr");
    p->sel = xcalloc(1, sizeof *p->sel);
    add_item(p, 38, "« Le président » reçoit M. Dupont à l’Élysée",
             "M. Dupont a été reçu mardi : « un échange franc », dit-il.");
    add_item(p, 40, "Budget : le Sénat vote la réforme ?", "");
}

static const char french_text[] =
    "Le Monde\n"
    "Sélection du soir — jeudi 26 novembre\n"
    "\n"
    "1. «" NB "Le président" NB "» reçoit M. Dupont à l’Élysée\n"
    "   M. Dupont a été reçu mardi" NB ": «" NB "un échange franc" NB "», dit-il.\n"
    "   https://crier.example/le-monde/38\n"
    "\n"
    "2. Budget" NB ": le Sénat vote la réforme" NB "?\n"
    "   https://crier.example/le-monde/40\n"
    "\n"
    "Lire sur la chaîne" NB ": https://crier.example/le-monde/41\n"
    "\n"
    "-- \n"
    "Vous recevez ce courriel parce que vous êtes abonné à «" NB "Le Monde" NB "» par courriel.\n"
    "Se désabonner" NB ": " UNSUB "\n";

/* Only what mail clients render alike: no style sheet, class, script,
 * image or form; every link absolute to the server. */
static void html_is_mail_safe(const char *html, const char *what)
{
    static const char *const banned[] = {"<style", "class=", "<script", "<img",   "src=\"",
                                         "<form",  "<link",  "<iframe", "<input", "url("};
    int bad = 0;
    for (size_t i = 0; i < sizeof banned / sizeof *banned; i++)
        if (strstr(html, banned[i])) {
            printf("# %s has %s\n", what, banned[i]);
            bad = 1;
        }
    ok(!bad, "%s: no style sheet, class, script, image or form", what);
    int rel = 0;
    for (const char *p = html; (p = strstr(p, "href=\"")); p += 6)
        rel |= strncmp(p + 6, "https://crier.example/", 22) != 0;
    ok(!rel, "%s: every link is absolute, to the server", what);
    ok(strncmp(html, "<!DOCTYPE html>", 15) == 0 && strstr(html, "</html>\n"),
       "%s: a whole document", what);
}

static char *decoded_text_part(const char *msg, size_t len)
{
    char path[128], cmd[512];
    FILE *f;
    static char out[8192];
    size_t n;

    snprintf(path, sizeof path, "%s/m.eml", tmpdir);
    f = fopen(path, "wb");
    fwrite(msg, 1, len, f);
    fclose(f);
    snprintf(
        cmd, sizeof cmd,
        "python3 -c 'import sys, email; from email import policy\n"
        "m = email.message_from_binary_file(open(sys.argv[1], \"rb\"), policy=policy.default)\n"
        "b = m.get_body((\"plain\",)).get_content().replace(\"\\r\\n\", \"\\n\")\n"
        "sys.stdout.buffer.write(b.encode())' %s",
        path);
    f = popen(cmd, "r");
    n = fread(out, 1, sizeof out - 1, f);
    pclose(f);
    out[n] = '\0';
    return out;
}

static void test_french_selection(void)
{
    struct post p;
    struct buf s, t, h, msg;
    french_selection(&p);
    struct mail_edition_in in = {.channel_title = "Le Monde",
                                 .slug = "le-monde",
                                 .lang = "fr",
                                 .base_url = "https://crier.example/",
                                 .unsubscribe_url = UNSUB,
                                 .post = &p};
    buf_init(&s, 4096);
    buf_init(&t, 65536);
    buf_init(&h, 65536);

    is_int(mail_edition(&in, &s, &t, &h), 0, "a French selection");
    is_str(s.data, "Sélection du soir — jeudi 26 novembre", "its subject is the selection's title");
    is_str(t.data, french_text, "the text, word for word");
    ok(strstr(h.data, "<html lang=\"fr\">"), "the HTML says French");
    ok(strstr(h.data, "«" NB "Le président" NB "» reçoit M. Dupont à l’Élysée"),
       "the HTML keeps « », M. Dupont and the accents");
    ok(strstr(h.data, "<a href=\"https://crier.example/le-monde/38\""), "item 1's permalink");
    ok(strstr(h.data, "<a href=\"https://crier.example/le-monde/40\""), "item 2's permalink");
    ok(strstr(h.data, "href=\"https://crier.example/le-monde/-/unsubscribe?s=7&amp;mac=abc\""),
       "the unsubscribe link, its & escaped in the attribute");
    ok(strstr(h.data, ">Se désabonner</a>"), "a visible unsubscribe link");
    html_is_mail_safe(h.data, "the French edition");

    /* Through mail_build and back: the words survive the encoding. */
    struct mail_msg m = {.from_name = "Le Monde",
                         .from = "news@crier.example",
                         .to = "lecteur@example.fr",
                         .subject = s.data,
                         .text = t.data,
                         .html = h.data,
                         .lang = "fr",
                         .list_unsubscribe = UNSUB,
                         .date_s = 1764140000,
                         .msgid_right = "crier.example"};
    buf_init(&msg, 1 << 20);
    is_int(mail_build(&m, &msg), 0, "mail_build takes it");
    is_str(decoded_text_part(msg.data, msg.len), french_text,
           "python3 decodes the text part to the same words");

    /* The channel's language wins over the post's. */
    buf_reset(&s), buf_reset(&t), buf_reset(&h);
    in.lang = "en-GB";
    is_int(mail_edition(&in, &s, &t, &h), 0, "the same post for an English channel");
    ok(strstr(t.data, "Read on the channel: https://crier.example/le-monde/41\n"), "English words");
    ok(strstr(t.data, "1. « Le président » reçoit") != NULL, "no French spacing in English");
    ok(strstr(h.data, "<html lang=\"en\">"), "the HTML says English");

    buf_free(&s), buf_free(&t), buf_free(&h), buf_free(&msg);
    post_clear(&p);
}

static void test_escaping(void)
{
    struct post p;
    struct buf s, t, h;
    french_selection(&p);
    add_item(&p, 44, "<script>alert(1)</script> & \"Co\" <b>", "L'« affaire » <img src=x>");
    struct mail_edition_in in = {.channel_title = "Tom & Jerry <News>",
                                 .slug = "le-monde",
                                 .lang = "en",
                                 .base_url = "https://crier.example",
                                 .unsubscribe_url = UNSUB,
                                 .post = &p};
    buf_init(&s, 4096);
    buf_init(&t, 65536);
    buf_init(&h, 65536);

    is_int(mail_edition(&in, &s, &t, &h), 0, "built");
    ok(strstr(h.data, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot; &lt;b&gt;"),
       "a title's markup is escaped");
    ok(strstr(h.data, "L&#39;« affaire » &lt;img src=x&gt;"), "a lede's markup is escaped");
    ok(strstr(h.data, "Tom &amp; Jerry &lt;News&gt;"), "the channel's name is escaped");
    html_is_mail_safe(h.data, "an edition with markup in its text");
    ok(strstr(t.data, "3. <script>alert(1)</script> & \"Co\" <b>\n"),
       "the text part shows the title as it is");
    buf_free(&s), buf_free(&t), buf_free(&h);
    post_clear(&p);
}

static void test_breaking_news(void)
{
    struct post p;
    struct buf s, t, h;
    post_init(&p);
    p.seq = 7;
    p.importance = 3;
    p.title = xstrdup("Earthquake hits the coast\r\nBcc: x@y.z");
    p.lang = xstrdup("en");
    post_set_body(&p, "A **strong** earthquake hit the coast at 3 a.m.\n\n"
                      "![photo](https://tracker.example/pixel.png)\n\n"
                      "Read [the agency's note](https://agency.example/note).\n");
    struct mail_edition_in in = {.channel_title = "Coast News",
                                 .slug = "coast",
                                 .base_url = "https://crier.example",
                                 .unsubscribe_url = "https://crier.example/coast/-/u?x=1",
                                 .post = &p};
    buf_init(&s, 4096);
    buf_init(&t, 65536);
    buf_init(&h, 65536);

    is_int(mail_edition(&in, &s, &t, &h), 0, "a breaking news post");
    is_str(s.data, "Breaking: Earthquake hits the coast  Bcc: x@y.z",
           "\"Breaking: \" and the title on one line");
    ok(strchr(s.data, '\r') == NULL && strchr(s.data, '\n') == NULL, "no line break in it");
    ok(strstr(t.data, "\nA strong earthquake hit the coast at 3 a.m.\n\nphoto\n\n"
                      "Read the agency's note.\n\n"),
       "the body's paragraphs, without markup");
    ok(strstr(t.data, "Read on the channel: https://crier.example/coast/7\n"), "the permalink");
    ok(strstr(t.data, "Unsubscribe: https://crier.example/coast/-/u?x=1\n"), "the way out");
    ok(!strstr(h.data, "tracker.example") && !strstr(h.data, "agency.example"),
       "no remote image or link from the body");
    ok(strstr(h.data, "<p style=\"margin:0 0 16px;\">A strong earthquake"), "a paragraph");
    html_is_mail_safe(h.data, "the breaking news");

    buf_reset(&s), buf_reset(&t), buf_reset(&h);
    p.importance = 2;
    in.lang = "fr";
    is_int(mail_edition(&in, &s, &t, &h), 0, "an important one");
    ok(strncmp(s.data, "Earthquake", 10) == 0, "no \"Breaking\" below importance 3");
    buf_free(&s), buf_free(&t), buf_free(&h);
    post_clear(&p);
}

static void test_confirm(void)
{
    struct buf s, t, h;
    const char *url = "https://crier.example/le-monde/-/confirm?s=9&e=1764300000&mac=Zz";
    buf_init(&s, 4096);
    buf_init(&t, 65536);
    buf_init(&h, 65536);

    is_int(mail_confirm("Le Monde", "fr-FR", url, &s, &t, &h), 0, "a French confirmation");
    is_str(s.data, "Confirmez votre abonnement à «" NB "Le Monde" NB "»", "its subject");
    ok(strstr(t.data, "ouvrez ce lien" NB ":\n"
                      "https://crier.example/le-monde/-/confirm?s=9&e=1764300000&mac=Zz\n"),
       "the link in the text");
    ok(strstr(t.data, "Rien ne vous sera envoyé avant ce clic."), "nothing before the click");
    ok(strstr(t.data, "Le lien expire dans 48" NB "heures."), "expires in 48 hours");
    ok(strstr(h.data, "href=\"https://crier.example/le-monde/-/confirm?s=9&amp;e=1764300000&amp;"
                      "mac=Zz\""),
       "the link in the HTML");
    ok(strstr(h.data, "Rien ne vous sera envoyé avant ce clic.") &&
           strstr(h.data, "48" NB "heures"),
       "the HTML says both too");
    html_is_mail_safe(h.data, "the French confirmation");

    buf_reset(&s), buf_reset(&t), buf_reset(&h);
    is_int(mail_confirm("Coast <News>", "en", url, &s, &t, &h), 0, "an English confirmation");
    is_str(s.data, "Confirm your subscription to Coast <News>", "its subject");
    ok(strstr(t.data, "Nothing will be sent to you before you click it."), "nothing before");
    ok(strstr(t.data, "The link expires in 48 hours."), "48 hours");
    ok(strstr(h.data, "Coast &lt;News&gt;") && !strstr(h.data, "<News>"), "escaped in HTML");
    buf_free(&s), buf_free(&t), buf_free(&h);
}

static void test_refused(void)
{
    struct post p;
    struct buf s, t, h;
    french_selection(&p);
    struct mail_edition_in in = {.channel_title = "Le Monde",
                                 .slug = "le-monde",
                                 .base_url = "https://crier.example",
                                 .unsubscribe_url = UNSUB,
                                 .post = &p};
    buf_init(&s, 4096);
    buf_init(&t, 65536);
    buf_init(&h, 65536);

    in.unsubscribe_url = "javascript:alert(1)";
    is_int(mail_edition(&in, &s, &t, &h), -EINVAL, "an unsubscribe URL that is not http(s)");
    in.unsubscribe_url = "https://crier.example/u\" onclick=\"x";
    is_int(mail_edition(&in, &s, &t, &h), -EINVAL, "a URL that would leave its attribute");
    in.unsubscribe_url = UNSUB;
    in.base_url = "//crier.example";
    is_int(mail_edition(&in, &s, &t, &h), -EINVAL, "a base URL that is not absolute");
    in.base_url = "https://crier.example";
    in.slug = "../x";
    is_int(mail_edition(&in, &s, &t, &h), -EINVAL, "a bad slug");
    in.slug = "le-monde";
    p.sel->nitems = 0;
    is_int(mail_edition(&in, &s, &t, &h), -EINVAL, "a selection without items");
    p.sel->nitems = 2;
    is_int(mail_confirm("Le Monde", "fr", "ftp://x.example/c", &s, &t, &h), -EINVAL,
           "a confirmation link that is not http(s)");
    ok(s.len == 0 && t.len == 0 && h.len == 0, "nothing written");

    struct buf small;
    buf_init(&small, 300);
    buf_appends(&s, "keep");
    is_int(mail_edition(&in, &s, &t, &small), -ENOBUFS, "-ENOBUFS when the HTML does not fit");
    ok(strcmp(s.data, "keep") == 0 && t.len == 0 && small.len == 0,
       "the buffers are left as they were");
    buf_free(&small);
    buf_free(&s), buf_free(&t), buf_free(&h);
    post_clear(&p);
}

int main(void)
{
    if (!mkdtemp(tmpdir))
        return 1;
    test_french_selection();
    test_escaping();
    test_breaking_news();
    test_confirm();
    test_refused();
    return done_testing_in(tmpdir);
}
