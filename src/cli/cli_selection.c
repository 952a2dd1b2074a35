/*
 * cli_selection.c: `crier selection preview|run|list|pin|exclude|unpin|config`,
 * a channel's morning and evening selections, through a running server's API.
 * Times a person types or reads are in the channel's time zone (tz.h), which
 * the server names in the channel's settings.
 */
#include "cli_int.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "client.h"
#include "crier.h"
#include "tz.h"

#define SELECTION_CLI_SLOTS_MAX 8 /* as SELECTION_SLOTS_MAX on the server */

#define SELECTION_REMOTE_HELP                                                                      \
    "  --server URL           default $CRIER_SERVER, else " CLI_DEFAULT_SERVER "\n"                \
    "  --token T              default $CRIER_TOKEN, else the contents of DIR/admin.token\n"        \
    "  --data DIR             default $CRIER_DATA, else " CLI_DEFAULT_DATA "\n"

static const char selection_preview_usage[] =
    "usage: crier selection preview SLUG [--slot NAME] [--at \"YYYY-MM-DD HH:MM\"] [--json]\n"
    "\n"
    "Show what a selection would hold, without publishing it: the slot, its local\n"
    "date, its window and the ranked items, each with its score broken down\n"
    "(importance, engagement, coverage, freshness) and the seqs of the posts merged\n"
    "into it. Needs a publish token of the channel, or an admin token.\n"
    "\n"
    "  --slot NAME            a configured slot (morning, evening, ...) or manual\n"
    "                         (default manual: the window up to --at, as `selection\n"
    "                         run` would publish it)\n"
    "  --at TIME              the moment of the selection, as a local time in the\n"
    "                         channel's time zone: \"2026-11-26 07:00\" (default now)\n"
    "  --json                 print the server's JSON answer\n" SELECTION_REMOTE_HELP;

static const char selection_run_usage[] =
    "usage: crier selection run SLUG [--json]\n"
    "\n"
    "Publish a selection now, over the posts since the previous selection (the last\n"
    "12 hours for the first one). Exits with 1 when no post qualifies.\n"
    "\n"
    "  --json                 print the server's JSON answer\n" SELECTION_REMOTE_HELP;

static const char selection_list_usage[] =
    "usage: crier selection list SLUG [--limit N] [--json]\n"
    "\n"
    "List the channel's published selections, newest first: seq, local date, slot\n"
    "and title.\n"
    "\n"
    "  --limit N              how many, 1 to 100 (default 20)\n"
    "  --json                 print {\"selections\":[...]} as the server gives it\n" SELECTION_REMOTE_HELP;

static const char selection_mark_usage[] =
    "usage: crier selection pin SLUG N\n"
    "       crier selection exclude SLUG N\n"
    "       crier selection unpin SLUG N\n"
    "\n"
    "Mark post #N (or --id ID) for the next selection: pin puts it in whatever its\n"
    "score, exclude keeps it out, unpin removes either mark. Publishing a\n"
    "selection clears the marks of the posts it covered.\n"
    "\n"
    "  --json                 print the server's JSON answer\n" SELECTION_REMOTE_HELP;

static const char selection_config_usage[] =
    "usage: crier selection config SLUG [options]\n"
    "\n"
    "Show or change a channel's selection settings. Without options it prints them;\n"
    "with options it changes those and prints the result. Changing them needs an\n"
    "admin token.\n"
    "\n"
    "  --on, --off            switch the scheduled selections on or off\n"
    "  --slot NAME=HH:MM      a slot at that local time (repeatable, up to 8); the\n"
    "                         given slots replace the current ones. NAME: 1-23 of\n"
    "                         a-z, 0-9 and '-' (morning and evening get their own\n"
    "                         titles)\n"
    "  --no-slots             remove every slot\n"
    "  --max-items N          at most N items per selection, 1 to 30\n"
    "  --tag-cap N            at most N items sharing one tag, 1 to 30\n"
    "  --weight NAME=VALUE    importance, engagement, coverage or freshness (0 to\n"
    "                         100), or group_threshold (0 to 1); repeatable\n"
    "  --json                 print the settings as JSON\n" SELECTION_REMOTE_HELP;

/*
 * Sends one request. Returns ARGS_GO with *resp (a JSON object, or NULL for an
 * answer without a body) for a 2xx answer, else ARGS_EXIT_FAIL after a message.
 */
