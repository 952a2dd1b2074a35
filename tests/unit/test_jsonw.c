/* jsonw: what it writes is byte for byte what json_dumps(v, JSON_COMPACT)
 * writes, on hand-made values with every escape and on random trees, and it
 * refuses what jansson refuses (a scalar at the top, a string that is not
 * UTF-8) without leaving anything in the buffer. */
#include "tap.h"

#include <errno.h>
#include <jansson.h>
#include <stdint.h>

#include "json_rand.h"
#include "jsonw.h"

/* 1 when jsonw and jansson agree on v (both NULL counts). */
static int same(const json_t *v, const char *what)
{
    char *want = json_dumps(v, JSON_COMPACT), *got = jsonw_dumps(v);
    int eq = want && got ? strcmp(want, got) == 0 : want == got;
    if (!eq)
        printf("# %s\n#   jansson %s\n#   jsonw   %s\n", what, want ? want : "(null)",
               got ? got : "(null)");
    free(want);
    free(got);
    return eq;
}

static void test_fixed(void)
{
    json_t *o = json_object();
    json_object_set_new(o, "title", json_string("« M. Dupont » à l'Élysée : \"oui\" \\ / ☃ 😀"));
    json_object_set_new(o, "ctl", json_stringn("a\0b\x01\x1f\b\f\n\r\t\x7f", 12));
    json_object_set_new(o, "min", json_integer(INT64_MIN));
    json_object_set_new(o, "max", json_integer(INT64_MAX));
    json_object_set_new(o, "zero", json_integer(0));
    json_object_set_new(o, "neg", json_integer(-42));
    json_object_set_new(o, "real", json_real(0.1));
    json_object_set_new(o, "whole", json_real(3.0));
    json_object_set_new(o, "big", json_real(1e300));
    json_object_set_new(o, "t", json_true());
    json_object_set_new(o, "f", json_false());
    json_object_set_new(o, "n", json_null());
    json_object_set_new(o, "empty_o", json_object());
    json_object_set_new(o, "empty_a", json_array());
    json_object_set_new(o, "", json_string(""));
    json_object_setn_new(o, "k\0ey", 4, json_string("a key with a NUL"));
    json_object_set_new(o, "a",
                        json_pack("[i, s, [], {}, [[null]], {s:{s:[]}}]", 1, "x", "y", "z"));
    ok(same(o, "every kind"), "every kind of value, every escape, in jansson's order");

    struct buf b;
    buf_init(&b, 1 << 20);
    buf_appends(&b, "prefix:");
    is_int(jsonw_append(&b, o), 0, "appended");
    char *want = json_dumps(o, JSON_COMPACT);
    ok(!strncmp(b.data, "prefix:", 7) && !strcmp(b.data + 7, want), "after what the buffer held");
    free(want);

    size_t len = b.len;
    json_t *bad = json_pack("{s:s}", "ok", "fine");
    json_object_set_new(bad, "bad", json_stringn_nocheck("\xc3\x28", 2));
    is_int(jsonw_append(&b, bad), -EINVAL, "a string that is not UTF-8 is refused");
    is_int(b.len, len, "and the buffer keeps its length");
    ok(same(bad, "not UTF-8"), "as jansson refuses it");
    json_decref(bad);

    struct buf small;
    buf_init(&small, 10);
    is_int(jsonw_append(&small, o), -ENOBUFS, "past the buffer's limit");
    is_int(small.len, 0, "nothing left behind");
    buf_free(&small);
    buf_free(&b);
    json_decref(o);

    json_t *s = json_string("scalar");
    ok(jsonw_dumps(s) == NULL && same(s, "scalar"), "a scalar at the top is refused, as jansson");
    json_decref(s);
    ok(jsonw_dumps(NULL) == NULL, "NULL is refused");
}

/* Each invalid sequence, inside an array: refused by both. */
static void test_utf8(void)
{
    static const char *const bad[] = {
        "\x80",
        "\xbf",
        "\xc0\xaf",
        "\xc1\xbf",
        "\xc3",
        "\xe0\x80\xaf",
        "\xe0\x9f\xbf",
        "\xed\xa0\x80",
        "\xed\xbf\xbf",
        "\xef\xbf",
        "\xf0\x80\x80\x80",
        "\xf0\x8f\xbf\xbf",
        "\xf4\x90\x80\x80",
        "\xf5\x80\x80\x80",
        "\xff",
        "\xc3\xc3",
        "a\xe2\x82",
    };
    static const char *const good[] = {
        "\xc2\x80",     "\xdf\xbf",     "\xe0\xa0\x80",     "\xed\x9f\xbf",
        "\xee\x80\x80", "\xef\xbf\xbf", "\xf0\x90\x80\x80", "\xf4\x8f\xbf\xbf",
    };
    int all = 1;
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        json_t *a = json_array();
        json_array_append_new(a, json_stringn_nocheck(bad[i], strlen(bad[i])));
        all &= jsonw_dumps(a) == NULL && same(a, bad[i]);
        json_decref(a);
    }
    ok(all, "every invalid sequence is refused, as jansson refuses it");
    all = 1;
    for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
        json_t *a = json_array();
        json_array_append_new(a, json_string(good[i]));
        all &= same(a, good[i]);
        json_decref(a);
    }
    ok(all, "every edge of the valid ranges is written as jansson writes it");
}

static void test_random(void)
{
    int all = 1, n;
    for (n = 0; n < 3000 && all; n++) {
        json_t *top = rnd_top();
        all = same(top, "a random tree");
        json_decref(top);
    }
    ok(all, "3,000 random trees written as jansson writes them (stopped at %d)", n);
}

/* Long plain runs go eight bytes at a time: an escape or a non-ASCII byte at
 * each position of a 40-byte run is still found. */
static void test_runs(void)
{
    static const char *const odd[] = {"\"",       "\\",           "\n",   "\x01", "\x1f",
                                      "\xc3\xa9", "\xe2\x80\x99", "\x7f", " ",    "~"};
    int all = 1;
    for (size_t k = 0; k < sizeof odd / sizeof *odd; k++)
        for (size_t at = 0; at <= 40; at++) {
            char s[64];
            memset(s, 'a', 40);
            memcpy(s + at, odd[k], strlen(odd[k]));
            size_t n = at + strlen(odd[k]) > 40 ? at + strlen(odd[k]) : 40;
            json_t *a = json_array();
            json_array_append_new(a, json_stringn(s, n));
            all &= same(a, "a long run");
            json_decref(a);
        }
    json_t *a = json_array();
    json_array_append_new(a, json_stringn_nocheck("aaaaaaaaaaaaaaaa\xc3", 17));
    all &= jsonw_dumps(a) == NULL;
    json_decref(a);
    ok(all, "a byte to escape or check at any place of a long run");
}

static void test_depth(void)
{
    json_t *top = json_array(), *cur = top;
    for (int i = 1; i < JSONW_DEPTH_MAX; i++) {
        json_t *a = json_array();
        json_array_append_new(cur, a);
        cur = a;
    }
    char *text = jsonw_dumps(top);
    ok(text && strlen(text) == 2 * JSONW_DEPTH_MAX, "JSONW_DEPTH_MAX levels are written");
    free(text);
    json_array_append_new(cur, json_array());
    ok(jsonw_dumps(top) == NULL, "one more is refused");
    json_decref(top);
}

int main(void)
{
    test_fixed();
    test_utf8();
    test_random();
    test_runs();
    test_depth();
    return done_testing();
}
