/*
 * page_studio_team: a channel's people and inputs in the studio. The team
 * (everyone with a role sees it; an owner adds a member by email and role,
 * which hands over a one-time sign-in link for a new account, removes one,
 * and lets an author publish or not), the audit log (editors and owners, a
 * page at a time) and the sources the channel follows, with their health
 * (editors and owners add and remove them). Every change is audited.
 */
#include "page_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "baseurl.h"
#include "crier.h"
#include "source.h"

#define AUDIT_PAGE 50

static void fail(struct studio *s, int rc)
{
    (void)rc;
    ps_message(s, 500, s->p.tx->err_title, s->p.tx->err_text, NULL, NULL);
}

static void error_line(struct buf *b, const char *error)
{
    if (!error)
        return;
    buf_appends(b, "<p class=\"error\" role=\"alert\">");
    page_esc(b, error);
    buf_appends(b, "</p>\n");
}

/* ---- the team ---- */

static void member_row(struct studio *s, const struct store_channel *ch, int owner,
                       const struct store_role_row *r)
{
    struct buf *b = s->p.b;
    const struct page_text *tx = s->p.tx;
    char action[160], uid[24];
    buf_appends(b, "<li><span class=\"email\">");
    page_esc(b, r->email);
    buf_appends(b, "</span> <span class=\"role\">");
    page_esc(b, ps_role_name(tx, r->role));
    if (r->role == STORE_ROLE_AUTHOR) {
        buf_appends(b, " · ");
        page_esc(b, r->may_publish ? tx->st_may_publish : tx->st_drafts_only);
    }
    buf_appends(b, "</span>");
    if (owner && r->user_id != s->who.user_id) {
        snprintf(action, sizeof action, "/studio/%s/team", ch->slug);
        snprintf(uid, sizeof uid, "%lld", (long long)r->user_id);
        buf_appends(b, "<span class=\"actions\">");
        if (r->role == STORE_ROLE_AUTHOR)
            ps_button(s, action, r->may_publish ? tx->st_deny_publish : tx->st_allow_publish,
                      r->may_publish ? "deny" : "allow", uid, "btn");
        ps_button(s, action, tx->st_remove, "remove", uid, "btn danger");
        buf_appends(b, "</span>");
    }
    buf_appends(b, "</li>\n");
}

static void add_form(struct studio *s, const struct store_channel *ch)
{
    struct buf *b = s->p.b;
    const struct page_text *tx = s->p.tx;
    buf_appends(b, "<section class=\"card\" aria-labelledby=\"add-h\"><h2 id=\"add-h\">");
    page_esc(b, tx->st_add_member);
    buf_printf(b, "</h2>\n<form method=\"post\" class=\"stack\" action=\"/studio/%s/team\">",
               ch->slug);
    ps_csrf_input(s);
    buf_appends(b, "<input type=\"hidden\" name=\"op\" value=\"add\"><label>");
    page_esc(b, tx->st_email);
    buf_appends(b, "<input type=\"email\" name=\"email\" required></label><label>");
    page_esc(b, tx->st_role);
    buf_appends(b, "<select name=\"role\">");
    for (int r = STORE_ROLE_AUTHOR; r <= STORE_ROLE_OWNER; r++) {
        buf_printf(b, "<option value=\"%s\">", team_role_name(r));
        page_esc(b, ps_role_name(tx, r));
        buf_appends(b, "</option>");
    }
    buf_appends(b, "</select></label><label class=\"check\">"
                   "<input type=\"checkbox\" name=\"may_publish\">");
    page_esc(b, tx->st_allow_publish);
    buf_appends(b, "</label><button type=\"submit\" class=\"btn primary\">");
    page_esc(b, tx->st_add);
    buf_appends(b, "</button></form>\n</section>\n");
}

