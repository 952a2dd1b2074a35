/*
 * cli_reader.c: `crier invite` and `crier member`. Each command parses its
 * options with a small table-driven parser in the manner of cli.c (options
 * before or after the positional arguments, "--name value" or
 * "--name=value", "--" ends the options), opens the store of the data
 * directory, and prints a line a person can read or, with --json, the same
 * JSON the HTTP API answers.
 */
#include "cli_reader.h"

#include <errno.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "cli/args.h"
#include "baseurl.h"
#include "invite.h"
#include "auth.h"
#include "channel.h"
#include "crier.h"
#include "reader.h"
#include "router.h"
#include "store/store.h"
#include "utf8.h"
#include "xmalloc.h"

#define DEFAULT_DATA "./var"
#define CR_EXPIRES_MAX (10LL * 365 * 24 * 3600) /* seconds */
#define CR_USES_MAX 1000000000LL
#define CR_BASE_URL_MAX 512

/* clang-format off */
#define CR_STORE_OPTS {"data", ARGS_VALUE}, {"store", ARGS_VALUE}
#define CR_END {NULL, ARGS_FLAG}
/* clang-format on */

/* "90" (seconds), "45s", "30m", "12h", "7d", "2w" to seconds: 0 or -EINVAL. */
static int parse_duration(const char *s, int64_t *secs)
{
    static const struct {
        char unit;
        int64_t mult;
    } units[] = {{'s', 1}, {'m', 60}, {'h', 3600}, {'d', 86400}, {'w', 7 * 86400}};
    char num[24];
    size_t n = strlen(s);
    int64_t mult = 1, v;

    if (n == 0 || n >= sizeof num)
        return -EINVAL;
    memcpy(num, s, n + 1);
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
        if (num[n - 1] == units[i].unit) {
            mult = units[i].mult;
            num[--n] = '\0';
            break;
        }
    }
    if (args_parse_i64(num, 1, CR_EXPIRES_MAX, &v) < 0 || v > CR_EXPIRES_MAX / mult)
        return -EINVAL;
    *secs = v * mult;
    return 0;
}

static const char *data_dir(const struct cli_reader_globals *g, const struct args *c)
{
    const char *d = args_opt(c, "data"), *env = getenv("CRIER_DATA");
    if (d)
        return d;
    if (g && g->data)
        return g->data;
    return env && *env ? env : DEFAULT_DATA;
}

/* Opens the store of --store or the data directory, which must hold a
 * database already. ARGS_GO, or ARGS_EXIT_FAIL after a message. */
static int open_store(const struct cli_reader_globals *g, const struct args *c, struct store **st)
{
    const char *uri = args_opt(c, "store");
    char err[512];

    if (store_open_with(st, uri ? uri : data_dir(g, c), 0, err, sizeof err) < 0)
        return args_fail("%s", err);
    return ARGS_GO;
}

/* Checks the slug argument, opens the store and loads the channel: ARGS_GO, or
 * an exit status after a message (the store is closed then). */
static int open_channel(const struct cli_reader_globals *g, const struct args *c, const char *slug,
                        struct store **st, struct store_channel *ch)
{
    memset(ch, 0, sizeof *ch);
    *st = NULL;
    int rc = router_slug_check(slug);
    if (rc == CRIER_ERESERVED)
        return args_usage_error(c, "'%s' is a reserved name", slug);
    if (rc < 0)
        return args_usage_error(c, "invalid channel slug '%s'", slug);
    if ((rc = open_store(g, c, st)) != ARGS_GO)
        return rc;
    rc = store_channel_get(*st, slug, ch);
    if (rc == 0)
        return ARGS_GO;
    store_close(*st);
    *st = NULL;
    if (rc == -ENOENT)
        return args_fail("no channel '%s'", slug);
    return args_fail("cannot read channel '%s': %s", slug, crier_strerror(rc));
}

static json_t *iso_or_null(int64_t ms)
{
    char s[32];
    if (ms <= 0)
        return json_null();
    channel_iso_time(ms, s);
    return json_string(s);
}

