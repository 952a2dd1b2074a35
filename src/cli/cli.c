/*
 * cli.c: the `crier` command line's one dispatcher. It takes the values given
 * before the command (--data, --server, --token), then finds the command in
 * one table, group -> subcommand -> handler, and runs it; the handlers live
 * one group a file (see cli_int.h). The help texts of the whole command line
 * and of each group are here, beside the table they describe; each
 * subcommand's own --help text is with its handler.
 */
#include "cli.h"
#include "cli_int.h"

#include <stdio.h>
#include <string.h>

#include "crier.h"
#include "log.h"

/* ---- help ---- */

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
    "  push key|rotate-key|stats     the Web Push key and the delivery queue\n"
    "  email test ADDRESS            send a test mail through --smtp-url\n"
    "  post SLUG                     publish a post through a running server\n"
    "  post edit|delete SLUG N       edit or delete post #N\n"
    "  tail SLUG                     follow a channel live\n"
    "  selection preview|run|list|pin|exclude|unpin|config SLUG\n"
    "                                a channel's morning and evening selections\n"
    "  invite create|list|revoke SLUG  invite links to a (private) channel\n"
    "  member list|approve|reject SLUG members and join requests\n"
    "  source add|list|remove|fetch SLUG  the feeds a channel follows\n"
    "  user add|list|remove|reset    the newsroom's studio accounts and roles\n"
    "  version                       print the version\n"
    "\n"
    "Every command takes:\n"
    "  --data DIR      data directory (default $CRIER_DATA, else " CLI_DEFAULT_DATA ")\n"
    "Commands that talk to a server (post, tail, selection) also take:\n"
    "  --server URL    default $CRIER_SERVER, else " CLI_DEFAULT_SERVER "\n"
    "  --token T       bearer token; default $CRIER_TOKEN, else DIR/admin.token\n"
    "\n"
    "Run 'crier <command> --help' for a command's options.\n"
    "Exit status: 0 success, 1 runtime error, 2 bad usage.\n";

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
    "Every command takes --data DIR (default $CRIER_DATA, else " CLI_DEFAULT_DATA ") and\n"
    "--store URI. Run 'crier channel <command> --help' for details.\n";

static const char push_usage[] =
    "usage: crier push <command> [options]\n"
    "\n"
    "Web Push, straight on the store in the data directory.\n"
    "\n"
    "  key                    print the node's public key (VAPID)\n"
    "  rotate-key --yes       replace it (read what it costs first: --help)\n"
    "  stats                  subscriptions, subscribers and the delivery queue\n"
    "\n"
    "Run 'crier push <command> --help' for details.\n";

static const char email_usage[] =
    "usage: crier email test ADDRESS --smtp-url URL --mail-from FROM\n"
    "\n"
    "Check the mail settings by sending one message.\n";

static const char token_usage[] =
    "usage: crier token <command> [options]\n"
    "\n"
    "Manage API tokens, straight on the store in the data directory.\n"
    "\n"
    "  create --scope admin|publish [--channel SLUG] [--label L] [--json]\n"
    "  list [--json]\n"
    "  revoke ID\n"
    "\n"
    "Every command takes --data DIR (default $CRIER_DATA, else " CLI_DEFAULT_DATA ") and\n"
    "--store URI. Run 'crier token <command> --help' for details.\n";

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
    "Every command takes --server URL (default $CRIER_SERVER, else " CLI_DEFAULT_SERVER "),\n"
    "--token T (default $CRIER_TOKEN, else DIR/admin.token) and --data DIR.\n"
    "Run 'crier selection <command> --help' for details.\n";

static const char invite_usage[] =
    "usage: crier invite <command> [options]\n"
    "\n"
    "Manage the invite links of a channel, straight on the store in the data\n"
    "directory. A reader who opens /+TOKEN and presses Join becomes a member (or,\n"
    "with --approval, waits for `crier member approve`).\n"
    "\n"
    "  create SLUG [--expires 7d] [--max-uses N] [--approval] [--label L] [--json]\n"
    "  list SLUG [--json]\n"
    "  revoke SLUG TOKEN-OR-ID\n"
    "\n"
    "Every command takes --data DIR (default $CRIER_DATA, else " CLI_DEFAULT_DATA ") and\n"
    "--store URI. Run 'crier invite <command> --help' for details.\n";

