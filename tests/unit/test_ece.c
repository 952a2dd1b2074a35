/* Unit tests for src/ece.c: the published vectors (RFC 8291 Appendix A,
 * RFC 8188 section 3.1 and 3.2) byte for byte, round trips with fresh keys,
 * what must be refused (a forged tag, the wrong auth secret, a point off the
 * curve or compressed, a plaintext too long, a message cut short), and the
 * npm package http_ece (an independent implementation, through
 * tests/unit/push_check.mjs) opening what ece_encrypt made and making what
 * ece_decrypt opens. */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/rand.h>

#include "ece.h"
#include "tap.h"
#include "token.h"

/* ---- base64url, both ways ---- */

static int b64v(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    return c == '-' ? 62 : c == '_' ? 63 : -1;
}

/* Decodes s (no padding) into out: the length, or -1. */
static int unb64(const char *s, uint8_t *out, size_t cap)
{
    unsigned acc = 0;
    int bits = 0;
    size_t o = 0;
    for (; *s && *s != '\n'; s++) {
        int v = b64v(*s);
        if (v < 0)
            return -1;
        acc = acc << 6 | (unsigned)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            if (o == cap)
                return -1;
            out[o++] = (uint8_t)(acc >> bits);
        }
    }
    return (int)o;
}

/* base64url of p[0..n) in a static buffer (one at a time). */
static const char *b64(const uint8_t *p, size_t n)
{
    static char out[4 * (ECE_BODY_MAX + 2) / 3 + 8];
    if (4 * ((n + 2) / 3) + 1 > sizeof out)
        return "(too long)";
    token_encode(p, n, out);
    return out;
}

/* ---- RFC 8291 Appendix A ---- */

static const char A_PLAIN[] = "When I grow up, I want to be a watermelon";
static const char A_AS_PUBLIC[] =
    "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8";
static const char A_AS_PRIVATE[] = "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw";
static const char A_UA_PUBLIC[] =
    "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
static const char A_UA_PRIVATE[] = "q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94";
static const char A_AUTH[] = "BTBZMqHH6r4Tts7J_aSIgg";
static const char A_SALT[] = "DGv6ra1nlYgDCS1FRnbzlw";
static const char A_BODY[] = "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27ml"
                             "mlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPT"
                             "pK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN";

static uint8_t ua_pub[ECE_PUBLIC_LEN], ua_priv[32], as_pub[ECE_PUBLIC_LEN], as_priv[32],
    auth[ECE_AUTH_LEN], salt[ECE_SALT_LEN];

static void load_appendix_a(void)
{
    int ok_ = unb64(A_UA_PUBLIC, ua_pub, sizeof ua_pub) == ECE_PUBLIC_LEN &&
              unb64(A_UA_PRIVATE, ua_priv, sizeof ua_priv) == 32 &&
              unb64(A_AS_PUBLIC, as_pub, sizeof as_pub) == ECE_PUBLIC_LEN &&
              unb64(A_AS_PRIVATE, as_priv, sizeof as_priv) == 32 &&
              unb64(A_AUTH, auth, sizeof auth) == ECE_AUTH_LEN &&
              unb64(A_SALT, salt, sizeof salt) == ECE_SALT_LEN;
    if (!ok_) {
        printf("Bail out! the Appendix A values do not decode\n");
        exit(1);
    }
}

static void test_rfc8291(void)
{
    uint8_t out[ECE_BODY_MAX], pub[ECE_PUBLIC_LEN], plain[ECE_BODY_MAX];
    size_t n = 0, pn = 0;
    struct ece_fixed fx = {.as_private = as_priv, .salt = salt};

    is_int(ece_public_of(as_priv, pub), 0, "the AS public key from its private key");
    is_str(b64(pub, sizeof pub), A_AS_PUBLIC, "as in Appendix A");
    is_int(ece_public_of(ua_priv, pub), 0, "the UA public key from its private key");
    is_str(b64(pub, sizeof pub), A_UA_PUBLIC, "as in Appendix A");

    is_int(ece_encrypt(ua_pub, auth, A_PLAIN, strlen(A_PLAIN), &fx, out, &n), 0,
           "Appendix A encrypts");
    is_int(n, ECE_HEADER_LEN + strlen(A_PLAIN) + 17, "header, text, delimiter, tag");
    is_str(b64(out, n), A_BODY, "the body of RFC 8291 Appendix A, byte for byte");

    uint8_t body[256];
    int bn = unb64(A_BODY, body, sizeof body);
    is_int(ece_decrypt(ua_priv, ua_pub, auth, body, (size_t)bn, plain, &pn), 0,
           "the UA decrypts the RFC's body");
    ok(pn == strlen(A_PLAIN) && memcmp(plain, A_PLAIN, pn) == 0, "to the RFC's plaintext");
    is_int(ece_decrypt(ua_priv, as_pub, auth, body, (size_t)bn, plain, &pn), -EINVAL,
           "a public key that is not the private key's is refused");
}

