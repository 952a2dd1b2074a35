/*
 * page_studio_post: a channel in the studio. Compose (a form whose fields
 * become the JSON object the API takes, so that post_apply_json applies the
 * same rules; "Preview" renders the post with the channel page's own
 * page_post_render), the stream (drafts, scheduled posts, the latest
 * published) with each post's buttons as the account's role allows, and
 * the actions on a post (publish, edit, delete, pin, unpin, exclude), which
 * go through the store as the API's do, so that readers see them live.
 */
#include "page_int.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "fields.h"
#include "log.h"
#include "timefmt.h"
#include "tz.h"
#include "xmalloc.h"

#define STREAM_DRAFTS 50
#define STREAM_SCHEDULED 50
#define STREAM_RECENT 20

/* The compose form as posted (or filled from a post to edit). */
struct form {
    char title[POST_TITLE_MAX + 2];
    char body[POST_BODY_MAX + 2];
    char importance[8];
    char silent[8];
    char tags[POST_TAGS_MAX * (POST_TAG_MAX + 2) + 2];
    char source[POST_URL_MAX + 2];
    char photo[POST_URL_MAX + 2];
    char alt[POST_CAPTION_MAX + 2];
    char caption[POST_CAPTION_MAX + 2];
    char credit[POST_AUTHOR_MAX + 2];
    char at[40];
    char action[16]; /* the button: preview, draft, publish, schedule, save */
};

/* Reads the form: 0, or the name of a field too long (static). */
static const char *form_read(struct studio *s, struct form *f)
{
    struct {
        const char *name;
        char *out;
        size_t size;
    } fields[] = {{"title", f->title, sizeof f->title},
                  {"body", f->body, sizeof f->body},
                  {"importance", f->importance, sizeof f->importance},
                  {"silent", f->silent, sizeof f->silent},
                  {"tags", f->tags, sizeof f->tags},
                  {"source_url", f->source, sizeof f->source},
                  {"photo", f->photo, sizeof f->photo},
                  {"alt", f->alt, sizeof f->alt},
                  {"caption", f->caption, sizeof f->caption},
                  {"credit", f->credit, sizeof f->credit},
                  {"publish_at", f->at, sizeof f->at},
                  {"do", f->action, sizeof f->action}};
    const char *bad = NULL;
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (ps_field(s, fields[i].name, fields[i].out, fields[i].size) < 0 && !bad)
            bad = fields[i].name;
    return bad;
}

/* The form of post p (in state, of a channel in zone tz), to edit it; a
 * scheduled post's time as the "Publish at" field shows it, local. */
static void form_of_post(struct form *f, const struct post *p, int state, const char *tz)
{
    size_t used = 0;
    memset(f, 0, sizeof *f);
    snprintf(f->title, sizeof f->title, "%s", p->title ? p->title : "");
    snprintf(f->body, sizeof f->body, "%s", p->body ? p->body : "");
    snprintf(f->importance, sizeof f->importance, "%d", p->importance);
    snprintf(f->silent, sizeof f->silent, "%s", p->silent ? "on" : "");
    for (size_t i = 0; i < p->ntags && used + 2 < sizeof f->tags; i++)
        used += (size_t)snprintf(f->tags + used, sizeof f->tags - used, "%s%s", i ? ", " : "",
                                 p->tags[i]);
    snprintf(f->source, sizeof f->source, "%s", p->source_url ? p->source_url : "");
    snprintf(f->photo, sizeof f->photo, "%s",
             p->media.id    ? p->media.id
             : p->media.url ? p->media.url
                            : "");
    snprintf(f->alt, sizeof f->alt, "%s", !p->media.id && p->media.alt ? p->media.alt : "");
    snprintf(f->caption, sizeof f->caption, "%s", p->media.caption ? p->media.caption : "");
    snprintf(f->credit, sizeof f->credit, "%s", p->media.credit ? p->media.credit : "");
    struct tz_civil c;
    if (state == STORE_POST_SCHEDULED &&
        tz_to_local(page_zone_of(tz), p->publish_at / 1000, &c, NULL, NULL) == 0)
        snprintf(f->at, sizeof f->at, "%04d-%02d-%02dT%02d:%02d", c.year, c.month, c.day, c.hour,
                 c.minute);
}

