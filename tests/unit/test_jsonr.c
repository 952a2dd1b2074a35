/* jsonr: every text gets jansson's answer. What the fast path reads equals
 * what json_loadb reads; what it leaves (reals, \u0000, repeated keys, deep
 * nesting, every malformed text) goes to jansson, error message included.
 * Random trees written by jansson, and the same texts with bytes changed,
 * are read both ways. */
#include "tap.h"

#include <jansson.h>
#include <stdint.h>

#include "json_rand.h"
#include "jsonr.h"

/* 1 when jsonr_loadb and json_loadb agree on text (the value, or the error
 * text); *fast tells whether the fast path read it. */
static int agree(const char *text, size_t n, size_t flags, int *fast)
{
    json_error_t e1, e2;
    json_t *want = json_loadb(text, n, flags, &e1);
    json_t *quick = jsonr_parse(text, n);
    json_t *got = jsonr_loadb(text, n, flags, &e2);
    int eq = want && got ? json_equal(want, got) : !want && !got && !strcmp(e1.text, e2.text);
    /* the fast path never takes a text jansson refuses, nor reads it otherwise */
    if (quick && (!want || !json_equal(quick, want)))
        eq = 0;
    if (fast)
        *fast = quick != NULL;
    json_decref(want);
    json_decref(quick);
    json_decref(got);
    return eq;
}

static int agree_s(const char *text, size_t flags, int *fast)
{
    return agree(text, strlen(text), flags, fast);
}

static void test_fast(void)
{
    static const char *const texts[] = {
        "{}",
        " [ ] ",
        "{\"title\":\"« M. Dupont » à l'Élysée\",\"tags\":[\"fr\",\"grève\"],\"importance\":2}",
        "{\"e\":\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u00C9 \\u2019 \\ud83d\\ude00\"}",
        "[9223372036854775807,-9223372036854775808,0,-0,1,-1]",
        "[true,false,null,[],{},[[{\"a\":[null]}]]]",
        "\r\n\t{ \"a\" : 1 , \"\" : \"\" }\n",
        "{\"k\\u00e9y\":\"a key with an escape\",\"plain\":\"0123456789abcdefghijklmnopqrstuvwxyz\"}",
    };
    int all = 1, fast = 0, every = 1;
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        all &= agree_s(texts[i], JSON_REJECT_DUPLICATES, &fast);
        every &= fast;
        if (!fast)
            printf("# slow: %s\n", texts[i]);
    }
    ok(all, "the fast path reads what jansson reads");
    ok(every, "and takes every one of these");
}

static void test_left(void)
{
    static const char *const texts[] = {
        "[1.5]",
        "[1e3]",
        "[-2.0E-3]",
        "{\"a\":\"\\u0000\"}",
        "{\"a\\u0000\":1}",
        "{\"a\":1,\"a\":2}",
        "[\"\\ud83d\"]",
        "[\"\\ude00\"]",
        "[\"\\ud83d\\u0041\"]",
        "[\"\\x\"]",
        "[\"\\u12\"]",
        "[\"\\u12G4\"]",
        "[1,]",
        "{\"a\":1,}",
        "[01]",
        "[-]",
        "[-01]",
        "[9223372036854775808]",
        "[-9223372036854775809]",
        "[99999999999999999999999]",
        "\"scalar\"",
        "1",
        "null",
        "",
        "   ",
        "[1] x",
        "[1][2]",
        "[truex]",
        "[nul]",
        "{a:1}",
        "{\"a\" 1}",
        "[\"a\tb\"]",
        "[\"a\nb\"]",
        "[\"\xc3\"]",
        "[\"\xed\xa0\x80\"]",
        "[\"\xc0\xaf\"]",
        "[\"\xf4\x90\x80\x80\"]",
        "\xef\xbb\xbf[1]",
        "[\"unterminated]",
        "{\"a\":[1,2}",
        "[1 2]",
        "{\"a\":1 \"b\":2}",
        "[\"abc\\",
        "[\"\\u",
        "[+1]",
        "[.5]",
        "[Infinity]",
        "[NaN]",
        "['a']",
    };
    int all = 1, fast = 0, none = 1;
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        for (int f = 0; f < 2; f++) {
            size_t flags = f ? JSON_REJECT_DUPLICATES : 0;
            if (!agree_s(texts[i], flags, &fast)) {
                all = 0;
                printf("# disagree (flags %zu): %s\n", flags, texts[i]);
            }
            none &= !fast;
        }
    }
    ok(all, "what the fast path leaves gets jansson's answer, value or error");
    ok(none, "and the fast path takes none of them");

    const char nul[] = "[\"a\0b\"]";
    ok(agree(nul, sizeof nul - 1, 0, &fast) && !fast, "a NUL byte in the text");

    json_t *dup = jsonr_loadb("{\"a\":1,\"a\":2}", 13, 0, NULL);
    is_int(json_integer_value(json_object_get(dup, "a")), 2,
           "without the flag, jansson's last value");
    json_decref(dup);
    json_error_t e;
    ok(!jsonr_loadb("{\"a\":1,\"a\":2}", 13, JSON_REJECT_DUPLICATES, &e) &&
           strstr(e.text, "duplicate"),
       "with it, jansson's error: %s", e.text);
    ok(!jsonr_loadb("[1", 2, 0, &e) && e.line == 1 && e.column > 0, "an error has its place");
}

static void test_depth(void)
{
    char text[2 * (JSONR_DEPTH_MAX + 1) + 1];
    int fast;
    for (int d = JSONR_DEPTH_MAX; d <= JSONR_DEPTH_MAX + 1; d++) {
        memset(text, '[', (size_t)d);
        memset(text + d, ']', (size_t)d);
        text[2 * d] = '\0';
        ok(agree_s(text, 0, &fast) && fast == (d == JSONR_DEPTH_MAX), "%d levels: %s", d,
           fast ? "fast" : "jansson");
    }
}

/* Random trees as jansson writes them (compact or indented), read back;
 * then each text with one byte changed, read both ways. */
static void test_random(void)
{
    int all = 1, n, took = 0, mutated = 0;
    for (n = 0; n < 2000 && all; n++) {
        json_t *top = rnd_top();
        size_t flags = rnd() % 2 ? JSON_COMPACT : JSON_INDENT(rnd() % 4);
        if (rnd() % 2)
            flags |= JSON_ENSURE_ASCII;
        char *text = json_dumps(top, flags);
        int fast;
        all &= agree_s(text, JSON_REJECT_DUPLICATES, &fast);
        took += fast;
        size_t len = strlen(text);
        for (int m = 0; m < 8 && all; m++) {
            char *bad = strdup(text);
            static const char pick[] = "\"\\{}[],:0-eu\x01\xc3";
            bad[rnd() % len] = rnd() % 2 ? (char)(rnd() % 256) : pick[rnd() % 15];
            int ok1 = agree(bad, len, 0, &fast);
            mutated += fast;
            if (!ok1)
                printf("# disagree: %s\n", bad);
            all &= ok1;
            free(bad);
        }
        free(text);
        json_decref(top);
    }
    ok(all,
       "2,000 random texts and 16,000 changed ones: jansson's answer every time (stopped at %d)",
       n);
    ok(took > 500, "the fast path read %d of the 2,000 (the others hold a real)", took);
    ok(mutated > 300, "and %d of the changed texts", mutated);
}

int main(void)
{
    test_fast();
    test_left();
    test_depth();
    test_random();
    return done_testing();
}
