/* api_email: the email editions' side for readers: the opt-in form
 * (POST /api/v1/channels/{slug}/email), and the two links a mail carries,
 * both signed by the node (sign.h) so nothing about them is stored:
 *   /{slug}/email/confirm?s=ID&e=EXPIRES&t=MAC      the double opt-in;
 *   /{slug}/email/unsubscribe?s=ID&e=0&t=MAC        GET shows a button (a
 *       link scanner must not unsubscribe anyone); POST unsubscribes, which
 *       is also RFC 8058's one-click List-Unsubscribe-Post. */
#include "api_int.h"

#include <errno.h>
#include <string.h>

#include "crier.h"
#include "mail.h"
#include "member.h"
#include "notify.h"
#include "notify_rule.h"
#include "sign.h"

/* POST /api/v1/channels/{slug}/email {"address", "what"}: 202 whatever the
 * address's state (the answer tells nobody whether an address is
 * subscribed); the confirmation mail goes out from the notifier. */
void api_h_email(struct api *api, const struct route_match *m, const struct http_request *req,
                 const struct caller *who, struct response *res)
{
    static const char *const allowed[] = {"address", "what", NULL};
    struct reader_ctx rc;
    struct store_channel ch;
    struct store_email_sub sub;
    const char *address = NULL, *what = NULL;
    json_t *body;
    int w, err;

    (void)who;
    if (!api->notify || !notify_email_on(api->notify)) {
        response_error(res, 404, "not_found", "this node does not send email");
        return;
    }
    if (api_reader_change(api, req, &rc, res) < 0 || !(body = api_body_json(req, res)))
        return;
    if (api_only_fields(body, allowed, res) < 0 ||
        api_get_str(body, "address", MAIL_ADDRESS_MAX + 1, 0, 400, &address, res) < 0 ||
        api_get_str(body, "what", 16, 0, 400, &what, res) < 0)
        goto out;
    w = !what || strcmp(what, "selections") == 0 ? NOTIFY_SELECTIONS
        : strcmp(what, "important") == 0         ? NOTIFY_IMPORTANT
                                                 : -1;
    if (w < 0) {
        response_error(res, 400, "invalid", "what must be \"selections\" or \"important\"");
        goto out;
    }
    if (!address || mail_address_check(address) < 0) {
        response_error(res, 400, "invalid_address", "address must be an email address");
        goto out;
    }
    if (api_reader_channel(api, m->slug, &ch, res) < 0)
        goto out;
    if (ch.visibility == STORE_PRIVATE &&
        (!rc.reader_id || member_is_active(api->st, ch.id, rc.reader_id) < 0)) {
        response_error(res, 403, "not_member", "join %s before asking for its editions", ch.slug);
    } else if (ch.visibility == STORE_PRIVATE) {
        /* A mail address cannot follow a member's removal, so a private
         * channel's news never goes out by mail; push can (it is tied to
         * the reader, and rechecked at each post). */
        response_error(res, 403, "private_channel",
                       "a private channel sends no email editions; turn on notifications instead");
    } else if (api_over_limit(api, api->email_limit, req, "email requests", res) < 0) {
        /* 429 from this client address */
    } else if ((err = store_email_sub_request(api->st, ch.id, address, w, crier_now_ms(),
                                              notify_email_per_day(api->notify), &sub)) ==
               -EAGAIN) {
        response_error(res, 429, "too_many",
                       "enough confirmation mails went to that address today; try tomorrow");
    } else if (err < 0) {
        api_store_failure(res, err);
    } else {
        notify_kick(api->notify);
        api_reply(res, 202,
                  json_pack("{s:s, s:s}", "status", "pending", "message",
                            "if the address can receive mail, a confirmation link is on its way"));
    }
    store_channel_clear(&ch);
out:
    json_decref(body);
}

/* ---- the signed links ---- */

struct email_words {
    const char *confirmed, *confirmed_text, *bad, *bad_text, *expired, *expired_text;
    const char *unsub_q, *unsub_q_text, *unsub_button, *unsubbed, *unsubbed_text, *back;
};

static const struct email_words words_en = {
    "Subscription confirmed",
    "You will receive the editions of %s by email. Each one has a link to stop them.",
    "This link does not work",
    "It is incomplete or was changed. Copy the whole link from the mail.",
    "This link has expired",
    "Confirmation links last 48 hours. Ask again from the channel page.",
    "Stop the emails?",
    "You will no longer receive the editions of %s by email.",
    "Unsubscribe",
    "Unsubscribed",
    "You will receive no more editions of %s by email.",
    "Back to the channel"};

static const struct email_words words_fr = {
    "Abonnement confirmé",
    "Vous recevrez les éditions de %s par e-mail. Chacune contient un lien pour les arrêter.",
    "Ce lien ne fonctionne pas",
    "Il est incomplet ou a été modifié. Copiez le lien entier depuis le message.",
    "Ce lien a expiré",
    "Les liens de confirmation valent 48 heures. Refaites la demande depuis la page de la "
    "chaîne.",
    "Arrêter les e-mails ?",
    "Vous ne recevrez plus les éditions de %s par e-mail.",
    "Se désabonner",
    "Désabonnement effectué",
    "Vous ne recevrez plus d’éditions de %s par e-mail.",
    "Revenir à la chaîne"};