static int remote_call(struct client *cl, const char *method, const char *path, json_t *body,
                       json_t **resp)
{
    long status = 0;
    int err;

    *resp = NULL;
    err = client_request(cl, method, path, body, &status, resp);
    if (err < 0 || status >= 400) {
        json_decref(*resp);
        *resp = NULL;
        return args_fail("%s", cl->error);
    }
    if (status < 200 || status > 299 || (status != 204 && !json_is_object(*resp))) {
        json_decref(*resp);
        *resp = NULL;
        return args_fail("unexpected answer from the server: HTTP %ld", status);
    }
    return ARGS_GO;
}

/* GET /api/v1/channels/SLUG into *ch. ARGS_GO or ARGS_EXIT_FAIL. */
static int remote_channel(struct client *cl, const char *slug, json_t **ch)
{
    char path[128];
    snprintf(path, sizeof path, "/api/v1/channels/%s", slug);
    return remote_call(cl, "GET", path, NULL, ch);
}

/* A slot name as the server accepts it: 1-23 of a-z, 0-9 and '-', not
 * starting with "manual" (the name of unscheduled selections). */
static int slot_name_valid(const char *s, size_t n)
{
    if (n == 0 || n > 23 || (n >= 6 && strncmp(s, "manual", 6) == 0))
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
            return 0;
    return 1;
}

static int digits_at(const char *s, size_t at, size_t n, int *out)
{
    int v = 0;
    for (size_t i = at; i < at + n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -EINVAL;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 0;
}

/* "HH:MM", 00:00 to 23:59. */
static int parse_hh_mm(const char *s, int *h, int *m)
{
    if (strlen(s) != 5 || s[2] != ':' || digits_at(s, 0, 2, h) < 0 || digits_at(s, 3, 2, m) < 0)
        return -EINVAL;
    return *h < 24 && *m < 60 ? 0 : -EINVAL;
}

/* "YYYY-MM-DD HH:MM[:SS]" (or with a 'T') into *c, checking the date. */
static int parse_local_time(const char *s, struct tz_civil *c)
{
    size_t n = strlen(s);
    struct tz_civil back;

    memset(c, 0, sizeof *c);
    if ((n != 16 && n != 19) || s[4] != '-' || s[7] != '-' || (s[10] != ' ' && s[10] != 'T') ||
        s[13] != ':' || (n == 19 && s[16] != ':'))
        return -EINVAL;
    if (digits_at(s, 0, 4, &c->year) < 0 || digits_at(s, 5, 2, &c->month) < 0 ||
        digits_at(s, 8, 2, &c->day) < 0 || digits_at(s, 11, 2, &c->hour) < 0 ||
        digits_at(s, 14, 2, &c->minute) < 0 || (n == 19 && digits_at(s, 17, 2, &c->second) < 0))
        return -EINVAL;
    if (c->year < 1970 || c->month < 1 || c->month > 12 || c->day < 1 || c->hour > 23 ||
        c->minute > 59 || c->second > 59)
        return -EINVAL;
    tz_civil_from_days(tz_days_from_civil(c->year, c->month, c->day), &back);
    if (back.year != c->year || back.month != c->month || back.day != c->day)
        return -EINVAL; /* 2026-02-30 */
    return 0;
}

/* "YYYY-MM-DD HH:MM" of ms in zone z, or in the process's local time when z
 * is NULL. */
static void zone_time(const struct tz *z, int64_t ms, char out[48])
{
    struct tz_civil c;
    int64_t s = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);

    if (!z) {
        cli_local_time(ms, 1, out);
        return;
    }
    if (tz_to_local(z, s, &c, NULL, NULL) < 0) {
        snprintf(out, 48, "?");
        return;
    }
    snprintf(out, 48, "%04d-%02d-%02d %02d:%02d", c.year, c.month, c.day, c.hour, c.minute);
}

/* The zone of a channel object, loaded; NULL (with a warning) when it cannot
 * be read here. */
static struct tz *channel_zone(json_t *ch, const char **name)
{
    struct tz *z = NULL;
    const char *tz = json_string_value(json_object_get(ch, "tz"));
    int err = tz ? tz_load(tz, &z) : -EINVAL;

    *name = tz;
    if (err < 0) {
        args_warn("cannot read the time zone %s here (%s); times are in local time",
                  tz ? tz : "(none)", crier_strerror(err));
        *name = NULL;
        return NULL;
    }
    return z;
}

