#include "server.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <libxml/parser.h>
#include <malloc.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "addrcount.h"
#include "api.h"
#include "baseurl.h"
#include "auth.h"
#include "bus/bus.h"
#include "crier.h"
#include "datadir.h"
#include "digest_memo.h"
#include "log.h"
#include "media.h"
#include "net.h"
#include "netaddr.h"
#include "ratelimit.h"
#include "jobs.h"
#include "notify.h"
#include "selection.h"
#include "stream.h"
#include "store/store.h"
#include "xmalloc.h"

#define SERVER_SELECTION_EVERY_MS 5000 /* between two looks for due selections */
#define SERVER_ACCESS_POLL_MS 250      /* how often the store is asked for access changes */
#define SERVER_ACCESS_BATCH 64         /* changed channels read at once; more: every channel */
#define SERVER_CLEANUP_EVERY_MS 30000  /* between two steps of the reader cleanup */
#define SERVER_STATS_EVERY_MS 60000    /* between two member-day records (--stats-every-ms) */
#define SERVER_CLEANUP_SCAN 2000       /* readers one cleanup step looks at */
#define SERVER_READ_OVERLAP_MS 10000   /* the selection step's reading ahead looks back this far */
#define SERVER_READER_IDLE_MS (24 * 3600 * 1000LL) /* an unused reader unseen this long goes */
#define SERVER_MMAP_THRESHOLD (1 << 20) /* bytes: larger blocks are mapped on their own */
#define SERVER_TRIM_THRESHOLD (2 << 20) /* bytes of free heap top kept, per thread heap */

struct server {
    const struct server_config *cfg;
    struct net_options net; /* what the loops read of cfg */
    struct store *st;
    struct bus *bus;
    struct notify *notify;      /* push and email senders */
    struct source_run *sources; /* the feed fetcher */
    struct api api;
    struct net_loop *loops;
    int nloops;
    struct net_limits limits;
    uv_signal_t sigint, sigterm;
    struct jobs jobs;         /* on loop 0: the periodic jobs */
    struct job job_table[5];  /* what jobs runs, kept for the node's life (start_jobs) */
    struct media_store media; /* <data dir>/media */
    pthread_mutex_t access_lock;
    int64_t access_gen; /* the newest access change already sent to the loops */
    atomic_uint_fast64_t published;
    int64_t gc_cursor; /* the reader id the next cleanup step starts after */
    int64_t read_to;   /* the selection step has read for grouping the posts up to here */
};

void server_config_init(struct server_config *c)
{
    memset(c, 0, sizeof *c);
    c->data_dir = "./var";
    snprintf(c->host, sizeof c->host, "127.0.0.1");
    c->port = 8080;
    c->threads = 0;
    c->sub_max_bytes = 1024 * 1024;
    c->ring_events = 1024;
    c->heartbeat_ms = 15000;
    c->max_body = API_REQUEST_MAX;
    c->max_connections = 0;
    c->max_conns_per_addr = -1;
    c->max_buffered = 256LL << 20;
    c->write_timeout_ms = NET_WRITE_TIMEOUT_MS;
    c->views_per_min = 120;
    c->views_burst = 240;
    c->joins_per_min = 30;
    c->joins_burst = 60;
    c->signin_per_min = 10;
    c->signin_burst = 10;
    c->selection_every_ms = SERVER_SELECTION_EVERY_MS;
    c->stats_every_ms = SERVER_STATS_EVERY_MS;
    notify_config_init(&c->notify);
    c->email_per_min = 5;
    c->email_burst = 10;
    c->devices_per_min = 10;
    c->devices_burst = 20;
    c->media_max_bytes = MEDIA_DEFAULT_MAX_BYTES;
    c->media_max_pixels = MEDIA_DEFAULT_MAX_PIXELS;
}

int server_parse_limit(const char *s, double *rate, double *burst)
{
    char *end;
    long r = strtol(s, &end, 10), b;
    if (end == s || r < 0 || r > 1000000)
        return -EINVAL;
    if (*end == ':') {
        const char *p = end + 1;
        b = strtol(p, &end, 10);
        if (end == p || b < 1 || b > 1000000)
            return -EINVAL;
    } else {
        b = r;
    }
    if (*end)
        return -EINVAL;
    *rate = (double)r;
    *burst = (double)(b ? b : 1);
    return 0;
}