static void team_page(struct studio *s, const struct store_channel *ch, int role, int status,
                      const char *error, const char *link)
{
    struct buf *b = s->p.b;
    struct store_role_row *v = NULL;
    size_t n = 0;
    int rc = store_roles_of(s->p.st, 0, ch->id, &v, &n);
    if (rc < 0) {
        fail(s, rc);
        return;
    }
    ps_begin(s, ch->title, "studio-team");
    s->p.res->status = status;
    ps_channel_head(s, ch, role, "team");
    error_line(b, error);
    if (link) {
        buf_appends(b, "<div class=\"card linkbox\" role=\"status\"><p>");
        page_esc(b, s->p.tx->st_link_made);
        buf_appends(b, "</p><p><input type=\"text\" readonly id=\"member-link\" class=\"link\"");
        page_attr(b, "value", link);
        buf_appends(b, "></p></div>\n");
    }
    buf_appends(b, "<section aria-labelledby=\"team-h\"><h2 id=\"team-h\">");
    page_esc(b, s->p.tx->st_team);
    buf_appends(b, "</h2>\n<ul class=\"team-list\">\n");
    for (size_t i = 0; i < n; i++)
        member_row(s, ch, role == STORE_ROLE_OWNER, &v[i]);
    buf_appends(b, "</ul>\n</section>\n");
    free(v);
    if (role == STORE_ROLE_OWNER)
        add_form(s, ch);
    ps_end(s);
}

/* op=add: the account (made when new) gets the role; a new account's
 * one-time link is shown (into link, linksz). NULL, or why not. */
static const char *team_add(struct studio *s, const struct store_channel *ch, char *link,
                            size_t linksz)
{
    char email_in[STORE_EMAIL_MAX + 2], email[STORE_EMAIL_MAX + 1], role_s[16], mp[8];
    char tok[TOKEN_LEN + 1];
    struct store_user u;
    int role;
    if (ps_field(s, "email", email_in, sizeof email_in) < 0 || team_email_norm(email_in, email) < 0)
        return "email: an address like name@example.org";
    if (ps_field(s, "role", role_s, sizeof role_s) < 0 || team_role_parse(role_s, &role) < 0)
        return "role: owner, editor or author";
    ps_field(s, "may_publish", mp, sizeof mp);
    int err = store_user_by_email(s->p.st, email, &u);
    if (err == -ENOENT) {
        memset(&u, 0, sizeof u);
        snprintf(u.email, sizeof u.email, "%s", email);
        err = store_user_create(s->p.st, &u);
    }
    struct store_role_row r = {
        .user_id = u.id, .channel_id = ch->id, .role = role, .may_publish = mp[0] != '\0'};
    if (err == 0)
        err = store_role_set(s->p.st, &r);
    if (err == 0 && !u.pass[0] && (err = team_link_new(s->p.st, u.id, tok)) == 0) {
        snprintf(link, linksz, "%s/studio/link/%s", s->p.base, tok);
        explicit_bzero(tok, sizeof tok);
    }
    explicit_bzero(u.pass, sizeof u.pass);
    if (err < 0)
        return crier_strerror(err);
    team_audit(s->p.st, ch->id, s->who.email, "member_add", 0, email);
    return NULL;
}

/* remove, allow, deny: on the account user_id. */
static int team_change(struct studio *s, const struct store_channel *ch, const char *op,
                       int64_t user_id)
{
    char what[48];
    snprintf(what, sizeof what, "account %lld", (long long)user_id);
    if (strcmp(op, "remove") == 0) {
        int rc = store_role_remove(s->p.st, user_id, ch->id);
        if (rc == 0)
            team_audit(s->p.st, ch->id, s->who.email, "member_remove", 0, what);
        return rc;
    }
    struct store_role_row *v = NULL;
    size_t n = 0;
    int rc = store_roles_of(s->p.st, 0, ch->id, &v, &n);
    for (size_t i = 0; rc == 0 && i < n; i++) {
        if (v[i].user_id != user_id)
            continue;
        v[i].may_publish = strcmp(op, "allow") == 0;
        rc = store_role_set(s->p.st, &v[i]);
        if (rc == 0)
            team_audit(s->p.st, ch->id, s->who.email,
                       v[i].may_publish ? "member_allow" : "member_deny", 0, v[i].email);
        free(v);
        return rc;
    }
    free(v);
    return rc < 0 ? rc : -ENOENT;
}

