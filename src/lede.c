/*
 * lede: first real sentence of a post, and folding for story similarity.
 *
 * The pipeline, one Markdown block at a time so that a long post stops being
 * read as soon as its lede is found:
 *   1. a line scanner finds the blocks (paragraphs, list items, headings,
 *      quotes) and skips code, tables and link definitions;
 *   2. an inline stripper removes emphasis, code ticks, links, images, HTML
 *      tags and entities, keeping one output line per source line;
 *   3. each line is classified, and credits, captions, bylines, "read also"
 *      lines, promotional footers and wire furniture (update notes,
 *      publisher lines, donation appeals) are dropped;
 *   4. leading tags and datelines ("(MENAFN- X) DOHA, Oct 19 (KUNA) --")
 *      are cut off, the sentence kept;
 *   5. ICU's sentence iterator splits the text, then our rules move or undo
 *      the breaks it gets wrong (abbreviations, initials, French-spaced
 *      closing quotes, "?" or "!" followed by lower case) and add the two it
 *      misses ("…" or ". 40 %" before a new sentence);
 *   6. the first sentence that is long enough and not a credit-like line wins,
 *      whitespace-normalised, cut to LEDE_MAX_CHARS, NFC.
 * Headings are taken only when no paragraph has a sentence: a post's body
 * heading is a section title, not its lede. A paragraph whose sentence
 * ends in "..." is held as a teaser: the next paragraph's first sentence
 * replaces it when it starts with the same words.
 *
 * The stages live in lede_strip.c (2), lede_junk.c and lede_wire.c (3, 4),
 * lede_sentence.c (5) and lede_fold.c (conversions, folding,
 * lede_normalize()); this file
 * has the block scanner, the candidates and the API (see lede_int.h).
 */
#include "lede.h"

#include <assert.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include "buf.h"
#include "lede_int.h"
#include "utf8.h"
#include "xmalloc.h"

/* Bytes of one block's source kept; the rest of a huge paragraph is ignored. */
#define BLK_MAX 16384

/* ------------------------------------------------------------------------ */
/* Candidate sentences. */

/* Collapses whitespace runs to one space (or to the no-break space the run
 * held, to keep French typography), trims. */
static UChar *clean_ws(const UChar *t, int32_t n, int32_t *outn)
{
    UChar *d = xmalloc(((size_t)n + 1) * sizeof(UChar));
    int32_t m = 0;
    UChar pend = 0;

    for (int32_t i = 0; i < n; i++) {
        UChar c = t[i];
        if (is_ws16(c) || (c < 0x20)) {
            if (c == 0xA0 || c == 0x202F || c == 0x2007)
                pend = c;
            else if (!pend)
                pend = ' ';
            continue;
        }
        if (pend && m > 0)
            d[m++] = pend;
        pend = 0;
        d[m++] = c;
    }
    *outn = m;
    return d;
}

/* Cuts t to at most LEDE_MAX_CHARS code points, the closing "…" included,
 * at the last space that fits. Returns the new length in UTF-16 units;
 * t must have room for one more unit. */
static int32_t cut_long(UChar *t, int32_t n)
{
    int32_t i = 0, cps = 0, last_sp = -1, hard = 0;

    while (i < n) {
        UChar32 c;
        int32_t at = i;
        if (cps == LEDE_MAX_CHARS - 1 && hard == 0)
            hard = at;
        U16_NEXT(t, i, n, c);
        if (cps < LEDE_MAX_CHARS && c == ' ')
            last_sp = at; /* never at a no-break space */
        cps++;
    }
    if (cps <= LEDE_MAX_CHARS)
        return n;
    int32_t end = last_sp > 0 ? last_sp : hard;
    /* no dangling comma, dash or opening quote before the "…" */
    while (end > 0 && (is_ws16(t[end - 1]) || is_open16(t[end - 1]) || t[end - 1] == ',' ||
                       t[end - 1] == ';' || t[end - 1] == ':' || t[end - 1] == '-' ||
                       t[end - 1] == 0x2013 || t[end - 1] == 0x2014))
        end--;
    if (end == 0)
        end = hard;
    while (end > 0 && (U16_IS_TRAIL(t[end]) && U16_IS_LEAD(t[end - 1])))
        end--;
    while (end > 0 && (U_GET_GC_MASK(cp_at(t, end, n)) & U_GC_M_MASK))
        end--;
    t[end] = 0x2026;
    return end + 1;
}

