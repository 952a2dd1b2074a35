/*
 * cli_serve.c: `crier serve`, a server node (see server.h). Its settings come
 * from the command line, CRIER_<NAME> in the environment and the config file,
 * in that order of precedence (args_fill); here they are checked and turned
 * into a struct server_config, then the server runs until it is stopped.
 */
#include "cli_int.h"

#include <string.h>

#include "api.h"
#include "baseurl.h"
#include "crier.h"
#include "log.h"
#include "mail.h"
#include "netguard.h"
#include "server.h"

#define DEFAULT_LISTEN "127.0.0.1:8080"

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
    "  --max-conns-per-addr N connections one client address may hold (an IPv6 one\n"
    "                         by its /64); past it a new one is answered 429 and\n"
    "                         closed. 127.0.0.1, ::1 and --trust-proxy peers are not\n"
    "                         counted (default: a tenth of --max-connections, at\n"
    "                         least 64; 0 turns the cap off)\n"
    "  --read-jobs N          reads (GET requests, stream opens and replays) in the\n"
    "                         worker pool at once; the others wait their turn, and\n"
    "                         writes never wait behind them (default: 4 per core,\n"
    "                         at least 8)\n"
    "  --max-buffer-mb N      MiB of request bodies and responses held in memory at\n"
    "                         once; past it requests get 503 (default 256;\n"
    "                         $CRIER_MAX_BUFFER_MB)\n"
    "  --write-timeout S      close a response that makes no write progress for S\n"
    "                         seconds (default 30; $CRIER_WRITE_TIMEOUT)\n"
    "  --limit-views R[:B]    view reports per client address: R a minute, bursts\n"
    "                         of B (default 120:240; 0 turns the limit off)\n"
    "  --limit-joins R[:B]    joins (each may make a reader and a membership) per\n"
    "                         client address: R a minute, bursts of B (default 30:60)\n"
    "  --limit-signins R[:B]  studio sign-in attempts per client address (default\n"
    "                         10:10; each account also takes 5 a minute; 0: both off)\n"
    "  --metrics WHO          who may read /metrics: token (an admin token, the\n"
    "                         default), public or off (default $CRIER_METRICS, else token)\n"
    "  --trust-proxy ADDR     a proxy (ADDR or ADDR/LEN) whose X-Forwarded-For names\n"
    "                         the client address for the limits above (repeatable,\n"
    "                         up to 16); without it the client is the socket peer\n"
    "  --base-url URL         the public base URL (https://news.example) for invite\n"
    "                         links, feeds and OpenGraph; else each request's Host\n"
    "  --selection-every-ms N how often to look for selections that have come due\n"
    "                         and read ahead the new posts of channels being\n"
    "                         previewed, from 100 to 60000 ms (default 5000)\n"
    "  --push-contact URI     who push services may contact about this node, in\n"
    "                         each push's VAPID claim: mailto:ADDRESS or an https\n"
    "                         URL (default mailto: the --mail-from address)\n"
    "  --push-concurrency N   pushes and mails in flight at once (default 256)\n"
    "  --push-insecure-host HOST:PORT\n"
    "                         FOR TESTS ONLY: push endpoints on that one host and\n"
    "                         port may use http://, a loopback or private address\n"
    "                         and an unverified certificate\n"
    "  --source-allow-host HOST:PORT\n"
    "                         FOR TESTS ONLY: followed feeds on that one host and\n"
    "                         port may use a loopback or private address\n"
    "  --test-clock           FOR TESTS ONLY: POST /api/v1/test/clock, with the admin\n"
    "                         token, sets or advances the node's clock (scheduled\n"
    "                         posts, selections); off by default, then a 404\n"
    "  --smtp-url URL         send email editions through this SMTP submission\n"
    "                         server: smtp://[USER:PASS@]HOST:587 (STARTTLS is\n"
    "                         required unless HOST is loopback) or smtps://...;\n"
    "                         without it email is off\n"
    "  --mail-from ADDRESS    the sender of every mail (required with --smtp-url,\n"
    "                         as is --base-url)\n"
    "  --mail-from-name NAME  the sender's name (default: the channel's title)\n"
    "  --email-per-day N      confirmation mails one address may get a day\n"
    "                         (default 3)\n"
    "  --limit-email R[:B]    email sign-ups per client address: R a minute, bursts\n"
    "                         of B (default 5:10)\n"
    "  --limit-devices R[:B]  push subscriptions and device-transfer links made per\n"
    "                         client address: R a minute, bursts of B (default 10:20)\n"
    "  --media-max-bytes N    largest photo upload, in bytes (default 10485760, 10 MiB;\n"
    "                         past it 413); only the media route takes bodies this big\n"
    "  --media-max-pixels N   largest photo, width x height, refused before decoding\n"
    "                         (default 40000000)\n"
    "  --log-level LEVEL      debug, info, warn or error (default info)\n"
    "  --data DIR             data directory (default $CRIER_DATA, else " CLI_DEFAULT_DATA ")\n"
    "  --config FILE          read settings from FILE (default $CRIER_CONFIG, else none)\n"
    "\n"
    "Every option can also be set in the environment as CRIER_<NAME> (CRIER_LISTEN,\n"
    "CRIER_BASE_URL; a list is comma-separated) or in the config file as a line\n"
    "\"name = value\" (listen = 127.0.0.1:8080). The command line wins over the\n"
    "environment, which wins over the file.\n";

