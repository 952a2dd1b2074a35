/*
 * cli.c: argument parsing, subcommand dispatch, and the commands themselves.
 * The option parser is table driven: each command lists its long options, and
 * args_parse() fills a struct cmd. Options may come before or after positional
 * arguments, as "--name value" or "--name=value"; "--" ends the options.
 * Every command returns its exit status.
 */
#include "api.h"
#include "cli/args.h"
#include "cli/cli.h"
#include "cli_reader.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "auth.h"
#include "baseurl.h"
#include "buf.h"
#include "channel.h"
#include "cli/client.h"
#include "crier.h"
#include "log.h"
#include "router.h"
#include "server.h"
#include "store/store.h"
#include "tz.h"
#include "utf8.h"
#include "xmalloc.h"

static const char *progname = "crier"; /* argv[0], for hints printed by serve */

#define DEFAULT_DATA "./var"
#define DEFAULT_SERVER "http://127.0.0.1:8080"
#define DEFAULT_LISTEN "127.0.0.1:8080"
#define POST_BODY_MAX (64u << 10)
#define TOKEN_FILE_MAX 4096
#define TAIL_BACKOFF_MIN_MS 500
#define TAIL_BACKOFF_MAX_MS 5000
#define TAIL_IDLE_TIMEOUT_S 45 /* three missed 15 s heartbeats */

/* ---- option parsing (args.c), the specs every command shares ---- */

/* clang-format off */
#define O_END {NULL, ARGS_FLAG}
#define O_DATA {"data", ARGS_VALUE}
#define O_STORE {"store", ARGS_VALUE}
#define O_REMOTE {"server", ARGS_VALUE}, {"token", ARGS_VALUE}
#define O_JSON {"json", ARGS_FLAG}
/* clang-format on */

/* Values given before the subcommand: `crier --data DIR channel list`. */
struct cli_ctx {
    const char *data;
    const char *server;
    const char *token;
};

static const char *env_or(const char *name, const char *fallback)
{
    const char *v = getenv(name);
    return v && *v ? v : fallback;
}

static const char *data_dir(const struct cli_ctx *ctx, const struct args *c)
{
    const char *d = args_opt(c, "data");
    if (d)
        return d;
    return ctx->data ? ctx->data : env_or("CRIER_DATA", DEFAULT_DATA);
}

static const char *server_url(const struct cli_ctx *ctx, const struct args *c)
{
    const char *s = args_opt(c, "server");
    if (s)
        return s;
    return ctx->server ? ctx->server : env_or("CRIER_SERVER", DEFAULT_SERVER);
}

static char *path_join(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = xmalloc(n);
    snprintf(p, n, "%s/%s", dir, name);
    return p;
}

/* Reads a small file ("-": stdin) into out, NUL-terminated; 0, -errno or
 * -EFBIG. out is initialised either way: the caller buf_free()s it. */
static int read_small_file(const char *path, size_t max, struct buf *out)
{
    char chunk[8192];
    size_t n;
    int rc = 0;

    buf_init(out, max);
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f)
        return -errno;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (buf_append(out, chunk, n) < 0) {
            rc = -EFBIG;
            break;
        }
    }
    if (rc == 0 && ferror(f))
        rc = -EIO;
    if (f != stdin)
        fclose(f);
    if (rc == 0 && !out->data)
        buf_append(out, "", 0);
    return rc;
}

/*
 * The bearer token: --token, else the one given before the command, else
 * $CRIER_TOKEN, else DIR/admin.token. Returns a new string or NULL; then
 * *tried (caller frees) names the token file looked for, when one was.
 */
static char *resolve_token(const struct cli_ctx *ctx, const struct args *c, char **tried)
{
    const char *t = args_opt(c, "token");
    struct buf b;

    *tried = NULL;
    if (!t)
        t = ctx->token;
    if (!t)
        t = env_or("CRIER_TOKEN", NULL);
    if (t)
        return xstrdup(t);
    char *path = path_join(data_dir(ctx, c), "admin.token");
    if (read_small_file(path, TOKEN_FILE_MAX, &b) < 0) {
        buf_free(&b);
        *tried = path;
        return NULL;
    }
    free(path);
    size_t s = 0, e = b.len;
    while (s < e &&
           (b.data[s] == ' ' || b.data[s] == '\t' || b.data[s] == '\n' || b.data[s] == '\r'))
        s++;
    while (e > s && (b.data[e - 1] == ' ' || b.data[e - 1] == '\t' || b.data[e - 1] == '\n' ||
                     b.data[e - 1] == '\r'))
        e--;
    char *tok = e > s ? xstrndup(b.data + s, e - s) : NULL;
    explicit_bzero(b.data, b.len);
    buf_free(&b);
    return tok;
}

/* ---- output helpers ---- */

/*
 * Writes text for a terminal: control characters (C0, DEL, C1) are replaced
 * by '?' so that a post cannot drive the reader's terminal. A newline becomes
 * a space when indent is NULL, else a newline followed by indent.
 */
static void put_clean(FILE *f, const char *s, size_t n, const char *indent)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '\n') {
            if (indent) {
                fputc('\n', f);
                fputs(indent, f);
            } else {
                fputc(' ', f);
            }
        } else if (ch == '\r') {
            continue;
        } else if (ch == '\t') {
            fputc(indent ? '\t' : ' ', f);
        } else if (ch < 0x20 || ch == 0x7f) {
            fputc('?', f);
        } else if (ch == 0xc2 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 &&
                   (unsigned char)s[i + 1] <= 0x9f) {
            fputc('?', f);
            i++;
        } else {
            fputc(ch, f);
        }
    }
}

static void puts_clean(FILE *f, const char *s)
{
    if (s)
        put_clean(f, s, strlen(s), NULL);
}

/* Local time "YYYY-MM-DD HH:MM" (full) or "HH:MM". */
static void local_time(int64_t ms, int full, char out[32])
{
    time_t t = (time_t)(ms / 1000);
    struct tm tm;
    size_t n = 0;

    if (localtime_r(&t, &tm))
        n = full ? strftime(out, 32, "%Y-%m-%d %H:%M", &tm) : strftime(out, 32, "%H:%M", &tm);
    if (n == 0)
        snprintf(out, 32, "?");
}

/* "2026-11-26T20:22:32.123Z" (UTC) to ms since the epoch; -1 when not that. */
static int64_t iso_utc_ms(const char *s)
{
    struct tm tm;
    int ms = 0, used = 0;

    memset(&tm, 0, sizeof tm);
    if (sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2d%n", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
               &tm.tm_min, &tm.tm_sec, &used) != 6)
        return -1;
    s += used;
    if (*s == '.') {
        int digits = 0;
        for (s++; *s >= '0' && *s <= '9'; s++, digits++)
            if (digits < 3)
                ms = ms * 10 + (*s - '0');
        for (; digits > 0 && digits < 3; digits++)
            ms *= 10;
    }
    if (strcmp(s, "Z") != 0)
        return -1;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    time_t t = timegm(&tm);
    return t == (time_t)-1 ? -1 : (int64_t)t * 1000 + ms;
}

static void print_json_line(json_t *j)
{
    char *s = json_dumps(j, JSON_COMPACT);
    if (s) {
        puts(s);
        free(s);
    }
}

/* ---- store access ---- */

/*
 * Opens the store named by --store or the data directory. Nothing is created
 * unless create is set (by --create): a command run from the wrong directory
 * must not start a new, empty store and report success. Returns ARGS_GO or
 * ARGS_EXIT_FAIL after a message that names the path and the cause.
 */
static int open_store(const struct cli_ctx *ctx, const struct args *c, int create,
                      struct store **st)
{
    const char *uri = args_opt(c, "store");
    char err[512];

    if (!uri)
        uri = data_dir(ctx, c);
    if (store_open_with(st, uri, create ? STORE_OPEN_CREATE : 0, err, sizeof err) < 0)
        return args_fail("%s", err);
    return ARGS_GO;
}

static int get_channel(struct store *st, const char *slug, struct store_channel *ch)
{
    memset(ch, 0, sizeof *ch);
    if (strlen(slug) > STORE_SLUG_MAX)
        return args_fail("no channel '%s'", slug);
    int rc = store_channel_get(st, slug, ch);
    if (rc == -ENOENT)
        return args_fail("no channel '%s'", slug);
    if (rc < 0)
        return args_fail("cannot read channel '%s': %s", slug, crier_strerror(rc));
    return ARGS_GO;
}

/* Checks a slug given on the command line (it may end up in a URL). */
static int check_slug(const struct args *c, const char *slug)
{
    int rc = router_slug_check(slug);
    if (rc == CRIER_ERESERVED)
        return args_usage_error(c, "'%s' is a reserved name", slug);
    if (rc < 0)
        return args_usage_error(c,
                                "invalid channel slug '%s': use 1-64 of a-z, 0-9 and '-', starting "
                                "with a letter or digit, without doubled or trailing '-'",
                                slug);
    return ARGS_GO;
}

/* ---- version ---- */

static const char version_usage[] = "usage: crier version\n"
                                    "\n"
                                    "Print the version of crier.\n";

static int cmd_version(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {O_DATA, O_END};
    struct args c = {.name = "version", .usage = version_usage};
    int rc = args_parse(&c, argc, argv, specs, 0, 0, "");
    (void)ctx;
    if (rc != ARGS_GO)
        return rc;
    printf("crier %s\n", CRIER_VERSION);
    return ARGS_EXIT_OK;
}

/* ---- serve ---- */

static const char serve_usage[] =
    "usage: crier serve [options]\n"
    "\n"
    "Run a server node: the HTTP API, the SSE and WebSocket streams and the web app.\n"
    "On start it writes a local admin token to DIR/admin.token.\n"
    "\n"
    "  --listen HOST:PORT     address to listen on (default " DEFAULT_LISTEN ");\n"
    "                         [v6]:PORT for IPv6, port 0 picks a free port\n"
    "  --threads N            I/O threads (default: one per core)\n"
    "  --store URI            store to use instead of DIR/crier.db: sqlite:PATH or\n"
    "                         postgres://...\n"
    "  --allow-origin ORIGIN  an extra allowed WebSocket Origin, such as\n"
    "                         https://news.example.org (repeatable, up to 16)\n"
    "  --port-file FILE       write the bound port to FILE once listening\n"
    "  --sub-max-bytes N      unsent bytes a subscriber may hold before it is\n"
    "                         dropped as slow\n"
    "  --coalesce-ms N        gather events that follow one another within N ms\n"
    "                         into one write per subscriber (default 0: off)\n"
    "  --max-connections N    client connections held at once; past it a new one is\n"
    "                         answered 503 and closed (default: the file limit less\n"
    "                         5%, at least 64, for the store and logs;\n"
    "                         $CRIER_MAX_CONNECTIONS)\n"
    "  --max-buffer-mb N      MiB of request bodies and responses held in memory at\n"
    "                         once; past it requests get 503 (default 256;\n"
    "                         $CRIER_MAX_BUFFER_MB)\n"
    "  --write-timeout S      close a response that makes no write progress for S\n"
    "                         seconds (default 30; $CRIER_WRITE_TIMEOUT)\n"
    "  --limit-views R[:B]    view reports per client address: R a minute, bursts\n"
    "                         of B (default 120:240; 0 turns the limit off)\n"
    "  --limit-joins R[:B]    joins (each may make a reader and a membership) per\n"
    "                         client address: R a minute, bursts of B (default 30:60)\n"
    "  --metrics WHO          who may read /metrics: token (an admin token, the\n"
    "                         default), public or off (default $CRIER_METRICS, else token)\n"
    "  --trust-proxy ADDR     a proxy (ADDR or ADDR/LEN) whose X-Forwarded-For names\n"
    "                         the client address for the limits above (repeatable,\n"
    "                         up to 16); without it the client is the socket peer\n"
    "  --base-url URL         the public base URL (https://news.example) for invite\n"
    "                         links, feeds and OpenGraph; else each request's Host\n"
    "  --selection-every-ms N how often to look for selections that have come due,\n"
    "                         from 100 to 60000 ms (default 5000)\n"
    "  --log-level LEVEL      debug, info, warn or error (default info)\n"
    "  --data DIR             data directory (default $CRIER_DATA, else " DEFAULT_DATA ")\n"
    "  --config FILE          read settings from FILE (default $CRIER_CONFIG, else none)\n"
    "\n"
    "Every option can also be set in the environment as CRIER_<NAME> (CRIER_LISTEN,\n"
    "CRIER_BASE_URL; a list is comma-separated) or in the config file as a line\n"
    "\"name = value\" (listen = 127.0.0.1:8080). The command line wins over the\n"
    "environment, which wins over the file.\n";

