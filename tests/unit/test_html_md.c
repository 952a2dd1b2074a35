/* html_md: feed items' HTML as safe CommonMark. A table of article shapes,
 * French and English, written for these tests (not pasted articles): their
 * endings (furniture removed), their photos (caption and credit split) and
 * the conversion (text escaped so that it cannot become markup); then the
 * edges: empty input, only furniture, deep nesting, 2 MB, invalid UTF-8. */
#include "tap.h"

#include <errno.h>

#include "html_md.h"
#include "markdown.h"
#include "utf8.h"

#define FR "https://www.exemple.fr/politique/article-1.html"
#define EN "https://news.example.com/world/story.html"

static const struct hcase {
    const char *name, *html, *base;
    const char *md, *image, *alt, *credit, *caption;
} cases[] = {
    /* ---- French endings ---- */
    {"fr: Lire aussi paragraph in the middle",
     "<p>Le Sénat a adopté le texte mardi soir, après deux jours de débats.</p>"
     "<p><strong>Lire aussi :</strong> <a href=\"/politique/article-2\">Retraites, ce qui change"
     "</a></p><p>Le vote définitif est attendu en juin.</p>",
     FR,
     "Le Sénat a adopté le texte mardi soir, après deux jours de débats.\n\n"
     "Le vote définitif est attendu en juin.\n",
     NULL, NULL, NULL, NULL},
    {"fr: À lire aussi title takes the links under it",
     "<p>La mairie a présenté son budget.</p><h3>À lire aussi</h3><ul>"
     "<li><a href=\"/a\">Les impôts locaux augmentent</a></li><li><a href=\"/b\">Le maire "
     "répond</a></li></ul><p>Les élus de l'opposition ont voté contre.</p>",
     FR, "La mairie a présenté son budget.\n\nLes élus de l'opposition ont voté contre.\n", NULL,
     NULL, NULL, NULL},
    {"fr: newsletter, Cet article vous a plu, at the end",
     "<p>Le chantier doit durer trois ans.</p><p>Cet article vous a plu ? Abonnez-vous pour "
     "lire la suite de nos enquêtes.</p><p><em>Inscrivez-vous à la newsletter</em></p>",
     FR, "Le chantier doit durer trois ans.\n", NULL, NULL, NULL, NULL},
    {"fr: Suivez-nous and a copyright line",
     "<p>Le festival ouvre vendredi.</p><p>Suivez-nous sur Facebook, Instagram et X pour ne "
     "rien manquer de l'actualité de votre région, de ses fêtes, de ses marchés et de tous "
     "les événements qui font la vie de nos villes et de nos villages.</p>"
     "<p>© 2025 Le Quotidien du Sud. Tous droits réservés.</p>",
     FR, "Le festival ouvre vendredi.\n", NULL, NULL, NULL, NULL},
    {"fr: share row",
     "<p>La grève est reconduite.</p><p>Partager :</p><ul><li><a href=\"https://facebook."
     "com/sharer\">Facebook</a></li><li>Twitter</li></ul><p>Partagez cet article</p>"
     "<p>Copier le lien</p>",
     FR, "La grève est reconduite.\n", NULL, NULL, NULL, NULL},
    {"fr: Publicité in the middle goes, the text around stays",
     "<p>Premier paragraphe.</p><div>Publicité</div><p>Second paragraphe.</p>", FR,
     "Premier paragraphe.\n\nSecond paragraphe.\n", NULL, NULL, NULL, NULL},
    {"fr: Cet article est paru dans, and (…) Lire la suite",
     "<p>Le préfet a pris un arrêté. Les habitants sont inquiets (…) Lire la suite</p>"
     "<p>Cet article est paru dans Le Journal du Dimanche.</p>",
     FR, "Le préfet a pris un arrêté. Les habitants sont inquiets\n", NULL, NULL, NULL, NULL},
    {"fr: a Lire la suite link removes only itself",
     "<p>La saison commence bien.</p><p>Le club a gagné ses trois premiers matchs. "
     "<a href=\"/sport/suite\">Lire la suite</a></p>",
     FR, "La saison commence bien.\n\nLe club a gagné ses trois premiers matchs.\n", NULL, NULL,
     NULL, NULL},
    {"fr: donation appeal at the end",
     "<p>Les associations tirent la sonnette d'alarme.</p><p>Soutenez notre journalisme "
     "indépendant : faites un don à partir de 1 €.</p><p><a href=\"/don\">Faites un don</a></p>",
     FR, "Les associations tirent la sonnette d'alarme.\n", NULL, NULL, NULL, NULL},
    {"fr: Sur le même sujet title and its list, at the end",
     "<p>L'enquête se poursuit.</p><h2>Sur le même sujet</h2><ul><li><a href=\"/x\">Un "
     "suspect interpellé</a></li></ul>",
     FR, "L'enquête se poursuit.\n", NULL, NULL, NULL, NULL},
    {"fr: Ce contenu est bloqué placeholder",
     "<p>Voici la vidéo.</p><p>Ce contenu est bloqué car vous n'avez pas accepté les "
     "cookies et autres traceurs.</p><p>La suite du récit.</p>",
     FR, "Voici la vidéo.\n\nLa suite du récit.\n", NULL, NULL, NULL, NULL},
    {"fr: real sentences with the words inside are kept; the dateline too",
     "<p>PARIS (AFP) - Il faut lire aussi le rapport de la Cour des comptes, selon lui.</p>"
     "<p>Partager un repas avec ses voisins est devenu rare, note l'étude.</p>"
     "<p>Mise à jour : le ministre a réagi dans la soirée.</p>",
     FR,
     "PARIS (AFP) - Il faut lire aussi le rapport de la Cour des comptes, selon lui.\n\n"
     "Partager un repas avec ses voisins est devenu rare, note l'étude.\n\n"
     "Mise à jour : le ministre a réagi dans la soirée.\n",
     NULL, NULL, NULL, NULL},
    /* ---- French photos ---- */
    {"fr: figure, figcaption with (Photo AFP / X)",
     "<figure><img src=\"/img/manif.jpg\" alt=\"Des manifestants\"><figcaption>Des "
     "manifestants à Paris, le 3 mai. (Photo AFP / Jean Dupont)</figcaption></figure>"
     "<p>Ils étaient des milliers.</p>",
     FR, "Ils étaient des milliers.\n", "https://www.exemple.fr/img/manif.jpg", "Des manifestants",
     "AFP / Jean Dupont", "Des manifestants à Paris, le 3 mai."},
    {"fr: Photo : X / AFP after the caption",
     "<figure><img src=\"https://cdn.exemple.fr/p.jpg\"><figcaption>Le président lors de son "
     "discours. Photo : Ludovic Marin / AFP</figcaption></figure><p>Il a parlé une heure.</p>",
     FR, "Il a parlé une heure.\n", "https://cdn.exemple.fr/p.jpg", NULL, "Ludovic Marin / AFP",
     "Le président lors de son discours."},
    {"fr: legende paragraph after the image, © Reuters",
     "<p><img src=\"//cdn.exemple.fr/port.jpg\" alt=\"Le port\"></p><p class=\"legende\">Le "
     "port de Marseille. © Reuters</p><p>Le trafic a baissé.</p>",
     FR, "Le trafic a baissé.\n", "https://cdn.exemple.fr/port.jpg", "Le port", "Reuters",
     "Le port de Marseille."},
    {"fr: a credit alone: no caption",
     "<figure><img src=\"/a.jpg\"><figcaption>Crédit : Jean Dupont</figcaption></figure>"
     "<p>Texte.</p>",
     FR, "Texte.\n", "https://www.exemple.fr/a.jpg", NULL, "Jean Dupont", NULL},
    {"fr: Photo d'archive",
     "<figure><img src=\"/t.jpg\"><figcaption>Le tribunal de Lyon. Photo d’archive Le Progrès "
     "/ Joël Philippon</figcaption></figure><p>Le procès s'ouvre lundi.</p>",
     FR, "Le procès s'ouvre lundi.\n", "https://www.exemple.fr/t.jpg", NULL,
     "Le Progrès / Joël Philippon", "Le tribunal de Lyon."},
    {"fr: Illustration : Getty Images",
     "<figure><img src=\"/i.jpg\" alt=\"\"><figcaption>Illustration : Getty Images"
     "</figcaption></figure><p>Les loyers montent.</p>",
     FR, "Les loyers montent.\n", "https://www.exemple.fr/i.jpg", NULL, "Getty Images", NULL},
    /* ---- French text ---- */
    {"fr: entities, apostrophes and no-break spaces stay as they are",
     "<p>L&#8217;&eacute;t&eacute; sera chaud&nbsp;: &laquo;&nbsp;on l&rsquo;attend&nbsp;"
     "&raquo;, dit-il. Hausse de 10\xe2\x80\xaf%.</p>",
     FR, "L’été sera chaud\u00a0: «\u00a0on l’attend\u00a0», dit-il. Hausse de 10\u202f%.\n", NULL,
     NULL, NULL, NULL},
    {"fr: Markdown in the text is escaped",
     "<p>*pas gras* et _pas penché_</p><p>1. pas une liste</p><p># pas un titre</p>"
     "<p>- pas un point</p><p>~~~ pas un bloc</p><p>&lt;b&gt;pas une balise&lt;/b&gt; AT&amp;T, &amp;eacute;</p>",
     FR,
     "\\*pas gras\\* et \\_pas penché\\_\n\n1\\. pas une liste\n\n\\# pas un titre\n\n"
     "\\- pas un point\n\n\\~~~ pas un bloc\n\n\\<b\\>pas une balise\\</b\\> AT&T, \\&eacute;\n",
     NULL, NULL, NULL, NULL},
    /* ---- English endings ---- */
    {"en: WordPress footer",
     "<p>The council approved the plan.</p><p>The post <a href=\"https://blog.example.com/"
     "plan\">Council backs plan</a> appeared first on <a href=\"https://blog.example.com\">"
     "Local News</a>.</p>",
     EN, "The council approved the plan.\n", NULL, NULL, NULL, NULL},
    {"en: Read more line and a Related articles list",
     "<p>Markets fell sharply on Monday.</p><p>Read more: <a href=\"/markets\">Why stocks "
     "slid</a></p><p>Analysts expect more volatility.</p><h2>Related articles</h2><ul><li>"
     "<a href=\"/r1\">Oil prices</a></li><li><a href=\"/r2\">Bond yields</a></li></ul>",
     EN, "Markets fell sharply on Monday.\n\nAnalysts expect more volatility.\n", NULL, NULL, NULL,
     NULL},
    {"en: share prompts",
     "<p>The bridge reopened.</p><p>Share this article</p><p>Tweet</p><p>Click to share on "
     "Facebook (Opens in new window)</p>",
     EN, "The bridge reopened.\n", NULL, NULL, NULL, NULL},
    {"en: newsletter, follow us, get the app",
     "<p>Rain is expected all week.</p><p><strong>Sign up for our newsletter</strong> to get "
     "the forecast every morning.</p><p>Follow us on Twitter and Instagram.</p>"
     "<p>Get the app</p>",
     EN, "Rain is expected all week.\n", NULL, NULL, NULL, NULL},
    {"en: Advertisement in the middle",
     "<p>First part of the story.</p><p>ADVERTISEMENT</p><p>Second part of the story.</p>", EN,
     "First part of the story.\n\nSecond part of the story.\n", NULL, NULL, NULL, NULL},
    {"en: donation appeal",
     "<p>The shelter needs volunteers.</p><p>Your support helps us keep reporting on the "
     "issues that matter to our community, without a paywall, for every reader.</p>"
     "<p><a href=\"/donate\">Support Now</a></p>",
     EN, "The shelter needs volunteers.\n", NULL, NULL, NULL, NULL},
    {"en: originally published, copyright",
     "<p>The findings were peer reviewed.</p><p>This article was originally published on The "
     "Conversation. Read the original article.</p><p>© 2025 Example Media. All rights "
     "reserved.</p>",
     EN, "The findings were peer reviewed.\n", NULL, NULL, NULL, NULL},
    {"en: Continue reading link and […] at the end",
     "<p>The mayor resigned on Friday after a long dispute […]</p><p>It was unexpected. "
     "<a href=\"/more\">Continue reading <span>Mayor quits</span> →</a></p>",
     EN, "The mayor resigned on Friday after a long dispute \\[…\\]\n\nIt was unexpected.\n", NULL,
     NULL, NULL, NULL},
    {"en: sentences that start like furniture but are not",
     "<p>See also the appendix, which lists every site the agency inspected last year.</p>"
     "<p>Read more than a hundred pages and you still will not find the answer.</p>"
     "<p>Related to this, the minister said the budget would not change.</p>",
     EN,
     "See also the appendix, which lists every site the agency inspected last year.\n\n"
     "Read more than a hundred pages and you still will not find the answer.\n\n"
     "Related to this, the minister said the budget would not change.\n",
     NULL, NULL, NULL, NULL},
    /* ---- English photos ---- */
    {"en: (AP Photo/X)",
     "<figure><img src=\"https://img.example.com/ap.jpg\" alt=\"A rally\"><figcaption>"
     "Supporters cheer at a rally in Ohio, Saturday. (AP Photo/John Smith)</figcaption>"
     "</figure><p>The crowd was large.</p>",
     EN, "The crowd was large.\n", "https://img.example.com/ap.jpg", "A rally",
     "AP Photo/John Smith", "Supporters cheer at a rally in Ohio, Saturday."},
    {"en: Photo by X/Getty Images",
     "<figure><figcaption>Protesters gather outside the court. Photo by Jane Doe/Getty Images"
     "</figcaption><img src=\"/court.jpg\"></figure><p>The hearing lasted hours.</p>",
     EN, "The hearing lasted hours.\n", "https://news.example.com/court.jpg", NULL,
     "Jane Doe/Getty Images", "Protesters gather outside the court."},
    {"en: WordPress wp-caption, Image: Reuters",
     "<div class=\"wp-caption\"><img src=\"/plant.jpg\" width=\"640\" height=\"400\"><p "
     "class=\"wp-caption-text\">Workers at the plant on Monday. Image: Reuters/Tom Brown</p>"
     "</div><p>Production resumed.</p>",
     EN, "Production resumed.\n", "https://news.example.com/plant.jpg", NULL, "Reuters/Tom Brown",
     "Workers at the plant on Monday."},
    {"en: a short paragraph after the image that ends with X / AFP",
     "<p><img src=\"/fire.jpg\" alt=\"Smoke\"></p><p>Firefighters near Athens on Tuesday. "
     "John Doe / AFP</p><p>The fire spread overnight.</p>",
     EN, "The fire spread overnight.\n", "https://news.example.com/fire.jpg", "Smoke",
     "John Doe / AFP", "Firefighters near Athens on Tuesday."},
    {"en: a tracker pixel, then the photo from srcset; later images dropped",
     "<p><img src=\"https://feeds.example.net/~r/x/~4/abc\" width=\"1\" height=\"1\"></p>"
     "<p>Text <img srcset=\"/s.jpg 480w, /l.jpg 1024w, /m.jpg 800w\" alt=\"A ship\"> more "
     "<img src=\"/second.jpg\" alt=\"Second photo\">text.</p>",
     EN, "Text more text.\n", "https://news.example.com/l.jpg", "A ship", NULL, NULL},
    {"en: lazy image with a data: placeholder",
     "<img src=\"data:image/gif;base64,R0lGOD\" data-src=\"/lazy.jpg\"><p>Body.</p>", EN, "Body.\n",
     "https://news.example.com/lazy.jpg", NULL, NULL, NULL},
    /* ---- conversion shapes ---- */
    {"lists, nested one level, ordered",
     "<ul><li>one</li><li>two<ul><li>two-a</li><li>two-b<ul><li>deep</li></ul></li></ul></li>"
     "</ul><ol><li><p>first</p></li><li>second <b>bold </b>x</li></ol>",
     EN, "- one\n- two\n  - two-a\n  - two-b\n  - deep\n\n1. first\n2. second **bold** x\n", NULL,
     NULL, NULL, NULL},
    {"links: relative, javascript:, data:, mailto, parentheses and spaces, empty",
     "<p><a href=\"../politics/x.html\">relative</a>, <a href=\"javascript:alert(1)\">js</a>, "
     "<a href=\" JavaScript:alert(2)\">js2</a>, <a href=\"data:text/html,x\">data</a>, "
     "<a href=\"MailTo:desk@example.com\">mail</a>, <a href=\"/wiki/A_(b) c\">wiki</a>, "
     "<a href=\"/empty\"> </a>end.</p>",
     EN,
     "[relative](https://news.example.com/politics/x.html), js, js2, data, "
     "[mail](mailto:desk@example.com), [wiki](https://news.example.com/wiki/A_%28b%29%20c), "
     "end.\n",
     NULL, NULL, NULL, NULL},
    {"dropped: scripts, forms, nav, aside, header, footer, share and related boxes",
     "<header><h1>Site name</h1></header><nav><a href=\"/\">Home</a></nav><p>Kept.</p>"
     "<script>var x = '<p>no</p>';</script><style>p{}</style><form><input value=\"q\">"
     "<button>Go</button></form><aside>Most read</aside><div class=\"share-buttons\">Share "
     "on X</div><div class=\"related-posts\"><p>Other story</p></div><div id=\"taboola-below"
     "\">Promoted</div><div class=\"ad-slot\">Buy</div><iframe src=\"https://x\"></iframe>"
     "<footer>Footer text</footer><p>Also kept.</p>",
     EN, "Kept.\n\nAlso kept.\n", NULL, NULL, NULL, NULL},
    {"nested divs, blockquote, code, table",
     "<div><div><div><p>Deep <em> text </em>here, <b>bold <b>twice</b></b>.</p></div></div></div><blockquote><p>One."
     "</p><p>Two.</p></blockquote><pre><code>a ``` b\n  c</code></pre><p>Use <code>x`y</code>"
     " now.<br>Next<br># line</p><table><tr><th>City</th><th>Votes</th></tr><tr><td>Lyon"
     "</td><td></td><td>12</td></tr></table>",
     EN,
     "Deep *text* here, **bold twice**.\n\n> One.\n>\n> Two.\n\n````\na ``` b\n  c\n````\n\n"
     "Use ``x`y`` now.\\\nNext\\\n\\# line\n\nCity · Votes\n\nLyon · 12\n",
     NULL, NULL, NULL, NULL},
    {"no base: relative links become text, relative images are not taken",
     "<p><img src=\"/rel.jpg\"><a href=\"/rel\">relative</a> and <a href=\"https://ok.example"
     "/x\">absolute</a>.</p><h1>Title</h1><h4>Small</h4>",
     NULL, "relative and [absolute](https://ok.example/x).\n\n## Title\n\n### Small\n", NULL, NULL,
     NULL, NULL},
    {"a link around blocks keeps their text, not the link",
     "<p><a href=\"/x\"><h3>Un titre</h3><p>Le chapeau</p></a> fin</p><p><b>gras<ul><li>"
     "point</li></ul></b></p>",
     FR, "### Un titre\n\nLe chapeau\n\nfin\n\ngras\n\n- point\n", NULL, NULL, NULL, NULL},
    {"only furniture: nothing",
     "<p>Partager</p><p>Lire aussi : <a href=\"/x\">Autre chose</a></p><p>Publicité</p>"
     "<p>Abonnez-vous à notre newsletter</p>",
     FR, "", NULL, NULL, NULL, NULL},
};