static const struct args_spec serve_specs[] = {{"listen", ARGS_VALUE},
                                               {"threads", ARGS_VALUE},
                                               OPT_STORE,
                                               {"allow-origin", ARGS_MULTI},
                                               {"port-file", ARGS_VALUE},
                                               {"sub-max-bytes", ARGS_VALUE},
                                               {"log-level", ARGS_VALUE},
                                               {"coalesce-ms", ARGS_VALUE},
                                               OPT_DATA,
                                               {"max-connections", ARGS_VALUE},
                                               {"max-conns-per-addr", ARGS_VALUE},
                                               {"read-jobs", ARGS_VALUE},
                                               {"max-buffer-mb", ARGS_VALUE},
                                               {"write-timeout", ARGS_VALUE},
                                               {"limit-views", ARGS_VALUE},
                                               {"limit-joins", ARGS_VALUE},
                                               {"limit-signins", ARGS_VALUE},
                                               {"trust-proxy", ARGS_MULTI},
                                               {"metrics", ARGS_VALUE},
                                               {"base-url", ARGS_VALUE},
                                               {"config", ARGS_VALUE},
                                               {"selection-every-ms", ARGS_VALUE},
                                               {"stats-every-ms", ARGS_VALUE},
                                               {"push-contact", ARGS_VALUE},
                                               {"push-concurrency", ARGS_VALUE},
                                               {"push-insecure-host", ARGS_VALUE},
                                               {"source-allow-host", ARGS_VALUE},
                                               {"test-clock", ARGS_FLAG},
                                               {"smtp-url", ARGS_VALUE},
                                               {"mail-from", ARGS_VALUE},
                                               {"mail-from-name", ARGS_VALUE},
                                               {"email-per-day", ARGS_VALUE},
                                               {"limit-email", ARGS_VALUE},
                                               {"limit-devices", ARGS_VALUE},
                                               {"media-max-bytes", ARGS_VALUE},
                                               {"media-max-pixels", ARGS_VALUE},
                                               OPT_END};

/* Fills what the command line left out from CRIER_<NAME> and the config file,
 * and sets the public base URL. ARGS_GO or an exit status after a message. */
static int serve_settings(const struct cli_ctx *ctx, struct args *c)
{
    const char *v;
    int rc;

    if (ctx->data)
        args_set_default(c, serve_specs, "data", ctx->data);
    v = args_opt(c, "config");
    if ((rc = args_fill(c, serve_specs, v ? v : cli_env("CRIER_CONFIG", NULL))) != ARGS_GO)
        return rc;
    if ((v = args_opt(c, "base-url"))) {
        if (baseurl_check(v) < 0)
            return args_usage_error(c,
                                    "invalid --base-url '%s': an http or https URL such as "
                                    "https://news.example",
                                    v);
        baseurl_set(v);
    }
    return ARGS_GO;
}

