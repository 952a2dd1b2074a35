/*
 * cli_push.c: `crier push key|rotate-key|stats` on the store in the data
 * directory, and `crier email test ADDRESS`, which sends one message through
 * the SMTP settings the server would use.
 */
#include "cli_int.h"

#include <errno.h>
#include <string.h>

#include "crier.h"
#include "mail.h"
#include "notify.h"
#include "outbound.h"
#include "store/store.h"

static const char push_key_usage[] =
    "usage: crier push key\n"
    "\n"
    "Print the node's Web Push public key (VAPID, base64url), the one browsers\n"
    "subscribe with and GET /api/v1/push/key answers. Made on first use.\n"
    "\n"
    "  --data DIR, --store URI\n";

static const char push_rotate_usage[] =
    "usage: crier push rotate-key --yes\n"
    "\n"
    "Replace the node's Web Push key. What it costs: every browser subscribed so far\n"
    "subscribed with the old key, and push services refuse pushes signed with\n"
    "another one. Those readers get no notifications until they open the app again,\n"
    "which then subscribes anew by itself; subscriptions still failing after three\n"
    "days are dropped. Rotate only if the key has leaked. Restart the server after.\n"
    "\n"
    "  --yes                  do it (without it, nothing changes)\n"
    "  --data DIR, --store URI\n";

static const char push_stats_usage[] =
    "usage: crier push stats [--json]\n"
    "\n"
    "Push subscriptions, email subscribers, and the delivery queue.\n"
    "\n"
    "  --json                 print the figures as one JSON object\n"
    "  --data DIR, --store URI\n";

static const char email_test_usage[] =
    "usage: crier email test ADDRESS --smtp-url URL --mail-from FROM\n"
    "\n"
    "Send one short message to ADDRESS through the SMTP server, as the server\n"
    "would send editions, and say what the server answered.\n"
    "\n"
    "  --smtp-url URL         smtp://[USER:PASS@]HOST:587 or smtps://...\n"
    "                         (default $CRIER_SMTP_URL)\n"
    "  --mail-from FROM       the sender address (default $CRIER_MAIL_FROM)\n";

static int push_key_cmd(const struct cli_ctx *ctx, int argc, char **argv, int rotate)
{
    static const struct args_spec specs[] = {OPT_DATA, OPT_STORE, {"yes", ARGS_FLAG}, OPT_END};
    struct args c = {.name = rotate ? "push rotate-key" : "push key",
                     .usage = rotate ? push_rotate_usage : push_key_usage};
    struct store *st = NULL;
    char key[VAPID_PUBLIC_B64_LEN + 1];
    int rc = args_parse(&c, argc, argv, specs, 0, 0, "");

    if (rc != ARGS_GO)
        return rc;
    if (rotate && !args_opt(&c, "yes")) {
        fputs(push_rotate_usage, stderr);
        return args_fail("push rotate-key: nothing changed (add --yes)");
    }
    if ((rc = cli_open_store(ctx, &c, 1, &st)) != ARGS_GO)
        return rc;
    rc = notify_key(st, rotate, key);
    store_close(st);
    if (rc < 0)
        return args_fail("%s: %s", c.name, crier_strerror(rc));
    printf("%s\n", key);
    if (rotate)
        fprintf(stderr, "push rotate-key: done; restart the server to sign with the new key\n");
    return ARGS_EXIT_OK;
}

int cli_push_key(const struct cli_ctx *ctx, int argc, char **argv)
{
    return push_key_cmd(ctx, argc, argv, 0);
}

int cli_push_rotate(const struct cli_ctx *ctx, int argc, char **argv)
{
    return push_key_cmd(ctx, argc, argv, 1);
}