/* Local "YYYY-MM-DD HH:MM", or "-" for 0. */
static void local_time(int64_t ms, char out[32])
{
    time_t t = (time_t)(ms / 1000);
    struct tm tm;
    if (ms <= 0 || !localtime_r(&t, &tm) || strftime(out, 32, "%Y-%m-%d %H:%M", &tm) == 0)
        snprintf(out, 32, "-");
}

static void print_json_line(json_t *j)
{
    char *s = json_dumps(j, JSON_COMPACT);
    if (s) {
        puts(s);
        free(s);
    }
    json_decref(j);
}

/* Prints s with control characters (C0, DEL, C1) replaced, so that a label
 * cannot drive the terminal. */
static void puts_clean(const char *s)
{
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == 0xc2 && (unsigned char)s[1] >= 0x80 && (unsigned char)s[1] <= 0x9f) {
            putchar('?');
            s++;
        } else {
            putchar(ch < 0x20 || ch == 0x7f ? '?' : ch);
        }
    }
}

/* ---- invite ---- */

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
    "Every command takes --data DIR (default $CRIER_DATA, else " DEFAULT_DATA ") and\n"
    "--store URI. Run 'crier invite <command> --help' for details.\n";

static const char invite_create_usage[] =
    "usage: crier invite create SLUG [--expires DURATION] [--max-uses N] [--approval]\n"
    "                           [--label L] [--base-url URL] [--json]\n"
    "\n"
    "Create an invite link to channel SLUG and print it, alone on one line:\n"
    "/+TOKEN, or URL/+TOKEN with --base-url. The token is shown only this once;\n"
    "the store keeps only its SHA-256.\n"
    "\n"
    "  --expires DURATION     the link stops working after DURATION: N seconds, or\n"
    "                         Ns, Nm, Nh, Nd, Nw (default: never)\n"
    "  --max-uses N           at most N readers join through it (default: no limit)\n"
    "  --approval             each reader waits until `crier member approve`\n"
    "  --label L              a note for `invite list`, up to 127 bytes\n"
    "  --base-url URL         print the whole link, e.g. https://news.example\n"
    "  --json                 print {\"id\",\"token\",\"url\",\"expires_at\",\"max_uses\",\n"
    "                         \"approval\",\"label\",...}\n"
    "  --data DIR, --store URI\n";

static const char invite_list_usage[] =
    "usage: crier invite list SLUG [--json]\n"
    "\n"
    "List a channel's invites (never the tokens, only their first 8 characters):\n"
    "id, prefix, uses, limit, expiry, approval, state and label. Times are local.\n"
    "\n"
    "  --json                 print {\"invites\":[...]} with ISO 8601 UTC times\n"
    "  --data DIR, --store URI\n";

static const char invite_revoke_usage[] =
    "usage: crier invite revoke SLUG TOKEN-OR-ID\n"
    "\n"
    "Revoke an invite by the id that `invite list` shows or by its token. Readers\n"
    "who already joined stay members.\n"
    "\n"
    "  --data DIR, --store URI\n";