/* The listener, the threads, the allowed origins and the sizes and timeouts
 * of connections. */
static int serve_network(const struct args *c, struct server_config *cfg)
{
    const char *v, *origins[SERVER_MAX_ORIGINS];
    int64_t n;

    v = args_opt(c, "listen");
    if (server_parse_listen(cfg, v ? v : DEFAULT_LISTEN) < 0)
        return args_usage_error(c, "invalid --listen '%s': use HOST:PORT, [v6]:PORT or :PORT",
                                v ? v : DEFAULT_LISTEN);
    if ((v = args_opt(c, "threads"))) {
        if (args_parse_i64(v, 0, 1024, &n) < 0)
            return args_usage_error(c, "invalid --threads '%s': a number from 0 to 1024", v);
        cfg->threads = (int)n;
    }
    size_t no = args_opt_all(c, "allow-origin", origins, SERVER_MAX_ORIGINS);
    if (no > SERVER_MAX_ORIGINS)
        return args_usage_error(c, "at most %d --allow-origin", SERVER_MAX_ORIGINS);
    for (size_t i = 0; i < no; i++) {
        if (strncmp(origins[i], "http://", 7) != 0 && strncmp(origins[i], "https://", 8) != 0)
            return args_usage_error(c, "invalid --allow-origin '%s': use scheme://host[:port]",
                                    origins[i]);
        cfg->origins[i] = origins[i];
    }
    cfg->n_origins = no;
    cfg->port_file = args_opt(c, "port-file");
    if ((v = args_opt(c, "sub-max-bytes"))) {
        if (args_parse_i64(v, 1, INT64_C(1) << 40, &n) < 0)
            return args_usage_error(c, "invalid --sub-max-bytes '%s': a positive number of bytes",
                                    v);
        cfg->sub_max_bytes = (size_t)n;
    }
    if ((v = args_opt(c, "coalesce-ms"))) {
        if (args_parse_i64(v, 0, 1000, &n) < 0)
            return args_usage_error(c, "invalid --coalesce-ms '%s': a number from 0 to 1000", v);
        cfg->coalesce_ms = (unsigned)n;
    }
    if ((v = args_opt(c, "max-connections"))) {
        if (args_parse_i64(v, 1, 1 << 24, &n) < 0)
            return args_usage_error(
                c, "invalid --max-connections '%s': a number from 1 to 16777216", v);
        cfg->max_connections = (long)n;
    }
    if ((v = args_opt(c, "read-jobs"))) {
        if (args_parse_i64(v, 1, 4096, &n) < 0)
            return args_usage_error(c, "invalid --read-jobs '%s': a number from 1 to 4096", v);
        cfg->read_jobs = (long)n;
    }
    if ((v = args_opt(c, "max-conns-per-addr"))) {
        if (args_parse_i64(v, 0, 1 << 24, &n) < 0)
            return args_usage_error(
                c, "invalid --max-conns-per-addr '%s': a number from 0 (no cap) to 16777216", v);
        cfg->max_conns_per_addr = (long)n;
    }
    if ((v = args_opt(c, "max-buffer-mb"))) {
        if (args_parse_i64(v, 1, 1 << 20, &n) < 0)
            return args_usage_error(
                c, "invalid --max-buffer-mb '%s': a number of MiB from 1 to 1048576", v);
        cfg->max_buffered = (long long)n << 20;
    }
    if ((v = args_opt(c, "write-timeout"))) {
        if (args_parse_i64(v, 1, 3600, &n) < 0)
            return args_usage_error(c, "invalid --write-timeout '%s': seconds, from 1 to 3600", v);
        cfg->write_timeout_ms = (unsigned)n * 1000;
    }
    return ARGS_GO;
}

