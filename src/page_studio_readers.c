/*
 * page_studio_readers: who may read the channel, for editors and owners.
 * The invites (label, uses, expiry, state, a Revoke button) with a form for
 * a new one, whose link is shown this once (the store keeps only its hash):
 * as text always, and as a QR code that web/studio.js draws with web/qr.js.
 * Then the readers waiting for approval, as anonymous numbers (as `crier
 * member list` shows them), with Approve and Reject. Every change is
 * audited (invite_create, invite_revoke, member_approve, member_reject).
 */
#include "page_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "invite.h"
#include "log.h"

#define INVITE_DAYS_MAX 3650
#define INVITE_USES_MAX 1000000000LL

static void fail(struct studio *s, int rc)
{
    log_error("studio: %s", crier_strerror(rc));
    ps_message(s, 500, s->p.tx->err_title, s->p.tx->err_text, NULL, NULL);
}

static void invite_row(struct studio *s, const struct store_channel *ch,
                       const struct store_invite *inv, int64_t now)
{
    struct buf *b = s->p.b;
    const struct page_text *tx = s->p.tx;
    char action[160], id[24];
    const char *dead = inv->revoked_at                               ? tx->st_inv_revoked
                       : inv->expires_at && inv->expires_at <= now   ? tx->st_inv_expired
                       : inv->max_uses && inv->uses >= inv->max_uses ? tx->st_inv_used_up
                                                                     : NULL;
    buf_printf(b, "<li class=\"invite%s\" data-invite=\"%lld\"><p class=\"title\">",
               dead ? " dead" : "", (long long)inv->id);
    if (inv->label[0]) {
        page_esc(b, inv->label);
        buf_appends(b, " ");
    }
    buf_appends(b, "<small>");
    page_esc(b, inv->prefix);
    buf_appends(b, "…</small></p><p class=\"meta\">");
    buf_printf(b, "<span class=\"uses\">%lld / ", (long long)inv->uses);
    if (inv->max_uses)
        buf_printf(b, "%lld", (long long)inv->max_uses);
    else
        page_esc(b, tx->st_inv_unlimited);
    buf_appends(b, " ");
    page_esc(b, tx->st_inv_uses);
    buf_appends(b, "</span> · ");
    if (inv->expires_at) {
        page_esc(b, tx->st_inv_expires);
        buf_appends(b, " ");
        ps_time(s, inv->expires_at, ch->tz);
    } else {
        page_esc(b, tx->st_inv_never);
    }
    if (inv->approval) {
        buf_appends(b, " · ");
        page_esc(b, tx->st_inv_approval_on);
    }
    if (dead) {
        buf_appends(b, " · <strong class=\"state\">");
        page_esc(b, dead);
        buf_appends(b, "</strong>");
    }
    buf_appends(b, "</p>");
    if (!inv->revoked_at) {
        snprintf(action, sizeof action, "/studio/%s/readers", ch->slug);
        snprintf(id, sizeof id, "%lld", (long long)inv->id);
        ps_button(s, action, tx->st_revoke, "revoke", id, "btn danger");
    }
    buf_appends(b, "</li>\n");
}

static void create_form(struct studio *s, const struct store_channel *ch)
{
    struct buf *b = s->p.b;
    const struct page_text *tx = s->p.tx;
    buf_appends(b, "<section class=\"card\" aria-labelledby=\"inv-new-h\"><h3 id=\"inv-new-h\">");
    page_esc(b, tx->st_inv_new);
    buf_printf(b,
               "</h3>\n<form method=\"post\" class=\"stack\" id=\"invite-new\" "
               "action=\"/studio/%s/readers\">",
               ch->slug);
    ps_csrf_input(s);
    buf_appends(b, "<input type=\"hidden\" name=\"op\" value=\"create\"><label>");
    page_esc(b, tx->st_inv_label);
    buf_appends(b, "<input type=\"text\" name=\"label\" maxlength=\"127\"></label>"
                   "<div class=\"row\"><label>");
    page_esc(b, tx->st_inv_max);
    buf_appends(b, "<input type=\"number\" name=\"max_uses\" min=\"1\" max=\"1000000000\" "
                   "inputmode=\"numeric\"></label><label>");
    page_esc(b, tx->st_inv_days);
    buf_appends(b, "<input type=\"number\" name=\"expires_days\" min=\"1\" max=\"3650\" "
                   "inputmode=\"numeric\"></label></div><label class=\"check\">"
                   "<input type=\"checkbox\" name=\"approval\">");
    page_esc(b, tx->st_inv_approval);
    buf_appends(b, "</label><button type=\"submit\" class=\"btn primary\">");
    page_esc(b, tx->st_inv_create);
    buf_appends(b, "</button></form>\n</section>\n");
}

