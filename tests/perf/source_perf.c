/*
 * source_perf: 200 followed feeds fetched from a local HTTP server (a
 * thread of this program serving RSS 2.0 documents of 10 items each, with
 * HTML bodies, a photo, a caption and publisher furniture), through one
 * source pass: fetch, parse, HTML to CommonMark, dedup lookups and the posts
 * written to a real SQLite store. Prints the wall time and the CPU per item
 * (the process's CPU less the server thread's) for the first pass (every
 * item a new post) and a second pass (every item met before: unchanged),
 * for `make bench`. Never fails on figures.
 *   build/rel/perf/source_perf [sources items]
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "crier.h"
#include "log.h"
#include "source.h"
#include "store/store.h"

static int nsources = 200, nitems = 10;
static volatile int server_stop;
static volatile double server_cpu_ms; /* the server thread's CPU so far */

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static double cpu_ms(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Feed n: nitems items, each with its own words. */
static void feed_doc(struct buf *b, int n)
{
    buf_reset(b);
    buf_printf(b,
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
               "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
               "<title>Le Courrier %d</title><link>https://c%d.example/</link>"
               "<language>fr</language>",
               n, n);
    for (int i = 0; i < nitems; i++)
        buf_printf(
            b,
            "<item><title>Dépêche %d-%d : le conseil municipal vote le budget « %d »</title>"
            "<link>https://c%d.example/a/%d</link><guid>c%d-%d</guid>"
            "<content:encoded><![CDATA[<p>LYON (AFP) - Le conseil municipal a voté mardi le "
            "budget %d de la ville, après un débat de six heures. M. Martin, adjoint aux "
            "finances, a défendu « un budget de responsabilité » face à l'opposition.</p>"
            "<figure><img src=\"https://img.c%d.example/%d.jpg\" alt=\"La salle du conseil\">"
            "<figcaption>La salle du conseil, mardi soir. Photo : AFP / Jean Roux"
            "</figcaption></figure><p>Les investissements atteignent %d millions d'euros, "
            "dont une part pour les écoles et les transports. Le vote a été acquis par 41 "
            "voix contre 18.</p><p>Lire aussi : <a href=\"/a/x\">Les comptes</a></p>"
            "<p>Suivez-nous sur Facebook</p>]]></content:encoded></item>",
            n, i, i, n, i, n, i, n * 100 + i, n, i, 10 + i);
    buf_appends(b, "</channel></rss>");
}

static void *serve(void *arg)
{
    int lfd = *(int *)arg;
    struct buf doc, out;
    buf_init(&doc, 1 << 20);
    buf_init(&out, 1 << 20);
    while (!server_stop) {
        int fd = accept(lfd, NULL, NULL);
        if (fd < 0)
            continue;
        char req[4096];
        ssize_t got = 0, r;
        while (got < (ssize_t)sizeof req - 1 &&
               (r = read(fd, req + got, sizeof req - 1 - (size_t)got)) > 0) {
            got += r;
            req[got] = '\0';
            if (strstr(req, "\r\n\r\n"))
                break;
        }
        int n = 0;
        if (got > 0)
            sscanf(req, "GET /feed/%d.xml", &n);
        feed_doc(&doc, n);
        buf_reset(&out);
        buf_printf(&out,
                   "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
                   "Content-Length: %zu\r\nConnection: close\r\n\r\n",
                   doc.len);
        buf_append(&out, doc.data, doc.len);
        for (size_t off = 0; off < out.len;) {
            ssize_t w = write(fd, out.data + off, out.len - off);
            if (w <= 0)
                break;
            off += (size_t)w;
        }
        close(fd);
        server_cpu_ms = cpu_ms(CLOCK_THREAD_CPUTIME_ID); /* read after the pass ends */
    }
    buf_free(&doc);
    buf_free(&out);
    return NULL;
}

static void one_pass(const char *what, struct store *st, const struct source_env *env, int64_t chan)
{
    struct store_source *v = NULL;
    size_t n = 0;
    store_source_list(st, chan, &v, &n);
    double t0 = now_ms(), c0 = cpu_ms(CLOCK_PROCESS_CPUTIME_ID);
    double s0 = server_cpu_ms;
    source_pass(env, v, n, NULL, NULL);
    double wall = now_ms() - t0, cpu = cpu_ms(CLOCK_PROCESS_CPUTIME_ID) - c0;
    usleep(100000); /* the server has written its last answer's CPU */
    cpu -= server_cpu_ms - s0;
    size_t items = n * (size_t)nitems;
    printf("source_perf: %s: %zu sources, %zu items: %.0f ms wall, %.3f ms CPU per item "
           "(the feed server's own CPU left out)\n",
           what, n, items, wall, cpu / (double)items);
    free(v);
}

int main(int argc, char **argv)
{
    if (argc >= 3) {
        nsources = atoi(argv[1]);
        nitems = atoi(argv[2]);
    }
    if (nitems > SOURCE_FIRST_ITEMS)
        nitems = SOURCE_FIRST_ITEMS; /* a first fetch takes no more */
    log_set_level(LOG_ERROR);
    char dir[] = "/tmp/crier-source-perf-XXXXXX";
    if (!mkdtemp(dir))
        return 1;
    int lfd = socket(AF_INET, SOCK_STREAM, 0), one = 1;
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t alen = sizeof a;
    setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (bind(lfd, (struct sockaddr *)&a, sizeof a) < 0 || listen(lfd, 256) < 0 ||
        getsockname(lfd, (struct sockaddr *)&a, &alen) < 0) {
        perror("listen");
        return 1;
    }
    int port = ntohs(a.sin_port);
    pthread_t th;
    pthread_create(&th, NULL, serve, &lfd);

    struct store *st;
    struct store_channel ch = {0};
    if (store_open(&st, dir) < 0)
        return 1;
    snprintf(ch.slug, sizeof ch.slug, "bench");
    snprintf(ch.lang, sizeof ch.lang, "fr");
    snprintf(ch.tz, sizeof ch.tz, "Europe/Paris");
    store_channel_create(st, &ch);
    for (int i = 0; i < nsources; i++) {
        struct store_source s = {.channel_id = ch.id, .interval_s = 900, .importance = 1};
        snprintf(s.url, sizeof s.url, "http://127.0.0.1:%d/feed/%d.xml", port, i);
        store_source_add(st, &s);
    }
    struct netguard g = {.http_ok = 1};
    char hp[64];
    snprintf(hp, sizeof hp, "127.0.0.1:%d", port);
    netguard_allow(&g, hp);
    struct source_env env = {.st = st, .guard = &g};

    one_pass("first pass (new posts)", st, &env, ch.id);
    one_pass("second pass (unchanged)", st, &env, ch.id);

    server_stop = 1;
    int fd = socket(AF_INET, SOCK_STREAM, 0); /* wakes the accept */
    connect(fd, (struct sockaddr *)&a, sizeof a);
    close(fd);
    pthread_join(th, NULL);
    printf("source_perf: the feed server thread used %.0f ms CPU in all\n", server_cpu_ms);
    store_channel_clear(&ch);
    store_close(st);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : 1;
}