/* Who may read /metrics: token (the default), public or off. */
static int serve_metrics(const struct args *c, struct server_config *cfg)
{
    const char *v = args_opt(c, "metrics");

    if (!v)
        v = "token";
    if (strcmp(v, "token") == 0)
        cfg->metrics_access = API_METRICS_TOKEN;
    else if (strcmp(v, "public") == 0)
        cfg->metrics_access = API_METRICS_PUBLIC;
    else if (strcmp(v, "off") == 0)
        cfg->metrics_access = API_METRICS_OFF;
    else
        return args_usage_error(
            c, "invalid --metrics (or CRIER_METRICS) '%s': token, public or off", v);
    return ARGS_GO;
}

/* The per-client limits, /metrics, the trusted proxies, the selection
 * scheduler and the log level. */
static int serve_policy(const struct args *c, struct server_config *cfg)
{
    const char *v, *proxies[SERVER_MAX_PROXIES];
    int64_t n;
    int rc;

    if ((v = args_opt(c, "limit-views")) &&
        server_parse_limit(v, &cfg->views_per_min, &cfg->views_burst) < 0)
        return args_usage_error(c, "invalid --limit-views '%s': RATE[:BURST], per minute", v);
    if ((rc = serve_metrics(c, cfg)) != ARGS_GO)
        return rc;
    size_t np = args_opt_all(c, "trust-proxy", proxies, SERVER_MAX_PROXIES);
    if (np > SERVER_MAX_PROXIES)
        return args_usage_error(c, "at most %d --trust-proxy", SERVER_MAX_PROXIES);
    for (size_t i = 0; i < np; i++) {
        if (api_proxy_check(proxies[i]) < 0)
            return args_usage_error(c, "invalid --trust-proxy '%s': an IP address, or ADDR/LEN",
                                    proxies[i]);
        cfg->proxies[i] = proxies[i];
    }
    cfg->n_proxies = np;
    if ((v = args_opt(c, "limit-joins")) &&
        server_parse_limit(v, &cfg->joins_per_min, &cfg->joins_burst) < 0)
        return args_usage_error(c, "invalid --limit-joins '%s': RATE[:BURST], per minute", v);
    if ((v = args_opt(c, "limit-signins")) &&
        server_parse_limit(v, &cfg->signin_per_min, &cfg->signin_burst) < 0)
        return args_usage_error(c, "invalid --limit-signins '%s': RATE[:BURST], per minute", v);
    if ((v = args_opt(c, "media-max-bytes"))) {
        if (args_parse_i64(v, 1024, INT64_C(1) << 30, &n) < 0)
            return args_usage_error(c, "invalid --media-max-bytes '%s': bytes, from 1024 to 1 GiB",
                                    v);
        cfg->media_max_bytes = (size_t)n;
    }
    if ((v = args_opt(c, "media-max-pixels"))) {
        if (args_parse_i64(v, 1, INT64_C(1) << 32, &n) < 0)
            return args_usage_error(c, "invalid --media-max-pixels '%s': from 1 to 4294967296", v);
        cfg->media_max_pixels = (uint64_t)n;
    }
    if ((v = args_opt(c, "selection-every-ms"))) {
        if (args_parse_i64(v, 100, 60000, &n) < 0)
            return args_usage_error(
                c, "invalid --selection-every-ms '%s': a number from 100 to 60000", v);
        cfg->selection_every_ms = (unsigned)n;
    }
    /* For tests, and not in --help: how often members are counted for the
     * studio's stats (docs/operating.md). */
    if ((v = args_opt(c, "stats-every-ms"))) {
        if (args_parse_i64(v, 100, 3600000, &n) < 0)
            return args_usage_error(c, "invalid --stats-every-ms '%s': from 100 to 3600000", v);
        cfg->stats_every_ms = (unsigned)n;
    }
    /* FOR TESTS ONLY (the start logs a warning): the clock control route. */
    cfg->test_clock = args_opt(c, "test-clock") != NULL;
    if ((v = args_opt(c, "log-level"))) {
        enum log_level lvl;
        if (log_parse_level(v, &lvl) < 0)
            return args_usage_error(c, "invalid --log-level '%s': debug, info, warn or error", v);
        log_set_level(lvl);
    }
    return ARGS_GO;
}

