/*
 * page_studio: the newsroom's studio, its door. Every studio
 * page needs the crier_studio session (team.h): without one, whatever the
 * route, the answer is the sign-in page (a reader's cookie opens nothing).
 * Signing in runs Argon2 on this worker thread, after the per-address limit
 * (api.c) and the per-account limit (here); a one-time link sets the
 * password and signs in. Every form posts with the CSRF field and a
 * same-origin Origin, and works without JavaScript (web/studio.js only
 * adds the Markdown toolbar and the photo upload).
 *
 * page_studio_kit.c holds what every studio page uses (the page frame, the
 * channel's tabs, forms, the CSRF check); page_studio_post.c writes compose,
 * the stream and a post's actions;
 * page_studio_team.c the team, the audit log and the sources;
 * page_studio_stats.c the stats and the next selection;
 * page_studio_readers.c the invites and the members waiting for approval.
 */
#include "page_int.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "crier.h"
#include "log.h"
#include "ratelimit.h"
#include "studio_device.h"
#include "xmalloc.h"

#define STUDIO_COOKIE_MAX_AGE (TEAM_SESSION_DAYS * 86400)

/* ---- signing in ---- */

/* An Argon2 hash no password matches that anyone knows: checked against
 * when the account is unknown (or has no password yet), so that the answer
 * takes as long as for a wrong password. */
static char dummy_hash[160];
static pthread_once_t dummy_once = PTHREAD_ONCE_INIT;

static void dummy_make(void)
{
    char pw[TOKEN_LEN + 1];
    if (token_new(pw) < 0 || team_password_hash(pw, dummy_hash) < 0)
        dummy_hash[0] = '\0';
    explicit_bzero(pw, sizeof pw);
}

static void session_cookie(struct studio *s, const char *token, int max_age)
{
    reader_header_add(s->p.res,
                      "Set-Cookie: " TEAM_COOKIE "=%s; Path=/; Max-Age=%d; HttpOnly; "
                      "SameSite=Strict%s",
                      token, max_age, s->p.rc.tls ? "; Secure" : "");
}

/* The sign-in form, with an error (NULL: none) and the email kept. */
static void signin_page(struct studio *s, int status, const char *error, const char *email)
{
    struct buf *b = s->p.b;
    const struct page_text *tx = s->p.tx;
    ps_begin(s, tx->st_signin_title, "studio-signin");
    s->p.res->status = status;
    buf_appends(b, "<div class=\"card narrow\">\n<h1>");
    page_esc(b, tx->st_signin_title);
    buf_appends(b, "</h1>\n");
    if (error) {
        buf_appends(b, "<p class=\"error\" role=\"alert\">");
        page_esc(b, error);
        buf_appends(b, "</p>\n");
    }
    buf_appends(b, "<form method=\"post\" action=\"/studio/signin\" class=\"stack\">");
    ps_csrf_input(s);
    buf_appends(b, "<label>");
    page_esc(b, tx->st_email);
    buf_appends(b, "<input type=\"email\" name=\"email\" autocomplete=\"username\" required");
    page_attr(b, "value", email ? email : "");
    buf_appends(b, "></label><label>");
    page_esc(b, tx->st_password);
    buf_appends(b, "<input type=\"password\" name=\"password\" autocomplete=\"current-password\" "
                   "required></label><button type=\"submit\" class=\"btn primary\">");
    page_esc(b, tx->st_signin);
    buf_appends(b, "</button></form>\n</div>\n");
    ps_end(s);
}

static void busy_page(struct studio *s)
{
    reader_header_add(s->p.res, "Retry-After: 1");
    signin_page(s, 503, s->p.tx->st_signin_busy, NULL);
}

/* The bucket a sign-in at email counts in: the account's, or, from a
 * browser this node knows for the account (studio_device.h), that
 * browser's own. *known says which. */
static void signin_key(struct studio *s, const char *email, const struct store_user *u, int found,
                       char key[STORE_EMAIL_MAX + STUDIO_DEVICE_ID_LEN + 2], int *known)
{
    char cookie[STUDIO_DEVICE_VALUE_MAX], device[STUDIO_DEVICE_ID_LEN + 1];
    *known = found && s->env->device_secret &&
             reader_cookie_get(s->p.req, STUDIO_DEVICE_COOKIE, cookie, sizeof cookie) > 0 &&
             studio_device_check(s->env->device_secret, cookie, u->id, crier_now_ms() / 1000,
                                 device) == 0;
    if (*known)
        snprintf(key, STORE_EMAIL_MAX + STUDIO_DEVICE_ID_LEN + 2, "%s|%s", email, device);
    else
        snprintf(key, STORE_EMAIL_MAX + STUDIO_DEVICE_ID_LEN + 2, "%s", email);
}