/* "a, b ,c" as a JSON array of the trimmed, non-empty parts. */
static json_t *tags_json(const char *s)
{
    json_t *arr = json_array();
    while (*s) {
        const char *end = strchr(s, ',');
        if (!end)
            end = s + strlen(s);
        const char *a = s, *z = end;
        while (a < z && (*a == ' ' || *a == '\t'))
            a++;
        while (z > a && (z[-1] == ' ' || z[-1] == '\t'))
            z--;
        if (z > a)
            json_array_append_new(arr, json_stringn(a, (size_t)(z - a)));
        s = *end ? end + 1 : end;
    }
    return arr;
}

static int is_hex64(const char *s)
{
    size_t n = strlen(s);
    if (n != 64)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
            return 0;
    return 1;
}

/* The API's JSON object of the form: the fields the newsroom sends. A
 * string that is not UTF-8 makes no member (json_string gives NULL, which
 * json_object_set_new refuses): post_apply_json then says what is missing. */
static json_t *form_json(const struct form *f, int create)
{
    json_t *o = json_object();
    json_object_set_new(o, "title", json_string(f->title));
    json_object_set_new(o, "body", json_string(f->body));
    char *end;
    long imp = strtol(f->importance, &end, 10);
    json_object_set_new(o, "importance",
                        f->importance[0] && !*end ? json_integer(imp) : json_integer(1));
    json_object_set_new(o, "silent", json_boolean(f->silent[0] != '\0'));
    json_object_set_new(o, "tags", tags_json(f->tags));
    if (f->source[0])
        json_object_set_new(o, "source_url", json_string(f->source));
    else if (!create)
        json_object_set_new(o, "source_url", json_null());
    if (f->photo[0]) {
        json_t *m = json_object();
        int id = is_hex64(f->photo);
        json_object_set_new(m, id ? "id" : "url", json_string(f->photo));
        if (!id && f->alt[0])
            json_object_set_new(m, "alt", json_string(f->alt));
        json_object_set_new(m, "caption", json_string(f->caption));
        json_object_set_new(m, "credit", json_string(f->credit));
        json_object_set_new(o, "media", m);
    } else if (!create) {
        json_object_set_new(o, "media", json_null());
    }
    if (create && strcmp(f->action, "draft") == 0)
        json_object_set_new(o, "draft", json_true());
    if (create && strcmp(f->action, "schedule") == 0)
        json_object_set_new(o, "publish_at", json_string(f->at));
    return o;
}

/* ---- writing the form ---- */

static void input(struct buf *b, const char *label, const char *type, const char *name,
                  const char *value, const char *extra)
{
    buf_appends(b, "<label>");
    page_esc(b, label);
    buf_appends(b, "<input");
    page_attr(b, "type", type);
    page_attr(b, "name", name);
    page_attr(b, "value", value);
    if (extra)
        buf_appends(b, extra);
    buf_appends(b, "></label>\n");
}

static void submit(struct buf *b, const char *value, const char *label, const char *cls)
{
    buf_appends(b, "<button type=\"submit\" name=\"do\"");
    page_attr(b, "value", value);
    page_attr(b, "class", cls);
    buf_appends(b, ">");
    page_esc(b, label);
    buf_appends(b, "</button>");
}

static void toolbar(struct studio *s)
{
    static const char *const kinds[] = {"bold", "italic", "link", "quote", "list"};
    const struct page_text *tx = s->p.tx;
    const char *labels[] = {tx->st_tb_bold, tx->st_tb_italic, tx->st_tb_link, tx->st_tb_quote,
                            tx->st_tb_list};
    buf_appends(s->p.b, "<div class=\"toolbar\" role=\"toolbar\" hidden");
    page_attr(s->p.b, "aria-label", tx->st_toolbar);
    buf_appends(s->p.b, ">");
    for (size_t i = 0; i < 5; i++) {
        buf_printf(s->p.b, "<button type=\"button\" class=\"btn\" data-md=\"%s\">", kinds[i]);
        page_esc(s->p.b, labels[i]);
        buf_appends(s->p.b, "</button>");
    }
    buf_appends(s->p.b, "</div>\n");
}

