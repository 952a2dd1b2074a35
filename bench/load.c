/* load: the fan-out and publish load tool for `make bench`.
 *
 * Fan-out mode opens N subscriber connections (WebSocket or SSE) from source
 * addresses 127.0.0.2..127.0.0.254, waits until all are connected and idle,
 * then publishes K posts at a fixed rate (or in bursts) from a second thread.
 * Every post carries its send time ("bench t=<CLOCK_MONOTONIC ns>") and every
 * subscriber scans what it receives for that stamp, so each delivery gives one
 * latency sample.  With --server-pid it also reads the server's CPU time
 * (/proc/PID/stat and /proc/PID/task/+/schedstat) around the publish phase and
 * its RSS (VmRSS) before and after the subscribers connect.
 *
 * Publish-only mode measures acknowledged publishes per second over C
 * concurrent keep-alive HTTP connections.
 *
 * The last line printed is machine-readable: "RESULT key=value ...".
 * See bench/README.md.  Build: cc -O2 -Wall -pthread -o bench/build/load bench/load.c
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <zlib.h>

#ifndef IP_BIND_ADDRESS_NO_PORT
#define IP_BIND_ADDRESS_NO_PORT 24
#endif

#define MAX_PIDS 32
#define MAX_DB_PIDS 1024 /* a PostgreSQL server and every backend of six nodes' pools */
#define SLAB_SIZE (256 * 1024)
#define LAT_CAP (16u * 1024 * 1024)
#define WS_KEY "dGhlIHNhbXBsZSBub25jZQ=="
#define WS_ACCEPT "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=" /* RFC 6455 section 1.3 */
#define STAMP "bench t="

enum { T_WS, T_SSE };
enum { M_CRIER, M_BARE, M_NCHAN };

/* ---------------------------------------------------------------- options */

static struct {
    int target;
    int deflate; /* --target wsz: offer permessage-deflate */
    char host[64];
    int port;
    char path[512];
    int subs, posts;
    double rate;
    int payload;
    char pub_host[64];
    int pub_port;
    char pub_path[1024];
    const char *token;
    int pub_mode;
    int pids[MAX_PIDS];
    int npids;
    int burst, burst_window_ms, burst_interval_ms;
    int publish_only, concurrency;
    int connect_timeout_s, drain_timeout_s, max_seconds, idle_ms, inflight;
    int warmup_posts, warmup_subs, src_count;
    const char *label;
    /* Several load processes against several nodes (bench/cluster.sh). */
    int no_publish;       /* subscribe only: another process publishes */
    const char *sync_dir; /* where the processes meet: ready.L, go, published, finished.L, lat.L */
    int peers;            /* the publisher: how many other processes to gather */
    int cpids[MAX_PIDS];  /* the publisher: every node, for the cluster's CPU */
    int ncpids;
    int dbpids[MAX_DB_PIDS]; /* the publisher: the database's processes, reported apart */
    int ndbpids;
} O;

static uint64_t t_start_ns;

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "load: ");
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\n");
    va_end(ap);
    exit(1);
}

static void say(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "load[%s %6.2fs] ", O.label, (double)(now_ns() - t_start_ns) / 1e9);
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\n");
    va_end(ap);
}

static int deadline_passed(void)
{
    return now_ns() - t_start_ns > (uint64_t)O.max_seconds * 1000000000u;
}

static void *xcalloc(size_t n, size_t sz)
{
    void *p = calloc(n, sz);
    if (!p)
        die("out of memory (%zu x %zu)", n, sz);
    return p;
}

static long parse_long(const char *s, const char *what)
{
    char *e;
    errno = 0;
    long v = strtol(s, &e, 10);
    if (errno || *e || e == s)
        die("bad number for %s: %s", what, s);
    return v;
}

/* http://host:port/path (no https, no userinfo). */
static void parse_url(const char *url, char *host, size_t hcap, int *port, char *path, size_t pcap)
{
    const char *p = url;
    if (strncmp(p, "http://", 7) != 0)
        die("only http:// URLs: %s", url);
    p += 7;
    const char *slash = strchr(p, '/');
    const char *hp_end = slash ? slash : p + strlen(p);
    const char *colon = memchr(p, ':', (size_t)(hp_end - p));
    const char *h_end = colon ? colon : hp_end;
    if ((size_t)(h_end - p) >= hcap || h_end == p)
        die("bad host in %s", url);
    memcpy(host, p, (size_t)(h_end - p));
    host[h_end - p] = 0;
    *port = 80;
    if (colon) {
        char tmp[16];
        size_t l = (size_t)(hp_end - colon - 1);
        if (l == 0 || l >= sizeof tmp)
            die("bad port in %s", url);
        memcpy(tmp, colon + 1, l);
        tmp[l] = 0;
        *port = (int)parse_long(tmp, "port");
    }
    snprintf(path, pcap, "%s", slash ? slash : "/");
}

static void usage(void)
{
    fprintf(stderr,
            "usage:\n"
            "  load --target ws|sse --host 127.0.0.1 --port P --path /chan/ws --subs N --posts K\n"
            "       --rate R --payload-bytes B --publish-url http://127.0.0.1:P/... [--token T]\n"
            "       [--publish-mode crier|bare|nchan] [--server-pid PID]... [--burst B]\n"
            "       [--burst-window-ms 100] [--burst-interval-ms 1000] [--label NAME]\n"
            "       [--connect-timeout S] [--drain-timeout S] [--max-seconds S] [--idle-ms MS]\n"
            "       [--inflight H] [--warmup-posts W] [--warmup-subs W] [--src-count C]\n"
            "  load --publish-only --posts K --concurrency C --publish-url URL [--token T]\n"
            "       [--publish-mode crier|bare|nchan] [--payload-bytes B]\n"
            "several processes (bench/cluster.sh): each --sync-dir D --label UNIQUE;\n"
            "  one publishes (--peers P [--cluster-pid PID]... [--db-pid PID]...), the\n"
            "  P others subscribe only (--no-publish); D/go starts the posts\n");
    exit(2);
}

static void filler_init(void);

static void parse_args(int argc, char **argv)
{
    filler_init();
    O.target = T_WS;
    snprintf(O.host, sizeof O.host, "127.0.0.1");
    O.port = 8080;
    snprintf(O.path, sizeof O.path, "/bench/ws");
    O.subs = 1000;
    O.posts = 100;
    O.rate = 20;
    O.payload = 1024;
    O.pub_mode = M_CRIER;
    O.burst_window_ms = 100;
    O.burst_interval_ms = 1000;
    O.concurrency = 32;
    O.connect_timeout_s = 120;
    O.drain_timeout_s = 10;
    O.max_seconds = 600;
    O.idle_ms = 1000;
    O.inflight = 256;
    O.warmup_posts = 3;
    O.warmup_subs = 20;
    O.src_count = 253;
    O.label = "load";
    const char *url = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
#define ARG(name) (strcmp(a, name) == 0 && v && (i++, 1))
        if (strcmp(a, "--publish-only") == 0)
            O.publish_only = 1;
        else if (strcmp(a, "--no-publish") == 0)
            O.no_publish = 1;
        else if (ARG("--sync-dir"))
            O.sync_dir = v;
        else if (ARG("--peers"))
            O.peers = (int)parse_long(v, a);
        else if (ARG("--cluster-pid")) {
            if (O.ncpids == MAX_PIDS)
                die("too many --cluster-pid");
            O.cpids[O.ncpids++] = (int)parse_long(v, a);
        } else if (ARG("--db-pid")) {
            if (O.ndbpids == MAX_DB_PIDS)
                die("too many --db-pid");
            O.dbpids[O.ndbpids++] = (int)parse_long(v, a);
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0)
            usage();
        else if (ARG("--target")) {
            if (strcmp(v, "ws") == 0)
                O.target = T_WS;
            else if (strcmp(v, "wsz") == 0)
                O.target = T_WS, O.deflate = 1;
            else if (strcmp(v, "sse") == 0)
                O.target = T_SSE;
            else
                die("--target ws|wsz|sse");
        } else if (ARG("--host"))
            snprintf(O.host, sizeof O.host, "%s", v);
        else if (ARG("--port"))
            O.port = (int)parse_long(v, a);
        else if (ARG("--path"))
            snprintf(O.path, sizeof O.path, "%s", v);
        else if (ARG("--subs"))
            O.subs = (int)parse_long(v, a);
        else if (ARG("--posts"))
            O.posts = (int)parse_long(v, a);
        else if (ARG("--rate"))
            O.rate = strtod(v, NULL);
        else if (ARG("--payload-bytes"))
            O.payload = (int)parse_long(v, a);
        else if (ARG("--publish-url"))
            url = v;
        else if (ARG("--token"))
            O.token = v;
        else if (ARG("--publish-mode")) {
            if (strcmp(v, "crier") == 0)
                O.pub_mode = M_CRIER;
            else if (strcmp(v, "bare") == 0)
                O.pub_mode = M_BARE;
            else if (strcmp(v, "nchan") == 0)
                O.pub_mode = M_NCHAN;
            else
                die("--publish-mode crier|bare|nchan");
        } else if (ARG("--server-pid")) {
            if (O.npids == MAX_PIDS)
                die("too many --server-pid");
            O.pids[O.npids++] = (int)parse_long(v, a);
        } else if (ARG("--burst"))
            O.burst = (int)parse_long(v, a);
        else if (ARG("--burst-window-ms"))
            O.burst_window_ms = (int)parse_long(v, a);
        else if (ARG("--burst-interval-ms"))
            O.burst_interval_ms = (int)parse_long(v, a);
        else if (ARG("--concurrency"))
            O.concurrency = (int)parse_long(v, a);
        else if (ARG("--connect-timeout"))
            O.connect_timeout_s = (int)parse_long(v, a);
        else if (ARG("--drain-timeout"))
            O.drain_timeout_s = (int)parse_long(v, a);
        else if (ARG("--max-seconds"))
            O.max_seconds = (int)parse_long(v, a);
        else if (ARG("--idle-ms"))
            O.idle_ms = (int)parse_long(v, a);
        else if (ARG("--inflight"))
            O.inflight = (int)parse_long(v, a);
        else if (ARG("--warmup-posts"))
            O.warmup_posts = (int)parse_long(v, a);
        else if (ARG("--warmup-subs"))
            O.warmup_subs = (int)parse_long(v, a);
        else if (ARG("--src-count"))
            O.src_count = (int)parse_long(v, a);
        else if (ARG("--label"))
            O.label = v;
        else {
            fprintf(stderr, "load: unknown or incomplete argument %s\n", a);
            usage();
        }
#undef ARG
    }
    if (O.no_publish && (O.publish_only || !O.sync_dir))
        die("--no-publish needs --sync-dir (and no --publish-only)");
    if (O.peers < 0 || O.peers > 1000 || (O.peers && !O.sync_dir))
        die("--peers needs --sync-dir");
    if (!url && !O.no_publish)
        die("--publish-url is required");
    if (url)
        parse_url(url, O.pub_host, sizeof O.pub_host, &O.pub_port, O.pub_path, sizeof O.pub_path);
    if (O.posts < 1 || O.posts > 1000000)
        die("--posts must be 1..1000000");
    if (O.subs < 0 || O.rate <= 0 || O.payload < 0 || O.payload > 60000 || O.concurrency < 1 ||
        O.concurrency > 4096 || O.src_count < 1 || O.src_count > 253 || O.inflight < 1 ||
        O.burst < 0 || O.max_seconds < 1)
        die("argument out of range");
    if (O.pub_mode == M_CRIER && !O.token && !O.publish_only && !O.no_publish)
        fprintf(stderr, "load: warning: crier mode without --token\n");
}

