/*
 * mail_edition: the words of the emails crier sends, in the channel's
 * language (French for "fr" and "fr-*", English otherwise): an edition (a
 * selection with its ranked stories, or one news post) and the opt-in
 * confirmation. Each comes as a subject, a plain text and an HTML document
 * for mail_build (mail.h), which does the encoding.
 *
 * The HTML is made for mail clients: one column, inline styles only (no
 * <style>, no classes), no images, no scripts, no tracking; every piece of
 * text and every URL is escaped. Links are absolute: a post's permalink is
 * base_url/{slug}/{seq}. Every edition shows its unsubscribe link in both
 * parts. French text gets a no-break space before : ; ? ! » and after «
 * where it had a plain space, so that the sign never starts a line.
 *
 * Pure functions over the caller's buffers; any thread.
 */
#ifndef CRIER_MAIL_EDITION_H
#define CRIER_MAIL_EDITION_H

#include "buf.h"
#include "post.h"

struct mail_edition_in {
    const char *channel_title;   /* UTF-8, the channel's name */
    const char *slug;            /* the channel's slug, for the links */
    const char *lang;            /* the channel's language; NULL: the post's */
    const char *base_url;        /* "https://news.example" (a trailing "/" is dropped) */
    const char *unsubscribe_url; /* absolute http(s) URL, signed by the caller */
    const struct post *post;     /* a selection (kind POST_SELECTION with sel) or a news post */
};

/*
 * Appends the edition's subject (one line: no CR, LF or other control), its
 * plain text ("\n" line ends) and its HTML document to the three buffers.
 * A selection lists each item: title, lede and permalink. A news post gives
 * its title ("Breaking: " / "Urgent : " in front at importance 3), its body
 * as plain paragraphs (the Markdown's text; links and images dropped) and
 * its permalink. 0, -EINVAL (a field missing, a URL that is not http(s)
 * printable ASCII, a slug with other than [a-z0-9-], a selection without
 * items), -ENOBUFS (a buffer's max). On an error the buffers are left as
 * they were.
 */
int mail_edition(const struct mail_edition_in *in, struct buf *subject, struct buf *text,
                 struct buf *html);

/*
 * The opt-in mail for channel_title: the confirmation link, and the promise
 * that nothing is sent before it is followed and that it expires in 48
 * hours. Same buffers, returns and error behaviour as mail_edition.
 */
int mail_confirm(const char *channel_title, const char *lang, const char *confirm_url,
                 struct buf *subject, struct buf *text, struct buf *html);

#endif