static void importance_select(struct studio *s, const char *value)
{
    const struct page_text *tx = s->p.tx;
    const char *labels[] = {tx->st_imp_low, tx->st_imp_normal, tx->st_imp_important,
                            tx->st_imp_breaking};
    char *end;
    long cur = strtol(value, &end, 10);
    if (!value[0] || *end)
        cur = 1;
    buf_appends(s->p.b, "<label>");
    page_esc(s->p.b, tx->st_f_importance);
    buf_appends(s->p.b, "<select name=\"importance\">");
    for (int i = 0; i < 4; i++) {
        buf_printf(s->p.b, "<option value=\"%d\"%s>", i, i == cur ? " selected" : "");
        page_esc(s->p.b, labels[i]);
        buf_appends(s->p.b, "</option>");
    }
    buf_appends(s->p.b, "</select></label>\n");
}

/* The compose form (edit_id 0) or the edit form of post edit_id (in
 * state): a draft or a scheduled post may be scheduled from it. */
static void compose_form(struct studio *s, const struct store_channel *ch, const struct form *f,
                         const char *error, int64_t edit_id, int state)
{
    struct buf *b = s->p.b;
    const struct page_text *tx = s->p.tx;
    int may_publish = team_may_publish(&s->who, ch->id);
    char action[160];
    if (edit_id)
        snprintf(action, sizeof action, "/studio/%s/posts/%lld/edit", ch->slug, (long long)edit_id);
    else
        snprintf(action, sizeof action, "/studio/%s/compose", ch->slug);
    buf_appends(b, "<section class=\"card compose\" aria-labelledby=\"compose-h\">\n"
                   "<h2 id=\"compose-h\">");
    page_esc(b, edit_id ? tx->st_edit : tx->st_compose);
    buf_appends(b, "</h2>\n");
    if (error) {
        buf_appends(b, "<p class=\"error\" role=\"alert\">");
        page_esc(b, error);
        buf_appends(b, "</p>\n");
    }
    buf_appends(b, "<form method=\"post\" class=\"stack\" id=\"compose\"");
    page_attr(b, "action", action);
    page_attr(b, "data-slug", ch->slug);
    page_attr(b, "data-uploading", tx->st_uploading);
    page_attr(b, "data-upload-failed", tx->st_upload_failed);
    buf_appends(b, ">");
    ps_csrf_input(s);
    input(b, tx->st_f_title, "text", "title", f->title, " required maxlength=\"256\"");
    buf_appends(b, "<label for=\"body\">");
    page_esc(b, tx->st_f_body);
    buf_appends(b, "</label>\n");
    toolbar(s);
    buf_appends(b, "<textarea id=\"body\" name=\"body\" rows=\"10\">");
    page_esc(b, f->body);
    buf_appends(b, "</textarea>\n<div class=\"row\">");
    importance_select(s, f->importance);
    buf_appends(b, "<label class=\"check\"><input type=\"checkbox\" name=\"silent\"");
    if (f->silent[0])
        buf_appends(b, " checked");
    buf_appends(b, ">");
    page_esc(b, tx->st_f_silent);
    buf_appends(b, "</label></div>\n");
    input(b, tx->st_f_tags, "text", "tags", f->tags, NULL);
    input(b, tx->st_f_source, "url", "source_url", f->source, NULL);
    buf_appends(b, "<fieldset><legend>Photo</legend>\n<label class=\"upload\" hidden>");
    page_esc(b, tx->st_f_upload);
    buf_appends(b, "<input type=\"file\" id=\"upload\" accept=\"image/jpeg,image/png,image/webp\">"
                   "</label>\n");
    input(b, tx->st_f_photo, "text", "photo", f->photo, " id=\"photo\"");
    input(b, tx->st_f_alt, "text", "alt", f->alt, " id=\"alt\"");
    input(b, tx->st_f_caption, "text", "caption", f->caption, NULL);
    input(b, tx->st_f_credit, "text", "credit", f->credit, NULL);
    buf_appends(b, "</fieldset>\n<div class=\"buttons\">");
    submit(b, "preview", tx->st_preview, "btn");
    if (edit_id) {
        submit(b, "save", tx->st_save, "btn primary");
    } else {
        submit(b, "draft", tx->st_save_draft, "btn");
        if (may_publish)
            submit(b, "publish", tx->st_publish_now, "btn primary");
    }
    buf_appends(b, "</div>\n");
    int schedulable = !edit_id || state == STORE_POST_DRAFT || state == STORE_POST_SCHEDULED;
    if (may_publish && schedulable) {
        buf_appends(b, "<div class=\"row schedule\">");
        input(b, tx->st_f_at, "datetime-local", "publish_at", f->at, NULL);
        submit(b, "schedule", tx->st_schedule, "btn");
        buf_appends(b, "</div>\n");
    }
    buf_appends(b, "</form>\n</section>\n");
}