static int invite_create_cmd(const struct cli_reader_globals *g, int argc, char **argv)
{
    static const struct args_spec specs[] = {{"expires", ARGS_VALUE},
                                             {"max-uses", ARGS_VALUE},
                                             {"approval", ARGS_FLAG},
                                             {"label", ARGS_VALUE},
                                             {"base-url", ARGS_VALUE},
                                             {"json", ARGS_FLAG},
                                             CR_STORE_OPTS,
                                             CR_END};
    struct args c = {.name = "invite create", .usage = invite_create_usage};
    struct store_invite inv;
    struct store_channel ch;
    struct store *st;
    char tok[READER_TOKEN_LEN + 1];
    const char *v, *base;
    int64_t secs = 0;
    int rc = args_parse(&c, argc, argv, specs, 1, 1, "SLUG");

    if (rc != ARGS_GO)
        return rc;
    memset(&inv, 0, sizeof inv);
    if ((v = args_opt(&c, "expires")) && parse_duration(v, &secs) < 0)
        return args_usage_error(&c, "invalid --expires '%s': N seconds or Ns, Nm, Nh, Nd, Nw", v);
    if ((v = args_opt(&c, "max-uses")) && args_parse_i64(v, 1, CR_USES_MAX, &inv.max_uses) < 0)
        return args_usage_error(&c, "invalid --max-uses '%s': a number from 1 to %lld", v,
                                (long long)CR_USES_MAX);
    if ((v = args_opt(&c, "label"))) {
        size_t n = strlen(v);
        int clean = n < sizeof inv.label && utf8_valid(v, n);
        for (size_t i = 0; clean && i < n; i++)
            clean = (unsigned char)v[i] >= 0x20 && v[i] != 0x7f;
        if (!clean)
            return args_usage_error(&c, "invalid --label: up to %zu bytes of text",
                                    sizeof inv.label - 1);
        snprintf(inv.label, sizeof inv.label, "%s", v);
    }
    /* The server's public base URL (CRIER_BASE_URL, as crier serve reads it)
     * unless --base-url says otherwise. */
    base = args_opt(&c, "base-url");
    if (!base && getenv("CRIER_BASE_URL") && *getenv("CRIER_BASE_URL"))
        base = getenv("CRIER_BASE_URL");
    if (base) {
        size_t n = strlen(base);
        if (n > CR_BASE_URL_MAX || baseurl_check(base) < 0)
            return args_usage_error(&c,
                                    "invalid --base-url (or CRIER_BASE_URL) '%s': an http or "
                                    "https URL",
                                    base);
        while (n && base[n - 1] == '/')
            n--;
        base = xstrndup(base, n);
    }
    inv.approval = args_opt(&c, "approval") != NULL;
    if ((rc = open_channel(g, &c, c.pos[0], &st, &ch)) != ARGS_GO) {
        free((char *)base);
        return rc;
    }
    inv.channel_id = ch.id;
    if (secs)
        inv.expires_at = crier_now_ms() + secs * 1000;
    int err = invite_create(st, &inv, tok);
    if (err < 0) {
        rc = args_fail("cannot create an invite: %s", crier_strerror(err));
    } else {
        char url[CR_BASE_URL_MAX + READER_TOKEN_LEN + 4];
        snprintf(url, sizeof url, "%s/+%s", base ? base : "", tok);
        if (args_opt(&c, "json")) {
            json_t *j = invite_json(&inv);
            json_object_set_new(j, "token", json_string(tok));
            json_object_set_new(j, "url", json_string(url));
            json_object_set_new(j, "channel", json_string(ch.slug));
            print_json_line(j);
        } else {
            puts(url);
        }
        rc = ARGS_EXIT_OK;
    }
    explicit_bzero(tok, sizeof tok);
    free((char *)base);
    store_channel_clear(&ch);
    store_close(st);
    return rc;
}

static int invite_list(const struct cli_reader_globals *g, int argc, char **argv)
{
    static const struct args_spec specs[] = {{"json", ARGS_FLAG}, CR_STORE_OPTS, CR_END};
    struct args c = {.name = "invite list", .usage = invite_list_usage};
    struct store_invite *invs = NULL;
    struct store_channel ch;
    struct store *st;
    size_t n = 0;
    int rc = args_parse(&c, argc, argv, specs, 1, 1, "SLUG");

    if (rc != ARGS_GO)
        return rc;
    if ((rc = open_channel(g, &c, c.pos[0], &st, &ch)) != ARGS_GO)
        return rc;
    int err = store_invite_list(st, ch.id, &invs, &n);
    if (err < 0) {
        rc = args_fail("cannot list the invites of %s: %s", ch.slug, crier_strerror(err));
    } else if (args_opt(&c, "json")) {
        json_t *arr = json_array();
        for (size_t i = 0; i < n; i++)
            json_array_append_new(arr, invite_json(&invs[i]));
        print_json_line(json_pack("{s:o}", "invites", arr));
        rc = ARGS_EXIT_OK;
    } else if (n == 0) {
        printf("no invites in %s\n", ch.slug);
        rc = ARGS_EXIT_OK;
    } else {
        int64_t now = crier_now_ms();
        printf("%6s  %-8s  %6s  %6s  %-16s  %-8s  %-8s  %s\n", "ID", "PREFIX", "USES", "MAX",
               "EXPIRES", "APPROVAL", "STATE", "LABEL");
        for (size_t i = 0; i < n; i++) {
            const struct store_invite *x = &invs[i];
            char exp[32], max[24];
            local_time(x->expires_at, exp);
            snprintf(max, sizeof max, x->max_uses ? "%lld" : "-", (long long)x->max_uses);
            const char *state = x->revoked_at                           ? "revoked"
                                : x->expires_at && now >= x->expires_at ? "expired"
                                : x->max_uses && x->uses >= x->max_uses ? "used-up"
                                                                        : "live";
            printf("%6lld  %-8s  %6lld  %6s  %-16s  %-8s  %-8s  ", (long long)x->id, x->prefix,
                   (long long)x->uses, max, exp, x->approval ? "yes" : "no", state);
            puts_clean(x->label[0] ? x->label : "-");
            putchar('\n');
        }
        rc = ARGS_EXIT_OK;
    }
    free(invs);
    store_channel_clear(&ch);
    store_close(st);
    return rc;
}

