/*
 * cli_tail.c: `crier tail SLUG`, which follows a channel over Server-Sent
 * Events, reconnecting with a backoff and resuming from the last seq seen,
 * which it keeps in DIR/tail/SLUG.seq. SIGINT and SIGTERM stop it cleanly:
 * the handler writes to a pipe that the client's waits watch.
 */
#include "cli_int.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "client.h"
#include "crier.h"
#include "html_md.h"
#include "xmalloc.h"

#define TAIL_BACKOFF_MIN_MS 500
#define TAIL_BACKOFF_MAX_MS 5000
#define TAIL_IDLE_TIMEOUT_S 45 /* three missed 15 s heartbeats */

static const char tail_usage[] =
    "usage: crier tail SLUG [--after N] [--json]\n"
    "\n"
    "Follow a channel live over Server-Sent Events, one event per line or block:\n"
    "\"#<seq> [post|edit|delete|selection|pin] HH:MM title\" then the body's text\n"
    "(from the event's HTML, a line per paragraph or list item), indented.\n"
    "Reconnects after a disconnect (0.5 s to 5 s apart) and resumes from the last\n"
    "seq seen, which is also saved in DIR/tail/SLUG.seq so that a later tail of the\n"
    "same channel resumes there. Without --after or a saved seq, it starts with the\n"
    "events published from now on. Stop it with Ctrl-C (exit status 0).\n"
    "\n"
    "  --after N              start after seq N (0: from the oldest kept event)\n"
    "  --json                 print each event's JSON on one line\n"
    "  --server URL           default $CRIER_SERVER, else " CLI_DEFAULT_SERVER "\n"
    "  --token T              for a private channel; default $CRIER_TOKEN, else\n"
    "                         DIR/admin.token when it exists\n"
    "  --data DIR             default $CRIER_DATA, else " CLI_DEFAULT_DATA "\n";

static int stop_pipe[2] = {-1, -1};
static volatile sig_atomic_t stop_requested;

static void on_stop_signal(int sig)
{
    int saved = errno;
    (void)sig;
    stop_requested = 1;
    if (stop_pipe[1] >= 0) {
        ssize_t r = write(stop_pipe[1], "x", 1);
        (void)r;
    }
    errno = saved;
}

struct tail {
    const char *slug;
    int json;
    int64_t last;   /* last seq seen; -1 when not known yet */
    char *seq_dir;  /* DIR/tail */
    char *seq_path; /* DIR/tail/<slug>.seq */
    int save_warned;
    int slow;   /* the server dropped us as slow */
    int closed; /* the server sent event: close */
    int connected;
};

static int load_seq(const char *path, int64_t *out)
{
    struct buf b;
    int rc = cli_read_small_file(path, 64, &b);
    if (rc == 0) {
        size_t n = b.len;
        while (n > 0 && (b.data[n - 1] == '\n' || b.data[n - 1] == '\r' || b.data[n - 1] == ' '))
            b.data[--n] = '\0';
        rc = args_parse_i64(b.data, 0, INT64_MAX, out);
    }
    buf_free(&b);
    return rc;
}

/* Writes t->last to the seq file (temporary file, then rename). */
static void save_seq(struct tail *t, const char *data_dir_path)
{
    char tmp[4096], num[32];
    int fd, n;

    if (t->last < 0)
        return;
    if ((mkdir(data_dir_path, 0700) != 0 && errno != EEXIST) ||
        (mkdir(t->seq_dir, 0700) != 0 && errno != EEXIST))
        goto fail;
    if ((size_t)snprintf(tmp, sizeof tmp, "%s.tmp", t->seq_path) >= sizeof tmp)
        goto fail;
    n = snprintf(num, sizeof num, "%lld\n", (long long)t->last);
    fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        goto fail;
    if (write(fd, num, (size_t)n) != n) {
        close(fd);
        unlink(tmp);
        goto fail;
    }
    if (close(fd) != 0 || rename(tmp, t->seq_path) != 0) {
        unlink(tmp);
        goto fail;
    }
    return;
fail:
    if (!t->save_warned) {
        args_warn("cannot save the position in %s: %s", t->seq_path, strerror(errno));
        t->save_warned = 1;
    }
}

