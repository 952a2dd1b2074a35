/* Unit tests for src/mail.c. The messages it builds are read back by
 * python3's email package (an independent parser: subject, From, parts, the
 * Date), and by a tiny encoded-word decoder here that checks each word on
 * its own; every line is checked for CRLF, 7-bit bytes and its length. */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mail.h"
#include "tap.h"
#include "utf8.h"

static char tmpdir[] = "/tmp/crier-test-mail-XXXXXX";

/* Parses a message with python3's email package (policy default) and
 * answers what it read as JSON. from_ew is the From display name decoded by
 * email.header (compat32): the default policy's address parser keeps the
 * white space between two encoded-words of a phrase, where RFC 2047 6.2
 * says to drop it, so it would read a name cut in two words with a space. */
static const char py_parse[] =
    "import sys, json, email\n"
    "from email import policy\n"
    "from email.utils import parsedate_to_datetime\n"
    "m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=policy.default)\n"
    "parts = []\n"
    "for p in (m.iter_parts() if m.is_multipart() else [m]):\n"
    "    parts.append({'type': p.get_content_type(), 'charset': p.get_content_charset(),\n"
    "                  'cte': p['Content-Transfer-Encoding'],\n"
    "                  'body': p.get_content().replace('\\r\\n', '\\n')})\n"
    "f = m['From'].addresses[0]\n"
    "from email.header import decode_header, make_header\n"
    "raw = email.message_from_binary_file(open(sys.argv[1], 'rb'))['From']\n"
    "ew = str(make_header(decode_header(raw.rsplit('<', 1)[0].strip())))\n"
    "g = lambda k: None if m[k] is None else str(m[k]).strip()\n"
    "print(json.dumps({'subject': g('Subject'), 'from_name': f.display_name, 'from_ew': ew,\n"
    "    'from_addr': f.addr_spec, 'to': g('To'),\n"
    "    'date': int(parsedate_to_datetime(m['Date']).timestamp()),\n"
    "    'msgid': g('Message-ID'), 'lu': g('List-Unsubscribe'),\n"
    "    'lup': g('List-Unsubscribe-Post'), 'lang': g('Content-Language'),\n"
    "    'listid': g('List-Id'), 'auto': g('Auto-Submitted'), 'type': m.get_content_type(),\n"
    "    'defects': sum(len(p.defects) for p in m.walk()), 'parts': parts}))\n";

static json_t *py_read(const struct buf *msg)
{
    char path[128], script[128], cmd[512];
    FILE *f;
    json_t *j;

    snprintf(path, sizeof path, "%s/msg.eml", tmpdir);
    snprintf(script, sizeof script, "%s/parse.py", tmpdir);
    f = fopen(path, "wb");
    fwrite(msg->data, 1, msg->len, f);
    fclose(f);
    f = fopen(script, "w");
    fputs(py_parse, f);
    fclose(f);
    snprintf(cmd, sizeof cmd, "python3 %s %s", script, path);
    f = popen(cmd, "r");
    j = json_loadf(f, 0, NULL);
    pclose(f);
    return j;
}

static const char *jstr(json_t *j, const char *key)
{
    return json_string_value(json_object_get(j, key));
}

static const char *part_body(json_t *j, size_t i)
{
    return jstr(json_array_get(json_object_get(j, "parts"), i), "body");
}

/* Every line ends with CRLF, no bare CR or LF, only 7-bit bytes; header
 * lines at most 78 characters and body lines at most body_max. */
static int lines_ok(const struct buf *msg, size_t body_max, char *why, size_t whysz)
{
    size_t col = 0, max = 78, line = 1;
    int in_body = 0;

    for (size_t i = 0; i < msg->len; i++) {
        unsigned char c = (unsigned char)msg->data[i];
        if (c >= 0x80 || c == 0) {
            snprintf(why, whysz, "byte 0x%02x on line %zu", c, line);
            return 0;
        }
        if (c == '\n' || (c == '\r' && (i + 1 == msg->len || msg->data[i + 1] != '\n'))) {
            snprintf(why, whysz, "a bare %s on line %zu", c == '\n' ? "LF" : "CR", line);
            return 0;
        }
        if (c != '\r') {
            if (++col > max) {
                snprintf(why, whysz, "line %zu is longer than %zu", line, max);
                return 0;
            }
            continue;
        }
        if (col == 0 && !in_body)
            in_body = 1, max = body_max;
        i++, line++, col = 0;
    }
    if (msg->len < 2 || memcmp(msg->data + msg->len - 2, "\r\n", 2) != 0) {
        snprintf(why, whysz, "the message does not end with CRLF");
        return 0;
    }
    return 1;
}

