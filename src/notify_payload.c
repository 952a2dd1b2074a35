/*
 * notify_payload: the JSON a push carries (shape in notify_payload.h).
 *
 * The size rule is the whole design: a push body is one aes128gcm record,
 * so the JSON text, escaped, must fit ECE_PLAIN_MAX bytes. The fixed fields
 * are written first and are small (a slug is at most 64 bytes); the name and
 * title get generous caps; the body gets whatever is left. Every cut is made
 * on the escaped length, at a UTF-8 character boundary, and ends with "…",
 * so the service worker never shows half a character or a broken quote.
 */
#include "notify_payload.h"

#include <errno.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "markdown.h"
#include "notify_rule.h"
#include "post.h"
#include "store/store.h"
#include "token.h"
#include "utf8.h"
#include "xmalloc.h"

#define ELLIPSIS "\xe2\x80\xa6" /* U+2026 */
#define ELLIPSIS_LEN 3
#define NAME_MAX_ESC 400   /* escaped bytes of the channel's name */
#define TITLE_MAX_ESC 1000 /* escaped bytes of the title */
/* An excerpt needs a few hundred characters of text: convert only this much
 * Markdown, so a 64 KiB body costs no more than a short one. */
#define EXCERPT_SOURCE_MAX (16 * 1024)
/* An excerpt cut within this many code points of its end backs up to the
 * last space, so it ends on a whole word. */
#define EXCERPT_WORD_SLACK 40
#define ICON "/static/icon-192.png"

/* ---- UTF-8 and escaped lengths -------------------------------------------- */

/* Bytes of the character starting with lead byte c (the text is valid). */
static size_t char_len(unsigned char c)
{
    return c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
}

/* Bytes buf_append_json_str() writes for byte c. */
static size_t esc_len(unsigned char c)
{
    return c == '"' || c == '\\' ? 2 : c < 0x20 ? 6 : 1;
}

/* The longest prefix of s[0..n) made of whole characters whose escaped size
 * is at most max, in bytes. */
static size_t fit_prefix(const char *s, size_t n, size_t max)
{
    size_t i = 0, esc = 0;

    while (i < n) {
        size_t cl = char_len((unsigned char)s[i]), ce = 0;
        if (cl > n - i)
            break;
        for (size_t k = 0; k < cl; k++)
            ce += esc_len((unsigned char)s[i + k]);
        if (esc + ce > max)
            break;
        esc += ce;
        i += cl;
    }
    return i;
}

