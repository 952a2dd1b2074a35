/* Unit tests for src/sign.c: a signed link checks out with the same
 * purpose, id and expiry; any change to one of them, to the MAC or to the
 * secret is refused; an expired link is told apart from a forged one. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "sign.h"
#include "tap.h"
#include "token.h"

static uint8_t secret[SIGN_SECRET_LEN], other[SIGN_SECRET_LEN];

static void test_round_trip(void)
{
    char mac[SIGN_MAC_LEN + 1], again[SIGN_MAC_LEN + 1];
    int64_t exp = 1764140000;

    sign_make(secret, "confirm", 42, exp, mac);
    is_int(strlen(mac), SIGN_MAC_LEN, "a MAC of SIGN_MAC_LEN characters");
    is_int(token_shaped(mac, SIGN_MAC_LEN, SIGN_MAC_LEN), 1, "base64url");
    sign_make(secret, "confirm", 42, exp, again);
    is_str(again, mac, "the same inputs sign the same");
    is_int(sign_check(secret, "confirm", 42, exp, mac, exp - 3600), 0, "checks out before expiry");
    is_int(sign_check(secret, "confirm", 42, exp, mac, exp), 0, "and at the expiry second");

    sign_make(secret, "unsub", 42, 0, mac);
    is_int(sign_check(secret, "unsub", 42, 0, mac, INT64_MAX), 0, "expires 0 never expires");
}

static void test_refused(void)
{
    char mac[SIGN_MAC_LEN + 1], bad[SIGN_MAC_LEN + 1];
    int64_t exp = 1764140000, now = exp - 10;

    sign_make(secret, "confirm", 42, exp, mac);
    memcpy(bad, mac, sizeof bad);
    bad[5] = bad[5] == 'A' ? 'B' : 'A';
    is_int(sign_check(secret, "confirm", 42, exp, bad, now), -EACCES, "one character changed");
    is_int(sign_check(secret, "unsub", 42, exp, mac, now), -EACCES, "another purpose");
    is_int(sign_check(secret, "confirm", 43, exp, mac, now), -EACCES, "another id");
    is_int(sign_check(secret, "confirm", -42, exp, mac, now), -EACCES, "a negative id");
    is_int(sign_check(secret, "confirm", 42, exp + 86400, mac, now), -EACCES,
           "a later expiry (the link cannot be extended)");
    is_int(sign_check(secret, "confirm", 42, 0, mac, now), -EACCES,
           "no expiry (the link cannot be made permanent)");
    is_int(sign_check(other, "confirm", 42, exp, mac, now), -EACCES, "another secret");
    bad[0] = '\0';
    is_int(sign_check(secret, "confirm", 42, exp, bad, now), -EACCES, "an empty MAC");
    memcpy(bad, mac, SIGN_MAC_LEN - 1);
    bad[SIGN_MAC_LEN - 1] = '\0';
    is_int(sign_check(secret, "confirm", 42, exp, bad, now), -EACCES, "a MAC cut short");
    is_int(sign_check(secret, "confirm", 42, exp, NULL, now), -EACCES, "no MAC");

    is_int(sign_check(secret, "confirm", 42, exp, mac, exp + 1), -ETIMEDOUT,
           "a second after the expiry: expired");
    memcpy(bad, mac, sizeof bad);
    bad[5] = bad[5] == 'A' ? 'B' : 'A';
    is_int(sign_check(secret, "confirm", 42, exp, bad, exp + 1), -EACCES,
           "a forged MAC is refused as forged, expired or not");
}

/* The encoding leaves no ambiguity between the fields: neighbouring inputs
 * that a naive "purpose|id|expires" text could confuse give distinct MACs. */
static void test_distinct(void)
{
    char a[SIGN_MAC_LEN + 1], b[SIGN_MAC_LEN + 1];

    sign_make(secret, "confirm", 1, 23, a);
    sign_make(secret, "confirm", 12, 3, b);
    ok(strcmp(a, b) != 0, "(1, 23) and (12, 3) differ");
    sign_make(secret, "confirm1", 2, 0, a);
    sign_make(secret, "confirm", 12, 0, b);
    ok(strcmp(a, b) != 0, "(confirm1, 2) and (confirm, 12) differ");
    sign_make(secret, "", 0, 0, a);
    sign_make(other, "", 0, 0, b);
    ok(strcmp(a, b) != 0, "the secret is part of the MAC");
}

/* The MAC is HMAC-SHA-256 over the documented encoding: python3's hmac
 * module, computing it on its own, agrees. */
static void test_python_agrees(void)
{
    char mac[SIGN_MAC_LEN + 1], cmd[1024], got[64] = "";
    FILE *f;

    sign_make(secret, "unsub", 1234567, 1764140000, mac);
    snprintf(
        cmd, sizeof cmd,
        "python3 -c 'import hmac,hashlib,base64,struct\n"
        "k=bytes((i*7+1)%%256 for i in range(32))\n"
        "m=b\"crier-sign-v1\\0\"+bytes([5])+b\"unsub\"+struct.pack(\">qq\",1234567,1764140000)\n"
        "print(base64.urlsafe_b64encode(hmac.new(k,m,hashlib.sha256).digest()).decode().rstrip(\"=\"))'");
    f = popen(cmd, "r");
    ok(f != NULL, "python3 runs");
    if (!f)
        return;
    if (!fgets(got, sizeof got, f))
        got[0] = '\0';
    pclose(f);
    got[strcspn(got, "\n")] = '\0';
    is_str(mac, got, "HMAC-SHA-256 of tag, purpose length, purpose, id and expiry (big-endian)");
}

int main(void)
{
    for (int i = 0; i < SIGN_SECRET_LEN; i++) {
        secret[i] = (uint8_t)(i * 7 + 1);
        other[i] = (uint8_t)(i * 7 + 2);
    }
    test_round_trip();
    test_refused();
    test_distinct();
    test_python_agrees();
    return done_testing();
}