static int utf8_ok(const char *s)
{
    return s && utf8_valid(s, strlen(s));
}

static void test_cases(void)
{
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const struct hcase *k = &cases[i];
        struct html_md m;
        int rc = html_md_convert(k->html, strlen(k->html), k->base, &m);
        is_int(rc, 0, "%s: converts", k->name);
        is_str(m.md, k->md, "%s: md", k->name);
        is_str(m.image, k->image, "%s: image", k->name);
        is_str(m.image_alt, k->alt, "%s: alt", k->name);
        is_str(m.credit, k->credit, "%s: credit", k->name);
        is_str(m.caption, k->caption, "%s: caption", k->name);
        html_md_free(&m);
        ok(!m.md && !m.image, "%s: freed and zeroed", k->name);
    }
    printf("# %zu cases\n", sizeof cases / sizeof cases[0]);
}

static void test_edges(void)
{
    struct html_md m;
    char *big;

    is_int(html_md_convert("", 0, NULL, &m), 0, "empty input");
    is_str(m.md, "", "empty input: empty md");
    html_md_free(&m);
    is_int(html_md_convert(" \n\t ", 4, FR, &m), 0, "blank input");
    is_str(m.md, "", "blank input: empty md");
    html_md_free(&m);

    /* 100 levels of nesting: no crash, the text is kept. */
    size_t cap = 100 * 20 + 64, n = 0;
    big = malloc(cap);
    for (int i = 0; i < 100; i++)
        n += (size_t)snprintf(big + n, cap - n, i % 2 ? "<div>" : "<span>");
    n += (size_t)snprintf(big + n, cap - n, "deep *text*");
    is_int(html_md_convert(big, n, NULL, &m), 0, "100 levels of nesting");
    is_str(m.md, "deep \\*text\\*\n", "the deep text is kept, flattened and escaped");
    html_md_free(&m);
    free(big);

    /* 2 MB: cut at HTML_MD_IN_MAX, and the output at a block boundary. */
    const char *para = "<p>Une phrase de remplissage, assez longue pour compter.</p>";
    size_t pl = strlen(para), total = 2 * 1024 * 1024;
    big = malloc(total);
    for (n = 0; n + pl <= total; n += pl)
        memcpy(big + n, para, pl);
    is_int(html_md_convert(big, n, FR, &m), 0, "2 MB input");
    ok(strlen(m.md) <= HTML_MD_OUT_MAX && strlen(m.md) > HTML_MD_OUT_MAX - 100,
       "the md is cut to HTML_MD_OUT_MAX (%zu bytes)", strlen(m.md));
    const char *last = "\n\nUne phrase de remplissage, assez longue pour compter.\n";
    ok(strlen(m.md) > strlen(last), "not empty");
    is_str(m.md + strlen(m.md) - strlen(last), last, "cut at a block boundary: a whole last block");
    html_md_free(&m);
    free(big);

    /* One huge paragraph is cut at a space, never in a character. */
    total = 200 * 1024;
    big = malloc(total);
    memcpy(big, "<p>", 3);
    for (n = 3; n + 3 <= total; n += 3)
        memcpy(big + n,
               n % 30 == 0 ? " \xc3\xa9"
                           : "\xc3\xa9"
                             "a",
               3);
    is_int(html_md_convert(big, n, NULL, &m), 0, "one 200 kB paragraph");
    ok(strlen(m.md) <= HTML_MD_OUT_MAX && strlen(m.md) > HTML_MD_OUT_MAX / 2,
       "cut to the limit (%zu bytes)", strlen(m.md));
    ok(utf8_ok(m.md), "on a character boundary");
    html_md_free(&m);
    free(big);

    /* Invalid UTF-8: the output is valid. */
    const char bad[] = "<p>caf\xe9 \xff\xfe ok \xc3\x28 \xed\xa0\x80 fin\xc3</p>";
    is_int(html_md_convert(bad, sizeof bad - 1, NULL, &m), 0, "invalid UTF-8");
    ok(utf8_ok(m.md), "the md is valid UTF-8");
    is_str(m.md,
           "caf\xef\xbf\xbd \xef\xbf\xbd\xef\xbf\xbd ok \xef\xbf\xbd( "
           "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd fin\xef\xbf\xbd\n",
           "invalid bytes become U+FFFD");
    html_md_free(&m);
    const char nul[] = "<p>a\0b</p><meta charset=\"iso-8859-1\"><p>\xc3\xa9t\xc3\xa9</p>";
    is_int(html_md_convert(nul, sizeof nul - 1, NULL, &m), 0, "a NUL byte and a meta charset");
    is_str(m.md, "a b\n\nété\n", "the NUL is a space; the meta charset is ignored");
    html_md_free(&m);
    is_int(html_md_convert(NULL, 0, NULL, &m), 0, "NULL, 0");
    is_str(m.md, "", "is empty");
    html_md_free(&m);
}