/* ------------------------------------------------------- server /proc reads */

struct cpu_sample {
    uint64_t stat_ticks; /* utime + stime, clock ticks, all threads incl. exited */
    uint64_t sched_ns;   /* sum of live threads' on-CPU ns (schedstat field 1) */
    int sched_ok;
    int stat_ok; /* every pid's stat was read */
};

static int read_file(const char *path, char *buf, size_t cap)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    ssize_t n = read(fd, buf, cap - 1);
    close(fd);
    if (n < 0)
        return -1;
    buf[n] = 0;
    return (int)n;
}

static void cpu_read_pids(struct cpu_sample *s, const int *pids, int npids)
{
    memset(s, 0, sizeof *s);
    s->sched_ok = 1;
    s->stat_ok = 1;
    for (int i = 0; i < npids; i++) {
        char path[128], buf[4096];
        snprintf(path, sizeof path, "/proc/%d/stat", pids[i]);
        if (read_file(path, buf, sizeof buf) < 0) {
            fprintf(stderr, "load: warning: cannot read %s\n", path);
            s->sched_ok = 0;
            s->stat_ok = 0;
            continue;
        }
        /* Fields after the last ')': state(3) ... utime(14) stime(15). */
        char *p = strrchr(buf, ')');
        if (!p)
            continue;
        p += 2;
        unsigned long long ut = 0, st = 0;
        int field = 3;
        char *save = NULL;
        for (char *tok = strtok_r(p, " ", &save); tok; tok = strtok_r(NULL, " ", &save), field++) {
            if (field == 14)
                ut = strtoull(tok, NULL, 10);
            else if (field == 15) {
                st = strtoull(tok, NULL, 10);
                break;
            }
        }
        s->stat_ticks += ut + st;

        snprintf(path, sizeof path, "/proc/%d/task", pids[i]);
        DIR *d = opendir(path);
        if (!d) {
            s->sched_ok = 0;
            continue;
        }
        struct dirent *de;
        int ntasks = 0;
        while ((de = readdir(d)) != NULL && ntasks < 4096) {
            if (de->d_name[0] == '.')
                continue;
            ntasks++;
            char tp[300];
            snprintf(tp, sizeof tp, "/proc/%d/task/%s/schedstat", pids[i], de->d_name);
            if (read_file(tp, buf, sizeof buf) < 0) {
                s->sched_ok = 0;
                continue;
            }
            s->sched_ns += strtoull(buf, NULL, 10);
        }
        closedir(d);
    }
}

static void cpu_read(struct cpu_sample *s)
{
    cpu_read_pids(s, O.pids, O.npids);
}

/* Sum of VmRSS over the server pids, in bytes; -1 when unknown. */
static long long rss_read(void)
{
    if (O.npids == 0)
        return -1;
    long long total = 0;
    for (int i = 0; i < O.npids; i++) {
        char path[64], buf[8192];
        snprintf(path, sizeof path, "/proc/%d/status", O.pids[i]);
        if (read_file(path, buf, sizeof buf) < 0)
            return -1;
        char *p = strstr(buf, "VmRSS:");
        if (!p)
            return -1;
        total += strtoll(p + 6, NULL, 10) * 1024;
    }
    return total;
}

/* ------------------------------------------- several processes (cluster) */

static void sync_path(char *out, size_t cap, const char *name, const char *label)
{
    if (label)
        snprintf(out, cap, "%s/%s.%s", O.sync_dir, name, label);
    else
        snprintf(out, cap, "%s/%s", O.sync_dir, name);
}

/* Write a file whole, then rename it into place: a reader never sees half. */
static void sync_write(const char *name, const char *label, const void *data, size_t len)
{
    char path[1024], tmp[1100];
    sync_path(path, sizeof path, name, label);
    snprintf(tmp, sizeof tmp, "%s.tmp%d", path, (int)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        die("cannot write %s: %s", tmp, strerror(errno));
    const char *p = data;
    while (len > 0) {
        ssize_t w = write(fd, p, len);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            die("write %s: %s", tmp, strerror(errno));
        p += w;
        len -= (size_t)w;
    }
    close(fd);
    if (rename(tmp, path) < 0)
        die("rename %s: %s", tmp, strerror(errno));
}

/* How many files in the sync dir are named PREFIX.<label> (no temp files). */
static int sync_count(const char *prefix)
{
    DIR *d = opendir(O.sync_dir);
    if (!d)
        return 0;
    size_t pl = strlen(prefix);
    int n = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL)
        if (strncmp(de->d_name, prefix, pl) == 0 && de->d_name[pl] == '.' &&
            !strstr(de->d_name + pl, ".tmp"))
            n++;
    closedir(d);
    return n;
}

/* ---------------------------------------------------------- HTTP helpers */

static int connect_to(const char *host, int port, int nonblock, uint32_t src)
{
    struct sockaddr_in sin;
    memset(&sin, 0, sizeof sin);
    sin.sin_family = AF_INET;
    sin.sin_port = htons((uint16_t)port);
    if (inet_pton(AF_INET, host, &sin.sin_addr) != 1)
        die("host must be a dotted IPv4 address: %s", host);
    if ((ntohl(sin.sin_addr.s_addr) >> 24) != 127)
        die("refusing a target outside 127.0.0.0/8: %s", host);
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | (nonblock ? SOCK_NONBLOCK : 0), 0);
    if (fd < 0)
        return -errno;
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (src) {
        /* Defer the port choice to connect(): the port then only has to be
         * unique per 4-tuple, and each source address has its own range. */
        setsockopt(fd, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &one, sizeof one);
        struct sockaddr_in b;
        memset(&b, 0, sizeof b);
        b.sin_family = AF_INET;
        b.sin_addr.s_addr = htonl(src);
        if (bind(fd, (struct sockaddr *)&b, sizeof b) < 0) {
            int e = errno;
            close(fd);
            return -e;
        }
    }
    if (connect(fd, (struct sockaddr *)&sin, sizeof sin) < 0 && errno != EINPROGRESS) {
        int e = errno;
        close(fd);
        return -e;
    }
    return fd;
}

/* Find header `name` in a response head; returns value and length. */
static const char *head_value(const char *h, size_t n, const char *name, size_t *vlen)
{
    size_t nl = strlen(name);
    const char *end = h + n;
    const char *line = memchr(h, '\n', n);
    while (line && line + 1 < end) {
        line++;
        const char *eol = memchr(line, '\n', (size_t)(end - line));
        if (!eol)
            break;
        if ((size_t)(eol - line) > nl && strncasecmp(line, name, nl) == 0 && line[nl] == ':') {
            const char *v = line + nl + 1;
            while (v < eol && (*v == ' ' || *v == '\t'))
                v++;
            const char *ve = eol;
            while (ve > v && (ve[-1] == '\r' || ve[-1] == ' '))
                ve--;
            *vlen = (size_t)(ve - v);
            return v;
        }
        line = eol;
    }
    return NULL;
}

static int value_has(const char *v, size_t vl, const char *tok)
{
    size_t tl = strlen(tok);
    for (size_t i = 0; v && i + tl <= vl; i++)
        if (strncasecmp(v + i, tok, tl) == 0)
            return 1;
    return 0;
}

static int head_status(const char *h, size_t n)
{
    if (n < 12 || strncmp(h, "HTTP/1.", 7) != 0)
        return -1;
    return (h[9] - '0') * 100 + (h[10] - '0') * 10 + (h[11] - '0');
}

/* Is a complete HTTP response at buf?  1 yes (sets *status, *total, *close),
 * 0 need more, -1 malformed.  Handles Content-Length, chunked, and bodiless. */
