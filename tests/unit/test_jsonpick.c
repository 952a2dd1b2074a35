/* jsonpick: members picked out of a JSON object's text agree with jansson's
 * full parse (on documents jansson writes, as the store does, and on
 * hand-written ones with every escape), and malformed text is never read
 * past its end. */
#include "tap.h"

#include <jansson.h>
#include <errno.h>
#include <stdint.h>

#include "jsonpick.h"

static const char *const names[] = {"title", "body", "tags", "importance", "missing"};

static void test_basic(void)
{
    const char *s = " { \"x\" : {\"title\": \"no\", \"a\": [1, \"}\", {\"b\": \"]\"}]},"
                    "\"title\":\"Le \\\"Monde\\\" \\u00e9t\\u00E9\\n\",\"body\":\"a\\/b\\\\c\\t\","
                    "\"tags\":[\"fr\", 2, \"\\ud83d\\ude00\", null],\"importance\":3,"
                    "\"title\":\"second\"}";
    struct jspan v[5];
    char out[64];

    is_int(jsonpick(s, strlen(s), names, 5, v), 0, "an object");
    is_int(jsonpick_string(s, v[0], out, sizeof out), 17,
           "the top-level title, not the nested one");
    is_str(out, "Le \"Monde\" \xc3\xa9t\xc3\xa9\n", "escapes and \\u, in either case, unescaped");
    is_int(jsonpick_string_len(s, v[0]), 17, "its length");
    jsonpick_string(s, v[1], out, sizeof out);
    is_str(out, "a/b\\c\t", "\\/ \\\\ \\t");
    ok(v[3].to && strtol(s + v[3].from, NULL, 10) == 3, "a number's span");
    is_int(v[4].to, 0, "an absent member");
    ok(!jsonpick_is_string(s, v[3]), "a number is not a string");
    is_int(jsonpick_string(s, v[3], out, sizeof out), -1, "so it has no string value");

    /* Cut at a character: "é" is two bytes. */
    const char *e = "{\"title\":\"\xc3\xa9\xc3\xa9\xc3\xa9\"}";
    jsonpick(e, strlen(e), names, 1, v);
    is_int(jsonpick_string(e, v[0], out, 4), 2, "cap 4: one whole é, not a half");
    is_int(jsonpick_string(e, v[0], out, 1), 0, "cap 1: nothing");
    is_str(out, "", "and NUL-terminated");

    /* Surrogates. */
    const char *u = "{\"title\":\"\\ud83d\\ude00|\\ud800|\\udc00x\"}";
    jsonpick(u, strlen(u), names, 1, v);
    jsonpick_string(u, v[0], out, sizeof out);
    is_str(out, "\xf0\x9f\x98\x80|\xef\xbf\xbd|\xef\xbf\xbdx",
           "a pair is one character, lone halves U+FFFD");
}

struct tags {
    char got[8][16];
    size_t n;
    const char *s;
};

static void each(struct jspan e, void *arg)
{
    struct tags *t = arg;
    if (t->n < 8 && jsonpick_string(t->s, e, t->got[t->n], sizeof t->got[0]) >= 0)
        t->n++;
}

static void test_array(void)
{
    const char *s = "{\"tags\": [ \"a\" , 1, [\"x\", \"y\"], \"b,c\" ]}";
    struct jspan v[1];
    struct tags t = {.s = s};

    jsonpick(s, strlen(s), (const char *const[]){"tags"}, 1, v);
    is_int(jsonpick_array(s, v[0], each, &t), 4, "four elements, one of them an array");
    is_int(t.n, 2, "two of them strings");
    is_str(t.got[0], "a", "the first");
    is_str(t.got[1], "b,c", "a comma inside a string");
    struct jspan empty = {0, 2};
    is_int(jsonpick_array("[]", empty, each, &t), 0, "an empty array");
    is_int(jsonpick_array("{}", empty, each, &t), -1, "an object is not an array");
}

/* Malformed text: no member is made up, nothing is read past the end
 * (ASan would see it: the copies below have no NUL). */