/* ---- RFC 8188 section 3 ---- */

static const char K31[] = "yqdlZ-tYemfogSmv7Ws5PQ";
static const char S31[] = "I1BsxtFttlv3u_Oo94xnmw";
static const char B31[] = "I1BsxtFttlv3u_Oo94xnmwAAEAAA-NAVub2qFgBEuQKRapoZu-IxkIva3MEB1PD-ly8Thjg";
static const char K32[] = "BO3ZVPxUlnLORbVGMpbT1Q";
static const char B32[] = "uNCkWiNYzKTnBN9ji3-qWAAAABkCYTHOG8chz_gnvgOqdGYovxyjuqRyJFjEDyoF"
                          "1Fvkj6hQPdPHI51OEUKEpgz3SsLWIqS_uA";
static const char WALRUS[] = "I am the walrus";

static void test_rfc8188_single(void)
{
    uint8_t key[16], s[16], body[128], out[128], plain[128];
    size_t n = 0, pn = 0;
    int bn = unb64(B31, body, sizeof body);

    ok(unb64(K31, key, 16) == 16 && unb64(S31, s, 16) == 16 && bn > 0, "3.1 decodes");
    is_int(ece_decrypt_key(key, body, (size_t)bn, plain, &pn), 0, "3.1 decrypts");
    ok(pn == strlen(WALRUS) && memcmp(plain, WALRUS, pn) == 0, "to \"I am the walrus\"");
    is_int(ece_encrypt_key(key, s, 4096, NULL, 0, WALRUS, strlen(WALRUS), out, &n), 0,
           "3.1 encrypts");
    is_str(b64(out, n), B31, "the body of RFC 8188 section 3.1, byte for byte");
    key[0] ^= 1;
    is_int(ece_decrypt_key(key, body, (size_t)bn, plain, &pn), -EBADMSG, "another key fails");
}

/* Section 3.2 pads its first record with one 0x00; ece_encrypt_key does not
 * pad, so its records split the text one byte later. Same key, salt and
 * sequence numbers give the same AES-GCM key stream: both messages must
 * XOR to it. */
static void test_rfc8188_records(void)
{
    uint8_t key[16], body[128], out[128], plain[128], ks_rfc[9], ks_ours[9];
    const uint8_t rfc0[9] = {'I', ' ', 'a', 'm', ' ', 't', 'h', 1, 0};
    const uint8_t rfc1[9] = {'e', ' ', 'w', 'a', 'l', 'r', 'u', 's', 2};
    const uint8_t ours0[9] = {'I', ' ', 'a', 'm', ' ', 't', 'h', 'e', 1};
    const uint8_t ours1[8] = {' ', 'w', 'a', 'l', 'r', 'u', 's', 2};
    size_t n = 0, pn = 0, hl = 21 + 2;
    int bn = unb64(B32, body, sizeof body);

    ok(unb64(K32, key, 16) == 16 && bn == 73, "3.2 decodes (73 bytes)");
    is_int(ece_decrypt_key(key, body, (size_t)bn, plain, &pn), 0,
           "3.2 decrypts: two records, keyid \"a1\", a padded record");
    ok(pn == strlen(WALRUS) && memcmp(plain, WALRUS, pn) == 0, "to \"I am the walrus\"");
    is_int(ece_decrypt_key(key, body, hl + 25, plain, &pn), -EBADMSG,
           "cut after its first record: refused (a 0x01 delimiter ends it)");
    is_int(ece_decrypt_key(key, body, hl + 25 + 20, plain, &pn), -EBADMSG,
           "cut inside its last record: the tag fails");
    is_int(ece_decrypt_key(key, body, hl + 10, plain, &pn), -EINVAL,
           "a record too short to hold a tag: malformed");

    is_int(
        ece_encrypt_key(key, body, 25, (const uint8_t *)"a1", 2, WALRUS, strlen(WALRUS), out, &n),
        0, "re-encrypted with the RFC's salt, rs 25 and keyid");
    is_int(n, hl + 25 + 24, "a full record of 8 bytes and one of 7");
    ok(memcmp(out, body, hl) == 0, "the same header as the RFC's");
    for (int i = 0; i < 9; i++) {
        ks_rfc[i] = body[hl + i] ^ rfc0[i];
        ks_ours[i] = out[hl + i] ^ ours0[i];
    }
    ok(memcmp(ks_rfc, ks_ours, 9) == 0, "record 0 under the RFC's key stream");
    for (int i = 0; i < 8; i++) {
        ks_rfc[i] = body[hl + 25 + i] ^ rfc1[i];
        ks_ours[i] = out[hl + 25 + i] ^ ours1[i];
    }
    ok(memcmp(ks_rfc, ks_ours, 8) == 0, "record 1 under the RFC's key stream (nonce XOR 1)");
    is_int(ece_decrypt_key(key, out, n, plain, &pn), 0, "and it decrypts");
    ok(pn == strlen(WALRUS) && memcmp(plain, WALRUS, pn) == 0, "to the same text");

    /* Records out of order: each is authentic, but not at its place. */
    uint8_t swapped[128];
    memcpy(swapped, out, n);
    memcpy(swapped + hl, out + hl + 25, 24);
    memcpy(swapped + hl + 24, out + hl, 25);
    is_int(ece_decrypt_key(key, swapped, n, plain, &pn), -EBADMSG, "records swapped: refused");
    is_int(ece_encrypt_key(key, body, 17, NULL, 0, WALRUS, 3, out, &n), -EINVAL,
           "rs 17 holds no data: refused");
}