static int word_count16(const UChar *t, int32_t n)
{
    struct lede_words w = {0};
    for (int32_t i = 0; i < n;) {
        UChar32 c;
        U16_NEXT(t, i, n, c);
        lede_words_add(&w, c);
    }
    return lede_words_total(&w);
}

/* A lede for t[0..n) if it qualifies, else NULL; promo_ok lets a
 * promotional sentence qualify (the fallback of a post that is a promo). */
static char *candidate(const UChar *t, int32_t n, int promo_ok)
{
    int32_t cn, fn;
    UChar *c = clean_ws(t, n, &cn), *f;
    char *u8;
    size_t un;

    if (u_countChar32(c, cn) < 20 || word_count16(c, cn) < 4) {
        free(c);
        return NULL;
    }
    u8 = lede_u8_from(c, cn, &un);
    int never = u8 ? lede_never(u8, un) : LEDE_JUNK;
    if (never && !(promo_ok && never == LEDE_PROMO)) {
        free(u8);
        free(c);
        return NULL;
    }
    free(u8);
    c = xrealloc(c, ((size_t)cn + 1) * sizeof(UChar));
    cn = cut_long(c, cn);
    f = lede_u16_nfc(c, cn, &fn);
    free(c);
    if (!f)
        return NULL;
    u8 = lede_u8_from(f, fn, NULL);
    free(f);
    return u8;
}

/* ------------------------------------------------------------------------ */
/* Blocks. */

enum { LF_HARD = 1, LF_CAPTION = 2 };

struct blk {
    struct buf text;  /* source lines, block markers removed, '\n'-joined */
    struct buf flags; /* one LF_* byte per line */
    int nlines;
    int heading;
    int quote;
    int last_image; /* the last line added held an image */
    int any_image;
};

struct ctx {
    const struct rules *rules;
    UBreakIterator *bi;
    char *result;
    char *heading;     /* first heading sentence, used only if nothing else */
    char *promo;       /* first promotional sentence, used only if no heading */
    int furniture;     /* a line of other furniture (credit, byline) was seen */
    char *teaser;      /* a paragraph cut short with "...", held for the next */
    struct buf *clean; /* lede_clean(): collect the text, pick nothing */
    int prev_images_only;
    int err;
};

static void blk_init(struct blk *b)
{
    memset(b, 0, sizeof *b);
    buf_init(&b->text, BLK_MAX + 8);
    buf_init(&b->flags, BLK_MAX + 8);
}

static void blk_reset(struct blk *b)
{
    buf_reset(&b->text);
    buf_reset(&b->flags);
    b->nlines = b->heading = b->quote = b->last_image = b->any_image = 0;
}

static void blk_free(struct blk *b)
{
    buf_free(&b->text);
    buf_free(&b->flags);
}

static int has_image(const char *s, size_t n)
{
    if (memmem(s, n, "![", 2))
        return 1;
    for (size_t i = 0; i + 4 <= n; i++)
        if (s[i] == '<' && strncasecmp(s + i + 1, "img", 3) == 0)
            return 1;
    return 0;
}

static void blk_add(struct blk *b, const char *s, size_t n, int flags)
{
    size_t room;

    if (b->text.len + 1 >= BLK_MAX)
        return;
    if (b->nlines)
        put_c(&b->text, '\n');
    room = BLK_MAX - b->text.len;
    if (n > room) {
        n = room;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
    }
    for (size_t i = 0; i < n;) {
        const char *z = memchr(s + i, 0, n - i);
        size_t run = z ? (size_t)(z - s) - i : n - i;
        buf_append(&b->text, s + i, run);
        i += run;
        if (i < n) {
            put_c(&b->text, ' ');
            i++;
        }
    }
    put_c(&b->flags, (char)flags);
    b->nlines++;
    assert(b->text.len <= BLK_MAX && b->flags.len == (size_t)b->nlines);
    b->last_image = has_image(s, n);
    b->any_image |= b->last_image;
}

/* Whether t[0..n) ends with "..." or "…", spaces aside. */
static int ends_ellipsis(const UChar *t, int32_t n)
{
    while (n > 0 && is_ws16(t[n - 1]))
        n--;
    return (n >= 1 && t[n - 1] == 0x2026) ||
           (n >= 3 && t[n - 1] == '.' && t[n - 2] == '.' && t[n - 3] == '.');
}