/* Copies s into out (size n), control characters and non-ASCII bytes made
 * '?', cut to fit: for short fields printed in columns. */
static void clean_copy(const char *s, char *out, size_t n)
{
    size_t i = 0;
    for (; s[i] && i + 1 < n; i++)
        out[i] = (unsigned char)s[i] < 0x20 || (unsigned char)s[i] >= 0x7f ? '?' : s[i];
    out[i] = '\0';
}

/* "#134 with #131: BCE, taux, 4,5 %", one line per merged post. */
static void print_why(json_t *why)
{
    json_t *y, *t;
    size_t k, j;

    json_array_foreach(why, k, y)
    {
        json_t *shared = json_object_get(y, "shared");
        printf("      #%lld", (long long)cli_json_i64(y, "seq"));
        if (cli_json_i64(y, "with") > 0)
            printf(" with #%lld", (long long)cli_json_i64(y, "with"));
        json_array_foreach(shared, j, t)
        {
            fputs(j ? ", " : ": ", stdout);
            cli_puts_clean(stdout, json_string_value(t));
        }
        putchar('\n');
    }
}

static void print_preview(json_t *r, const struct tz *z, const char *zname)
{
    char ws[48], we[48];
    json_t *items = json_object_get(r, "items"), *it;
    size_t i;

    zone_time(z, cli_json_i64(r, "window_start"), ws);
    zone_time(z, cli_json_i64(r, "window_end"), we);
    fputs("slot        ", stdout);
    cli_puts_clean(stdout, cli_json_str(r, "slot"));
    fputs("\nlocal date  ", stdout);
    cli_puts_clean(stdout, cli_json_str(r, "local_date"));
    printf("\nwindow      %s to %s (%s)\n", ws, we, zname ? zname : "local time");
    printf("candidates  %lld\n", (long long)cli_json_i64(r, "candidates"));
    if (json_array_size(items) == 0) {
        puts("\nnothing qualifies: no selection would be published");
        return;
    }
    putchar('\n');
    json_array_foreach(items, i, it)
    {
        json_t *parts = json_object_get(it, "parts"), *merged = json_object_get(it, "merged"), *m;
        size_t k;
        printf("%2lld. %5.2f  imp %.2f eng %.2f cov %.2f fresh %.2f  #%lld ",
               (long long)cli_json_i64(it, "rank"), cli_json_num(it, "score"),
               cli_json_num(parts, "importance"), cli_json_num(parts, "engagement"),
               cli_json_num(parts, "coverage"), cli_json_num(parts, "freshness"),
               (long long)cli_json_i64(it, "seq"));
        cli_puts_clean(stdout, cli_json_str(it, "title"));
        if (json_is_true(json_object_get(it, "pinned")))
            fputs("  [pinned]", stdout);
        putchar('\n');
        if (*cli_json_str(it, "lede")) {
            fputs("    ", stdout);
            cli_puts_clean(stdout, cli_json_str(it, "lede"));
            putchar('\n');
        }
        if (json_array_size(merged) > 0) {
            fputs("    merged:", stdout);
            json_array_foreach(merged, k, m) printf(" #%lld", (long long)json_integer_value(m));
            putchar('\n');
        }
        print_why(json_object_get(it, "why"));
    }
}

