/*
 * store_cache.h: the store's cache of channel rows (store_cache.c), for
 * store.c. The lookup through it is in store.h (store_channel_get_cached).
 */
#ifndef CRIER_STORE_CACHE_H
#define CRIER_STORE_CACHE_H

#include <stdint.h>

#include "store/store.h"

#define STORE_CACHE_SLOTS 256   /* rows kept at most */
#define STORE_CACHE_TTL_MS 1000 /* the longest a row is used */

struct store_cache *store_cache_new(void);
void store_cache_free(struct store_cache *c);
/* Forgets every row (a channel or access changed). */
void store_cache_forget(struct store_cache *c);

#endif
