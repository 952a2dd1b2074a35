/*
 * digest_text: the text of a post that grouping compares. The title (its
 * first TITLE_BYTES) and the first DIGEST_TEXT_BYTES of the body, read
 * line by line from the CommonMark source with no parser: block markup,
 * code fences, images, credits, bylines, "Lire aussi" / "Read also" lines,
 * promotional footers, link targets, HTML tags, URLs, entities and
 * emphasis marks are dropped, so that what is left is the news text.
 */
#include "digest_int.h"

#include <string.h>

#include "lede.h"

#define DIGEST_SOURCE_BYTES (8 * DIGEST_TEXT_BYTES)
#define BYLINE_MAX 160 /* bytes: a longer line is no byline */
#define CREDIT_MAX 80  /* bytes inside a credit's parentheses */

static int ascii_lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int ascii_alnum(int c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Is the ASCII (case-insensitive) or exact UTF-8 pattern at the start of s,
 * followed by something that is not a letter? */
static int line_starts_rest(const char *s, size_t n, const char *pat);

static inline int line_starts(const char *s, size_t n, const char *pat)
{
    /* Most lines fail on the first byte: no strlen(), and no call, for
     * them. */
    if (pat[0] &&
        (!n || ((unsigned char)s[0] < 0x80 && (unsigned char)pat[0] < 0x80
                    ? ascii_lower((unsigned char)s[0]) != ascii_lower((unsigned char)pat[0])
                    : s[0] != pat[0])))
        return 0;
    return line_starts_rest(s, n, pat);
}

/* line_starts() past its first byte's test. */
static int line_starts_rest(const char *s, size_t n, const char *pat)
{
    size_t m = strlen(pat);

    if (n < m)
        return 0;
    for (size_t i = 0; i < m; i++) {
        unsigned char a = (unsigned char)s[i], b = (unsigned char)pat[i];
        if (a < 0x80 && b < 0x80) {
            if (ascii_lower(a) != ascii_lower(b))
                return 0;
        } else if (a != b) {
            return 0;
        }
    }
    if (m == n)
        return 1;
    unsigned char c = (unsigned char)s[m];
    return c < 0x80 && !ascii_alnum(c);
}

/* Lines that are never news text: credits, "read also", promotion. */
/* clang-format off */
static const char *const junk_prefixes[] = {
    "photo", "photos", "photograph", "photographs", "crédit", "crédits", "credit", "credits",
    "légende", "caption", "illustration", "lire aussi", "lire également", "à lire aussi", "à lire",
    "a lire aussi", "À lire aussi", "À lire", "voir aussi", "read also", "read more", "also read",
    "see also", "related", "suivez", "follow us", "follow our", "follow the latest",
    "abonnez-vous", "abonnez vous", "subscribe", "inscrivez-vous", "sign up", "newsletter",
    "téléchargez", "download our", "recevez", "get our", "retrouvez", "partager", "share this",
    "publicité", "advertisement", "actualisé tout du long",
    "updates throughout", "updated throughout", "this story has been",
    "this story was updated", "this article has been", "this article was updated",
    "an earlier version of this", "a previous version of this", "editor's note",
    "note de la rédaction", "cet article a été", "publié par", "published by", "posted by",
    "your support helps", "votre soutien nous", "support our journalism", "soutenez notre journal",
    "soutenez le journalisme", "soutenez-nous", "faites un don", "make a donation", "donate now",
    "become a supporter", "without your support", "sans votre soutien",
};
/* clang-format on */

/* Skips Markdown block markup at the start of a line; *block is set when the
 * line opens its own block (heading, quote, list item). */
static size_t block_start(const char *s, size_t n, int *block)
{
    size_t i = 0;

    *block = 0;
    for (;;) {
        while (i < n && (s[i] == ' ' || s[i] == '\t'))
            i++;
        if (i >= n)
            return i;
        char c = s[i];
        if (c == '>' || c == '#') {
            *block = 1;
            while (i < n && s[i] == c)
                i++;
            continue;
        }
        if ((c == '-' || c == '+' || c == '*') && i + 1 < n && (s[i + 1] == ' ' || s[i + 1] == c)) {
            *block = 1;
            while (i < n && (s[i] == c || s[i] == ' '))
                i++;
            continue;
        }
        if (c >= '0' && c <= '9') {
            size_t j = i;
            while (j < n && j - i < 9 && s[j] >= '0' && s[j] <= '9')
                j++;
            if (j < n && (s[j] == '.' || s[j] == ')') && (j + 1 == n || s[j + 1] == ' ')) {
                *block = 1;
                i = j + 1;
                continue;
            }
        }
        return i;
    }
}

/* Strips leading emphasis and brackets so that "**[Lire aussi** ..." is
 * recognised. */
static size_t skip_decor(const char *s, size_t i, size_t n)
{
    while (i < n &&
           (s[i] == '*' || s[i] == '_' || s[i] == '[' || s[i] == '(' || s[i] == ' ' || s[i] == '`'))
        i++;
    return i;
}

/* Does s[0..n) hold the ASCII pattern, case-insensitively? */
static int has_ci(const char *s, size_t n, const char *pat)
{
    size_t m = strlen(pat);

    for (size_t i = 0; i + m <= n; i++) {
        size_t k = 0;
        while (k < m && ascii_lower((unsigned char)s[i + k]) == (unsigned char)pat[k])
            k++;
        if (k == m)
            return 1;
    }
    return 0;
}

/* Words of a wire stamp: "Reuters | Updated: 19-10-2025 18:30 IST",
 * "Publié le 20/10/2025 à 06h27, mis à jour à 08h10". */
static const char *const stamp_words[] = {
    "updated", "published", "posted", "last modified", "mis à jour", "publié le", "modifié le",
};

/* A short line with a stamp word and a figure, and no sentence in it, is a
 * wire stamp: every story of that wire carries the same one, so it would
 * join them. */
static int is_stamp_line(const char *s, size_t n)
{
    if (n > 120 || !memchr(s, '|', n))
        for (size_t i = 0; i + 1 < n; i++)
            if (s[i] == '.' && s[i + 1] == ' ')
                return 0; /* a sentence ends inside: news text */
    if (n > 120)
        return 0;
    int digit = 0;
    for (size_t i = 0; i < n && !digit; i++)
        digit = s[i] >= '0' && s[i] <= '9';
    if (!digit)
        return 0;
    for (size_t i = 0; i < sizeof stamp_words / sizeof *stamp_words; i++)
        if (has_ci(s, n, stamp_words[i]))
            return 1;
    return 0;
}

static int is_junk_line(const char *s, size_t n)
{
    if (n >= 2 && s[0] == '!' && s[1] == '[')
        return 1; /* an image */
    for (const char *p = s; (p = memchr(p, 0xC2, (size_t)(s + n - p))) && p + 1 < s + n; p++)
        if ((unsigned char)p[1] == 0xA9)
            return 1; /* © anywhere: a credit */
    size_t k = skip_decor(s, 0, n);
    for (size_t i = 0; i < sizeof junk_prefixes / sizeof *junk_prefixes; i++)
        if (line_starts(s + k, n - k, junk_prefixes[i]))
            return 1;
    if (is_stamp_line(s, n))
        return 1;
    if (n <= BYLINE_MAX && lede_byline(s + k, n - k))
        return 1;
    /* A short line "Par X, à Brest" / "By X in Quimper" with no sentence
     * end is a byline. */
    if (n <= 100 && (line_starts(s + k, n - k, "par") || line_starts(s + k, n - k, "by") ||
                     line_starts(s + k, n - k, "de notre correspondant") ||
                     line_starts(s + k, n - k, "from our correspondent"))) {
        if (!memchr(s, '.', n) && !memchr(s, '!', n) && !memchr(s, '?', n))
            return 1;
    }
    /* A line that is only a link: a "related" headline. */
    if (memchr(s, '[', k) && memchr(s, ']', n)) {
        size_t e = n;
        while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '*' || s[e - 1] == '_'))
            e--;
        if (e > 0 && s[e - 1] == ')')
            return 1;
    }
    return 0;
}