static void test_malformed(void)
{
    static const char *const bad[] = {
        "",
        "[1]",
        "\"title\"",
        "{",
        "{\"title\"",
        "{\"title\":",
        "{\"title\":\"abc",
        "{\"title\":\"abc\\",
        "{\"title\":{\"a\":[1,2}",
        "{\"title\" \"x\"}",
        "{\"title\":\"\\u12\"}",
        "{\"a\":1 \"title\":\"x\"}",
        "{title:\"x\"}",
    };
    struct jspan v[5];

    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        size_t n = strlen(bad[i]);
        char *copy = malloc(n ? n : 1);
        memcpy(copy, bad[i], n);
        int rc = jsonpick(copy, n, names, 5, v);
        char out[16];
        long got = rc == 0 && v[0].to ? jsonpick_string(copy, v[0], out, sizeof out) : -2;
        ok(rc == -EINVAL || v[0].to == 0 || got >= -1, "malformed %zu (%s): rc %d, title %ld", i,
           bad[i], rc, got);
        free(copy);
    }
    ok(jsonpick("[1]", 3, names, 5, v) == -EINVAL, "an array is not an object");
    const char *trunc = "{\"title\":\"abc";
    jsonpick(trunc, strlen(trunc), names, 5, v);
    is_int(v[0].to, 0, "an unterminated title is absent");
}

/* Documents written by jansson, as the store writes posts: every picked
 * string equals jansson's. */
static void test_against_jansson(void)
{
    static const char *const pieces[] = {"é",    "\"", "\\", "/", "\n", "\t", "«", "»", "😀",
                                         "\x01", "a",  " ",  "}", "]",  ",",  ":", "中"};
    uint32_t seed = 7;
    int agree = 1;

    for (int d = 0; d < 300 && agree; d++) {
        json_t *o = json_object();
        char title[128] = "", body[128] = "";
        for (int k = 0; k < 12; k++) {
            seed = seed * 1103515245 + 12345;
            strcat(title, pieces[(seed >> 16) % (sizeof pieces / sizeof *pieces)]);
            seed = seed * 1103515245 + 12345;
            strcat(body, pieces[(seed >> 16) % (sizeof pieces / sizeof *pieces)]);
        }
        json_object_set_new(o, "html", json_string("<p>{\"title\":\"trap\"}</p>"));
        json_object_set_new(o, "title", json_string(title));
        json_object_set_new(o, "body", json_string(body));
        json_object_set_new(o, "tags", json_pack("[s, s]", title, "x"));
        json_object_set_new(o, "importance", json_integer(d % 4));
        char *text = json_dumps(o, d % 2 ? JSON_COMPACT : JSON_INDENT(2));
        struct jspan v[5];
        char out[512];
        jsonpick(text, strlen(text), names, 5, v);
        jsonpick_string(text, v[0], out, sizeof out);
        agree &= strcmp(out, title) == 0;
        jsonpick_string(text, v[1], out, sizeof out);
        agree &= strcmp(out, body) == 0;
        agree &= strtol(text + v[3].from, NULL, 10) == d % 4;
        if (!agree)
            printf("# disagree on %s\n", text);
        free(text);
        json_decref(o);
    }
    ok(agree, "300 documents written by jansson: the same title, body and importance");
}

static void test_member(void)
{
    const char *s = "{ \"x\": {\"body\": 1}, \"body\" : \"a\\\"b\" ,\"body\":2}";
    struct jspan m;

    is_int(jsonpick_member(s, strlen(s), "body", &m), 0, "a member found");
    is_int((long long)m.from, (long long)(strstr(s, "\"body\" :") - s), "from its key's quote");
    is_int((long long)m.to, (long long)(strstr(s, " ,") - s), "to its value's end");
    is_int(jsonpick_member(s, strlen(s), "x", &m), 0, "the first member");
    is_int((long long)m.from, 2, "its key");
    is_int(jsonpick_member(s, strlen(s), "nope", &m), -ENOENT, "absent");
    is_int((long long)m.to, 0, "absent: an empty span");
    is_int(jsonpick_member("[1]", 3, "body", &m), -EINVAL, "not an object");
    is_int(jsonpick_member("{\"body\":\"open", 14, "body", &m), -ENOENT, "not whole: absent");
}

int main(void)
{
    test_member();
    test_basic();
    test_array();
    test_malformed();
    test_against_jansson();
    return done_testing();
}