/* Push and email. The values are checked again, with the keys, when the
 * node opens the notifier. */
static int serve_notify(struct args *c, struct server_config *cfg)
{
    struct notify_config *nc = &cfg->notify;
    const char *v;
    int64_t n;

    nc->push_contact = args_opt(c, "push-contact");
    if (nc->push_contact && strncmp(nc->push_contact, "mailto:", 7) != 0 &&
        strncmp(nc->push_contact, "https://", 8) != 0)
        return args_usage_error(c, "invalid --push-contact '%s': mailto:ADDRESS or https://...",
                                nc->push_contact);
    if ((v = args_opt(c, "push-concurrency"))) {
        if (args_parse_i64(v, 1, 10000, &n) < 0)
            return args_usage_error(c, "invalid --push-concurrency '%s': 1 to 10000", v);
        nc->push_inflight = (unsigned)n;
    }
    if ((v = args_opt(c, "push-insecure-host"))) {
        struct netguard g;
        if (netguard_allow(&g, v) < 0)
            return args_usage_error(c, "invalid --push-insecure-host '%s': HOST:PORT", v);
        nc->insecure_host = v;
    }
    if ((v = args_opt(c, "source-allow-host")) && netguard_allow(&cfg->sources.guard, v) < 0)
        return args_usage_error(c, "invalid --source-allow-host '%s': HOST:PORT", v);
    nc->smtp_url = args_opt(c, "smtp-url");
    nc->mail_from = args_opt(c, "mail-from");
    nc->mail_from_name = args_opt(c, "mail-from-name");
    if (nc->smtp_url && strncmp(nc->smtp_url, "smtp://", 7) != 0 &&
        strncmp(nc->smtp_url, "smtps://", 8) != 0)
        return args_usage_error(c, "invalid --smtp-url: smtp://HOST:PORT or smtps://HOST:PORT");
    if (nc->smtp_url && (!nc->mail_from || mail_address_check(nc->mail_from) < 0))
        return args_usage_error(c, "--smtp-url needs --mail-from ADDRESS (a plain address)");
    if (nc->smtp_url && !baseurl_get())
        return args_usage_error(c, "--smtp-url needs --base-url: the links in a mail must be "
                                   "absolute");
    if ((v = args_opt(c, "email-per-day"))) {
        if (args_parse_i64(v, 1, 100, &n) < 0)
            return args_usage_error(c, "invalid --email-per-day '%s': 1 to 100", v);
        nc->email_per_day = (int)n;
    }
    if ((v = args_opt(c, "limit-email")) &&
        server_parse_limit(v, &cfg->email_per_min, &cfg->email_burst) < 0)
        return args_usage_error(c, "invalid --limit-email '%s': RATE[:BURST], per minute", v);
    if ((v = args_opt(c, "limit-devices")) &&
        server_parse_limit(v, &cfg->devices_per_min, &cfg->devices_burst) < 0)
        return args_usage_error(c, "invalid --limit-devices '%s': RATE[:BURST], per minute", v);
    return ARGS_GO;
}

int cli_serve(const struct cli_ctx *ctx, int argc, char **argv)
{
    struct args c = {.name = "serve", .usage = serve_usage};
    struct server_config cfg;
    int rc = args_parse(&c, argc, argv, serve_specs, 0, 0, "");

    if (rc != ARGS_GO)
        return rc;
    if ((rc = serve_settings(ctx, &c)) != ARGS_GO)
        return rc;
    server_config_init(&cfg);
    cfg.program = ctx->progname;
    cfg.data_dir = cli_data_dir(ctx, &c);
    cfg.store_uri = args_opt(&c, "store");
    if ((rc = serve_network(&c, &cfg)) != ARGS_GO || (rc = serve_policy(&c, &cfg)) != ARGS_GO ||
        (rc = serve_notify(&c, &cfg)) != ARGS_GO)
        return rc;
    rc = server_run(&cfg);
    if (rc < 0)
        return args_fail("serve: %s", crier_strerror(rc));
    return ARGS_EXIT_OK;
}