/* ---- fresh keys ---- */

/* A receiver's key pair, as a browser would make it. */
static void ua_keys(uint8_t priv[32], uint8_t pub[ECE_PUBLIC_LEN], uint8_t a[ECE_AUTH_LEN])
{
    do
        RAND_bytes(priv, 32);
    while (ece_public_of(priv, pub) != 0);
    RAND_bytes(a, ECE_AUTH_LEN);
}

static void test_round_trip(void)
{
    uint8_t priv[32], pub[ECE_PUBLIC_LEN], a[ECE_AUTH_LEN], text[ECE_PLAIN_MAX + 1];
    uint8_t m1[ECE_BODY_MAX + 32], m2[ECE_BODY_MAX + 32], plain[ECE_BODY_MAX + 32];
    size_t n1 = 0, n2 = 0, pn = 0;

    ua_keys(priv, pub, a);
    RAND_bytes(text, sizeof text);
    is_int(ece_check_public(pub), 0, "a fresh public key is on the curve");
    is_int(ece_encrypt(pub, a, text, 300, NULL, m1, &n1), 0, "encrypts to a fresh key");
    is_int(ece_encrypt(pub, a, text, 300, NULL, m2, &n2), 0, "twice");
    is_int(n1, ECE_HEADER_LEN + 300 + 17, "one record");
    is_int(m1[16] << 24 | m1[17] << 16 | m1[18] << 8 | m1[19], ECE_RECORD_SIZE, "rs 4096");
    is_int(m1[20], ECE_PUBLIC_LEN, "the keyid is a public key");
    ok(memcmp(m1, m2, ECE_SALT_LEN) != 0, "a fresh salt per message");
    ok(memcmp(m1 + 21, m2 + 21, ECE_PUBLIC_LEN) != 0, "a fresh sender key per message");
    is_int(ece_check_public(m1 + 21), 0, "the sender key is a point on the curve");
    is_int(ece_decrypt(priv, pub, a, m1, n1, plain, &pn), 0, "decrypts");
    ok(pn == 300 && memcmp(plain, text, 300) == 0, "to the plaintext");

    m1[n1 - 1] ^= 0x01;
    memset(plain, 0xAA, sizeof plain);
    is_int(ece_decrypt(priv, pub, a, m1, n1, plain, &pn), -EBADMSG, "a forged tag: -EBADMSG");
    ok(plain[0] == 0 && plain[299] == 0, "and nothing decrypted is left behind");
    m1[n1 - 1] ^= 0x01;
    m1[ECE_HEADER_LEN + 5] ^= 0x80;
    is_int(ece_decrypt(priv, pub, a, m1, n1, plain, &pn), -EBADMSG,
           "a changed ciphertext byte: -EBADMSG");
    m1[ECE_HEADER_LEN + 5] ^= 0x80;
    a[3] ^= 0x10;
    is_int(ece_decrypt(priv, pub, a, m1, n1, plain, &pn), -EBADMSG, "the wrong auth: -EBADMSG");
    a[3] ^= 0x10;
    is_int(ece_decrypt(priv, pub, a, m1, n1, plain, &pn), 0, "restored, it decrypts again");
    is_int(ece_decrypt(priv, pub, a, m1, 40, plain, &pn), -EINVAL, "a cut header: -EINVAL");

    is_int(ece_encrypt(pub, a, text, ECE_PLAIN_MAX, NULL, m1, &n1), 0,
           "ECE_PLAIN_MAX bytes encrypt");
    is_int(n1, ECE_BODY_MAX, "into a body of exactly 4096 bytes");
    is_int(ece_decrypt(priv, pub, a, m1, n1, plain, &pn), 0, "which decrypts");
    ok(pn == ECE_PLAIN_MAX && memcmp(plain, text, pn) == 0, "whole");
    is_int(ece_encrypt(pub, a, text, ECE_PLAIN_MAX + 1, NULL, m1, &n1), -EINVAL,
           "ECE_PLAIN_MAX + 1 bytes: -EINVAL");
    is_int(ece_encrypt(pub, a, "", 0, NULL, m1, &n1), 0, "an empty message encrypts");
    is_int(ece_decrypt(priv, pub, a, m1, n1, plain, &pn), 0, "and decrypts");
    is_int(pn, 0, "to nothing");
}