static void test_text(void)
{
    const char *title = "Le &laquo;&nbsp;<b>grand</b>&nbsp;&raquo; d&eacute;bat &amp; ses\n suites";
    char *t = html_md_text(title, strlen(title));
    is_str(t, "Le «\u00a0grand\u00a0» débat & ses suites", "title: tags, entities, spaces");
    free(t);
    t = html_md_text("  AT&T <script>x()</script> 5 < 6  ", 35);
    is_str(t, "AT&T 5 < 6", "title: a bare & and <, a script dropped");
    free(t);
    t = html_md_text("", 0);
    is_str(t, "", "empty title");
    free(t);
    t = html_md_text("bad \xff byte", 10);
    is_str(t, "bad \xef\xbf\xbd byte", "an invalid byte becomes U+FFFD");
    free(t);
}

/* A post's "html" (cmark's rendering) as crier tail prints it. */
static void lines_of(const char *md, const char *want, const char *what)
{
    char *html = markdown_to_html(md, strlen(md));
    char *t = html_md_lines(html, strlen(html));
    is_str(t, want, "%s", what);
    free(t);
    free(html);
}

static void test_lines(void)
{
    lines_of("Une *secousse* de magnitude 7,1.\n\nM. Dupont a dit « oui ».",
             "Une secousse de magnitude 7,1.\nM. Dupont a dit «\u00a0oui\u00a0».",
             "paragraphs: one line each, no markup, no escapes");
    lines_of("# Titre\n\n- un\n- deux **gras**\n\n3. trois\n4. quatre",
             "Titre\n- un\n- deux gras\n3. trois\n4. quatre", "a heading, lists, an ordered start");
    lines_of("ligne  \nsuivante &amp; <b>x</b>\n\n> cité\n\n    code\n      indenté",
             "ligne\nsuivante & <b>x</b>\ncité\ncode\n  indenté",
             "a hard break, entities, raw HTML shown as text, a quote, code kept");
    lines_of("**[M. Dupont](/monde/3)** — il a dit.", "M. Dupont — il a dit.", "a link: its text");
    char *t = html_md_lines("", 0);
    is_str(t, "", "empty");
    free(t);
    t = html_md_lines("<p>a</p><script>x()</script><p></p><p>b</p>", 43);
    is_str(t, "a\nb", "a script dropped, no blank line");
    free(t);
}

int main(void)
{
    test_cases();
    test_edges();
    test_text();
    test_lines();
    return done_testing();
}