static int resp_complete(const char *buf, size_t len, int *status, size_t *total, int *closing)
{
    const char *e = memmem(buf, len, "\r\n\r\n", 4);
    if (!e)
        return len > 65536 ? -1 : 0;
    size_t hl = (size_t)(e - buf) + 4;
    *status = head_status(buf, hl);
    if (*status < 100)
        return -1;
    size_t vl;
    const char *v = head_value(buf, hl, "Connection", &vl);
    *closing = v && value_has(v, vl, "close");
    if (*status == 204 || *status == 304 || *status < 200) {
        *total = hl;
        return 1;
    }
    v = head_value(buf, hl, "Transfer-Encoding", &vl);
    if (v && value_has(v, vl, "chunked")) {
        size_t pos = hl;
        for (int guard = 0; guard < 100000; guard++) {
            const char *nl = memmem(buf + pos, len - pos, "\r\n", 2);
            if (!nl)
                return 0;
            unsigned long sz = strtoul(buf + pos, NULL, 16);
            pos = (size_t)(nl - buf) + 2;
            if (sz == 0) {
                /* no trailers expected: the final CRLF */
                if (len - pos < 2)
                    return 0;
                *total = pos + 2;
                return 1;
            }
            if (len - pos < sz + 2)
                return 0;
            pos += sz + 2;
        }
        return -1;
    }
    v = head_value(buf, hl, "Content-Length", &vl);
    if (v) {
        size_t cl = (size_t)strtoull(v, NULL, 10);
        if (len < hl + cl)
            return 0;
        *total = hl + cl;
        return 1;
    }
    *closing = 1; /* body runs to EOF: we don't wait for it */
    *total = len;
    return 1;
}

/* The posts' body: words of news copy, made-up names and figures, drawn
 * with a fixed seed, so that it compresses about as news does (deflate
 * keeps about 58 % of a kilobyte of it, 60 % of a French news post's
 * event): a repeated phrase would compress to a few bytes and flatter a
 * server that compresses. ASCII, nothing JSON must escape, and no 'b',
 * which keeps the receivers' memchr scan for the stamp cheap. */
static char FILLER[65536 + 1];

static void filler_init(void)
{
    static const char *const words[] = {
        "le",         "la",        "les",      "des",        "une",      "dans",
        "sur",        "pour",      "avec",     "sans",       "selon",    "apres",
        "avant",      "contre",    "entre",    "vers",       "chez",     "gouvernement",
        "ministre",   "president", "maire",    "conseil",    "ville",    "region",
        "pays",       "police",    "justice",  "greve",      "syndicat", "salaries",
        "usine",      "emplois",   "salaire",  "prix",       "hausse",   "marche",
        "entreprise", "incendie",  "pompiers", "victimes",   "morts",    "accident",
        "route",      "autoroute", "train",    "gare",       "aeroport", "election",
        "vote",       "deputes",   "senat",    "loi",        "projet",   "reforme",
        "sante",      "hopital",   "ecole",    "eleves",     "parents",  "meteo",
        "neige",      "pluie",     "tempete",  "vent",       "alerte",   "vigilance",
        "secours",    "habitants", "quartier", "centre",     "the",      "a",
        "of",         "and",       "to",       "in",         "on",       "for",
        "with",       "from",      "after",    "said",       "says",     "told",
        "people",     "city",      "state",    "government", "minister", "mayor",
        "council",    "court",     "judge",    "trial",      "jury",     "verdict",
        "strike",     "union",     "workers",  "plant",      "wages",    "price",
        "rise",       "fall",      "market",   "company",    "shares",   "fire",
        "victims",    "dead",      "injured",  "crash",      "road",     "highway",
        "station",    "airport",   "voters",   "lawmakers",  "senate",   "law",
        "plan",       "reform",    "health",   "hospital",   "school",   "students",
        "weather",    "snow",      "rain",     "storm",      "wind",     "warning",
        "residents",  "district",  "downtown", "officials",  "report",   "thursday",
        "friday",     "monday",    "morning",  "evening",    "night",    "week",
        "month",      "year",      "hours",    "minutes"};
    static const char cons[] = "cdfghjklmnprstvz", vow[] = "aeiou";
    uint32_t x = 2463534242u;
    size_t n = 0;
#define NEXT() (x ^= x << 13, x ^= x >> 17, x ^= x << 5, x)
    while (n < sizeof FILLER - 64) {
        uint32_t r = NEXT() % 100;
        if (r < 25) { /* a name: two to four syllables, capitalised */
            int syl = 2 + (int)(NEXT() % 3);
            for (int k = 0; k < syl; k++) {
                char c = cons[NEXT() % (sizeof cons - 1)];
                FILLER[n++] = k ? c : (char)(c - 'a' + 'A');
                FILLER[n++] = vow[NEXT() % (sizeof vow - 1)];
            }
        } else if (r < 30) {
            n += (size_t)snprintf(FILLER + n, 8, "%u", 2 + NEXT() % 2998);
        } else {
            const char *w = words[NEXT() % (sizeof words / sizeof words[0])];
            size_t l = strlen(w);
            memcpy(FILLER + n, w, l);
            n += l;
        }
        FILLER[n++] = ' ';
    }
#undef NEXT
    FILLER[n] = '\0';
}

/* Build one publish request in out; returns its length.  The stamp is the
 * zero-padded send time, so every request of a run has the same size. */
static size_t build_publish(char *out, size_t cap, uint64_t stamp, int warmup)
{
    char body[65536 + 256];
    int bl = snprintf(body, sizeof body, "{\"title\":\"%s%020" PRIu64 "\",\"body\":\"",
                      warmup ? "warmup w=" : STAMP, stamp);
    /* FILLER has no 'b', which keeps the receivers' memchr scan cheap. */
    for (int i = 0; i < O.payload; i++)
        body[bl++] = FILLER[(size_t)i % (sizeof FILLER - 1)];
    bl += snprintf(body + bl, sizeof body - (size_t)bl, "\"}");
    char auth[600] = "";
    if (O.token && O.pub_mode == M_CRIER)
        snprintf(auth, sizeof auth, "Authorization: Bearer %s\r\n", O.token);
    int hl = snprintf(out, cap,
                      "POST %s HTTP/1.1\r\nHost: %s:%d\r\nContent-Type: application/json\r\n"
                      "%sContent-Length: %d\r\n\r\n",
                      O.pub_path, O.pub_host, O.pub_port, auth, bl);
    if ((size_t)hl + (size_t)bl >= cap)
        die("publish request too large");
    memcpy(out + hl, body, (size_t)bl);
    return (size_t)hl + (size_t)bl;
}

/* ------------------------------------------------- blocking publisher side */

struct pubconn {
    int fd;
    char rbuf[65536];
    size_t rlen;
};

static void pub_close(struct pubconn *pc)
{
    if (pc->fd >= 0)
        close(pc->fd);
    pc->fd = -1;
    pc->rlen = 0;
}

static int pub_open(struct pubconn *pc)
{
    pc->rlen = 0;
    pc->fd = connect_to(O.pub_host, O.pub_port, 0, 0);
    if (pc->fd < 0)
        return -1;
    struct timeval tv = {.tv_sec = 15};
    setsockopt(pc->fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    setsockopt(pc->fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    return 0;
}

static struct {
    pthread_t th;
    atomic_int sent, ok, errors, done;
    atomic_uint_least64_t last_sent_ns;
    uint64_t *ack_ns; /* per post: answer time - send time */
    int first_bad_status;
    /* Every stamp sent, in increasing order, so a receiver can find which
     * post a delivery belongs to; written before the request leaves. */
    uint64_t *stamps;
    int stamps_cap;
    atomic_int nstamps;
    uint64_t *post_last; /* per stamp: latency of its last delivery (receiver thread) */
    uint32_t *post_count;
} P;

/* Send one publish and wait for its answer.  Returns the HTTP status, or -1. */
static int pub_one(struct pubconn *pc, uint64_t *sent_ns, int warmup)
{
    static __thread char req[70000];
    for (int attempt = 0; attempt < 2; attempt++) {
        if (pc->fd < 0 && pub_open(pc) < 0)
            return -1;
        uint64_t t = now_ns();
        size_t n = build_publish(req, sizeof req, t, warmup);
        if (!warmup && P.stamps) {
            int k = atomic_load_explicit(&P.nstamps, memory_order_relaxed);
            if (k < P.stamps_cap) {
                P.stamps[k] = t;
                atomic_store_explicit(&P.nstamps, k + 1, memory_order_release);
            }
        }
        size_t off = 0;
        while (off < n) {
            ssize_t w = write(pc->fd, req + off, n - off);
            if (w <= 0) {
                if (w < 0 && errno == EINTR)
                    continue;
                break;
            }
            off += (size_t)w;
        }
        if (off < n) {
            pub_close(pc);
            continue; /* nothing was answered: retry once on a fresh connection */
        }
        *sent_ns = t;
        for (int rounds = 0; rounds < 10000; rounds++) {
            int status, closing;
            size_t total;
            int rc = resp_complete(pc->rbuf, pc->rlen, &status, &total, &closing);
            if (rc < 0) {
                pub_close(pc);
                return -1;
            }
            if (rc == 1) {
                memmove(pc->rbuf, pc->rbuf + total, pc->rlen - total);
                pc->rlen -= total;
                if (closing)
                    pub_close(pc);
                return status;
            }
            if (pc->rlen == sizeof pc->rbuf) {
                pub_close(pc);
                return -1;
            }
            ssize_t r = read(pc->fd, pc->rbuf + pc->rlen, sizeof pc->rbuf - pc->rlen);
            if (r < 0 && errno == EINTR)
                continue;
            if (r <= 0) {
                pub_close(pc);
                /* EOF before any answer on a reused connection: retry once */
                if (r == 0 && pc->rlen == 0 && attempt == 0)
                    break;
                return -1;
            }
            pc->rlen += (size_t)r;
        }
        if (pc->fd >= 0) {
            pub_close(pc);
            return -1;
        }
    }
    return -1;
}

static void sleep_until(uint64_t t)
{
    struct timespec ts = {.tv_sec = (time_t)(t / 1000000000u), .tv_nsec = (long)(t % 1000000000u)};
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) == EINTR)
        ;
}

