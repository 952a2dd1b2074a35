/*
 * cli_invite.c: `crier invite create|list|revoke`, a channel's invite links,
 * straight on the store in the data directory (like `crier channel`). A
 * reader who opens /+TOKEN and presses Join becomes a member, or waits for
 * `crier member approve` (cli_member.c). A line a person can read, or with
 * --json the same JSON the HTTP API answers.
 */
#include "cli_int.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "baseurl.h"
#include "crier.h"
#include "invite.h"
#include "reader.h"
#include "router.h"
#include "store/store.h"
#include "utf8.h"
#include "xmalloc.h"

#define CR_EXPIRES_MAX (10LL * 365 * 24 * 3600) /* seconds */
#define CR_USES_MAX 1000000000LL
#define CR_BASE_URL_MAX 512

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

int cli_invite_create(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {{"expires", ARGS_VALUE},
                                             {"max-uses", ARGS_VALUE},
                                             {"approval", ARGS_FLAG},
                                             {"label", ARGS_VALUE},
                                             {"base-url", ARGS_VALUE},
                                             {"json", ARGS_FLAG},
                                             OPT_DATA,
                                             OPT_STORE,
                                             OPT_END};
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
    if ((rc = cli_open_channel(ctx, &c, c.pos[0], &st, &ch)) != ARGS_GO) {
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
            cli_print_json_new(j);
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

int cli_invite_list(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {{"json", ARGS_FLAG}, OPT_DATA, OPT_STORE, OPT_END};
    struct args c = {.name = "invite list", .usage = invite_list_usage};
    struct store_invite *invs = NULL;
    struct store_channel ch;
    struct store *st;
    size_t n = 0;
    int rc = args_parse(&c, argc, argv, specs, 1, 1, "SLUG");

    if (rc != ARGS_GO)
        return rc;
    if ((rc = cli_open_channel(ctx, &c, c.pos[0], &st, &ch)) != ARGS_GO)
        return rc;
    int err = store_invite_list(st, ch.id, &invs, &n);
    if (err < 0) {
        rc = args_fail("cannot list the invites of %s: %s", ch.slug, crier_strerror(err));
    } else if (args_opt(&c, "json")) {
        json_t *arr = json_array();
        for (size_t i = 0; i < n; i++)
            json_array_append_new(arr, invite_json(&invs[i]));
        cli_print_json_new(json_pack("{s:o}", "invites", arr));
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
            cli_local_time_or_dash(x->expires_at, exp);
            snprintf(max, sizeof max, x->max_uses ? "%lld" : "-", (long long)x->max_uses);
            const char *state = x->revoked_at                           ? "revoked"
                                : x->expires_at && now >= x->expires_at ? "expired"
                                : x->max_uses && x->uses >= x->max_uses ? "used-up"
                                                                        : "live";
            printf("%6lld  %-8s  %6lld  %6s  %-16s  %-8s  %-8s  ", (long long)x->id, x->prefix,
                   (long long)x->uses, max, exp, x->approval ? "yes" : "no", state);
            cli_puts_strict(x->label[0] ? x->label : "-");
            putchar('\n');
        }
        rc = ARGS_EXIT_OK;
    }
    free(invs);
    store_channel_clear(&ch);
    store_close(st);
    return rc;
}

int cli_invite_revoke(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {OPT_DATA, OPT_STORE, OPT_END};
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
    if ((rc = cli_open_channel(ctx, &c, c.pos[0], &st, &ch)) != ARGS_GO)
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