static const char member_usage[] =
    "usage: crier member <command> [options]\n"
    "\n"
    "A channel's members and the join requests waiting for approval, straight on\n"
    "the store in the data directory. Readers are anonymous: they show as numbers.\n"
    "\n"
    "  list SLUG [--pending] [--json]\n"
    "  approve SLUG READER\n"
    "  reject SLUG READER\n"
    "\n"
    "Every command takes --data DIR (default $CRIER_DATA, else " CLI_DEFAULT_DATA ") and\n"
    "--store URI. Run 'crier member <command> --help' for details.\n";

static const char source_usage[] =
    "usage: crier source <command> [options]\n"
    "\n"
    "The feeds (RSS 2.0, Atom, JSON Feed) a channel follows: each new item becomes\n"
    "a post, published or held as a draft. Straight on the store in the data\n"
    "directory; a running server fetches them on their interval.\n"
    "\n"
    "  add SLUG URL [--mode publish|draft] [--importance N] [--interval SECONDS] [--json]\n"
    "  list SLUG [--json]\n"
    "  remove SLUG ID\n"
    "  fetch SLUG [--timeout SECONDS] [--source-allow-host HOST:PORT] [--json]\n"
    "\n"
    "Every command takes --data DIR (default $CRIER_DATA, else " CLI_DEFAULT_DATA ") and\n"
    "--store URI. Run 'crier source <command> --help' for details.\n";

static const char user_usage[] =
    "usage: crier user <command> [options]\n"
    "\n"
    "The newsroom's studio accounts and their role in each channel, straight on the\n"
    "store in the data directory.\n"
    "\n"
    "  add EMAIL --channel SLUG --role owner|editor|author [--may-publish] [--name N]\n"
    "      [--password-file FILE] [--base-url URL] [--json]\n"
    "  list [--channel SLUG] [--json]\n"
    "  remove EMAIL [--channel SLUG]\n"
    "  reset EMAIL [--password-file FILE] [--base-url URL]\n"
    "\n"
    "Every command takes --data DIR (default $CRIER_DATA, else " CLI_DEFAULT_DATA ") and\n"
    "--store URI. Run 'crier user <command> --help' for details.\n";

/* ---- version ---- */

static const char version_usage[] = "usage: crier version\n"
                                    "\n"
                                    "Print the version of crier.\n";

/* `crier version` and `crier --version` say the same. */
static int print_version(void)
{
    printf("crier %s\n", CRIER_VERSION);
    return ARGS_EXIT_OK;
}

static int cmd_version(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {OPT_DATA, OPT_END};
    struct args c = {.name = "version", .usage = version_usage};
    int rc = args_parse(&c, argc, argv, specs, 0, 0, "");
    (void)ctx;
    if (rc != ARGS_GO)
        return rc;
    return print_version();
}

/* ---- the table ---- */

struct cli_sub {
    const char *name;
    cli_fn fn;
};

/*
 * A command group. With subs, argv[0] names the subcommand; when it names
 * none, fn (if any) runs on the whole of argv (`crier post SLUG`), else the
 * group's usage is the answer. Without subs, fn is the command itself
 * (`crier serve`), which prints its own --help.
 */
struct cli_group {
    const char *name;
    const char *usage;
    const struct cli_sub *subs;
    cli_fn fn;
};

static const struct cli_sub channel_subs[] = {{"add", cli_channel_add},
                                              {"list", cli_channel_list},
                                              {"show", cli_channel_show},
                                              {"update", cli_channel_update},
                                              {"delete", cli_channel_delete},
                                              {"prune", cli_channel_prune},
                                              {NULL, NULL}};

static const struct cli_sub token_subs[] = {{"create", cli_token_create},
                                            {"list", cli_token_list},
                                            {"revoke", cli_token_revoke},
                                            {NULL, NULL}};

/* `crier post SLUG` publishes: see cli_post_create below. */
static const struct cli_sub post_subs[] = {{"list", cli_post_list},     {"edit", cli_post_edit},
                                           {"delete", cli_post_delete}, {"pin", cli_post_pin},
                                           {"unpin", cli_post_unpin},   {NULL, NULL}};

