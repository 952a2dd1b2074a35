/*
 * page_studio_stats: what the channel's readers do, and what the next
 * selection would hold. The stats (every role may look) draw the members
 * of the last 30 days as an inline SVG (svgchart: no script, no style
 * attribute, so the page's CSP holds) from the rows the "member days" job
 * records every minute, and list the recent posts with their views, reach
 * and audience. The next selection (editors and owners) is the preview
 * selection_preview() computes for the API, shown item by item with its
 * score broken down, the posts it merged and why, and one-click forms that
 * pin, exclude or unpin a post through the posts' own routes (which send
 * the editor back here).
 */
#include "page_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "log.h"
#include "selection.h"
#include "svgchart.h"

#define STATS_DAYS 30
#define STATS_POSTS 50
#define LEFT_OUT_MAX 100 /* candidates left out listed at most (a window may hold thousands) */
#define DAY_MS 86400000LL

static void fail(struct studio *s, int rc)
{
    log_error("studio: %s", crier_strerror(rc));
    ps_message(s, 500, s->p.tx->err_title, s->p.tx->err_text, NULL, NULL);
}

static void number(struct studio *s, int64_t v)
{
    char n[SVGCHART_NUMBER_SIZE];
    page_esc(s->p.b, svgchart_number(v, s->p.tx->code, n));
}

/* ---- stats ---- */

/* The last STATS_DAYS days, today included, each with the members of its
 * row or, on a day the job missed, of the day before. Days before the
 * first row ever recorded are left out: nobody counted them. */
static int members_chart(struct studio *s, const struct store_channel *ch, int64_t now)
{
    char from[11], to[11], first[11], day[11];
    char labels[STATS_DAYS][16];
    const char *lp[STATS_DAYS];
    int64_t values[STATS_DAYS], last = -1;
    struct store_member_day *v = NULL;
    size_t n = 0, k = 0, npts = 0;
    int rc;

    if ((rc = store_day_of(now, to)) < 0 || (rc = store_day_of(now - 399 * DAY_MS, from)) < 0 ||
        (rc = store_day_of(now - (STATS_DAYS - 1) * DAY_MS, first)) < 0)
        return rc;
    if ((rc = store_member_days(s->p.st, ch->id, from, to, &v, &n)) < 0)
        return rc;
    for (; k < n && strcmp(v[k].day, first) < 0; k++)
        last = v[k].members; /* the newest count before the window */
    for (int d = STATS_DAYS - 1; d >= 0; d--) {
        if (store_day_of(now - d * DAY_MS, day) < 0)
            continue;
        for (; k < n && strcmp(v[k].day, day) <= 0; k++)
            last = v[k].members;
        if (last < 0)
            continue;
        svgchart_day_label(day, s->p.tx->code, labels[npts]);
        lp[npts] = labels[npts];
        values[npts++] = last;
    }
    free(v);
    struct svgchart c = {.title = s->p.tx->st_members_chart,
                         .lang = s->p.tx->code,
                         .empty = s->p.tx->st_chart_empty,
                         .labels = lp,
                         .values = values,
                         .n = npts};
    buf_appends(s->p.b, "<figure class=\"chart\">");
    rc = svgchart_line(s->p.b, &c);
    buf_appends(s->p.b, "</figure>\n");
    return rc;
}

static int posts_table(struct studio *s, const struct store_channel *ch)
{
    struct buf *b = s->p.b;
    const struct page_text *tx = s->p.tx;
    struct store_post_stat *v = NULL;
    size_t n = 0;
    int rc = store_post_stats(s->p.st, ch->id, STATS_POSTS, &v, &n);
    if (rc < 0)
        return rc;
    buf_appends(b, "<section aria-labelledby=\"posts-h\"><h2 id=\"posts-h\">");
    page_esc(b, tx->st_recent_posts);
    buf_appends(b, "</h2>\n<p class=\"meta\">");
    page_esc(b, tx->st_stats_help);
    buf_appends(b, "</p>\n");
    const char *const heads[] = {tx->st_f_title, tx->st_col_published, tx->st_views, tx->st_reach,
                                 tx->st_audience};
    ps_table_begin(s, "audit stats", "post-stats", heads, 5, 2);
    for (size_t i = 0; i < n; i++) {
        buf_printf(b, "<tr data-post=\"%lld\"><td><a href=\"/%s/%lld\">", (long long)v[i].id,
                   ch->slug, (long long)v[i].seq);
        page_esc(b, v[i].title[0] ? v[i].title : "#");
        buf_appends(b, "</a></td><td>");
        ps_time(s, v[i].published_at, ch->tz);
        buf_appends(b, "</td><td class=\"num views\">");
        number(s, v[i].views);
        buf_appends(b, "</td><td class=\"num reach\">");
        number(s, v[i].reach);
        buf_appends(b, "</td><td class=\"num audience\">");
        if (v[i].audience < 0)
            buf_appends(b, "—");
        else
            number(s, v[i].audience);
        buf_appends(b, "</td></tr>\n");
    }
    buf_appends(b, "</tbody></table></div>\n");
    if (!n) {
        buf_appends(b, "<p class=\"empty\">");
        page_esc(b, tx->st_nothing);
        buf_appends(b, "</p>\n");
    }
    buf_appends(b, "</section>\n");
    free(v);
    return 0;
}

