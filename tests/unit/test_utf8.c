/* utf8: table of valid/invalid sequences, incremental feeding, and an
 * exhaustive comparison with a naive decoder over all 1-3 byte strings and
 * every 4-byte string that starts with a 4-byte lead. */
#include "tap.h"

#include "utf8.h"

/* Naive reference: decode, then check the code point is canonical. */
static int ref_valid(const uint8_t *p, size_t len)
{
    size_t i = 0;

    while (i < len) {
        uint8_t c = p[i];
        size_t n;
        uint32_t cp, min;
        if (c < 0x80) {
            i++;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            n = 1, cp = c & 0x1F, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            n = 2, cp = c & 0x0F, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            n = 3, cp = c & 0x07, min = 0x10000;
        } else {
            return 0;
        }
        if (len - i - 1 < n)
            return 0;
        for (size_t k = 1; k <= n; k++) {
            if ((p[i + k] & 0xC0) != 0x80)
                return 0;
            cp = cp << 6 | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        i += n + 1;
    }
    return 1;
}

static int bytewise_valid(const uint8_t *p, size_t len)
{
    uint32_t st = UTF8_ACCEPT;
    for (size_t i = 0; i < len; i++)
        st = utf8_step(st, p + i, 1);
    return st == UTF8_ACCEPT;
}

static const struct {
    const char *s;
    int valid;
    const char *name;
} table[] = {
    {"", 1, "empty"},
    {"hello, world", 1, "ASCII"},
    {"\xc3\x89lys\xc3\xa9"
     "e \xc2\xab M. Dupont \xc2\xbb",
     1, "French text with guillemets"},
    {"\xe2\x82\xac", 1, "euro sign U+20AC"},
    {"\xf0\x9f\x93\xb0", 1, "newspaper emoji U+1F4F0"},
    {"\xf4\x8f\xbf\xbf", 1, "U+10FFFF, the last code point"},
    {"\xef\xbf\xbf", 1, "U+FFFF (noncharacter, still valid)"},
    {"\xed\x9f\xbf", 1, "U+D7FF, just below the surrogates"},
    {"\xee\x80\x80", 1, "U+E000, just above the surrogates"},
    {"\xc2\x80", 1, "U+0080, smallest 2-byte"},
    {"\xe0\xa0\x80", 1, "U+0800, smallest 3-byte"},
    {"\xf0\x90\x80\x80", 1, "U+10000, smallest 4-byte"},
    {"\xc0\xaf", 0, "overlong '/' C0 AF"},
    {"\xc1\xbf", 0, "overlong C1 BF"},
    {"\xe0\x80\xaf", 0, "overlong 3-byte '/'"},
    {"\xe0\x9f\xbf", 0, "overlong 3-byte U+07FF"},
    {"\xf0\x80\x80\xaf", 0, "overlong 4-byte '/'"},
    {"\xf0\x8f\xbf\xbf", 0, "overlong 4-byte U+FFFF"},
    {"\xed\xa0\x80", 0, "surrogate U+D800 ED A0 80"},
    {"\xed\xbf\xbf", 0, "surrogate U+DFFF"},
    {"\xed\xa0\xbd\xed\xb2\xa9", 0, "CESU-8 surrogate pair"},
    {"\xf4\x90\x80\x80", 0, "U+110000 F4 90 80 80"},
    {"\xf5\x80\x80\x80", 0, "F5 lead"},
    {"\xff", 0, "FF byte"},
    {"\xfe", 0, "FE byte"},
    {"\x80", 0, "lone continuation"},
    {"a\xbf"
     "b",
     0, "continuation after ASCII"},
    {"\xc3", 0, "truncated 2-byte at end"},
    {"\xe2\x82", 0, "truncated 3-byte at end"},
    {"\xf0\x9f\x93", 0, "truncated 4-byte at end"},
    {"\xc3"
     "a",
     0, "2-byte lead then ASCII"},
    {"\xe2\x82"
     "a",
     0, "truncated 3-byte then ASCII"},
    {"\xf0\x9f\x93\xb0\xf0\x9f", 0, "good emoji then truncated"},
    {"0123456789abcdef\xc3\xa9"
     "0123456789",
     1, "ASCII runs around an accent"},
    {"0123456789abcdef\xc3"
     "0123456789",
     0, "ASCII runs around a broken lead"},
};

int main(void)
{
    size_t i;

    for (i = 0; i < sizeof table / sizeof table[0]; i++) {
        const uint8_t *p = (const uint8_t *)table[i].s;
        size_t n = strlen(table[i].s);
        is_int(utf8_valid(p, n), table[i].valid, "utf8_valid: %s", table[i].name);
        is_int(bytewise_valid(p, n), table[i].valid, "byte at a time: %s", table[i].name);
        is_int(ref_valid(p, n), table[i].valid, "reference agrees: %s", table[i].name);
    }

    /* States: mid-character is neither ACCEPT nor REJECT; REJECT is sticky. */
    uint32_t st = utf8_step(UTF8_ACCEPT, (const uint8_t *)"\xe2\x82", 2);
    ok(st != UTF8_ACCEPT && st != UTF8_REJECT, "mid-character state is distinct");
    is_int(utf8_step(st, (const uint8_t *)"\xac", 1), UTF8_ACCEPT, "completing the euro sign");
    st = utf8_step(UTF8_ACCEPT, (const uint8_t *)"\xc0", 1);
    is_int(st, UTF8_REJECT, "C0 rejects at once");
    is_int(utf8_step(st, (const uint8_t *)"abc", 3), UTF8_REJECT, "REJECT is sticky");
    st = utf8_step(UTF8_ACCEPT, (const uint8_t *)"\xed", 1);
    is_int(utf8_step(st, (const uint8_t *)"\xa0", 1), UTF8_REJECT,
           "surrogate rejected at its second byte");
    st = utf8_step(UTF8_ACCEPT, (const uint8_t *)"\xf4", 1);
    is_int(utf8_step(st, (const uint8_t *)"\x90", 1), UTF8_REJECT,
           "past U+10FFFF rejected at its second byte");

    /* Exhaustive against the reference. */
    long bad = 0;
    uint8_t b[4];
    for (unsigned x = 0; x < 256; x++) {
        b[0] = (uint8_t)x;
        bad += utf8_valid(b, 1) != ref_valid(b, 1);
        for (unsigned y = 0; y < 256; y++) {
            b[1] = (uint8_t)y;
            bad += utf8_valid(b, 2) != ref_valid(b, 2);
            for (unsigned z = 0; z < 256; z++) {
                b[2] = (uint8_t)z;
                bad += utf8_valid(b, 3) != ref_valid(b, 3);
            }
        }
    }
    is_int(bad, 0, "all 1-, 2- and 3-byte strings agree with the reference");
    bad = 0;
    for (unsigned x = 0xF0; x < 0x100; x++)
        for (unsigned y = 0; y < 256; y++)
            for (unsigned z = 0x70; z < 0xD0; z++)
                for (unsigned w = 0x70; w < 0xD0; w++) {
                    b[0] = (uint8_t)x, b[1] = (uint8_t)y, b[2] = (uint8_t)z, b[3] = (uint8_t)w;
                    bad += utf8_valid(b, 4) != ref_valid(b, 4);
                }
    is_int(bad, 0, "4-byte strings with a 4-byte lead agree with the reference");

    return done_testing();
}