static void preview_block(struct studio *s, const struct store_channel *ch, const struct post *p)
{
    buf_appends(s->p.b, "<section class=\"preview\" aria-labelledby=\"preview-h\">\n"
                        "<h2 id=\"preview-h\">");
    page_esc(s->p.b, s->p.tx->st_preview_h);
    buf_appends(s->p.b, "</h2>\n<div class=\"posts\">\n");
    page_post_render(s->p.b, s->p.tx, ch->slug, ch->tz, p, "h3");
    buf_appends(s->p.b, "</div>\n</section>\n");
}

/* The live preview's answer (studio.js asks with fragment=1 as one types):
 * the preview block alone, or the refusal, never a whole page. 1 when the
 * request asked for it (res filled), else 0. */
static int preview_fragment(struct studio *s, const struct store_channel *ch, const char *error,
                            const struct post *p)
{
    char want[4];
    if (ps_field(s, "fragment", want, sizeof want) < 0 || strcmp(want, "1") != 0)
        return 0;
    buf_reset(s->p.b);
    page_html_headers(s->p.res);
    s->p.res->status = error ? 400 : 200;
    s->p.res->content_type = "text/html; charset=utf-8";
    if (error) {
        buf_appends(s->p.b, "<p class=\"error\" role=\"alert\">");
        page_esc(s->p.b, error);
        buf_appends(s->p.b, "</p>\n");
    } else {
        preview_block(s, ch, p);
    }
    return 1;
}

/* ---- the stream ---- */

/* The account of a listed post (the lists do not carry it). */
static int64_t post_owner(struct studio *s, int64_t channel_id, int64_t post_id)
{
    struct post p;
    int state = 0;
    int64_t uid = 0;
    if (store_post_get(s->p.st, channel_id, post_id, &p, &state) == 0)
        uid = p.user_id;
    post_clear(&p);
    return uid;
}