static int cmd_serve(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {{"listen", ARGS_VALUE},
                                             {"threads", ARGS_VALUE},
                                             O_STORE,
                                             {"allow-origin", ARGS_MULTI},
                                             {"port-file", ARGS_VALUE},
                                             {"sub-max-bytes", ARGS_VALUE},
                                             {"log-level", ARGS_VALUE},
                                             {"coalesce-ms", ARGS_VALUE},
                                             O_DATA,
                                             {"max-connections", ARGS_VALUE},
                                             {"max-buffer-mb", ARGS_VALUE},
                                             {"write-timeout", ARGS_VALUE},
                                             {"limit-views", ARGS_VALUE},
                                             {"limit-joins", ARGS_VALUE},
                                             {"trust-proxy", ARGS_MULTI},
                                             {"metrics", ARGS_VALUE},
                                             {"base-url", ARGS_VALUE},
                                             {"config", ARGS_VALUE},
                                             {"selection-every-ms", ARGS_VALUE},
                                             O_END};
    struct args c = {.name = "serve", .usage = serve_usage};
    struct server_config cfg;
    const char *v, *origins[SERVER_MAX_ORIGINS];
    int64_t n;
    int rc = args_parse(&c, argc, argv, specs, 0, 0, "");

    if (rc != ARGS_GO)
        return rc;
    /* Every option may also come from CRIER_<NAME> or the config file. */
    if (ctx->data)
        args_set_default(&c, specs, "data", ctx->data);
    v = args_opt(&c, "config");
    if ((rc = args_fill(&c, specs, v ? v : env_or("CRIER_CONFIG", NULL))) != ARGS_GO)
        return rc;
    if ((v = args_opt(&c, "base-url"))) {
        if (baseurl_check(v) < 0)
            return args_usage_error(&c,
                                    "invalid --base-url '%s': an http or https URL such as "
                                    "https://news.example",
                                    v);
        baseurl_set(v);
    }
    server_config_init(&cfg);
    cfg.program = progname;
    cfg.data_dir = data_dir(ctx, &c);
    cfg.store_uri = args_opt(&c, "store");
    v = args_opt(&c, "listen");
    if (server_parse_listen(&cfg, v ? v : DEFAULT_LISTEN) < 0)
        return args_usage_error(&c, "invalid --listen '%s': use HOST:PORT, [v6]:PORT or :PORT",
                                v ? v : DEFAULT_LISTEN);
    if ((v = args_opt(&c, "threads"))) {
        if (args_parse_i64(v, 0, 1024, &n) < 0)
            return args_usage_error(&c, "invalid --threads '%s': a number from 0 to 1024", v);
        cfg.threads = (int)n;
    }
    size_t no = args_opt_all(&c, "allow-origin", origins, SERVER_MAX_ORIGINS);
    if (no > SERVER_MAX_ORIGINS)
        return args_usage_error(&c, "at most %d --allow-origin", SERVER_MAX_ORIGINS);
    for (size_t i = 0; i < no; i++) {
        if (strncmp(origins[i], "http://", 7) != 0 && strncmp(origins[i], "https://", 8) != 0)
            return args_usage_error(&c, "invalid --allow-origin '%s': use scheme://host[:port]",
                                    origins[i]);
        cfg.origins[i] = origins[i];
    }
    cfg.n_origins = no;
    cfg.port_file = args_opt(&c, "port-file");
    if ((v = args_opt(&c, "sub-max-bytes"))) {
        if (args_parse_i64(v, 1, INT64_C(1) << 40, &n) < 0)
            return args_usage_error(&c, "invalid --sub-max-bytes '%s': a positive number of bytes",
                                    v);
        cfg.sub_max_bytes = (size_t)n;
    }
    if ((v = args_opt(&c, "coalesce-ms"))) {
        if (args_parse_i64(v, 0, 1000, &n) < 0)
            return args_usage_error(&c, "invalid --coalesce-ms '%s': a number from 0 to 1000", v);
        cfg.coalesce_ms = (unsigned)n;
    }
    if ((v = args_opt(&c, "max-connections"))) {
        if (args_parse_i64(v, 1, 1 << 24, &n) < 0)
            return args_usage_error(
                &c, "invalid --max-connections '%s': a number from 1 to 16777216", v);
        cfg.max_connections = (long)n;
    }
    if ((v = args_opt(&c, "max-buffer-mb"))) {
        if (args_parse_i64(v, 1, 1 << 20, &n) < 0)
            return args_usage_error(
                &c, "invalid --max-buffer-mb '%s': a number of MiB from 1 to 1048576", v);
        cfg.max_buffered = (long long)n << 20;
    }
    if ((v = args_opt(&c, "write-timeout"))) {
        if (args_parse_i64(v, 1, 3600, &n) < 0)
            return args_usage_error(&c, "invalid --write-timeout '%s': seconds, from 1 to 3600", v);
        cfg.write_timeout_ms = (unsigned)n * 1000;
    }
    if ((v = args_opt(&c, "limit-views")) &&
        server_parse_limit(v, &cfg.views_per_min, &cfg.views_burst) < 0)
        return args_usage_error(&c, "invalid --limit-views '%s': RATE[:BURST], per minute", v);
    v = args_opt(&c, "metrics");
    if (!v)
        v = "token";
    if (strcmp(v, "token") == 0)
        cfg.metrics_access = API_METRICS_TOKEN;
    else if (strcmp(v, "public") == 0)
        cfg.metrics_access = API_METRICS_PUBLIC;
    else if (strcmp(v, "off") == 0)
        cfg.metrics_access = API_METRICS_OFF;
    else
        return args_usage_error(
            &c, "invalid --metrics (or CRIER_METRICS) '%s': token, public or off", v);
    const char *proxies[SERVER_MAX_PROXIES];
    size_t np = args_opt_all(&c, "trust-proxy", proxies, SERVER_MAX_PROXIES);
    if (np > SERVER_MAX_PROXIES)
        return args_usage_error(&c, "at most %d --trust-proxy", SERVER_MAX_PROXIES);
    for (size_t i = 0; i < np; i++) {
        if (api_proxy_check(proxies[i]) < 0)
            return args_usage_error(&c, "invalid --trust-proxy '%s': an IP address, or ADDR/LEN",
                                    proxies[i]);
        cfg.proxies[i] = proxies[i];
    }
    cfg.n_proxies = np;
    if ((v = args_opt(&c, "limit-joins")) &&
        server_parse_limit(v, &cfg.joins_per_min, &cfg.joins_burst) < 0)
        return args_usage_error(&c, "invalid --limit-joins '%s': RATE[:BURST], per minute", v);
    if ((v = args_opt(&c, "selection-every-ms"))) {
        if (args_parse_i64(v, 100, 60000, &n) < 0)
            return args_usage_error(
                &c, "invalid --selection-every-ms '%s': a number from 100 to 60000", v);
        cfg.selection_every_ms = (unsigned)n;
    }
    if ((v = args_opt(&c, "log-level"))) {
        enum log_level lvl;
        if (log_parse_level(v, &lvl) < 0)
            return args_usage_error(&c, "invalid --log-level '%s': debug, info, warn or error", v);
        log_set_level(lvl);
    }
    rc = server_run(&cfg);
    if (rc < 0)
        return args_fail("serve: %s", crier_strerror(rc));
    return ARGS_EXIT_OK;
}

/* ---- channel ---- */

static const char channel_usage[] =
    "usage: crier channel <command> [options]\n"
    "\n"
    "Manage channels, straight on the store in the data directory.\n"
    "\n"
    "  add SLUG --title T [--description D] [--lang L] [--tz ZONE]\n"
    "      [--visibility public|private] [--json]\n"
    "  list [--json]\n"
    "  show SLUG [--json]\n"
    "  update SLUG [--title T] [--description D] [--lang L] [--tz ZONE]\n"
    "      [--visibility public|private] [--json]\n"
    "  delete SLUG --yes\n"
    "  prune SLUG --before-seq N [--json]\n"
    "\n"
    "Every command takes --data DIR (default $CRIER_DATA, else " DEFAULT_DATA ") and\n"
    "--store URI. Run 'crier channel <command> --help' for details.\n";

static const char channel_add_usage[] =
    "usage: crier channel add SLUG --title T [options]\n"
    "\n"
    "Create a channel. SLUG: 1-64 of a-z, 0-9 and '-'.\n"
    "\n"
    "  --title T              title, 1-256 bytes on one line (required)\n"
    "  --description D        description, up to 2048 bytes (default empty)\n"
    "  --lang L               BCP 47 language tag such as fr, en-GB (default en)\n"
    "  --tz ZONE              IANA time zone such as Europe/Paris (default UTC)\n"
    "  --visibility V         public or private (default public)\n"
    "  --json                 print the channel as JSON\n"
    "  --create               create the store if there is none (else it is an error)\n"
    "  --data DIR, --store URI\n";

static const char channel_list_usage[] = "usage: crier channel list [--json]\n"
                                         "\n"
                                         "List the channels.\n"
                                         "\n"
                                         "  --json                 print {\"channels\":[...]}\n"
                                         "  --data DIR, --store URI\n";

static const char channel_show_usage[] = "usage: crier channel show SLUG [--json]\n"
                                         "\n"
                                         "Show one channel.\n"
                                         "\n"
                                         "  --json                 print the channel as JSON\n"
                                         "  --data DIR, --store URI\n";

static const char channel_update_usage[] =
    "usage: crier channel update SLUG [options]\n"
    "\n"
    "Change a channel's fields; give at least one.\n"
    "\n"
    "  --title T, --description D, --lang L, --tz ZONE, --visibility public|private\n"
    "  --json                 print the updated channel as JSON\n"
    "  --data DIR, --store URI\n";

static const char channel_delete_usage[] =
    "usage: crier channel delete SLUG --yes\n"
    "\n"
    "Delete a channel with its posts, events and publish tokens.\n"
    "\n"
    "  --yes                  confirm (required)\n"
    "  --data DIR, --store URI\n";

static const char channel_prune_usage[] =
    "usage: crier channel prune SLUG --before-seq N [--json]\n"
    "\n"
    "Delete the channel's events with a seq below N (the posts stay). Readers that\n"
    "resume from before N are told to reload from the oldest kept seq.\n"
    "\n"
    "  --before-seq N         first seq to keep (required)\n"
    "  --json                 print {\"oldest_seq\":K}\n"
    "  --data DIR, --store URI\n";

static int validation_error(const struct args *c, const struct store_channel *ch, const char *field,
                            int rc)
{
    if (strcmp(field, "slug") == 0) {
        if (rc == CRIER_ERESERVED)
            return args_usage_error(c, "'%s' is a reserved name", ch->slug);
        return args_usage_error(c,
                                "invalid channel slug '%s': use 1-64 of a-z, 0-9 and '-', starting "
                                "with a letter or digit, without doubled or trailing '-'",
                                ch->slug);
    }
    if (strcmp(field, "title") == 0)
        return args_usage_error(c, "invalid --title: 1 to %d bytes of UTF-8 text on one line",
                                CHANNEL_TITLE_MAX);
    if (strcmp(field, "description") == 0)
        return args_usage_error(c, "invalid --description: up to %d bytes of UTF-8 text",
                                CHANNEL_DESC_MAX);
    if (strcmp(field, "lang") == 0)
        return args_usage_error(c, "invalid --lang '%s': use a BCP 47 tag such as fr, en-GB, pt-BR",
                                ch->lang);
    if (strcmp(field, "tz") == 0)
        return args_usage_error(c, "invalid --tz '%s': not an IANA time zone such as Europe/Paris",
                                ch->tz);
    return args_usage_error(c, "invalid --%s", field);
}

/* Copies the field options of channel add/update into ch. Returns ARGS_GO or an
 * exit status after a message. */
static int channel_fields(const struct args *c, struct store_channel *ch)
{
    const char *v;

    if ((v = args_opt(c, "title"))) {
        free(ch->title);
        ch->title = xstrdup(v);
    }
    if ((v = args_opt(c, "description"))) {
        free(ch->description);
        ch->description = xstrdup(v);
    }
    if ((v = args_opt(c, "lang"))) {
        if (strlen(v) > STORE_LANG_MAX)
            return args_usage_error(c, "invalid --lang '%s': use a BCP 47 tag such as fr, en-GB",
                                    v);
        snprintf(ch->lang, sizeof ch->lang, "%s", v);
    }
    if ((v = args_opt(c, "tz"))) {
        if (strlen(v) > STORE_TZ_MAX)
            return args_usage_error(c, "invalid --tz '%s': not an IANA time zone", v);
        snprintf(ch->tz, sizeof ch->tz, "%s", v);
    }
    if ((v = args_opt(c, "visibility"))) {
        int vis = channel_visibility_parse(v);
        if (vis < 0)
            return args_usage_error(c, "invalid --visibility '%s': public or private", v);
        ch->visibility = vis;
    }
    const char *field = NULL;
    int rc = channel_validate(ch, &field);
    if (rc < 0)
        return validation_error(c, ch, field ? field : "channel", rc);
    return ARGS_GO;
}

static void print_channel_line(const char *verb, const struct store_channel *ch)
{
    printf("%s channel %s (%s, %s, %s)\n", verb, ch->slug, ch->lang, ch->tz,
           channel_visibility_name(ch->visibility));
}

static void print_channel_json(const struct store_channel *ch)
{
    json_t *j = channel_to_json(ch);
    print_json_line(j);
    json_decref(j);
}

static int channel_add(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {{"title", ARGS_VALUE},
                                             {"description", ARGS_VALUE},
                                             {"lang", ARGS_VALUE},
                                             {"tz", ARGS_VALUE},
                                             {"visibility", ARGS_VALUE},
                                             O_JSON,
                                             O_DATA,
                                             O_STORE,
                                             {"create", ARGS_FLAG},
                                             O_END};
    struct args c = {.name = "channel add", .usage = channel_add_usage};
    struct store_channel ch;
    struct store *st = NULL;
    int rc = args_parse(&c, argc, argv, specs, 1, 1, "SLUG");

    if (rc != ARGS_GO)
        return rc;
    if (!args_opt(&c, "title"))
        return args_usage_error(&c, "--title is required");
    memset(&ch, 0, sizeof ch);
    if (strlen(c.pos[0]) > STORE_SLUG_MAX)
        return validation_error(&c, &ch, "slug", -EINVAL);
    snprintf(ch.slug, sizeof ch.slug, "%s", c.pos[0]);
    ch.description = xstrdup("");
    snprintf(ch.lang, sizeof ch.lang, "en");
    snprintf(ch.tz, sizeof ch.tz, "UTC");
    ch.visibility = STORE_PUBLIC;
    rc = channel_fields(&c, &ch);
    if (rc == ARGS_GO)
        rc = open_store(ctx, &c, args_opt(&c, "create") != NULL, &st);
    if (rc == ARGS_GO) {
        int err = store_channel_create(st, &ch);
        if (err == -EEXIST) {
            rc = args_fail("channel '%s' already exists", ch.slug);
        } else if (err < 0) {
            rc = args_fail("cannot create channel '%s': %s", ch.slug, crier_strerror(err));
        } else {
            struct store_channel fresh;
            memset(&fresh, 0, sizeof fresh);
            const struct store_channel *show = &ch;
            if (store_channel_get(st, ch.slug, &fresh) == 0)
                show = &fresh;
            if (args_opt(&c, "json"))
                print_channel_json(show);
            else
                print_channel_line("created", show);
            store_channel_clear(&fresh);
            rc = ARGS_EXIT_OK;
        }
    }
    store_channel_clear(&ch);
    store_close(st);
    return rc;
}