static void *publisher_main(void *arg)
{
    (void)arg;
    struct pubconn *pc = xcalloc(1, sizeof *pc);
    pc->fd = -1;
    uint64_t t0 = now_ns() + 5000000; /* start 5 ms from now */
    int consecutive_errors = 0;
    for (int i = 0; i < O.posts && !deadline_passed(); i++) {
        uint64_t at;
        if (O.burst > 0) {
            uint64_t b = (uint64_t)(i / O.burst), j = (uint64_t)(i % O.burst);
            at = t0 + b * (uint64_t)O.burst_interval_ms * 1000000u +
                 j * (uint64_t)O.burst_window_ms * 1000000u / (uint64_t)O.burst;
        } else {
            at = t0 + (uint64_t)((double)i * 1e9 / O.rate);
        }
        sleep_until(at);
        uint64_t sent = 0;
        int st = pub_one(pc, &sent, 0);
        uint64_t done_at = now_ns();
        atomic_fetch_add(&P.sent, 1);
        if (st >= 200 && st < 300) {
            P.ack_ns[atomic_load(&P.ok)] = done_at - sent;
            atomic_fetch_add(&P.ok, 1);
        } else {
            if (atomic_fetch_add(&P.errors, 1) == 0)
                P.first_bad_status = st;
        }
        consecutive_errors = (st >= 200 && st < 300) ? 0 : consecutive_errors + 1;
        if (consecutive_errors >= 10) {
            fprintf(stderr, "load: 10 publishes in a row failed (last status %d); stopping\n", st);
            break;
        }
        atomic_store(&P.last_sent_ns, sent);
    }
    pub_close(pc);
    free(pc);
    if (O.sync_dir) {
        char line[64];
        int l = snprintf(line, sizeof line, "%d %d\n", atomic_load(&P.ok), atomic_load(&P.sent));
        sync_write("published", NULL, line, (size_t)l);
    }
    atomic_store(&P.done, 1);
    return NULL;
}

/* ------------------------------------------------------------ subscribers */

enum { S_IDLE, S_CONNECTING, S_HEAD, S_OPEN, S_DEAD, S_FAILED };
enum { CH_SIZE, CH_EXT, CH_DATA, CH_DATA_CR, CH_DATA_LF, CH_END };

struct sub {
    int fd;
    uint8_t state, retries, chunked, ch_state;
    uint32_t ch_rem;
    uint32_t got; /* deliveries matched */
    /* WebSocket frame parser */
    uint8_t ws_hlen, ws_need, ws_in_payload, ws_opcode;
    uint8_t z;       /* permessage-deflate negotiated */
    uint8_t ws_rsv1; /* the current data frame is compressed */
    uint32_t zlen;   /* compressed message bytes so far, in zbuf */
    uint32_t zcap;   /* zbuf's size */
    uint8_t *zbuf;   /* a compressed message being read, lazily allocated */
    uint8_t ws_hdr[14];
    uint8_t ctl_len;
    uint64_t ws_rem;
    char *ctl; /* control frame payload (ping/close), lazily allocated */
    /* stamp matcher */
    uint8_t m_pos, m_dig;
    uint64_t m_val;
    char *head; /* response head while connecting */
    uint16_t head_len;
};

static struct sub *subs;
static int nsubs_alloc;
static int epfd;
static char *slab;

static struct {
    int connected, failed, closed_by_server, bad_accept, inflight;
    int next; /* next never-started index */
    int *retry;
    int nretry;
    uint64_t deliveries, bad_stamps, unknown_stamps, bytes, control_frames;
    uint64_t deflate_subs, inflated; /* subscribers that negotiated it; messages inflated */
    uint64_t *lat;
    size_t nlat;
    int recording;
    int first_fail_errno, first_fail_status;
    uint64_t last_delivery_ns;
} S;

static void record(struct sub *s, uint64_t stamp, uint64_t now)
{
    if (stamp > now || now - stamp > 3600ull * 1000000000u) {
        S.bad_stamps++;
        return;
    }
    s->got++;
    if (!S.recording)
        return;
    S.deliveries++;
    S.last_delivery_ns = now;
    if (S.nlat < LAT_CAP)
        S.lat[S.nlat++] = now - stamp;
    if (O.no_publish) {
        /* Another process publishes: learn each post's stamp from its first
         * delivery (a run has few posts: a linear search will do). */
        int k = atomic_load_explicit(&P.nstamps, memory_order_relaxed);
        for (int i = 0; i < k; i++)
            if (P.stamps[i] == stamp) {
                P.post_count[i]++;
                if (now - stamp > P.post_last[i])
                    P.post_last[i] = now - stamp;
                return;
            }
        if (k < P.stamps_cap) {
            P.stamps[k] = stamp;
            P.post_count[k] = 1;
            P.post_last[k] = now - stamp;
            atomic_store_explicit(&P.nstamps, k + 1, memory_order_relaxed);
            return;
        }
        S.unknown_stamps++;
        return;
    }
    /* which post: binary search over the stamps sent so far */
    int lo = 0, hi = atomic_load_explicit(&P.nstamps, memory_order_acquire) - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        if (P.stamps[mid] == stamp) {
            P.post_count[mid]++;
            if (now - stamp > P.post_last[mid])
                P.post_last[mid] = now - stamp;
            return;
        }
        if (P.stamps[mid] < stamp)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    S.unknown_stamps++;
}

/* Scan payload bytes for "bench t=<digits>".  The pattern has a single 'b',
 * so on a mismatch the only possible restart is at a 'b'. */
static void match_feed(struct sub *s, const uint8_t *p, size_t n, uint64_t now)
{
    static const char pat[] = STAMP;
    const size_t plen = sizeof pat - 1;
    size_t i = 0;
    while (i < n) {
        if (s->m_pos == 0) {
            const uint8_t *b = memchr(p + i, 'b', n - i);
            if (!b)
                return;
            i = (size_t)(b - p) + 1;
            s->m_pos = 1;
            continue;
        }
        uint8_t c = p[i];
        if (s->m_pos < plen) {
            if (c == (uint8_t)pat[s->m_pos]) {
                s->m_pos++;
                i++;
            } else {
                s->m_pos = 0; /* re-examine c: it may be a 'b' */
            }
            continue;
        }
        if (c >= '0' && c <= '9' && s->m_dig < 20) {
            s->m_val = s->m_val * 10 + (uint64_t)(c - '0');
            s->m_dig++;
            i++;
            continue;
        }
        if (s->m_dig > 0)
            record(s, s->m_val, now);
        s->m_pos = 0;
        s->m_dig = 0;
        s->m_val = 0;
    }
}

static void sub_fail(int idx, int err, int status);

static void ws_send_control(struct sub *s, uint8_t opcode, const char *payload, size_t len)
{
    uint8_t f[2 + 4 + 125];
    if (len > 125)
        len = 125;
    f[0] = (uint8_t)(0x80 | opcode);
    f[1] = (uint8_t)(0x80 | len);
    memset(f + 2, 0, 4); /* a zero mask key: masked, and the payload unchanged */
    memcpy(f + 6, payload, len);
    if (write(s->fd, f, 6 + len) < 0) {
        /* best effort */
    }
}

/* Compressed messages (permessage-deflate): every subscriber gets the same
 * bytes for a post, so the last message inflated is kept and a message
 * equal to it is scanned from that copy rather than inflated again. */
#define ZMSG_MAX (1u << 20)
static struct {
    uint8_t *z, *plain;
    size_t zlen, plen;
} zlast;

static void z_collect(struct sub *s, const uint8_t *p, size_t n)
{
    if (n > ZMSG_MAX - s->zlen)
        die("a compressed message past 1 MiB");
    if (s->zlen + n > s->zcap) {
        size_t cap = s->zcap ? s->zcap : 2048;
        while (cap < s->zlen + n)
            cap *= 2;
        s->zbuf = realloc(s->zbuf, cap);
        if (!s->zbuf)
            die("out of memory");
        s->zcap = (uint32_t)cap;
    }
    memcpy(s->zbuf + s->zlen, p, n);
    s->zlen += (uint32_t)n;
}

static void z_inflate_last(const uint8_t *in, size_t n)
{
    static const uint8_t tail[4] = {0, 0, 0xff, 0xff};
    z_stream z;
    memset(&z, 0, sizeof z);
    if (!zlast.plain)
        zlast.plain = xcalloc(1, 4 * ZMSG_MAX);
    if (inflateInit2(&z, -15) != Z_OK)
        die("inflateInit2 failed");
    z.next_out = zlast.plain;
    z.avail_out = 4 * ZMSG_MAX;
    for (int part = 0; part < 2; part++) {
        z.next_in = (Bytef *)(uintptr_t)(part ? tail : in);
        z.avail_in = (uInt)(part ? sizeof tail : n);
        int zr = inflate(&z, Z_SYNC_FLUSH);
        if (zr == Z_STREAM_END)
            break;
        if (zr != Z_OK && zr != Z_BUF_ERROR)
            die("a compressed message does not inflate");
    }
    zlast.plen = 4 * ZMSG_MAX - z.avail_out;
    inflateEnd(&z);
    zlast.z = realloc(zlast.z, n ? n : 1);
    if (!zlast.z)
        die("out of memory");
    memcpy(zlast.z, in, n);
    zlast.zlen = n;
    S.inflated++;
}

/* A whole compressed message: scan what it inflates to. */
static void z_message(struct sub *s, uint64_t now)
{
    if (s->zlen != zlast.zlen || memcmp(s->zbuf, zlast.z, s->zlen) != 0)
        z_inflate_last(s->zbuf, s->zlen);
    s->zlen = 0;
    s->m_pos = 0;
    s->m_dig = 0;
    s->m_val = 0;
    match_feed(s, zlast.plain, zlast.plen, now);
    if (s->m_pos == sizeof STAMP - 1 && s->m_dig > 0)
        record(s, s->m_val, now);
    s->m_pos = 0;
    s->m_dig = 0;
    s->m_val = 0;
}