static void post_row(struct studio *s, const struct store_channel *ch, int role,
                     const struct post *p, int state)
{
    struct buf *b = s->p.b;
    const struct page_text *tx = s->p.tx;
    char base[160];
    int64_t owner = role >= STORE_ROLE_EDITOR ? 0 : post_owner(s, ch->id, p->id);
    int may_change = team_may_change(&s->who, ch->id, owner, state) == NULL;
    snprintf(base, sizeof base, "/studio/%s/posts/%lld/", ch->slug, (long long)p->id);
    buf_printf(b, "<li class=\"stream-post\" data-id=\"%lld\"><span class=\"title\">",
               (long long)p->id);
    page_esc(b, p->title);
    buf_appends(b, "</span> <span class=\"when\">");
    if (state == STORE_POST_SCHEDULED)
        ps_time(s, p->publish_at, ch->tz);
    else if (state == STORE_POST_LIVE)
        ps_time(s, p->published_at, ch->tz);
    buf_appends(b, "</span><span class=\"actions\">");
    char action[200];
    if (state != STORE_POST_LIVE && may_change && team_may_publish(&s->who, ch->id)) {
        snprintf(action, sizeof action, "%spublish", base);
        ps_button(s, action, tx->st_publish, NULL, NULL, "btn primary");
    }
    if (may_change) {
        buf_printf(b, "<a class=\"btn\" href=\"%sedit\">", base);
        page_esc(b, tx->st_edit);
        buf_appends(b, "</a>");
        snprintf(action, sizeof action, "%sdelete", base);
        ps_button(s, action, tx->st_delete, NULL, NULL, "btn danger");
    }
    if (state == STORE_POST_LIVE && role >= STORE_ROLE_EDITOR) {
        snprintf(action, sizeof action, "%spin", base);
        ps_button(s, action, tx->st_pin, NULL, NULL, "btn");
        snprintf(action, sizeof action, "%sexclude", base);
        ps_button(s, action, tx->st_exclude, NULL, NULL, "btn");
        snprintf(action, sizeof action, "%sunpin", base);
        ps_button(s, action, tx->st_unpin, NULL, NULL, "btn");
        /* the one post at the top of the channel's page */
        int top = ch->pinned_post_id == p->id;
        snprintf(action, sizeof action, "%s%s", base, top ? "untop" : "top");
        ps_button(s, action, top ? tx->st_untop : tx->st_top, NULL, NULL, "btn");
    }
    buf_appends(b, "</span></li>\n");
}

static void stream_part(struct studio *s, const struct store_channel *ch, int role,
                        const char *title, const char *id, const struct post *v, size_t n,
                        int state)
{
    buf_printf(s->p.b, "<section class=\"stream\" aria-labelledby=\"%s\"><h2 id=\"%s\">", id, id);
    page_esc(s->p.b, title);
    buf_appends(s->p.b, "</h2>\n");
    if (!n) {
        buf_appends(s->p.b, "<p class=\"empty\">");
        page_esc(s->p.b, s->p.tx->st_nothing);
        buf_appends(s->p.b, "</p>\n");
    } else {
        buf_printf(s->p.b, "<ul class=\"stream-list\" id=\"%s-list\">\n", id);
        for (size_t i = 0; i < n; i++)
            post_row(s, ch, role, &v[i], state);
        buf_appends(s->p.b, "</ul>\n");
    }
    buf_appends(s->p.b, "</section>\n");
}

static int stream(struct studio *s, const struct store_channel *ch, int role)
{
    struct post *drafts = NULL, *sched = NULL, *live = NULL;
    size_t nd = 0, ns = 0, nl = 0;
    int rc = store_posts_drafts(s->p.st, ch->id, STREAM_DRAFTS, &drafts, &nd);
    if (rc == 0)
        rc = store_posts_scheduled(s->p.st, ch->id, STREAM_SCHEDULED, &sched, &ns);
    if (rc == 0)
        rc = store_posts_recent(s->p.st, ch->id, 0, STREAM_RECENT, &live, &nl);
    if (rc == 0) {
        const struct page_text *tx = s->p.tx;
        stream_part(s, ch, role, tx->st_drafts, "drafts", drafts, nd, STORE_POST_DRAFT);
        stream_part(s, ch, role, tx->st_scheduled, "scheduled", sched, ns, STORE_POST_SCHEDULED);
        stream_part(s, ch, role, tx->st_published, "published", live, nl, STORE_POST_LIVE);
    }
    store_posts_free(drafts, nd);
    store_posts_free(sched, ns);
    store_posts_free(live, nl);
    return rc;
}

/* The channel's page: a notice, the preview, the form, the stream. */
static void channel_page(struct studio *s, const struct store_channel *ch, int role, int status,
                         const struct form *f, const char *error, const struct post *preview)
{
    struct buf *b = s->p.b;
    char done[24];
    ps_begin(s, ch->title, "studio-channel");
    s->p.res->status = status;
    ps_channel_head(s, ch, role, "compose");
    if (http_query_get(s->p.req->query, "done", done, sizeof done) > 0) {
        buf_appends(b, "<p class=\"notice\" role=\"status\">");
        page_esc(b, s->p.tx->st_done);
        buf_appends(b, "</p>\n");
    }
    if (preview)
        preview_block(s, ch, preview);
    compose_form(s, ch, f, error, 0, 0);
    if (stream(s, ch, role) < 0) {
        ps_message(s, 500, s->p.tx->err_title, s->p.tx->err_text, NULL, NULL);
        return;
    }
    ps_end(s);
}

