/* markdown: raw HTML is shown as text, never passed through or dropped. */
#include <stdlib.h>
#include <string.h>

#include "markdown.h"
#include "tap.h"

static void check(const char *md, const char *want, const char *what)
{
    char *html = markdown_to_html(md, strlen(md));
    is_str(html, want, "%s", what);
    free(html);
}

int main(void)
{
    check("Le mot <Paris> est là.", "<p>Le mot &lt;Paris&gt; est là.</p>\n",
          "an inline tag is text");
    check("« Citation » de **M. Dupont**",
          "<p>«\xc2\xa0"
          "Citation\xc2\xa0» de <strong>M. Dupont</strong></p>\n",
          "guillemets keep their word (no-break spaces), emphasis as usual");
    check("« **oui** »", "<p>«\xc2\xa0<strong>oui</strong>\xc2\xa0»</p>\n", "across emphasis");
    check("«oui»", "<p>«oui»</p>\n", "without spaces, nothing changes");
    check("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n",
          "an HTML block becomes a paragraph of text");
    check("a <b>bold</b> word", "<p>a &lt;b&gt;bold&lt;/b&gt; word</p>\n", "tags around words");
    check("<!-- note -->\n\nsuite", "<p>&lt;!-- note --&gt;</p>\n<p>suite</p>\n", "a comment too");
    check("`<code>`", "<p><code>&lt;code&gt;</code></p>\n", "code spans as before");
    check("[x](javascript:alert(1))", "<p><a href=\"\">x</a></p>\n", "unsafe links stay removed");
    check("", "", "empty");
    check("1 < 2 > 0", "<p>1 &lt; 2 &gt; 0</p>\n", "plain comparisons");
    static const char md[] = "**M. Dupont** a dit : « [oui](https://x.example) ».\n\n"
                             "# Suite\n\n- un\n- `deux`\n\nLe mot <Paris>.";
    char *t = markdown_to_text(md, sizeof md - 1);
    is_str(t, "M. Dupont a dit : « oui ». Suite un deux Le mot <Paris>.", "text without markup");
    free(t);
    t = markdown_typography("« « « ");
    is_str(t, "«\xc2\xa0«\xc2\xa0«\xc2\xa0", "the longest growth fits");
    free(t);
    t = markdown_to_text("", 0);
    is_str(t, "", "empty text");
    free(t);
    return done_testing();
}
