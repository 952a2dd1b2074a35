/*
 * digest_host: the outlet a post comes from, as the hash of its source_url's
 * host (case folded, "www.", user info and port dropped; a post without a
 * URL is the channel's own, one source). Coverage counts the distinct ones
 * (digest.c, story_score()).
 */
#include "digest_int.h"

#include <string.h>
#include <strings.h>

uint64_t digest_host_hash(const char *url)
{
    if (!url || !*url)
        return word_hash("", 0);
    const char *p = strstr(url, "://");
    p = p ? p + 3 : url;
    size_t n = strcspn(p, "/?#");
    const char *at = memchr(p, '@', n);
    if (at) {
        n -= (size_t)(at + 1 - p);
        p = at + 1;
    }
    if (n && p[0] != '[') {
        const char *colon = memchr(p, ':', n);
        if (colon)
            n = (size_t)(colon - p);
    }
    if (n >= 4 && strncasecmp(p, "www.", 4) == 0) {
        p += 4;
        n -= 4;
    }
    uint64_t h = FNV_OFFSET;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        h = fnv(h, &c, 1);
    }
    return h;
}
