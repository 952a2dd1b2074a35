/*
 * cli_source.c: `crier source add|list|remove|fetch`, the feeds a channel
 * follows, straight on the store in the data directory. `source fetch`
 * fetches from this process (a running server picks up what it published
 * from the store, as with every command that writes there).
 */
#include "cli_int.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "source.h"
#include "store/store.h"

static const char source_add_usage[] =
    "usage: crier source add SLUG URL [--mode publish|draft] [--importance N]\n"
    "                        [--interval SECONDS] [--json]\n"
    "\n"
    "Follow a feed (RSS 2.0, Atom or JSON Feed): each new item becomes a post of\n"
    "the channel, published or held as a draft. The first fetch takes only the\n"
    "feed's 10 newest items.\n"
    "\n"
    "  --mode M               publish (default) or draft\n"
    "  --importance N         of the posts it makes: 0 low, 1 normal (default), 2, 3\n"
    "  --interval SECONDS     between two fetches (default 900, at least 60)\n"
    "  --json                 print the source as JSON\n"
    "  --data DIR, --store URI\n";

static const char source_list_usage[] =
    "usage: crier source list SLUG [--json]\n"
    "\n"
    "The channel's sources and their health: last fetch, last error, items.\n"
    "\n"
    "  --json                 print {\"sources\":[...]}\n"
    "  --data DIR, --store URI\n";

static const char source_remove_usage[] = "usage: crier source remove SLUG ID\n"
                                          "\n"
                                          "Stop following a source (its posts stay).\n"
                                          "\n"
                                          "  --data DIR, --store URI\n";

static const char source_fetch_usage[] =
    "usage: crier source fetch SLUG [--timeout SECONDS] [--json]\n"
    "\n"
    "Fetch every source of the channel now, and print what became of each item.\n"
    "The exit status is 1 when a source failed (its error is in the output).\n"
    "\n"
    "  --timeout SECONDS      a fetch's whole time (default 30)\n"
    "  --max-bytes N          a feed's largest body (default 8 MiB)\n"
    "  --source-allow-host HOST:PORT\n"
    "                         for tests only: allow feeds on that one host even on\n"
    "                         loopback or a private address\n"
    "  --json                 print {\"sources\":[...]} with each item's outcome\n"
    "  --data DIR, --store URI\n";

int cli_source_add(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {{"mode", ARGS_VALUE},
                                             {"importance", ARGS_VALUE},
                                             {"interval", ARGS_VALUE},
                                             OPT_JSON,
                                             OPT_DATA,
                                             OPT_STORE,
                                             OPT_END};
    struct args c = {.name = "source add", .usage = source_add_usage};
    struct store_channel ch;
    struct store *st = NULL;
    struct store_source s = {0};
    int64_t imp = 1, every = SOURCE_INTERVAL_DEFAULT;
    const char *v, *why = NULL;
    int rc = cli_parse_slug(&c, argc, argv, specs, 2);

    if (rc != ARGS_GO)
        return rc;
    if (c.npos != 2)
        return args_usage_error(&c, "give the channel and the feed's URL");
    if ((v = args_opt(&c, "importance")) && args_parse_i64(v, 0, 3, &imp) < 0)
        return args_usage_error(&c, "invalid --importance '%s': 0 to 3", v);
    if ((v = args_opt(&c, "interval")) && args_parse_i64(v, SOURCE_INTERVAL_MIN, 86400, &every) < 0)
        return args_usage_error(&c, "invalid --interval '%s': 60 to 86400 seconds", v);
    if (source_check(NULL, c.pos[1], args_opt(&c, "mode"), (int)imp, (int)every, &s, &why) < 0)
        return args_usage_error(&c, "invalid source: %s", why);
    if ((rc = cli_load_channel(ctx, &c, c.pos[0], &st, &ch)) != ARGS_GO)
        return rc;
    s.channel_id = ch.id;
    int err = store_source_add(st, &s);
    if (err == -EEXIST)
        rc = args_fail("%s already follows %s", ch.slug, s.url);
    else if (err == -ENOSPC)
        rc = args_fail("%s already follows %d sources", ch.slug, STORE_SOURCES_MAX);
    else if (err < 0)
        rc = args_fail("cannot add the source: %s", crier_strerror(err));
    else if (args_opt(&c, "json"))
        cli_print_json_new(source_json(&s));
    else
        printf("source %lld: %s follows %s (%s, importance %d, every %d s)\n", (long long)s.id,
               ch.slug, s.url, s.mode == STORE_SOURCE_DRAFT ? "drafts" : "publishes", s.importance,
               s.interval_s);
    if (err == 0)
        rc = ARGS_EXIT_OK;
    store_channel_clear(&ch);
    store_close(st);
    return rc;
}

