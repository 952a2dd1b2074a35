/*
 * cli_user.c: `crier user add|list|remove|reset`, the newsroom's accounts
 * and their roles, straight on the store in the data directory: how the
 * first owner of a channel gets in. A new account gets a one-time sign-in
 * link (valid for 7 days) that sets its password, unless --password-file
 * gives the password.
 */
#include "cli_int.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "baseurl.h"
#include "crier.h"
#include "store/store.h"
#include "team.h"
#include "xmalloc.h"

static const char user_add_usage[] =
    "usage: crier user add EMAIL --channel SLUG --role owner|editor|author\n"
    "                      [--may-publish] [--name NAME] [--password-file FILE]\n"
    "                      [--base-url URL] [--json]\n"
    "\n"
    "Give an account a role in a channel, creating the account if it is new, and\n"
    "print a one-time sign-in link to the studio that sets its password (valid 7\n"
    "days), unless --password-file gives the password (the file's first line).\n"
    "\n"
    "  --role R               owner (everything, the team too), editor (publish, edit\n"
    "                         and delete any post, steer the selections) or author\n"
    "                         (drafts, and their own posts)\n"
    "  --may-publish          an author may publish in this channel, not only draft\n"
    "  --name NAME            how the studio names the person\n"
    "  --base-url URL         the server's public URL, for the link (default\n"
    "                         $CRIER_BASE_URL; else the link is printed as a path)\n"
    "  --json                 print {\"email\",\"channel\",\"role\",\"link\"}\n"
    "  --data DIR, --store URI\n";

static const char user_list_usage[] = "usage: crier user list [--channel SLUG] [--json]\n"
                                      "\n"
                                      "The accounts and their roles (of one channel with\n"
                                      "--channel).\n"
                                      "\n"
                                      "  --data DIR, --store URI\n";

static const char user_remove_usage[] =
    "usage: crier user remove EMAIL [--channel SLUG]\n"
    "\n"
    "Take the account's role in one channel away, or without --channel delete the\n"
    "account (its sessions end at once). The posts it wrote stay.\n"
    "\n"
    "  --data DIR, --store URI\n";

static const char user_reset_usage[] =
    "usage: crier user reset EMAIL [--password-file FILE] [--base-url URL]\n"
    "\n"
    "End every session of the account and clear its password; print a new one-time\n"
    "sign-in link, or set the password from FILE.\n"
    "\n"
    "  --data DIR, --store URI\n";

/* The base URL for links: --base-url, else $CRIER_BASE_URL, else NULL (a
 * path is printed). Returns ARGS_GO or a usage error. */
static int link_base(struct args *c, char **out)
{
    const char *base = args_opt(c, "base-url");
    *out = NULL;
    if (!base && getenv("CRIER_BASE_URL") && *getenv("CRIER_BASE_URL"))
        base = getenv("CRIER_BASE_URL");
    if (!base)
        return ARGS_GO;
    size_t n = strlen(base);
    if (n > BASEURL_MAX || baseurl_check(base) < 0)
        return args_usage_error(c, "invalid --base-url (or CRIER_BASE_URL) '%s'", base);
    while (n && base[n - 1] == '/')
        n--;
    *out = xstrndup(base, n);
    return ARGS_GO;
}

/* The password from a file's first line, checked. ARGS_GO or an exit. */
static int read_password(const char *path, char *out, size_t outsz)
{
    struct buf b;
    int err = cli_read_small_file(path, 4096, &b);
    if (err < 0) {
        buf_free(&b);
        return args_fail("cannot read %s: %s", path, crier_strerror(err));
    }
    b.data[strcspn(b.data, "\r\n")] = '\0';
    const char *weak = team_password_weak(b.data);
    if (!weak)
        snprintf(out, outsz, "%s", b.data);
    explicit_bzero(b.data, b.len);
    buf_free(&b);
    return weak ? args_fail("%s: %s", path, weak) : ARGS_GO;
}

/* Sets the password from path, or makes a link into link (printed by the
 * caller). ARGS_GO or an exit status. */
static int password_or_link(struct store *st, struct store_user *u, const char *path,
                            const char *base, char *link, size_t linksz)
{
    link[0] = '\0';
    if (path) {
        char pw[TEAM_PASSWORD_MAX + 1], hash[160];
        int rc = read_password(path, pw, sizeof pw);
        if (rc != ARGS_GO)
            return rc;
        int err = team_password_hash(pw, hash);
        explicit_bzero(pw, sizeof pw);
        if (err == 0)
            err = store_user_set_password(st, u->id, hash);
        return err < 0 ? args_fail("cannot set the password: %s", crier_strerror(err)) : ARGS_GO;
    }
    char tok[TOKEN_LEN + 1];
    int err = team_link_new(st, u->id, tok);
    if (err < 0)
        return args_fail("cannot make a sign-in link: %s", crier_strerror(err));
    snprintf(link, linksz, "%s/studio/link/%s", base ? base : "", tok);
    explicit_bzero(tok, sizeof tok);
    return ARGS_GO;
}