/* A teaser ("Le Sénat a adopté mardi un texte qui..."), then the next
 * paragraph's first sentence: if that sentence starts with the teaser's
 * words (its last word may be cut), it is the full sentence and wins;
 * otherwise the teaser was the first sentence after all. Frees the loser. */
static char *teaser_or_full(char *teaser, char *full)
{
    size_t tn, fn;
    char *ft = lede_u8_fold(teaser, strlen(teaser), 1, &tn);
    char *ff = lede_u8_fold(full, strlen(full), 1, &fn);
    int same = 0;

    if (ft && ff) {
        while (tn && ft[tn - 1] != ' ') /* the last word may be cut */
            tn--;
        while (tn && ft[tn - 1] == ' ')
            tn--;
        same = tn >= 10 && fn > tn && memcmp(ft, ff, tn) == 0;
    }
    free(ft);
    free(ff);
    free(same ? teaser : full);
    return same ? full : teaser;
}

/* Keeps a sentence found in a paragraph; last says it ended the paragraph. */
static void keep(struct ctx *c, char *lede, const UChar *t, int32_t n, int last)
{
    if (c->teaser) {
        c->result = teaser_or_full(c->teaser, lede);
        c->teaser = NULL;
    } else if (last && ends_ellipsis(t, n)) {
        c->teaser = lede;
    } else {
        c->result = lede;
    }
}

/* Splits the paragraph text into sentences and keeps the first that
 * qualifies: as the lede (slot NULL), or in *slot, a fallback (the first
 * heading, the first promotional line) when it is still empty. */
static void consider(struct ctx *c, const char *s, size_t n, char **slot)
{
    size_t off = lede_lead_len(s, n);
    int32_t un, tn;
    UChar *u, *t;
    uint8_t *mk;
    int32_t a = 0;

    if (slot && *slot)
        return;
    u = lede_u16_from(s + off, n - off, &un);
    if (!u) {
        c->err = -EILSEQ;
        return;
    }
    t = lede_u16_nfc(u, un, &tn);
    free(u);
    if (!t) {
        c->err = -EIO;
        return;
    }
    mk = xcalloc((size_t)tn + 1, 1);
    c->err = lede_mark_breaks(c->bi, t, tn, mk);
    for (int32_t p = 1; !c->err && p <= tn; p++) {
        if (p < tn && (!mk[p] || lede_false_break(t, p, tn, c->rules)))
            continue;
        char *lede = candidate(t + a, p - a, slot == &c->promo);
        if (lede) {
            if (slot)
                *slot = lede;
            else
                keep(c, lede, t + a, p - a, p == tn);
            break;
        }
        a = p;
    }
    free(mk);
    free(t);
}

static void flush(struct ctx *c, struct blk *b)
{
    struct buf st, para;
    const char *flags = b->flags.data;
    int kept = 0, pending_hard = 0, any_text = 0, line = 0;
    size_t i = 0;

    if (b->nlines == 0 || c->result || c->err)
        goto out;
    buf_init(&st, 2 * BLK_MAX);
    buf_init(&para, 2 * BLK_MAX);
    lede_strip_inline(b->text.data, b->text.len, &st, 0);
    if (!st.data)
        buf_append(&st, "", 0);
    while (i <= st.len) {
        const char *ls = st.data + i;
        const char *nl = memchr(ls, '\n', st.len - i);
        size_t ll = nl ? (size_t)(nl - ls) : st.len - i;
        int fl = line < b->nlines ? flags[line] : 0;
        i += ll + 1;
        line++;
        while (ll && is_sp(*ls)) {
            ls++;
            ll--;
        }
        while (ll && is_sp(ls[ll - 1]))
            ll--;
        if (ll == 0) {
            pending_hard = 1;
            continue;
        }
        any_text = 1;
        int never = (fl & LF_CAPTION) ? LEDE_JUNK : lede_never(ls, ll);
        if (never) {
            /* A post that is only its promotion ("Abonnez-vous à …") has
             * that line for its lede: kept apart, used if nothing else is
             * (lede_extract()). */
            if (never == LEDE_PROMO && !c->clean)
                consider(c, ls, ll, &c->promo);
            else
                c->furniture = 1;
            pending_hard = 1;
            continue;
        }
        if (kept)
            put_c(&para, pending_hard ? '\n' : ' ');
        buf_append(&para, ls, ll);
        kept++;
        pending_hard = fl & LF_HARD;
    }
    c->prev_images_only = !any_text && b->any_image;
    if (kept && c->clean) {
        size_t off = lede_lead_len(para.data, para.len);
        buf_append(c->clean, para.data + off, para.len - off);
        buf_append(c->clean, "\n", 1);
    } else if (kept) {
        consider(c, para.data, para.len, b->heading ? &c->heading : NULL);
    }
    buf_free(&st);
    buf_free(&para);
out:
    blk_reset(b);
}