void page_studio_team(struct studio *s, const struct route_match *m)
{
    struct store_channel ch;
    int role;
    char link[sizeof s->p.base + TOKEN_LEN + 32] = "", op[16], uid[24];
    if (s->p.req->method == HTTP_POST && ps_csrf(s) < 0)
        return;
    if (ps_channel(s, m->slug, &ch, &role) < 0)
        return;
    if (s->p.req->method != HTTP_POST) {
        team_page(s, &ch, role, 200, NULL, NULL);
    } else if (role != STORE_ROLE_OWNER) {
        ps_forbidden(s);
    } else if (ps_field(s, "op", op, sizeof op) == 0 && strcmp(op, "add") == 0) {
        const char *why = team_add(s, &ch, link, sizeof link);
        team_page(s, &ch, role, why ? 400 : 200, why, link[0] ? link : NULL);
        explicit_bzero(link, sizeof link);
    } else {
        const char *ops[] = {"remove", "allow", "deny"};
        int rc = -EINVAL;
        for (size_t i = 0; i < 3; i++) {
            char *end;
            if (ps_field(s, ops[i], uid, sizeof uid) == 0 && uid[0]) {
                long long id = strtoll(uid, &end, 10);
                rc = *end || id <= 0 ? -EINVAL : team_change(s, &ch, ops[i], id);
                break;
            }
        }
        if (rc == 0) {
            char loc[120];
            snprintf(loc, sizeof loc, "/studio/%s/team", ch.slug);
            reader_redirect(s->p.res, loc);
        } else {
            team_page(s, &ch, role, rc == -ENOENT ? 404 : 400, crier_strerror(rc), NULL);
        }
    }
    store_channel_clear(&ch);
}

/* ---- the audit log ---- */

void page_studio_audit(struct studio *s, const struct route_match *m)
{
    struct store_channel ch;
    struct store_audit *v = NULL;
    size_t n = 0;
    int role;
    char q[24];
    int64_t before = 0;
    if (ps_channel(s, m->slug, &ch, &role) < 0)
        return;
    if (role < STORE_ROLE_EDITOR) {
        ps_forbidden(s);
        store_channel_clear(&ch);
        return;
    }
    if (http_query_get(s->p.req->query, "before", q, sizeof q) > 0)
        before = strtoll(q, NULL, 10) > 0 ? strtoll(q, NULL, 10) : 0;
    int rc = store_audit_list(s->p.st, ch.id, before, AUDIT_PAGE, &v, &n);
    if (rc < 0) {
        fail(s, rc);
        store_channel_clear(&ch);
        return;
    }
    struct buf *b = s->p.b;
    const struct page_text *tx = s->p.tx;
    ps_begin(s, ch.title, "studio-audit");
    ps_channel_head(s, &ch, role, "audit");
    const char *const heads[] = {tx->st_when, tx->st_who, tx->st_what, tx->st_detail};
    ps_table_begin(s, "audit", NULL, heads, 4, 4);
    for (size_t i = 0; i < n; i++) {
        buf_appends(b, "<tr><td>");
        ps_time(s, v[i].at, ch.tz);
        buf_appends(b, "</td><td>");
        page_esc(b, v[i].actor);
        buf_appends(b, "</td><td>");
        page_esc(b, v[i].action);
        if (v[i].post_id)
            buf_printf(b, " #%lld", (long long)v[i].post_id);
        buf_appends(b, "</td><td>");
        page_esc(b, v[i].detail);
        buf_appends(b, "</td></tr>\n");
    }
    buf_appends(b, "</tbody></table></div>\n");
    if (n == AUDIT_PAGE) {
        buf_printf(b, "<p><a class=\"btn\" href=\"/studio/%s/audit?before=%lld\">", ch.slug,
                   (long long)v[n - 1].id);
        page_esc(b, tx->st_older);
        buf_appends(b, "</a></p>\n");
    }
    free(v);
    ps_end(s);
    store_channel_clear(&ch);
}

/* ---- the sources ---- */

static void source_row(struct studio *s, const struct store_channel *ch,
                       const struct store_source *src)
{
    struct buf *b = s->p.b;
    const struct page_text *tx = s->p.tx;
    char action[160], id[24];
    buf_appends(b, "<li><p class=\"url\">");
    page_esc(b, src->name[0] ? src->name : src->url);
    buf_appends(b, " <small>");
    page_esc(b, src->url);
    buf_appends(b, "</small></p><p class=\"meta\">");
    page_esc(b, src->mode == STORE_SOURCE_DRAFT ? tx->st_src_draft : tx->st_src_publish);
    buf_appends(b, " · ");
    page_esc(b, tx->st_src_last);
    buf_appends(b, " ");
    if (src->last_fetch_at)
        ps_time(s, src->last_fetch_at, ch->tz);
    else
        page_esc(b, tx->st_src_never);
    buf_printf(b, " · %s %lld", tx->st_src_items, (long long)src->items);
    if (src->last_error[0]) {
        buf_appends(b, "</p><p class=\"error\">");
        page_esc(b, tx->st_src_error);
        buf_appends(b, ": ");
        page_esc(b, src->last_error);
    }
    buf_appends(b, "</p>");
    snprintf(action, sizeof action, "/studio/%s/sources", ch->slug);
    snprintf(id, sizeof id, "%lld", (long long)src->id);
    ps_button(s, action, tx->st_remove, "remove", id, "btn danger");
    buf_appends(b, "</li>\n");
}