void page_studio_channel(struct studio *s, const struct route_match *m)
{
    struct store_channel ch;
    int role;
    if (s->p.req->method != HTTP_GET) {
        ps_message(s, 405, s->p.tx->method_title, NULL, "/studio", s->p.tx->st_title);
        return;
    }
    if (ps_channel(s, m->slug, &ch, &role) < 0)
        return;
    struct form *f = xcalloc(1, sizeof *f);
    snprintf(f->importance, sizeof f->importance, "1");
    channel_page(s, &ch, role, 200, f, NULL, NULL);
    free(f);
    store_channel_clear(&ch);
}

/* ---- compose and edit ---- */

/* Applies the form to p through post_apply_json: NULL, or why not (into
 * why, whysz bytes). */
static const char *apply_form(struct studio *s, const struct store_channel *ch,
                              const struct form *f, struct post *p, int create, char *why,
                              size_t whysz)
{
    struct post_context ctx = {create, ch->lang, ch->tz, crier_now_ms(), s->env->media, ch->id};
    struct field_error err;
    json_t *in = form_json(f, create);
    int rc = post_apply_json(p, in, &ctx, &err);
    json_decref(in);
    if (rc == 0)
        return NULL;
    snprintf(why, whysz, "%s", err.message);
    return why;
}

static void redirect_done(struct studio *s, const struct store_channel *ch, const char *what)
{
    char loc[160];
    snprintf(loc, sizeof loc, "/studio/%s?done=%s", ch->slug, what);
    reader_redirect(s->p.res, loc);
}

/* The new post of the form: preview, or stored as asked. */
static void compose_post(struct studio *s, const struct store_channel *ch, int role, struct form *f)
{
    char why[300];
    const char *bad = form_read(s, f), *err = NULL;
    struct post p;
    post_init(&p);
    if (bad)
        snprintf(why, sizeof why, "%s: too long", bad), err = why;
    int publish = strcmp(f->action, "publish") == 0 || strcmp(f->action, "schedule") == 0;
    if (!err && publish && !team_may_publish(&s->who, ch->id)) {
        post_clear(&p);
        ps_forbidden(s);
        return;
    }
    if (!err)
        err = apply_form(s, ch, f, &p, 1, why, sizeof why);
    if (err || strcmp(f->action, "preview") == 0 || !f->action[0]) {
        if (!err && !p.published_at)
            p.published_at = crier_now_ms();
        if (!preview_fragment(s, ch, err, &p))
            channel_page(s, ch, role, err ? 400 : 200, f, err, err ? NULL : &p);
        post_clear(&p);
        return;
    }
    if (!publish)
        p.publish_at = POST_DRAFT_AT;
    p.user_id = s->who.user_id;
    struct store_event ev = {0};
    int64_t now = crier_now_ms(), publish_at = p.publish_at > now ? p.publish_at : 0;
    const char *what = !publish_at ? "publish" : publish_at == POST_DRAFT_AT ? "draft" : "schedule";
    struct store_audit audit;
    team_audit_fill(&audit, ch->id, s->who.email, what, 0, p.title);
    int rc = store_post_create(s->p.st, ch->id, &p, publish_at, &ev, &audit);
    if (rc < 0) {
        log_error("studio: a post to %s: %s", ch->slug, crier_strerror(rc));
        ps_message(s, 500, s->p.tx->err_title, s->p.tx->err_text, NULL, NULL);
    } else {
        redirect_done(s, ch, what);
    }
    store_event_clear(&ev);
    post_clear(&p);
}