static int invite_revoke(const struct cli_reader_globals *g, int argc, char **argv)
{
    static const struct args_spec specs[] = {CR_STORE_OPTS, CR_END};
    struct args c = {.name = "invite revoke", .usage = invite_revoke_usage};
    struct store_channel ch;
    struct store *st;
    unsigned char hash[32];
    int64_t id = 0;
    int rc = args_parse(&c, argc, argv, specs, 2, 2, "SLUG and TOKEN-OR-ID");

    if (rc != ARGS_GO)
        return rc;
    const char *which = c.pos[1];
    size_t wl = strlen(which);
    if (wl < ROUTE_TOKEN_MIN && args_parse_i64(which, 1, INT64_MAX, &id) < 0)
        return args_usage_error(&c, "'%s' is neither an invite id nor a token", which);
    if (!id) {
        int shaped = wl <= ROUTE_TOKEN_MAX;
        for (size_t i = 0; shaped && i < wl; i++)
            shaped = (which[i] >= 'a' && which[i] <= 'z') || (which[i] >= 'A' && which[i] <= 'Z') ||
                     (which[i] >= '0' && which[i] <= '9') || which[i] == '-' || which[i] == '_';
        if (!shaped)
            return args_usage_error(&c, "'%s' is neither an invite id nor a token", which);
        auth_hash(which, wl, hash);
    }
    if ((rc = open_channel(g, &c, c.pos[0], &st, &ch)) != ARGS_GO)
        return rc;
    int err = store_invite_revoke(st, ch.id, id, id ? NULL : hash);
    if (err == -ENOENT)
        rc = args_fail("no such invite in %s", ch.slug);
    else if (err < 0)
        rc = args_fail("cannot revoke the invite: %s", crier_strerror(err));
    else {
        if (id)
            printf("revoked invite %lld of %s\n", (long long)id, ch.slug);
        else
            printf("revoked invite %.8s... of %s\n", which, ch.slug);
        rc = ARGS_EXIT_OK;
    }
    store_channel_clear(&ch);
    store_close(st);
    return rc;
}

/* ---- member ---- */

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
    "Every command takes --data DIR (default $CRIER_DATA, else " DEFAULT_DATA ") and\n"
    "--store URI. Run 'crier member <command> --help' for details.\n";

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

static const char *state_name(int state)
{
    return state == STORE_MEMBER_ACTIVE    ? "member"
           : state == STORE_MEMBER_PENDING ? "pending"
                                           : "none";
}