static void sources_page(struct studio *s, const struct store_channel *ch, int role, int status,
                         const char *error)
{
    struct store_source *v = NULL;
    size_t n = 0;
    struct buf *b = s->p.b;
    const struct page_text *tx = s->p.tx;
    int rc = store_source_list(s->p.st, ch->id, &v, &n);
    if (rc < 0) {
        fail(s, rc);
        return;
    }
    ps_begin(s, ch->title, "studio-sources");
    s->p.res->status = status;
    ps_channel_head(s, ch, role, "sources");
    error_line(b, error);
    buf_appends(b, "<ul class=\"source-list\">\n");
    for (size_t i = 0; i < n; i++)
        source_row(s, ch, &v[i]);
    buf_appends(b, "</ul>\n");
    if (!n) {
        buf_appends(b, "<p class=\"empty\">");
        page_esc(b, tx->st_nothing);
        buf_appends(b, "</p>\n");
    }
    free(v);
    buf_printf(b, "<form method=\"post\" class=\"card stack\" action=\"/studio/%s/sources\">",
               ch->slug);
    ps_csrf_input(s);
    buf_appends(b, "<label>");
    page_esc(b, tx->st_src_url);
    buf_appends(b, "<input type=\"url\" name=\"url\" required></label><label>");
    page_esc(b, tx->st_src_mode);
    buf_appends(b, "<select name=\"mode\"><option value=\"publish\">");
    page_esc(b, tx->st_src_publish);
    buf_appends(b, "</option><option value=\"draft\">");
    page_esc(b, tx->st_src_draft);
    buf_appends(b, "</option></select></label><button type=\"submit\" class=\"btn primary\">");
    page_esc(b, tx->st_add);
    buf_appends(b, "</button></form>\n");
    ps_end(s);
}

/* A source to add (url, mode) or to remove (remove=ID): NULL, or why not. */
static const char *source_change(struct studio *s, const struct store_channel *ch)
{
    char url[STORE_SOURCE_URL_MAX + 2], mode[16], id[24], what[48];
    struct store_source src = {.channel_id = ch->id};
    const char *why = NULL;
    if (ps_field(s, "remove", id, sizeof id) == 0 && id[0]) {
        long long n = strtoll(id, NULL, 10);
        if (n <= 0 || store_source_remove(s->p.st, ch->id, n) < 0)
            return "no such source";
        snprintf(what, sizeof what, "source %lld", n);
        team_audit(s->p.st, ch->id, s->who.email, "source_remove", 0, what);
        return NULL;
    }
    if (ps_field(s, "url", url, sizeof url) < 0 || ps_field(s, "mode", mode, sizeof mode) < 0)
        return "url: too long";
    if (source_check(NULL, url, mode[0] ? mode : NULL, 1, SOURCE_INTERVAL_DEFAULT, &src, &why) < 0)
        return why;
    int rc = store_source_add(s->p.st, &src);
    if (rc == -EEXIST)
        return "the channel already follows this feed";
    if (rc < 0)
        return crier_strerror(rc);
    team_audit(s->p.st, ch->id, s->who.email, "source_add", 0, src.url);
    return NULL;
}

void page_studio_sources(struct studio *s, const struct route_match *m)
{
    struct store_channel ch;
    int role;
    int post = s->p.req->method == HTTP_POST;
    if ((post && ps_csrf(s) < 0) || ps_channel(s, m->slug, &ch, &role) < 0)
        return;
    if (role < STORE_ROLE_EDITOR) {
        ps_forbidden(s);
    } else if (!post) {
        sources_page(s, &ch, role, 200, NULL);
    } else {
        const char *why = source_change(s, &ch);
        if (why) {
            sources_page(s, &ch, role, 400, why);
        } else {
            char loc[120];
            snprintf(loc, sizeof loc, "/studio/%s/sources", ch.slug);
            reader_redirect(s->p.res, loc);
        }
    }
    store_channel_clear(&ch);
}