void page_studio_stats(struct studio *s, const struct route_match *m)
{
    struct store_channel ch;
    int role;
    int64_t members = 0, now = crier_now_ms();
    if (ps_channel(s, m->slug, &ch, &role) < 0)
        return;
    int rc = store_member_count(s->p.st, ch.id, &members);
    if (rc < 0) {
        fail(s, rc);
        store_channel_clear(&ch);
        return;
    }
    struct buf *b = s->p.b;
    ps_begin(s, ch.title, "studio-stats");
    ps_channel_head(s, &ch, role, "stats");
    buf_appends(b, "<section aria-labelledby=\"members-h\"><h2 id=\"members-h\">");
    page_esc(b, s->p.tx->st_members_chart);
    buf_appends(b, "</h2>\n<p class=\"members-now\">");
    page_esc(b, s->p.tx->st_members_now);
    buf_appends(b, " <strong id=\"members-now\">");
    number(s, members);
    buf_appends(b, "</strong></p>\n");
    if ((rc = members_chart(s, &ch, now)) == 0) {
        buf_appends(b, "</section>\n");
        rc = posts_table(s, &ch);
    }
    if (rc < 0) {
        fail(s, rc);
        store_channel_clear(&ch);
        return;
    }
    ps_end(s);
    store_channel_clear(&ch);
}

/* ---- the next selection ---- */

/* The slot the scheduler publishes next, and when: the soonest configured
 * slot after now, or "manual" now when selections are off or have no
 * slot. */
static void next_slot(const struct store_channel *ch, int64_t now, char *slot, size_t slotsz,
                      int64_t *at)
{
    struct selection_config cfg;
    char err[128], date[11];
    int64_t best = 0;
    snprintf(slot, slotsz, "manual");
    *at = now;
    if (selection_config_parse(ch->selection, &cfg, err, sizeof err) < 0 || !cfg.enabled)
        return;
    for (size_t i = 0; i < cfg.nslots; i++) {
        int64_t last, next;
        /* The occurrence after the last one is 23 to 25 hours later; the
         * one after that at least 46. */
        if (selection_slot_at_or_before(ch->tz, cfg.slots[i].hour, cfg.slots[i].minute, now, &last,
                                        date) < 0 ||
            selection_slot_at_or_before(ch->tz, cfg.slots[i].hour, cfg.slots[i].minute,
                                        last + 26 * 3600 * 1000LL, &next, date) < 0 ||
            next <= now)
            continue;
        if (!best || next < best) {
            best = next;
            snprintf(slot, slotsz, "%s", cfg.slots[i].name);
        }
    }
    if (best)
        *at = best;
}

static const struct store_candidate *cand_by_seq(const struct store_candidate *c, size_t n,
                                                 int64_t seq)
{
    for (size_t i = 0; i < n; i++)
        if (c[i].seq == seq)
            return &c[i];
    return NULL;
}

/* The one-click forms of a post: pin or unpin, and exclude (or unpin an
 * excluded one: "unpin" clears either mark). */
static void mark_buttons(struct studio *s, const struct store_channel *ch, int64_t post_id,
                         int mark)
{
    const struct page_text *tx = s->p.tx;
    char base[160], action[200];
    snprintf(base, sizeof base, "/studio/%s/posts/%lld/", ch->slug, (long long)post_id);
    buf_appends(s->p.b, "<div class=\"buttons\">");
    if (mark == STORE_MARK_NONE) {
        snprintf(action, sizeof action, "%spin", base);
        ps_button(s, action, tx->st_pin, "back", "selection", "btn primary");
    } else {
        snprintf(action, sizeof action, "%sunpin", base);
        ps_button(s, action, tx->st_unpin, "back", "selection", "btn");
    }
    if (mark != STORE_MARK_EXCLUDE) {
        snprintf(action, sizeof action, "%sexclude", base);
        ps_button(s, action, tx->st_exclude, "back", "selection", "btn danger");
    }
    buf_appends(s->p.b, "</div>");
}

