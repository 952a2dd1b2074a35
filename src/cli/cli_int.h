/*
 * cli_int.h: what the files of src/cli/ share; nothing outside src/cli/
 * includes it. cli.c holds the one dispatch table (command group ->
 * subcommand -> handler) and the help texts of the groups; each group's
 * handlers live in their own file (cli_serve.c, cli_channel.c, ...) and lean
 * on the kit: cli_kit.c (defaults, files, output for a terminal, the local
 * store) and cli_remote.c (a running server's API).
 *
 * Every handler returns the process exit status: ARGS_EXIT_OK, ARGS_EXIT_FAIL
 * after "crier: <message>" on stderr, or ARGS_EXIT_USAGE. A kit function that
 * checks something returns ARGS_GO when the command may carry on, else such an
 * exit status after its message. Main thread only, like the whole CLI.
 */
#ifndef CRIER_CLI_INT_H
#define CRIER_CLI_INT_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "args.h"
#include "buf.h"

struct client;
struct store;
struct store_channel;

#define CLI_DEFAULT_DATA "./var"
#define CLI_DEFAULT_SERVER "http://127.0.0.1:8080"

/* The option specs every command shares (args.c parses them). */
/* clang-format off */
#define OPT_END {NULL, ARGS_FLAG}
#define OPT_DATA {"data", ARGS_VALUE}
#define OPT_STORE {"store", ARGS_VALUE}
#define OPT_REMOTE {"server", ARGS_VALUE}, {"token", ARGS_VALUE}
#define OPT_JSON {"json", ARGS_FLAG}
/* clang-format on */

/* What comes before the command: argv[0], and the values given there
 * (`crier --data DIR channel list`), NULL when not given. */
struct cli_ctx {
    const char *progname;
    const char *data;
    const char *server;
    const char *token;
};

/* A command: argv[0..argc) are the arguments after its name. */
typedef int (*cli_fn)(const struct cli_ctx *ctx, int argc, char **argv);

/* ---- the handlers, one group a file ---- */

int cli_serve(const struct cli_ctx *ctx, int argc, char **argv);

int cli_channel_add(const struct cli_ctx *ctx, int argc, char **argv);
int cli_channel_list(const struct cli_ctx *ctx, int argc, char **argv);
int cli_channel_show(const struct cli_ctx *ctx, int argc, char **argv);
int cli_channel_update(const struct cli_ctx *ctx, int argc, char **argv);
int cli_channel_delete(const struct cli_ctx *ctx, int argc, char **argv);
int cli_channel_prune(const struct cli_ctx *ctx, int argc, char **argv);

int cli_token_create(const struct cli_ctx *ctx, int argc, char **argv);
int cli_token_list(const struct cli_ctx *ctx, int argc, char **argv);
int cli_token_revoke(const struct cli_ctx *ctx, int argc, char **argv);

/* `crier post SLUG ...`: what `crier post` runs unless a subcommand is named. */
int cli_post_create(const struct cli_ctx *ctx, int argc, char **argv);
int cli_post_edit(const struct cli_ctx *ctx, int argc, char **argv);
int cli_post_delete(const struct cli_ctx *ctx, int argc, char **argv);
int cli_post_list(const struct cli_ctx *ctx, int argc, char **argv);
int cli_post_pin(const struct cli_ctx *ctx, int argc, char **argv);
int cli_post_unpin(const struct cli_ctx *ctx, int argc, char **argv);

int cli_tail(const struct cli_ctx *ctx, int argc, char **argv);

int cli_selection_preview(const struct cli_ctx *ctx, int argc, char **argv);
int cli_selection_run(const struct cli_ctx *ctx, int argc, char **argv);
int cli_selection_list(const struct cli_ctx *ctx, int argc, char **argv);
int cli_selection_pin(const struct cli_ctx *ctx, int argc, char **argv);
int cli_selection_exclude(const struct cli_ctx *ctx, int argc, char **argv);
int cli_selection_unpin(const struct cli_ctx *ctx, int argc, char **argv);
int cli_selection_config(const struct cli_ctx *ctx, int argc, char **argv);

int cli_invite_create(const struct cli_ctx *ctx, int argc, char **argv);
int cli_invite_list(const struct cli_ctx *ctx, int argc, char **argv);
int cli_invite_revoke(const struct cli_ctx *ctx, int argc, char **argv);

int cli_member_list(const struct cli_ctx *ctx, int argc, char **argv);
int cli_member_approve(const struct cli_ctx *ctx, int argc, char **argv);
int cli_member_reject(const struct cli_ctx *ctx, int argc, char **argv);

int cli_user_add(const struct cli_ctx *ctx, int argc, char **argv);
int cli_user_list(const struct cli_ctx *ctx, int argc, char **argv);
int cli_user_remove(const struct cli_ctx *ctx, int argc, char **argv);
int cli_user_reset(const struct cli_ctx *ctx, int argc, char **argv);

int cli_source_add(const struct cli_ctx *ctx, int argc, char **argv);
int cli_source_list(const struct cli_ctx *ctx, int argc, char **argv);
int cli_source_remove(const struct cli_ctx *ctx, int argc, char **argv);
int cli_source_fetch(const struct cli_ctx *ctx, int argc, char **argv);