static void tail_print(struct tail *t, const char *type, int64_t seq, json_t *ev,
                       const struct client_sse_event *raw)
{
    if (t->json) {
        if (memchr(raw->data, '\n', raw->data_len))
            cli_print_json(ev);
        else
            printf("%.*s\n", (int)raw->data_len, raw->data);
        fflush(stdout);
        return;
    }
    json_t *post = json_object_get(ev, "post");
    int64_t at = cli_json_i64(ev, "at");
    char hm[32];
    cli_local_time(at > 0 ? at : crier_now_ms(), 0, hm);
    printf("#%lld [%s] %s ", (long long)seq, type, hm);
    if (strcmp(type, "delete") == 0) {
        int64_t id = cli_json_i64(ev, "id");
        if (id < 0)
            id = cli_json_i64(post, "id");
        printf("(post id %lld deleted)\n", (long long)id);
    } else if (strcmp(type, "pin") == 0) {
        int64_t id = cli_json_i64(post, "id");
        if (id > 0)
            printf("(post id %lld pinned to the top)\n", (long long)id);
        else
            printf("(nothing pinned any more)\n");
    } else {
        const char *title = json_string_value(json_object_get(post, "title"));
        /* Wire protocol v1.1: an event carries the body as "html" only;
         * it is shown as text, a line per paragraph or item. */
        const char *html = json_string_value(json_object_get(post, "html"));
        char *text = html ? html_md_lines(html, strlen(html)) : NULL;
        const char *body = text ? text : json_string_value(json_object_get(post, "body"));
        cli_puts_clean(stdout, title ? title : "");
        putchar('\n');
        if (body && *body) {
            size_t n = strlen(body);
            while (n > 0 && (body[n - 1] == '\n' || body[n - 1] == '\r'))
                n--;
            fputs("    ", stdout);
            cli_put_clean(stdout, body, n, "    ");
            fputs("\n\n", stdout);
        }
        free(text);
    }
    fflush(stdout);
}

struct tail_run {
    struct tail *t;
    const char *data_dir;
};

static void tail_open(void *arg)
{
    struct tail_run *r = arg;
    r->t->connected = 1;
}

static int tail_event(void *arg, const struct client_sse_event *ev)
{
    struct tail_run *r = arg;
    struct tail *t = r->t;
    json_t *j;
    int64_t seq;

    if (strcmp(ev->type, "close") == 0) {
        j = json_loadb(ev->data, ev->data_len, 0, NULL);
        const char *reason = json_string_value(json_object_get(j, "reason"));
        t->slow = reason && strcmp(reason, "slow") == 0;
        t->closed = 1;
        json_decref(j);
        return 1;
    }
    if (strcmp(ev->type, "gap") == 0) {
        j = json_loadb(ev->data, ev->data_len, 0, NULL);
        int64_t oldest = cli_json_i64(j, "oldest_seq");
        json_decref(j);
        if (oldest > 0 && oldest - 1 > t->last) {
            args_warn("events #%lld to #%lld of %s were pruned; going on from #%lld",
                      (long long)(t->last + 1), (long long)(oldest - 1), t->slug,
                      (long long)oldest);
            t->last = oldest - 1;
        }
        return 0;
    }
    if (strcmp(ev->type, "reset") == 0) {
        /* The channel's seqs start again below ours (a store restored from
         * a backup, a channel made anew): the numbers we saw will be given
         * to new events, which must be printed. */
        j = json_loadb(ev->data, ev->data_len, 0, NULL);
        int64_t last = cli_json_i64(j, "last_seq");
        json_decref(j);
        if (last >= 0 && last < t->last) {
            args_warn("%s was reset: its last event is now #%lld (was #%lld here); going on "
                      "from there",
                      t->slug, (long long)last, (long long)t->last);
            t->last = last;
            save_seq(t, r->data_dir);
        }
        return 0;
    }
    if (strcmp(ev->type, "post") != 0 && strcmp(ev->type, "edit") != 0 &&
        strcmp(ev->type, "delete") != 0 && strcmp(ev->type, "selection") != 0 &&
        strcmp(ev->type, "pin") != 0)
        return 0; /* a newer server's event kind */
    j = json_loadb(ev->data, ev->data_len, 0, NULL);
    seq = cli_json_i64(j, "seq");
    if (seq <= 0 && args_parse_i64(ev->id, 1, INT64_MAX, &seq) < 0)
        seq = -1;
    if (!j || seq <= 0) {
        args_warn("skipping a malformed %s event", ev->type);
    } else if (seq > t->last) {
        tail_print(t, ev->type, seq, j, ev);
        t->last = seq;
        save_seq(t, r->data_dir);
    }
    json_decref(j);
    return 0;
}