static int channel_list(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {O_JSON, O_DATA, O_STORE, O_END};
    struct args c = {.name = "channel list", .usage = channel_list_usage};
    struct store_channel *chs = NULL;
    struct store *st = NULL;
    size_t n = 0;
    int rc = args_parse(&c, argc, argv, specs, 0, 0, "");

    if (rc != ARGS_GO)
        return rc;
    if ((rc = open_store(ctx, &c, 0, &st)) != ARGS_GO)
        return rc;
    int err = store_channel_list(st, &chs, &n);
    if (err < 0) {
        store_close(st);
        return args_fail("cannot list channels: %s", crier_strerror(err));
    }
    if (args_opt(&c, "json")) {
        json_t *arr = json_array();
        for (size_t i = 0; i < n; i++)
            json_array_append_new(arr, channel_to_json(&chs[i]));
        json_t *j = json_pack("{s:o}", "channels", arr);
        print_json_line(j);
        json_decref(j);
    } else if (n == 0) {
        puts("no channels");
    } else {
        int w = 4;
        for (size_t i = 0; i < n; i++)
            if ((int)strlen(chs[i].slug) > w)
                w = (int)strlen(chs[i].slug);
        printf("%-*s  %-10s  %-6s  %-20s  %8s  %s\n", w, "SLUG", "VISIBILITY", "LANG", "TZ",
               "LAST SEQ", "TITLE");
        for (size_t i = 0; i < n; i++) {
            printf("%-*s  %-10s  %-6s  %-20s  %8lld  ", w, chs[i].slug,
                   channel_visibility_name(chs[i].visibility), chs[i].lang, chs[i].tz,
                   (long long)chs[i].last_seq);
            puts_clean(stdout, chs[i].title);
            putchar('\n');
        }
    }
    store_channels_free(chs, n);
    store_close(st);
    return ARGS_EXIT_OK;
}

static int channel_show(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {O_JSON, O_DATA, O_STORE, O_END};
    struct args c = {.name = "channel show", .usage = channel_show_usage};
    struct store_channel ch;
    struct store *st = NULL;
    int rc = args_parse(&c, argc, argv, specs, 1, 1, "SLUG");

    if (rc != ARGS_GO)
        return rc;
    if ((rc = open_store(ctx, &c, 0, &st)) != ARGS_GO)
        return rc;
    if ((rc = get_channel(st, c.pos[0], &ch)) != ARGS_GO) {
        store_close(st);
        return rc;
    }
    if (args_opt(&c, "json")) {
        print_channel_json(&ch);
    } else {
        char created[32], updated[32];
        local_time(ch.created_at, 1, created);
        local_time(ch.updated_at ? ch.updated_at : ch.created_at, 1, updated);
        printf("slug         %s\ntitle        ", ch.slug);
        puts_clean(stdout, ch.title);
        printf("\ndescription  ");
        if (ch.description)
            put_clean(stdout, ch.description, strlen(ch.description), "             ");
        printf("\nlang         %s\ntz           %s\nvisibility   %s\n", ch.lang, ch.tz,
               channel_visibility_name(ch.visibility));
        printf("last seq     %lld\noldest seq   %lld\ncreated      %s\nupdated      %s\n",
               (long long)ch.last_seq, (long long)ch.oldest_seq, created, updated);
    }
    store_channel_clear(&ch);
    store_close(st);
    return ARGS_EXIT_OK;
}

static int channel_update(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {{"title", ARGS_VALUE},
                                             {"description", ARGS_VALUE},
                                             {"lang", ARGS_VALUE},
                                             {"tz", ARGS_VALUE},
                                             {"visibility", ARGS_VALUE},
                                             O_JSON,
                                             O_DATA,
                                             O_STORE,
                                             O_END};
    static const char *const fields[] = {"title", "description", "lang", "tz", "visibility"};
    struct args c = {.name = "channel update", .usage = channel_update_usage};
    struct store_channel ch;
    struct store *st = NULL;
    int any = 0;
    int rc = args_parse(&c, argc, argv, specs, 1, 1, "SLUG");

    if (rc != ARGS_GO)
        return rc;
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        any |= args_opt(&c, fields[i]) != NULL;
    if (!any)
        return args_usage_error(&c, "nothing to update: give --title, --description, --lang, --tz "
                                    "or --visibility");
    if ((rc = open_store(ctx, &c, 0, &st)) != ARGS_GO)
        return rc;
    if ((rc = get_channel(st, c.pos[0], &ch)) != ARGS_GO) {
        store_close(st);
        return rc;
    }
    rc = channel_fields(&c, &ch);
    if (rc == ARGS_GO) {
        int err = store_channel_update(st, &ch);
        if (err == -ENOENT) {
            rc = args_fail("no channel '%s'", ch.slug);
        } else if (err < 0) {
            rc = args_fail("cannot update channel '%s': %s", ch.slug, crier_strerror(err));
        } else {
            char slug[STORE_SLUG_MAX + 1];
            snprintf(slug, sizeof slug, "%s", ch.slug);
            store_channel_clear(&ch);
            if (store_channel_get(st, slug, &ch) < 0) {
                memset(&ch, 0, sizeof ch);
                snprintf(ch.slug, sizeof ch.slug, "%s", slug);
            }
            if (args_opt(&c, "json"))
                print_channel_json(&ch);
            else
                print_channel_line("updated", &ch);
            rc = ARGS_EXIT_OK;
        }
    }
    store_channel_clear(&ch);
    store_close(st);
    return rc;
}

static int channel_delete(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {{"yes", ARGS_FLAG}, O_DATA, O_STORE, O_END};
    struct args c = {.name = "channel delete", .usage = channel_delete_usage};
    struct store *st = NULL;
    int rc = args_parse(&c, argc, argv, specs, 1, 1, "SLUG");

    if (rc != ARGS_GO)
        return rc;
    if (!args_opt(&c, "yes"))
        return args_usage_error(&c,
                                "deleting '%s' removes its posts, events and publish tokens; "
                                "add --yes to confirm",
                                c.pos[0]);
    if ((rc = open_store(ctx, &c, 0, &st)) != ARGS_GO)
        return rc;
    int err = strlen(c.pos[0]) > STORE_SLUG_MAX ? -ENOENT : store_channel_delete(st, c.pos[0]);
    store_close(st);
    if (err == -ENOENT)
        return args_fail("no channel '%s'", c.pos[0]);
    if (err < 0)
        return args_fail("cannot delete channel '%s': %s", c.pos[0], crier_strerror(err));
    printf("deleted channel %s\n", c.pos[0]);
    return ARGS_EXIT_OK;
}

static int channel_prune(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {
        {"before-seq", ARGS_VALUE}, O_JSON, O_DATA, O_STORE, O_END};
    struct args c = {.name = "channel prune", .usage = channel_prune_usage};
    struct store_channel ch;
    struct store *st = NULL;
    const char *v;
    int64_t before;
    int rc = args_parse(&c, argc, argv, specs, 1, 1, "SLUG");

    if (rc != ARGS_GO)
        return rc;
    if (!(v = args_opt(&c, "before-seq")))
        return args_usage_error(&c, "--before-seq is required");
    if (args_parse_i64(v, 1, INT64_MAX, &before) < 0)
        return args_usage_error(&c, "invalid --before-seq '%s': a seq number from 1", v);
    if ((rc = open_store(ctx, &c, 0, &st)) != ARGS_GO)
        return rc;
    if ((rc = get_channel(st, c.pos[0], &ch)) != ARGS_GO) {
        store_close(st);
        return rc;
    }
    if (before > ch.last_seq + 1) {
        rc = args_fail("channel '%s' has no seq %lld yet (last seq %lld)", ch.slug,
                       (long long)before, (long long)ch.last_seq);
    } else {
        int err = store_prune(st, ch.id, before);
        if (err < 0) {
            rc = args_fail("cannot prune channel '%s': %s", ch.slug, crier_strerror(err));
        } else {
            int64_t oldest = before;
            struct store_channel after;
            memset(&after, 0, sizeof after);
            if (store_channel_get(st, ch.slug, &after) == 0)
                oldest = after.oldest_seq;
            store_channel_clear(&after);
            if (args_opt(&c, "json")) {
                json_t *j = json_pack("{s:I}", "oldest_seq", (json_int_t)oldest);
                print_json_line(j);
                json_decref(j);
            } else {
                printf("pruned channel %s: events before #%lld deleted, oldest seq now %lld\n",
                       ch.slug, (long long)before, (long long)oldest);
            }
            rc = ARGS_EXIT_OK;
        }
    }
    store_channel_clear(&ch);
    store_close(st);
    return rc;
}

/* ---- token ---- */

static const char token_usage[] =
    "usage: crier token <command> [options]\n"
    "\n"
    "Manage API tokens, straight on the store in the data directory.\n"
    "\n"
    "  create --scope admin|publish [--channel SLUG] [--label L] [--json]\n"
    "  list [--json]\n"
    "  revoke ID\n"
    "\n"
    "Every command takes --data DIR (default $CRIER_DATA, else " DEFAULT_DATA ") and\n"
    "--store URI. Run 'crier token <command> --help' for details.\n";

static const char token_create_usage[] =
    "usage: crier token create --scope admin|publish [--channel SLUG] [--label L]\n"
    "\n"
    "Create a token and print it, alone on one line, on stdout. It is shown only\n"
    "this once; the store keeps only its SHA-256.\n"
    "\n"
    "  --scope S              admin (everything) or publish (post, edit, delete in one\n"
    "                         channel) (required)\n"
    "  --channel SLUG         the channel of a publish token (required for publish)\n"
    "  --label L              a note for `token list`, up to 127 bytes\n"
    "  --json                 print {\"id\",\"token\",\"scope\",\"channel\",\"label\"}\n"
    "  --create               create the store if there is none (else it is an error)\n"
    "  --data DIR, --store URI\n";

static const char token_list_usage[] =
    "usage: crier token list [--json]\n"
    "\n"
    "List tokens (never the tokens themselves): id, scope, channel, creation, last\n"
    "use, revocation and label. Times are local.\n"
    "\n"
    "  --json                 print {\"tokens\":[...]} with ISO 8601 UTC times\n"
    "  --data DIR, --store URI\n";

static const char token_revoke_usage[] = "usage: crier token revoke ID\n"
                                         "\n"
                                         "Revoke a token by the id that `token list` shows.\n"
                                         "\n"
                                         "  --data DIR, --store URI\n";

static int token_create(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {{"scope", ARGS_VALUE},
                                             {"channel", ARGS_VALUE},
                                             {"label", ARGS_VALUE},
                                             O_JSON,
                                             O_DATA,
                                             O_STORE,
                                             {"create", ARGS_FLAG},
                                             O_END};
    struct args c = {.name = "token create", .usage = token_create_usage};
    struct store_token t;
    struct store_channel ch;
    struct store *st = NULL;
    char tok[AUTH_TOKEN_LEN + 1];
    const char *scope, *chan, *label;
    int rc = args_parse(&c, argc, argv, specs, 0, 0, "");

    if (rc != ARGS_GO)
        return rc;
    memset(&t, 0, sizeof t);
    memset(&ch, 0, sizeof ch);
    scope = args_opt(&c, "scope");
    chan = args_opt(&c, "channel");
    label = args_opt(&c, "label");
    if (!scope)
        return args_usage_error(&c, "--scope is required (admin or publish)");
    if (auth_scope_parse(scope, &t.scope) < 0)
        return args_usage_error(&c, "invalid --scope '%s': admin or publish", scope);
    if (t.scope == STORE_SCOPE_PUBLISH && !chan)
        return args_usage_error(&c, "a publish token needs --channel SLUG");
    if (t.scope == STORE_SCOPE_ADMIN && chan)
        return args_usage_error(&c, "--channel applies only to --scope publish");
    if (label) {
        size_t n = strlen(label);
        if (n >= sizeof t.label || !utf8_valid(label, n))
            return args_usage_error(&c, "invalid --label: up to %zu bytes of UTF-8 text",
                                    sizeof t.label - 1);
        for (size_t i = 0; i < n; i++)
            if ((unsigned char)label[i] < 0x20 || label[i] == 0x7f)
                return args_usage_error(&c, "invalid --label: no control characters");
        snprintf(t.label, sizeof t.label, "%s", label);
    }
    if ((rc = open_store(ctx, &c, args_opt(&c, "create") != NULL, &st)) != ARGS_GO)
        return rc;
    if (chan) {
        if ((rc = get_channel(st, chan, &ch)) != ARGS_GO)
            goto out;
        t.channel_id = ch.id;
    }
    int err = auth_token_new(tok, t.hash);
    if (err < 0) {
        rc = args_fail("cannot make a token: %s", crier_strerror(err));
        goto out;
    }
    err = store_token_create(st, &t);
    if (err < 0) {
        rc = args_fail("cannot store the token: %s", crier_strerror(err));
        goto out;
    }
    if (args_opt(&c, "json")) {
        json_t *j = json_pack("{s:I, s:s, s:s, s:s?, s:s}", "id", (json_int_t)t.id, "token", tok,
                              "scope", auth_scope_name(t.scope), "channel", chan, "label", t.label);
        print_json_line(j);
        json_decref(j);
    } else {
        printf("%s\n", tok);
    }
    rc = ARGS_EXIT_OK;
out:
    explicit_bzero(tok, sizeof tok);
    store_channel_clear(&ch);
    store_close(st);
    return rc;
}

static const char *slug_of(const struct store_channel *chs, size_t n, int64_t id)
{
    for (size_t i = 0; i < n; i++)
        if (chs[i].id == id)
            return chs[i].slug;
    return NULL;
}

static json_t *iso_or_null(int64_t ms)
{
    char s[32];
    if (ms <= 0)
        return json_null();
    channel_iso_time(ms, s);
    return json_string(s);
}