static void print_source(const struct store_source *s)
{
    char last[32], ok[32];
    cli_local_time_or_dash(s->last_fetch_at, last);
    cli_local_time_or_dash(s->last_ok_at, ok);
    printf("%lld  %s  %s, importance %d, every %d s\n", (long long)s->id, s->url,
           s->mode == STORE_SOURCE_DRAFT ? "draft" : "publish", s->importance, s->interval_s);
    printf("    name: ");
    cli_puts_clean(stdout, s->name[0] ? s->name : "-");
    printf("\n    last fetch %s, last success %s, %lld items", last, ok, (long long)s->items);
    if (s->last_error[0]) {
        printf("\n    error (%d in a row): ", s->failures);
        cli_puts_clean(stdout, s->last_error);
    }
    printf("\n");
}

int cli_source_list(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {OPT_JSON, OPT_DATA, OPT_STORE, OPT_END};
    struct args c = {.name = "source list", .usage = source_list_usage};
    struct store_channel ch;
    struct store *st = NULL;
    struct store_source *v = NULL;
    size_t n = 0;
    int rc = cli_parse_slug(&c, argc, argv, specs, 1);

    if (rc != ARGS_GO)
        return rc;
    if ((rc = cli_load_channel(ctx, &c, c.pos[0], &st, &ch)) != ARGS_GO)
        return rc;
    int err = store_source_list(st, ch.id, &v, &n);
    if (err < 0) {
        rc = args_fail("cannot list the sources of %s: %s", ch.slug, crier_strerror(err));
    } else if (args_opt(&c, "json")) {
        json_t *arr = json_array();
        for (size_t i = 0; i < n; i++)
            json_array_append_new(arr, source_json(&v[i]));
        cli_print_json_new(json_pack("{s:o}", "sources", arr));
        rc = ARGS_EXIT_OK;
    } else {
        if (n == 0)
            printf("%s follows no source\n", ch.slug);
        for (size_t i = 0; i < n; i++)
            print_source(&v[i]);
        rc = ARGS_EXIT_OK;
    }
    free(v);
    store_channel_clear(&ch);
    store_close(st);
    return rc;
}

int cli_source_remove(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {OPT_DATA, OPT_STORE, OPT_END};
    struct args c = {.name = "source remove", .usage = source_remove_usage};
    struct store_channel ch;
    struct store *st = NULL;
    int64_t id;
    int rc = cli_parse_slug(&c, argc, argv, specs, 2);

    if (rc != ARGS_GO)
        return rc;
    if (c.npos != 2 || args_parse_i64(c.pos[1], 1, INT64_MAX, &id) < 0)
        return args_usage_error(&c, "give the channel and the source's id (source list)");
    if ((rc = cli_load_channel(ctx, &c, c.pos[0], &st, &ch)) != ARGS_GO)
        return rc;
    int err = store_source_remove(st, ch.id, id);
    if (err == -ENOENT)
        rc = args_fail("%s has no source %lld", ch.slug, (long long)id);
    else if (err < 0)
        rc = args_fail("cannot remove the source: %s", crier_strerror(err));
    else
        rc = ARGS_EXIT_OK;
    store_channel_clear(&ch);
    store_close(st);
    return rc;
}