static int member_list(const struct cli_reader_globals *g, int argc, char **argv)
{
    static const struct args_spec specs[] = {
        {"pending", ARGS_FLAG}, {"json", ARGS_FLAG}, CR_STORE_OPTS, CR_END};
    struct args c = {.name = "member list", .usage = member_list_usage};
    struct store_member *ms = NULL;
    struct store_channel ch;
    struct store *st;
    size_t n = 0;
    int rc = args_parse(&c, argc, argv, specs, 1, 1, "SLUG");

    if (rc != ARGS_GO)
        return rc;
    if ((rc = open_channel(g, &c, c.pos[0], &st, &ch)) != ARGS_GO)
        return rc;
    int err =
        store_member_list(st, ch.id, args_opt(&c, "pending") ? STORE_MEMBER_PENDING : 0, &ms, &n);
    if (err < 0) {
        rc = args_fail("cannot list the members of %s: %s", ch.slug, crier_strerror(err));
    } else if (args_opt(&c, "json")) {
        json_t *arr = json_array();
        for (size_t i = 0; i < n; i++)
            json_array_append_new(
                arr,
                json_pack("{s:I, s:s, s:o, s:o}", "reader", (json_int_t)ms[i].reader_id, "state",
                          state_name(ms[i].state), "joined_at", iso_or_null(ms[i].joined_at),
                          "invite", ms[i].invite_id ? json_integer(ms[i].invite_id) : json_null()));
        print_json_line(json_pack("{s:o}", "members", arr));
        rc = ARGS_EXIT_OK;
    } else if (n == 0) {
        printf(args_opt(&c, "pending") ? "no pending requests in %s\n" : "no members in %s\n",
               ch.slug);
        rc = ARGS_EXIT_OK;
    } else {
        printf("%8s  %-8s  %-16s  %s\n", "READER", "STATE", "JOINED", "INVITE");
        for (size_t i = 0; i < n; i++) {
            char joined[32], invite[24];
            local_time(ms[i].joined_at, joined);
            snprintf(invite, sizeof invite, ms[i].invite_id ? "%lld" : "-",
                     (long long)ms[i].invite_id);
            printf("%8lld  %-8s  %-16s  %s\n", (long long)ms[i].reader_id, state_name(ms[i].state),
                   joined, invite);
        }
        rc = ARGS_EXIT_OK;
    }
    free(ms);
    store_channel_clear(&ch);
    store_close(st);
    return rc;
}

static int member_decide(const struct cli_reader_globals *g, int argc, char **argv, int approve)
{
    static const struct args_spec specs[] = {CR_STORE_OPTS, CR_END};
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
    if ((rc = open_channel(g, &c, c.pos[0], &st, &ch)) != ARGS_GO)
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

static int member_approve(const struct cli_reader_globals *g, int argc, char **argv)
{
    return member_decide(g, argc, argv, 1);
}

static int member_reject(const struct cli_reader_globals *g, int argc, char **argv)
{
    return member_decide(g, argc, argv, 0);
}

/* ---- dispatch ---- */

typedef int (*cr_fn)(const struct cli_reader_globals *g, int argc, char **argv);

struct cr_sub {
    const char *name;
    cr_fn fn;
};

static int run_group(const struct cli_reader_globals *g, const char *group, const char *usage,
                     const struct cr_sub *subs, int argc, char **argv)
{
    if (argc == 0) {
        fputs(usage, stderr);
        return ARGS_EXIT_USAGE;
    }
    if (args_is_help(argv[0]) || strcmp(argv[0], "help") == 0) {
        fputs(usage, stdout);
        return ARGS_EXIT_OK;
    }
    for (const struct cr_sub *s = subs; s->name; s++)
        if (strcmp(argv[0], s->name) == 0)
            return s->fn(g, argc - 1, argv + 1);
    fprintf(stderr, "crier %s: unknown command '%s'\nTry 'crier %s --help'.\n", group, argv[0],
            group);
    return ARGS_EXIT_USAGE;
}

int cli_reader_invite(int argc, char **argv, const struct cli_reader_globals *g)
{
    static const struct cr_sub subs[] = {{"create", invite_create_cmd},
                                         {"list", invite_list},
                                         {"revoke", invite_revoke},
                                         {NULL, NULL}};
    return run_group(g, "invite", invite_usage, subs, argc, argv);
}

int cli_reader_member(int argc, char **argv, const struct cli_reader_globals *g)
{
    static const struct cr_sub subs[] = {{"list", member_list},
                                         {"approve", member_approve},
                                         {"reject", member_reject},
                                         {NULL, NULL}};
    return run_group(g, "member", member_usage, subs, argc, argv);
}
