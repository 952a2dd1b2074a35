/*
 * source_run.c: the feed fetcher's thread (source_run.h).
 */
#include "source_run.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "crier.h"
#include "fetch.h"
#include "log.h"
#include "source.h"
#include "store/store.h"
#include "xmalloc.h"

#define CLAIM_MAX 16 /* sources fetched at once */

struct source_run {
    struct store *st;
    struct source_run_options o;
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    volatile int stop;
};

static void on_report(void *arg, const struct source_report *r)
{
    (void)arg;
    if (r->err)
        log_warn("sources: %s (channel %lld, source %lld): %s", r->src.url,
                 (long long)r->src.channel_id, (long long)r->src.id, r->src.last_error);
    else if (r->created + r->drafted + r->edited > 0)
        log_info("sources: %s: %zu new, %zu drafts, %zu edited", r->src.url, r->created, r->drafted,
                 r->edited);
}

/* Waits ms, or less when stopped. */
static void nap(struct source_run *r, unsigned ms)
{
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += ms / 1000;
    until.tv_nsec += (long)(ms % 1000) * 1000000L;
    if (until.tv_nsec >= 1000000000L) {
        until.tv_sec++;
        until.tv_nsec -= 1000000000L;
    }
    pthread_mutex_lock(&r->mu);
    while (!r->stop && pthread_cond_timedwait(&r->cv, &r->mu, &until) != ETIMEDOUT)
        ;
    pthread_mutex_unlock(&r->mu);
}

/* A source out for fetching: its row and its request. */
struct job {
    struct store_source src;
    struct fetch_req q;
};

/* Claims up to room due sources and starts their fetches; how many it
 * claimed. */
static size_t claim_more(struct source_run *r, struct fetch_pool *pool, size_t room)
{
    struct store_source *v = NULL;
    size_t n = 0;
    /* A lease outlives the fetch that holds it: the fetch and the store. */
    int64_t lease = 2 * (int64_t)r->o.timeout_ms + 60000;
    int rc = store_sources_claim(r->st, 0, crier_now_ms(), lease, room, &v, &n);

    if (rc < 0) {
        log_warn("sources: claiming due sources: %s", crier_strerror(rc));
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        struct job *j = xcalloc(1, sizeof *j);
        j->src = v[i];
        source_fetch_req(&j->src, &j->q);
        j->q.user = j;
        if (fetch_pool_add(pool, &j->q) < 0) /* never: room was free; the lease runs out */
            free(j);
    }
    free(v);
    return n;
}

static void *run(void *arg)
{
    struct source_run *r = arg;
    struct source_env env = {.st = r->st,
                             .guard = &r->o.guard,
                             .timeout_ms = r->o.timeout_ms,
                             .max_bytes = r->o.max_bytes,
                             .stop = &r->stop};
    struct fetch_options fo;
    source_fetch_setup(&env, &fo);
    fo.parallel = CLAIM_MAX;
    struct fetch_pool *pool = fetch_pool_new(&fo);
    if (!pool) {
        log_error("sources: cannot start libcurl: no source is fetched");
        return NULL;
    }
    /* Each source is settled as soon as its answer is in, and a freed slot
     * takes the next due source at the next look: a feed that drips until
     * its timeout holds one slot, not the others. */
    int64_t next_look = 0;
    while (!r->stop) {
        size_t busy = fetch_pool_busy(pool);
        if (busy < CLAIM_MAX && crier_now_ms() >= next_look) {
            size_t room = CLAIM_MAX - busy;
            /* all the room taken: more may be due, look again at once */
            if (claim_more(r, pool, room) < room)
                next_look = crier_now_ms() + r->o.every_ms;
        }
        if (fetch_pool_busy(pool) == 0) {
            nap(r, r->o.every_ms);
            continue;
        }
        struct fetch_req *q = fetch_pool_next(pool, r->o.every_ms < 1000 ? r->o.every_ms : 1000);
        if (!q)
            continue;
        struct job *j = q->user;
        source_settle(&env, &j->src, &j->q, on_report, r);
        buf_free(&j->q.body);
        free(j);
    }
    /* Stopping: what still runs ends now; its leases run out. */
    struct fetch_req *q;
    while ((q = fetch_pool_next(pool, 0))) {
        buf_free(&q->body);
        free(q->user);
    }
    fetch_pool_free(pool);
    return NULL;
}

int source_run_start(struct source_run **out, struct store *st, const struct source_run_options *o)
{
    struct source_run *r = xcalloc(1, sizeof *r);
    r->st = st;
    r->o = *o;
    r->o.guard.http_ok = 1;
    if (!r->o.timeout_ms)
        r->o.timeout_ms = 30000;
    if (!r->o.every_ms)
        r->o.every_ms = 5000;
    pthread_mutex_init(&r->mu, NULL);
    pthread_cond_init(&r->cv, NULL);
    int rc = pthread_create(&r->thread, NULL, run, r);
    if (rc != 0) {
        log_error("sources: cannot start the fetcher: %s", strerror(rc));
        pthread_cond_destroy(&r->cv);
        pthread_mutex_destroy(&r->mu);
        free(r);
        return -rc;
    }
    *out = r;
    return 0;
}

void source_run_stop(struct source_run *r)
{
    if (!r)
        return;
    pthread_mutex_lock(&r->mu);
    r->stop = 1;
    pthread_cond_signal(&r->cv);
    pthread_mutex_unlock(&r->mu);
    pthread_join(r->thread, NULL);
    pthread_cond_destroy(&r->cv);
    pthread_mutex_destroy(&r->mu);
    free(r);
}