/* After a sign-in from a browser the node did not know for u: a cookie
 * that makes it known (its failures count apart from the account's). */
static void device_cookie(struct studio *s, const struct store_user *u)
{
    char value[STUDIO_DEVICE_VALUE_MAX];
    if (!s->env->device_secret ||
        studio_device_make(s->env->device_secret, u->id, crier_now_ms() / 1000, value) < 0)
        return;
    reader_header_add(s->p.res,
                      "Set-Cookie: " STUDIO_DEVICE_COOKIE "=%s; Path=/studio; Max-Age=%d; "
                      "HttpOnly; SameSite=Strict%s",
                      value, STUDIO_DEVICE_DAYS * 86400, s->p.rc.tls ? "; Secure" : "");
}

static void signin_post(struct studio *s)
{
    char email_in[STORE_EMAIL_MAX + 2], email[STORE_EMAIL_MAX + 1], pw[TEAM_PASSWORD_MAX + 2];
    char tok[TOKEN_LEN + 1], key[STORE_EMAIL_MAX + STUDIO_DEVICE_ID_LEN + 2];
    struct store_user u;
    int64_t retry_ms = 0;
    int known = 0;

    if (ps_csrf(s) < 0)
        return;
    if (ps_field(s, "email", email_in, sizeof email_in) < 0 || team_email_norm(email_in, email) < 0)
        email[0] = '\0';
    if (ps_field(s, "password", pw, sizeof pw) < 0)
        pw[0] = '\0';
    int rc = email[0] ? store_user_by_email(s->p.st, email, &u) : -ENOENT;
    if (rc < 0 && rc != -ENOENT) {
        explicit_bzero(pw, sizeof pw);
        ps_message(s, 500, s->p.tx->err_title, s->p.tx->err_text, NULL, NULL);
        return;
    }
    signin_key(s, email, &u, rc == 0, key, &known);
    if (email[0] && ratelimit_take(s->env->signin_email, key, ratelimit_now_ms(), &retry_ms) < 0) {
        explicit_bzero(pw, sizeof pw);
        explicit_bzero(u.pass, sizeof u.pass);
        page_studio_too_many(s->p.st, s->p.req, s->p.res, (retry_ms + 999) / 1000);
        return;
    }
    if (rc == -ENOENT || !u.pass[0]) {
        pthread_once(&dummy_once, dummy_make);
        rc = team_password_check(dummy_hash, pw) == -EBUSY ? -EBUSY : -EACCES;
    } else {
        rc = team_password_check(u.pass, pw);
    }
    explicit_bzero(pw, sizeof pw);
    explicit_bzero(u.pass, sizeof u.pass);
    if (rc == -EBUSY) {
        busy_page(s);
        return;
    }
    if (rc < 0) {
        signin_page(s, 401, s->p.tx->st_signin_bad, email_in);
        return;
    }
    if ((rc = team_session_start(s->p.st, &u, tok)) < 0) {
        ps_message(s, 500, s->p.tx->err_title, s->p.tx->err_text, NULL, NULL);
        return;
    }
    session_cookie(s, tok, STUDIO_COOKIE_MAX_AGE);
    if (!known)
        device_cookie(s, &u);
    explicit_bzero(tok, sizeof tok);
    reader_redirect(s->p.res, "/studio");
}

/* /studio/link/{token}: choose a password (twice); the link is used up
 * only once the password is hashed, so a busy node does not eat it. */