int cli_push_key(const struct cli_ctx *ctx, int argc, char **argv);
int cli_push_rotate(const struct cli_ctx *ctx, int argc, char **argv);
int cli_push_stats(const struct cli_ctx *ctx, int argc, char **argv);
int cli_email_test(const struct cli_ctx *ctx, int argc, char **argv);

/* ---- the kit: defaults and files (cli_kit.c) ---- */

/* $name when set and not empty, else fallback. */
const char *cli_env(const char *name, const char *fallback);
/* The data directory: --data, else the one given before the command, else
 * $CRIER_DATA, else CLI_DEFAULT_DATA. */
const char *cli_data_dir(const struct cli_ctx *ctx, const struct args *c);
/* "dir/name", a new string. */
char *cli_path_join(const char *dir, const char *name);
/* Reads a small file ("-": stdin) into out, NUL-terminated: 0, -errno or
 * -EFBIG past max. out is initialised either way: the caller buf_free()s it. */
int cli_read_small_file(const char *path, size_t max, struct buf *out);

/* ---- the kit: output (cli_kit.c) ---- */

/*
 * Writes n bytes of s for a terminal: control characters (C0, DEL, C1) become
 * '?' so that a post cannot drive the reader's terminal. A newline becomes a
 * space and a tab a space when indent is NULL, else a newline followed by
 * indent, and the tab stays; a carriage return is dropped.
 */
void cli_put_clean(FILE *f, const char *s, size_t n, const char *indent);
/* cli_put_clean() of a whole string on one line; nothing for NULL. */
void cli_puts_clean(FILE *f, const char *s);
/* Writes s to stdout with every control character '?', tabs and line breaks
 * too: the labels of `crier invite list`. */
void cli_puts_strict(const char *s);
/* Local time "YYYY-MM-DD HH:MM" (full) or "HH:MM"; "?" if it cannot be. */
void cli_local_time(int64_t ms, int full, char out[32]);
/* Local "YYYY-MM-DD HH:MM", or "-" for 0 (never, not yet). */
void cli_local_time_or_dash(int64_t ms, char out[32]);
/* "2026-11-26T20:22:32.123Z" (UTC) to ms since the epoch; -1 when not that. */
int64_t cli_iso_utc_ms(const char *s);
/* ms as an ISO 8601 UTC string, or JSON null for 0: a new reference. */
json_t *cli_iso_or_null(int64_t ms);
/* Prints j compact on one line of stdout. j stays the caller's. */
void cli_print_json(json_t *j);
/* The same, taking the caller's reference to j. */
void cli_print_json_new(json_t *j);
/* Members of an object from the server: an integer (-1 when absent), a
 * string ("" when absent), a number (0 when absent). */
int64_t cli_json_i64(json_t *o, const char *key);
const char *cli_json_str(json_t *o, const char *key);
double cli_json_num(json_t *o, const char *key);

/* ---- the kit: channel slugs and the local store (cli_kit.c) ---- */

/* args_parse() for a command whose first argument, and at most maxpos in
 * all, is a channel slug, which is checked too (it may end up in a URL). */
int cli_parse_slug(struct args *c, int argc, char **argv, const struct args_spec *specs,
                   size_t maxpos);
/* The usage error for a slug that router_slug_check() or channel_validate()
 * refused with rc. */
int cli_slug_error(const struct args *c, const char *slug, int rc);
/*
 * Opens the store named by --store, else $CRIER_STORE, else the data
 * directory. Nothing is created
 * unless create is set (by --create): a command run from the wrong directory
 * must not start a new, empty store and report success. The message on failure
 * names the path and the cause.
 */
int cli_open_store(const struct cli_ctx *ctx, const struct args *c, int create, struct store **st);
/* Loads channel slug into ch (cleared first; store_channel_clear() it). */
int cli_get_channel(struct store *st, const char *slug, struct store_channel *ch);
/* Opens the store (it must exist) and loads channel slug into ch. On failure
 * the store is closed and *st is NULL; else store_channel_clear() ch and
 * store_close() *st. */
int cli_load_channel(const struct cli_ctx *ctx, const struct args *c, const char *slug,
                     struct store **st, struct store_channel *ch);
/* Checks the slug, then cli_load_channel(): `crier invite` and `crier
 * member`, whose message for a bad slug is the short one they always gave. */
int cli_open_channel(const struct cli_ctx *ctx, const struct args *c, const char *slug,
                     struct store **st, struct store_channel *ch);

/* ---- the kit: a running server's API (cli_remote.c) ---- */

/* Initialises cl for --server with the bearer token (--token, the one given
 * before the command, $CRIER_TOKEN, else DIR/admin.token). With need_token,
 * having none is an error. cl is initialised either way: client_free() it. */
int cli_open_client(const struct cli_ctx *ctx, const struct args *c, int need_token,
                    struct client *cl);
/*
 * The post a person names: its number arg (the #N of its page, its feed entry
 * and `crier tail`), or with --id ID the post's id (a scheduled post has no
 * number yet). Fills *id and *number (0 when given by id).
 */
int cli_resolve_post(const struct cli_ctx *ctx, const struct args *c, const char *slug,
                     const char *arg, int64_t *id, int64_t *number);

#endif