static void part(struct buf *b, const char *name, double v)
{
    buf_appends(b, "<li>");
    page_esc(b, name);
    buf_printf(b, " <b>%.2f</b></li>", v);
}

static void item_html(struct studio *s, const struct store_channel *ch,
                      const struct digest_item *it, size_t rank, const struct store_candidate *c,
                      size_t nc)
{
    struct buf *b = s->p.b;
    const struct page_text *tx = s->p.tx;
    const struct store_candidate *self = cand_by_seq(c, nc, it->seq);
    buf_printf(b, "<li class=\"sel-item\" data-post=\"%lld\"><h3><span class=\"rank\">%zu</span> ",
               (long long)it->post_id, rank);
    buf_printf(b, "<a href=\"/%s/%lld\">", ch->slug, (long long)it->seq);
    page_esc(b, it->title && it->title[0] ? it->title : "#");
    buf_appends(b, "</a>");
    if (it->pinned) {
        buf_appends(b, " <span class=\"badge new\">");
        page_esc(b, tx->st_pinned);
        buf_appends(b, "</span>");
    }
    buf_appends(b, "</h3>\n");
    if (it->lede && it->lede[0]) {
        buf_appends(b, "<p class=\"lede\">");
        page_excerpt(b, it->lede, 400);
        buf_appends(b, "</p>\n");
    }
    buf_appends(b, "<ul class=\"parts\"><li class=\"score\">");
    page_esc(b, tx->st_score);
    buf_printf(b, " <b>%.2f</b></li>", it->score);
    part(b, tx->st_part_importance, it->importance);
    part(b, tx->st_part_engagement, it->engagement);
    part(b, tx->st_part_coverage, it->coverage);
    part(b, tx->st_part_freshness, it->freshness);
    buf_appends(b, "<li>");
    page_esc(b, tx->st_sources_n);
    buf_printf(b, " <b>%zu</b></li></ul>\n", it->sources);
    if (it->nmerged) {
        buf_appends(b, "<details class=\"merged\"><summary>");
        page_esc(b, tx->st_merged);
        buf_printf(b, " (%zu)</summary><ul>", it->nmerged);
        for (size_t k = 0; k < it->nmerged; k++) {
            const struct store_candidate *mc = cand_by_seq(c, nc, it->merged[k]);
            buf_printf(b, "<li><a href=\"/%s/%lld\">#%lld ", ch->slug, (long long)it->merged[k],
                       (long long)it->merged[k]);
            page_esc(b, mc && mc->title ? mc->title : "");
            buf_appends(b, "</a>");
            for (size_t w = 0; w < it->nwhy; w++) {
                const struct digest_why *y = &it->why[w];
                if (y->seq != it->merged[k] || !y->with)
                    continue;
                buf_appends(b, " <span class=\"why\">");
                page_esc(b, tx->st_why_with);
                buf_printf(b, " #%lld", (long long)y->with);
                for (size_t t = 0; t < y->nshared; t++) {
                    buf_appends(b, t ? ", " : ": ");
                    page_esc(b, y->shared[t]);
                }
                buf_appends(b, "</span>");
            }
            buf_appends(b, "</li>");
        }
        buf_appends(b, "</ul></details>\n");
    }
    mark_buttons(s, ch, it->post_id,
                 self         ? self->mark
                 : it->pinned ? STORE_MARK_PIN
                              : STORE_MARK_NONE);
    buf_appends(b, "</li>\n");
}

/* 1 when the candidate is in an item (its representative or merged). */
static int chosen(const struct selection_result *r, int64_t seq)
{
    for (size_t i = 0; i < r->nitems; i++) {
        if (r->items[i].seq == seq)
            return 1;
        for (size_t k = 0; k < r->items[i].nmerged; k++)
            if (r->items[i].merged[k] == seq)
                return 1;
    }
    return 0;
}

/* The candidates of the window that no item holds, each with Pin (or
 * Unpin when excluded): the first LEFT_OUT_MAX, then how many more. */
