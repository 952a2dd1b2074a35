/* The grouping text and its words at the edges of their fast paths
 * (bench/README.md, issue 11, round 104): put_inline()'s runs of plain
 * bytes and whole UTF-8 characters against the title's byte limit, invalid
 * bytes, URLs, entities and emphasis (digest_text.c), and the shape of the
 * words digest_scan()'s ASCII loop counts (digest_scan.c). Each expected
 * value is what the code before that round gives. */
#include "tap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "digest.h"
#include "digest_int.h"

/* The title of a post with title t and no body, as digest_build_text()
 * reads it, into o (NUL-terminated). */
static void title_of(const char *t, char *o, size_t cap)
{
    struct digest_post p;
    struct buf raw;

    memset(&p, 0, sizeof p);
    p.lang = "fr";
    p.title = t;
    buf_init(&raw, TITLE_BYTES + DIGEST_TEXT_BYTES + 64); /* the reader's bound */
    size_t end = digest_build_text(&p, &raw);
    if (end >= cap)
        end = cap - 1;
    memcpy(o, raw.data, end);
    o[end] = '\0';
    buf_free(&raw);
}

static void test_title_limit(void)
{
    char t[700], o[700], want[700];

    /* An 'é' that would cross the limit is left out whole. */
    memset(t, 'a', TITLE_BYTES - 1);
    strcpy(t + TITLE_BYTES - 1, "\xc3\xa9"
                                "bcd");
    title_of(t, o, sizeof o);
    memset(want, 'a', TITLE_BYTES - 1);
    want[TITLE_BYTES - 1] = '\0';
    is_str(o, want, "a character that would cross the limit is not cut");

    /* One that ends on the limit is kept, and nothing after it. */
    memset(t, 'a', TITLE_BYTES - 2);
    strcpy(t + TITLE_BYTES - 2, "\xc3\xa9"
                                "bcd");
    title_of(t, o, sizeof o);
    memset(want, 'a', TITLE_BYTES - 2);
    strcpy(want + TITLE_BYTES - 2, "\xc3\xa9");
    is_str(o, want, "a character that ends on the limit is kept");

    /* ASCII is cut at the limit itself. */
    memset(t, 'a', 600);
    t[600] = '\0';
    title_of(t, o, sizeof o);
    ok(strlen(o) == TITLE_BYTES && o[0] == 'a' && o[TITLE_BYTES - 1] == 'a',
       "ASCII is cut at the limit");
    memset(t, 'a', TITLE_BYTES - 1);
    strcpy(t + TITLE_BYTES - 1, "bcd");
    title_of(t, o, sizeof o);
    ok(strlen(o) == TITLE_BYTES && o[TITLE_BYTES - 1] == 'b', "the limit's last byte is kept");
}

static void test_title_bytes(void)
{
    char o[256];

    title_of("ab\xff"
             "cd",
             o, sizeof o);
    is_str(o, "ab cd", "an invalid byte becomes a space");
    title_of("ab\xed\xa0\x80"
             "cd",
             o, sizeof o);
    is_str(o, "ab   cd", "a surrogate's bytes become a space each");
    title_of("caf\xc3\xa9 \xe2\x80\x94 na\xc3\xafve \xf0\x9f\x94\xa5 feu", o, sizeof o);
    is_str(o, "caf\xc3\xa9 \xe2\x80\x94 na\xc3\xafve \xf0\x9f\x94\xa5 feu",
           "valid characters of 2, 3 and 4 bytes are copied as they are");
    title_of("Br\xc3\xa9zillet http://x.example/z wharf", o, sizeof o);
    is_str(o, "Br\xc3\xa9zillet  wharf", "a URL goes, the 'w' of a word after it stays");
    title_of("the www.example.org page with whom", o, sizeof o);
    is_str(o, "the  page with whom", "a www. address goes, 'with' and 'whom' stay");
    title_of("Feu \xc3\xa0 l'h\xc3\xb4pital (Photo Albion News) : *trois* bless\xc3\xa9s", o,
             sizeof o);
    is_str(o, "Feu \xc3\xa0 l'h\xc3\xb4pital (Photo Albion News) : trois bless\xc3\xa9s",
           "emphasis goes between characters of two bytes (a title keeps its parentheses)");
    title_of("Q&amp;A: [the fire](http://x.example) at <b>night</b>", o, sizeof o);
    is_str(o, "Q A: [the fire  at  night ", "entities, link targets and tags go");
}

/* The token of sc at index i, or NULL. */
static const struct tok *tok_at(const struct scratch *sc, size_t i)
{
    return i < sc->nt ? &sc->t[i] : NULL;
}

static void test_scan_shape(void)
{
    struct scratch sc;
    const char *text = "NASA 2026 3e Paris \xc3\xa9t\xc3\xa9 ABCDEFG x7 A\xc3\x89RO Ab\xc3\xa9";

    digest_scratch_init(&sc);
    buf_reset(&sc.raw);
    buf_append(&sc.raw, text, strlen(text));
    ok(digest_scan(&sc) == 0 && sc.nt == 9, "nine words");
    const struct tok *t = tok_at(&sc, 0);
    ok(t && t->cap && t->allcaps && !t->digits && t->dpre == 0 && t->fn == 4 &&
           memcmp(t->fw, "nasa", 4) == 0,
       "NASA: capital, all capitals, folded");
    t = tok_at(&sc, 1);
    ok(t && !t->cap && !t->allcaps && t->digits && t->dpre == 4,
       "2026: digits, four of them first");
    t = tok_at(&sc, 2);
    ok(t && !t->digits && t->dpre == 1 && !t->allcaps, "3e: one digit first, not only digits");
    t = tok_at(&sc, 3);
    ok(t && t->cap && !t->allcaps && t->fn == 5 && memcmp(t->fw, "paris", 5) == 0,
       "Paris: a capital, not all capitals");
    t = tok_at(&sc, 4);
    ok(t && !t->cap && t->fn == 3 && memcmp(t->fw, "ete", 3) == 0, "ete: folded, lower case");
    t = tok_at(&sc, 5);
    ok(t && t->cap && !t->allcaps, "ABCDEFG: seven letters are not an acronym's");
    t = tok_at(&sc, 6);
    ok(t && !t->cap && !t->allcaps && !t->digits && t->dpre == 0, "x7: no capital, no lead digit");
    t = tok_at(&sc, 7);
    ok(t && t->cap && t->allcaps && t->fn == 4 && memcmp(t->fw, "aero", 4) == 0,
       "AERO: all capitals across a two-byte letter");
    t = tok_at(&sc, 8);
    ok(t && t->cap && !t->allcaps && t->fn == 3 && memcmp(t->fw, "abe", 3) == 0,
       "Abe: a lower-case two-byte letter after ASCII");
    digest_scratch_free(&sc);
}

int main(void)
{
    digest_tables_init();
    test_title_limit();
    test_title_bytes();
    test_scan_shape();
    return done_testing();
}