static int has_at(const char *s, size_t i, size_t n, const char *lit)
{
    size_t m = strlen(lit);
    return n - i >= m && memcmp(s + i, lit, m) == 0;
}

/* Bytes that put_inline() looks at (1), or looks at where a URL can start
 * (2); everything else is copied in runs. Filled by digest_inline_init(). */
static uint8_t inline_tab[256];

void digest_inline_init(void)
{
    for (int c = 0; c < 256; c++)
        inline_tab[c] = c < 0x20 || c >= 0x7f || c == ']' || c == '<' || c == '&' || c == '*' ||
                        c == '_' || c == '`' || c == '\\';
    inline_tab['h'] = inline_tab['w'] = 2;
}

static inline int inline_special(const char *s, size_t i)
{
    uint8_t k = inline_tab[(unsigned char)s[i]];
    return k == 1 || (k == 2 && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '('));
}

/* The end of the run from i that put_inline() copies as it is, at most
 * room bytes: ASCII bytes it does not look at and valid UTF-8 characters
 * (no surrogate) that fit whole, one append for all of them instead of one
 * per character. i itself when s[i] needs a look. */
static size_t plain_run(const char *s, size_t i, size_t n, size_t room)
{
    size_t j = i, end = n - i > room ? i + room : n; /* at most room bytes */

    for (;;) {
        while (j < end && inline_tab[(unsigned char)s[j]] == 0)
            j++; /* the bytes it never looks at */
        if (j >= n)
            break;
        if ((unsigned char)s[j] < 0x80) {
            if (j >= end || inline_special(s, j))
                break;
            j++; /* an 'h' or a 'w' inside a word */
            continue;
        }
        int32_t k = (int32_t)j;
        UChar32 cp;
        U8_NEXT(s, k, (int32_t)n, cp);
        if (cp < 0 || U_IS_SURROGATE(cp) || (size_t)k - i > room)
            break;
        j = (size_t)k;
    }
    return j;
}