/* The header's value as it stands (folds kept), or NULL. */
static char *header_raw(const struct buf *msg, const char *name)
{
    size_t nl = strlen(name);
    const char *p = msg->data;
    for (;;) {
        if (strncmp(p, name, nl) == 0 && p[nl] == ':') {
            const char *v = p + nl + 1, *e = v;
            while ((e = strstr(e, "\r\n")) && (e[2] == ' ' || e[2] == '\t'))
                e += 2;
            return strndup(v, (size_t)(e - v));
        }
        p = strstr(p, "\r\n");
        if (!p || p[2] == '\r')
            return NULL;
        p += 2;
    }
}

static int hexval(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* A tiny RFC 2047 decoder for what mail.c writes (UTF-8, Q): decodes each
 * encoded-word of v on its own and appends the text to out. 1 when every
 * word was at most 75 characters and decoded to whole UTF-8 characters. */
static int ew_decode(const char *v, char *out, size_t outsz)
{
    size_t o = strlen(out);
    int words = 0;
    while ((v = strstr(v, "=?UTF-8?Q?"))) {
        const char *s = v + 10, *e = strstr(s, "?=");
        char one[128];
        size_t n = 0;
        if (!e || e + 2 - v > 75)
            return 0;
        for (; s < e; s++) {
            if (*s == '_') {
                one[n++] = ' ';
            } else if (*s == '=') {
                if (hexval(s[1]) < 0 || hexval(s[2]) < 0)
                    return 0;
                one[n++] = (char)(hexval(s[1]) * 16 + hexval(s[2]));
                s += 2;
            } else {
                one[n++] = *s;
            }
        }
        if (!utf8_valid(one, n) || o + n >= outsz)
            return 0;
        memcpy(out + o, one, n);
        out[o += n] = '\0';
        v = e + 2;
        words++;
    }
    return words > 0;
}

static struct mail_msg base_msg(void)
{
    struct mail_msg m = {.from_name = "Crier",
                         .from = "news@crier.example",
                         .to = "reader@example.org",
                         .subject = "Morning selection",
                         .text = "Hello\n",
                         .html = "<p>Hello</p>\n",
                         .date_s = 1764140000,
                         .msgid_right = "crier.example"};
    return m;
}

static void test_address_check(void)
{
    static const char *good[] = {"a@b.fr",
                                 "first.last+tag@news.example.com",
                                 "o'brien@example.ie",
                                 "x_y-z!#$%&*/=?^`{|}~@a-b.c0",
                                 "user@exämple.fr",
                                 "user@例え.jp"};
    static const char *bad[] = {"",
                                "plain",
                                "@b.fr",
                                "a@",
                                "a@b",
                                "a@@b.fr",
                                "a@b@c.fr",
                                ".a@b.fr",
                                "a.@b.fr",
                                "a..b@c.fr",
                                "\"quoted\"@b.fr",
                                "a b@c.fr",
                                "a@b c.fr",
                                "a,b@c.fr",
                                "<a@b.fr>",
                                "a@[127.0.0.1]",
                                "a@-b.fr",
                                "a@b-.fr",
                                "a@b..fr",
                                "a@.b.fr",
                                "a@b.fr.",
                                "a\r@b.fr",
                                "a@b.fr\nBcc: x@y.z",
                                "é@b.fr",
                                "a@b\xc3.fr"};
    char longaddr[300];

    for (size_t i = 0; i < sizeof good / sizeof *good; i++)
        is_int(mail_address_check(good[i]), 0, "accepts %s", good[i]);
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        is_int(mail_address_check(bad[i]), -EINVAL, "refuses bad address #%zu", i);
    is_int(mail_address_check(NULL), -EINVAL, "refuses NULL");
    memset(longaddr, 'a', sizeof longaddr);
    memcpy(longaddr + MAIL_ADDRESS_MAX - 6, "@b.com", 7);
    is_int(mail_address_check(longaddr), -EINVAL, "a 64+ local part is refused");
    memset(longaddr, 'a', 60);
    longaddr[60] = '@';
    for (size_t i = 61; i < MAIL_ADDRESS_MAX; i += 2)
        longaddr[i] = 'b', longaddr[i + 1] = '.';
    longaddr[MAIL_ADDRESS_MAX - 1] = 'c';
    longaddr[MAIL_ADDRESS_MAX] = '\0';
    is_int(mail_address_check(longaddr), 0, "MAIL_ADDRESS_MAX bytes pass");
    longaddr[MAIL_ADDRESS_MAX] = 'c';
    longaddr[MAIL_ADDRESS_MAX + 1] = '\0';
    is_int(mail_address_check(longaddr), -EINVAL, "one more is refused");
}

static void test_injection(void)
{
    const char *evil[] = {"x\r\nBcc: victim@example.com", "x\nBcc: victim@example.com",
                          "x\rBcc: victim@example.com"};
    struct buf out;
    buf_init(&out, 1 << 20);

    for (size_t k = 0; k < 3; k++) {
        for (int field = 0; field < 8; field++) {
            struct mail_msg m = base_msg();
            const char **f[] = {&m.from_name, &m.subject,          &m.to,         &m.from, &m.lang,
                                &m.list_id,   &m.list_unsubscribe, &m.msgid_right};
            *f[field] = evil[k];
            is_int(mail_build(&m, &out), -EINVAL, "line break #%zu in header field #%d", k, field);
            is_int(out.len, 0, "nothing written");
        }
    }
    struct mail_msg m = base_msg();
    m.subject = "caf\xc3";
    is_int(mail_build(&m, &out), -EINVAL, "a subject that is not UTF-8");
    m = base_msg();
    m.text = "caf\xe9";
    is_int(mail_build(&m, &out), -EINVAL, "a body that is not UTF-8");
    m = base_msg();
    m.list_unsubscribe = "https://a.example/u x";
    is_int(mail_build(&m, &out), -EINVAL, "a space in the unsubscribe URL");
    m.list_unsubscribe = "javascript:alert(1)";
    is_int(mail_build(&m, &out), -EINVAL, "an unsubscribe URL that is not http(s)");
    m = base_msg();
    m.lang = "fr fr";
    is_int(mail_build(&m, &out), -EINVAL, "a bad language tag");
    m = base_msg();
    m.msgid_right = "a>b";
    is_int(mail_build(&m, &out), -EINVAL, "a Message-ID host with a bracket");
    m = base_msg();
    m.to = "a@b";
    is_int(mail_build(&m, &out), -EINVAL, "a bad To address");
    is_int(out.len, 0, "nothing written");
    m = base_msg();
    is_int(mail_build(&m, &out), 0, "the same message without them builds");
    buf_free(&out);
}

static void test_parse_back(void)
{
    struct mail_msg m = base_msg();
    struct buf out;
    char why[128] = "";
    buf_init(&out, 1 << 20);

    m.from_name = "Le Monde – Édition du soir, « spéciale » pour les lecteurs de Crier";
    m.subject =
        "Sélection du soir — jeudi 26 novembre : « Le président » et M. Dupont 🗞️ "
        "Élysée, Sénat, Assemblée nationale, préfectures et ministères";
    m.text = "Bonjour,\n\n« Le président » reçoit M. Dupont.\n.\nFrom here on\nfin  \n";
    m.html = "<p>« Le président » &amp; M.&nbsp;Dupont</p>\n";
    m.lang = "fr";
    m.list_id = "le-monde.crier.example";
    m.list_unsubscribe = "https://crier.example/le-monde/-/unsubscribe?s=12&mac=AbC-_x";
    is_int(mail_build(&m, &out), 0, "a French edition builds");
    ok(lines_ok(&out, 76, why, sizeof why), "CRLF, 7-bit, lines within limits: %s", why);

    json_t *j = py_read(&out);
    ok(j != NULL, "python3 parses it");
    is_int(json_integer_value(json_object_get(j, "defects")), 0, "python3 finds no defect");
    is_str(jstr(j, "subject"), m.subject, "the Subject decodes to the text");
    is_str(jstr(j, "from_ew"), m.from_name, "the display name decodes to the text");
    is_str(jstr(j, "from_addr"), m.from, "the From address");
    is_str(jstr(j, "to"), m.to, "the To address");
    is_int(json_integer_value(json_object_get(j, "date")), m.date_s, "the Date is date_s");
    is_str(jstr(j, "lang"), "fr", "Content-Language");
    is_str(jstr(j, "listid"), "<le-monde.crier.example>", "List-Id");
    is_str(jstr(j, "auto"), "auto-generated", "Auto-Submitted");
    is_str(jstr(j, "type"), "multipart/alternative", "multipart/alternative");
    json_t *parts = json_object_get(j, "parts");
    is_int(json_array_size(parts), 2, "two parts");
    is_str(jstr(json_array_get(parts, 0), "type"), "text/plain", "text/plain first");
    is_str(jstr(json_array_get(parts, 1), "type"), "text/html", "then text/html");
    is_str(jstr(json_array_get(parts, 0), "charset"), "utf-8", "charset utf-8");
    is_str(jstr(json_array_get(parts, 1), "cte"), "quoted-printable", "quoted-printable");
    is_str(part_body(j, 0), m.text, "the text part decodes to the text");
    is_str(part_body(j, 1), m.html, "the HTML part decodes to the HTML");
    json_decref(j);

    /* Each encoded-word decodes to whole characters on its own. */
    char *subj = header_raw(&out, "Subject"), *from = header_raw(&out, "From");
    char dec[1024] = "";
    ok(subj && ew_decode(subj, dec, sizeof dec), "Subject: every word <= 75, whole characters");
    is_str(dec, m.subject, "and together they are the subject");
    dec[0] = '\0';
    ok(from && ew_decode(from, dec, sizeof dec), "From: every word <= 75, whole characters");
    is_str(dec, m.from_name, "and together they are the name");
    ok(subj && strstr(subj, "\r\n "), "the Subject is folded");
    free(subj);
    free(from);
    ok(strstr(out.data, "\r\n=46rom here on\r\n") != NULL, "\"From \" at a line's start escaped");
    ok(strstr(out.data, "\r\nfin =20\r\n") != NULL, "trailing white space escaped");
    buf_free(&out);
}

static void test_plain_headers(void)
{
    struct mail_msg m = base_msg();
    struct buf out;
    char why[128] = "";
    buf_init(&out, 1 << 20);

    m.from_name = "The \"Daily\" News, Ltd";
    m.subject = "Evening selection - Thursday 26 November: a long subject line that goes on "
                "and on past the seventy-eight column limit of RFC 5322";
    m.html = NULL;
    is_int(mail_build(&m, &out), 0, "an English text-only message builds");
    ok(lines_ok(&out, 76, why, sizeof why), "lines within limits: %s", why);
    ok(strstr(out.data, "=?") == NULL, "ASCII headers are not encoded");
    ok(strstr(out.data, "From: \"The \\\"Daily\\\" News, Ltd\" <news@crier.example>\r\n"),
       "an ASCII display name is a quoted-string");
    ok(strstr(out.data, "List-Unsubscribe") == NULL, "no List-Unsubscribe without a URL");
    ok(strstr(out.data, "Content-Language") == NULL, "no Content-Language without lang");
    json_t *j = py_read(&out);
    is_str(jstr(j, "subject"), m.subject, "the folded Subject unfolds to the text");
    is_str(jstr(j, "from_name"), m.from_name, "the quoted name reads back");
    is_str(jstr(j, "type"), "text/plain", "a text/plain message alone");
    is_str(part_body(j, 0), m.text, "its body");
    is_int(json_integer_value(json_object_get(j, "defects")), 0, "no defect");
    json_decref(j);

    /* A subject that looks like an encoded-word is encoded itself. */
    buf_reset(&out);
    m.subject = "=?UTF-8?Q?fake?=";
    is_int(mail_build(&m, &out), 0, "built");
    j = py_read(&out);
    is_str(jstr(j, "subject"), m.subject, "a subject like an encoded-word stays literal");
    json_decref(j);
    buf_free(&out);
}

static void test_unsubscribe(void)
{
    struct mail_msg m = base_msg();
    struct buf out;
    char long_url[400];
    buf_init(&out, 1 << 20);

    m.list_unsubscribe = "https://crier.example/u?t=1";
    is_int(mail_build(&m, &out), 0, "built");
    ok(strstr(out.data, "\r\nList-Unsubscribe: <https://crier.example/u?t=1>\r\n"),
       "List-Unsubscribe: <url>");
    ok(strstr(out.data, "\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"),
       "List-Unsubscribe-Post for one-click (RFC 8058)");

    buf_reset(&out);
    m.list_unsubscribe = "http://127.0.0.1:8080/u?t=1";
    is_int(mail_build(&m, &out), 0, "built with an http URL");
    ok(strstr(out.data, "List-Unsubscribe: <http://127.0.0.1:8080/u?t=1>"), "the link");
    ok(!strstr(out.data, "List-Unsubscribe-Post"), "no one-click without HTTPS");

    buf_reset(&out);
    memset(long_url, 'a', sizeof long_url - 1);
    long_url[sizeof long_url - 1] = '\0';
    memcpy(long_url, "https://crier.example/u?t=", 26);
    m.list_unsubscribe = long_url;
    is_int(mail_build(&m, &out), 0, "built with a long URL");
    json_t *j = py_read(&out);
    char want[450];
    snprintf(want, sizeof want, "<%s>", long_url);
    is_str(jstr(j, "lu"), want, "a long URL reads back whole");
    is_str(jstr(j, "lup"), "List-Unsubscribe=One-Click", "with its Post");
    json_decref(j);
    buf_free(&out);
}

/* The QP lines of the message's body: each at most 76, a soft break only
 * where a line goes on, and the decoded parts equal to the input. */
static void test_long_body(void)
{
    struct mail_msg m = base_msg();
    struct buf out, text;
    char why[128] = "";
    buf_init(&out, 1 << 20);
    buf_init(&text, 1 << 20);

    /* 20,000 characters: one line with no space at all, mixed widths and
     * "=", then short lines, lines with trailing spaces and "From ". */
    for (int i = 0; text.len < 12000; i++)
        buf_appends(&text, i % 3 == 0 ? "é" : i % 3 == 1 ? "=" : "a");
    buf_appends(&text, "\n");
    while (text.len < 20000)
        buf_appends(&text,
                    "From the « rédaction », M. Dupont writes a line that ends in spaces  \n");
    m.text = text.data;
    m.html = text.data;
    is_int(mail_build(&m, &out), 0, "a 20,000-character body builds");
    ok(lines_ok(&out, 76, why, sizeof why), "every line CRLF and at most 76: %s", why);

    /* No line is an escape cut in two: "=" ends a line only as a soft
     * break, and "=X" never ends one. */
    int cut = 0;
    for (const char *p = strstr(out.data, "\r\n\r\n"); p && (p = strstr(p + 1, "\r\n"));)
        cut |= (p[-2] == '=' && p[-1] != '=');
    ok(!cut, "no =XX escape cut by a soft break");
    json_t *j = py_read(&out);
    is_str(part_body(j, 0), text.data, "the text part decodes to the 20,000 characters");
    is_str(part_body(j, 1), text.data, "so does the HTML part");
    json_decref(j);

    /* Exact limits: 76 characters stay on one line, 77 break once. */
    char line[80];
    memset(line, 'x', 76);
    line[76] = '\0';
    m.text = line;
    m.html = NULL;
    buf_reset(&out);
    mail_build(&m, &out);
    ok(strstr(out.data, "\r\n\r\n") && strstr(strstr(out.data, "\r\n\r\n"), "=\r\n") == NULL,
       "a 76-character line is not broken");
    line[76] = 'x', line[77] = '\0';
    buf_reset(&out);
    mail_build(&m, &out);
    char *body = strstr(out.data, "\r\n\r\n") + 4;
    is_int(strcspn(body, "\r"), 76, "77 characters: 75 and a soft break");
    ok(body[75] == '=', "the soft break");

    buf_free(&out);
    buf_free(&text);
}

static void test_idn_ids_and_limits(void)
{
    struct mail_msg m = base_msg();
    struct buf out, small;
    buf_init(&out, 1 << 20);

    m.to = "lecteur@exämple.fr";
    is_int(mail_build(&m, &out), 0, "an IDN recipient");
    ok(strstr(out.data, "\r\nTo: lecteur@xn--exmple-cua.fr\r\n"), "its domain in A-labels");

    char *id1 = header_raw(&out, "Message-ID");
    buf_reset(&out);
    mail_build(&m, &out);
    char *id2 = header_raw(&out, "Message-ID");
    ok(id1 && strlen(id1) == 1 + 1 + 32 + 1 + strlen("crier.example") + 1 &&
           strstr(id1, "@crier.example>"),
       "Message-ID: <32 hex@msgid_right>");
    ok(id1 && id2 && strcmp(id1, id2) != 0, "a new Message-ID each time");
    char *ct = header_raw(&out, "Content-Type");
    const char *b = ct ? strstr(ct, "boundary=\"") : NULL;
    ok(b != NULL, "a boundary");
    if (b) {
        char delim[64];
        snprintf(delim, sizeof delim, "--%.*s", (int)strcspn(b + 10, "\""), b + 10);
        const char *p = out.data, *q;
        int count = 0;
        while ((q = strstr(p, delim)))
            count++, p = q + 1;
        is_int(count, 3, "the boundary appears only as the three delimiters");
    }
    free(id1);
    free(id2);
    free(ct);

    buf_init(&small, 200);
    buf_appends(&small, "keep");
    is_int(mail_build(&m, &small), -ENOBUFS, "-ENOBUFS at the buffer's max");
    is_str(small.data, "keep", "the buffer is left as it was");
    buf_free(&small);
    buf_free(&out);
}

int main(void)
{
    if (!mkdtemp(tmpdir))
        return 1;
    test_address_check();
    test_injection();
    test_parse_back();
    test_plain_headers();
    test_unsubscribe();
    test_long_body();
    test_idn_ids_and_limits();
    return done_testing_in(tmpdir);
}