static void left_out(struct studio *s, const struct store_channel *ch,
                     const struct selection_result *r, const struct store_candidate *c, size_t nc)
{
    struct buf *b = s->p.b;
    const struct page_text *tx = s->p.tx;
    buf_appends(b, "<section aria-labelledby=\"out-h\"><h2 id=\"out-h\">");
    page_esc(b, tx->st_left_out);
    buf_appends(b, "</h2>\n<ul class=\"stream-list left-out\">\n");
    size_t shown = 0;
    for (size_t i = 0; i < nc; i++) {
        if (chosen(r, c[i].seq) || shown++ >= LEFT_OUT_MAX)
            continue;
        buf_printf(b, "<li class=\"stream-post\" data-post=\"%lld\"><span class=\"title\">",
                   (long long)c[i].id);
        buf_printf(b, "<a href=\"/%s/%lld\">", ch->slug, (long long)c[i].seq);
        page_esc(b, c[i].title && c[i].title[0] ? c[i].title : "#");
        buf_appends(b, "</a></span><span class=\"when\">");
        ps_time(s, c[i].published_at, ch->tz);
        if (c[i].mark == STORE_MARK_EXCLUDE) {
            buf_appends(b, " · ");
            page_esc(b, tx->st_excluded);
        }
        buf_appends(b, "</span>");
        mark_buttons(s, ch, c[i].id, c[i].mark);
        buf_appends(b, "</li>\n");
    }
    buf_appends(b, "</ul>\n");
    if (!shown) {
        buf_appends(b, "<p class=\"empty\">");
        page_esc(b, tx->st_nothing);
        buf_appends(b, "</p>\n");
    } else if (shown > LEFT_OUT_MAX) {
        buf_printf(b, "<p class=\"meta\">+%zu</p>\n", shown - LEFT_OUT_MAX);
    }
    buf_appends(b, "</section>\n");
}

static void selection_html(struct studio *s, const struct store_channel *ch,
                           const struct selection_result *r, const struct store_candidate *c,
                           size_t nc)
{
    struct buf *b = s->p.b;
    const struct page_text *tx = s->p.tx;
    char title[160], done[24];
    selection_title(tx->code, r->slot, r->local_date, title, sizeof title);
    if (http_query_get(s->p.req->query, "done", done, sizeof done) > 0) {
        buf_appends(b, "<p class=\"notice\" role=\"status\">");
        page_esc(b, tx->st_done);
        buf_appends(b, "</p>\n");
    }
    buf_appends(b, "<section aria-labelledby=\"sel-h\"><h2 id=\"sel-h\">");
    page_esc(b, title);
    buf_appends(b, "</h2>\n<p class=\"meta\">");
    ps_time(s, r->slot_ms, ch->tz);
    buf_appends(b, " · ");
    page_esc(b, tx->st_sel_window);
    buf_appends(b, " ");
    ps_time(s, r->window_start, ch->tz);
    buf_appends(b, " ");
    page_esc(b, tx->st_sel_to);
    buf_appends(b, " ");
    ps_time(s, r->window_end, ch->tz);
    buf_printf(b, " · %zu ", r->candidates);
    page_esc(b, tx->st_sel_candidates);
    buf_appends(b, "</p>\n<ol class=\"sel-items\" id=\"sel-items\">\n");
    for (size_t i = 0; i < r->nitems; i++)
        item_html(s, ch, &r->items[i], i + 1, c, nc);
    buf_appends(b, "</ol>\n");
    if (!r->nitems) {
        buf_appends(b, "<p class=\"empty\">");
        page_esc(b, tx->st_sel_none);
        buf_appends(b, "</p>\n");
    }
    buf_appends(b, "</section>\n");
    left_out(s, ch, r, c, nc);
}

void page_studio_selection(struct studio *s, const struct route_match *m)
{
    struct store_channel ch;
    struct selection_result r;
    struct store_candidate *c = NULL;
    size_t nc = 0;
    char slot[32];
    int64_t at;
    int role;
    if (ps_channel(s, m->slug, &ch, &role) < 0)
        return;
    if (role < STORE_ROLE_EDITOR) {
        ps_forbidden(s);
        store_channel_clear(&ch);
        return;
    }
    next_slot(&ch, crier_now_ms(), slot, sizeof slot, &at);
    int rc = selection_preview(s->p.st, &ch, slot, at, &r);
    if (rc == 0 &&
        (rc = store_candidates(s->p.st, ch.id, r.window_start, r.window_end, &c, &nc)) < 0)
        selection_result_free(&r);
    if (rc < 0) {
        fail(s, rc);
        store_channel_clear(&ch);
        return;
    }
    ps_begin(s, ch.title, "studio-selection");
    ps_channel_head(s, &ch, role, "selection");
    selection_html(s, &ch, &r, c, nc);
    ps_end(s);
    store_candidates_free(c, nc);
    selection_result_free(&r);
    store_channel_clear(&ch);
}