void page_studio_compose(struct studio *s, const struct route_match *m)
{
    struct store_channel ch;
    int role;
    if (s->p.req->method != HTTP_POST) {
        reader_redirect(s->p.res, "/studio");
        return;
    }
    if (ps_csrf(s) < 0 || ps_channel(s, m->slug, &ch, &role) < 0)
        return;
    struct form *f = xcalloc(1, sizeof *f);
    compose_post(s, &ch, role, f);
    free(f);
    store_channel_clear(&ch);
}

static void edit_page(struct studio *s, const struct store_channel *ch, int role, int status,
                      const struct form *f, const char *error, const struct post *preview,
                      int64_t id, int state)
{
    ps_begin(s, ch->title, "studio-edit");
    s->p.res->status = status;
    ps_channel_head(s, ch, role, "");
    if (preview)
        preview_block(s, ch, preview);
    compose_form(s, ch, f, error, id, state);
    ps_end(s);
}

/* The "Publish at" of the form (local to the channel's zone) into *at: NULL,
 * or why not (into why, whysz bytes). As for a new post, a time already
 * past (beyond the clock skew) is refused: a typo must not publish. */
static const char *schedule_time(const struct store_channel *ch, const struct form *f, int64_t *at,
                                 char *why, size_t whysz)
{
    json_t *v = json_string(f->at);
    int rc = f->at[0] && v ? timefmt_json(v, ch->tz, at) : -EINVAL;
    json_decref(v);
    if (rc < 0)
        snprintf(why, whysz, "publish_at: a date and time, local to %s", ch->tz);
    else if (*at < crier_now_ms() - POST_SKEW_MS)
        snprintf(why, whysz, "publish_at: this time is already past");
    else
        return NULL;
    return why;
}

/* GET and POST .../posts/{id}/edit; p is the post as stored (in state).
 * "save" stores the form; "schedule" (a draft or scheduled post, by who may
 * publish) stores it and sets its time. */
static void edit(struct studio *s, const struct store_channel *ch, int role, struct post *p,
                 int state)
{
    struct form *f = xcalloc(1, sizeof *f);
    char why[300];
    const char *err = NULL;
    int64_t at = 0;
    if (s->p.req->method != HTTP_POST) {
        form_of_post(f, p, state, ch->tz);
        edit_page(s, ch, role, 200, f, NULL, NULL, p->id, state);
        free(f);
        return;
    }
    const char *bad = form_read(s, f);
    int sched = strcmp(f->action, "schedule") == 0;
    if (sched && ((state != STORE_POST_DRAFT && state != STORE_POST_SCHEDULED) ||
                  !team_may_publish(&s->who, ch->id))) {
        free(f);
        ps_forbidden(s);
        return;
    }
    if (bad)
        snprintf(why, sizeof why, "%s: too long", bad), err = why;
    if (!err)
        err = apply_form(s, ch, f, p, 0, why, sizeof why);
    if (!err && sched)
        err = schedule_time(ch, f, &at, why, sizeof why);
    if (err || (!sched && strcmp(f->action, "save") != 0)) {
        if (!err && !p->published_at)
            p->published_at = crier_now_ms();
        if (!preview_fragment(s, ch, err, p))
            edit_page(s, ch, role, err ? 400 : 200, f, err, err ? NULL : p, p->id, state);
        free(f);
        return;
    }
    free(f);
    struct store_event ev = {0};
    /* One row, in the transaction of the change it tells: a plain edit's
     * with the edit, a schedule's with the schedule. */
    const char *what = !sched ? "edit" : at > crier_now_ms() ? "schedule" : "publish";
    struct store_audit audit;
    team_audit_fill(&audit, ch->id, s->who.email, what, p->id, p->title);
    int rc = store_post_edit(s->p.st, ch->id, p->id, p, &ev, sched ? NULL : &audit);
    store_event_clear(&ev);
    if (rc == 0 && sched)
        rc = store_post_schedule(s->p.st, ch->id, p->id, at, &ev, &audit);
    store_event_clear(&ev);
    if (rc < 0) {
        ps_message(s, rc == -ENOENT ? 404 : 500, s->p.tx->err_title, s->p.tx->err_text, NULL, NULL);
        return;
    }
    redirect_done(s, ch, what);
}