int cli_push_stats(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {OPT_JSON, OPT_DATA, OPT_STORE, OPT_END};
    struct args c = {.name = "push stats", .usage = push_stats_usage};
    struct store_notify_stats s;
    struct store *st = NULL;
    int rc = args_parse(&c, argc, argv, specs, 0, 0, "");

    if (rc != ARGS_GO || (rc = cli_open_store(ctx, &c, 0, &st)) != ARGS_GO)
        return rc;
    rc = store_notify_stats(st, &s);
    store_close(st);
    if (rc < 0)
        return args_fail("push stats: %s", crier_strerror(rc));
    int64_t lag = s.oldest_due_ms ? (crier_now_ms() - s.oldest_due_ms) / 1000 : 0;
    if (args_opt(&c, "json")) {
        cli_print_json_new(
            json_pack("{s:I, s:I, s:I, s:I, s:I, s:I}", "push_subscriptions",
                      (json_int_t)s.push_subs, "email_confirmed", (json_int_t)s.email_confirmed,
                      "email_pending", (json_int_t)s.email_pending, "queue", (json_int_t)s.outbox,
                      "queue_due", (json_int_t)s.outbox_due, "lag_seconds", (json_int_t)lag));
        return ARGS_EXIT_OK;
    }
    printf("push subscriptions  %lld\n"
           "email subscribers   %lld confirmed, %lld waiting for confirmation\n"
           "queue               %lld jobs, %lld due now\n"
           "lag                 %lld s (the oldest job due now)\n",
           (long long)s.push_subs, (long long)s.email_confirmed, (long long)s.email_pending,
           (long long)s.outbox, (long long)s.outbox_due, (long long)lag);
    return ARGS_EXIT_OK;
}

static void test_done(void *arg, struct outbound_req *r)
{
    *(int *)arg = 1;
    (void)r;
}

int cli_email_test(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {
        {"smtp-url", ARGS_VALUE}, {"mail-from", ARGS_VALUE}, OPT_END};
    struct args c = {.name = "email test", .usage = email_test_usage};
    struct outbound_options o = {.max_inflight = 1, .timeout_ms = 60000, .connect_ms = 15000};
    struct outbound *ob = NULL;
    struct outbound_req r;
    struct buf msg;
    const char *to, *url, *from;
    int rc = args_parse(&c, argc, argv, specs, 1, 1, "ADDRESS"), done = 0;

    (void)ctx;
    if (rc != ARGS_GO)
        return rc;
    to = c.pos[0];
    url = args_opt(&c, "smtp-url") ? args_opt(&c, "smtp-url") : cli_env("CRIER_SMTP_URL", NULL);
    from = args_opt(&c, "mail-from") ? args_opt(&c, "mail-from") : cli_env("CRIER_MAIL_FROM", NULL);
    if (mail_address_check(to) < 0)
        return args_usage_error(&c, "'%s' is not an email address", to);
    if (!url || (strncmp(url, "smtp://", 7) != 0 && strncmp(url, "smtps://", 8) != 0))
        return args_usage_error(&c, "--smtp-url smtp://HOST:PORT or smtps://HOST:PORT is needed");
    if (!from || mail_address_check(from) < 0)
        return args_usage_error(&c, "--mail-from ADDRESS is needed");
    struct mail_msg m = {.from_name = "crier",
                         .from = from,
                         .to = to,
                         .subject = "crier: test message / message d’essai",
                         .text = "This message checks the mail settings of a crier server.\n"
                                 "Ce message vérifie les réglages d’envoi d’un serveur crier.\n",
                         .date_s = crier_now_ms() / 1000,
                         .msgid_right = strchr(from, '@') + 1};
    buf_init(&msg, 64 * 1024);
    if ((rc = mail_build(&m, &msg)) < 0 || (rc = outbound_new(&ob, &o)) < 0) {
        buf_free(&msg);
        return args_fail("email test: %s", crier_strerror(rc));
    }
    memset(&r, 0, sizeof r);
    r.kind = OUTBOUND_SMTP;
    r.url = url;
    r.mail_from = from;
    r.rcpt = to;
    r.body = msg.data;
    r.body_len = msg.len;
    if ((rc = outbound_add(ob, &r)) == 0)
        while (!done && (rc = outbound_run(ob, 1000, test_done, &done)) >= 0)
            ;
    outbound_free(ob);
    buf_free(&msg);
    if (rc < 0 && !done)
        return args_fail("email test: %s", crier_strerror(rc));
    if (r.err || r.status < 200 || r.status >= 300)
        return args_fail("email test: not sent: %ld %s", r.status,
                         r.errmsg[0] ? r.errmsg : crier_strerror(r.err));
    printf("sent to %s: the server answered %ld\n", to, r.status);
    return ARGS_EXIT_OK;
}