/* Sleeps ms unless a stop signal comes; returns 1 when stopped. */
static int tail_wait(int ms)
{
    struct pollfd p = {.fd = stop_pipe[0], .events = POLLIN, .revents = 0};
    int64_t end = crier_now_ms() + ms;

    while (!stop_requested) {
        int64_t left = end - crier_now_ms();
        if (left <= 0)
            return 0;
        poll(&p, 1, (int)left);
    }
    return 1;
}

/* Answers that retrying will not fix: a 4xx other than 408 and 429, and a
 * 2xx or 3xx that is not an event stream (a wrong URL, a redirect). */
static int is_fatal_status(long status)
{
    return (status >= 200 && status < 500) && status != 408 && status != 429;
}

/* Learns the channel's current last seq, so that events published while we
 * reconnect are not missed. Returns ARGS_GO, ARGS_EXIT_FAIL (fatal, message printed) or
 * ARGS_EXIT_USAGE to mean "retry". */
static int tail_fetch_last(struct client *cl, struct tail *t, int backoff_ms)
{
    char path[128];
    json_t *resp = NULL;
    long status = 0;
    int rc;

    snprintf(path, sizeof path, "/api/v1/channels/%s", t->slug);
    int err = client_request(cl, "GET", path, NULL, &status, &resp);
    if (err == -EINTR) {
        rc = ARGS_EXIT_USAGE;
    } else if (err < 0 || status >= 500 || status == 408 || status == 429) {
        args_warn("%s; retrying in %.1f s", err < 0 ? cl->error : "the server is not ready",
                  backoff_ms / 1000.0);
        rc = ARGS_EXIT_USAGE;
    } else if (status >= 400) {
        rc = args_fail("%s", cl->error);
    } else if (cli_json_i64(resp, "last_seq") < 0) {
        rc = args_fail("unexpected answer from %s%s (HTTP %ld): not a channel", cl->base, path,
                       status);
    } else {
        t->last = cli_json_i64(resp, "last_seq");
        rc = ARGS_GO;
    }
    json_decref(resp);
    return rc;
}

/* Where to start: --after N, else the seq saved by an earlier tail, else
 * (t->last stays -1) the channel's last seq once connected. */
static int tail_start(const struct args *c, struct tail *t)
{
    const char *v = args_opt(c, "after");

    if (v) {
        if (args_parse_i64(v, 0, INT64_MAX, &t->last) < 0)
            return args_usage_error(c, "invalid --after '%s': a seq number from 0", v);
        return ARGS_GO;
    }
    int64_t saved;
    int err = load_seq(t->seq_path, &saved);
    if (err == 0)
        t->last = saved;
    else if (err != -ENOENT)
        args_warn("ignoring %s: not a seq number", t->seq_path);
    return ARGS_GO;
}

/* Follows the stream until a stop signal or a fatal answer, reconnecting
 * with a backoff. Returns the exit status. */