int cli_selection_preview(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {
        {"slot", ARGS_VALUE}, {"at", ARGS_VALUE}, OPT_JSON, OPT_DATA, OPT_REMOTE, OPT_END};
    struct args c = {.name = "selection preview", .usage = selection_preview_usage};
    struct tz_civil want;
    struct client cl;
    struct tz *z = NULL;
    json_t *ch = NULL, *resp = NULL;
    const char *slot, *at, *zname = NULL;
    char path[256];
    int64_t at_ms = 0;
    int rc = cli_parse_slug(&c, argc, argv, specs, 1);

    if (rc != ARGS_GO)
        return rc;
    slot = args_opt(&c, "slot");
    if (slot && strcmp(slot, "manual") != 0 && !slot_name_valid(slot, strlen(slot)))
        return args_usage_error(&c,
                                "invalid --slot '%s': a configured slot's name (1-23 of a-z, "
                                "0-9 and '-') or manual",
                                slot);
    at = args_opt(&c, "at");
    if (at && parse_local_time(at, &want) < 0)
        return args_usage_error(&c,
                                "invalid --at '%s': use a local time in the channel's zone, "
                                "\"YYYY-MM-DD HH:MM\"",
                                at);
    if ((rc = cli_open_client(ctx, &c, 1, &cl)) != ARGS_GO)
        goto out;
    if (at || !args_opt(&c, "json")) {
        if ((rc = remote_channel(&cl, c.pos[0], &ch)) != ARGS_GO)
            goto out;
        if (at) {
            const char *tz = json_string_value(json_object_get(ch, "tz"));
            int64_t s;
            int err = tz ? tz_load(tz, &z) : -EINVAL;
            if (err < 0) {
                rc = args_fail("cannot read the time zone %s of channel %s: %s", tz ? tz : "(none)",
                               c.pos[0], crier_strerror(err));
                goto out;
            }
            zname = tz;
            if ((err = tz_from_local(z, &want, &s)) < 0) {
                rc = args_fail("cannot place %s in %s: %s", at, tz, crier_strerror(err));
                goto out;
            }
            at_ms = s * 1000;
        } else {
            z = channel_zone(ch, &zname);
        }
    }
    int n = snprintf(path, sizeof path, "/api/v1/channels/%s/selections/preview?slot=%s", c.pos[0],
                     slot ? slot : "manual");
    if (at)
        snprintf(path + n, sizeof path - (size_t)n, "&at=%lld", (long long)at_ms);
    if ((rc = remote_call(&cl, "GET", path, NULL, &resp)) != ARGS_GO)
        goto out;
    if (args_opt(&c, "json"))
        cli_print_json(resp);
    else
        print_preview(resp, z, zname);
    rc = ARGS_EXIT_OK;
out:
    json_decref(resp);
    json_decref(ch);
    tz_free(z);
    client_free(&cl);
    return rc;
}

int cli_selection_run(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {OPT_JSON, OPT_DATA, OPT_REMOTE, OPT_END};
    struct args c = {.name = "selection run", .usage = selection_run_usage};
    struct client cl;
    json_t *resp = NULL;
    char path[128];
    int rc = cli_parse_slug(&c, argc, argv, specs, 1);

    if (rc != ARGS_GO)
        return rc;
    if ((rc = cli_open_client(ctx, &c, 1, &cl)) == ARGS_GO) {
        snprintf(path, sizeof path, "/api/v1/channels/%s/selections", c.pos[0]);
        rc = remote_call(&cl, "POST", path, NULL, &resp);
    }
    if (rc == ARGS_GO) {
        if (args_opt(&c, "json"))
            cli_print_json(resp);
        else
            printf("published selection %s #%lld (%zu items)\n", c.pos[0],
                   (long long)cli_json_i64(resp, "seq"),
                   json_array_size(json_object_get(json_object_get(resp, "selection"), "items")));
        rc = ARGS_EXIT_OK;
    }
    json_decref(resp);
    client_free(&cl);
    return rc;
}

int cli_selection_list(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {
        {"limit", ARGS_VALUE}, OPT_JSON, OPT_DATA, OPT_REMOTE, OPT_END};
    struct args c = {.name = "selection list", .usage = selection_list_usage};
    struct client cl;
    json_t *resp = NULL, *sels, *s;
    const char *v;
    char path[160];
    int64_t limit = 20;
    size_t i;
    int rc = cli_parse_slug(&c, argc, argv, specs, 1);

    if (rc != ARGS_GO)
        return rc;
    if ((v = args_opt(&c, "limit")) && args_parse_i64(v, 1, 100, &limit) < 0)
        return args_usage_error(&c, "invalid --limit '%s': a number from 1 to 100", v);
    if ((rc = cli_open_client(ctx, &c, 0, &cl)) == ARGS_GO) {
        snprintf(path, sizeof path, "/api/v1/channels/%s/selections?limit=%lld", c.pos[0],
                 (long long)limit);
        rc = remote_call(&cl, "GET", path, NULL, &resp);
    }
    if (rc == ARGS_GO) {
        sels = json_object_get(resp, "selections");
        if (args_opt(&c, "json")) {
            cli_print_json(resp);
        } else if (json_array_size(sels) == 0) {
            puts("no selections");
        } else {
            int w = 4;
            json_array_foreach(sels, i, s)
            {
                if ((int)strlen(cli_json_str(s, "slot")) > w)
                    w = (int)strlen(cli_json_str(s, "slot"));
            }
            printf("%6s  %-10s  %-*s  %6s  %s\n", "SEQ", "DATE", w, "SLOT", "ID", "TITLE");
            json_array_foreach(sels, i, s)
            {
                char date[16], name[64];
                clean_copy(cli_json_str(s, "local_date"), date, sizeof date);
                clean_copy(cli_json_str(s, "slot"), name, sizeof name);
                printf("%6lld  %-10s  %-*s  %6lld  ", (long long)cli_json_i64(s, "seq"), date, w,
                       name, (long long)cli_json_i64(s, "id"));
                cli_puts_clean(stdout, cli_json_str(s, "title"));
                putchar('\n');
            }
        }
        rc = ARGS_EXIT_OK;
    }
    json_decref(resp);
    client_free(&cl);
    return rc;
}