/* Appends one line's inline text, without link targets, tags, URLs, entities
 * and emphasis marks; invalid UTF-8 becomes spaces. Stops at limit bytes. */
static void put_inline(struct buf *o, const char *s, size_t n, size_t limit)
{
    size_t i = 0;

    while (i < n && o->len < limit) {
        unsigned char c = (unsigned char)s[i];
        size_t run = plain_run(s, i, n, limit - o->len);
        if (run > i) {
            buf_append(o, s + i, run - i);
            i = run;
            continue;
        }
        if (c == ']' && i + 1 < n && s[i + 1] == '(') {
            const char *e = memchr(s + i + 2, ')', n - i - 2);
            buf_append(o, " ", 1);
            i = e ? (size_t)(e - s) + 1 : n;
            continue;
        }
        if (c == '<' && i + 1 < n &&
            (ascii_alnum((unsigned char)s[i + 1]) || s[i + 1] == '/' || s[i + 1] == '!')) {
            const char *e = memchr(s + i, '>', n - i);
            if (e) {
                buf_append(o, " ", 1);
                i = (size_t)(e - s) + 1;
                continue;
            }
        }
        if ((c == 'h' || c == 'w') && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '(') &&
            (has_at(s, i, n, "http://") || has_at(s, i, n, "https://") ||
             has_at(s, i, n, "www."))) {
            while (i < n && s[i] != ' ')
                i++;
            continue;
        }
        if (c == '&') {
            size_t j = i + 1;
            if (j < n && s[j] == '#')
                j++;
            while (j < n && j - i < 12 && ascii_alnum((unsigned char)s[j]))
                j++;
            if (j < n && s[j] == ';' && j > i + 1) {
                buf_append(o, " ", 1);
                i = j + 1;
                continue;
            }
        }
        if (c == '*' || c == '_' || c == '`' || c == '\\') {
            i++;
            continue;
        }
        if (c < 0x20 || c == 0x7f) {
            buf_append(o, " ", 1);
            i++;
            continue;
        }
        if (c < 0x80) { /* a plain 'h', 'w', ']', '<' or '&' */
            buf_append(o, s + i, 1);
            i++;
            continue;
        }
        int32_t j = (int32_t)i;
        UChar32 cp;
        U8_NEXT(s, j, (int32_t)n, cp);
        if (cp < 0 || U_IS_SURROGATE(cp)) {
            buf_append(o, " ", 1);
        } else {
            if (o->len + ((size_t)j - i) > limit)
                break;
            buf_append(o, s + i, (size_t)j - i);
        }
        i = (size_t)j;
    }
}