static void ws_feed(struct sub *s, const uint8_t *p, size_t n, uint64_t now)
{
    size_t i = 0;
    while (i < n) {
        if (!s->ws_in_payload) {
            s->ws_hdr[s->ws_hlen++] = p[i++];
            if (s->ws_hlen == 2) {
                uint8_t l7 = s->ws_hdr[1] & 0x7f;
                s->ws_need = (uint8_t)(2 +
                                       (l7 == 126   ? 2
                                        : l7 == 127 ? 8
                                                    : 0) +
                                       ((s->ws_hdr[1] & 0x80) ? 4 : 0));
            }
            if (s->ws_hlen < 2 || s->ws_hlen < s->ws_need)
                continue;
            uint8_t l7 = s->ws_hdr[1] & 0x7f;
            uint64_t len = l7;
            if (l7 == 126)
                len = ((uint64_t)s->ws_hdr[2] << 8) | s->ws_hdr[3];
            else if (l7 == 127) {
                len = 0;
                for (int k = 0; k < 8; k++)
                    len = (len << 8) | s->ws_hdr[2 + k];
            }
            s->ws_opcode = s->ws_hdr[0] & 0x0f;
            if (s->ws_opcode == 1 || s->ws_opcode == 2)
                s->ws_rsv1 = s->z && (s->ws_hdr[0] & 0x40);
            s->ws_rem = len;
            s->ws_hlen = 0;
            s->ws_need = 0;
            s->ws_in_payload = 1;
            s->ctl_len = 0;
            if (s->ws_opcode == 1 || s->ws_opcode == 2) {
                s->m_pos = 0;
                s->m_dig = 0;
                s->m_val = 0;
            }
        } else {
            size_t m = n - i < s->ws_rem ? n - i : (size_t)s->ws_rem;
            if (s->ws_opcode < 8 && s->ws_rsv1) {
                z_collect(s, p + i, m);
            } else if (s->ws_opcode < 8) {
                match_feed(s, p + i, m, now);
            } else {
                if (!s->ctl)
                    s->ctl = xcalloc(1, 128);
                size_t room = 125 - s->ctl_len;
                size_t c = m < room ? m : room;
                memcpy(s->ctl + s->ctl_len, p + i, c);
                s->ctl_len = (uint8_t)(s->ctl_len + c);
            }
            i += m;
            s->ws_rem -= m;
        }
        if (s->ws_in_payload && s->ws_rem == 0) {
            s->ws_in_payload = 0;
            if (s->ws_opcode < 8 && s->ws_rsv1 && (s->ws_hdr[0] & 0x80))
                z_message(s, now);
            if (s->ws_opcode < 8 && s->m_pos == sizeof STAMP - 1 && s->m_dig > 0) {
                record(s, s->m_val, now); /* stamp ended with the message */
                s->m_pos = 0;
                s->m_dig = 0;
                s->m_val = 0;
            }
            if (s->ws_opcode >= 8) {
                S.control_frames++;
                if (s->ws_opcode == 9)
                    ws_send_control(s, 0xA, s->ctl, s->ctl_len);
                else if (s->ws_opcode == 8)
                    ws_send_control(s, 0x8, s->ctl, s->ctl_len < 2 ? s->ctl_len : 2);
            }
        }
    }
}

static void payload_feed(struct sub *s, const uint8_t *p, size_t n, uint64_t now)
{
    if (O.target == T_WS)
        ws_feed(s, p, n, now);
    else
        match_feed(s, p, n, now);
}

/* Undo HTTP/1.1 chunked transfer coding on the fly (nginx chunks SSE). */
static void stream_feed(struct sub *s, const uint8_t *p, size_t n, uint64_t now)
{
    if (!s->chunked) {
        payload_feed(s, p, n, now);
        return;
    }
    size_t i = 0;
    while (i < n) {
        uint8_t c = p[i];
        switch (s->ch_state) {
        case CH_SIZE:
            i++;
            if (isxdigit(c)) {
                uint32_t d = (uint32_t)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
                s->ch_rem = s->ch_rem * 16 + d;
            } else if (c == ';') {
                s->ch_state = CH_EXT;
            } else if (c == '\n') {
                s->ch_state = s->ch_rem ? CH_DATA : CH_END;
            }
            break;
        case CH_EXT:
            i++;
            if (c == '\n')
                s->ch_state = s->ch_rem ? CH_DATA : CH_END;
            break;
        case CH_DATA: {
            size_t m = n - i < s->ch_rem ? n - i : s->ch_rem;
            payload_feed(s, p + i, m, now);
            i += m;
            s->ch_rem -= (uint32_t)m;
            if (s->ch_rem == 0)
                s->ch_state = CH_DATA_CR;
            break;
        }
        case CH_DATA_CR:
        case CH_DATA_LF:
            i++;
            if (c == '\n') {
                s->ch_state = CH_SIZE;
                s->ch_rem = 0;
            }
            break;
        default: i = n; break;
        }
    }
}

static void sub_start(int idx)
{
    struct sub *s = &subs[idx];
    uint32_t src = (127u << 24) | (uint32_t)(2 + idx % O.src_count);
    int fd = connect_to(O.host, O.port, 1, src);
    S.inflight++;
    if (fd < 0) {
        s->fd = -1;
        sub_fail(idx, -fd, 0);
        return;
    }
    s->fd = fd;
    s->state = S_CONNECTING;
    struct epoll_event ev = {.events = EPOLLOUT, .data.u64 = (uint64_t)idx};
    if (epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev) < 0)
        die("epoll_ctl: %s", strerror(errno));
}

static void sub_reset_parse(struct sub *s)
{
    free(s->head);
    s->head = NULL;
    s->head_len = 0;
    free(s->ctl);
    s->ctl = NULL;
    s->chunked = s->ch_state = 0;
    s->ch_rem = 0;
    s->ws_hlen = s->ws_need = s->ws_in_payload = s->ws_opcode = s->ctl_len = 0;
    s->ws_rem = 0;
    s->z = s->ws_rsv1 = 0;
    s->zlen = s->zcap = 0;
    free(s->zbuf);
    s->zbuf = NULL;
    s->m_pos = s->m_dig = 0;
    s->m_val = 0;
}

/* A connection attempt failed: retry it a few times, then give up on it. */
static void sub_fail(int idx, int err, int status)
{
    struct sub *s = &subs[idx];
    if (s->fd >= 0) {
        epoll_ctl(epfd, EPOLL_CTL_DEL, s->fd, NULL);
        close(s->fd);
        s->fd = -1;
    }
    sub_reset_parse(s);
    S.inflight--;
    if (!S.first_fail_errno && err)
        S.first_fail_errno = err;
    if (!S.first_fail_status && status)
        S.first_fail_status = status;
    if (++s->retries < 3) {
        s->state = S_IDLE;
        S.retry[S.nretry++] = idx;
    } else {
        s->state = S_FAILED;
        S.failed++;
    }
}

static void sub_close(int idx)
{
    struct sub *s = &subs[idx];
    if (s->fd >= 0) {
        epoll_ctl(epfd, EPOLL_CTL_DEL, s->fd, NULL);
        close(s->fd);
    }
    s->fd = -1;
    sub_reset_parse(s);
}

static void sub_head_done(int idx, size_t head_len, uint64_t now)
{
    struct sub *s = &subs[idx];
    int st = head_status(s->head, head_len);
    size_t vl;
    const char *v;
    int want = O.target == T_WS ? 101 : 200;
    if (st != want) {
        sub_fail(idx, 0, st);
        return;
    }
    if (O.target == T_WS) {
        v = head_value(s->head, head_len, "Sec-WebSocket-Accept", &vl);
        if (!v || vl != strlen(WS_ACCEPT) || memcmp(v, WS_ACCEPT, vl) != 0) {
            S.bad_accept++;
            sub_fail(idx, 0, st);
            return;
        }
        /* A server that takes the offer answers it; one that does not
         * (bare, nchan) sends plain frames. */
        v = head_value(s->head, head_len, "Sec-WebSocket-Extensions", &vl);
        s->z = O.deflate && v && value_has(v, vl, "permessage-deflate");
        if (s->z)
            S.deflate_subs++;
    } else {
        v = head_value(s->head, head_len, "Transfer-Encoding", &vl);
        s->chunked = v && value_has(v, vl, "chunked");
    }
    size_t extra = s->head_len - head_len;
    char tail[4096];
    if (extra > sizeof tail)
        extra = sizeof tail;
    memcpy(tail, s->head + head_len, extra);
    free(s->head);
    s->head = NULL;
    s->head_len = 0;
    s->state = S_OPEN;
    S.inflight--;
    S.connected++;
    if (extra)
        stream_feed(s, (const uint8_t *)tail, extra, now);
}

static void sub_event(int idx, uint32_t events)
{
    struct sub *s = &subs[idx];
    if (s->state == S_CONNECTING) {
        int err = 0;
        socklen_t el = sizeof err;
        getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &err, &el);
        if (err || (events & (EPOLLERR | EPOLLHUP))) {
            sub_fail(idx, err ? err : ECONNRESET, 0);
            return;
        }
        char req[1200];
        int n;
        if (O.target == T_WS)
            n = snprintf(req, sizeof req,
                         "GET %s HTTP/1.1\r\nHost: %s:%d\r\nUpgrade: websocket\r\n"
                         "Connection: Upgrade\r\nSec-WebSocket-Key: " WS_KEY "\r\n"
                         "Sec-WebSocket-Version: 13\r\n%s\r\n",
                         O.path, O.host, O.port,
                         O.deflate ? "Sec-WebSocket-Extensions: permessage-deflate\r\n" : "");
        else
            n = snprintf(req, sizeof req,
                         "GET %s HTTP/1.1\r\nHost: %s:%d\r\nAccept: text/event-stream\r\n"
                         "Cache-Control: no-cache\r\n\r\n",
                         O.path, O.host, O.port);
        if (write(s->fd, req, (size_t)n) != n) {
            sub_fail(idx, errno ? errno : EPIPE, 0);
            return;
        }
        s->state = S_HEAD;
        struct epoll_event ev = {.events = EPOLLIN, .data.u64 = (uint64_t)idx};
        epoll_ctl(epfd, EPOLL_CTL_MOD, s->fd, &ev);
        return;
    }
    for (int rounds = 0; rounds < 4 && s->fd >= 0; rounds++) {
        ssize_t r = read(s->fd, slab, SLAB_SIZE);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0 && errno == EAGAIN)
            return;
        uint64_t now = now_ns();
        if (r <= 0) {
            if (s->state == S_HEAD) {
                sub_fail(idx, r < 0 ? errno : ECONNRESET, 0);
            } else {
                sub_close(idx);
                s->state = S_DEAD;
                S.closed_by_server++;
                S.connected--;
            }
            return;
        }
        if (s->state == S_HEAD) {
            size_t have = s->head_len;
            size_t take = (size_t)r;
            if (have + take > 8192) {
                sub_fail(idx, 0, -1);
                return;
            }
            s->head = realloc(s->head, have + take + 1);
            if (!s->head)
                die("out of memory");
            memcpy(s->head + have, slab, take);
            s->head_len = (uint16_t)(have + take);
            char *e = memmem(s->head, s->head_len, "\r\n\r\n", 4);
            if (e)
                sub_head_done(idx, (size_t)(e - s->head) + 4, now);
        } else if (s->state == S_OPEN) {
            if (S.recording)
                S.bytes += (uint64_t)r;
            stream_feed(s, (const uint8_t *)slab, (size_t)r, now);
        }
        if (r < SLAB_SIZE)
            return;
    }
}

