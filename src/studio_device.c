#include "studio_device.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "sign.h"
#include "token.h"

/* The MAC's purpose names the device, so that a MAC made for one device id
 * never checks out for another. */
static void purpose_of(const char *device, char out[64])
{
    snprintf(out, 64, "studio-device:%s", device);
}

int studio_device_make(const uint8_t *secret, int64_t user_id, int64_t now_s,
                       char out[STUDIO_DEVICE_VALUE_MAX])
{
    unsigned char raw[16];
    char device[STUDIO_DEVICE_ID_LEN + 3], purpose[64], mac[SIGN_MAC_LEN + 1];
    if (auth_random(raw, sizeof raw) < 0)
        return -EIO;
    token_encode(raw, sizeof raw, device);
    device[STUDIO_DEVICE_ID_LEN] = '\0';
    int64_t expires = now_s + (int64_t)STUDIO_DEVICE_DAYS * 86400;
    purpose_of(device, purpose);
    sign_make(secret, purpose, user_id, expires, mac);
    snprintf(out, STUDIO_DEVICE_VALUE_MAX, "%" PRId64 ".%" PRId64 ".%s.%s", user_id, expires,
             device, mac);
    return 0;
}

/* A whole decimal number from s up to the next '.': its value, *end past
 * the dot. -1 when there is none. */
static int64_t number(const char *s, const char **end)
{
    int64_t v = 0;
    const char *p = s;
    while (*p >= '0' && *p <= '9' && p - s < 18)
        v = v * 10 + (*p++ - '0');
    if (p == s || *p != '.')
        return -1;
    *end = p + 1;
    return v;
}

int studio_device_check(const uint8_t *secret, const char *value, int64_t user_id, int64_t now_s,
                        char device[STUDIO_DEVICE_ID_LEN + 1])
{
    const char *p = value, *q;
    char purpose[64];
    if (!secret || !value || number(p, &q) != user_id || user_id <= 0)
        return -EACCES;
    int64_t expires = number(q, &p);
    if (expires <= 0 || strlen(p) != STUDIO_DEVICE_ID_LEN + 1 + SIGN_MAC_LEN ||
        p[STUDIO_DEVICE_ID_LEN] != '.')
        return -EACCES;
    memcpy(device, p, STUDIO_DEVICE_ID_LEN);
    device[STUDIO_DEVICE_ID_LEN] = '\0';
    if (!token_shaped(device, STUDIO_DEVICE_ID_LEN, STUDIO_DEVICE_ID_LEN))
        return -EACCES;
    purpose_of(device, purpose);
    if (sign_check(secret, purpose, user_id, expires, p + STUDIO_DEVICE_ID_LEN + 1, now_s) < 0)
        return -EACCES;
    return 0;
}
