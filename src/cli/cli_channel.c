/*
 * cli_channel.c: `crier channel add|list|show|update|delete|prune`, straight
 * on the store in the data directory (no server needs to run). A line a
 * person can read, or with --json the channel as the HTTP API shows it.
 */
#include "cli_int.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "channel.h"
#include "crier.h"
#include "store/store.h"
#include "xmalloc.h"

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

/* The fields that add and update set (channel_fields() reads them). */
/* clang-format off */
#define CHANNEL_FIELD_OPTS                                                                     \
    {"title", ARGS_VALUE}, {"description", ARGS_VALUE}, {"lang", ARGS_VALUE}, {"tz", ARGS_VALUE}, \
        {"visibility", ARGS_VALUE}
/* clang-format on */

static int validation_error(const struct args *c, const struct store_channel *ch, const char *field,
                            int rc)
{
    if (strcmp(field, "slug") == 0)
        return cli_slug_error(c, ch->slug, rc);
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
    cli_print_json_new(channel_to_json(ch));
}

int cli_channel_add(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {CHANNEL_FIELD_OPTS,    OPT_JSON, OPT_DATA, OPT_STORE,
                                             {"create", ARGS_FLAG}, OPT_END};
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
        rc = cli_open_store(ctx, &c, args_opt(&c, "create") != NULL, &st);
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

int cli_channel_list(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {OPT_JSON, OPT_DATA, OPT_STORE, OPT_END};
    struct args c = {.name = "channel list", .usage = channel_list_usage};
    struct store_channel *chs = NULL;
    struct store *st = NULL;
    size_t n = 0;
    int rc = args_parse(&c, argc, argv, specs, 0, 0, "");

    if (rc != ARGS_GO)
        return rc;
    if ((rc = cli_open_store(ctx, &c, 0, &st)) != ARGS_GO)
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
        cli_print_json_new(json_pack("{s:o}", "channels", arr));
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
            cli_puts_clean(stdout, chs[i].title);
            putchar('\n');
        }
    }
    store_channels_free(chs, n);
    store_close(st);
    return ARGS_EXIT_OK;
}

int cli_channel_show(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {OPT_JSON, OPT_DATA, OPT_STORE, OPT_END};
    struct args c = {.name = "channel show", .usage = channel_show_usage};
    struct store_channel ch;
    struct store *st = NULL;
    int rc = args_parse(&c, argc, argv, specs, 1, 1, "SLUG");

    if (rc != ARGS_GO)
        return rc;
    if ((rc = cli_load_channel(ctx, &c, c.pos[0], &st, &ch)) != ARGS_GO)
        return rc;
    if (args_opt(&c, "json")) {
        print_channel_json(&ch);
    } else {
        char created[32], updated[32];
        cli_local_time(ch.created_at, 1, created);
        cli_local_time(ch.updated_at ? ch.updated_at : ch.created_at, 1, updated);
        printf("slug         %s\ntitle        ", ch.slug);
        cli_puts_clean(stdout, ch.title);
        printf("\ndescription  ");
        if (ch.description)
            cli_put_clean(stdout, ch.description, strlen(ch.description), "             ");
        printf("\nlang         %s\ntz           %s\nvisibility   %s\n", ch.lang, ch.tz,
               channel_visibility_name(ch.visibility));
        printf("last seq     %lld\noldest seq   %lld\ncreated      %s\nupdated      %s\n",
               (long long)ch.last_seq, (long long)ch.oldest_seq, created, updated);
    }
    store_channel_clear(&ch);
    store_close(st);
    return ARGS_EXIT_OK;
}

int cli_channel_update(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {CHANNEL_FIELD_OPTS, OPT_JSON, OPT_DATA, OPT_STORE,
                                             OPT_END};
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
    if ((rc = cli_load_channel(ctx, &c, c.pos[0], &st, &ch)) != ARGS_GO)
        return rc;
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

int cli_channel_delete(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {{"yes", ARGS_FLAG}, OPT_DATA, OPT_STORE, OPT_END};
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
    if ((rc = cli_open_store(ctx, &c, 0, &st)) != ARGS_GO)
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

int cli_channel_prune(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {
        {"before-seq", ARGS_VALUE}, OPT_JSON, OPT_DATA, OPT_STORE, OPT_END};
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
    if ((rc = cli_load_channel(ctx, &c, c.pos[0], &st, &ch)) != ARGS_GO)
        return rc;
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
                cli_print_json_new(json_pack("{s:I}", "oldest_seq", (json_int_t)oldest));
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