static int token_list(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {O_JSON, O_DATA, O_STORE, O_END};
    struct args c = {.name = "token list", .usage = token_list_usage};
    struct store_token *ts = NULL;
    struct store_channel *chs = NULL;
    struct store *st = NULL;
    size_t n = 0, nch = 0;
    int rc = args_parse(&c, argc, argv, specs, 0, 0, "");

    if (rc != ARGS_GO)
        return rc;
    if ((rc = open_store(ctx, &c, 0, &st)) != ARGS_GO)
        return rc;
    int err = store_token_list(st, &ts, &n);
    if (err == 0)
        err = store_channel_list(st, &chs, &nch);
    if (err < 0) {
        rc = args_fail("cannot list tokens: %s", crier_strerror(err));
        goto out;
    }
    if (args_opt(&c, "json")) {
        json_t *arr = json_array();
        for (size_t i = 0; i < n; i++) {
            const char *slug = ts[i].channel_id ? slug_of(chs, nch, ts[i].channel_id) : NULL;
            json_t *label = json_string(ts[i].label);
            json_array_append_new(arr, json_pack("{s:I, s:s, s:s?, s:o, s:o, s:o, s:o}", "id",
                                                 (json_int_t)ts[i].id, "scope",
                                                 auth_scope_name(ts[i].scope), "channel", slug,
                                                 "label", label ? label : json_string(""),
                                                 "created_at", iso_or_null(ts[i].created_at),
                                                 "last_used_at", iso_or_null(ts[i].last_used_at),
                                                 "revoked_at", iso_or_null(ts[i].revoked_at)));
        }
        json_t *j = json_pack("{s:o}", "tokens", arr);
        print_json_line(j);
        json_decref(j);
    } else if (n == 0) {
        puts("no tokens");
    } else {
        int w = 7;
        for (size_t i = 0; i < n; i++) {
            const char *slug = slug_of(chs, nch, ts[i].channel_id);
            if (ts[i].channel_id && slug && (int)strlen(slug) > w)
                w = (int)strlen(slug);
        }
        printf("%6s  %-7s  %-*s  %-16s  %-16s  %-16s  %s\n", "ID", "SCOPE", w, "CHANNEL", "CREATED",
               "LAST USED", "REVOKED", "LABEL");
        for (size_t i = 0; i < n; i++) {
            char created[32], used[32] = "-", revoked[32] = "-";
            const char *slug = ts[i].channel_id ? slug_of(chs, nch, ts[i].channel_id) : NULL;
            local_time(ts[i].created_at, 1, created);
            if (ts[i].last_used_at > 0)
                local_time(ts[i].last_used_at, 1, used);
            if (ts[i].revoked_at > 0)
                local_time(ts[i].revoked_at, 1, revoked);
            printf("%6lld  %-7s  %-*s  %-16s  %-16s  %-16s  ", (long long)ts[i].id,
                   auth_scope_name(ts[i].scope), w, ts[i].channel_id ? (slug ? slug : "?") : "-",
                   created, used, revoked);
            puts_clean(stdout, ts[i].label[0] ? ts[i].label : "-");
            putchar('\n');
        }
    }
    rc = ARGS_EXIT_OK;
out:
    free(ts);
    store_channels_free(chs, nch);
    store_close(st);
    return rc;
}

static int token_revoke(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {O_DATA, O_STORE, O_END};
    struct args c = {.name = "token revoke", .usage = token_revoke_usage};
    struct store *st = NULL;
    int64_t id;
    int rc = args_parse(&c, argc, argv, specs, 1, 1, "ID");

    if (rc != ARGS_GO)
        return rc;
    if (args_parse_i64(c.pos[0], 1, INT64_MAX, &id) < 0)
        return args_usage_error(&c, "invalid token id '%s': a number from `crier token list`",
                                c.pos[0]);
    if ((rc = open_store(ctx, &c, 0, &st)) != ARGS_GO)
        return rc;
    int err = store_token_revoke(st, id);
    store_close(st);
    if (err == -ENOENT)
        return args_fail("no token %lld", (long long)id);
    if (err < 0)
        return args_fail("cannot revoke token %lld: %s", (long long)id, crier_strerror(err));
    printf("revoked token %lld\n", (long long)id);
    return ARGS_EXIT_OK;
}

/* ---- post ---- */

static const char post_usage[] =
    "usage: crier post SLUG --title T [options]\n"
    "       crier post edit SLUG N [options]\n"
    "       crier post delete SLUG N\n"
    "       crier post list SLUG [--limit N] [--before N]\n"
    "\n"
    "Publish, edit or delete a post through a running server's API.\n"
    "\n"
    "  --title T              title, 1-256 bytes (required to publish)\n"
    "  --body TEXT            body in CommonMark, up to 64 KiB\n"
    "  --body-file FILE       read the body from FILE ('-' for stdin)\n"
    "  --importance N         0 low, 1 normal (default), 2 high, 3 breaking\n"
    "  --silent               readers are not alerted\n"
    "  --tag T                a tag (repeatable, up to 16; on edit, replaces the tags)\n"
    "  --source-url URL       the original article (http or https)\n"
    "  --media-url URL        an image; with --caption C and --credit C\n"
    "                         (on edit, --media-url '' removes the media)\n"
    "  --lang L               the post's language (default: the channel's)\n"
    "  --author A             the author's signature\n"
    "  --external-id K        the story's id in your system: a retry with the same K\n"
    "                         gets the first answer and never publishes it twice\n"
    "  --publish-at TIME      schedule (an embargo): a local time in the channel's zone\n"
    "                         (2026-12-05 07:00), an ISO 8601 time with a zone, ms\n"
    "                         since the epoch, or +N[smhd] from now. A time already\n"
    "                         past is refused unless --force is given\n"
    "  --force                with --publish-at: publish at once even if it is past\n"
    "  --json                 print the server's JSON answer\n"
    "  --server URL           default $CRIER_SERVER, else " DEFAULT_SERVER "\n"
    "  --token T              default $CRIER_TOKEN, else the contents of DIR/admin.token\n"
    "  --data DIR             default $CRIER_DATA, else " DEFAULT_DATA "\n"
    "\n"
    "To publish to a channel named 'edit' or 'delete', put an option first:\n"
    "crier post --title T edit\n";

static const char post_edit_usage[] =
    "usage: crier post edit SLUG N [options]\n"
    "       crier post edit SLUG --id ID [options]\n"
    "\n"
    "Change a post's fields (at least one); a published post gets an edit event.\n"
    "N is the post's number, the #N of its page, its feed entry and crier tail; a\n"
    "scheduled post has none yet: name it with --id ID, as `crier post` printed.\n"
    "Field options as for `crier post`: --title, --body, --body-file, --importance,\n"
    "--silent, --tag (replaces the tags), --source-url, --media-url ('' removes the\n"
    "media), --caption, --credit, --lang, --author, --publish-at.\n"
    "\n"
    "  --json                 print the server's JSON answer\n"
    "  --server URL, --token T, --data DIR\n";

static const char post_delete_usage[] = "usage: crier post delete SLUG N [--json]\n"
                                        "       crier post delete SLUG --id ID [--json]\n"
                                        "\n"
                                        "Delete post #N (or a scheduled one by --id);\n"
                                        "readers get a delete event.\n"
                                        "\n"
                                        "  --json                 print the server's JSON answer\n"
                                        "  --server URL, --token T, --data DIR\n";

/* clang-format off */
#define POST_FIELD_OPTS                                                                        \
    {"title", ARGS_VALUE}, {"body", ARGS_VALUE}, {"body-file", ARGS_VALUE},                       \
        {"importance", ARGS_VALUE}, {"silent", ARGS_FLAG}, {"tag", ARGS_MULTI},                   \
        {"source-url", ARGS_VALUE}, {"media-url", ARGS_VALUE}, {"caption", ARGS_VALUE},           \
        {"credit", ARGS_VALUE}, {"lang", ARGS_VALUE}, {"author", ARGS_VALUE},                     \
        {"publish-at", ARGS_VALUE}, {"force", ARGS_FLAG}, {"external-id", ARGS_VALUE}
/* clang-format on */

/* Sets key to the string v in o; a usage error when v is not UTF-8. */
static int set_str(const struct args *c, json_t *o, const char *key, const char *flag,
                   const char *v)
{
    json_t *s = json_string(v);
    if (!s)
        return args_usage_error(c, "%s is not valid UTF-8", flag);
    json_object_set_new(o, key, s);
    return ARGS_GO;
}

/* --publish-at: ms since the epoch, +N[smhd] from now, or text for the server
 * (ISO 8601). */
static int set_publish_at(const struct args *c, json_t *o, const char *v)
{
    int64_t n;
    size_t len = strlen(v);

    if (len > 0 && v[0] >= '0' && v[0] <= '9' && args_parse_i64(v, 0, INT64_MAX, &n) == 0) {
        json_object_set_new(o, "publish_at", json_integer((json_int_t)n));
        return ARGS_GO;
    }
    if (v[0] == '+' && len >= 3) {
        int64_t unit = 0;
        switch (v[len - 1]) {
        case 's': unit = 1000; break;
        case 'm': unit = 60 * 1000; break;
        case 'h': unit = 3600 * 1000; break;
        case 'd': unit = 86400 * 1000; break;
        }
        char num[24];
        if (unit && len - 2 < sizeof num) {
            memcpy(num, v + 1, len - 2);
            num[len - 2] = '\0';
            if (args_parse_i64(num, 0, INT64_C(3650) * 86400, &n) == 0) {
                json_object_set_new(o, "publish_at",
                                    json_integer((json_int_t)(crier_now_ms() + n * unit)));
                return ARGS_GO;
            }
        }
        return args_usage_error(c, "invalid --publish-at '%s': use +N followed by s, m, h or d", v);
    }
    return set_str(c, o, "publish_at", "--publish-at", v);
}

/* Builds the JSON body of a create (edit = 0) or an edit from the field
 * options. Returns ARGS_GO or an exit status after a message. */
static int post_fields(const struct args *c, int edit, json_t *o)
{
    const char *v, *tags[32];
    int rc = ARGS_GO;

    if ((v = args_opt(c, "title")) && (rc = set_str(c, o, "title", "--title", v)) != ARGS_GO)
        return rc;
    if (!edit && !v)
        return args_usage_error(c, "--title is required");
    if (args_opt(c, "body") && args_opt(c, "body-file"))
        return args_usage_error(c, "give --body or --body-file, not both");
    if ((v = args_opt(c, "body")) && (rc = set_str(c, o, "body", "--body", v)) != ARGS_GO)
        return rc;
    if ((v = args_opt(c, "body-file"))) {
        struct buf b;
        int err = read_small_file(v, POST_BODY_MAX, &b);
        if (err == -EFBIG)
            rc = args_fail("%s: the body is larger than 64 KiB", v);
        else if (err < 0)
            rc = args_fail("cannot read %s: %s", strcmp(v, "-") == 0 ? "stdin" : v, strerror(-err));
        else if (memchr(b.data, '\0', b.len) || !utf8_valid(b.data, b.len))
            rc = args_fail("%s: the body is not UTF-8 text", strcmp(v, "-") == 0 ? "stdin" : v);
        else
            json_object_set_new(o, "body", json_stringn(b.data, b.len));
        buf_free(&b);
        if (rc != ARGS_GO)
            return rc;
    }
    if ((v = args_opt(c, "importance"))) {
        int64_t n;
        if (args_parse_i64(v, 0, 3, &n) < 0)
            return args_usage_error(c, "invalid --importance '%s': 0, 1, 2 or 3", v);
        json_object_set_new(o, "importance", json_integer((json_int_t)n));
    }
    if (args_opt(c, "silent"))
        json_object_set_new(o, "silent", json_true());
    size_t nt = args_opt_all(c, "tag", tags, 32);
    if (nt > 32)
        return args_usage_error(c, "too many --tag");
    if (nt > 0) {
        json_t *arr = json_array();
        for (size_t i = 0; i < nt; i++) {
            json_t *s = json_string(tags[i]);
            if (!s) {
                json_decref(arr);
                return args_usage_error(c, "--tag is not valid UTF-8");
            }
            json_array_append_new(arr, s);
        }
        json_object_set_new(o, "tags", arr);
    }
    if ((v = args_opt(c, "source-url")) &&
        (rc = set_str(c, o, "source_url", "--source-url", v)) != ARGS_GO)
        return rc;
    v = args_opt(c, "media-url");
    if (!v && !edit && (args_opt(c, "caption") || args_opt(c, "credit")))
        return args_usage_error(c, "--caption and --credit go with --media-url");
    if (v && *v == '\0') {
        if (!edit)
            return args_usage_error(c, "--media-url is empty");
        json_object_set_new(o, "media", json_null());
    } else if (v || args_opt(c, "caption") || args_opt(c, "credit")) {
        /* On edit, --caption or --credit alone changes just that: the server
         * keeps the image's URL. */
        json_t *m = json_object();
        json_object_set_new(o, "media", m);
        if (v && (rc = set_str(c, m, "url", "--media-url", v)) != ARGS_GO)
            return rc;
        if ((v = args_opt(c, "caption")) &&
            (rc = set_str(c, m, "caption", "--caption", v)) != ARGS_GO)
            return rc;
        if ((v = args_opt(c, "credit")) && (rc = set_str(c, m, "credit", "--credit", v)) != ARGS_GO)
            return rc;
    }
    if ((v = args_opt(c, "lang")) && (rc = set_str(c, o, "lang", "--lang", v)) != ARGS_GO)
        return rc;
    if ((v = args_opt(c, "author")) && (rc = set_str(c, o, "author", "--author", v)) != ARGS_GO)
        return rc;
    if ((v = args_opt(c, "publish-at")) && (rc = set_publish_at(c, o, v)) != ARGS_GO)
        return rc;
    if ((v = args_opt(c, "external-id"))) {
        if (edit)
            return args_usage_error(c, "--external-id is set when a post is made, not on edit");
        if ((rc = set_str(c, o, "external_id", "--external-id", v)) != ARGS_GO)
            return rc;
    }
    if (args_opt(c, "force")) {
        if (!args_opt(c, "publish-at"))
            return args_usage_error(c, "--force goes with --publish-at");
        json_object_set_new(o, "force", json_true());
    }
    if (edit && json_object_size(o) == 0)
        return args_usage_error(c, "nothing to change: give at least one field option");
    return ARGS_GO;
}