static int tail_follow(struct client *cl, struct tail_run *run)
{
    struct tail *t = run->t;
    int backoff = TAIL_BACKOFF_MIN_MS;
    int rc = ARGS_EXIT_OK;

    while (!stop_requested) {
        if (t->last < 0) {
            int r = tail_fetch_last(cl, t, backoff);
            if (r == ARGS_EXIT_FAIL) {
                rc = ARGS_EXIT_FAIL;
                break;
            }
            if (r != ARGS_GO) {
                if (tail_wait(backoff))
                    break;
                backoff = backoff * 2 > TAIL_BACKOFF_MAX_MS ? TAIL_BACKOFF_MAX_MS : backoff * 2;
                continue;
            }
        }
        char path[160], lastid[32];
        snprintf(path, sizeof path, "/%s/events?after=%lld", t->slug, (long long)t->last);
        snprintf(lastid, sizeof lastid, "%lld", (long long)t->last);
        struct client_sse_opts so = {.path = path,
                                     .last_event_id = lastid,
                                     .idle_timeout_s = TAIL_IDLE_TIMEOUT_S,
                                     .fn = tail_event,
                                     .on_open = tail_open,
                                     .arg = run};
        long status = 0;
        t->connected = t->slow = t->closed = 0;
        int err = client_sse(cl, &so, &status);
        if (err == -EINTR || stop_requested)
            break;
        if (err == -EMSGSIZE) {
            rc = args_fail("%s", cl->error);
            break;
        }
        if (err == -EPROTO && is_fatal_status(status)) {
            rc = args_fail("%s", cl->error);
            break;
        }
        if (t->connected)
            backoff = TAIL_BACKOFF_MIN_MS;
        if (t->closed && t->slow)
            continue; /* dropped as slow: resume at once from t->last */
        if (err < 0)
            args_warn("%s; retrying in %.1f s", cl->error, backoff / 1000.0);
        if (tail_wait(backoff))
            break;
        backoff = backoff * 2 > TAIL_BACKOFF_MAX_MS ? TAIL_BACKOFF_MAX_MS : backoff * 2;
    }
    return rc;
}

int cli_tail(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {
        {"after", ARGS_VALUE}, OPT_JSON, OPT_DATA, OPT_REMOTE, OPT_END};
    struct args c = {.name = "tail", .usage = tail_usage};
    struct tail t;
    struct tail_run run;
    struct client cl;
    struct sigaction sa, old_int, old_term;
    int rc = cli_parse_slug(&c, argc, argv, specs, 1);

    if (rc != ARGS_GO)
        return rc;
    memset(&t, 0, sizeof t);
    t.slug = c.pos[0];
    t.json = args_opt(&c, "json") != NULL;
    t.last = -1;
    run.t = &t;
    run.data_dir = cli_data_dir(ctx, &c);
    t.seq_dir = cli_path_join(run.data_dir, "tail");
    {
        size_t n = strlen(t.seq_dir) + strlen(t.slug) + sizeof "/.seq";
        t.seq_path = xmalloc(n);
        snprintf(t.seq_path, n, "%s/%s.seq", t.seq_dir, t.slug);
    }
    if ((rc = tail_start(&c, &t)) != ARGS_GO)
        goto out_paths;
    if ((rc = cli_open_client(ctx, &c, 0, &cl)) != ARGS_GO) {
        client_free(&cl);
        goto out_paths;
    }

    if (pipe2(stop_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        rc = args_fail("pipe: %s", strerror(errno));
        client_free(&cl);
        goto out_paths;
    }
    cl.stop_fd = stop_pipe[0];
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_stop_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: a blocked poll returns at once */
    sigaction(SIGINT, &sa, &old_int);
    sigaction(SIGTERM, &sa, &old_term);

    rc = tail_follow(&cl, &run);

    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGTERM, &old_term, NULL);
    close(stop_pipe[0]);
    close(stop_pipe[1]);
    stop_pipe[0] = stop_pipe[1] = -1;
    client_free(&cl);
out_paths:
    free(t.seq_dir);
    free(t.seq_path);
    return rc;
}
