/* wsz: the permessage-deflate offers a server can take (RFC 7692 5 and 7),
 * each message compressed from a fresh state and inflated to a bound, and
 * the compressed frame that ws_encode_z() shares between connections. */
#include "tap.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "ws.h"
#include "wsz.h"

static void test_offers(void)
{
    static const struct {
        const char *offer;
        int ok;
        const char *what;
    } cases[] = {
        {NULL, 0, "no header: plain frames"},
        {"", 0, "an empty header"},
        {"permessage-deflate", 1, "Firefox's offer"},
        {"permessage-deflate; client_max_window_bits", 1, "Chromium's and ws's offer"},
        {"PerMessage-Deflate ;client_max_window_bits=12", 1, "case and spaces"},
        {"permessage-deflate; server_no_context_takeover; client_no_context_takeover", 1,
         "both no-takeover parameters"},
        {"permessage-deflate; server_max_window_bits=15", 1, "a server window of 15 bits"},
        {"permessage-deflate; server_max_window_bits=\"15\"", 1, "a quoted value"},
        {"permessage-deflate; server_max_window_bits=10", 0,
         "a smaller server window: the shared frame cannot honour it"},
        {"permessage-deflate; server_max_window_bits=10, permessage-deflate", 1,
         "the second offer is taken when the first is not"},
        {"x-webkit-deflate-frame, permessage-deflate; client_max_window_bits", 1,
         "another extension first"},
        {"x-webkit-deflate-frame", 0, "only an extension this server does not speak"},
        {"permessage-deflate; server_max_window_bits", 0, "server_max_window_bits needs a value"},
        {"permessage-deflate; client_max_window_bits=16", 0, "a window past 15 bits"},
        {"permessage-deflate; client_max_window_bits=7", 0, "a window under 8 bits"},
        {"permessage-deflate; client_max_window_bits=09", 0, "a leading zero"},
        {"permessage-deflate; server_no_context_takeover=1", 0, "a flag with a value"},
        {"permessage-deflate; server_no_context_takeover; server_no_context_takeover", 0,
         "a parameter twice"},
        {"permessage-deflate; mystery", 0, "a parameter this server does not know"},
        {"permessage-deflate; client_max_window_bits=\"12", 0, "an open quoted string"},
        {"permessage-deflate;", 0, "a ';' with no parameter"},
        {"permessage-deflate,", 0, "a ',' with no extension after it"},
        {"permessage-deflate junk", 0, "words after the extension"},
        {"permessage-deflate; client_max_window_bits=\"1\\5\"", 0, "an escape in a value"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        is_int(wsz_accepts(cases[i].offer), cases[i].ok, "%s", cases[i].what);
}

/* RFC 7692 7.2.3.1: "Hello" compressed, without the sync flush's tail. */
static const uint8_t HELLO_Z[] = {0xf2, 0x48, 0xcd, 0xc9, 0xc9, 0x07, 0x00};

static void test_inflate(void)
{
    struct buf out;
    buf_init(&out, 1 << 20);

    is_int(wsz_inflate(HELLO_Z, sizeof HELLO_Z, 100, &out), 0, "the RFC's \"Hello\" inflates");
    ok(out.len == 5 && memcmp(out.data, "Hello", 5) == 0, "to Hello");
    /* The same with its block marked final (7.2.3.3 allows it). */
    uint8_t final[sizeof HELLO_Z];
    memcpy(final, HELLO_Z, sizeof final);
    final[0] |= 1;
    is_int(wsz_inflate(final, sizeof final, 100, &out), 0, "a final block inflates too");
    ok(out.len == 5 && memcmp(out.data, "Hello", 5) == 0, "to Hello");
    is_int(wsz_inflate(HELLO_Z, sizeof HELLO_Z, 4, &out), -E2BIG, "past the bound: -E2BIG");
    is_int(wsz_inflate((const uint8_t *)"\xff\xff\xff\xff", 4, 100, &out), -EINVAL,
           "bytes that are no deflate data: -EINVAL");
    is_int(wsz_inflate(NULL, 0, 100, &out), 0, "an empty message inflates to nothing");
    is_int((int)out.len, 0, "(empty)");

    /* A bomb: a megabyte of zeros deflates to about a kilobyte, and is
     * refused at the bound before it is held whole. */
    size_t big = 1 << 20;
    char *zeros = calloc(1, big);
    struct buf z;
    buf_init(&z, 1 << 21);
    is_int(wsz_deflate(zeros, big, &z), 0, "a megabyte of zeros deflates");
    ok(z.len < 4096, "to a few kilobytes");
    is_int(wsz_inflate((const uint8_t *)z.data, z.len, 65536, &out), -E2BIG,
           "inflated against a 64 KiB bound: -E2BIG");
    ok(out.len <= 65536, "and no more than the bound was held");
    is_int(wsz_inflate((const uint8_t *)z.data, z.len, big, &out), 0, "within a bound of 1 MiB");
    ok(out.len == big && memcmp(out.data, zeros, big) == 0, "all of it, byte for byte");
    free(zeros);
    buf_free(&z);
    buf_free(&out);
}

/* French news copy, its accents and quotes, deflated and inflated back,
 * and the shared frame: RSV1 set, a text frame, its payload the message. */
static void test_roundtrip(void)
{
    static const char text[] =
        "{\"type\":\"post\",\"post\":{\"title\":\"Grève à la SNCF : « Nous ne céderons pas », "
        "affirme M. Dupont\",\"html\":\"<p>La grève des contrôleurs entre dans son troisième "
        "jour ; le trafic reste très perturbé, a indiqué la direction.</p>\"}}";
    struct buf z, out;
    size_t n = sizeof text - 1;

    buf_init(&z, 1 << 20);
    buf_init(&out, 1 << 20);
    is_int(wsz_deflate(text, n, &z), 0, "news copy deflates");
    ok(z.len < n, "to fewer bytes (%zu of %zu)", z.len, n);
    is_int(wsz_inflate((const uint8_t *)z.data, z.len, n, &out), 0, "and inflates");
    ok(out.len == n && memcmp(out.data, text, n) == 0, "back to the same bytes");

    struct rcbuf *f = ws_encode_z(text, n);
    ok(f != NULL, "ws_encode_z builds a frame");
    ok(f && (uint8_t)f->data[0] == (0x80 | 0x40 | WS_OP_TEXT), "FIN, RSV1 and text");
    size_t hl = f && ((uint8_t)f->data[1] & 0x7f) == 126 ? 4 : 2;
    ok(f && f->len == hl + z.len && memcmp(f->data + hl, z.data, z.len) == 0,
       "its payload is the message deflated, the same bytes for every connection");
    rcbuf_unref(f);
    buf_free(&z);
    buf_free(&out);
}

int main(void)
{
    test_offers();
    test_inflate();
    test_roundtrip();
    return done_testing();
}