static void loop_once(int timeout_ms)
{
    struct epoll_event evs[1024];
    int n = epoll_wait(epfd, evs, 1024, timeout_ms);
    for (int i = 0; i < n; i++) {
        int idx = (int)evs[i].data.u64;
        if (subs[idx].fd >= 0)
            sub_event(idx, evs[i].events);
    }
}

/* Connect subs[lo..hi) with at most O.inflight handshakes in flight. */
static void connect_range(int lo, int hi)
{
    S.next = lo;
    S.nretry = 0;
    uint64_t limit = now_ns() + (uint64_t)O.connect_timeout_s * 1000000000u;
    uint64_t last_note = now_ns();
    while (S.connected + S.failed < hi - lo && now_ns() < limit && !deadline_passed()) {
        while (S.inflight < O.inflight && (S.nretry > 0 || S.next < hi)) {
            int idx = S.nretry > 0 ? S.retry[--S.nretry] : S.next++;
            sub_start(idx);
        }
        loop_once(10);
        if (now_ns() - last_note > 5000000000u) {
            last_note = now_ns();
            say("connecting: %d/%d connected, %d failed, %d in flight", S.connected, hi - lo,
                S.failed, S.inflight);
        }
    }
}

/* Keep reading for ms milliseconds. */
static void pump_for(int ms)
{
    uint64_t until = now_ns() + (uint64_t)ms * 1000000u;
    while (now_ns() < until)
        loop_once(10);
}

/* Keep reading until the sync dir holds COUNT files NAME.<label> (COUNT 0:
 * the file NAME itself), or timeout_s passes.  Returns 1 when they are there. */
static int pump_until(const char *name, int count, int timeout_s)
{
    uint64_t until = now_ns() + (uint64_t)timeout_s * 1000000000u, last_check = 0;
    for (;;) {
        uint64_t now = now_ns();
        if (now - last_check > 50000000u) {
            last_check = now;
            if (count > 0 && sync_count(name) >= count)
                return 1;
            if (count == 0) {
                char path[1024];
                sync_path(path, sizeof path, name, NULL);
                if (access(path, F_OK) == 0)
                    return 1;
            }
        }
        if (now > until || deadline_passed())
            return 0;
        if (subs)
            loop_once(10);
        else
            usleep(10000);
    }
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static double pct_us(uint64_t *v, size_t n, double q)
{
    if (n == 0)
        return 0;
    size_t k = (size_t)(q * (double)(n - 1) + 0.5);
    return (double)v[k] / 1000.0;
}

static void raise_nofile(void)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
}

/* Subscribers holding every acknowledged post (and at least one delivery
 * for each; duplicates show up in extra_deliveries). */
static int complete_subs(int ok)
{
    int n = 0;
    for (int i = 0; i < nsubs_alloc; i++)
        if (subs[i].state == S_OPEN && subs[i].got >= (uint32_t)ok)
            n++;
    return n;
}

static double cpu_us_between(const struct cpu_sample *a, const struct cpu_sample *b)
{
    long hz = sysconf(_SC_CLK_TCK);
    double stat_us = (double)(b->stat_ticks - a->stat_ticks) * 1e6 / (double)hz;
    double sched_us = (double)(b->sched_ns - a->sched_ns) / 1e3;
    int use_sched =
        a->sched_ok && b->sched_ok && stat_us <= sched_us + 2e6 / (double)hz + 0.1 * sched_us;
    return use_sched ? sched_us : stat_us;
}

/* A subscribe-only process leaves its latencies and counts in the sync dir;
 * the publisher gathers every process's and prints "RESULT cluster". */
static void cluster_finish(int ok, int connected0, uint64_t p0, const struct cpu_sample *c0,
                           const struct cpu_sample *c1, const struct cpu_sample *d0,
                           const struct cpu_sample *d1)
{
    int complete = complete_subs(ok);
    if (O.no_publish) {
        sync_write("lat", O.label, S.lat, S.nlat * sizeof *S.lat);
        char line[512];
        int l = snprintf(line, sizeof line,
                         "%" PRIu64 " %" PRIu64 " %d %d %" PRIu64 " %" PRIu64 " %" PRIu64 " %d\n",
                         S.deliveries, (uint64_t)connected0 * (uint64_t)ok, connected0, complete,
                         S.bytes, S.last_delivery_ns, S.unknown_stamps, S.closed_by_server);
        sync_write("finished", O.label, line, (size_t)l);
        return;
    }
    uint64_t deliveries = S.deliveries, expected = (uint64_t)connected0 * (uint64_t)ok;
    uint64_t bytes = S.bytes, last = S.last_delivery_ns, unknown = S.unknown_stamps;
    long long subs_total = connected0, complete_total = complete, closed = S.closed_by_server;
    int procs = 1;
    size_t nlat = S.nlat, cap = S.nlat + 1;
    uint64_t *lat = xcalloc(cap, sizeof *lat);
    memcpy(lat, S.lat, S.nlat * sizeof *lat);
    DIR *d = opendir(O.sync_dir);
    struct dirent *de;
    while (d && (de = readdir(d)) != NULL) {
        if (strncmp(de->d_name, "finished.", 9) != 0 || strstr(de->d_name, ".tmp"))
            continue;
        const char *label = de->d_name + 9;
        char path[1024], buf[512];
        sync_path(path, sizeof path, "finished", label);
        uint64_t dd, ee, bb, ll, uu;
        int cc, ss, cl;
        if (read_file(path, buf, sizeof buf) <= 0 ||
            sscanf(buf, "%" SCNu64 " %" SCNu64 " %d %d %" SCNu64 " %" SCNu64 " %" SCNu64 " %d", &dd,
                   &ee, &cc, &ss, &bb, &ll, &uu, &cl) != 8) {
            say("unreadable %s", path);
            continue;
        }
        procs++;
        deliveries += dd;
        expected += ee;
        subs_total += cc;
        complete_total += ss;
        bytes += bb;
        unknown += uu;
        closed += cl;
        if (ll > last)
            last = ll;
        sync_path(path, sizeof path, "lat", label);
        FILE *f = fopen(path, "rb");
        if (!f)
            continue;
        fseek(f, 0, SEEK_END);
        long sz = ftell(f);
        fseek(f, 0, SEEK_SET);
        size_t n = sz > 0 ? (size_t)sz / sizeof *lat : 0;
        if (nlat + n > cap) {
            cap = nlat + n + 1;
            lat = realloc(lat, cap * sizeof *lat);
            if (!lat)
                die("out of memory");
        }
        nlat += fread(lat + nlat, sizeof *lat, n, f);
        fclose(f);
    }
    if (d)
        closedir(d);
    qsort(lat, nlat, sizeof *lat, cmp_u64);
    double secs = last > p0 ? (double)(last - p0) / 1e9 : 0;
    double dl = deliveries ? (double)deliveries : 1;
    char cpu_s[32] = "NA", db_s[32] = "NA";
    if (O.ncpids && c0->stat_ok && c1->stat_ok)
        snprintf(cpu_s, sizeof cpu_s, "%.3f", cpu_us_between(c0, c1) / dl);
    if (O.ndbpids) {
        long hz = sysconf(_SC_CLK_TCK);
        snprintf(db_s, sizeof db_s, "%.3f",
                 (double)(d1->stat_ticks - d0->stat_ticks) * 1e6 / (double)hz / dl);
    }
    printf("cluster: %d processes, %lld subscribers, %d posts: %" PRIu64 " of %" PRIu64
           " deliveries, %lld subscribers got every post, %.0f deliveries/s over %.1f s\n",
           procs, subs_total, ok, deliveries, expected, complete_total,
           secs > 0 ? (double)deliveries / secs : 0, secs);
    printf("  latency p50 %.0f us, p99 %.0f us, max %.0f us; nodes' cpu %s us per delivery, "
           "database's %s\n",
           pct_us(lat, nlat, 0.5), pct_us(lat, nlat, 0.99),
           nlat ? (double)lat[nlat - 1] / 1000.0 : 0, cpu_s, db_s);
    printf(
        "RESULT cluster processes=%d subs=%lld posts=%d deliveries=%" PRIu64 " expected=%" PRIu64
        " complete_subs=%lld deliveries_per_s=%.0f seconds=%.2f p50_us=%.0f p99_us=%.0f max_us=%.0f"
        " cpu_us_per_delivery=%s db_cpu_us_per_delivery=%s bytes_per_delivery=%.0f"
        " unknown_stamps=%" PRIu64 " closed_by_server=%lld\n",
        procs, subs_total, ok, deliveries, expected, complete_total,
        secs > 0 ? (double)deliveries / secs : 0, secs, pct_us(lat, nlat, 0.5),
        pct_us(lat, nlat, 0.99), nlat ? (double)lat[nlat - 1] / 1000.0 : 0, cpu_s, db_s,
        (double)bytes / dl, unknown, closed);
    fflush(stdout);
    free(lat);
}