int cli_user_add(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {{"channel", ARGS_VALUE},
                                             {"role", ARGS_VALUE},
                                             {"may-publish", ARGS_FLAG},
                                             {"name", ARGS_VALUE},
                                             {"password-file", ARGS_VALUE},
                                             {"base-url", ARGS_VALUE},
                                             OPT_JSON,
                                             OPT_DATA,
                                             OPT_STORE,
                                             OPT_END};
    struct args c = {.name = "user add", .usage = user_add_usage};
    struct store_user u = {0};
    struct store_channel ch;
    struct store *st = NULL;
    char email[STORE_EMAIL_MAX + 1], link[BASEURL_MAX + TOKEN_LEN + 32], *base = NULL;
    const char *v;
    int role = 0;
    int rc = args_parse(&c, argc, argv, specs, 1, 1, "EMAIL");

    if (rc != ARGS_GO)
        return rc;
    if (team_email_norm(c.pos[0], email) < 0)
        return args_usage_error(&c, "invalid email '%s'", c.pos[0]);
    if (!args_opt(&c, "channel"))
        return args_usage_error(&c, "--channel SLUG is required");
    if (team_role_parse(args_opt(&c, "role"), &role) < 0)
        return args_usage_error(&c, "--role owner, editor or author is required");
    if ((v = args_opt(&c, "name")) && strlen(v) >= sizeof u.name)
        return args_usage_error(&c, "--name: at most %zu bytes", sizeof u.name - 1);
    if (args_opt(&c, "password-file")) { /* refused before anything is stored */
        char pw[TEAM_PASSWORD_MAX + 1];
        rc = read_password(args_opt(&c, "password-file"), pw, sizeof pw);
        explicit_bzero(pw, sizeof pw);
        if (rc != ARGS_GO)
            return rc;
    }
    if ((rc = link_base(&c, &base)) != ARGS_GO)
        return rc;
    if ((rc = cli_load_channel(ctx, &c, args_opt(&c, "channel"), &st, &ch)) != ARGS_GO) {
        free(base);
        return rc;
    }
    int err = store_user_by_email(st, email, &u);
    int fresh = err == -ENOENT;
    if (fresh) {
        memset(&u, 0, sizeof u);
        snprintf(u.email, sizeof u.email, "%s", email);
        snprintf(u.name, sizeof u.name, "%s", v ? v : "");
        err = store_user_create(st, &u);
    }
    struct store_role_row r = {.user_id = u.id,
                               .channel_id = ch.id,
                               .role = role,
                               .may_publish = args_opt(&c, "may-publish") != NULL};
    if (err == 0)
        err = store_role_set(st, &r);
    if (err < 0) {
        rc = args_fail("cannot add %s: %s", email, crier_strerror(err));
        goto out;
    }
    /* A new account (or one that never set its password) gets its link. */
    link[0] = '\0';
    if (fresh || !u.pass[0] || args_opt(&c, "password-file"))
        rc = password_or_link(st, &u, args_opt(&c, "password-file"), base, link, sizeof link);
    else
        rc = ARGS_GO;
    if (rc != ARGS_GO)
        goto out;
    team_audit(st, ch.id, "cli", "member_add", 0, email);
    if (args_opt(&c, "json"))
        cli_print_json_new(json_pack("{s:s, s:s, s:s, s:b, s:s?}", "email", email, "channel",
                                     ch.slug, "role", team_role_name(role), "may_publish",
                                     r.may_publish, "link", link[0] ? link : NULL));
    else if (link[0])
        printf("%s\n", link);
    else
        printf("%s is %s of %s\n", email, team_role_name(role), ch.slug);
    rc = ARGS_EXIT_OK;
out:
    explicit_bzero(link, sizeof link);
    free(base);
    store_channel_clear(&ch);
    store_close(st);
    return rc;
}