struct fetch_out {
    int json;
    json_t *all;
    int errors;
};

static void on_report(void *arg, const struct source_report *r)
{
    struct fetch_out *o = arg;
    o->errors += r->err != 0;
    if (o->json) {
        json_array_append_new(o->all, source_report_json(r));
        return;
    }
    printf("source %lld %s: ", (long long)r->src.id, r->src.url);
    if (r->err) {
        printf("error: ");
        cli_puts_clean(stdout, r->src.last_error);
        printf("\n");
        return;
    }
    printf("%s, %zu new, %zu drafts, %zu edited, %zu unchanged, %zu duplicates\n",
           r->not_modified ? "not modified" : "ok", r->created, r->drafted, r->edited, r->unchanged,
           r->duplicates);
    for (size_t i = 0; i < r->nitems; i++) {
        const struct source_item_report *it = &r->items[i];
        printf("  %s", source_action_name(it->action));
        if (it->seq)
            printf(" #%lld", (long long)it->seq);
        else if (it->post_id)
            printf(" (post id %lld)", (long long)it->post_id);
        printf(": ");
        cli_puts_clean(stdout, it->title);
        if (it->why[0]) {
            printf(" (");
            cli_puts_clean(stdout, it->why);
            printf(")");
        }
        printf("\n");
    }
}

int cli_source_fetch(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {{"timeout", ARGS_VALUE},
                                             {"max-bytes", ARGS_VALUE},
                                             {"source-allow-host", ARGS_VALUE},
                                             OPT_JSON,
                                             OPT_DATA,
                                             OPT_STORE,
                                             OPT_END};
    struct args c = {.name = "source fetch", .usage = source_fetch_usage};
    struct store_channel ch;
    struct store *st = NULL;
    struct store_source *v = NULL;
    struct netguard g = {.http_ok = 1};
    size_t n = 0;
    int64_t secs = 30, maxb = 0;
    const char *val;
    int rc = cli_parse_slug(&c, argc, argv, specs, 1);

    if (rc != ARGS_GO)
        return rc;
    if ((val = args_opt(&c, "timeout")) && args_parse_i64(val, 1, 600, &secs) < 0)
        return args_usage_error(&c, "invalid --timeout '%s': 1 to 600 seconds", val);
    if ((val = args_opt(&c, "max-bytes")) && args_parse_i64(val, 1024, 1 << 30, &maxb) < 0)
        return args_usage_error(&c, "invalid --max-bytes '%s': 1024 to 1 GiB", val);
    if ((val = args_opt(&c, "source-allow-host")) && netguard_allow(&g, val) < 0)
        return args_usage_error(&c, "invalid --source-allow-host '%s': HOST:PORT", val);
    if ((rc = cli_load_channel(ctx, &c, c.pos[0], &st, &ch)) != ARGS_GO)
        return rc;
    int err = store_source_list(st, ch.id, &v, &n);
    struct fetch_out o = {.json = args_opt(&c, "json") != NULL, .all = json_array()};
    if (err == 0) {
        struct source_env env = {
            .st = st, .guard = &g, .timeout_ms = (unsigned)secs * 1000, .max_bytes = (size_t)maxb};
        err = source_pass(&env, v, n, on_report, &o);
    }
    if (err < 0) {
        rc = args_fail("cannot fetch the sources of %s: %s", ch.slug, crier_strerror(err));
    } else {
        if (o.json)
            cli_print_json_new(json_pack("{s:O}", "sources", o.all));
        else if (n == 0)
            printf("%s follows no source\n", ch.slug);
        rc = o.errors ? ARGS_EXIT_FAIL : ARGS_EXIT_OK;
        if (o.errors)
            fprintf(stderr, "crier: %d of %zu sources failed\n", o.errors, n);
    }
    json_decref(o.all);
    free(v);
    store_channel_clear(&ch);
    store_close(st);
    return rc;
}