static int fanout_main(void)
{
    struct rlimit rl;
    getrlimit(RLIMIT_NOFILE, &rl);
    if ((rlim_t)O.subs + 64 > rl.rlim_cur)
        die("--subs %d needs more than the %llu open files this process may have; split the "
            "subscribers over several load processes",
            O.subs, (unsigned long long)rl.rlim_cur);
    int W = O.warmup_subs < O.subs ? O.warmup_subs : O.subs;
    nsubs_alloc = O.subs > W ? O.subs : W;
    subs = xcalloc((size_t)nsubs_alloc + 1, sizeof *subs);
    for (int i = 0; i < nsubs_alloc; i++)
        subs[i].fd = -1;
    S.retry = xcalloc((size_t)nsubs_alloc + 1, sizeof *S.retry);
    slab = xcalloc(1, SLAB_SIZE);
    epfd = epoll_create1(EPOLL_CLOEXEC);
    if (epfd < 0)
        die("epoll_create1: %s", strerror(errno));

    /* Warm-up: a few subscribers and posts touch the server's code and data
     * paths, so the RSS baseline isn't charged with one-time allocations. */
    struct pubconn *pc = xcalloc(1, sizeof *pc);
    pc->fd = -1;
    if (W > 0 || O.warmup_posts > 0) {
        connect_range(0, W);
        for (int i = 0; i < (O.no_publish ? 0 : O.warmup_posts); i++) {
            uint64_t t;
            int st = pub_one(pc, &t, 1);
            if (st < 200 || st >= 300)
                die("warm-up publish to http://%s:%d%s failed: status %d", O.pub_host, O.pub_port,
                    O.pub_path, st);
            pump_for(20);
        }
        pump_for(200);
        for (int i = 0; i < W; i++) {
            sub_close(i);
            subs[i].state = S_IDLE;
            subs[i].retries = 0;
            subs[i].got = 0;
        }
        say("warm-up: %d subscribers, %d posts", S.connected, O.no_publish ? 0 : O.warmup_posts);
        S.connected = S.failed = S.closed_by_server = S.inflight = 0;
        pump_for(300);
    }
    pub_close(pc);
    long long rss0 = rss_read();

    uint64_t c0 = now_ns();
    connect_range(0, O.subs);
    double conn_s = (double)(now_ns() - c0) / 1e9;
    say("connected %d/%d subscribers in %.2fs (%d failed%s%s)", S.connected, O.subs, conn_s,
        S.failed, S.first_fail_errno ? ", first error: " : "",
        S.first_fail_errno ? strerror(S.first_fail_errno) : "");
    if (S.first_fail_status)
        say("first failing handshake status: %d", S.first_fail_status);
    if (S.connected == 0)
        die("no subscriber connected to %s:%d%s", O.host, O.port, O.path);
    pump_for(O.idle_ms);
    long long rss1 = rss_read();
    int connected0 = S.connected;

    P.ack_ns = xcalloc((size_t)O.posts, sizeof *P.ack_ns);
    P.stamps_cap = 2 * O.posts + 2; /* a publish may be retried once */
    if (O.no_publish)
        P.stamps_cap = 4 * O.posts + 16; /* learned from the deliveries */
    P.stamps = xcalloc((size_t)P.stamps_cap, sizeof *P.stamps);
    P.post_last = xcalloc((size_t)P.stamps_cap, sizeof *P.post_last);
    P.post_count = xcalloc((size_t)P.stamps_cap, sizeof *P.post_count);
    size_t cap = (size_t)connected0 * (size_t)O.posts + 16;
    if (cap > LAT_CAP)
        cap = LAT_CAP;
    S.lat = xcalloc(cap, sizeof *S.lat);
    S.recording = 1;
    if (O.sync_dir) {
        /* Tell the others this process is connected and idle; the publisher
         * then waits for D/go (written once every process is ready). */
        char line[64];
        int l = snprintf(line, sizeof line, "%d\n", connected0);
        sync_write("ready", O.label, line, (size_t)l);
        if (!O.no_publish) {
            say("ready; waiting for %s/go", O.sync_dir);
            if (!pump_until("go", 0, O.max_seconds))
                die("no %s/go before --max-seconds", O.sync_dir);
        }
    }
    struct cpu_sample cpu0, cpu1, ccpu0, ccpu1, dcpu0, dcpu1;
    cpu_read(&cpu0);
    cpu_read_pids(&ccpu0, O.cpids, O.ncpids);
    cpu_read_pids(&dcpu0, O.dbpids, O.ndbpids);
    uint64_t p0 = now_ns();
    if (!O.no_publish && pthread_create(&P.th, NULL, publisher_main, NULL) != 0)
        die("pthread_create failed");

    uint64_t last_progress = now_ns();
    uint64_t last_count = 0, last_note = now_ns(), last_check = 0;
    for (;;) {
        loop_once(5);
        uint64_t now = now_ns();
        if (S.deliveries != last_count) {
            last_count = S.deliveries;
            last_progress = now;
        }
        if (O.no_publish && !atomic_load(&P.done) && now - last_check > 100000000u) {
            /* the publisher writes D/published ("ok sent") when its last post is answered */
            char path[1024], buf[64];
            last_check = now;
            sync_path(path, sizeof path, "published", NULL);
            int okp = 0, sentp = 0;
            if (read_file(path, buf, sizeof buf) > 0 && sscanf(buf, "%d %d", &okp, &sentp) == 2) {
                atomic_store(&P.ok, okp);
                atomic_store(&P.sent, sentp);
                atomic_store(&P.done, 1);
                last_progress = now;
            }
        }
        int done = atomic_load(&P.done);
        uint64_t expected = (uint64_t)S.connected * (uint64_t)atomic_load(&P.ok);
        if (done && S.deliveries >= expected)
            break;
        if (done && now - last_progress > (uint64_t)O.drain_timeout_s * 1000000000u) {
            say("drain timeout: %" PRIu64 " of %" PRIu64 " deliveries", S.deliveries, expected);
            break;
        }
        if (deadline_passed()) {
            say("--max-seconds reached");
            break;
        }
        if (now - last_note > 5000000000u) {
            last_note = now;
            say("publishing: %d/%d posts sent, %" PRIu64 " deliveries", atomic_load(&P.sent),
                O.posts, S.deliveries);
        }
    }
    if (O.sync_dir && !O.no_publish && O.peers > 0) {
        /* The cluster's CPU window ends when every process has its posts. */
        if (!pump_until("finished", O.peers, O.drain_timeout_s + 120))
            say("only %d of %d processes finished", sync_count("finished"), O.peers);
    }
    cpu_read(&cpu1);
    cpu_read_pids(&ccpu1, O.cpids, O.ncpids);
    cpu_read_pids(&dcpu1, O.dbpids, O.ndbpids);
    uint64_t p1 = now_ns();
    if (!O.no_publish)
        pthread_join(P.th, NULL);

    int ok = atomic_load(&P.ok);
    uint64_t expected = (uint64_t)connected0 * (uint64_t)ok;
    qsort(S.lat, S.nlat, sizeof *S.lat, cmp_u64);
    double p50 = pct_us(S.lat, S.nlat, 0.50), p99 = pct_us(S.lat, S.nlat, 0.99);
    double mx = S.nlat ? (double)S.lat[S.nlat - 1] / 1000.0 : 0;
    double sum = 0;
    for (size_t i = 0; i < S.nlat; i++)
        sum += (double)S.lat[i];
    double mean = S.nlat ? sum / (double)S.nlat / 1000.0 : 0;
    qsort(P.ack_ns, (size_t)ok, sizeof *P.ack_ns, cmp_u64);
    double ack50 = pct_us(P.ack_ns, (size_t)ok, 0.5), ack99 = pct_us(P.ack_ns, (size_t)ok, 0.99);

    /* Per post: the time until its last subscriber had it.  One slow post
     * moves p99 over all deliveries by a lot; the median over posts doesn't. */
    int nst = atomic_load(&P.nstamps), nposts_seen = 0, incomplete = 0;
    uint64_t dups = 0;
    uint64_t *lastv = xcalloc((size_t)nst + 1, sizeof *lastv);
    for (int i = 0; i < nst; i++) {
        if (P.post_count[i] == 0)
            continue;
        lastv[nposts_seen++] = P.post_last[i];
        if (P.post_count[i] < (uint32_t)connected0)
            incomplete++;
        else if (P.post_count[i] > (uint32_t)connected0)
            dups += P.post_count[i] - (uint32_t)connected0;
    }
    qsort(lastv, (size_t)nposts_seen, sizeof *lastv, cmp_u64);
    double last50 = pct_us(lastv, (size_t)nposts_seen, 0.5);
    double lastmax = nposts_seen ? (double)lastv[nposts_seen - 1] / 1000.0 : 0;

    long hz = sysconf(_SC_CLK_TCK);
    double stat_us = (double)(cpu1.stat_ticks - cpu0.stat_ticks) * 1e6 / (double)hz;
    double sched_us = (double)(cpu1.sched_ns - cpu0.sched_ns) / 1e3;
    /* schedstat is exact but forgets threads that exited during the window;
     * stat remembers them but counts in ticks. */
    int use_sched =
        cpu0.sched_ok && cpu1.sched_ok && stat_us <= sched_us + 2e6 / (double)hz + 0.1 * sched_us;
    double cpu_us = use_sched ? sched_us : stat_us;
    double d = S.deliveries ? (double)S.deliveries : 1;
    char cpu_s[32] = "NA", cpus_s[32] = "NA", rss_s[32] = "NA";
    if (O.npids && cpu0.stat_ok && cpu1.stat_ok) {
        snprintf(cpu_s, sizeof cpu_s, "%.3f", cpu_us / d);
        snprintf(cpus_s, sizeof cpus_s, "%.3f", stat_us / d);
    }
    if (rss0 >= 0 && rss1 >= 0)
        snprintf(rss_s, sizeof rss_s, "%.0f", (double)(rss1 - rss0) / (double)connected0);

    const char *tname = O.target == T_SSE ? "sse" : O.deflate ? "wsz" : "ws";
    printf("%s %s: %d/%d subscribers connected in %.2fs (%d failed), %d closed by the server\n",
           O.label, tname, connected0, O.subs, conn_s, S.failed, S.closed_by_server);
    printf("  posts: %d sent, %d acknowledged (%d errors%s), publish ack p50 %.0f us p99 %.0f us\n",
           atomic_load(&P.sent), ok, atomic_load(&P.errors),
           P.first_bad_status ? ", first status" : "", ack50, ack99);
    if (P.first_bad_status)
        printf("  first failing publish status: %d\n", P.first_bad_status);
    printf("  deliveries: %" PRIu64 " of %" PRIu64 " expected (%.2f%%), %.0f bytes each, %" PRIu64
           " unparseable stamps, %" PRIu64 " control frames\n",
           S.deliveries, expected, expected ? 100.0 * (double)S.deliveries / (double)expected : 0,
           (double)S.bytes / d, S.bad_stamps, S.control_frames);
    printf("  latency: p50 %.0f us, p99 %.0f us, max %.0f us, mean %.0f us\n", p50, p99, mx, mean);
    printf("  fan-out completion (last subscriber) per post: median %.0f us, max %.0f us; %d posts "
           "seen,"
           " %d incomplete, %" PRIu64 " extra deliveries, %" PRIu64 " unknown stamps\n",
           last50, lastmax, nposts_seen, incomplete, dups, S.unknown_stamps);
    if (O.npids)
        printf("  server cpu: %.0f us in %.2fs (%s; stat says %.0f us) = %s us per delivery\n",
               cpu_us, (double)(p1 - p0) / 1e9, use_sched ? "schedstat" : "stat", stat_us, cpu_s);
    if (rss0 >= 0)
        printf("  server rss: %.1f MiB before, %.1f MiB with %d idle subscribers = %s bytes each\n",
               (double)rss0 / 1048576.0, (double)rss1 / 1048576.0, connected0, rss_s);
    printf("RESULT server=%s target=%s subs=%d posts=%d deliveries=%" PRIu64 " expected=%" PRIu64
           " cpu_us_per_delivery=%s rss_bytes_per_sub=%s p50_us=%.0f p99_us=%.0f max_us=%.0f"
           " cpu_stat_us_per_delivery=%s bytes_per_delivery=%.0f burst=%d want_subs=%d"
           " pub_ack_p50_us=%.0f connect_s=%.2f fanout_p50_us=%.0f fanout_max_us=%.0f"
           " incomplete_posts=%d extra_deliveries=%" PRIu64 " closed_by_server=%d\n",
           O.label, tname, connected0, ok, S.deliveries, expected, cpu_s, rss_s, p50, p99, mx,
           cpus_s, (double)S.bytes / d, O.burst, O.subs, ack50, conn_s, last50, lastmax, incomplete,
           dups, S.closed_by_server);
    fflush(stdout);
    if (O.sync_dir)
        cluster_finish(ok, connected0, p0, &ccpu0, &ccpu1, &dcpu0, &dcpu1);
    return S.deliveries > 0 ? 0 : 1;
}

