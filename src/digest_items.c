/*
 * digest_items: releasing what digest_select() returns (digest.h). Moved
 * from digest.c unchanged when the lead by readers took that file over the
 * 900 lines of docs/internals.md (eval/README.md, eighty-first round).
 */
#include "digest.h"

#include <stdlib.h>

void digest_items_free(struct digest_item *items, size_t n)
{
    if (!items)
        return;
    for (size_t i = 0; i < n; i++) {
        free(items[i].title);
        free(items[i].lede);
        free(items[i].merged);
        for (size_t k = 0; k < items[i].nwhy; k++)
            for (size_t t = 0; t < items[i].why[k].nshared; t++)
                free(items[i].why[k].shared[t]);
        free(items[i].why);
    }
    free(items);
}