/* Opens a client for --server with the token. Returns ARGS_GO or ARGS_EXIT_FAIL. */
static int open_client(const struct cli_ctx *ctx, const struct args *c, int need_token,
                       struct client *cl)
{
    char *tried = NULL;
    char *tok = resolve_token(ctx, c, &tried);
    int rc = ARGS_GO;

    if (!tok && need_token) {
        rc = args_fail("no token: give --token, set CRIER_TOKEN, or point --data at the server's "
                       "data directory (%s not found)",
                       tried ? tried : "admin.token");
        free(tried);
        client_init(cl, DEFAULT_SERVER, NULL);
        return rc;
    }
    free(tried);
    if (client_init(cl, server_url(ctx, c), tok) < 0)
        rc = args_fail("%s", cl->error);
    if (tok) {
        explicit_bzero(tok, strlen(tok));
        free(tok);
    }
    return rc;
}

static int64_t json_i64(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    return json_is_integer(v) ? (int64_t)json_integer_value(v) : -1;
}

static const char *json_str(json_t *o, const char *key);

/*
 * The post a person names: its number (the #N of its page, its feed entry and
 * `crier tail`), or with --id ID the post's id (a scheduled post has no number
 * yet). The number is looked up through catch-up: the event with seq N must
 * be the post's creation. Fills *id and *number (0 when given by id).
 * Returns ARGS_GO, or an exit status after a message.
 */
static int resolve_post(const struct cli_ctx *ctx, const struct args *c, const char *slug,
                        const char *arg, int64_t *id, int64_t *number)
{
    struct client cl;
    json_t *resp = NULL;
    char path[192];
    long status = 0;
    int rc;

    *number = 0;
    if (args_opt(c, "id")) {
        if (arg)
            return args_usage_error(c, "give the post's number or --id, not both");
        if (args_parse_i64(args_opt(c, "id"), 1, INT64_MAX, id) < 0)
            return args_usage_error(c, "invalid --id '%s'", args_opt(c, "id"));
        return ARGS_GO;
    }
    if (!arg)
        return args_usage_error(c, "missing the post's number (#N), or --id ID");
    if (*arg == '#')
        arg++;
    if (args_parse_i64(arg, 1, INT64_MAX, number) < 0)
        return args_usage_error(c, "invalid post number '%s': the N of #N", arg);
    if ((rc = open_client(ctx, c, 0, &cl)) != ARGS_GO) {
        client_free(&cl);
        return rc;
    }
    snprintf(path, sizeof path, "/api/v1/channels/%s/events?after=%lld&limit=1", slug,
             (long long)(*number - 1));
    int err = client_request(&cl, "GET", path, NULL, &status, &resp);
    json_t *ev = json_array_get(json_object_get(resp, "events"), 0);
    const char *type = json_str(ev, "type");
    if (err == 0 && status == 410) {
        rc = args_fail("#%lld of %s is older than the events the channel keeps: give the post's "
                       "id with --id",
                       (long long)*number, slug);
    } else if (err < 0 || status >= 400) {
        rc = args_fail("%s", cl.error);
    } else if (!ev || json_i64(ev, "seq") != *number) {
        rc = args_fail("no post #%lld in %s", (long long)*number, slug);
    } else if (strcmp(type, "post") != 0 && strcmp(type, "selection") != 0) {
        int64_t of = json_i64(json_object_get(ev, "post"), "seq");
        rc = of > 0
                 ? args_fail("#%lld of %s is the %s of post #%lld: give #%lld", (long long)*number,
                             slug, strcmp(type, "edit") == 0 ? "edit" : "deletion", (long long)of,
                             (long long)of)
                 : args_fail("#%lld of %s is not a post", (long long)*number, slug);
    } else {
        *id = json_i64(ev, "id");
        rc = ARGS_GO;
    }
    json_decref(resp);
    client_free(&cl);
    return rc;
}

/*
 * Sends one post request and prints the outcome. verb is "published",
 * "edited" or "deleted"; number is the post's #N when known, else 0. Returns
 * the exit status.
 */
static int post_send(const struct cli_ctx *ctx, const struct args *c, const char *method,
                     const char *path, json_t *body, const char *verb, const char *slug,
                     int64_t number)
{
    struct client cl;
    json_t *resp = NULL;
    long status = 0;
    int rc = open_client(ctx, c, 1, &cl);

    if (rc != ARGS_GO) {
        client_free(&cl);
        return rc;
    }
    int err = client_request(&cl, method, path, body, &status, &resp);
    if (err < 0 || status >= 400) {
        rc = args_fail("%s", cl.error);
    } else if (status < 200 || status > 299) {
        rc = args_fail("unexpected answer from the server: HTTP %ld", status);
    } else if (!json_is_object(resp)) {
        rc = args_fail("unexpected answer from the server: HTTP %ld without a JSON object", status);
    } else if (args_opt(c, "json")) {
        if (resp)
            print_json_line(resp);
        rc = ARGS_EXIT_OK;
    } else {
        int64_t seq = json_i64(resp, "seq"), id = json_i64(resp, "id");
        if (status == 202) {
            json_t *at = json_object_get(resp, "publish_at");
            char when[32];
            int64_t ms = json_is_integer(at)  ? (int64_t)json_integer_value(at)
                         : json_is_string(at) ? iso_utc_ms(json_string_value(at))
                                              : -1;
            if (ms >= 0)
                local_time(ms, 1, when);
            else
                snprintf(when, sizeof when, "%s",
                         json_is_string(at) ? json_string_value(at) : "later");
            printf("scheduled %s post (id %lld) for %s; until then it has no number: "
                   "name it with --id %lld\n",
                   slug, (long long)id, when, (long long)id);
        } else {
            /* The post's number, and for a change the event's seq beside it. */
            int64_t n = json_i64(json_object_get(resp, "post"), "seq");
            if (n <= 0)
                n = number;
            if (n <= 0 || n == seq)
                printf("%s %s #%lld\n", verb, slug, (long long)(n > 0 ? n : seq));
            else if (seq > 0)
                printf("%s %s #%lld (event #%lld)\n", verb, slug, (long long)n, (long long)seq);
            else
                printf("%s %s #%lld\n", verb, slug, (long long)n);
        }
        rc = ARGS_EXIT_OK;
    }
    json_decref(resp);
    client_free(&cl);
    return rc;
}

static int post_create(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {POST_FIELD_OPTS, O_JSON, O_DATA, O_REMOTE, O_END};
    struct args c = {.name = "post", .usage = post_usage};
    char path[128];
    int rc = args_parse(&c, argc, argv, specs, 1, 1, "SLUG");

    if (rc != ARGS_GO)
        return rc;
    if ((rc = check_slug(&c, c.pos[0])) != ARGS_GO)
        return rc;
    json_t *body = json_object();
    rc = post_fields(&c, 0, body);
    if (rc == ARGS_GO) {
        snprintf(path, sizeof path, "/api/v1/channels/%s/posts", c.pos[0]);
        rc = post_send(ctx, &c, "POST", path, body, "published", c.pos[0], 0);
    }
    json_decref(body);
    return rc;
}

static int post_edit_or_delete(const struct cli_ctx *ctx, int argc, char **argv, int edit)
{
    static const struct args_spec edit_specs[] = {POST_FIELD_OPTS,    O_JSON, O_DATA, O_REMOTE,
                                                  {"id", ARGS_VALUE}, O_END};
    static const struct args_spec delete_specs[] = {
        O_JSON, O_DATA, O_REMOTE, {"id", ARGS_VALUE}, O_END};
    struct args c = {.name = edit ? "post edit" : "post delete",
                     .usage = edit ? post_edit_usage : post_delete_usage};
    char path[160];
    int64_t id = 0, number = 0;
    int rc = args_parse(&c, argc, argv, edit ? edit_specs : delete_specs, 1, 2, "SLUG");

    if (rc != ARGS_GO)
        return rc;
    if ((rc = check_slug(&c, c.pos[0])) != ARGS_GO)
        return rc;
    json_t *body = edit ? json_object() : NULL;
    if (edit && (rc = post_fields(&c, 1, body)) != ARGS_GO) {
        json_decref(body);
        return rc;
    }
    if ((rc = resolve_post(ctx, &c, c.pos[0], c.npos > 1 ? c.pos[1] : NULL, &id, &number)) !=
        ARGS_GO) {
        json_decref(body);
        return rc;
    }
    snprintf(path, sizeof path, "/api/v1/channels/%s/posts/%lld", c.pos[0], (long long)id);
    if (!edit)
        return post_send(ctx, &c, "DELETE", path, NULL, "deleted", c.pos[0], number);
    rc = post_send(ctx, &c, "PATCH", path, body, "edited", c.pos[0], number);
    json_decref(body);
    return rc;
}

static const char post_list_usage[] =
    "usage: crier post list SLUG [--limit N] [--before N] [--json]\n"
    "\n"
    "The channel's scheduled posts (soonest first, with the id that names them) and\n"
    "its published posts (newest first, by number), a page at a time. Needs a\n"
    "publish token of the channel or an admin token.\n"
    "\n"
    "  --limit N              published posts per page, 1 to 100 (default 20)\n"
    "  --before N             the page of posts numbered below N (the next page)\n"
    "  --json                 print the server's JSON answer\n"
    "  --server URL, --token T, --data DIR\n";

static void list_line(const char *what, const char *when, const json_t *p)
{
    printf("%-10s %-16s  ", what, when);
    puts_clean(stdout, json_str((json_t *)p, "title"));
    putchar('\n');
}

static int post_list(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {
        {"limit", ARGS_VALUE}, {"before", ARGS_VALUE}, O_JSON, O_DATA, O_REMOTE, O_END};
    struct args c = {.name = "post list", .usage = post_list_usage};
    struct client cl;
    json_t *resp = NULL;
    char path[256], when[32], what[32];
    int64_t limit = 20, before = 0;
    long status = 0;
    int rc = args_parse(&c, argc, argv, specs, 1, 1, "SLUG");

    if (rc != ARGS_GO)
        return rc;
    if ((rc = check_slug(&c, c.pos[0])) != ARGS_GO)
        return rc;
    if (args_opt(&c, "limit") && args_parse_i64(args_opt(&c, "limit"), 1, 100, &limit) < 0)
        return args_usage_error(&c, "invalid --limit '%s': 1 to 100", args_opt(&c, "limit"));
    if (args_opt(&c, "before") &&
        args_parse_i64(args_opt(&c, "before"), 1, INT64_MAX / 2, &before) < 0)
        return args_usage_error(&c, "invalid --before '%s': a post number", args_opt(&c, "before"));
    if ((rc = open_client(ctx, &c, 1, &cl)) != ARGS_GO) {
        client_free(&cl);
        return rc;
    }
    snprintf(path, sizeof path, "/api/v1/channels/%s/posts?limit=%lld", c.pos[0], (long long)limit);
    if (before)
        snprintf(path + strlen(path), sizeof path - strlen(path), "&before=%lld",
                 (long long)before);
    int err = client_request(&cl, "GET", path, NULL, &status, &resp);
    if (err < 0 || status >= 400) {
        rc = args_fail("%s", cl.error);
    } else if (!json_is_object(resp)) {
        rc = args_fail("unexpected answer from the server: HTTP %ld", status);
    } else if (args_opt(&c, "json")) {
        print_json_line(resp);
        rc = ARGS_EXIT_OK;
    } else {
        size_t i;
        json_t *p;
        json_array_foreach(json_object_get(resp, "scheduled"), i, p)
        {
            local_time(iso_utc_ms(json_str(p, "publish_at")), 1, when);
            snprintf(what, sizeof what, "id %lld", (long long)json_i64(p, "id"));
            list_line(what, when, p);
        }
        json_array_foreach(json_object_get(resp, "posts"), i, p)
        {
            local_time(json_i64(p, "published_at"), 1, when);
            snprintf(what, sizeof what, "#%lld", (long long)json_i64(p, "seq"));
            list_line(what, when, p);
        }
        int64_t next = json_i64(resp, "next_before");
        if (next > 0)
            printf("more: crier post list %s --before %lld\n", c.pos[0], (long long)next);
        rc = ARGS_EXIT_OK;
    }
    json_decref(resp);
    client_free(&cl);
    return rc;
}

static int cmd_post(const struct cli_ctx *ctx, int argc, char **argv)
{
    if (argc > 0 && strcmp(argv[0], "list") == 0)
        return post_list(ctx, argc - 1, argv + 1);
    if (argc > 0 && strcmp(argv[0], "edit") == 0)
        return post_edit_or_delete(ctx, argc - 1, argv + 1, 1);
    if (argc > 0 && strcmp(argv[0], "delete") == 0)
        return post_edit_or_delete(ctx, argc - 1, argv + 1, 0);
    return post_create(ctx, argc, argv);
}

/* ---- tail ---- */

