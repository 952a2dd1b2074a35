/*
 * cli_post.c: `crier post SLUG`, `post edit`, `post delete`, `post list`,
 * `post pin` and `post unpin`,
 * through a running server's API (cli_remote.c holds the client). The field
 * options become the JSON body the API takes; the answer is printed as a line
 * a person can read, or with --json as the server sent it.
 */
#include "cli_int.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "client.h"
#include "crier.h"
#include "post.h"
#include "utf8.h"

static const char post_usage[] =
    "usage: crier post SLUG --title T [options]\n"
    "       crier post edit SLUG N [options]\n"
    "       crier post delete SLUG N\n"
    "       crier post list SLUG [--limit N] [--before N]\n"
    "       crier post pin SLUG N | crier post unpin SLUG\n"
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
    "  --media-id ID          a photo uploaded to the channel (the id its upload\n"
    "                         answered), instead of --media-url\n"
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
    "  --server URL           default $CRIER_SERVER, else " CLI_DEFAULT_SERVER "\n"
    "  --token T              default $CRIER_TOKEN, else the contents of DIR/admin.token\n"
    "  --data DIR             default $CRIER_DATA, else " CLI_DEFAULT_DATA "\n"
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
    "media), --media-id, --caption, --credit, --lang, --author, --publish-at.\n"
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
        {"source-url", ARGS_VALUE}, {"media-url", ARGS_VALUE}, {"media-id", ARGS_VALUE},          \
        {"caption", ARGS_VALUE},                                                                  \
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