static void pending_row(struct studio *s, const struct store_channel *ch,
                        const struct store_member *mb)
{
    struct buf *b = s->p.b;
    const struct page_text *tx = s->p.tx;
    char action[160], id[24];
    buf_printf(b, "<li class=\"pending\" data-reader=\"%lld\"><span class=\"title\">",
               (long long)mb->reader_id);
    page_esc(b, tx->st_reader);
    buf_printf(b, " %lld</span><span class=\"when\">", (long long)mb->reader_id);
    page_esc(b, tx->st_asked);
    buf_appends(b, " ");
    ps_time(s, mb->joined_at, ch->tz);
    if (mb->invite_id) {
        buf_appends(b, " · ");
        page_esc(b, tx->st_via_invite);
        buf_printf(b, " %lld", (long long)mb->invite_id);
    }
    buf_appends(b, "</span><span class=\"buttons\">");
    snprintf(action, sizeof action, "/studio/%s/readers", ch->slug);
    snprintf(id, sizeof id, "%lld", (long long)mb->reader_id);
    ps_button(s, action, tx->st_approve, "approve", id, "btn primary");
    ps_button(s, action, tx->st_reject, "reject", id, "btn danger");
    buf_appends(b, "</span></li>\n");
}

static void link_box(struct studio *s, const char *link)
{
    struct buf *b = s->p.b;
    buf_appends(b, "<div class=\"card linkbox\" role=\"status\"><p>");
    page_esc(b, s->p.tx->st_inv_made);
    buf_appends(b, "</p><p><a id=\"invite-link\" class=\"link\"");
    page_attr(b, "href", link);
    buf_appends(b, ">");
    page_esc(b, link);
    buf_appends(b, "</a></p><div class=\"qr-box\"");
    page_attr(b, "data-qr", link);
    page_attr(b, "data-qr-label", s->p.tx->st_qr_label);
    buf_appends(b, "></div></div>\n");
}

static void readers_page(struct studio *s, const struct store_channel *ch, int role, int status,
                         const char *error, const char *link)
{
    struct buf *b = s->p.b;
    const struct page_text *tx = s->p.tx;
    struct store_invite *inv = NULL;
    struct store_member *pend = NULL;
    size_t ni = 0, np = 0;
    int64_t now = crier_now_ms();
    int rc = store_invite_list(s->p.st, ch->id, &inv, &ni);
    if (rc == 0)
        rc = store_member_list(s->p.st, ch->id, STORE_MEMBER_PENDING, &pend, &np);
    if (rc < 0) {
        free(inv);
        fail(s, rc);
        return;
    }
    ps_begin(s, ch->title, "studio-readers");
    s->p.res->status = status;
    ps_channel_head(s, ch, role, "readers");
    if (error) {
        buf_appends(b, "<p class=\"error\" role=\"alert\">");
        page_esc(b, error);
        buf_appends(b, "</p>\n");
    }
    if (link)
        link_box(s, link);
    buf_appends(b, "<section aria-labelledby=\"pend-h\"><h2 id=\"pend-h\">");
    page_esc(b, tx->st_pending);
    buf_printf(b, " (%zu)</h2>\n<ul class=\"stream-list pending-list\" id=\"pending\">\n", np);
    for (size_t i = 0; i < np; i++)
        pending_row(s, ch, &pend[i]);
    buf_appends(b, "</ul>\n");
    if (!np) {
        buf_appends(b, "<p class=\"empty\">");
        page_esc(b, tx->st_nothing);
        buf_appends(b, "</p>\n");
    }
    buf_appends(b, "</section>\n<section aria-labelledby=\"inv-h\"><h2 id=\"inv-h\">");
    page_esc(b, tx->st_invites);
    buf_appends(b, "</h2>\n<ul class=\"source-list invite-list\" id=\"invites\">\n");
    for (size_t i = ni; i-- > 0;) /* newest first */
        invite_row(s, ch, &inv[i], now);
    buf_appends(b, "</ul>\n");
    create_form(s, ch);
    buf_appends(b, "</section>\n");
    free(inv);
    free(pend);
    ps_end(s);
}

/* A whole number from a form field into *v: 0 (empty leaves *v), or
 * -EINVAL when it is not one from lo to hi. */
