/*
 * cli_token.c: `crier token create|list|revoke`, the API's bearer tokens,
 * straight on the store in the data directory. A token is shown once, when it
 * is made; the store keeps only its SHA-256.
 */
#include "cli_int.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "crier.h"
#include "store/store.h"
#include "utf8.h"

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

int cli_token_create(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {{"scope", ARGS_VALUE},
                                             {"channel", ARGS_VALUE},
                                             {"label", ARGS_VALUE},
                                             OPT_JSON,
                                             OPT_DATA,
                                             OPT_STORE,
                                             {"create", ARGS_FLAG},
                                             OPT_END};
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
    if ((rc = cli_open_store(ctx, &c, args_opt(&c, "create") != NULL, &st)) != ARGS_GO)
        return rc;
    if (chan) {
        if ((rc = cli_get_channel(st, chan, &ch)) != ARGS_GO)
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
        cli_print_json_new(json_pack("{s:I, s:s, s:s, s:s?, s:s}", "id", (json_int_t)t.id, "token",
                                     tok, "scope", auth_scope_name(t.scope), "channel", chan,
                                     "label", t.label));
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

int cli_token_list(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {OPT_JSON, OPT_DATA, OPT_STORE, OPT_END};
    struct args c = {.name = "token list", .usage = token_list_usage};
    struct store_token *ts = NULL;
    struct store_channel *chs = NULL;
    struct store *st = NULL;
    size_t n = 0, nch = 0;
    int rc = args_parse(&c, argc, argv, specs, 0, 0, "");

    if (rc != ARGS_GO)
        return rc;
    if ((rc = cli_open_store(ctx, &c, 0, &st)) != ARGS_GO)
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
            json_array_append_new(
                arr, json_pack("{s:I, s:s, s:s?, s:o, s:o, s:o, s:o}", "id", (json_int_t)ts[i].id,
                               "scope", auth_scope_name(ts[i].scope), "channel", slug, "label",
                               label ? label : json_string(""), "created_at",
                               cli_iso_or_null(ts[i].created_at), "last_used_at",
                               cli_iso_or_null(ts[i].last_used_at), "revoked_at",
                               cli_iso_or_null(ts[i].revoked_at)));
        }
        cli_print_json_new(json_pack("{s:o}", "tokens", arr));
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
            char created[32], used[32], revoked[32];
            const char *slug = ts[i].channel_id ? slug_of(chs, nch, ts[i].channel_id) : NULL;
            cli_local_time(ts[i].created_at, 1, created);
            cli_local_time_or_dash(ts[i].last_used_at, used);
            cli_local_time_or_dash(ts[i].revoked_at, revoked);
            printf("%6lld  %-7s  %-*s  %-16s  %-16s  %-16s  ", (long long)ts[i].id,
                   auth_scope_name(ts[i].scope), w, ts[i].channel_id ? (slug ? slug : "?") : "-",
                   created, used, revoked);
            cli_puts_clean(stdout, ts[i].label[0] ? ts[i].label : "-");
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

int cli_token_revoke(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {OPT_DATA, OPT_STORE, OPT_END};
    struct args c = {.name = "token revoke", .usage = token_revoke_usage};
    struct store *st = NULL;
    int64_t id;
    int rc = args_parse(&c, argc, argv, specs, 1, 1, "ID");

    if (rc != ARGS_GO)
        return rc;
    if (args_parse_i64(c.pos[0], 1, INT64_MAX, &id) < 0)
        return args_usage_error(&c, "invalid token id '%s': a number from `crier token list`",
                                c.pos[0]);
    if ((rc = cli_open_store(ctx, &c, 0, &st)) != ARGS_GO)
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