static const char tail_usage[] =
    "usage: crier tail SLUG [--after N] [--json]\n"
    "\n"
    "Follow a channel live over Server-Sent Events, one event per line or block:\n"
    "\"#<seq> [post|edit|delete|selection] HH:MM title\" then the body, indented.\n"
    "Reconnects after a disconnect (0.5 s to 5 s apart) and resumes from the last\n"
    "seq seen, which is also saved in DIR/tail/SLUG.seq so that a later tail of the\n"
    "same channel resumes there. Without --after or a saved seq, it starts with the\n"
    "events published from now on. Stop it with Ctrl-C (exit status 0).\n"
    "\n"
    "  --after N              start after seq N (0: from the oldest kept event)\n"
    "  --json                 print each event's JSON on one line\n"
    "  --server URL           default $CRIER_SERVER, else " DEFAULT_SERVER "\n"
    "  --token T              for a private channel; default $CRIER_TOKEN, else\n"
    "                         DIR/admin.token when it exists\n"
    "  --data DIR             default $CRIER_DATA, else " DEFAULT_DATA "\n";

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
    int rc = read_small_file(path, 64, &b);
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
            print_json_line(ev);
        else
            printf("%.*s\n", (int)raw->data_len, raw->data);
        fflush(stdout);
        return;
    }
    json_t *post = json_object_get(ev, "post");
    int64_t at = json_i64(ev, "at");
    char hm[32];
    local_time(at > 0 ? at : crier_now_ms(), 0, hm);
    printf("#%lld [%s] %s ", (long long)seq, type, hm);
    if (strcmp(type, "delete") == 0) {
        int64_t id = json_i64(ev, "id");
        if (id < 0)
            id = json_i64(post, "id");
        printf("(post id %lld deleted)\n", (long long)id);
    } else {
        const char *title = json_string_value(json_object_get(post, "title"));
        const char *body = json_string_value(json_object_get(post, "body"));
        puts_clean(stdout, title ? title : "");
        putchar('\n');
        if (body && *body) {
            size_t n = strlen(body);
            while (n > 0 && (body[n - 1] == '\n' || body[n - 1] == '\r'))
                n--;
            fputs("    ", stdout);
            put_clean(stdout, body, n, "    ");
            fputs("\n\n", stdout);
        }
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
        int64_t oldest = json_i64(j, "oldest_seq");
        json_decref(j);
        if (oldest > 0 && oldest - 1 > t->last) {
            args_warn("events #%lld to #%lld of %s were pruned; going on from #%lld",
                      (long long)(t->last + 1), (long long)(oldest - 1), t->slug,
                      (long long)oldest);
            t->last = oldest - 1;
        }
        return 0;
    }
    if (strcmp(ev->type, "post") != 0 && strcmp(ev->type, "edit") != 0 &&
        strcmp(ev->type, "delete") != 0 && strcmp(ev->type, "selection") != 0)
        return 0; /* a newer server's event kind */
    j = json_loadb(ev->data, ev->data_len, 0, NULL);
    seq = json_i64(j, "seq");
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
    } else if (json_i64(resp, "last_seq") < 0) {
        rc = args_fail("unexpected answer from %s%s (HTTP %ld): not a channel", cl->base, path,
                       status);
    } else {
        t->last = json_i64(resp, "last_seq");
        rc = ARGS_GO;
    }
    json_decref(resp);
    return rc;
}