/* ---- keys refused ---- */

static void test_keys(void)
{
    static const uint8_t order[32] = {0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x00, 0xFF,
                                      0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xBC, 0xE6,
                                      0xFA, 0xAD, 0xA7, 0x17, 0x9E, 0x84, 0xF3, 0xB9, 0xCA,
                                      0xC2, 0xFC, 0x63, 0x25, 0x51}; /* n of P-256 */
    uint8_t d[32], p1[ECE_PUBLIC_LEN], pn1[ECE_PUBLIC_LEN], bad[ECE_PUBLIC_LEN], out[256];
    size_t n;

    memset(d, 0, 32);
    is_int(ece_public_of(d, p1), -EINVAL, "scalar 0 is not a key");
    is_int(ece_public_of(order, p1), -EINVAL, "scalar n is not a key");
    memset(d, 0xFF, 32);
    is_int(ece_public_of(d, p1), -EINVAL, "scalar 2^256 - 1 is not a key");
    memset(d, 0, 32);
    d[31] = 1;
    is_int(ece_public_of(d, p1), 0, "scalar 1: the generator");
    memcpy(d, order, 32);
    d[31] -= 1;
    is_int(ece_public_of(d, pn1), 0, "scalar n - 1: its opposite");
    ok(memcmp(p1, pn1, 33) == 0 && memcmp(p1 + 33, pn1 + 33, 32) != 0, "same x, other y");

    is_int(ece_check_public(ua_pub), 0, "the RFC's UA key is on the curve");
    memcpy(bad, ua_pub, sizeof bad);
    bad[64] ^= 1;
    is_int(ece_check_public(bad), -EINVAL, "y changed by one bit: off the curve");
    is_int(ece_encrypt(bad, auth, "x", 1, NULL, out, &n), -EINVAL,
           "ece_encrypt refuses a point off the curve");
    memcpy(bad, ua_pub, sizeof bad);
    bad[0] = 0x02 | (ua_pub[64] & 1);
    is_int(ece_check_public(bad), -EINVAL, "the compressed form (0x02/0x03 || X) is refused");
    is_int(ece_encrypt(bad, auth, "x", 1, NULL, out, &n), -EINVAL, "by ece_encrypt too");
    memset(bad, 0, sizeof bad);
    bad[0] = 0x04;
    is_int(ece_check_public(bad), -EINVAL, "(0, 0) is refused");
    memset(bad, 0, sizeof bad);
    is_int(ece_check_public(bad), -EINVAL, "all zeros is refused");
}

/* ---- threads: each keeps its own contexts ---- */

static void *round_trips(void *arg)
{
    uint8_t priv[32], pub[ECE_PUBLIC_LEN], a[ECE_AUTH_LEN], msg[256], plain[256];
    size_t n, pn;
    long good = 0;

    (void)arg;
    ua_keys(priv, pub, a);
    for (int i = 0; i < 50; i++)
        good += ece_encrypt(pub, a, "text", 4, NULL, msg, &n) == 0 &&
                ece_decrypt(priv, pub, a, msg, n, plain, &pn) == 0 && pn == 4 &&
                memcmp(plain, "text", 4) == 0;
    return (void *)good;
}

/* Four threads at once, each ending after its work: under LeakSanitizer
 * this also shows that a thread's contexts go with it. */
static void test_threads(void)
{
    pthread_t t[4];
    long total = 0;
    for (int i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, round_trips, NULL);
    for (int i = 0; i < 4; i++) {
        void *r;
        pthread_join(t[i], &r);
        total += (long)r;
    }
    is_int(total, 200, "4 threads x 50 round trips at once");
}