static const struct cli_sub selection_subs[] = {
    {"preview", cli_selection_preview}, {"run", cli_selection_run},
    {"list", cli_selection_list},       {"pin", cli_selection_pin},
    {"exclude", cli_selection_exclude}, {"unpin", cli_selection_unpin},
    {"config", cli_selection_config},   {NULL, NULL}};

static const struct cli_sub invite_subs[] = {{"create", cli_invite_create},
                                             {"list", cli_invite_list},
                                             {"revoke", cli_invite_revoke},
                                             {NULL, NULL}};

static const struct cli_sub member_subs[] = {{"list", cli_member_list},
                                             {"approve", cli_member_approve},
                                             {"reject", cli_member_reject},
                                             {NULL, NULL}};

static const struct cli_sub push_subs[] = {{"key", cli_push_key},
                                           {"rotate-key", cli_push_rotate},
                                           {"stats", cli_push_stats},
                                           {NULL, NULL}};

static const struct cli_sub user_subs[] = {{"add", cli_user_add},
                                           {"list", cli_user_list},
                                           {"remove", cli_user_remove},
                                           {"reset", cli_user_reset},
                                           {NULL, NULL}};

static const struct cli_sub source_subs[] = {{"add", cli_source_add},
                                             {"list", cli_source_list},
                                             {"remove", cli_source_remove},
                                             {"fetch", cli_source_fetch},
                                             {NULL, NULL}};

static const struct cli_sub email_subs[] = {{"test", cli_email_test}, {NULL, NULL}};

static const struct cli_group groups[] = {{"serve", NULL, NULL, cli_serve},
                                          {"channel", channel_usage, channel_subs, NULL},
                                          {"token", token_usage, token_subs, NULL},
                                          {"post", NULL, post_subs, cli_post_create},
                                          {"tail", NULL, NULL, cli_tail},
                                          {"selection", selection_usage, selection_subs, NULL},
                                          {"invite", invite_usage, invite_subs, NULL},
                                          {"member", member_usage, member_subs, NULL},
                                          {"push", push_usage, push_subs, NULL},
                                          {"email", email_usage, email_subs, NULL},
                                          {"source", source_usage, source_subs, NULL},
                                          {"user", user_usage, user_subs, NULL},
                                          {"version", NULL, NULL, cmd_version},
                                          {NULL, NULL, NULL, NULL}};

/* ---- dispatch ---- */

/* Runs `crier GROUP argv...`. */
static int run_group(const struct cli_ctx *ctx, const struct cli_group *g, int argc, char **argv)
{
    if (g->subs && argc > 0)
        for (const struct cli_sub *s = g->subs; s->name; s++)
            if (strcmp(argv[0], s->name) == 0)
                return s->fn(ctx, argc - 1, argv + 1);
    if (g->fn)
        return g->fn(ctx, argc, argv);
    if (argc == 0) {
        fputs(g->usage, stderr);
        return ARGS_EXIT_USAGE;
    }
    if (args_is_help(argv[0]) || strcmp(argv[0], "help") == 0) {
        fputs(g->usage, stdout);
        return ARGS_EXIT_OK;
    }
    fprintf(stderr, "crier %s: unknown command '%s'\nTry 'crier %s --help'.\n", g->name, argv[0],
            g->name);
    return ARGS_EXIT_USAGE;
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
    static const char *const globals[] = {"data", "server", "token"};
    struct cli_ctx ctx = {"crier", NULL, NULL, NULL};
    int i = 1;

    if (argc > 0 && argv[0][0])
        ctx.progname = argv[0];

    while (i < argc && strncmp(argv[i], "--", 2) == 0 && argv[i][2] != '\0') {
        if (args_is_help(argv[i])) {
            fputs(main_usage, stdout);
            return ARGS_EXIT_OK;
        }
        if (strcmp(argv[i], "--version") == 0)
            return print_version();
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
    for (const struct cli_group *g = groups; g->name; g++)
        if (strcmp(argv[i], g->name) == 0)
            return run_group(&ctx, g, argc - i - 1, argv + i + 1);
    fprintf(stderr, "crier: unknown command '%s'\nTry 'crier --help'.\n", argv[i]);
    return ARGS_EXIT_USAGE;
}