static void esc(struct buf *b, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '<': buf_appends(b, "&lt;"); break;
        case '>': buf_appends(b, "&gt;"); break;
        case '&': buf_appends(b, "&amp;"); break;
        case '"': buf_appends(b, "&quot;"); break;
        case '\'': buf_appends(b, "&#39;"); break;
        default: buf_append(b, s, 1);
        }
    }
}

/* A small page: a heading, a sentence naming the channel, and a form or a
 * link back. */
static void notice(struct response *res, int status, const struct store_channel *ch,
                   const char *title, const char *text, const char *form_action, const char *button,
                   const char *back)
{
    struct buf *b = &res->body;
    char line[512];

    res->status = status;
    res->content_type = "text/html; charset=utf-8";
    buf_reset(b);
    buf_appends(b, "<!doctype html><html lang=\"");
    esc(b, ch && ch->lang[0] ? ch->lang : "en");
    buf_appends(b, "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                   "content=\"width=device-width, initial-scale=1\"><title>");
    esc(b, title);
    buf_appends(b, "</title><link rel=\"stylesheet\" href=\"/static/app.css\"></head>"
                   "<body><main class=\"notice\"><h1>");
    esc(b, title);
    buf_appends(b, "</h1><p>");
    const char *at = strstr(text, "%s"); /* where the channel's name goes */
    if (at) {
        snprintf(line, sizeof line, "%.*s", (int)(at - text), text);
        esc(b, line);
        esc(b, ch ? ch->title : "");
        esc(b, at + 2);
    } else {
        esc(b, text);
    }
    buf_appends(b, "</p>");
    if (form_action) {
        buf_appends(b, "<form method=\"post\" action=\"");
        esc(b, form_action);
        buf_appends(b, "\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                       "<button type=\"submit\">");
        esc(b, button);
        buf_appends(b, "</button></form>");
    }
    if (ch) {
        buf_appends(b, "<p><a href=\"/");
        esc(b, ch->slug);
        buf_appends(b, "\">");
        esc(b, back);
        buf_appends(b, "</a></p>");
    }
    buf_appends(b, "</main></body></html>\n");
}

/* GET /{slug}/email/confirm and GET, POST /{slug}/email/unsubscribe. */
void api_h_email_link(struct api *api, const struct route_match *m, const struct http_request *req,
                      const struct caller *who, struct response *res)
{
    int unsub = m->id == ROUTE_EMAIL_UNSUBSCRIBE;
    const char *purpose = unsub ? "unsubscribe" : "confirm";
    struct store_channel ch;
    struct store_email_sub sub;
    int64_t id = 0, expires = 0;
    char mac[SIGN_MAC_LEN + 2];
    int err;

    (void)who;
    if (!api->notify) {
        response_error(res, 404, "not_found", "nothing here");
        return;
    }
    if (store_channel_get(api->st, m->slug, &ch) < 0) {
        notice(res, 404, NULL, words_en.bad, words_en.bad_text, NULL, NULL, NULL);
        return;
    }
    const struct email_words *w = strncmp(ch.lang, "fr", 2) == 0 ? &words_fr : &words_en;
    if (http_query_int(req->query, "s", 0, 1, INT64_MAX, &id) < 0 ||
        http_query_int(req->query, "e", 0, 0, INT64_MAX, &expires) < 0 ||
        http_query_get(req->query, "t", mac, sizeof mac) != SIGN_MAC_LEN || id == 0) {
        notice(res, 400, &ch, w->bad, w->bad_text, NULL, NULL, w->back);
    } else if ((err = sign_check(notify_secret(api->notify), purpose, id, expires, mac,
                                 crier_now_ms() / 1000)) == -ETIMEDOUT) {
        notice(res, 410, &ch, w->expired, w->expired_text, NULL, NULL, w->back);
    } else if (err < 0 || (err = store_email_sub_get(api->st, id, &sub)) == -ENOENT ||
               (err == 0 && sub.channel_id != ch.id && (err = -EACCES))) {
        /* A wrong MAC, or a subscription that is gone: an unsubscribe of
         * what is already gone is done, and says so. */
        if (unsub && err != -EACCES && req->method == HTTP_POST)
            notice(res, 200, &ch, w->unsubbed, w->unsubbed_text, NULL, NULL, w->back);
        else
            notice(res, err == -ENOENT ? 404 : 403, &ch, w->bad, w->bad_text, NULL, NULL, w->back);
    } else if (err < 0) {
        api_store_failure(res, err);
    } else if (!unsub) {
        err = store_email_sub_confirm(api->st, id, crier_now_ms());
        if (err < 0)
            api_store_failure(res, err);
        else
            notice(res, 200, &ch, w->confirmed, w->confirmed_text, NULL, NULL, w->back);
    } else if (req->method == HTTP_POST) {
        err = store_email_sub_delete(api->st, id);
        if (err < 0 && err != -ENOENT)
            api_store_failure(res, err);
        else
            notice(res, 200, &ch, w->unsubbed, w->unsubbed_text, NULL, NULL, w->back);
    } else {
        char action[400];
        snprintf(action, sizeof action, "/%s/email/unsubscribe?%s", ch.slug, req->query);
        notice(res, 200, &ch, w->unsub_q, w->unsub_q_text, action, w->unsub_button, w->back);
    }
    store_channel_clear(&ch);
}