/* media: --media-url or --media-id (an uploaded photo), --caption, --credit. */
static int media_fields(const struct args *c, int edit, json_t *o)
{
    const char *v = args_opt(c, "media-url"), *id = args_opt(c, "media-id");
    int rc;

    if (v && id)
        return args_usage_error(c, "--media-url and --media-id: one photo or the other");
    if (!v && !id && !edit && (args_opt(c, "caption") || args_opt(c, "credit")))
        return args_usage_error(c, "--caption and --credit go with --media-url or --media-id");
    if (v && *v == '\0') {
        if (!edit)
            return args_usage_error(c, "--media-url is empty");
        json_object_set_new(o, "media", json_null());
    } else if (v || id || args_opt(c, "caption") || args_opt(c, "credit")) {
        /* On edit, --caption or --credit alone changes just that: the server
         * keeps the image's URL. */
        json_t *m = json_object();
        json_object_set_new(o, "media", m);
        if (v && (rc = set_str(c, m, "url", "--media-url", v)) != ARGS_GO)
            return rc;
        if (id && (rc = set_str(c, m, "id", "--media-id", id)) != ARGS_GO)
            return rc;
        if ((v = args_opt(c, "caption")) &&
            (rc = set_str(c, m, "caption", "--caption", v)) != ARGS_GO)
            return rc;
        if ((v = args_opt(c, "credit")) && (rc = set_str(c, m, "credit", "--credit", v)) != ARGS_GO)
            return rc;
    }
    return ARGS_GO;
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
        int err = cli_read_small_file(v, POST_BODY_MAX, &b);
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
    if ((rc = media_fields(c, edit, o)) != ARGS_GO)
        return rc;
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
    int rc = cli_open_client(ctx, c, 1, &cl);

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
            cli_print_json(resp);
        rc = ARGS_EXIT_OK;
    } else {
        int64_t seq = cli_json_i64(resp, "seq"), id = cli_json_i64(resp, "id");
        if (status == 202) {
            json_t *at = json_object_get(resp, "publish_at");
            char when[32];
            int64_t ms = json_is_integer(at)  ? (int64_t)json_integer_value(at)
                         : json_is_string(at) ? cli_iso_utc_ms(json_string_value(at))
                                              : -1;
            if (ms >= 0)
                cli_local_time(ms, 1, when);
            else
                snprintf(when, sizeof when, "%s",
                         json_is_string(at) ? json_string_value(at) : "later");
            printf("scheduled %s post (id %lld) for %s; until then it has no number: "
                   "name it with --id %lld\n",
                   slug, (long long)id, when, (long long)id);
        } else {
            /* The post's number, and for a change the event's seq beside it. */
            int64_t n = cli_json_i64(json_object_get(resp, "post"), "seq");
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

int cli_post_create(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {POST_FIELD_OPTS, OPT_JSON, OPT_DATA, OPT_REMOTE,
                                             OPT_END};
    struct args c = {.name = "post", .usage = post_usage};
    char path[128];
    int rc = cli_parse_slug(&c, argc, argv, specs, 1);

    if (rc != ARGS_GO)
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
    static const struct args_spec edit_specs[] = {POST_FIELD_OPTS, OPT_JSON,           OPT_DATA,
                                                  OPT_REMOTE,      {"id", ARGS_VALUE}, OPT_END};
    static const struct args_spec delete_specs[] = {
        OPT_JSON, OPT_DATA, OPT_REMOTE, {"id", ARGS_VALUE}, OPT_END};
    struct args c = {.name = edit ? "post edit" : "post delete",
                     .usage = edit ? post_edit_usage : post_delete_usage};
    char path[160];
    int64_t id = 0, number = 0;
    int rc = cli_parse_slug(&c, argc, argv, edit ? edit_specs : delete_specs, 2);

    if (rc != ARGS_GO)
        return rc;
    json_t *body = edit ? json_object() : NULL;
    if (edit && (rc = post_fields(&c, 1, body)) != ARGS_GO) {
        json_decref(body);
        return rc;
    }
    if ((rc = cli_resolve_post(ctx, &c, c.pos[0], c.npos > 1 ? c.pos[1] : NULL, &id, &number)) !=
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

int cli_post_edit(const struct cli_ctx *ctx, int argc, char **argv)
{
    return post_edit_or_delete(ctx, argc, argv, 1);
}

int cli_post_delete(const struct cli_ctx *ctx, int argc, char **argv)
{
    return post_edit_or_delete(ctx, argc, argv, 0);
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
    cli_puts_clean(stdout, cli_json_str((json_t *)p, "title"));
    putchar('\n');
}

int cli_post_list(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {
        {"limit", ARGS_VALUE}, {"before", ARGS_VALUE}, OPT_JSON, OPT_DATA, OPT_REMOTE, OPT_END};
    struct args c = {.name = "post list", .usage = post_list_usage};
    struct client cl;
    json_t *resp = NULL;
    char path[256], when[32], what[32];
    int64_t limit = 20, before = 0;
    long status = 0;
    int rc = cli_parse_slug(&c, argc, argv, specs, 1);

    if (rc != ARGS_GO)
        return rc;
    if (args_opt(&c, "limit") && args_parse_i64(args_opt(&c, "limit"), 1, 100, &limit) < 0)
        return args_usage_error(&c, "invalid --limit '%s': 1 to 100", args_opt(&c, "limit"));
    if (args_opt(&c, "before") &&
        args_parse_i64(args_opt(&c, "before"), 1, INT64_MAX / 2, &before) < 0)
        return args_usage_error(&c, "invalid --before '%s': a post number", args_opt(&c, "before"));
    if ((rc = cli_open_client(ctx, &c, 1, &cl)) != ARGS_GO) {
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
        cli_print_json(resp);
        rc = ARGS_EXIT_OK;
    } else {
        size_t i;
        json_t *p;
        json_array_foreach(json_object_get(resp, "scheduled"), i, p)
        {
            cli_local_time(cli_iso_utc_ms(cli_json_str(p, "publish_at")), 1, when);
            snprintf(what, sizeof what, "id %lld", (long long)cli_json_i64(p, "id"));
            list_line(what, when, p);
        }
        json_array_foreach(json_object_get(resp, "posts"), i, p)
        {
            cli_local_time(cli_json_i64(p, "published_at"), 1, when);
            snprintf(what, sizeof what, "#%lld", (long long)cli_json_i64(p, "seq"));
            list_line(what, when, p);
        }
        int64_t next = cli_json_i64(resp, "next_before");
        if (next > 0)
            printf("more: crier post list %s --before %lld\n", c.pos[0], (long long)next);
        rc = ARGS_EXIT_OK;
    }
    json_decref(resp);
    client_free(&cl);
    return rc;
}

static const char post_pin_usage[] =
    "usage: crier post pin SLUG N [--json]\n"
    "       crier post pin SLUG --id ID [--json]\n"
    "       crier post unpin SLUG [--json]\n"
    "\n"
    "Pin post #N to the top of the channel's page (one post at most: it replaces\n"
    "the pinned one), or unpin it. Open pages move it at once (a pin event).\n"
    "Needs a publish token of the channel or an admin token.\n"
    "\n"
    "  --json                 print the server's JSON answer\n"
    "  --server URL, --token T, --data DIR\n";

static int post_pin_or_unpin(const struct cli_ctx *ctx, int argc, char **argv, int pin)
{
    static const struct args_spec pin_specs[] = {
        OPT_JSON, OPT_DATA, OPT_REMOTE, {"id", ARGS_VALUE}, OPT_END};
    static const struct args_spec unpin_specs[] = {OPT_JSON, OPT_DATA, OPT_REMOTE, OPT_END};
    struct args c = {.name = pin ? "post pin" : "post unpin", .usage = post_pin_usage};
    struct client cl;
    json_t *body = NULL, *resp = NULL;
    char path[160];
    int64_t id = 0, number = 0;
    long status = 0;
    int rc = cli_parse_slug(&c, argc, argv, pin ? pin_specs : unpin_specs, pin ? 2 : 1);

    if (rc != ARGS_GO)
        return rc;
    if (pin && (rc = cli_resolve_post(ctx, &c, c.pos[0], c.npos > 1 ? c.pos[1] : NULL, &id,
                                      &number)) != ARGS_GO)
        return rc;
    if ((rc = cli_open_client(ctx, &c, 1, &cl)) != ARGS_GO) {
        client_free(&cl);
        return rc;
    }
    snprintf(path, sizeof path, "/api/v1/channels/%s/pin", c.pos[0]);
    if (pin)
        body = json_pack("{s:I}", "post_id", (json_int_t)id);
    int err = client_request(&cl, pin ? "PUT" : "DELETE", path, body, &status, &resp);
    if (err < 0 || status >= 400) {
        rc = args_fail("%s", cl.error);
    } else if (!json_is_object(resp)) {
        rc = args_fail("unexpected answer from the server: HTTP %ld", status);
    } else if (args_opt(&c, "json")) {
        cli_print_json(resp);
        rc = ARGS_EXIT_OK;
    } else {
        int64_t seq = cli_json_i64(resp, "seq");
        if (!pin)
            printf("unpinned %s (event #%lld)\n", c.pos[0], (long long)seq);
        else if (number > 0)
            printf("pinned %s #%lld (event #%lld)\n", c.pos[0], (long long)number, (long long)seq);
        else
            printf("pinned %s post id %lld (event #%lld)\n", c.pos[0], (long long)id,
                   (long long)seq);
        rc = ARGS_EXIT_OK;
    }
    json_decref(body);
    json_decref(resp);
    client_free(&cl);
    return rc;
}

int cli_post_pin(const struct cli_ctx *ctx, int argc, char **argv)
{
    return post_pin_or_unpin(ctx, argc, argv, 1);
}

int cli_post_unpin(const struct cli_ctx *ctx, int argc, char **argv)
{
    return post_pin_or_unpin(ctx, argc, argv, 0);
}
