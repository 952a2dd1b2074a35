/* Unit tests for src/studio_device.c: a known-device cookie checks out for
 * its account until it expires, and for nothing else: another account,
 * another node's secret, a changed device id, expiry or MAC, and shapes that
 * are not a cookie at all. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "sign.h"
#include "studio_device.h"
#include "tap.h"

int main(void)
{
    uint8_t secret[SIGN_SECRET_LEN], other[SIGN_SECRET_LEN];
    char v[STUDIO_DEVICE_VALUE_MAX], w[STUDIO_DEVICE_VALUE_MAX], dev[STUDIO_DEVICE_ID_LEN + 1];
    char dev2[STUDIO_DEVICE_ID_LEN + 1];
    const int64_t now = 1796000000, year = (int64_t)STUDIO_DEVICE_DAYS * 86400;

    memset(secret, 0x5c, sizeof secret);
    memset(other, 0x3a, sizeof other);
    is_int(studio_device_make(secret, 42, now, v), 0, "a cookie for user 42");
    ok(strlen(v) < sizeof v, "it fits (%zu bytes)", strlen(v));
    is_int(studio_device_check(secret, v, 42, now, dev), 0, "it checks out for 42");
    is_int((int)strlen(dev), STUDIO_DEVICE_ID_LEN, "with its device id");
    is_int(studio_device_check(secret, v, 42, now + year, dev), 0, "up to its expiry");
    is_int(studio_device_check(secret, v, 42, now + year + 1, dev), -EACCES, "not past it");
    is_int(studio_device_check(secret, v, 43, now, dev), -EACCES, "not for another account");
    is_int(studio_device_check(other, v, 42, now, dev), -EACCES, "not with another node's secret");
    is_int(studio_device_check(NULL, v, 42, now, dev), -EACCES, "not without a secret");

    is_int(studio_device_make(secret, 42, now, w), 0, "a second browser");
    is_int(studio_device_check(secret, w, 42, now, dev2), 0, "checks out too");
    ok(strcmp(dev, dev2) != 0, "with another device id");

    /* Each part changed in turn. */
    char t[STUDIO_DEVICE_VALUE_MAX];
    char *dot1 = strchr(v, '.'), *dot2 = strchr(dot1 + 1, '.'), *dot3 = strchr(dot2 + 1, '.');
    snprintf(t, sizeof t, "%.*s%c%s", (int)(dot2 + 1 - v), v, dot2[1] == 'A' ? 'B' : 'A', dot2 + 2);
    is_int(studio_device_check(secret, t, 42, now, dev), -EACCES, "a changed device id");
    snprintf(t, sizeof t, "42.%lld%s", (long long)(now + 2 * year), dot2);
    is_int(studio_device_check(secret, t, 42, now, dev), -EACCES, "a later expiry");
    snprintf(t, sizeof t, "%s", v);
    t[strlen(t) - 1] = t[strlen(t) - 1] == 'A' ? 'B' : 'A';
    is_int(studio_device_check(secret, t, 42, now, dev), -EACCES, "a changed MAC");
    snprintf(t, sizeof t, "%.*s", (int)(dot3 - v), v);
    is_int(studio_device_check(secret, t, 42, now, dev), -EACCES, "no MAC");
    const char *junk[] = {"",        "42",        "42.",       "42..",
                          "x.1.a.b", "-42.1.a.b", "42.-1.a.b", "0042.1.aaaaaaaaaaaaaaaaaaaaaa.b"};
    for (size_t i = 0; i < sizeof junk / sizeof junk[0]; i++)
        is_int(studio_device_check(secret, junk[i], 42, now, dev), -EACCES, "junk \"%s\"", junk[i]);
    return done_testing();
}