/* Words that open a photo credit in parentheses: "(Photo Albion News)",
 * "(Photo : AFP)", "(Crédit : Belga)". */
static const char *const credit_words[] = {"photo", "photos",  "crédit",      "credit",
                                           "image", "picture", "illustration"};

/* Cuts "(Photo Albion News)" and the like out of o from at on: a credit
 * names an outlet or an agency, which every story it illustrates carries.
 * At most CREDIT_MAX bytes between the parentheses. */
static void strip_credits(struct buf *o, size_t at)
{
    for (size_t i = at; i < o->len; i++) {
        const char *open = memchr(o->data + i, '(', o->len - i); /* not a byte at a time */
        if (!open)
            break;
        i = (size_t)(open - o->data);
        const char *close = memchr(o->data + i, ')', o->len - i);
        if (!close || (size_t)(close - o->data) - i > CREDIT_MAX)
            continue;
        size_t n = (size_t)(close - o->data) - i - 1, k = 0;
        for (; k < sizeof credit_words / sizeof *credit_words; k++)
            if (line_starts(o->data + i + 1, n, credit_words[k]))
                break;
        if (k == sizeof credit_words / sizeof *credit_words)
            continue;
        size_t end = (size_t)(close - o->data) + 1;
        memmove(o->data + i, o->data + end, o->len - end);
        o->len -= end - i;
        o->data[o->len] = '\0';
        i--; /* look again at what moved here */
    }
}

/* Builds "title\nbody" for grouping into o; returns where the title ends. */
size_t digest_build_text(const struct digest_post *p, struct buf *o)
{
    size_t title_end, limit;
    const char *b = p->body;

    buf_reset(o);
    if (p->title)
        put_inline(o, p->title, strlen(p->title), TITLE_BYTES);
    title_end = o->len;
    buf_append(o, "\n", 1);
    if (!b)
        return title_end;
    limit = o->len + DIGEST_TEXT_BYTES;
    /* The text is cut at DIGEST_TEXT_BYTES; the source lines read to fill
     * it (credits and links dropped) are bounded too, however long the
     * body. */
    size_t n = strnlen(b, DIGEST_SOURCE_BYTES), i = 0;
    int fence = 0, para = 0;
    while (i < n && o->len < limit) {
        const char *nl = memchr(b + i, '\n', n - i);
        size_t e = nl ? (size_t)(nl - b) : n, ln = e - i;
        const char *line = b + i;
        i = nl ? e + 1 : n;
        if (ln && line[ln - 1] == '\r')
            ln--;
        int block;
        size_t k = block_start(line, ln, &block);
        if (ln - k >= 3 && (memcmp(line + k, "```", 3) == 0 || memcmp(line + k, "~~~", 3) == 0)) {
            fence = !fence;
            para = 0;
            continue;
        }
        if (fence)
            continue;
        if (k == ln) { /* blank line */
            para = 0;
            continue;
        }
        if (is_junk_line(line + k, ln - k)) {
            para = 0;
            continue;
        }
        buf_append(o, para && !block ? " " : "\n", 1);
        size_t at = o->len;
        put_inline(o, line + k, ln - k, limit);
        strip_credits(o, at);
        if (!para) {
            /* A dateline names the wire's city, not the story: every
             * story from that bureau carries it. */
            size_t lead = lede_lead_len(o->data + at, o->len - at);
            memmove(o->data + at, o->data + at + lead, o->len - at - lead);
            o->len -= lead;
            o->data[o->len] = '\0';
        }
        para = !block;
    }
    if (o->len >= limit) {
        /* Cut back to a word boundary. */
        size_t c = o->len;
        while (c > title_end + 1 && o->data[c - 1] != ' ' && o->data[c - 1] != '\n')
            c--;
        o->len = c;
        o->data[c] = '\0';
    }
    return title_end;
}
