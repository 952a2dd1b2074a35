/*
 * cli_member.c: `crier member list|approve|reject`, a channel's members and
 * the join requests waiting for approval, straight on the store in the data
 * directory. Readers are anonymous: they show as numbers.
 */
#include "cli_int.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "member.h"
#include "store/store.h"

static const char member_list_usage[] =
    "usage: crier member list SLUG [--pending] [--json]\n"
    "\n"
    "List the channel's members and pending requests: reader, state, when they\n"
    "joined (local time) and the invite they came through.\n"
    "\n"
    "  --pending              only the requests waiting for approval\n"
    "  --json                 print {\"members\":[{\"reader\",\"state\",\"joined_at\",\"invite\"}]}\n"
    "  --data DIR, --store URI\n";

static const char member_approve_usage[] =
    "usage: crier member approve SLUG READER\n"
    "\n"
    "Let a pending reader in: they become a member of the channel.\n"
    "\n"
    "  --data DIR, --store URI\n";

static const char member_reject_usage[] =
    "usage: crier member reject SLUG READER\n"
    "\n"
    "Refuse a pending request, or remove a member from the channel.\n"
    "\n"
    "  --data DIR, --store URI\n";

int cli_member_list(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {
        {"pending", ARGS_FLAG}, {"json", ARGS_FLAG}, OPT_DATA, OPT_STORE, OPT_END};
    struct args c = {.name = "member list", .usage = member_list_usage};
    struct store_member *ms = NULL;
    struct store_channel ch;
    struct store *st;
    size_t n = 0;
    int rc = args_parse(&c, argc, argv, specs, 1, 1, "SLUG");

    if (rc != ARGS_GO)
        return rc;
    if ((rc = cli_open_channel(ctx, &c, c.pos[0], &st, &ch)) != ARGS_GO)
        return rc;
    int err =
        store_member_list(st, ch.id, args_opt(&c, "pending") ? STORE_MEMBER_PENDING : 0, &ms, &n);
    if (err < 0) {
        rc = args_fail("cannot list the members of %s: %s", ch.slug, crier_strerror(err));
    } else if (args_opt(&c, "json")) {
        json_t *arr = json_array();
        for (size_t i = 0; i < n; i++)
            json_array_append_new(
                arr, json_pack("{s:I, s:s, s:o, s:o}", "reader", (json_int_t)ms[i].reader_id,
                               "state", member_state_name(ms[i].state), "joined_at",
                               cli_iso_or_null(ms[i].joined_at), "invite",
                               ms[i].invite_id ? json_integer(ms[i].invite_id) : json_null()));
        cli_print_json_new(json_pack("{s:o}", "members", arr));
        rc = ARGS_EXIT_OK;
    } else if (n == 0) {
        printf(args_opt(&c, "pending") ? "no pending requests in %s\n" : "no members in %s\n",
               ch.slug);
        rc = ARGS_EXIT_OK;
    } else {
        printf("%8s  %-8s  %-16s  %s\n", "READER", "STATE", "JOINED", "INVITE");
        for (size_t i = 0; i < n; i++) {
            char joined[32], invite[24];
            cli_local_time_or_dash(ms[i].joined_at, joined);
            snprintf(invite, sizeof invite, ms[i].invite_id ? "%lld" : "-",
                     (long long)ms[i].invite_id);
            printf("%8lld  %-8s  %-16s  %s\n", (long long)ms[i].reader_id,
                   member_state_name(ms[i].state), joined, invite);
        }
        rc = ARGS_EXIT_OK;
    }
    free(ms);
    store_channel_clear(&ch);
    store_close(st);
    return rc;
}

static int member_decide(const struct cli_ctx *ctx, int argc, char **argv, int approve)
{
    static const struct args_spec specs[] = {OPT_DATA, OPT_STORE, OPT_END};
    struct args c = {.name = approve ? "member approve" : "member reject",
                     .usage = approve ? member_approve_usage : member_reject_usage};
    struct store_channel ch;
    struct store *st;
    int64_t reader;
    int rc = args_parse(&c, argc, argv, specs, 2, 2, "SLUG and READER");

    if (rc != ARGS_GO)
        return rc;
    if (args_parse_i64(c.pos[1], 1, INT64_MAX, &reader) < 0)
        return args_usage_error(&c, "invalid reader '%s': a number from `crier member list`",
                                c.pos[1]);
    if ((rc = cli_open_channel(ctx, &c, c.pos[0], &st, &ch)) != ARGS_GO)
        return rc;
    int err =
        approve ? store_member_approve(st, ch.id, reader) : store_member_reject(st, ch.id, reader);
    if (err == -ENOENT)
        rc =
            args_fail("reader %lld has no request or membership in %s", (long long)reader, ch.slug);
    else if (err < 0)
        rc = args_fail("cannot %s reader %lld: %s", approve ? "approve" : "reject",
                       (long long)reader, crier_strerror(err));
    else {
        printf("%s reader %lld in %s\n", approve ? "approved" : "rejected", (long long)reader,
               ch.slug);
        rc = ARGS_EXIT_OK;
    }
    store_channel_clear(&ch);
    store_close(st);
    return rc;
}

int cli_member_approve(const struct cli_ctx *ctx, int argc, char **argv)
{
    return member_decide(ctx, argc, argv, 1);
}

int cli_member_reject(const struct cli_ctx *ctx, int argc, char **argv)
{
    return member_decide(ctx, argc, argv, 0);
}