static void link_page(struct studio *s, const struct route_match *m, int status, const char *error)
{
    struct buf *b = s->p.b;
    const struct page_text *tx = s->p.tx;
    ps_begin(s, tx->st_link_title, "studio-link");
    s->p.res->status = status;
    buf_appends(b, "<div class=\"card narrow\">\n<h1>");
    page_esc(b, tx->st_link_title);
    buf_appends(b, "</h1>\n<p>");
    page_esc(b, tx->st_link_text);
    buf_appends(b, "</p>\n");
    if (error) {
        buf_appends(b, "<p class=\"error\" role=\"alert\">");
        page_esc(b, error);
        buf_appends(b, "</p>\n");
    }
    buf_appends(b, "<form method=\"post\" class=\"stack\"");
    buf_printf(b, " action=\"/studio/link/%s\">", m->token);
    ps_csrf_input(s);
    buf_appends(b, "<label>");
    page_esc(b, tx->st_password);
    buf_appends(b, "<input type=\"password\" name=\"password\" autocomplete=\"new-password\" "
                   "minlength=\"10\" required></label><label>");
    page_esc(b, tx->st_password2);
    buf_appends(b, "<input type=\"password\" name=\"password2\" autocomplete=\"new-password\" "
                   "minlength=\"10\" required></label><button type=\"submit\" "
                   "class=\"btn primary\">");
    page_esc(b, tx->st_link_save);
    buf_appends(b, "</button></form>\n</div>\n");
    ps_end(s);
}

static void link_post(struct studio *s, const struct route_match *m)
{
    char pw[TEAM_PASSWORD_MAX + 2], pw2[TEAM_PASSWORD_MAX + 2], enc[160], tok[TOKEN_LEN + 1];
    unsigned char hash[32];
    struct store_user u;
    int64_t uid = 0;
    int rc;

    if (ps_csrf(s) < 0)
        return;
    if (ps_field(s, "password", pw, sizeof pw) < 0 || ps_field(s, "password2", pw2, sizeof pw2) < 0)
        pw[0] = pw2[0] = '\0';
    int same = strcmp(pw, pw2) == 0, weak = team_password_weak(pw) != NULL;
    rc = same && !weak ? team_password_hash(pw, enc) : -EINVAL;
    explicit_bzero(pw, sizeof pw);
    explicit_bzero(pw2, sizeof pw2);
    if (rc == -EBUSY) {
        reader_header_add(s->p.res, "Retry-After: 1");
        link_page(s, m, 503, s->p.tx->st_signin_busy);
        return;
    }
    if (rc < 0) {
        link_page(s, m, 400, !same ? s->p.tx->st_link_mismatch : s->p.tx->st_link_weak);
        return;
    }
    auth_hash(m->token, strlen(m->token), hash);
    rc = store_link_take(s->p.st, hash, crier_now_ms(), &uid);
    if (rc == 0)
        rc = store_user_set_password(s->p.st, uid, enc);
    explicit_bzero(enc, sizeof enc);
    if (rc == 0)
        rc = store_user_get(s->p.st, uid, &u);
    if (rc == 0) {
        explicit_bzero(u.pass, sizeof u.pass);
        rc = team_session_start(s->p.st, &u, tok);
    }
    if (rc == -ENOENT) {
        ps_message(s, 410, s->p.tx->st_link_bad, s->p.tx->st_link_hint, NULL, NULL);
        return;
    }
    if (rc < 0) {
        ps_message(s, 500, s->p.tx->err_title, s->p.tx->err_text, NULL, NULL);
        return;
    }
    session_cookie(s, tok, STUDIO_COOKIE_MAX_AGE);
    explicit_bzero(tok, sizeof tok);
    reader_redirect(s->p.res, "/studio");
}

/* ---- the door ---- */

/* GET /studio: the channels of the account and its role in each. */
static void home(struct studio *s)
{
    struct buf *b = s->p.b;
    const struct page_text *tx = s->p.tx;
    struct store_role_row *v = NULL;
    size_t n = 0;
    int rc = store_roles_of(s->p.st, s->who.user_id, 0, &v, &n);
    if (rc < 0) {
        ps_message(s, 500, tx->err_title, tx->err_text, NULL, NULL);
        return;
    }
    ps_begin(s, tx->st_title, "studio-home");
    buf_appends(b, "<h1>");
    page_esc(b, tx->my_channels);
    buf_appends(b, "</h1>\n");
    if (!n) {
        buf_appends(b, "<p class=\"empty\">");
        page_esc(b, tx->st_no_roles);
        buf_appends(b, "</p>\n");
    }
    buf_appends(b, "<ul class=\"studio-channels\">\n");
    for (size_t i = 0; i < n; i++) {
        buf_printf(b, "<li><a href=\"/studio/%s\">/%s</a> <span class=\"role\">", v[i].slug,
                   v[i].slug);
        page_esc(b, ps_role_name(tx, v[i].role));
        if (v[i].role == STORE_ROLE_AUTHOR) {
            buf_appends(b, " · ");
            page_esc(b, v[i].may_publish ? tx->st_may_publish : tx->st_drafts_only);
        }
        buf_appends(b, "</span></li>\n");
    }
    buf_appends(b, "</ul>\n");
    free(v);
    ps_end(s);
}

