/*
 * json_rand: random jansson values for the JSON writer's and reader's tests
 * (valid UTF-8 strings with every escape and code points of each length,
 * integers over the whole range, reals, literals, nested containers).
 * Deterministic: a fixed xorshift seed.
 */
#ifndef CRIER_TEST_JSON_RAND_H
#define CRIER_TEST_JSON_RAND_H

#include <jansson.h>
#include <stdint.h>
#include <stdio.h>

static uint64_t rnd_state = 0x9e3779b97f4a7c15ULL;
static uint32_t rnd(void)
{
    rnd_state ^= rnd_state << 13;
    rnd_state ^= rnd_state >> 7;
    rnd_state ^= rnd_state << 17;
    return (uint32_t)rnd_state;
}

/* A random valid UTF-8 string: ASCII with every escape, and code points of
 * each length. */
static json_t *rnd_string(void)
{
    char s[96];
    size_t n = 0, want = rnd() % (rnd() % 4 ? 24 : 90);
    while (n < want) {
        uint32_t cp, k = rnd() % 10;
        cp = k < 5   ? rnd() % 0x80
             : k < 7 ? 0x80 + rnd() % 0x780
             : k < 9 ? 0x800 + rnd() % 0xF800
                     : 0x10000 + rnd() % 0x100000;
        if (cp >= 0xD800 && cp <= 0xDFFF)
            cp = 'x';
        if (cp < 0x80) {
            s[n++] = (char)cp;
        } else if (cp < 0x800) {
            s[n++] = (char)(0xC0 | cp >> 6);
            s[n++] = (char)(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            s[n++] = (char)(0xE0 | cp >> 12);
            s[n++] = (char)(0x80 | ((cp >> 6) & 0x3F));
            s[n++] = (char)(0x80 | (cp & 0x3F));
        } else {
            s[n++] = (char)(0xF0 | cp >> 18);
            s[n++] = (char)(0x80 | ((cp >> 12) & 0x3F));
            s[n++] = (char)(0x80 | ((cp >> 6) & 0x3F));
            s[n++] = (char)(0x80 | (cp & 0x3F));
        }
    }
    return json_stringn(s, n);
}

static json_t *rnd_value(int depth)
{
    uint32_t k = rnd() % (depth > 4 ? 6 : 8);
    switch (k) {
    case 0: return rnd_string();
    case 1: return json_integer((json_int_t)(((uint64_t)rnd() << 32) | rnd()));
    case 2: return json_real((double)(int32_t)rnd() / ((rnd() % 1000) + 1));
    case 3: return rnd() % 2 ? json_true() : json_false();
    case 4: return json_null();
    case 5: return json_integer((json_int_t)(rnd() % 100) - 50);
    case 6: {
        json_t *a = json_array();
        for (uint32_t i = rnd() % 5; i > 0; i--)
            json_array_append_new(a, rnd_value(depth + 1));
        return a;
    }
    default: {
        json_t *o = json_object();
        for (uint32_t i = rnd() % 5; i > 0; i--) {
            json_t *key = rnd_string();
            json_object_setn_new(o, json_string_value(key), json_string_length(key),
                                 rnd_value(depth + 1));
            json_decref(key);
        }
        return o;
    }
    }
}

/* A random object or array of one to six members (keys k0 to k9: some repeat). */
static json_t *rnd_top(void)
{
    json_t *top = rnd() % 2 ? json_object() : json_array();
    for (uint32_t i = 1 + rnd() % 6; i > 0; i--) {
        if (json_is_object(top)) {
            char key[16];
            snprintf(key, sizeof key, "k%u", rnd() % 10);
            json_object_set_new(top, key, rnd_value(1));
        } else {
            json_array_append_new(top, rnd_value(1));
        }
    }
    return top;
}

#endif