static int cmd_tail(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {
        {"after", ARGS_VALUE}, O_JSON, O_DATA, O_REMOTE, O_END};
    struct args c = {.name = "tail", .usage = tail_usage};
    struct tail t;
    struct tail_run run;
    struct client cl;
    struct sigaction sa, old_int, old_term;
    const char *v;
    int backoff = TAIL_BACKOFF_MIN_MS;
    int rc = args_parse(&c, argc, argv, specs, 1, 1, "SLUG");

    if (rc != ARGS_GO)
        return rc;
    if ((rc = check_slug(&c, c.pos[0])) != ARGS_GO)
        return rc;
    memset(&t, 0, sizeof t);
    t.slug = c.pos[0];
    t.json = args_opt(&c, "json") != NULL;
    t.last = -1;
    run.t = &t;
    run.data_dir = data_dir(ctx, &c);
    t.seq_dir = path_join(run.data_dir, "tail");
    {
        size_t n = strlen(t.seq_dir) + strlen(t.slug) + sizeof "/.seq";
        t.seq_path = xmalloc(n);
        snprintf(t.seq_path, n, "%s/%s.seq", t.seq_dir, t.slug);
    }
    if ((v = args_opt(&c, "after"))) {
        if (args_parse_i64(v, 0, INT64_MAX, &t.last) < 0) {
            rc = args_usage_error(&c, "invalid --after '%s': a seq number from 0", v);
            goto out_paths;
        }
    } else {
        int64_t saved;
        int err = load_seq(t.seq_path, &saved);
        if (err == 0)
            t.last = saved;
        else if (err != -ENOENT)
            args_warn("ignoring %s: not a seq number", t.seq_path);
    }
    if ((rc = open_client(ctx, &c, 0, &cl)) != ARGS_GO) {
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

    rc = ARGS_EXIT_OK;
    while (!stop_requested) {
        if (t.last < 0) {
            int r = tail_fetch_last(&cl, &t, backoff);
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
        snprintf(path, sizeof path, "/%s/events?after=%lld", t.slug, (long long)t.last);
        snprintf(lastid, sizeof lastid, "%lld", (long long)t.last);
        struct client_sse_opts so = {.path = path,
                                     .last_event_id = lastid,
                                     .idle_timeout_s = TAIL_IDLE_TIMEOUT_S,
                                     .fn = tail_event,
                                     .on_open = tail_open,
                                     .arg = &run};
        long status = 0;
        t.connected = t.slow = t.closed = 0;
        int err = client_sse(&cl, &so, &status);
        if (err == -EINTR || stop_requested)
            break;
        if (err == -EMSGSIZE) {
            rc = args_fail("%s", cl.error);
            break;
        }
        if (err == -EPROTO && is_fatal_status(status)) {
            rc = args_fail("%s", cl.error);
            break;
        }
        if (t.connected)
            backoff = TAIL_BACKOFF_MIN_MS;
        if (t.closed && t.slow)
            continue; /* dropped as slow: resume at once from t.last */
        if (err < 0)
            args_warn("%s; retrying in %.1f s", cl.error, backoff / 1000.0);
        if (tail_wait(backoff))
            break;
        backoff = backoff * 2 > TAIL_BACKOFF_MAX_MS ? TAIL_BACKOFF_MAX_MS : backoff * 2;
    }

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

/* ---- selection ---- */

#define SELECTION_CLI_SLOTS_MAX 8 /* as SELECTION_SLOTS_MAX on the server */

static const char selection_usage[] =
    "usage: crier selection <command> [options]\n"
    "\n"
    "A channel's morning and evening selections, through a running server's API.\n"
    "\n"
    "  preview SLUG [--slot NAME] [--at \"YYYY-MM-DD HH:MM\"] [--json]\n"
    "  run SLUG [--json]\n"
    "  list SLUG [--limit N] [--json]\n"
    "  pin SLUG N\n"
    "  exclude SLUG N\n"
    "  unpin SLUG N\n"
    "  config SLUG [--on|--off] [--slot NAME=HH:MM]... [--no-slots] [--max-items N]\n"
    "      [--tag-cap N] [--weight NAME=VALUE]... [--json]\n"
    "\n"
    "Every command takes --server URL (default $CRIER_SERVER, else " DEFAULT_SERVER "),\n"
    "--token T (default $CRIER_TOKEN, else DIR/admin.token) and --data DIR.\n"
    "Run 'crier selection <command> --help' for details.\n";

#define SELECTION_REMOTE_HELP                                                                      \
    "  --server URL           default $CRIER_SERVER, else " DEFAULT_SERVER "\n"                    \
    "  --token T              default $CRIER_TOKEN, else the contents of DIR/admin.token\n"        \
    "  --data DIR             default $CRIER_DATA, else " DEFAULT_DATA "\n"

static const char selection_preview_usage[] =
    "usage: crier selection preview SLUG [--slot NAME] [--at \"YYYY-MM-DD HH:MM\"] [--json]\n"
    "\n"
    "Show what a selection would hold, without publishing it: the slot, its local\n"
    "date, its window and the ranked items, each with its score broken down\n"
    "(importance, engagement, coverage, freshness) and the seqs of the posts merged\n"
    "into it. Needs a publish token of the channel, or an admin token.\n"
    "\n"
    "  --slot NAME            a configured slot (morning, evening, ...) or manual\n"
    "                         (default manual: the window up to --at, as `selection\n"
    "                         run` would publish it)\n"
    "  --at TIME              the moment of the selection, as a local time in the\n"
    "                         channel's time zone: \"2026-11-26 07:00\" (default now)\n"
    "  --json                 print the server's JSON answer\n" SELECTION_REMOTE_HELP;

static const char selection_run_usage[] =
    "usage: crier selection run SLUG [--json]\n"
    "\n"
    "Publish a selection now, over the posts since the previous selection (the last\n"
    "12 hours for the first one). Exits with 1 when no post qualifies.\n"
    "\n"
    "  --json                 print the server's JSON answer\n" SELECTION_REMOTE_HELP;

static const char selection_list_usage[] =
    "usage: crier selection list SLUG [--limit N] [--json]\n"
    "\n"
    "List the channel's published selections, newest first: seq, local date, slot\n"
    "and title.\n"
    "\n"
    "  --limit N              how many, 1 to 100 (default 20)\n"
    "  --json                 print {\"selections\":[...]} as the server gives it\n" SELECTION_REMOTE_HELP;

static const char selection_mark_usage[] =
    "usage: crier selection pin SLUG N\n"
    "       crier selection exclude SLUG N\n"
    "       crier selection unpin SLUG N\n"
    "\n"
    "Mark post #N (or --id ID) for the next selection: pin puts it in whatever its\n"
    "score, exclude keeps it out, unpin removes either mark. Publishing a\n"
    "selection clears the marks of the posts it covered.\n"
    "\n"
    "  --json                 print the server's JSON answer\n" SELECTION_REMOTE_HELP;

static const char selection_config_usage[] =
    "usage: crier selection config SLUG [options]\n"
    "\n"
    "Show or change a channel's selection settings. Without options it prints them;\n"
    "with options it changes those and prints the result. Changing them needs an\n"
    "admin token.\n"
    "\n"
    "  --on, --off            switch the scheduled selections on or off\n"
    "  --slot NAME=HH:MM      a slot at that local time (repeatable, up to 8); the\n"
    "                         given slots replace the current ones. NAME: 1-23 of\n"
    "                         a-z, 0-9 and '-' (morning and evening get their own\n"
    "                         titles)\n"
    "  --no-slots             remove every slot\n"
    "  --max-items N          at most N items per selection, 1 to 30\n"
    "  --tag-cap N            at most N items sharing one tag, 1 to 30\n"
    "  --weight NAME=VALUE    importance, engagement, coverage or freshness (0 to\n"
    "                         100), or group_threshold (0 to 1); repeatable\n"
    "  --json                 print the settings as JSON\n" SELECTION_REMOTE_HELP;

/*
 * Sends one request. Returns ARGS_GO with *resp (a JSON object, or NULL for an
 * answer without a body) for a 2xx answer, else ARGS_EXIT_FAIL after a message.
 */
static int remote_call(struct client *cl, const char *method, const char *path, json_t *body,
                       json_t **resp)
{
    long status = 0;
    int err;

    *resp = NULL;
    err = client_request(cl, method, path, body, &status, resp);
    if (err < 0 || status >= 400) {
        json_decref(*resp);
        *resp = NULL;
        return args_fail("%s", cl->error);
    }
    if (status < 200 || status > 299 || (status != 204 && !json_is_object(*resp))) {
        json_decref(*resp);
        *resp = NULL;
        return args_fail("unexpected answer from the server: HTTP %ld", status);
    }
    return ARGS_GO;
}

/* GET /api/v1/channels/SLUG into *ch. ARGS_GO or ARGS_EXIT_FAIL. */
static int remote_channel(struct client *cl, const char *slug, json_t **ch)
{
    char path[128];
    snprintf(path, sizeof path, "/api/v1/channels/%s", slug);
    return remote_call(cl, "GET", path, NULL, ch);
}

/* A slot name as the server accepts it: 1-23 of a-z, 0-9 and '-', not
 * starting with "manual" (the name of unscheduled selections). */
static int slot_name_valid(const char *s, size_t n)
{
    if (n == 0 || n > 23 || (n >= 6 && strncmp(s, "manual", 6) == 0))
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
            return 0;
    return 1;
}

static int digits_at(const char *s, size_t at, size_t n, int *out)
{
    int v = 0;
    for (size_t i = at; i < at + n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -EINVAL;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 0;
}

/* "HH:MM", 00:00 to 23:59. */
static int parse_hh_mm(const char *s, int *h, int *m)
{
    if (strlen(s) != 5 || s[2] != ':' || digits_at(s, 0, 2, h) < 0 || digits_at(s, 3, 2, m) < 0)
        return -EINVAL;
    return *h < 24 && *m < 60 ? 0 : -EINVAL;
}

/* "YYYY-MM-DD HH:MM[:SS]" (or with a 'T') into *c, checking the date. */
static int parse_local_time(const char *s, struct tz_civil *c)
{
    size_t n = strlen(s);
    struct tz_civil back;

    memset(c, 0, sizeof *c);
    if ((n != 16 && n != 19) || s[4] != '-' || s[7] != '-' || (s[10] != ' ' && s[10] != 'T') ||
        s[13] != ':' || (n == 19 && s[16] != ':'))
        return -EINVAL;
    if (digits_at(s, 0, 4, &c->year) < 0 || digits_at(s, 5, 2, &c->month) < 0 ||
        digits_at(s, 8, 2, &c->day) < 0 || digits_at(s, 11, 2, &c->hour) < 0 ||
        digits_at(s, 14, 2, &c->minute) < 0 || (n == 19 && digits_at(s, 17, 2, &c->second) < 0))
        return -EINVAL;
    if (c->year < 1970 || c->month < 1 || c->month > 12 || c->day < 1 || c->hour > 23 ||
        c->minute > 59 || c->second > 59)
        return -EINVAL;
    tz_civil_from_days(tz_days_from_civil(c->year, c->month, c->day), &back);
    if (back.year != c->year || back.month != c->month || back.day != c->day)
        return -EINVAL; /* 2026-02-30 */
    return 0;
}

/* "YYYY-MM-DD HH:MM" of ms in zone z, or in the process's local time when z
 * is NULL. */
static void zone_time(const struct tz *z, int64_t ms, char out[48])
{
    struct tz_civil c;
    int64_t s = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);

    if (!z) {
        local_time(ms, 1, out);
        return;
    }
    if (tz_to_local(z, s, &c, NULL, NULL) < 0) {
        snprintf(out, 48, "?");
        return;
    }
    snprintf(out, 48, "%04d-%02d-%02d %02d:%02d", c.year, c.month, c.day, c.hour, c.minute);
}

static double json_num(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    return json_is_number(v) ? json_number_value(v) : 0;
}

static const char *json_str(json_t *o, const char *key)
{
    const char *s = json_string_value(json_object_get(o, key));
    return s ? s : "";
}

/* The zone of a channel object, loaded; NULL (with a warning) when it cannot
 * be read here. */
static struct tz *channel_zone(json_t *ch, const char **name)
{
    struct tz *z = NULL;
    const char *tz = json_string_value(json_object_get(ch, "tz"));
    int err = tz ? tz_load(tz, &z) : -EINVAL;

    *name = tz;
    if (err < 0) {
        args_warn("cannot read the time zone %s here (%s); times are in local time",
                  tz ? tz : "(none)", crier_strerror(err));
        *name = NULL;
        return NULL;
    }
    return z;
}

/* Copies s into out (size n), control characters and non-ASCII bytes made
 * '?', cut to fit: for short fields printed in columns. */
static void clean_copy(const char *s, char *out, size_t n)
{
    size_t i = 0;
    for (; s[i] && i + 1 < n; i++)
        out[i] = (unsigned char)s[i] < 0x20 || (unsigned char)s[i] >= 0x7f ? '?' : s[i];
    out[i] = '\0';
}

static void print_preview(json_t *r, const struct tz *z, const char *zname)
{
    char ws[48], we[48];
    json_t *items = json_object_get(r, "items"), *it;
    size_t i;

    zone_time(z, json_i64(r, "window_start"), ws);
    zone_time(z, json_i64(r, "window_end"), we);
    fputs("slot        ", stdout);
    puts_clean(stdout, json_str(r, "slot"));
    fputs("\nlocal date  ", stdout);
    puts_clean(stdout, json_str(r, "local_date"));
    printf("\nwindow      %s to %s (%s)\n", ws, we, zname ? zname : "local time");
    printf("candidates  %lld\n", (long long)json_i64(r, "candidates"));
    if (json_array_size(items) == 0) {
        puts("\nnothing qualifies: no selection would be published");
        return;
    }
    putchar('\n');
    json_array_foreach(items, i, it)
    {
        json_t *parts = json_object_get(it, "parts"), *merged = json_object_get(it, "merged"), *m;
        size_t k;
        printf("%2lld. %5.2f  imp %.2f eng %.2f cov %.2f fresh %.2f  #%lld ",
               (long long)json_i64(it, "rank"), json_num(it, "score"),
               json_num(parts, "importance"), json_num(parts, "engagement"),
               json_num(parts, "coverage"), json_num(parts, "freshness"),
               (long long)json_i64(it, "seq"));
        puts_clean(stdout, json_str(it, "title"));
        if (json_is_true(json_object_get(it, "pinned")))
            fputs("  [pinned]", stdout);
        putchar('\n');
        if (*json_str(it, "lede")) {
            fputs("    ", stdout);
            puts_clean(stdout, json_str(it, "lede"));
            putchar('\n');
        }
        if (json_array_size(merged) > 0) {
            fputs("    merged:", stdout);
            json_array_foreach(merged, k, m) printf(" #%lld", (long long)json_integer_value(m));
            putchar('\n');
        }
    }
}

static int selection_preview_cmd(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {
        {"slot", ARGS_VALUE}, {"at", ARGS_VALUE}, O_JSON, O_DATA, O_REMOTE, O_END};
    struct args c = {.name = "selection preview", .usage = selection_preview_usage};
    struct tz_civil want;
    struct client cl;
    struct tz *z = NULL;
    json_t *ch = NULL, *resp = NULL;
    const char *slot, *at, *zname = NULL;
    char path[256];
    int64_t at_ms = 0;
    int rc = args_parse(&c, argc, argv, specs, 1, 1, "SLUG");

    if (rc != ARGS_GO)
        return rc;
    if ((rc = check_slug(&c, c.pos[0])) != ARGS_GO)
        return rc;
    slot = args_opt(&c, "slot");
    if (slot && strcmp(slot, "manual") != 0 && !slot_name_valid(slot, strlen(slot)))
        return args_usage_error(&c,
                                "invalid --slot '%s': a configured slot's name (1-23 of a-z, "
                                "0-9 and '-') or manual",
                                slot);
    at = args_opt(&c, "at");
    if (at && parse_local_time(at, &want) < 0)
        return args_usage_error(&c,
                                "invalid --at '%s': use a local time in the channel's zone, "
                                "\"YYYY-MM-DD HH:MM\"",
                                at);
    if ((rc = open_client(ctx, &c, 1, &cl)) != ARGS_GO)
        goto out;
    if (at || !args_opt(&c, "json")) {
        if ((rc = remote_channel(&cl, c.pos[0], &ch)) != ARGS_GO)
            goto out;
        if (at) {
            const char *tz = json_string_value(json_object_get(ch, "tz"));
            int64_t s;
            int err = tz ? tz_load(tz, &z) : -EINVAL;
            if (err < 0) {
                rc = args_fail("cannot read the time zone %s of channel %s: %s", tz ? tz : "(none)",
                               c.pos[0], crier_strerror(err));
                goto out;
            }
            zname = tz;
            if ((err = tz_from_local(z, &want, &s)) < 0) {
                rc = args_fail("cannot place %s in %s: %s", at, tz, crier_strerror(err));
                goto out;
            }
            at_ms = s * 1000;
        } else {
            z = channel_zone(ch, &zname);
        }
    }
    int n = snprintf(path, sizeof path, "/api/v1/channels/%s/selections/preview?slot=%s", c.pos[0],
                     slot ? slot : "manual");
    if (at)
        snprintf(path + n, sizeof path - (size_t)n, "&at=%lld", (long long)at_ms);
    if ((rc = remote_call(&cl, "GET", path, NULL, &resp)) != ARGS_GO)
        goto out;
    if (args_opt(&c, "json"))
        print_json_line(resp);
    else
        print_preview(resp, z, zname);
    rc = ARGS_EXIT_OK;
out:
    json_decref(resp);
    json_decref(ch);
    tz_free(z);
    client_free(&cl);
    return rc;
}

static int selection_run_cmd(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {O_JSON, O_DATA, O_REMOTE, O_END};
    struct args c = {.name = "selection run", .usage = selection_run_usage};
    struct client cl;
    json_t *resp = NULL;
    char path[128];
    int rc = args_parse(&c, argc, argv, specs, 1, 1, "SLUG");

    if (rc != ARGS_GO)
        return rc;
    if ((rc = check_slug(&c, c.pos[0])) != ARGS_GO)
        return rc;
    if ((rc = open_client(ctx, &c, 1, &cl)) == ARGS_GO) {
        snprintf(path, sizeof path, "/api/v1/channels/%s/selections", c.pos[0]);
        rc = remote_call(&cl, "POST", path, NULL, &resp);
    }
    if (rc == ARGS_GO) {
        if (args_opt(&c, "json"))
            print_json_line(resp);
        else
            printf("published selection %s #%lld (%zu items)\n", c.pos[0],
                   (long long)json_i64(resp, "seq"),
                   json_array_size(json_object_get(json_object_get(resp, "selection"), "items")));
        rc = ARGS_EXIT_OK;
    }
    json_decref(resp);
    client_free(&cl);
    return rc;
}

static int selection_list_cmd(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {
        {"limit", ARGS_VALUE}, O_JSON, O_DATA, O_REMOTE, O_END};
    struct args c = {.name = "selection list", .usage = selection_list_usage};
    struct client cl;
    json_t *resp = NULL, *sels, *s;
    const char *v;
    char path[160];
    int64_t limit = 20;
    size_t i;
    int rc = args_parse(&c, argc, argv, specs, 1, 1, "SLUG");

    if (rc != ARGS_GO)
        return rc;
    if ((rc = check_slug(&c, c.pos[0])) != ARGS_GO)
        return rc;
    if ((v = args_opt(&c, "limit")) && args_parse_i64(v, 1, 100, &limit) < 0)
        return args_usage_error(&c, "invalid --limit '%s': a number from 1 to 100", v);
    if ((rc = open_client(ctx, &c, 0, &cl)) == ARGS_GO) {
        snprintf(path, sizeof path, "/api/v1/channels/%s/selections?limit=%lld", c.pos[0],
                 (long long)limit);
        rc = remote_call(&cl, "GET", path, NULL, &resp);
    }
    if (rc == ARGS_GO) {
        sels = json_object_get(resp, "selections");
        if (args_opt(&c, "json")) {
            print_json_line(resp);
        } else if (json_array_size(sels) == 0) {
            puts("no selections");
        } else {
            int w = 4;
            json_array_foreach(sels, i, s)
            {
                if ((int)strlen(json_str(s, "slot")) > w)
                    w = (int)strlen(json_str(s, "slot"));
            }
            printf("%6s  %-10s  %-*s  %6s  %s\n", "SEQ", "DATE", w, "SLOT", "ID", "TITLE");
            json_array_foreach(sels, i, s)
            {
                char date[16], name[64];
                clean_copy(json_str(s, "local_date"), date, sizeof date);
                clean_copy(json_str(s, "slot"), name, sizeof name);
                printf("%6lld  %-10s  %-*s  %6lld  ", (long long)json_i64(s, "seq"), date, w, name,
                       (long long)json_i64(s, "id"));
                puts_clean(stdout, json_str(s, "title"));
                putchar('\n');
            }
        }
        rc = ARGS_EXIT_OK;
    }
    json_decref(resp);
    client_free(&cl);
    return rc;
}

/* pin, exclude and unpin: PUT .../posts/ID/selection {"mark": ...}. */
static int selection_mark(const struct cli_ctx *ctx, int argc, char **argv, const char *name,
                          const char *mark)
{
    static const struct args_spec specs[] = {O_JSON, O_DATA, O_REMOTE, {"id", ARGS_VALUE}, O_END};
    char cname[32];
    struct args c = {.name = cname, .usage = selection_mark_usage};
    struct client cl;
    json_t *resp = NULL, *body;
    char path[192];
    int64_t id;
    long status = 0;
    int rc;

    snprintf(cname, sizeof cname, "selection %s", name);
    int64_t number = 0;
    rc = args_parse(&c, argc, argv, specs, 1, 2, "SLUG");
    if (rc != ARGS_GO)
        return rc;
    if ((rc = check_slug(&c, c.pos[0])) != ARGS_GO)
        return rc;
    if ((rc = resolve_post(ctx, &c, c.pos[0], c.npos > 1 ? c.pos[1] : NULL, &id, &number)) !=
        ARGS_GO)
        return rc;
    if ((rc = open_client(ctx, &c, 1, &cl)) != ARGS_GO) {
        client_free(&cl);
        return rc;
    }
    snprintf(path, sizeof path, "/api/v1/channels/%s/posts/%lld/selection", c.pos[0],
             (long long)id);
    body = json_pack("{s:s}", "mark", mark);
    int err = client_request(&cl, "PUT", path, body, &status, &resp);
    json_decref(body);
    if (err == 0 && status == 404 && strcmp(json_str(resp, "message"), "no such resource") == 0) {
        rc = args_fail("no post %s%lld in %s that a selection can take (it is deleted, "
                       "scheduled or a selection)",
                       number ? "#" : "id ", (long long)(number ? number : id), c.pos[0]);
    } else if (err < 0 || status >= 400) {
        rc = args_fail("%s", cl.error);
    } else if (status < 200 || status > 299 || !json_is_object(resp)) {
        rc = args_fail("unexpected answer from the server: HTTP %ld", status);
    } else {
        if (args_opt(&c, "json"))
            print_json_line(resp);
        else if (strcmp(mark, "pin") == 0 && json_is_object(json_object_get(resp, "covered_by"))) {
            json_t *cov = json_object_get(resp, "covered_by");
            printf("pinned %s %s%lld, but the %s selection of %s (#%lld) already covered it: no "
                   "later selection will take it\n",
                   c.pos[0], number ? "#" : "id ", (long long)(number ? number : id),
                   json_str(cov, "slot"), json_str(cov, "local_date"),
                   (long long)json_i64(cov, "seq"));
        } else if (strcmp(mark, "pin") == 0)
            printf("pinned %s %s%lld into the next selection\n", c.pos[0], number ? "#" : "id ",
                   (long long)(number ? number : id));
        else if (strcmp(mark, "exclude") == 0)
            printf("excluded %s %s%lld from the selections\n", c.pos[0], number ? "#" : "id ",
                   (long long)(number ? number : id));
        else
            printf("cleared the selection mark of %s %s%lld\n", c.pos[0], number ? "#" : "id ",
                   (long long)(number ? number : id));
        rc = ARGS_EXIT_OK;
    }
    json_decref(resp);
    client_free(&cl);
    return rc;
}

static int selection_pin(const struct cli_ctx *ctx, int argc, char **argv)
{
    return selection_mark(ctx, argc, argv, "pin", "pin");
}

static int selection_exclude(const struct cli_ctx *ctx, int argc, char **argv)
{
    return selection_mark(ctx, argc, argv, "exclude", "exclude");
}

static int selection_unpin(const struct cli_ctx *ctx, int argc, char **argv)
{
    return selection_mark(ctx, argc, argv, "unpin", "none");
}

static void print_selection_config(json_t *sel, const char *tz)
{
    json_t *slots = json_object_get(sel, "slots"), *s, *w = json_object_get(sel, "weights");
    size_t i;

    printf("selections  %s\nslots       ",
           json_is_true(json_object_get(sel, "enabled")) ? "on" : "off");
    if (json_array_size(slots) == 0)
        fputs("none", stdout);
    json_array_foreach(slots, i, s)
    {
        if (i > 0)
            fputs(", ", stdout);
        puts_clean(stdout, json_str(s, "name"));
        putchar(' ');
        puts_clean(stdout, json_str(s, "time"));
    }
    if (json_array_size(slots) > 0 && tz) {
        fputs(" (", stdout);
        puts_clean(stdout, tz);
        putchar(')');
    }
    printf("\nmax items   %lld\ntag cap     %lld\n", (long long)json_i64(sel, "max_items"),
           (long long)json_i64(sel, "tag_cap"));
    printf("weights     importance %g, engagement %g, coverage %g, freshness %g, "
           "group_threshold %g\n",
           json_num(w, "importance"), json_num(w, "engagement"), json_num(w, "coverage"),
           json_num(w, "freshness"), json_num(w, "group_threshold"));
}

static const char *const selection_weight_names[] = {"importance", "engagement",      "coverage",
                                                     "freshness",  "group_threshold", NULL};

/* Builds the settings patch from the options; ARGS_GO or ARGS_EXIT_USAGE. *weights
 * gets the --weight values (or stays NULL). */
static int selection_config_patch_from(const struct args *c, json_t *patch, json_t **weights)
{
    const char *v, *vals[SELECTION_CLI_SLOTS_MAX + 1];
    int64_t n;

    *weights = NULL;
    if (args_opt(c, "on") && args_opt(c, "off"))
        return args_usage_error(c, "give --on or --off, not both");
    if (args_opt(c, "on") || args_opt(c, "off"))
        json_object_set_new(patch, "enabled", json_boolean(args_opt(c, "on") != NULL));
    size_t ns = args_opt_all(c, "slot", vals, SELECTION_CLI_SLOTS_MAX + 1);
    if (ns > 0 && args_opt(c, "no-slots"))
        return args_usage_error(c, "give --slot or --no-slots, not both");
    if (ns > SELECTION_CLI_SLOTS_MAX)
        return args_usage_error(c, "at most %d --slot", SELECTION_CLI_SLOTS_MAX);
    if (ns > 0 || args_opt(c, "no-slots")) {
        json_t *arr = json_array();
        json_object_set_new(patch, "slots", arr);
        for (size_t i = 0; i < ns; i++) {
            const char *eq = strchr(vals[i], '=');
            int h, m;
            char name[32];
            if (!eq || !slot_name_valid(vals[i], (size_t)(eq - vals[i])))
                return args_usage_error(c,
                                        "invalid --slot '%s': use NAME=HH:MM, NAME being 1-23 of "
                                        "a-z, 0-9 and '-', not starting with 'manual'",
                                        vals[i]);
            if (parse_hh_mm(eq + 1, &h, &m) < 0)
                return args_usage_error(c, "invalid --slot '%s': the time is HH:MM, 00:00 to 23:59",
                                        vals[i]);
            snprintf(name, sizeof name, "%.*s", (int)(eq - vals[i]), vals[i]);
            for (size_t k = 0; k < i; k++)
                if (strncmp(vals[k], vals[i], (size_t)(eq - vals[i]) + 1) == 0)
                    return args_usage_error(c, "--slot %s is given twice", name);
            json_array_append_new(arr, json_pack("{s:s, s:s}", "name", name, "time", eq + 1));
        }
    }
    if ((v = args_opt(c, "max-items"))) {
        if (args_parse_i64(v, 1, 30, &n) < 0)
            return args_usage_error(c, "invalid --max-items '%s': a number from 1 to 30", v);
        json_object_set_new(patch, "max_items", json_integer((json_int_t)n));
    }
    if ((v = args_opt(c, "tag-cap"))) {
        if (args_parse_i64(v, 1, 30, &n) < 0)
            return args_usage_error(c, "invalid --tag-cap '%s': a number from 1 to 30", v);
        json_object_set_new(patch, "tag_cap", json_integer((json_int_t)n));
    }
    const char *ws[16];
    size_t nw = args_opt_all(c, "weight", ws, 16);
    if (nw > 16)
        return args_usage_error(c, "too many --weight");
    for (size_t i = 0; i < nw; i++) {
        const char *eq = strchr(ws[i], '=');
        const char *const *k;
        size_t len = eq ? (size_t)(eq - ws[i]) : 0;
        for (k = selection_weight_names; *k; k++)
            if (strlen(*k) == len && strncmp(*k, ws[i], len) == 0)
                break;
        if (!eq || !*k)
            return args_usage_error(c,
                                    "invalid --weight '%s': use NAME=VALUE with NAME importance, "
                                    "engagement, coverage, freshness or group_threshold",
                                    ws[i]);
        char *end;
        errno = 0;
        double d = strtod(eq + 1, &end);
        double max = strcmp(*k, "group_threshold") == 0 ? 1 : 100;
        if (eq[1] == '\0' || *end || errno || !(d >= 0 && d <= max))
            return args_usage_error(c, "invalid --weight '%s': %s is a number from 0 to %g", ws[i],
                                    *k, max);
        if (!*weights)
            *weights = json_object();
        if (json_object_get(*weights, *k))
            return args_usage_error(c, "--weight %s is given twice", *k);
        json_object_set_new(*weights, *k, json_real(d));
    }
    return ARGS_GO;
}

static int selection_config_cmd(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {{"on", ARGS_FLAG},
                                             {"off", ARGS_FLAG},
                                             {"slot", ARGS_MULTI},
                                             {"no-slots", ARGS_FLAG},
                                             {"max-items", ARGS_VALUE},
                                             {"tag-cap", ARGS_VALUE},
                                             {"weight", ARGS_MULTI},
                                             O_JSON,
                                             O_DATA,
                                             O_REMOTE,
                                             O_END};
    struct args c = {.name = "selection config", .usage = selection_config_usage};
    struct client cl;
    json_t *patch = json_object(), *weights = NULL, *ch = NULL, *resp = NULL, *body = NULL;
    char path[128];
    int rc = args_parse(&c, argc, argv, specs, 1, 1, "SLUG");

    if (rc != ARGS_GO)
        goto out_nocl;
    if ((rc = check_slug(&c, c.pos[0])) != ARGS_GO)
        goto out_nocl;
    if ((rc = selection_config_patch_from(&c, patch, &weights)) != ARGS_GO)
        goto out_nocl;
    int change = json_object_size(patch) > 0 || weights;
    if ((rc = open_client(ctx, &c, change, &cl)) != ARGS_GO)
        goto out;
    if (!change || weights) {
        if ((rc = remote_channel(&cl, c.pos[0], &ch)) != ARGS_GO)
            goto out;
    }
    if (weights) {
        /* The server merges the settings one level deep: send every weight,
         * the current ones with the given ones over them. */
        json_t *cur = json_object_get(json_object_get(ch, "selection"), "weights");
        json_t *all = json_is_object(cur) ? json_deep_copy(cur) : json_object();
        json_object_update(all, weights);
        json_object_set_new(patch, "weights", all);
    }
    if (change) {
        snprintf(path, sizeof path, "/api/v1/channels/%s", c.pos[0]);
        body = json_pack("{s:O}", "selection", patch);
        json_decref(ch);
        ch = NULL;
        if ((rc = remote_call(&cl, "PATCH", path, body, &resp)) != ARGS_GO)
            goto out;
        ch = resp;
        resp = NULL;
    }
    json_t *sel = json_object_get(ch, "selection");
    if (!json_is_object(sel)) {
        rc = args_fail("the server did not send the selection settings of %s", c.pos[0]);
        goto out;
    }
    if (args_opt(&c, "json"))
        print_json_line(sel);
    else
        print_selection_config(sel, json_string_value(json_object_get(ch, "tz")));
    rc = ARGS_EXIT_OK;
out:
    client_free(&cl);
out_nocl:
    json_decref(body);
    json_decref(resp);
    json_decref(ch);
    json_decref(weights);
    json_decref(patch);
    return rc;
}

/* ---- dispatch ---- */

static const char main_usage[] =
    "usage: crier [--data DIR] [--server URL] [--token T] <command> [options]\n"
    "\n"
    "Crier, a self-hosted news-channel server.\n"
    "\n"
    "Commands:\n"
    "  serve                         run a server node\n"
    "  channel add|list|show|update|delete|prune\n"
    "                                manage channels in the local store\n"
    "  token create|list|revoke      manage API tokens in the local store\n"
    "  post SLUG                     publish a post through a running server\n"
    "  post edit|delete SLUG N       edit or delete post #N\n"
    "  tail SLUG                     follow a channel live\n"
    "  selection preview|run|list|pin|exclude|unpin|config SLUG\n"
    "                                a channel's morning and evening selections\n"
    "  invite create|list|revoke SLUG  invite links to a (private) channel\n"
    "  member list|approve|reject SLUG members and join requests\n"
    "  version                       print the version\n"
    "\n"
    "Every command takes:\n"
    "  --data DIR      data directory (default $CRIER_DATA, else " DEFAULT_DATA ")\n"
    "Commands that talk to a server (post, tail, selection) also take:\n"
    "  --server URL    default $CRIER_SERVER, else " DEFAULT_SERVER "\n"
    "  --token T       bearer token; default $CRIER_TOKEN, else DIR/admin.token\n"
    "\n"
    "Run 'crier <command> --help' for a command's options.\n"
    "Exit status: 0 success, 1 runtime error, 2 bad usage.\n";

typedef int (*cmd_fn)(const struct cli_ctx *ctx, int argc, char **argv);

struct subcmd {
    const char *name;
    cmd_fn fn;
};

/* Runs a group's subcommand (`crier channel add ...`). */
static int run_group(const struct cli_ctx *ctx, const char *group, const char *usage,
                     const struct subcmd *subs, int argc, char **argv)
{
    if (argc == 0) {
        fputs(usage, stderr);
        return ARGS_EXIT_USAGE;
    }
    if (args_is_help(argv[0]) || strcmp(argv[0], "help") == 0) {
        fputs(usage, stdout);
        return ARGS_EXIT_OK;
    }
    for (const struct subcmd *s = subs; s->name; s++)
        if (strcmp(argv[0], s->name) == 0)
            return s->fn(ctx, argc - 1, argv + 1);
    fprintf(stderr, "crier %s: unknown command '%s'\nTry 'crier %s --help'.\n", group, argv[0],
            group);
    return ARGS_EXIT_USAGE;
}

static int cmd_channel(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct subcmd subs[] = {{"add", channel_add},
                                         {"list", channel_list},
                                         {"show", channel_show},
                                         {"update", channel_update},
                                         {"delete", channel_delete},
                                         {"prune", channel_prune},
                                         {NULL, NULL}};
    return run_group(ctx, "channel", channel_usage, subs, argc, argv);
}

static int cmd_token(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct subcmd subs[] = {
        {"create", token_create}, {"list", token_list}, {"revoke", token_revoke}, {NULL, NULL}};
    return run_group(ctx, "token", token_usage, subs, argc, argv);
}

/* `crier invite` and `crier member` live in cli_reader.c. */
static int cmd_invite(const struct cli_ctx *ctx, int argc, char **argv)
{
    struct cli_reader_globals g = {ctx->data, ctx->server, ctx->token};
    return cli_reader_invite(argc, argv, &g);
}

static int cmd_member(const struct cli_ctx *ctx, int argc, char **argv)
{
    struct cli_reader_globals g = {ctx->data, ctx->server, ctx->token};
    return cli_reader_member(argc, argv, &g);
}

static int cmd_selection(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct subcmd subs[] = {
        {"preview", selection_preview_cmd}, {"run", selection_run_cmd},
        {"list", selection_list_cmd},       {"pin", selection_pin},
        {"exclude", selection_exclude},     {"unpin", selection_unpin},
        {"config", selection_config_cmd},   {NULL, NULL}};
    return run_group(ctx, "selection", selection_usage, subs, argc, argv);
}

/* Takes "--name value" or "--name=value" at argv[*i] when name matches. */
static int take_global(int argc, char **argv, int *i, const char *name, const char **out)
{
    const char *a = argv[*i] + 2;
    size_t n = strlen(name);

    if (strncmp(a, name, n) != 0)
        return 0;
    if (a[n] == '=') {
        *out = a + n + 1;
        return 1;
    }
    if (a[n] != '\0')
        return 0;
    if (*i + 1 >= argc)
        return -1;
    *out = argv[++*i];
    return 1;
}

int cli_main(int argc, char **argv)
{
    static const struct subcmd cmds[] = {{"serve", cmd_serve},     {"channel", cmd_channel},
                                         {"token", cmd_token},     {"post", cmd_post},
                                         {"tail", cmd_tail},       {"selection", cmd_selection},
                                         {"invite", cmd_invite},   {"member", cmd_member},
                                         {"version", cmd_version}, {NULL, NULL}};
    static const char *const globals[] = {"data", "server", "token"};
    struct cli_ctx ctx = {NULL, NULL, NULL};
    int i = 1;

    if (argc > 0 && argv[0][0])
        progname = argv[0];

    while (i < argc && strncmp(argv[i], "--", 2) == 0 && argv[i][2] != '\0') {
        if (args_is_help(argv[i])) {
            fputs(main_usage, stdout);
            return ARGS_EXIT_OK;
        }
        if (strcmp(argv[i], "--version") == 0) {
            printf("crier %s\n", CRIER_VERSION);
            return ARGS_EXIT_OK;
        }
        const char **slots[] = {&ctx.data, &ctx.server, &ctx.token};
        int took = 0;
        for (size_t k = 0; k < 3 && !took; k++) {
            took = take_global(argc, argv, &i, globals[k], slots[k]);
            if (took < 0) {
                fprintf(stderr, "crier: option '--%s' needs a value\nTry 'crier --help'.\n",
                        globals[k]);
                return ARGS_EXIT_USAGE;
            }
        }
        if (!took) {
            fprintf(stderr, "crier: unknown option '%s'\nTry 'crier --help'.\n", argv[i]);
            return ARGS_EXIT_USAGE;
        }
        i++;
    }
    if (i >= argc) {
        fputs(main_usage, stderr);
        return ARGS_EXIT_USAGE;
    }
    if (strcmp(argv[i], "help") == 0 || strcmp(argv[i], "-h") == 0) {
        fputs(main_usage, stdout);
        return ARGS_EXIT_OK;
    }
    /* Only the server logs routine work; a command prints its own outcome. */
    if (strcmp(argv[i], "serve") != 0)
        log_set_level(LOG_WARN);
    for (const struct subcmd *s = cmds; s->name; s++)
        if (strcmp(argv[i], s->name) == 0)
            return s->fn(&ctx, argc - i - 1, argv + i + 1);
    fprintf(stderr, "crier: unknown command '%s'\nTry 'crier --help'.\n", argv[i]);
    return ARGS_EXIT_USAGE;
}