/* -------------------------------------------------------- publish-only mode */

struct pconn {
    int fd;
    int state; /* 0 connecting, 1 waiting for answer */
    uint64_t sent_at;
    size_t req_len, req_off;
    char *req;
    char rbuf[16384];
    size_t rlen;
};

static int publish_only_main(void)
{
    int C = O.concurrency < O.posts ? O.concurrency : O.posts;
    struct pconn *pcs = xcalloc((size_t)C, sizeof *pcs);
    uint64_t *ack = xcalloc((size_t)O.posts, sizeof *ack);
    int efd = epoll_create1(EPOLL_CLOEXEC);
    int sent = 0, answered = 0, ok = 0, errors = 0, first_bad = 0, reconnects = 0;
    size_t nack = 0;

    for (int i = 0; i < C; i++) {
        pcs[i].req = xcalloc(1, 70000);
        pcs[i].fd = -1;
    }
    /* (Re)connect conn i and, if posts remain, queue one request on it. */
#define PC_OPEN(i)                                                                                 \
    do {                                                                                           \
        struct pconn *q = &pcs[i];                                                                 \
        q->fd = connect_to(O.pub_host, O.pub_port, 1, 0);                                          \
        if (q->fd < 0)                                                                             \
            die("connect to %s:%d: %s", O.pub_host, O.pub_port, strerror(-q->fd));                 \
        q->state = 0;                                                                              \
        q->rlen = 0;                                                                               \
        struct epoll_event ev_ = {.events = EPOLLOUT, .data.u64 = (uint64_t)(i)};                  \
        epoll_ctl(efd, EPOLL_CTL_ADD, q->fd, &ev_);                                                \
    } while (0)

    uint64_t t0 = now_ns();
    for (int i = 0; i < C; i++)
        PC_OPEN(i);
    int inflight = 0;
    uint64_t last_note = now_ns();
    while (answered < O.posts && !deadline_passed()) {
        struct epoll_event evs[256];
        int n = epoll_wait(efd, evs, 256, 100);
        uint64_t now = now_ns();
        if (now - last_note > 5000000000u) {
            last_note = now;
            say("publish-only: %d/%d answered", answered, O.posts);
        }
        for (int k = 0; k < n; k++) {
            int i = (int)evs[k].data.u64;
            struct pconn *q = &pcs[i];
            if (q->fd < 0)
                continue;
            if (evs[k].events & EPOLLOUT) {
                if (q->state == 0) {
                    int err = 0;
                    socklen_t el = sizeof err;
                    getsockopt(q->fd, SOL_SOCKET, SO_ERROR, &err, &el);
                    if (err)
                        die("connect: %s", strerror(err));
                    if (sent >= O.posts) {
                        epoll_ctl(efd, EPOLL_CTL_DEL, q->fd, NULL);
                        close(q->fd);
                        q->fd = -1;
                        continue;
                    }
                    q->sent_at = now_ns();
                    q->req_len = build_publish(q->req, 70000, q->sent_at, 0);
                    q->req_off = 0;
                    q->state = 1;
                    sent++;
                    inflight++;
                }
                ssize_t w = write(q->fd, q->req + q->req_off, q->req_len - q->req_off);
                if (w < 0 && errno != EAGAIN)
                    die("write: %s", strerror(errno));
                if (w > 0)
                    q->req_off += (size_t)w;
                if (q->req_off == q->req_len) {
                    struct epoll_event ev = {.events = EPOLLIN, .data.u64 = (uint64_t)i};
                    epoll_ctl(efd, EPOLL_CTL_MOD, q->fd, &ev);
                }
                continue;
            }
            ssize_t r = read(q->fd, q->rbuf + q->rlen, sizeof q->rbuf - q->rlen);
            if (r < 0 && errno == EAGAIN)
                continue;
            int status = -1, closing = 1;
            size_t total = 0;
            int rc = -1;
            if (r > 0) {
                q->rlen += (size_t)r;
                rc = resp_complete(q->rbuf, q->rlen, &status, &total, &closing);
                if (rc == 0 && q->rlen < sizeof q->rbuf)
                    continue;
            }
            /* answered (rc 1), or the connection broke (rc -1) */
            uint64_t t = now_ns();
            answered++;
            inflight--;
            if (rc == 1 && status >= 200 && status < 300) {
                ok++;
                ack[nack++] = t - q->sent_at;
            } else {
                errors++;
                if (!first_bad)
                    first_bad = rc == 1 ? status : -1;
            }
            int reuse = rc == 1 && !closing && q->rlen == total;
            if (reuse && sent < O.posts) {
                q->rlen = 0;
                q->sent_at = now_ns();
                q->req_len = build_publish(q->req, 70000, q->sent_at, 0);
                q->req_off = 0;
                sent++;
                inflight++;
                struct epoll_event ev = {.events = EPOLLOUT, .data.u64 = (uint64_t)i};
                epoll_ctl(efd, EPOLL_CTL_MOD, q->fd, &ev);
            } else {
                epoll_ctl(efd, EPOLL_CTL_DEL, q->fd, NULL);
                close(q->fd);
                q->fd = -1;
                if (sent < O.posts) {
                    reconnects++;
                    PC_OPEN(i);
                }
            }
        }
    }
#undef PC_OPEN
    double secs = (double)(now_ns() - t0) / 1e9;
    qsort(ack, nack, sizeof *ack, cmp_u64);
    printf("%s publish: %d posts over %d connections in %.3fs: %d ok, %d errors%s, %d reconnects\n",
           O.label, answered, C, secs, ok, errors, first_bad ? " (see first_status)" : "",
           reconnects);
    printf("  ack latency p50 %.0f us, p99 %.0f us, max %.0f us\n", pct_us(ack, nack, 0.5),
           pct_us(ack, nack, 0.99), nack ? (double)ack[nack - 1] / 1000.0 : 0);
    printf("RESULT publish server=%s posts=%d seconds=%.3f posts_per_s=%.0f ok=%d errors=%d "
           "first_status=%d concurrency=%d ack_p50_us=%.0f ack_p99_us=%.0f\n",
           O.label, answered, secs, (double)ok / secs, ok, errors, first_bad, C,
           pct_us(ack, nack, 0.5), pct_us(ack, nack, 0.99));
    fflush(stdout);
    return errors == 0 && ok == O.posts ? 0 : 1;
}

int main(int argc, char **argv)
{
    t_start_ns = now_ns();
    signal(SIGPIPE, SIG_IGN);
    raise_nofile();
    parse_args(argc, argv);
    /* A hard stop well past --max-seconds, in case something wedges. */
    alarm((unsigned)O.max_seconds + 30);
    return O.publish_only ? publish_only_main() : fanout_main();
}