/* ------------------------------------------------------------------------ */
/* Block-level line scanner. */

struct scanner {
    int in_fence;
    char fence_ch;
    size_t fence_len;
    int in_list;
};

static size_t run_of(const char *s, size_t n, char ch)
{
    size_t k = 0;

    while (k < n && s[k] == ch)
        k++;
    return k;
}

static int only_spaces(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t')
            return 0;
    return 1;
}

/* "***", "- - -", "___" */
static int is_thematic(const char *s, size_t n)
{
    char ch = s[0];
    size_t k = 0;

    if (ch != '-' && ch != '*' && ch != '_')
        return 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == ch)
            k++;
        else if (s[i] != ' ' && s[i] != '\t')
            return 0;
    }
    return k >= 3;
}

static size_t list_marker(const char *s, size_t n, int para_open)
{
    size_t i = 0;

    if (s[0] == '-' || s[0] == '*' || s[0] == '+') {
        i = 1;
    } else {
        while (i < n && i < 9 && s[i] >= '0' && s[i] <= '9')
            i++;
        if (i == 0 || i >= n || (s[i] != '.' && s[i] != ')'))
            return 0;
        if (para_open && !(i == 1 && s[0] == '1'))
            return 0;
        i++;
    }
    if (i < n && s[i] != ' ' && s[i] != '\t')
        return 0;
    if (para_open && only_spaces(s + i, n - i))
        return 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i;
}

/* "[label]: destination" and footnote definitions "[^1]: text" */
static int is_linkdef(const char *s, size_t n)
{
    size_t k;

    if (s[0] != '[')
        return 0;
    for (k = 1; k < n && k < 1000 && s[k] != ']'; k++)
        if (s[k] == '[')
            return 0;
    return k + 1 < n && s[k] == ']' && s[k + 1] == ':' && k > 1;
}

static void scan_line(struct ctx *c, struct scanner *sc, struct blk *b, const char *s, size_t n)
{
    size_t i = 0, indent = 0, m;
    int q = 0, hard = 0, fl;

    while (i < n && (s[i] == ' ' || s[i] == '\t')) {
        indent += s[i] == '\t' ? 4 - indent % 4 : 1;
        i++;
    }
    if (sc->in_fence) {
        m = run_of(s + i, n - i, sc->fence_ch);
        if (indent < 4 && m >= sc->fence_len && only_spaces(s + i + m, n - i - m))
            sc->in_fence = 0;
        return;
    }
    if (i == n) {
        flush(c, b);
        return;
    }
    if (indent >= 4 && b->nlines == 0 && !sc->in_list)
        return; /* indented code */
    while (i < n && s[i] == '>') {
        q++;
        i++;
        while (i < n && (s[i] == ' ' || s[i] == '\t'))
            i++;
    }
    if (b->nlines && q != b->quote)
        flush(c, b);
    if (i == n) {
        flush(c, b);
        return;
    }
    s += i;
    n -= i;
    m = run_of(s, n, s[0]);
    if ((s[0] == '`' || s[0] == '~') && m >= 3 && !(s[0] == '`' && memchr(s + m, '`', n - m))) {
        flush(c, b);
        sc->in_fence = 1;
        sc->fence_ch = s[0];
        sc->fence_len = m;
        return;
    }
    if (b->nlines && !b->heading && (s[0] == '=' || s[0] == '-') && only_spaces(s + m, n - m)) {
        b->heading = 1; /* setext underline */
        flush(c, b);
        return;
    }
    if (is_thematic(s, n)) {
        flush(c, b);
        return;
    }
    m = run_of(s, n, '#');
    if (m >= 1 && m <= 6 && (m == n || s[m] == ' ' || s[m] == '\t')) {
        size_t e = n;
        flush(c, b);
        while (e > m && (s[e - 1] == ' ' || s[e - 1] == '\t'))
            e--;
        size_t h = e;
        while (h > m && s[h - 1] == '#')
            h--;
        if (h == m || s[h - 1] == ' ' || s[h - 1] == '\t')
            e = h;
        b->heading = 1;
        b->quote = q;
        blk_add(b, s + m, e - m, 0);
        flush(c, b);
        return;
    }
    if (s[0] == '|') {
        flush(c, b); /* tables */
        return;
    }
    if (b->nlines == 0 && is_linkdef(s, n))
        return;
    m = list_marker(s, n, b->nlines > 0);
    if (m) {
        flush(c, b);
        sc->in_list = 1;
        s += m;
        n -= m;
        if (n == 0)
            return;
    } else if (b->nlines == 0 && indent == 0) {
        sc->in_list = 0;
    }
    if (b->nlines == 0)
        b->quote = q;
    if (n >= 2 && s[n - 1] == ' ' && s[n - 2] == ' ')
        hard = 1;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    if (n && s[n - 1] == '\\' && !(n >= 2 && s[n - 2] == '\\')) {
        hard = 1;
        n--;
    }
    fl = hard ? LF_HARD : 0;
    if (n >= 3 && (s[0] == '*' || s[0] == '_') && (s[n - 1] == '*' || s[n - 1] == '_') &&
        (b->nlines ? b->last_image : c->prev_images_only))
        fl |= LF_CAPTION; /* an italic line under a photo */
    blk_add(b, s, n, fl);
}