int cli_user_list(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {
        {"channel", ARGS_VALUE}, OPT_JSON, OPT_DATA, OPT_STORE, OPT_END};
    struct args c = {.name = "user list", .usage = user_list_usage};
    struct store *st = NULL;
    struct store_channel ch = {0};
    struct store_user *users = NULL;
    struct store_role_row *roles = NULL;
    size_t nu = 0, nr = 0;
    int rc = args_parse(&c, argc, argv, specs, 0, 0, "");

    if (rc != ARGS_GO)
        return rc;
    if (args_opt(&c, "channel"))
        rc = cli_load_channel(ctx, &c, args_opt(&c, "channel"), &st, &ch);
    else
        rc = cli_open_store(ctx, &c, 0, &st);
    if (rc != ARGS_GO)
        return rc;
    int err = store_user_list(st, &users, &nu);
    if (err == 0)
        err = store_roles_of(st, 0, ch.id, &roles, &nr);
    if (err < 0) {
        rc = args_fail("cannot list the accounts: %s", crier_strerror(err));
        goto out;
    }
    json_t *arr = json_array();
    for (size_t i = 0; i < nu; i++) {
        json_t *rl = json_array();
        int any = 0;
        for (size_t k = 0; k < nr; k++)
            if (roles[k].user_id == users[i].id) {
                any = 1;
                json_array_append_new(rl, json_pack("{s:s, s:s, s:b}", "channel", roles[k].slug,
                                                    "role", team_role_name(roles[k].role),
                                                    "may_publish", roles[k].may_publish));
            }
        if (ch.id && !any) {
            json_decref(rl);
            continue;
        }
        json_array_append_new(arr, json_pack("{s:s, s:s, s:b, s:o}", "email", users[i].email,
                                             "name", users[i].name, "password",
                                             users[i].pass[0] != '\0', "roles", rl));
    }
    if (args_opt(&c, "json")) {
        cli_print_json_new(json_pack("{s:o}", "users", arr));
    } else {
        size_t i;
        json_t *o;
        json_array_foreach(arr, i, o)
        {
            cli_puts_clean(stdout, cli_json_str(o, "email"));
            if (!json_is_true(json_object_get(o, "password")))
                printf(" (no password yet)");
            size_t k;
            json_t *r;
            json_array_foreach(json_object_get(o, "roles"), k, r)
            {
                printf("%s %s of %s", k ? "," : ":", cli_json_str(r, "role"),
                       cli_json_str(r, "channel"));
                if (json_is_true(json_object_get(r, "may_publish")) &&
                    strcmp(cli_json_str(r, "role"), "author") == 0)
                    printf(" (may publish)");
            }
            printf("\n");
        }
        if (json_array_size(arr) == 0)
            printf("no accounts\n");
        json_decref(arr);
    }
    rc = ARGS_EXIT_OK;
out:
    free(users);
    free(roles);
    store_channel_clear(&ch);
    store_close(st);
    return rc;
}

int cli_user_remove(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {{"channel", ARGS_VALUE}, OPT_DATA, OPT_STORE, OPT_END};
    struct args c = {.name = "user remove", .usage = user_remove_usage};
    struct store *st = NULL;
    struct store_channel ch = {0};
    struct store_user u;
    char email[STORE_EMAIL_MAX + 1];
    int rc = args_parse(&c, argc, argv, specs, 1, 1, "EMAIL");

    if (rc != ARGS_GO)
        return rc;
    if (team_email_norm(c.pos[0], email) < 0)
        return args_usage_error(&c, "invalid email '%s'", c.pos[0]);
    if (args_opt(&c, "channel"))
        rc = cli_load_channel(ctx, &c, args_opt(&c, "channel"), &st, &ch);
    else
        rc = cli_open_store(ctx, &c, 0, &st);
    if (rc != ARGS_GO)
        return rc;
    int err = store_user_by_email(st, email, &u);
    if (err == 0)
        err = ch.id ? store_role_remove(st, u.id, ch.id) : store_user_delete(st, u.id);
    if (err == -ENOENT)
        rc = args_fail(ch.id ? "%s has no role in %s" : "no account %s", email, ch.slug);
    else if (err < 0)
        rc = args_fail("cannot remove %s: %s", email, crier_strerror(err));
    else
        rc = ARGS_EXIT_OK;
    if (err == 0 && ch.id)
        team_audit(st, ch.id, "cli", "member_remove", 0, email);
    explicit_bzero(u.pass, sizeof u.pass);
    store_channel_clear(&ch);
    store_close(st);
    return rc;
}

int cli_user_reset(const struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct args_spec specs[] = {
        {"password-file", ARGS_VALUE}, {"base-url", ARGS_VALUE}, OPT_DATA, OPT_STORE, OPT_END};
    struct args c = {.name = "user reset", .usage = user_reset_usage};
    struct store *st = NULL;
    struct store_user u;
    char email[STORE_EMAIL_MAX + 1], link[BASEURL_MAX + TOKEN_LEN + 32], *base = NULL;
    int rc = args_parse(&c, argc, argv, specs, 1, 1, "EMAIL");

    if (rc != ARGS_GO)
        return rc;
    if (team_email_norm(c.pos[0], email) < 0)
        return args_usage_error(&c, "invalid email '%s'", c.pos[0]);
    if ((rc = link_base(&c, &base)) != ARGS_GO)
        return rc;
    if ((rc = cli_open_store(ctx, &c, 0, &st)) != ARGS_GO) {
        free(base);
        return rc;
    }
    int err = store_user_by_email(st, email, &u);
    if (err == 0) /* every session ends here, whatever comes next */
        err = store_user_set_password(st, u.id, "");
    if (err == -ENOENT) {
        rc = args_fail("no account %s", email);
    } else if (err < 0) {
        rc = args_fail("cannot reset %s: %s", email, crier_strerror(err));
    } else if ((rc = password_or_link(st, &u, args_opt(&c, "password-file"), base, link,
                                      sizeof link)) == ARGS_GO) {
        if (link[0])
            printf("%s\n", link);
        else
            printf("%s has a new password; every session ended\n", email);
        rc = ARGS_EXIT_OK;
    }
    explicit_bzero(u.pass, sizeof u.pass);
    explicit_bzero(link, sizeof link);
    free(base);
    store_close(st);
    return rc;
}