static int field_num(struct studio *s, const char *name, long long lo, long long hi, int64_t *v)
{
    char f[24], *end;
    if (ps_field(s, name, f, sizeof f) < 0)
        return -EINVAL;
    if (!f[0])
        return 0;
    long long n = strtoll(f, &end, 10);
    if (*end || n < lo || n > hi)
        return -EINVAL;
    *v = n;
    return 0;
}

/* op=create: the new invite's link into link. NULL, or why not. */
static const char *invite_new(struct studio *s, const struct store_channel *ch, char *link,
                              size_t linksz)
{
    struct store_invite inv = {.channel_id = ch->id};
    char label[sizeof inv.label + 2], approval[8], tok[TOKEN_LEN + 1];
    int64_t days = 0;
    if (ps_field(s, "label", label, sizeof label) < 0 || strlen(label) >= sizeof inv.label)
        return "label: at most 127 bytes";
    if (field_num(s, "max_uses", 1, INVITE_USES_MAX, &inv.max_uses) < 0)
        return "max uses: a number from 1 to 1000000000, or empty";
    if (field_num(s, "expires_days", 1, INVITE_DAYS_MAX, &days) < 0)
        return "expires in days: a number from 1 to 3650, or empty";
    ps_field(s, "approval", approval, sizeof approval);
    inv.approval = approval[0] != '\0';
    if (days)
        inv.expires_at = crier_now_ms() + days * 86400000LL;
    memcpy(inv.label, label, strlen(label) + 1); /* checked to fit above */
    int rc = invite_create(s->p.st, &inv, tok);
    if (rc < 0)
        return crier_strerror(rc);
    snprintf(link, linksz, "%s/+%s", s->p.base, tok);
    explicit_bzero(tok, sizeof tok);
    char what[sizeof inv.label + 48];
    snprintf(what, sizeof what, "invite %lld %s", (long long)inv.id, inv.label);
    team_audit(s->p.st, ch->id, s->who.email, "invite_create", 0, what);
    return NULL;
}

/* revoke=ID, approve=READER, reject=READER: 0, or < 0. */
static int readers_change(struct studio *s, const struct store_channel *ch)
{
    static const char *const ops[] = {"revoke", "approve", "reject"};
    char f[24], what[48], *end;
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        if (ps_field(s, ops[i], f, sizeof f) < 0 || !f[0])
            continue;
        long long id = strtoll(f, &end, 10);
        if (*end || id <= 0)
            return -EINVAL;
        int rc = i == 0   ? store_invite_revoke(s->p.st, ch->id, id, NULL)
                 : i == 1 ? store_member_approve(s->p.st, ch->id, id)
                          : store_member_reject(s->p.st, ch->id, id);
        if (rc < 0)
            return rc;
        snprintf(what, sizeof what, "%s %lld", i == 0 ? "invite" : "reader", id);
        team_audit(s->p.st, ch->id, s->who.email,
                   i == 0   ? "invite_revoke"
                   : i == 1 ? "member_approve"
                            : "member_reject",
                   0, what);
        return 0;
    }
    return -EINVAL;
}

void page_studio_readers(struct studio *s, const struct route_match *m)
{
    struct store_channel ch;
    int role;
    int post = s->p.req->method == HTTP_POST;
    char link[sizeof s->p.base + TOKEN_LEN + 8] = "", op[16];
    if ((post && ps_csrf(s) < 0) || ps_channel(s, m->slug, &ch, &role) < 0)
        return;
    if (role < STORE_ROLE_EDITOR) {
        ps_forbidden(s);
    } else if (!post) {
        readers_page(s, &ch, role, 200, NULL, NULL);
    } else if (ps_field(s, "op", op, sizeof op) == 0 && strcmp(op, "create") == 0) {
        const char *why = invite_new(s, &ch, link, sizeof link);
        readers_page(s, &ch, role, why ? 400 : 200, why, link[0] ? link : NULL);
        explicit_bzero(link, sizeof link);
    } else {
        int rc = readers_change(s, &ch);
        if (rc == 0) {
            char loc[120];
            snprintf(loc, sizeof loc, "/studio/%s/readers", ch.slug);
            reader_redirect(s->p.res, loc);
        } else {
            readers_page(s, &ch, role, rc == -ENOENT ? 404 : 400,
                         rc == -ENOENT ? s->p.tx->nf_page : crier_strerror(rc), NULL);
        }
    }
    store_channel_clear(&ch);
}
