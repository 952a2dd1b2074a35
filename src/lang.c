#include "lang.h"

#include <ctype.h>
#include <errno.h>
#include <string.h>

int lang_tag_check(const char *lang)
{
    /* language (2-3 letters) then subtags of 2-8 alphanumerics. */
    size_t n = strlen(lang), i = 0, seg = 0;
    int first = 1;

    if (n == 0 || n > LANG_TAG_MAX)
        return -EINVAL;
    while (i <= n) {
        if (i == n || lang[i] == '-') {
            if (first ? (seg < 2 || seg > 3) : (seg < 2 || seg > 8))
                return -EINVAL;
            first = 0;
            seg = 0;
        } else {
            unsigned char c = (unsigned char)lang[i];
            if (first ? !isalpha(c) : !isalnum(c))
                return -EINVAL;
            seg++;
        }
        i++;
    }
    return 0;
}