/* ---- http_ece (npm), an independent implementation ---- */

static void skip(int count, const char *why)
{
    for (int i = 0; i < count; i++) {
        tap_n++;
        printf("ok %d # skip %s\n", tap_n, why);
    }
}

/* The helper's path from the working directory or the binary's place
 * (build/rel/tests/test_ece). */
static int find_helper(const char *argv0, char *out, size_t outlen)
{
    const char *rel = "tests/unit/push_check.mjs";
    const char *slash = strrchr(argv0, '/');
    if (access(rel, R_OK) == 0) {
        snprintf(out, outlen, "%s", rel);
        return 0;
    }
    if (slash) {
        snprintf(out, outlen, "%.*s/../../../%s", (int)(slash - argv0), argv0, rel);
        if (access(out, R_OK) == 0)
            return 0;
    }
    return -1;
}

/* Runs the helper with args; its first output line into out (NUL-ended).
 * 0 when it exits 0. */
static int run_helper(const char *helper, const char *args, char *out, size_t outlen)
{
    static char cmd[16384];
    out[0] = '\0';
    if (snprintf(cmd, sizeof cmd, "node '%s' %s", helper, args) >= (int)sizeof cmd)
        return -1;
    FILE *f = popen(cmd, "r");
    if (!f)
        return -1;
    if (!fgets(out, (int)outlen, f))
        out[0] = '\0';
    out[strcspn(out, "\n")] = '\0';
    return pclose(f) == 0 ? 0 : -1;
}

static void test_http_ece(const char *argv0)
{
    enum { NCHECKS = 9 };
    static char args[16384], line[8192], priv_s[64], pub_s[128], auth_s[32];
    static uint8_t text[2000], msg[ECE_BODY_MAX], plain[ECE_BODY_MAX];
    uint8_t priv[32], pub[ECE_PUBLIC_LEN], a[ECE_AUTH_LEN];
    char helper[4096];
    size_t n = 0, pn = 0;

    if (system("node --version >/dev/null 2>&1") != 0) {
        skip(NCHECKS, "node is not installed");
        return;
    }
    if (find_helper(argv0, helper, sizeof helper) < 0) {
        skip(NCHECKS, "tests/unit/push_check.mjs not found (run from the repository root)");
        return;
    }
    ua_keys(priv, pub, a);
    token_encode(priv, sizeof priv, priv_s);
    token_encode(pub, sizeof pub, pub_s);
    token_encode(a, sizeof a, auth_s);
    RAND_bytes(text, sizeof text);

    is_int(ece_encrypt(pub, a, text, sizeof text, NULL, msg, &n), 0, "2000 bytes encrypted");
    snprintf(args, sizeof args, "decrypt %s %s %s", priv_s, auth_s, b64(msg, n));
    is_int(run_helper(helper, args, line, sizeof line), 0, "http_ece decrypts ece_encrypt's body");
    is_str(line, b64(text, sizeof text), "to the plaintext");
    msg[n - 3] ^= 4;
    snprintf(args, sizeof args, "decrypt %s %s %s 2>/dev/null", priv_s, auth_s, b64(msg, n));
    is_int(run_helper(helper, args, line, sizeof line), -1, "and refuses it with a forged tag");

    snprintf(args, sizeof args, "encrypt %s %s %s", pub_s, auth_s, b64(text, 300));
    is_int(run_helper(helper, args, line, sizeof line), 0, "http_ece encrypts 300 bytes");
    int mn = unb64(line, msg, sizeof msg);
    is_int(ece_decrypt(priv, pub, a, msg, mn > 0 ? (size_t)mn : 0, plain, &pn), 0,
           "ece_decrypt opens http_ece's body");
    ok(pn == 300 && memcmp(plain, text, 300) == 0, "to the plaintext");

    snprintf(args, sizeof args, "encrypt %s %s %s 100", pub_s, auth_s, b64(text, 1000));
    run_helper(helper, args, line, sizeof line);
    mn = unb64(line, msg, sizeof msg);
    is_int(ece_decrypt(priv, pub, a, msg, mn > 0 ? (size_t)mn : 0, plain, &pn), 0,
           "ece_decrypt opens http_ece's body of 12 records (rs 100)");
    ok(pn == 1000 && memcmp(plain, text, 1000) == 0, "to the plaintext");
}

int main(int argc, char **argv)
{
    (void)argc;
    load_appendix_a();
    test_rfc8291();
    test_rfc8188_single();
    test_rfc8188_records();
    test_round_trip();
    test_keys();
    test_threads();
    test_http_ece(argv[0]);
    return done_testing();
}
