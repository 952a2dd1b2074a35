/*
 * cli_remote.c: what the commands that talk to a running server share (post,
 * tail, selection): the server's URL, the bearer token and the client, and
 * naming a post by its number. See cli_int.h.
 */
#include "cli_int.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "client.h"
#include "xmalloc.h"

#define TOKEN_FILE_MAX 4096

static const char *server_url(const struct cli_ctx *ctx, const struct args *c)
{
    const char *s = args_opt(c, "server");
    if (s)
        return s;
    return ctx->server ? ctx->server : cli_env("CRIER_SERVER", CLI_DEFAULT_SERVER);
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
        t = cli_env("CRIER_TOKEN", NULL);
    if (t)
        return xstrdup(t);
    char *path = cli_path_join(cli_data_dir(ctx, c), "admin.token");
    if (cli_read_small_file(path, TOKEN_FILE_MAX, &b) < 0) {
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

/* Opens a client for --server with the token. Returns ARGS_GO or ARGS_EXIT_FAIL. */
int cli_open_client(const struct cli_ctx *ctx, const struct args *c, int need_token,
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
        client_init(cl, CLI_DEFAULT_SERVER, NULL);
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

/*
 * The post a person names: its number (the #N of its page, its feed entry and
 * `crier tail`), or with --id ID the post's id (a scheduled post has no number
 * yet). The number is looked up through catch-up: the event with seq N must
 * be the post's creation. Fills *id and *number (0 when given by id).
 * Returns ARGS_GO, or an exit status after a message.
 */
int cli_resolve_post(const struct cli_ctx *ctx, const struct args *c, const char *slug,
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
    if ((rc = cli_open_client(ctx, c, 0, &cl)) != ARGS_GO) {
        client_free(&cl);
        return rc;
    }
    snprintf(path, sizeof path, "/api/v1/channels/%s/events?after=%lld&limit=1", slug,
             (long long)(*number - 1));
    int err = client_request(&cl, "GET", path, NULL, &status, &resp);
    json_t *ev = json_array_get(json_object_get(resp, "events"), 0);
    const char *type = cli_json_str(ev, "type");
    if (err == 0 && status == 410) {
        rc = args_fail("#%lld of %s is older than the events the channel keeps: give the post's "
                       "id with --id",
                       (long long)*number, slug);
    } else if (err < 0 || status >= 400) {
        rc = args_fail("%s", cl.error);
    } else if (!ev || cli_json_i64(ev, "seq") != *number) {
        rc = args_fail("no post #%lld in %s", (long long)*number, slug);
    } else if (strcmp(type, "post") != 0 && strcmp(type, "selection") != 0) {
        int64_t of = cli_json_i64(json_object_get(ev, "post"), "seq");
        rc = of > 0
                 ? args_fail("#%lld of %s is the %s of post #%lld: give #%lld", (long long)*number,
                             slug, strcmp(type, "edit") == 0 ? "edit" : "deletion", (long long)of,
                             (long long)of)
                 : args_fail("#%lld of %s is not a post", (long long)*number, slug);
    } else {
        *id = cli_json_i64(ev, "id");
        rc = ARGS_GO;
    }
    json_decref(resp);
    client_free(&cl);
    return rc;
}
