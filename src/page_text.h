/*
 * page_text: the reader web app's UI strings, in English and French, for the
 * server-rendered pages. Plain data with no dependency, so that a build tool
 * can link it too.
 */
#ifndef CRIER_PAGE_TEXT_H
#define CRIER_PAGE_TEXT_H

struct page_text {
    const char *code, *locale;
    const char *skip, *nav_label, *my_channels, *public_channels, *no_channels, *no_public;
    const char *join, *leave, *member1, *members, *pending_badge, *private_badge, *atom;
    const char *latest, *no_posts, *older, *newest, *source, *credit, *edited, *breaking,
        *important, *selection, *unread1, *unread, *new_posts, *mark_read, *transfer, *back_to;
    const char *nf_title, *nf_channel, *nf_post, *nf_page;
    const char *pend_title, *pend_text;
    const char *inv_kicker, *inv_approval, *inv_member, *open_channel;
    const char *inv_expired, *inv_revoked, *inv_used, *inv_unknown, *inv_hint;
    const char *dev_title, *dev_text, *dev_button, *dev_expired, *dev_used, *dev_unknown, *dev_hint;
    const char *csrf_title, *csrf_text, *err_title, *err_text, *method_title;
    const char *busy_title, *busy_text;
};

extern const struct page_text page_text_en, page_text_fr;

/* The table of lang ("fr" or "en", as page_lang returns). */
const struct page_text *page_text_for(const char *lang);

#endif