/* pin, exclude and unpin: PUT .../posts/ID/selection {"mark": ...}. */
static int selection_mark(const struct cli_ctx *ctx, int argc, char **argv, const char *name,
                          const char *mark)
{
    static const struct args_spec specs[] = {
        OPT_JSON, OPT_DATA, OPT_REMOTE, {"id", ARGS_VALUE}, OPT_END};
    char cname[32];
    struct args c = {.name = cname, .usage = selection_mark_usage};
    struct client cl;
    json_t *resp = NULL, *body;
    char path[192];
    int64_t id;
    long status = 0;
    int rc;

    snprintf(cname, sizeof cname, "selection %s", name);
    int64_t number = 0;
    rc = cli_parse_slug(&c, argc, argv, specs, 2);
    if (rc != ARGS_GO)
        return rc;
    if ((rc = cli_resolve_post(ctx, &c, c.pos[0], c.npos > 1 ? c.pos[1] : NULL, &id, &number)) !=
        ARGS_GO)
        return rc;
    if ((rc = cli_open_client(ctx, &c, 1, &cl)) != ARGS_GO) {
        client_free(&cl);
        return rc;
    }
    snprintf(path, sizeof path, "/api/v1/channels/%s/posts/%lld/selection", c.pos[0],
             (long long)id);
    body = json_pack("{s:s}", "mark", mark);
    int err = client_request(&cl, "PUT", path, body, &status, &resp);
    json_decref(body);
    if (err == 0 && status == 404 &&
        strcmp(cli_json_str(resp, "message"), "no such resource") == 0) {
        rc = args_fail("no post %s%lld in %s that a selection can take (it is deleted, "
                       "scheduled or a selection)",
                       number ? "#" : "id ", (long long)(number ? number : id), c.pos[0]);
    } else if (err < 0 || status >= 400) {
        rc = args_fail("%s", cl.error);
    } else if (status < 200 || status > 299 || !json_is_object(resp)) {
        rc = args_fail("unexpected answer from the server: HTTP %ld", status);
    } else {
        if (args_opt(&c, "json"))
            cli_print_json(resp);
        else if (strcmp(mark, "pin") == 0 && json_is_object(json_object_get(resp, "covered_by"))) {
            json_t *cov = json_object_get(resp, "covered_by");
            printf("pinned %s %s%lld, but the %s selection of %s (#%lld) already covered it: no "
                   "later selection will take it\n",
                   c.pos[0], number ? "#" : "id ", (long long)(number ? number : id),
                   cli_json_str(cov, "slot"), cli_json_str(cov, "local_date"),
                   (long long)cli_json_i64(cov, "seq"));
        } else if (strcmp(mark, "pin") == 0)
            printf("pinned %s %s%lld into the next selection\n", c.pos[0], number ? "#" : "id ",
                   (long long)(number ? number : id));
        else if (strcmp(mark, "exclude") == 0)
            printf("excluded %s %s%lld from the selections\n", c.pos[0], number ? "#" : "id ",
                   (long long)(number ? number : id));
        else
            printf("cleared the selection mark of %s %s%lld\n", c.pos[0], number ? "#" : "id ",
                   (long long)(number ? number : id));
        rc = ARGS_EXIT_OK;
    }
    json_decref(resp);
    client_free(&cl);
    return rc;
}

int cli_selection_pin(const struct cli_ctx *ctx, int argc, char **argv)
{
    return selection_mark(ctx, argc, argv, "pin", "pin");
}