static int is_space(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

/* Appends s[0..n) as a JSON string whose escaped contents take at most max
 * bytes: whole if it fits, else cut at a character boundary, trailing
 * spaces dropped, and ended with "…". */
static int put_str(struct buf *b, const char *s, size_t n, size_t max)
{
    size_t keep = fit_prefix(s, n, max);
    char *cut;
    int rc;

    if (keep == n)
        return buf_append_json_str(b, s, n);
    keep = max >= ELLIPSIS_LEN ? fit_prefix(s, n, max - ELLIPSIS_LEN) : 0;
    while (keep > 0 && is_space(s[keep - 1]))
        keep--;
    cut = xmalloc(keep + ELLIPSIS_LEN);
    memcpy(cut, s, keep);
    memcpy(cut + keep, ELLIPSIS, ELLIPSIS_LEN);
    rc = buf_append_json_str(b, cut, keep + ELLIPSIS_LEN);
    free(cut);
    return rc;
}

/* Appends to out at most maxcp code points of s (n bytes): the whole text,
 * or a cut that backs up to a word boundary when one is near, with "…". */
static int put_excerpt(struct buf *out, const char *s, size_t n, size_t maxcp)
{
    size_t i = 0, cp = 0, last_space = 0, space_cp = 0;

    while (i < n && cp < maxcp) {
        if (s[i] == ' ') {
            last_space = i;
            space_cp = cp;
        }
        i += char_len((unsigned char)s[i]);
        cp++;
    }
    if (i >= n)
        return buf_append(out, s, n);
    if (last_space > 0 && cp - space_cp <= EXCERPT_WORD_SLACK)
        i = last_space;
    while (i > 0 && (is_space(s[i - 1]) || s[i - 1] == ',' || s[i - 1] == ';' || s[i - 1] == ':'))
        i--;
    int rc = buf_append(out, s, i);
    return rc ? rc : buf_appends(out, ELLIPSIS);
}

/* ---- the parts ------------------------------------------------------------ */

static int valid_text(const char *s)
{
    return s && utf8_valid(s, strlen(s));
}

/* A post's body as an excerpt of plain text, into body. */
static int post_excerpt(const struct post *p, struct buf *body)
{
    size_t n = p->body ? strlen(p->body) : 0;
    char *text;
    int rc;

    if (n > EXCERPT_SOURCE_MAX) {
        n = EXCERPT_SOURCE_MAX;
        while (n > 0 && ((unsigned char)p->body[n] & 0xc0) == 0x80)
            n--; /* not inside a character */
    }
    text = markdown_to_text(n ? p->body : "", n);
    rc = put_excerpt(body, text, strlen(text), NOTIFY_PAYLOAD_EXCERPT);
    free(text);
    return rc;
}

/* A selection's first items, a title (or lede) per line, into body. */
static int selection_lines(const struct post *p, struct buf *body)
{
    size_t n = p->sel ? p->sel->nitems : 0;
    int rc = 0;

    if (n > NOTIFY_PAYLOAD_SEL_ITEMS)
        n = NOTIFY_PAYLOAD_SEL_ITEMS;
    for (size_t i = 0; i < n && rc == 0; i++) {
        const struct post_item *it = &p->sel->items[i];
        const char *line = it->title && *it->title ? it->title : it->lede;
        if (!line || !*line)
            continue;
        if (!valid_text(line))
            return -EILSEQ;
        if (body->len > 0)
            rc = buf_append(body, "\n", 1);
        if (rc == 0)
            rc = put_excerpt(body, line, strlen(line), NOTIFY_PAYLOAD_EXCERPT);
    }
    return rc;
}

/* What every kind fills in before the JSON is written. */
struct parts {
    const char *kind, *title;
    char tag[STORE_SLUG_MAX + 32]; /* "post:" slug ":" id */
    int64_t id, seq;
    int importance;
    long long count;  /* 0: no "count" field */
    int with_seq_url; /* "/{slug}/{seq}", else "/{slug}" */
};

static int write_json(const struct notify_payload_channel *ch, const struct parts *pt,
                      const char *body, size_t body_len, struct notify_payload *out)
{
    struct buf head, tail;
    size_t slug_len = strlen(ch->slug), room;
    int rc;

    buf_init(&head, ECE_PLAIN_MAX);
    buf_init(&tail, ECE_PLAIN_MAX);
    rc = buf_appends(&tail, ",\"url\":");
    if (rc == 0) {
        char url[STORE_SLUG_MAX + 32];
        int n = pt->with_seq_url
                    ? snprintf(url, sizeof url, "/%s/%lld", ch->slug, (long long)pt->seq)
                    : snprintf(url, sizeof url, "/%s", ch->slug);
        rc = buf_append_json_str(&tail, url, (size_t)n);
    }
    if (rc == 0)
        rc = buf_appends(&tail, ",\"tag\":");
    if (rc == 0)
        rc = buf_append_json_str(&tail, pt->tag, strlen(pt->tag));
    if (rc == 0)
        rc = buf_printf(&tail, ",\"icon\":\"%s\",\"seq\":%lld,\"importance\":%d", ICON,
                        (long long)pt->seq, pt->importance);
    if (rc == 0 && pt->count > 0)
        rc = buf_printf(&tail, ",\"count\":%lld", pt->count);
    if (rc == 0)
        rc = buf_appends(&tail, "}");

    if (rc == 0)
        rc = buf_printf(&head, "{\"v\":%d,\"channel\":", NOTIFY_PAYLOAD_VERSION);
    if (rc == 0)
        rc = buf_append_json_str(&head, ch->slug, slug_len);
    if (rc == 0)
        rc = buf_appends(&head, ",\"name\":");
    if (rc == 0)
        rc = put_str(&head, ch->name, strlen(ch->name), NAME_MAX_ESC);
    if (rc == 0)
        rc = buf_printf(&head, ",\"kind\":\"%s\",\"title\":", pt->kind);
    if (rc == 0)
        rc = put_str(&head, pt->title, strlen(pt->title), TITLE_MAX_ESC);
    if (rc == 0)
        rc = buf_appends(&head, ",\"body\":");
    /* The body takes what is left, its two quotes included. The caps above
     * always leave room; the check keeps a future field from overflowing. */
    if (rc == 0 && head.len + tail.len + 2 + ELLIPSIS_LEN > ECE_PLAIN_MAX)
        rc = -EINVAL;
    room = rc == 0 ? ECE_PLAIN_MAX - head.len - tail.len : 0;
    if (rc == 0)
        rc = put_str(&head, body, body_len, room - 2);
    if (rc == 0)
        rc = buf_append(&head, tail.data, tail.len);
    if (rc == 0) {
        memcpy(out->json, head.data, head.len + 1);
        out->len = head.len;
    }
    buf_free(&head);
    buf_free(&tail);
    return rc == -ENOBUFS ? -EINVAL : rc;
}

static int check_channel(const struct notify_payload_channel *ch)
{
    size_t n = ch->slug ? strlen(ch->slug) : 0;

    if (n == 0 || n > STORE_SLUG_MAX || !ch->name)
        return -EINVAL;
    if (!valid_text(ch->slug) || !valid_text(ch->name))
        return -EILSEQ;
    return 0;
}

/* ---- the calls ------------------------------------------------------------ */

int notify_payload_post(const struct notify_payload_channel *ch, const struct post *p,
                        struct notify_payload *out)
{
    int sel = p->kind == POST_SELECTION;
    struct notify_item item = {sel, NOTIFY_SLOT_NONE, p->importance, p->silent};
    struct parts pt = {.kind = sel ? "selection" : "post",
                       .title = p->title,
                       .id = p->id,
                       .seq = p->seq,
                       .importance = p->importance,
                       .with_seq_url = 1};
    struct buf body;
    int rc = check_channel(ch);

    if (rc < 0)
        return rc;
    if (p->seq <= 0 || !p->title)
        return -EINVAL;
    if (!valid_text(p->title) || (p->body && !valid_text(p->body)))
        return -EILSEQ;
    if (sel)
        snprintf(pt.tag, sizeof pt.tag, "sel:%s", ch->slug);
    else
        snprintf(pt.tag, sizeof pt.tag, "post:%s:%lld", ch->slug, (long long)p->id);

    buf_init(&body, 4 * ECE_PLAIN_MAX);
    rc = sel ? selection_lines(p, &body) : post_excerpt(p, &body);
    if (rc == 0)
        rc = write_json(ch, &pt, body.data ? body.data : "", body.len, out);
    buf_free(&body);
    if (rc < 0)
        return rc;

    out->urgency = notify_urgency(&item);
    if (sel) {
        out->ttl = NOTIFY_TTL_SELECTION;
        notify_payload_topic(ch->slug, out->topic);
    } else {
        out->ttl = p->importance >= 3 ? NOTIFY_TTL_BREAKING : NOTIFY_TTL_POST;
        out->topic[0] = '\0'; /* each post is its own notification */
    }
    return 0;
}

static int is_french(const char *lang)
{
    return lang && (lang[0] == 'f' || lang[0] == 'F') && (lang[1] == 'r' || lang[1] == 'R') &&
           (lang[2] == '\0' || lang[2] == '-' || lang[2] == '_');
}

void notify_payload_summary_title(const char *lang, long long count, char *out, size_t outsz)
{
    /* French counts 0 and 1 as singular, English only 1 (CLDR). */
    if (is_french(lang))
        snprintf(out, outsz, "%lld %s pendant vos heures calmes", count,
                 count <= 1 ? "article" : "articles");
    else
        snprintf(out, outsz, "%lld %s while you were away", count, count == 1 ? "post" : "posts");
}

int notify_payload_summary(const struct notify_payload_channel *ch, long long count,
                           const struct post *newest, int importance, struct notify_payload *out)
{
    char title[96];
    struct parts pt = {.kind = "summary",
                       .title = title,
                       .seq = newest->seq,
                       .importance = importance,
                       .count = count};
    int rc = check_channel(ch);

    if (rc < 0)
        return rc;
    if (count < 1 || newest->seq <= 0 || !newest->title)
        return -EINVAL;
    if (!valid_text(newest->title))
        return -EILSEQ;
    notify_payload_summary_title(ch->lang, count, title, sizeof title);
    snprintf(pt.tag, sizeof pt.tag, "sum:%s", ch->slug);
    rc = write_json(ch, &pt, newest->title, strlen(newest->title), out);
    if (rc < 0)
        return rc;
    out->ttl = NOTIFY_TTL_SUMMARY;
    out->urgency = "normal";
    out->topic[0] = '\0';
    return 0;
}

void notify_payload_topic(const char *slug, char out[NOTIFY_PAYLOAD_TOPIC_LEN + 1])
{
    static const char prefix[] = "crier-sel:";
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    EVP_MD_CTX *c = EVP_MD_CTX_new();

    /* A hash, not the slug itself: a slug may be longer than 32 characters
     * or hold characters outside base64url. 24 bytes are 32 characters. */
    if (!c || !EVP_DigestInit_ex(c, EVP_sha256(), NULL) ||
        !EVP_DigestUpdate(c, prefix, sizeof prefix - 1) ||
        !EVP_DigestUpdate(c, slug, strlen(slug)) || !EVP_DigestFinal_ex(c, md, &mdlen) ||
        mdlen < NOTIFY_PAYLOAD_TOPIC_LEN / 4 * 3)
        abort(); /* libcrypto out of memory: as xmalloc does */
    EVP_MD_CTX_free(c);
    token_encode(md, NOTIFY_PAYLOAD_TOPIC_LEN / 4 * 3, out);
}