int server_parse_listen(struct server_config *c, const char *s)
{
    const char *colon = strrchr(s, ':');
    char *end;
    size_t hl;

    if (!colon)
        return -EINVAL;
    long port = strtol(colon + 1, &end, 10);
    if (colon[1] == '\0' || *end || port < 0 || port > 65535)
        return -EINVAL;
    hl = (size_t)(colon - s);
    if (hl && s[0] == '[') {
        if (s[hl - 1] != ']')
            return -EINVAL;
        s++;
        hl -= 2;
    }
    if (hl >= sizeof c->host)
        return -EINVAL;
    if (hl == 0)
        snprintf(c->host, sizeof c->host, "0.0.0.0");
    else
        snprintf(c->host, sizeof c->host, "%.*s", (int)hl, s);
    c->port = (int)port;
    return 0;
}

/* The node's one listening socket; each loop accepts on a dup of it. No
 * SO_REUSEPORT: a second process on the same port must fail to bind, not
 * quietly take half of the connections. */
static int open_listener(const char *host, int *port)
{
    struct sockaddr_storage ss;
    socklen_t len;
    int one = 1, fd;

    memset(&ss, 0, sizeof ss);
    if (strchr(host, ':')) {
        struct sockaddr_in6 *a = (struct sockaddr_in6 *)&ss;
        a->sin6_family = AF_INET6;
        a->sin6_port = htons((uint16_t)*port);
        if (inet_pton(AF_INET6, host, &a->sin6_addr) != 1)
            return -EINVAL;
        len = sizeof *a;
    } else {
        struct sockaddr_in *a = (struct sockaddr_in *)&ss;
        a->sin_family = AF_INET;
        a->sin_port = htons((uint16_t)*port);
        if (strcmp(host, "localhost") == 0)
            host = "127.0.0.1";
        if (inet_pton(AF_INET, host, &a->sin_addr) != 1)
            return -EINVAL;
        len = sizeof *a;
    }
    fd = socket(ss.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -errno;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (bind(fd, (struct sockaddr *)&ss, len) < 0 || listen(fd, 4096) < 0) {
        int e = -errno;
        close(fd);
        return e;
    }
    if (*port == 0) {
        len = sizeof ss;
        getsockname(fd, (struct sockaddr *)&ss, &len);
        *port = ntohs(ss.ss_family == AF_INET6 ? ((struct sockaddr_in6 *)&ss)->sin6_port
                                               : ((struct sockaddr_in *)&ss)->sin_port);
    }
    return fd;
}

/* The bus sink: every loop gets its own reference to the encoded event. */
static void dispatch_event(void *arg, struct event *ev)
{
    struct server *srv = arg;
    srv->published++;
    for (int i = 0; i < srv->nloops; i++)
        net_loop_post(&srv->loops[i], event_ref(ev));
    event_unref(ev);
}

static void metrics(void *arg, struct buf *out)
{
    struct server *srv = arg;
    uint64_t conns = 0, subs = 0, delivered = 0, slow = 0, reqs = 0, accepted = 0, coalesced = 0;
    struct net_limits *l = &srv->limits;

    for (int i = 0; i < srv->nloops; i++) {
        const struct hub_stats *hs = hub_stats(srv->loops[i].hub);
        conns += srv->loops[i].stats.connections;
        accepted += srv->loops[i].stats.accepted;
        reqs += srv->loops[i].stats.requests;
        subs += hs->subscribers;
        delivered += hs->delivered;
        slow += hs->dropped_slow;
        coalesced += hs->coalesced;
    }
    buf_printf(out,
               "# TYPE crier_connections gauge\ncrier_connections %llu\n"
               "# TYPE crier_connections_accepted_total counter\n"
               "crier_connections_accepted_total %llu\n"
               "# TYPE crier_subscribers gauge\ncrier_subscribers %llu\n"
               "# TYPE crier_http_requests_total counter\ncrier_http_requests_total %llu\n"
               "# TYPE crier_events_published_total counter\n"
               "crier_events_published_total %llu\n"
               "# TYPE crier_deliveries_total counter\ncrier_deliveries_total %llu\n"
               "# TYPE crier_coalesced_writes_total counter\n"
               "crier_coalesced_writes_total %llu\n"
               "# TYPE crier_dropped_slow_total counter\ncrier_dropped_slow_total %llu\n"
               "# TYPE crier_store_commits_total counter\ncrier_store_commits_total %llu\n"
               "# TYPE crier_store_commit_seconds_sum counter\n"
               "crier_store_commit_seconds_sum %.6f\n"
               "# TYPE crier_store_commit_seconds_max gauge\n"
               "crier_store_commit_seconds_max %.6f\n",
               (unsigned long long)conns, (unsigned long long)accepted, (unsigned long long)subs,
               (unsigned long long)reqs, (unsigned long long)srv->published,
               (unsigned long long)delivered, (unsigned long long)coalesced,
               (unsigned long long)slow, (unsigned long long)srv->st->commits,
               (double)srv->st->commit_us_sum / 1e6, (double)srv->st->commit_us_max / 1e6);
    uint64_t hits, misses;
    store_cache_counts(srv->st->cache, &hits, &misses);
    buf_printf(out,
               "# TYPE crier_channel_cache_hits_total counter\n"
               "crier_channel_cache_hits_total %llu\n"
               "# TYPE crier_channel_cache_misses_total counter\n"
               "crier_channel_cache_misses_total %llu\n",
               (unsigned long long)hits, (unsigned long long)misses);
    struct digest_memo_stats ms;
    digest_memo_stats(&ms);
    buf_printf(out,
               "# TYPE crier_selection_memo_hits_total counter\n"
               "crier_selection_memo_hits_total %llu\n"
               "# TYPE crier_selection_memo_misses_total counter\n"
               "crier_selection_memo_misses_total %llu\n"
               "# TYPE crier_selection_memo_bytes gauge\ncrier_selection_memo_bytes %zu\n",
               (unsigned long long)ms.hits, (unsigned long long)ms.misses, ms.bytes);
    buf_printf(out,
               "# TYPE crier_connections_max gauge\ncrier_connections_max %ld\n"
               "# TYPE crier_connections_refused_total counter\n"
               "crier_connections_refused_total %llu\n"
               "# TYPE crier_connections_per_addr_max gauge\ncrier_connections_per_addr_max %u\n"
               "# TYPE crier_connections_refused_per_addr_total counter\n"
               "crier_connections_refused_per_addr_total %llu\n"
               "# TYPE crier_connections_refused_per_site_total counter\n"
               "crier_connections_refused_per_site_total %llu\n"
               "# TYPE crier_connection_addresses gauge\ncrier_connection_addresses %zu\n"
               "# TYPE crier_accept_fd_exhausted_total counter\n"
               "crier_accept_fd_exhausted_total %llu\n"
               "# TYPE crier_buffered_bytes gauge\ncrier_buffered_bytes %lld\n"
               "# TYPE crier_buffered_bytes_max gauge\ncrier_buffered_bytes_max %lld\n"
               "# TYPE crier_busy_total counter\ncrier_busy_total %llu\n"
               "# TYPE crier_write_timeouts_total counter\ncrier_write_timeouts_total %llu\n",
               l->door.max_conns, (unsigned long long)atomic_load(&l->door.refused),
               l->door.per_addr_max, (unsigned long long)atomic_load(&l->door.refused_addr),
               (unsigned long long)atomic_load(&l->door.refused_site),
               l->door.per_addr ? addrcount_keys(l->door.per_addr) : (size_t)0,
               (unsigned long long)atomic_load(&l->door.fd_exhausted),
               (long long)atomic_load(&l->buffered), l->max_buffered,
               (unsigned long long)atomic_load(&l->busy),
               (unsigned long long)atomic_load(&l->write_timeouts));
    if (srv->notify)
        notify_metrics(srv->notify, out);
}

/* After each commit: the events to the bus, and a nudge to the notifier. */
static void commit_hook(void *arg, const struct store_event *evs, size_t n)
{
    struct server *srv = arg;
    bus_commit_hook(srv->bus, evs, n);
    notify_kick(srv->notify);
}

/* ---- access changes ---- */

/* Reads the access changes since the last look and sends each loop a signal
 * per changed channel, in order with the events. Any thread; called by the
 * store's access hook right after this process made a change (so the
 * signal is queued before the API answers), and polled for the changes
 * other processes make (the CLI). */
static void access_poll(struct server *srv)
{
    int64_t ids[SERVER_ACCESS_BATCH], gen = 0;
    size_t n = 0;

    pthread_mutex_lock(&srv->access_lock);
    int rc = store_access_changes(srv->st, srv->access_gen, ids, SERVER_ACCESS_BATCH, &n, &gen);
    if (rc < 0) {
        static struct log_limit lim;
        log_limited(&lim, LOG_WARN, "server: reading access changes failed: %s",
                    crier_strerror(rc));
    } else {
        for (size_t i = 0; i < n; i++)
            for (int k = 0; k < srv->nloops; k++)
                net_loop_post(&srv->loops[k], event_new_access(ids[i]));
        srv->access_gen = gen;
    }
    pthread_mutex_unlock(&srv->access_lock);
}

static void access_hook(void *arg)
{
    access_poll(arg);
}

/* Every SERVER_ACCESS_POLL_MS: access changes, and events committed by
 * another process on the same store (a second node on the same file). */
static void access_step(void *arg)
{
    struct server *srv = arg;
    access_poll(srv);
    int rc = bus_poll(srv->bus);
    if (rc < 0) {
        static struct log_limit lim;
        log_limited(&lim, LOG_WARN, "server: looking for events of other nodes failed: %s",
                    crier_strerror(rc));
    }
}

/* The PostgreSQL bus's listener, before it reads other nodes' events: the
 * access changes committed before them go to the loops first. */
static void access_before_bus(void *arg)
{
    access_poll(arg);
}

/* The bus between the nodes of one store. On PostgreSQL other nodes'
 * commits arrive by LISTEN/NOTIFY; the periodic bus_poll() (access_step())
 * stays as the safety net of both buses. */
static int open_bus(struct server *srv, const char *uri)
{
    int on_pg = uri && (!strncmp(uri, "postgres://", 11) || !strncmp(uri, "postgresql://", 13));
    return on_pg ? bus_pg_new(&srv->bus, srv->st, uri, dispatch_event, access_before_bus, srv)
                 : bus_store_new(&srv->bus, srv->st, dispatch_event, srv);
}

/* ---- scheduled posts ---- */

static void due_step(void *arg)
{
    struct server *srv = arg;
    size_t n = 0;
    int rc = store_publish_due(srv->st, crier_now_ms(), &n);
    if (rc < 0)
        log_warn("sched: publishing due posts failed: %s", crier_strerror(rc));
    else if (n)
        log_info("sched: published %zu scheduled posts", n);
}

/* Selections: every few seconds, publish any slot that has come due; then
 * read for grouping the posts published since the last step (the whole
 * windows after a start), so that a preview or the slot's selection finds
 * them read. A post's commit may come after its published_at (a wait of
 * up to 5 s for the write lock; a scheduled post's second): each step
 * looks again at the last SERVER_READ_OVERLAP_MS (found in the memo, a
 * few µs a post). */
static void sel_step(void *arg)
{
    struct server *srv = arg;
    int rc = selection_run_due(srv->st, crier_now_ms());
    if (rc < 0)
        log_warn("selection: scheduler step failed: %s", crier_strerror(rc));
    int64_t now = crier_now_ms();
    rc = selection_warm(srv->st, srv->read_to, now);
    if (rc < 0)
        log_warn("selection: reading ahead failed: %s", crier_strerror(rc));
    else
        srv->read_to = now - SERVER_READ_OVERLAP_MS;
}

/* The studio's members-over-time: each channel's row of today from the
 * live members table, every minute (one indexed count per channel, so the
 * step is as long as the channel list). Failures make one line a step,
 * rate-limited: a broken store does not flood the log. */
static void stats_step(void *arg)
{
    struct server *srv = arg;
    struct store_channel *chs = NULL;
    size_t n = 0, failed = 0;
    int64_t now = crier_now_ms();
    int rc = store_channel_list(srv->st, &chs, &n), first = 0;
    for (size_t i = 0; rc == 0 && i < n; i++) {
        int r = store_member_day_record(srv->st, chs[i].id, NULL, now);
        if (r < 0 && r != -ENOENT && failed++ == 0)
            first = r; /* -ENOENT: deleted since the list was read */
    }
    store_channels_free(chs, n);
    if (rc < 0 || failed) {
        static struct log_limit lim;
        log_limited(&lim, LOG_WARN, "stats: recording members failed for %zu of %zu channels: %s",
                    rc < 0 ? 0 : failed, n, crier_strerror(rc < 0 ? rc : first));
    }
}

/* Readers that nothing refers to (a join that never happened, or every
 * channel left) and that have not been seen for a day are deleted, one
 * window of ids per step, so each step is bounded. */
static void gc_step(void *arg)
{
    struct server *srv = arg;
    size_t deleted = 0;
    int64_t next = 0;
    int rc = store_readers_prune(srv->st, srv->gc_cursor, SERVER_CLEANUP_SCAN,
                                 crier_now_ms() - SERVER_READER_IDLE_MS, &next, &deleted);
    if (rc < 0) {
        log_warn("cleanup: unused readers: %s", crier_strerror(rc));
        return;
    }
    srv->gc_cursor = next;
    if (deleted)
        log_info("cleanup: deleted %zu unused readers", deleted);
}

/* ---- run ---- */

static void on_signal(uv_signal_t *s, int signum)
{
    struct server *srv = s->data;
    log_info("server: signal %d, stopping", signum);
    uv_close((uv_handle_t *)&srv->sigint, NULL);
    uv_close((uv_handle_t *)&srv->sigterm, NULL);
    jobs_stop(&srv->jobs);
    for (int i = 0; i < srv->nloops; i++)
        net_loop_stop(&srv->loops[i]);
}

static void loop_thread(void *arg)
{
    net_loop_run(arg);
}

/* What the process needs before anything opens: no SIGPIPE, every file the
 * hard limit allows, enough workers, and a heap that keeps its top. */
static void process_setup(void)
{
    char threads_env[16];
    const char *tunables = getenv("GLIBC_TUNABLES");

    signal(SIGPIPE, SIG_IGN);
    /* Each subscriber is a file: take all the files the hard limit allows. */
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
    /* Publishes wait on a worker for their group commit; enough workers let
     * many share one commit. */
    snprintf(threads_env, sizeof threads_env, "%d", 64);
    setenv("UV_THREADPOOL_SIZE", threads_env, 0);
    /* glibc gives the free top of a thread's heap back to the system past
     * 128 KiB: the committing thread did so after each commit (3 madvise calls
     * per publish) and then faulted the same pages in again, about a tenth
     * of a publish's CPU. A fixed top of 2 MiB per heap stops that; blocks
     * of 1 MiB and more keep their own mappings. An operator's
     * GLIBC_TUNABLES for malloc wins. */
    if (!tunables || !strstr(tunables, "glibc.malloc.")) {
        mallopt(M_MMAP_THRESHOLD, SERVER_MMAP_THRESHOLD);
        mallopt(M_TRIM_THRESHOLD, SERVER_TRIM_THRESHOLD);
    }
}

/* The periodic jobs, on loop 0. Selections look every
 * --selection-every-ms (5 s by default); the first look 1 s after the
 * start, with the first due-posts step: the end-to-end tests count on
 * that phase. Members are counted for the studio's stats every minute
 * (--stats-every-ms, for tests), first 2 s after the start. */
static int start_jobs(struct server *srv)
{
    const struct server_config *cfg = srv->cfg;
    const struct job table[] = {
        {.name = "access",
         .period_ms = SERVER_ACCESS_POLL_MS,
         .first_ms = SERVER_ACCESS_POLL_MS,
         .step = access_step,
         .arg = srv},
        {.name = "due posts", .period_ms = 1000, .first_ms = 1000, .step = due_step, .arg = srv},
        {.name = "selections",
         .period_ms = cfg->selection_every_ms,
         .first_ms = 1000,
         .step = sel_step,
         .arg = srv},
        {.name = "reader cleanup",
         .period_ms = SERVER_CLEANUP_EVERY_MS,
         .first_ms = 1000,
         .step = gc_step,
         .arg = srv},
        {.name = "member days",
         .period_ms = cfg->stats_every_ms,
         .first_ms = 2000,
         .step = stats_step,
         .arg = srv},
    };
    _Static_assert(sizeof table == sizeof srv->job_table, "the job table's size");
    memcpy(srv->job_table, table, sizeof table);
    int rc;
    if ((rc = jobs_start(&srv->jobs, &srv->loops[0].loop, srv->job_table,
                         sizeof srv->job_table / sizeof srv->job_table[0])) < 0) {
        log_error("server: cannot start the scheduler: %s", uv_strerror(rc));
        return rc;
    }
    return 0;
}

/* The port file, the log line and the banner with the first steps. */
static void announce(const struct server *srv, int port)
{
    const struct server_config *cfg = srv->cfg;

    if (cfg->port_file) {
        FILE *f = fopen(cfg->port_file, "w");
        if (f) {
            fprintf(f, "%d\n", port);
            fclose(f);
        }
    }
    log_info("server: listening on http://%s:%d threads=%d store=%s data=%s max_connections=%ld "
             "max_conns_per_addr=%u max_buffer=%lld read_jobs=%u",
             cfg->host, port, srv->nloops, srv->st->ops->name, cfg->data_dir,
             srv->limits.door.max_conns, srv->limits.door.per_addr_max, srv->limits.max_buffered,
             srv->net.read_jobs * (unsigned)srv->nloops);
    const char *prog = cfg->program ? cfg->program : "crier";
    printf("crier %s serving on http://%s:%d  (data in %s, %d I/O threads)\n\n"
           "In another terminal:\n%s"
           "  %s channel add monde --title \"Le monde\" --lang fr --tz Europe/Paris --data %s\n"
           "  T=$(%s token create --channel monde --scope publish --data %s)\n"
           "  %s post monde --title \"Bonjour\" --body \"Premier article.\" --token \"$T\" "
           "--server http://%s:%d\n"
           "  %s tail monde --server http://%s:%d --data %s\n"
           "  curl -N http://%s:%d/monde/events\n\n",
           CRIER_VERSION, cfg->host, port, cfg->data_dir, srv->nloops,
           /* The URI may hold a password: it is never printed. */
           strcmp(srv->st->ops->name, "postgres") == 0
               ? "  export CRIER_STORE='postgres://...'   # the --store URI this node runs on\n"
               : "",
           prog, cfg->data_dir, prog, cfg->data_dir, prog, cfg->host, port, prog, cfg->host, port,
           cfg->data_dir, cfg->host, port);
    fflush(stdout);
}

static void server_teardown(struct server *srv)
{
    store_set_commit_hook(srv->st, NULL, NULL);
    store_set_access_hook(srv->st, NULL, NULL);
    source_run_stop(srv->sources);
    notify_free(srv->notify);
    for (int i = 0; i < srv->nloops; i++)
        net_loop_free(&srv->loops[i]);
    pthread_mutex_destroy(&srv->access_lock);
    store_close(srv->st);
    bus_close(srv->bus);
    ratelimit_free(srv->api.views_limit);
    ratelimit_free(srv->api.joins_limit);
    ratelimit_free(srv->api.signin_limit);
    ratelimit_free(srv->api.signin_email_limit);
    ratelimit_free(srv->api.email_limit);
    ratelimit_free(srv->api.devices_limit);
    addrcount_free(srv->limits.door.per_addr);
    addrcount_free(srv->limits.door.per_site);
    if (srv->media.close)
        srv->media.close(&srv->media);
    free(srv->loops);
}

/* The door's cap per client address (listener.h): the trusted proxies are
 * not counted, since every client behind one comes from its address. */
static void open_door_per_addr(struct server *srv)
{
    const struct server_config *cfg = srv->cfg;
    struct listener_counts *door = &srv->limits.door;
    long cap = cfg->max_conns_per_addr;
    if (cap < 0) {
        cap = door->max_conns / SERVER_PER_ADDR_SHARE;
        if (cap < SERVER_PER_ADDR_MIN)
            cap = SERVER_PER_ADDR_MIN;
    }
    if (cap == 0 || cap >= door->max_conns)
        return; /* off, or no tighter than the node's own cap */
    door->per_addr_max = (unsigned)cap;
    door->per_addr = addrcount_new((size_t)door->max_conns, door->per_addr_max);
    if ((long)door->per_addr_max * LISTENER_SITE_SHARES < door->max_conns)
        door->per_site =
            addrcount_new((size_t)door->max_conns, door->per_addr_max * LISTENER_SITE_SHARES);
    for (size_t i = 0; i < cfg->n_proxies && door->nexempt < LISTENER_EXEMPT_MAX; i++) {
        struct listener_net *x = &door->exempt[door->nexempt];
        if (netaddr_net_parse(cfg->proxies[i], x->net, &x->bits) == 0)
            door->nexempt++;
    }
}

/* The limits per client address (and the sign-ins' per account). */
static void open_limits(struct server *srv)
{
    const struct server_config *cfg = srv->cfg;
    open_door_per_addr(srv);
    srv->api.views_limit = ratelimit_new(SERVER_LIMIT_SLOTS, cfg->views_per_min, cfg->views_burst);
    srv->api.joins_limit = ratelimit_new(SERVER_LIMIT_SLOTS, cfg->joins_per_min, cfg->joins_burst);
    srv->api.devices_limit =
        ratelimit_new(SERVER_LIMIT_SLOTS, cfg->devices_per_min, cfg->devices_burst);
    srv->api.signin_limit =
        ratelimit_new(SERVER_LIMIT_SLOTS, cfg->signin_per_min, cfg->signin_burst);
    /* per account: 5 a minute whatever the address (a slow spray over many
     * addresses at one account), off when the per-address limit is off */
    srv->api.signin_email_limit =
        ratelimit_new(SERVER_LIMIT_SLOTS, cfg->signin_per_min > 0 ? 5 : 0, 5);
}

/* The photo store, <data dir>/media, and the image library. */
static int open_media(struct server *srv)
{
    char dir[4096];
    int rc;

    if (media_init() < 0) {
        log_error("server: the image library (libvips) does not start");
        return -EIO;
    }
    snprintf(dir, sizeof dir, "%s/media", srv->cfg->data_dir);
    if ((rc = media_store_dir(&srv->media, dir)) < 0) {
        log_error("server: cannot open the media directory %s: %s", dir, strerror(-rc));
        return rc;
    }
    srv->api.media = &srv->media;
    srv->api.media_max_bytes = srv->cfg->media_max_bytes;
    srv->api.media_max_pixels = srv->cfg->media_max_pixels;
    return 0;
}

/* The options for tests only, loudly: none belongs on a node in service. */
static void warn_test_options(const struct server_config *cfg)
{
    if (cfg->test_clock)
        log_warn("server: FOR TESTS ONLY: --test-clock is on: anyone with the admin token can "
                 "move this node's clock (POST /api/v1/test/clock), which publishes scheduled "
                 "posts early and shifts every date; never use it in production");
    if (cfg->sources.guard.allow_host[0])
        log_warn("server: FOR TESTS ONLY: feeds on %s:%d may be on loopback or a private address",
                 cfg->sources.guard.allow_host, cfg->sources.guard.allow_port);
}

/* --read-jobs (or its default) shared out over the loops, rounded up. */
static unsigned read_jobs_per_loop(const struct server_config *cfg, int nloops)
{
    long reads = cfg->read_jobs;
    if (reads <= 0) {
        reads = SERVER_READ_JOBS_PER_CORE * (long)uv_available_parallelism();
        if (reads < SERVER_READ_JOBS_MIN)
            reads = SERVER_READ_JOBS_MIN;
    }
    return (unsigned)((reads + nloops - 1) / nloops);
}

int server_run(const struct server_config *cfg)
{
    struct server srv;
    int rc, port = cfg->port;

    memset(&srv, 0, sizeof srv);
    srv.cfg = cfg;
    srv.read_to = INT64_MIN; /* the whole windows, at the first step */
    xmlInitParser(); /* libxml2 2.9 wants its set-up on one thread, before the fetcher runs */
    srv.net = (struct net_options){.sub_max_bytes = cfg->sub_max_bytes,
                                   .ring_events = cfg->ring_events,
                                   .heartbeat_ms = cfg->heartbeat_ms,
                                   .coalesce_ms = cfg->coalesce_ms,
                                   .max_body = cfg->max_body,
                                   .media_max_body = cfg->media_max_bytes,
                                   .write_timeout_ms = cfg->write_timeout_ms,
                                   .origins = cfg->origins,
                                   .n_origins = cfg->n_origins};
    process_setup();
    if ((rc = datadir_make(cfg->data_dir)) < 0) {
        log_error("server: cannot create %s: %s", cfg->data_dir, strerror(-rc));
        return rc;
    }
    char err[512];
    rc = store_open_with(&srv.st, cfg->store_uri ? cfg->store_uri : cfg->data_dir,
                         STORE_OPEN_CREATE | STORE_OPEN_SERVER, err, sizeof err);
    if (rc < 0) {
        log_error("server: %s", err);
        return rc;
    }
    if ((rc = datadir_admin_token(srv.st, cfg->data_dir)) < 0) {
        store_close(srv.st); /* the reason, with the path, is logged */
        return rc;
    }
    srv.nloops = cfg->threads > 0 ? cfg->threads : (int)uv_available_parallelism();
    if (srv.nloops > 64)
        srv.nloops = 64;
    srv.net.read_jobs = read_jobs_per_loop(cfg, srv.nloops);
    srv.loops = xcalloc((size_t)srv.nloops, sizeof *srv.loops);
    srv.api.st = srv.st;
    srv.api.metrics = metrics;
    srv.api.metrics_arg = &srv;
    srv.limits.door.max_conns = listener_max_connections(cfg->max_connections);
    srv.limits.max_buffered = cfg->max_buffered;
    long fit = listener_max_connections(0);
    if (srv.limits.door.max_conns > fit)
        log_warn("server: --max-connections %ld is more than the file limit leaves room for (%ld): "
                 "past that, connections are refused for want of descriptors",
                 srv.limits.door.max_conns, fit);
    int lfd = open_listener(cfg->host, &port);
    if (lfd < 0) {
        log_error("server: cannot listen on %s:%d: %s%s", cfg->host, port, strerror(-lfd),
                  lfd == -EADDRINUSE ? " (another server, crier or not, holds that port)" : "");
        store_close(srv.st);
        return lfd;
    }
    open_limits(&srv);
    srv.api.metrics_access = cfg->metrics_access;
    if ((rc = open_media(&srv)) < 0) {
        store_close(srv.st);
        return rc;
    }
    srv.api.test_clock = cfg->test_clock;
    srv.api.proxies = cfg->proxies;
    srv.api.n_proxies = cfg->n_proxies;
    for (int i = 0; i < srv.nloops; i++) {
        int fd = i == 0 ? lfd : fcntl(lfd, F_DUPFD_CLOEXEC, 0);
        if (fd < 0 || (rc = net_loop_init(&srv.loops[i], i, fd, &srv.net, &srv.api, &stream_ops,
                                          &srv.limits)) < 0) {
            log_error("server: cannot listen on %s:%d: %s", cfg->host, port,
                      fd < 0 ? strerror(errno) : uv_strerror(rc));
            store_close(srv.st);
            return fd < 0 ? -errno : rc;
        }
    }
    if ((rc = open_bus(&srv, cfg->store_uri)) < 0) {
        log_error("server: cannot read the channels: %s", crier_strerror(rc));
        store_close(srv.st);
        return rc;
    }
    struct notify_config ncfg = cfg->notify;
    ncfg.base_url = baseurl_get();
    if ((rc = notify_open(&srv.notify, srv.st, &ncfg)) < 0) {
        bus_close(srv.bus);
        store_close(srv.st); /* the reason is logged */
        return rc;
    }
    srv.api.notify = srv.notify;
    srv.api.email_limit = ratelimit_new(SERVER_LIMIT_SLOTS, cfg->email_per_min, cfg->email_burst);
    store_set_commit_hook(srv.st, commit_hook, &srv);
    pthread_mutex_init(&srv.access_lock, NULL);
    size_t nchg = 0;
    if ((rc = store_access_changes(srv.st, -1, NULL, 0, &nchg, &srv.access_gen)) < 0)
        log_warn("server: reading access changes failed: %s", crier_strerror(rc));
    store_set_access_hook(srv.st, access_hook, &srv);
    if ((rc = start_jobs(&srv)) < 0 || (rc = notify_start(srv.notify)) < 0 ||
        (rc = source_run_start(&srv.sources, srv.st, &cfg->sources)) < 0) {
        log_error("server: cannot start: %s", crier_strerror(rc));
        store_close(srv.st);
        return rc;
    }

    warn_test_options(cfg);
    uv_signal_init(&srv.loops[0].loop, &srv.sigint);
    uv_signal_init(&srv.loops[0].loop, &srv.sigterm);
    srv.sigint.data = srv.sigterm.data = &srv;
    uv_signal_start(&srv.sigint, on_signal, SIGINT);
    uv_signal_start(&srv.sigterm, on_signal, SIGTERM);
    announce(&srv, port);

    for (int i = 1; i < srv.nloops; i++)
        uv_thread_create(&srv.loops[i].thread, loop_thread, &srv.loops[i]);
    net_loop_run(&srv.loops[0]);
    for (int i = 1; i < srv.nloops; i++)
        uv_thread_join(&srv.loops[i].thread);

    server_teardown(&srv);
    log_info("server: stopped");
    return 0;
}