int cli_selection_exclude(const struct cli_ctx *ctx, int argc, char **argv)
{
    return selection_mark(ctx, argc, argv, "exclude", "exclude");
}

int cli_selection_unpin(const struct cli_ctx *ctx, int argc, char **argv)
{
    return selection_mark(ctx, argc, argv, "unpin", "none");
}

static void print_selection_config(json_t *sel, const char *tz)
{
    json_t *slots = json_object_get(sel, "slots"), *s, *w = json_object_get(sel, "weights");
    size_t i;

    printf("selections  %s\nslots       ",
           json_is_true(json_object_get(sel, "enabled")) ? "on" : "off");
    if (json_array_size(slots) == 0)
        fputs("none", stdout);
    json_array_foreach(slots, i, s)
    {
        if (i > 0)
            fputs(", ", stdout);
        cli_puts_clean(stdout, cli_json_str(s, "name"));
        putchar(' ');
        cli_puts_clean(stdout, cli_json_str(s, "time"));
    }
    if (json_array_size(slots) > 0 && tz) {
        fputs(" (", stdout);
        cli_puts_clean(stdout, tz);
        putchar(')');
    }
    printf("\nmax items   %lld\ntag cap     %lld\n", (long long)cli_json_i64(sel, "max_items"),
           (long long)cli_json_i64(sel, "tag_cap"));
    printf("weights     importance %g, engagement %g, coverage %g, freshness %g, "
           "group_threshold %g\n",
           cli_json_num(w, "importance"), cli_json_num(w, "engagement"),
           cli_json_num(w, "coverage"), cli_json_num(w, "freshness"),
           cli_json_num(w, "group_threshold"));
}

static const char *const selection_weight_names[] = {"importance", "engagement",      "coverage",
                                                     "freshness",  "group_threshold", NULL};

/* Builds the settings patch from the options; ARGS_GO or ARGS_EXIT_USAGE. *weights
 * gets the --weight values (or stays NULL). */
static int selection_config_patch_from(const struct args *c, json_t *patch, json_t **weights)
{
    const char *v, *vals[SELECTION_CLI_SLOTS_MAX + 1];
    int64_t n;

    *weights = NULL;
    if (args_opt(c, "on") && args_opt(c, "off"))
        return args_usage_error(c, "give --on or --off, not both");
    if (args_opt(c, "on") || args_opt(c, "off"))
        json_object_set_new(patch, "enabled", json_boolean(args_opt(c, "on") != NULL));
    size_t ns = args_opt_all(c, "slot", vals, SELECTION_CLI_SLOTS_MAX + 1);
    if (ns > 0 && args_opt(c, "no-slots"))
        return args_usage_error(c, "give --slot or --no-slots, not both");
    if (ns > SELECTION_CLI_SLOTS_MAX)
        return args_usage_error(c, "at most %d --slot", SELECTION_CLI_SLOTS_MAX);
    if (ns > 0 || args_opt(c, "no-slots")) {
        json_t *arr = json_array();
        json_object_set_new(patch, "slots", arr);
        for (size_t i = 0; i < ns; i++) {
            const char *eq = strchr(vals[i], '=');
            int h, m;
            char name[32];
            if (!eq || !slot_name_valid(vals[i], (size_t)(eq - vals[i])))
                return args_usage_error(c,
                                        "invalid --slot '%s': use NAME=HH:MM, NAME being 1-23 of "
                                        "a-z, 0-9 and '-', not starting with 'manual'",
                                        vals[i]);
            if (parse_hh_mm(eq + 1, &h, &m) < 0)
                return args_usage_error(c, "invalid --slot '%s': the time is HH:MM, 00:00 to 23:59",
                                        vals[i]);
            snprintf(name, sizeof name, "%.*s", (int)(eq - vals[i]), vals[i]);
            for (size_t k = 0; k < i; k++)
                if (strncmp(vals[k], vals[i], (size_t)(eq - vals[i]) + 1) == 0)
                    return args_usage_error(c, "--slot %s is given twice", name);
            json_array_append_new(arr, json_pack("{s:s, s:s}", "name", name, "time", eq + 1));
        }
    }
    if ((v = args_opt(c, "max-items"))) {
        if (args_parse_i64(v, 1, 30, &n) < 0)
            return args_usage_error(c, "invalid --max-items '%s': a number from 1 to 30", v);
        json_object_set_new(patch, "max_items", json_integer((json_int_t)n));
    }
    if ((v = args_opt(c, "tag-cap"))) {
        if (args_parse_i64(v, 1, 30, &n) < 0)
            return args_usage_error(c, "invalid --tag-cap '%s': a number from 1 to 30", v);
        json_object_set_new(patch, "tag_cap", json_integer((json_int_t)n));
    }
    const char *ws[16];
    size_t nw = args_opt_all(c, "weight", ws, 16);
    if (nw > 16)
        return args_usage_error(c, "too many --weight");
    for (size_t i = 0; i < nw; i++) {
        const char *eq = strchr(ws[i], '=');
        const char *const *k;
        size_t len = eq ? (size_t)(eq - ws[i]) : 0;
        for (k = selection_weight_names; *k; k++)
            if (strlen(*k) == len && strncmp(*k, ws[i], len) == 0)
                break;
        if (!eq || !*k)
            return args_usage_error(c,
                                    "invalid --weight '%s': use NAME=VALUE with NAME importance, "
                                    "engagement, coverage, freshness or group_threshold",
                                    ws[i]);
        char *end;
        errno = 0;
        double d = strtod(eq + 1, &end);
        double max = strcmp(*k, "group_threshold") == 0 ? 1 : 100;
        if (eq[1] == '\0' || *end || errno || !(d >= 0 && d <= max))
            return args_usage_error(c, "invalid --weight '%s': %s is a number from 0 to %g", ws[i],
                                    *k, max);
        if (!*weights)
            *weights = json_object();
        if (json_object_get(*weights, *k))
            return args_usage_error(c, "--weight %s is given twice", *k);
        json_object_set_new(*weights, *k, json_real(d));
    }
    return ARGS_GO;
}