void page_studio_too_many(struct store *st, const struct http_request *req, struct response *res,
                          long long retry_s)
{
    struct studio s;
    memset(&s, 0, sizeof s);
    pg_init(&s.p, st, req, res);
    if (reader_identify(st, req, &s.p.rc) < 0)
        memset(&s.p.rc, 0, sizeof s.p.rc);
    reader_header_add(res, "Retry-After: %lld", retry_s > 0 ? retry_s : 1);
    signin_page(&s, 429, s.p.tx->st_too_many, NULL);
    reader_csrf_cookie(&s.p.rc, res);
}

static void route(struct studio *s, const struct route_match *m, int get)
{
    switch (m->id) {
    case ROUTE_STUDIO: home(s); break;
    case ROUTE_STUDIO_SIGNIN:
        reader_redirect(s->p.res, "/studio"); /* already signed in */
        break;
    case ROUTE_STUDIO_SIGNOUT:
        if (get) {
            reader_redirect(s->p.res, "/studio");
        } else if (ps_csrf(s) == 0) {
            team_session_end(s->p.st, s->p.req);
            session_cookie(s, "", 0);
            reader_redirect(s->p.res, "/studio/signin");
        }
        break;
    case ROUTE_STUDIO_CHANNEL: page_studio_channel(s, m); break;
    case ROUTE_STUDIO_COMPOSE: page_studio_compose(s, m); break;
    case ROUTE_STUDIO_POST: page_studio_post(s, m); break;
    case ROUTE_STUDIO_TEAM: page_studio_team(s, m); break;
    case ROUTE_STUDIO_AUDIT: page_studio_audit(s, m); break;
    case ROUTE_STUDIO_SOURCES: page_studio_sources(s, m); break;
    case ROUTE_STUDIO_STATS: page_studio_stats(s, m); break;
    case ROUTE_STUDIO_SELECTION: page_studio_selection(s, m); break;
    case ROUTE_STUDIO_READERS: page_studio_readers(s, m); break;
    default:
        ps_message(s, 404, s->p.tx->nf_title, s->p.tx->nf_page, "/studio", s->p.tx->st_title);
        break;
    }
}

void page_studio(struct store *st, const struct page_studio_env *env, const struct route_match *m,
                 const struct http_request *req, struct response *res)
{
    struct studio *s = xcalloc(1, sizeof *s);
    int get = req->method == HTTP_GET || req->method == HTTP_HEAD;
    int rc;

    pg_init(&s->p, st, req, res);
    s->env = env;
    if ((rc = reader_identify(st, req, &s->p.rc)) < 0) {
        pg_error(&s->p, rc);
        free(s);
        return;
    }
    if (!get && req->method != HTTP_POST) {
        page_header_add(res, "Allow", "GET, HEAD, POST");
        ps_message(s, 405, s->p.tx->method_title, NULL, "/studio", s->p.tx->st_title);
    } else if ((rc = team_identify(st, req, &s->who)) < 0 && rc != -ENOENT) {
        ps_message(s, 500, s->p.tx->err_title, s->p.tx->err_text, NULL, NULL);
    } else if (m->id == ROUTE_STUDIO_LINK) {
        if (get)
            link_page(s, m, 200, NULL);
        else
            link_post(s, m);
    } else if (rc == -ENOENT) {
        memset(&s->who, 0, sizeof s->who);
        if (m->id == ROUTE_STUDIO_SIGNIN && !get)
            signin_post(s);
        else
            signin_page(s, m->id == ROUTE_STUDIO_SIGNIN ? 200 : 401, NULL, NULL);
    } else {
        route(s, m, get);
    }
    reader_csrf_cookie(&s->p.rc, res);
    explicit_bzero(s, sizeof *s);
    free(s);
}