/* publish, delete, pin, unpin, exclude: the change, then back to the
 * stream, or to the next selection when the form says back=selection. A
 * publish's and a delete's audit row go in their write's transaction; a
 * pin's and a mark's after it. */
static void act(struct studio *s, const struct store_channel *ch, int role,
                const struct route_match *m, const struct post *p, int state)
{
    struct store_event ev = {0};
    struct store_audit row;
    const char *a = m->action, *audit = a;
    int rc, written = 0;
    team_audit_fill(&row, ch->id, s->who.email, a, p->id, p->title);
    if (strcmp(a, "publish") == 0) {
        if (!team_may_publish(&s->who, ch->id)) {
            ps_forbidden(s);
            return;
        }
        rc = store_post_schedule(s->p.st, ch->id, p->id, 0, &ev, &row);
        written = 1;
    } else if (strcmp(a, "delete") == 0) {
        rc = store_post_delete(s->p.st, ch->id, p->id, &ev, &row);
        written = 1;
    } else if (strcmp(a, "top") == 0 || strcmp(a, "untop") == 0) {
        if (role < STORE_ROLE_EDITOR || state != STORE_POST_LIVE) {
            ps_forbidden(s);
            return;
        }
        int top = strcmp(a, "top") == 0;
        audit = top ? "pin_top" : "unpin_top";
        rc = store_channel_pin(s->p.st, ch->id, top ? p->id : 0, &ev);
    } else {
        if (role < STORE_ROLE_EDITOR || state != STORE_POST_LIVE) {
            ps_forbidden(s);
            return;
        }
        int mark = strcmp(a, "pin") == 0       ? STORE_MARK_PIN
                   : strcmp(a, "exclude") == 0 ? STORE_MARK_EXCLUDE
                                               : STORE_MARK_NONE;
        audit = mark == STORE_MARK_NONE ? "unmark" : a;
        rc = store_post_mark(s->p.st, ch->id, p->id, mark);
    }
    store_event_clear(&ev);
    if (rc == -EALREADY)
        rc = 0; /* published already: what was asked is so (and no row: nothing changed) */
    if (rc < 0) {
        ps_message(s, rc == -ENOENT ? 404 : 500, s->p.tx->err_title, s->p.tx->err_text, NULL, NULL);
        return;
    }
    if (!written)
        team_audit(s->p.st, ch->id, s->who.email, audit, p->id, p->title);
    char back[16];
    if (ps_field(s, "back", back, sizeof back) == 0 && strcmp(back, "selection") == 0) {
        char loc[160];
        snprintf(loc, sizeof loc, "/studio/%s/selection?done=%s", ch->slug, audit);
        reader_redirect(s->p.res, loc);
        return;
    }
    redirect_done(s, ch, audit);
}

void page_studio_post(struct studio *s, const struct route_match *m)
{
    struct store_channel ch;
    struct post p;
    int role, state = 0;
    int get = s->p.req->method == HTTP_GET;
    if (get && strcmp(m->action, "edit") != 0) {
        reader_redirect(s->p.res, "/studio");
        return;
    }
    if ((!get && ps_csrf(s) < 0) || ps_channel(s, m->slug, &ch, &role) < 0)
        return;
    int rc = store_post_get(s->p.st, ch.id, m->num, &p, &state);
    if (rc == 0 && state == STORE_POST_DELETED)
        rc = -ENOENT;
    if (rc < 0) {
        ps_message(s, rc == -ENOENT ? 404 : 500, s->p.tx->nf_title, s->p.tx->nf_post, "/studio",
                   s->p.tx->st_title);
    } else if (team_may_change(&s->who, ch.id, p.user_id, state)) {
        ps_forbidden(s);
    } else if (strcmp(m->action, "edit") == 0) {
        edit(s, &ch, role, &p, state);
    } else {
        act(s, &ch, role, m, &p, state);
    }
    post_clear(&p);
    store_channel_clear(&ch);
}
