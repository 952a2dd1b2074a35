/*
 * eval_day: one news day of eval/days (eval/README.md, "The format") read
 * into digest_post records with its gold answer, for the tools that score
 * or study the grouping (tools/eval.c, tools/pairs.c). The strings are
 * borrowed from the JSON tree, which lives until eval_day_free().
 */
#ifndef CRIER_EVAL_DAY_H
#define CRIER_EVAL_DAY_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "digest.h"

#define EVAL_MAX_POSTS 4096 /* far above a day's wire copy; bounds every array */
#define EVAL_TOP 5
#define EVAL_AUDIENCE 5000 /* the channel's readers, for the engagement part */

struct day {
    json_t *root;
    const char *name, *lang;
    int64_t start, end;
    size_t n;
    struct digest_post posts[EVAL_MAX_POSTS];
    const char *story[EVAL_MAX_POSTS]; /* gold story of each post */
    const char *lede[EVAL_MAX_POSTS];  /* gold lede of each post */
    const char *top5[EVAL_TOP];
    size_t ntop;
};

/* Reads the day at path into *d (0), or says why on stderr (-EINVAL): a
 * post without an id, a time or a gold story, a bad window, no top 5. */
int day_load(struct day *d, const char *path);
void day_free(struct day *d);

/* In buf (size bytes), the text that key h of post p was read from, cut to
 * size - 1 bytes; "" when p has no such key. */
void day_key_text(const struct digest_post *p, uint64_t h, char *buf, size_t size);

/* The class of a name's key x of post p (N_*), read from what the library
 * knows of the key: a country or its adjective and a region
 * (digest_key_place()), a facility's common noun (digest_facility_name()),
 * the alias table (K_ALIAS), a figure (K_NUMBER); the rest by its text: an
 * acronym or a name with an organisation's word is an organisation, two or
 * three capitalised words or a K_HALF person-like, one word else (mostly
 * towns). For tools/pairs and tools/gpairs. */
enum { N_COUNTRY, N_REGION, N_FACILITY, N_ALIAS, N_FIGURE, N_ORG, N_PERSON, N_OTHER, N_CLASSES };
struct digest_trace_key;
int day_name_class(const struct digest_post *p, const struct digest_trace_key *x);

/* The index of the post whose id is id, or SIZE_MAX. */
size_t day_post_index(const struct day *d, int64_t id);

/* group[i] = the index of the item covering post i, or a number past every
 * item when none does (the post is then alone). */
void day_groups_of(const struct day *d, const struct digest_item *it, size_t nit, size_t *group);

/* The weights of the selection the grouping is scored on: d's language,
 * every group whatever its score (no cap, no tag cap, no floor). */
void day_weights_uncapped(const struct day *d, struct digest_weights *all);

/* Groups d as tools/eval scores it (the uncapped selection), with the
 * grouping's tracer set to t (NULL: none) for the call; group[i]: post i's
 * group as day_groups_of() numbers it. 0, or digest_select()'s error. */
struct digest_tracer;
int day_grouping(const struct day *d, const struct digest_tracer *t, size_t *group);

/* calloc() of at least one element, or abort(): the tools' arrays. */
void *eval_xcalloc(size_t n, size_t size);

/* Milliseconds since the epoch of an ISO 8601 UTC time, or -1. */
int64_t iso_ms(const char *s);

#endif