int cli_selection_config(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {{"on", ARGS_FLAG},
                                             {"off", ARGS_FLAG},
                                             {"slot", ARGS_MULTI},
                                             {"no-slots", ARGS_FLAG},
                                             {"max-items", ARGS_VALUE},
                                             {"tag-cap", ARGS_VALUE},
                                             {"weight", ARGS_MULTI},
                                             OPT_JSON,
                                             OPT_DATA,
                                             OPT_REMOTE,
                                             OPT_END};
    struct args c = {.name = "selection config", .usage = selection_config_usage};
    struct client cl;
    json_t *patch = json_object(), *weights = NULL, *ch = NULL, *resp = NULL, *body = NULL;
    char path[128];
    int rc = cli_parse_slug(&c, argc, argv, specs, 1);

    if (rc != ARGS_GO)
        goto out_nocl;
    if ((rc = selection_config_patch_from(&c, patch, &weights)) != ARGS_GO)
        goto out_nocl;
    int change = json_object_size(patch) > 0 || weights;
    if ((rc = cli_open_client(ctx, &c, change, &cl)) != ARGS_GO)
        goto out;
    if (!change || weights) {
        if ((rc = remote_channel(&cl, c.pos[0], &ch)) != ARGS_GO)
            goto out;
    }
    if (weights) {
        /* The server merges the settings one level deep: send every weight,
         * the current ones with the given ones over them. */
        json_t *cur = json_object_get(json_object_get(ch, "selection"), "weights");
        json_t *all = json_is_object(cur) ? json_deep_copy(cur) : json_object();
        json_object_update(all, weights);
        json_object_set_new(patch, "weights", all);
    }
    if (change) {
        snprintf(path, sizeof path, "/api/v1/channels/%s", c.pos[0]);
        body = json_pack("{s:O}", "selection", patch);
        json_decref(ch);
        ch = NULL;
        if ((rc = remote_call(&cl, "PATCH", path, body, &resp)) != ARGS_GO)
            goto out;
        ch = resp;
        resp = NULL;
    }
    json_t *sel = json_object_get(ch, "selection");
    if (!json_is_object(sel)) {
        rc = args_fail("the server did not send the selection settings of %s", c.pos[0]);
        goto out;
    }
    if (args_opt(&c, "json"))
        cli_print_json(sel);
    else
        print_selection_config(sel, json_string_value(json_object_get(ch, "tz")));
    rc = ARGS_EXIT_OK;
out:
    client_free(&cl);
out_nocl:
    json_decref(body);
    json_decref(resp);
    json_decref(ch);
    json_decref(weights);
    json_decref(patch);
    return rc;
}