/* Runs the block scanner over the whole input, or until a lede is found. */
static void scan_all(struct ctx *c, const char *markdown, size_t len)
{
    struct scanner sc = {0};
    struct blk b;
    size_t pos = 0;

    blk_init(&b);
    while (pos < len && !c->result && !c->err) {
        const char *ls = markdown + pos;
        const char *nl = memchr(ls, '\n', len - pos);
        size_t ll = nl ? (size_t)(nl - ls) : len - pos;
        pos += ll + 1;
        if (ll && ls[ll - 1] == '\r')
            ll--;
        scan_line(c, &sc, &b, ls, ll);
    }
    flush(c, &b);
    blk_free(&b);
}

int lede_extract(const char *markdown, size_t len, const char *lang, char **out)
{
    struct ctx c;
    char loc[32];
    int owned;

    if (!out || (!markdown && len))
        return -EINVAL;
    *out = NULL;
    if (len == 0)
        return -ENOENT;
    if (!utf8_valid(markdown, len))
        return -EILSEQ;
    memset(&c, 0, sizeof c);
    c.rules = lede_rules_for(lang, loc, sizeof loc);
    c.bi = lede_bi_get(loc, &owned);
    if (!c.bi)
        return -EIO;
    scan_all(&c, markdown, len);
    if (owned)
        ubrk_close(c.bi);
    if (!c.result && c.teaser) /* nothing followed: the teaser stands */
        c.result = c.teaser;
    else
        free(c.teaser);
    if (c.err) {
        free(c.result);
        free(c.heading);
        free(c.promo);
        return c.err;
    }
    /* The lede, else the first heading, else the promotional line of a
     * post that holds nothing else: beside a credit or a byline, a footer
     * is what is left of a post whose text is elsewhere (a photo's). */
    char *pick = c.result ? c.result : c.heading ? c.heading : c.furniture ? NULL : c.promo;
    if (pick != c.result)
        free(c.result);
    if (pick != c.heading)
        free(c.heading);
    if (pick != c.promo)
        free(c.promo);
    if (!pick)
        return -ENOENT;
    *out = pick;
    return 0;
}

int lede_clean(const char *markdown, size_t len, char **out)
{
    struct ctx c;
    struct buf text;

    if (!out || (!markdown && len))
        return -EINVAL;
    *out = NULL;
    if (len > LEDE_NORMALIZE_MAX)
        return -E2BIG;
    if (!utf8_valid(markdown, len))
        return -EILSEQ;
    memset(&c, 0, sizeof c);
    buf_init(&text, LEDE_NORMALIZE_MAX);
    c.clean = &text;
    scan_all(&c, markdown, len);
    if (!text.data)
        buf_append(&text, "", 0);
    *out = buf_steal(&text, NULL);
    return 0;
}
