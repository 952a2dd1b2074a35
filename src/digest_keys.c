/*
 * digest_keys: a post's words turned into the weighted keys that grouping
 * compares (see digest.h for the model):
 *   - names: aliases (OTAN = NATO), acronyms, runs of capitalised words
 *     that do not merely start a sentence, and a longer name's last word
 *     at half weight;
 *   - figures, read with the post's decimal conventions;
 *   - content words: Snowball stems of the words that are in no stop list,
 *     a story's usual synonyms folded to one, French-English pairs to the
 *     French word (digest_word_key()); a word inside a name or inside
 *     quotation marks is a key of its own kind (K_WORDN, K_WORDQ), and so
 *     is a word inside an alias-table name (K_WORDA): a name of the table,
 *     or the canonical name it maps to ("Australia" as "Australie"), is a
 *     K_ALIAS key, every story's.
 * A key in the title weighs TITLE_WEIGHT. Each key remembers the bytes it
 * was read from, for the preview's explanations.
 */
#include "digest_int.h"
#include "digest_onair.h"
#include "digest_titleword.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xmalloc.h"

#define TITLE_WEIGHT 2.0f /* a name or number in the title is what the story is about */
#define QUOTE_WEIGHT 0.5f /* a quoted word: the source's, not the story's */
#define RUN_MAX 6         /* words in one proper-name run */
#define NUM_MAX 48        /* bytes of one canonical number */
/* Content words read per post, title first: a wire story's first
 * paragraph says what it is about, and the bound keeps the index small. */
#define WORDS_MAX 20

/* Classifies the gap between two words. */
static void gap_shape(const char *s, uint32_t from, uint32_t to, int *sent, int *join, int *dot,
                      int *aliasgap)
{
    int32_t i = (int32_t)from, n = (int32_t)to, seen_dot = 0, other = 0;

    *sent = *dot = 0;
    *join = 1;
    while (i < n) {
        UChar32 c;
        U8_NEXT(s, i, n, c);
        switch (c) {
        case ' ':
        case 0x00A0:
        case 0x202F:
        case 0x2009:
        case '-':
        case 0x2010:
        case 0x2011:
        case '\'':
        case 0x2019: break;
        case '.':
            seen_dot++;
            *join = 0;
            *sent = 1;
            break;
        case '!':
        case '?':
        case ':':
        case ';':
        case '\n':
        case 0x00AB:
        case 0x00BB:
        case '"':
        case 0x201C:
        case 0x201D:
        case '(':
        case ')':
        case '[':
        case ']':
        case 0x2014:
        case 0x2013:
        case 0x2022:
        case 0x2026:
        case '|':
            *join = 0;
            *sent = 1;
            other = 1;
            break;
        default:
            *join = 0;
            other = 1;
            break;
        }
    }
    *dot = seen_dot == 1 && !other;
    *aliasgap = !other && seen_dot <= 1 && (n - (int32_t)from) <= 3;
}

#define SEEN_MIN 1024

/* Adds a key to the post, from the words a to b (for explanations),
 * merging a repeat (the larger weight, and a whole name over a last word;
 * the first words stay). */
static void key_push(struct scratch *sc, uint64_t h, float w, int kind, const struct tok *a,
                     const struct tok *b)
{
    if (a->denied)
        return;
    if (sc->nk == sc->capk) {
        sc->capk = sc->capk ? sc->capk * 2 : 512;
        sc->keys = xrealloc(sc->keys, sc->capk * sizeof *sc->keys);
        sc->kw = xrealloc(sc->kw, sc->capk * sizeof *sc->kw);
        sc->kind = xrealloc(sc->kind, sc->capk);
        sc->ksrc = xrealloc(sc->ksrc, sc->capk * 2 * sizeof *sc->ksrc);
    }
    if (sc->seen_cap < 2 * sc->capk) {
        sc->seen_cap = sc->seen_cap ? sc->seen_cap : SEEN_MIN;
        while (sc->seen_cap < 2 * sc->capk)
            sc->seen_cap *= 2;
        /* A power of two (the probe masks), at most half full. */
        assert((sc->seen_cap & (sc->seen_cap - 1)) == 0);
        free(sc->seen_epoch);
        free(sc->seen_idx);
        sc->seen_epoch = xcalloc(sc->seen_cap, sizeof *sc->seen_epoch);
        sc->seen_idx = xmalloc(sc->seen_cap * sizeof *sc->seen_idx);
        /* Re-enter this post's keys. */
        for (size_t k = 0; k < sc->nk; k++) {
            size_t j = (size_t)mix64(sc->keys[k]) & (sc->seen_cap - 1);
            while (sc->seen_epoch[j] == sc->epoch)
                j = (j + 1) & (sc->seen_cap - 1);
            sc->seen_epoch[j] = sc->epoch;
            sc->seen_idx[j] = (uint32_t)k;
        }
    }
    size_t j = (size_t)mix64(h) & (sc->seen_cap - 1);
    while (sc->seen_epoch[j] == sc->epoch) {
        uint32_t k = sc->seen_idx[j];
        if (sc->keys[k] == h) {
            if (w > sc->kw[k])
                sc->kw[k] = w;
            if (sc->kind[k] == K_HALF || (sc->kind[k] == K_BRIDGE && kind != K_BRIDGE))
                sc->kind[k] = (uint8_t)kind; /* the post's own word, not a translation */
            return;
        }
        j = (j + 1) & (sc->seen_cap - 1);
    }
    sc->seen_epoch[j] = sc->epoch;
    sc->seen_idx[j] = (uint32_t)sc->nk;
    sc->keys[sc->nk] = h;
    sc->kw[sc->nk] = w;
    sc->kind[sc->nk] = (uint8_t)kind;
    sc->ksrc[2 * sc->nk] = a->s;
    sc->ksrc[2 * sc->nk + 1] = b->e;
    sc->nk++;
}

static int is_name_word(const struct tok *t)
{
    return t->cap && !(t->wf & WF_NOENT) && !t->digits && t->dpre == 0 && t->fn >= 1;
}

/* Reads the number starting at token i with the post's separators; emits
 * its key unless it is too common to mean anything. Returns the next
 * token. */
static size_t number_at(struct scratch *sc, size_t i, int dot_decimal)
{
    const struct tok *t = sc->t;
    const char *s = sc->raw.data;
    char v[NUM_MAX];
    size_t vn = 0, j = i, grouped = 0, decn = 0;
    char dec[NUM_MAX] = {0};

    /* The leading digits ("40" of "40bn"); only a plain run of digits
     * continues into thousands groups and decimals. */
    for (uint32_t k = t[i].s; k < t[i].s + t[i].dpre && vn + 1 < sizeof v; k++)
        v[vn++] = s[k];
    while (t[i].digits && j + 1 < sc->nt && t[j + 1].dpre > 0) {
        const struct tok *q = &t[j + 1];
        uint32_t gs = t[j].e, ge = q->s, gl = ge - gs;
        int space = (gl == 1 && s[gs] == ' ') ||
                    (gl == 2 && (unsigned char)s[gs] == 0xC2 && (unsigned char)s[gs + 1] == 0xA0) ||
                    (gl == 3 && (unsigned char)s[gs] == 0xE2 && (unsigned char)s[gs + 1] == 0x80 &&
                     ((unsigned char)s[gs + 2] == 0xAF || (unsigned char)s[gs + 2] == 0x89));
        int comma = gl == 1 && s[gs] == ',', dot = gl == 1 && s[gs] == '.';
        int thousands = space || (comma && dot_decimal) || (dot && !dot_decimal);
        int decimal = (comma && !dot_decimal) || (dot && dot_decimal);
        if (thousands && q->digits && q->e - q->s == 3 && t[j].digits &&
            (grouped || t[i].e - t[i].s <= 3) && vn + 3 < sizeof v) {
            memcpy(v + vn, s + q->s, 3);
            vn += 3;
            grouped++;
            j++;
            continue;
        }
        if (decimal && t[j].digits) {
            for (uint32_t k = q->s; k < q->s + q->dpre && decn + 1 < sizeof dec; k++)
                dec[decn++] = s[k];
            j++;
        }
        break;
    }
    while (decn > 0 && dec[decn - 1] == '0')
        decn--;
    size_t lz = 0;
    while (lz + 1 < vn && v[lz] == '0')
        lz++;
    const char *iv = v + lz;
    size_t in = vn - lz;
    size_t next = j + 1;
    /* A magnitude glued to the last digits ("40bn") or the next word. */
    unsigned mag = 0;
    if (t[j].fn > t[j].dpre) {
        const struct word_slot *ws =
            word_lookup(word_hash(t[j].fw + t[j].dpre, t[j].fn - t[j].dpre));
        mag = ws ? ws->flags : 0;
    } else if (next < sc->nt && t[next].join) {
        mag = t[next].wf;
    }
    mag &= WF_E3 | WF_E6 | WF_E9 | WF_E12;
    if (next < sc->nt && (t[next].wf & WF_TIME) && t[next].join)
        return next; /* "8 h 30", "13 heures" */
    if (i > 0 && (t[i - 1].wf & WF_TIME) && in <= 2 && t[i].join)
        return next; /* the minutes of "8 h 30" */
    if (decn == 0 && !mag) {
        if (in == 1)
            return next; /* below 10 */
        if (!grouped && in == 4 && (memcmp(iv, "19", 2) == 0 || memcmp(iv, "20", 2) == 0))
            return next; /* a year */
        if (in <= 2 &&
            ((next < sc->nt && (t[next].wf & WF_MONTH)) || (i > 0 && (t[i - 1].wf & WF_MONTH))))
            return next; /* a date */
    }
    char key[2 * NUM_MAX + 8];
    size_t kn = 0;
    key[kn++] = '#';
    memcpy(key + kn, iv, in);
    kn += in;
    if (decn) {
        key[kn++] = '.';
        memcpy(key + kn, dec, decn);
        kn += decn;
    }
    if (mag) {
        const char *e = mag & WF_E3 ? "e3" : mag & WF_E6 ? "e6" : mag & WF_E9 ? "e9" : "e12";
        memcpy(key + kn, e, strlen(e));
        kn += strlen(e);
    }
    key_push(sc, entity_hash(key, kn), t[i].intitle ? TITLE_WEIGHT : 1.0f, K_NUMBER, &t[i],
             &t[next - 1]);
    return next;
}

static uint64_t run_hash(const struct tok *t, size_t a, size_t b)
{
    uint64_t h = entity_seed();

    for (size_t k = a; k <= b; k++) {
        if (k > a)
            h = fnv(h, " ", 1);
        h = name_fnv(h, t[k].fw, t[k].fn);
    }
    return h;
}

/* Whether the letters a[0..an) are the words t[k..last] read as an
 * acronym: a prefix of each word in turn, a particle ("of", "de") skipped
 * or not ("LASUTH": LAgos State University Teaching Hospital). */
static int acronym_of(const char *a, size_t an, const struct tok *t, size_t k, size_t last)
{
    if (k > last)
        return an == 0;
    if ((t[k].wf & WF_CONN) && acronym_of(a, an, t, k + 1, last))
        return 1;
    for (size_t p = 1; p <= an && p <= t[k].fn && t[k].fw[p - 1] == a[p - 1]; p++)
        if (acronym_of(a + p, an - p, t, k + 1, last))
            return 1;
    return 0;
}

/* A facility's acronym, given in parentheses right after its name: "the
 * Lagos State University Teaching Hospital (LASUTH)". The name ends a run
 * t[i..last] that holds a facility's noun (digest_facility_name()); the
 * acronym may take its first letters from up to ACRONYM_BACK name words
 * before the run ("Lagos", an alias-table town, is a key of its own).
 * Marks the acronym with a key of no weight (digest_acronym_mark()), which
 * the window reads as the place (digest_group.c, key_flags()). */
#define ACRONYM_BACK 3
static void facility_acronym(struct scratch *sc, size_t i, size_t last)
{
    const struct tok *t = sc->t;
    const char *s = sc->raw.data;
    size_t x = last + 1;

    if (x >= sc->nt || !t[x].allcaps || t[x].fn < 3 || t[x].fn > 12 || t[x].intitle != t[i].intitle)
        return;
    size_t opens = 0;
    for (uint32_t b = t[last].e; b < t[x].s; b++) {
        if (s[b] == '(')
            opens++;
        else if (s[b] != ' ')
            return;
    }
    if (opens != 1 || t[x].e >= sc->raw.len || s[t[x].e] != ')')
        return;
    int facility = 0;
    for (size_t k = i; k <= last && !facility; k++)
        facility = digest_facility_name(run_hash(t, k, k));
    if (!facility)
        return;
    for (size_t j = i, back = 0; back <= ACRONYM_BACK; back++, j--) {
        if (acronym_of(t[x].fw, t[x].fn, t, j, last)) {
            key_push(sc, digest_acronym_mark(run_hash(t, x, x)), 0.0f, K_WORDQ, &t[x], &t[x]);
            return;
        }
        if (j == 0 || !t[j - 1].cap || !t[j].join || t[j - 1].intitle != t[i].intitle)
            return;
    }
}

/* Whether the name run t[a..b] is a broadcaster ("Radio Horizon", "Public
 * Radio", "France Inter", "TV5"): one word of it is a station word. */
static int is_media_run(const struct tok *t, size_t a, size_t b)
{
    static const char *const station[] = {"radio", "tv", "tele", "television", "fm", "inter"};

    for (size_t k = a; k <= b; k++)
        for (size_t i = 0; i < sizeof station / sizeof *station; i++)
            if (t[k].fn == strlen(station[i]) && memcmp(t[k].fw, station[i], t[k].fn) == 0)
                return 1;
    return 0;
}

/* The name of the outlet a post comes from, as its address spells it: the
 * first label of source_url's host after "www.", lower case, without its
 * hyphens ("https://jozi-talk.co.za/..." -> "jozitalk"), in o (n bytes);
 * its length, 0 when there is none. */
static size_t outlet_label(const char *url, char *o, size_t n)
{
    size_t k = 0;

    if (!url)
        return 0;
    const char *h = strstr(url, "://");
    h = h ? h + 3 : url;
    if (strncasecmp(h, "www.", 4) == 0)
        h += 4;
    for (; *h && *h != '.' && *h != '/' && *h != ':'; h++) {
        if (*h == '-')
            continue;
        if (k + 1 >= n)
            return 0;
        o[k++] = (char)(*h >= 'A' && *h <= 'Z' ? *h + 32 : *h);
    }
    return *h == '.' ? k : 0; /* a host with a domain, not a bare word */
}

/* Whether the name run t[a..b], its words run together, is the outlet's
 * own name (outlet_label()): "Jozi Talk" in a post of jozi-talk.co.za. An
 * outlet that names itself in its copy ("told Jozi Talk 104") is the
 * source, like a broadcaster, not a name of the story. */
static int is_outlet_run(const struct tok *t, size_t a, size_t b, size_t nt, const char *s,
                         const char *outlet, size_t on)
{
    size_t at = 0;

    if (!on)
        return 0;
    for (size_t k = a; k <= b; k++) {
        if (at + t[k].fn > on || memcmp(outlet + at, t[k].fw, t[k].fn) != 0)
            return 0;
        at += t[k].fn;
    }
    if (at == on)
        return 1;
    /* A station that names itself with its frequency ("Island Talk 95" in
     * a post of islandtalk95.jm): the rest of the label is the figure that
     * follows the run. */
    if (b + 1 >= nt || !t[b + 1].digits || t[b + 1].e - t[b + 1].s != on - at)
        return 0;
    return memcmp(outlet + at, s + t[b + 1].s, on - at) == 0;
}

/* 1 when t[k] is the "s" of a possessive ("Treasury's"), else 0. */
static size_t possessive(const struct tok *t, size_t k, size_t nt)
{
    return k < nt && t[k].fn == 1 && t[k].fw[0] == 's' && t[k].join && k + 1 < nt;
}

/* A capital that only starts a sentence ("Bergeron : « ... »") is a name
 * when the post names it elsewhere ("François Bergeron"): it is that person
 * again, not a word of the story. */
static void mark_initial_names(struct tok *t, size_t nt)
{
    uint64_t sieve[4] = {0}; /* the named words' hashes: most capitals scan nothing */
    for (size_t j = 0; j < nt; j++)
        sieve[t[j].h >> 6 & 3] |= (uint64_t)(t[j].named != 0) << (t[j].h & 63);
    for (size_t k = 0; k < nt; k++) {
        if (t[k].named || !t[k].cap || !t[k].initial ||
            !(sieve[t[k].h >> 6 & 3] >> (t[k].h & 63) & 1))
            continue;
        for (size_t j = 0; j < nt && !t[k].named; j++)
            if (t[j].named && t[j].fn == t[k].fn && t[j].h == t[k].h && j != k)
                t[k].named = 1;
    }
}

/* What a post says another story is not: "Pas de lien avec l'effondrement
 * de Bab el-Tebbaneh, assurent les géophysiciens" (day 61's quake, which
 * names the morning's building collapse to deny it), "Cet incendie est sans
 * lien avec le mouvement social des agents de l'aéroport" (day 58). The
 * words after the denial, to the clause's end (a comma, a colon, a
 * sentence's end, the title's end), name the other story, which the post
 * is no part of: they make no key. */
static const char *const denials[] = {
    "pas de lien avec",   "aucun lien avec",   "sans lien avec", "rien a voir avec",
    "aucun rapport avec", "sans rapport avec", "unrelated to",   "no link to",
    "no link with",       "not linked to",     "not related to", "nothing to do with",
};

static void mark_denied(const char *s, struct tok *t, size_t nt)
{
    enum { ND = sizeof denials / sizeof *denials };
    uint64_t first[ND], sieve = 0; /* each denial's first word, as t[].h; their bits */

    for (size_t d = 0; d < ND; d++)
        sieve |= 1ULL << ((first[d] = word_hash(denials[d], strcspn(denials[d], " "))) & 63);
    for (size_t i = 0; i < nt; i++)
        t[i].denied = 0;
    for (size_t i = 0; i < nt; i++) {
        size_t m = 0;
        for (size_t d = 0; d < ND && !m && (sieve >> (t[i].h & 63) & 1); d++)
            m = t[i].h == first[d] ? digest_words_at(t, nt, i, denials[d]) : 0;
        for (size_t k = i + m; m && k < nt && t[k].intitle == t[i].intitle; k++) {
            int stop = 0;
            for (uint32_t x = t[k - 1].e; x < t[k].s && !stop; x++)
                stop = s[x] == ',' || s[x] == ':' || s[x] == ';' || s[x] == '.' || s[x] == '\n';
            if (stop)
                break;
            t[k].denied = 1;
        }
    }
}

/* Marks the words inside quotation marks (« », “ ”, straight double
 * quotes; a line ends any quote). What a source said is quoted by every
 * story drawn from the interview; the story is what is written around. */
static void mark_quoted(const char *s, struct tok *t, size_t nt)
{
    int q = 0;

    for (size_t i = 0; i < nt; i++) {
        int32_t k = i ? (int32_t)t[i - 1].e : 0, n = (int32_t)t[i].s;
        int open = 0, prev = i ? 'a' : ' '; /* what came before, as a class */
        while (k < n) {
            UChar32 c;
            U8_NEXT(s, k, n, c);
            if (c == 0x00AB || c == 0x201C)
                q = 1;
            else if (c == 0x00BB || c == 0x201D || c == '\n')
                q = 0;
            else if (c == '"')
                q = !q;
            if (c == '\'' || c == 0x2018 || c == 0x2019) {
                /* After a space and against the next word it opens ('We
                 * are...); against the last word and before a space it
                 * closes (...blink'), or is a plural's apostrophe (the
                 * pilots' union), which opens nothing. */
                if (prev == ' ' && k == n)
                    open = 1;
                else if (prev == 'a' && k < n)
                    q = 0; /* here: a double quote later in the gap opens */
            }
            prev = c == ' ' || c == 0x00A0 || c == '\n' || c == '(' || c == 0x2014 ? ' ' : 'p';
        }
        if (open)
            q = 1;
        t[i].quoted = (uint8_t)q;
    }
    mark_denied(s, t, nt);        /* and the words a denial names */
    digest_mark_listed(s, t, nt); /* and the names a schedule lists */
    digest_mark_route(s, t, nt);  /* and the two ends of a service's route */
    digest_mark_aside(s, t, nt);  /* and the clause that dates by another event */
    digest_mark_formula(t, nt);   /* and a service piece's title formula */
    digest_mark_remark(s, t, nt); /* and a reported remark's verb and message */
}

/* The kind of a name run's key: a broadcaster, an alias-table name, a
 * name, or, for the one word left of a
 * name whose first word opened the title ("Tasman Air jet diverts ...":
 * "Air"), that longer name's last word, not a name of its own: it meets
 * "Outback Air" as a last word meets a last word. */
static uint8_t run_kind(const struct tok *t, size_t i, size_t last, int media, int world)
{
    if (media || world)
        return media ? K_MEDIA : K_ALIAS;
    int rest =
        last == i && i > 0 && t[i].intitle && t[i - 1].named == 1 && t[i - 1].initial && t[i].join;
    return rest ? K_HALF : K_NAME;
}

/* Whether a token joins the two words of a French compound noun: "de",
 * "d'" or "à" (folded "a"). */
static int is_connector(const struct tok *t)
{
    return (t->wf & WF_STOP) && ((t->fn == 1 && (t->fw[0] == 'd' || t->fw[0] == 'a')) ||
                                 (t->fn == 2 && t->fw[0] == 'd' && t->fw[1] == 'e'));
}

/* Whether token k is joined to a neighbour by a hyphen ("Morne-Rouge"). */
static int hyphened(const struct tok *t, size_t k, size_t nt, const char *s)
{
    return (k > 0 && t[k].s == t[k - 1].e + 1 && s[t[k - 1].e] == '-') ||
           (k + 1 < nt && t[k + 1].s == t[k].e + 1 && s[t[k].e] == '-');
}

/* A title's rubric: the words before its colon, when they are at most
 * RUBRIC_MAX_WORDS and the title goes on after it ("Oignon : chute des
 * cours dans la région de Tahoua", "Karthala : les villages des flancs
 * ..."). The number of its tokens, 0 when the title opens on none, or on
 * a country or region of the alias table ("Guinée :", "Afrique du Sud
 * :"), which says where, not what. */
#define RUBRIC_MAX_WORDS 4

static size_t rubric_tokens(const struct scratch *sc)
{
    const struct tok *t = sc->t;
    const char *s = sc->raw.data;
    uint64_t canon;

    for (size_t k = 0; k + 1 < sc->nt && k < RUBRIC_MAX_WORDS && t[k + 1].intitle; k++)
        for (uint32_t b = t[k].e; b < t[k + 1].s; b++) {
            if (s[b] == ':')
                return digest_alias_at(sc, 0, &canon) == k + 1 || digest_country(run_hash(t, 0, k))
                           ? 0
                           : k + 1;
            if (s[b] == '.' || s[b] == '?' || s[b] == '!' || s[b] == ',' || s[b] == ';')
                return 0;
        }
    return 0;
}

/* Content words: stems (and synonyms) for the tf-idf cosine, the first
 * WORDS_MAX of the post. A word of the title weighs TITLE_WEIGHT, like its
 * names; a word inside a name is mostly that name again, and a quoted one
 * is the source's: each has its kind (digest.h). A plain word of an
 * English post also brings its French translations (K_BRIDGE), so that a
 * story told in both languages shares its words beyond the lexicon's. */
static void word_keys(struct scratch *sc, const char *lang)
{
    const struct tok *t = sc->t;
    const char *s = sc->raw.data;
    int english = lang && strncasecmp(lang, "en", 2) == 0;
    int french = lang && strncasecmp(lang, "fr", 2) == 0;

    struct hy_word {
        uint64_t wk;
        size_t k;
    } hy[WORDS_MAX], as[WORDS_MAX];
    uint64_t plain[WORDS_MAX];
    struct hy_word namew[WORDS_MAX];
    size_t nas = 0, nplain = 0, nnamew = 0;
    uint64_t common[2 * WORDS_MAX];
    size_t nh = 0, ncommon = 0, nrub = rubric_tokens(sc);

    for (size_t k = 0, nw = 0; k < sc->nt && nw < WORDS_MAX; k++) {
        if (t[k].dpre > 0 || t[k].fn < 3 || (t[k].wf & (WF_STOP | WF_NOENT)))
            continue; /* the cheap refusals, before the cache */
        uint64_t wk =
            digest_word_key(&sc->stems, lang, s + t[k].s, t[k].e - t[k].s, t[k].fw, t[k].fn);
        if (!wk)
            continue;
        /* A French compound noun is one word (digest_phrase()): its
         * head, then its last word, right after it or after one "de",
         * "d'" or "à", in the same part (title or body). */
        size_t k0 = k;
        uint64_t head = wk;
        if (french && digest_phrase_head(wk)) {
            size_t j = k + 2 < sc->nt && is_connector(&t[k + 1]) ? k + 2 : k + 1;
            if (j < sc->nt && t[j].dpre == 0 && t[j].fn >= 3 && t[j].intitle == t[k].intitle) {
                uint64_t tail = digest_word_key(&sc->stems, lang, s + t[j].s, t[j].e - t[j].s,
                                                t[j].fw, t[j].fn);
                uint64_t ph = tail ? digest_phrase(wk, tail) : 0;
                if (ph) {
                    wk = ph;
                    k = j;
                    nw++; /* two words read */
                }
            }
        }
        float w = (t[k0].intitle && t[k0].aside != 2 ? TITLE_WEIGHT : 1.0f) *
                  (t[k0].quoted ? QUOTE_WEIGHT : 1.0f);
        int kind = t[k0].named == 2 ? K_WORDA
                   : t[k0].named    ? K_WORDN
                   : t[k0].quoted   ? K_WORDQ
                                    : K_WORD;
        kind = kind == K_WORD && digest_portfolio_word(t, sc->nt, k0) ? K_WORDN : kind;
        kind = kind == K_WORD && digest_count_word(t, sc->nt, k0) ? K_WORDN : kind;
        key_push(sc, kind == K_WORDN && t[k0].listed ? digest_list_mark(wk) : wk, w, kind, &t[k0],
                 &t[k]); /* a listed name's word, as its name (digest_mark_listed()) */
        if (kind == K_WORD && t[k0].aside)
            as[nas++] = (struct hy_word){wk, k0};
        else if (kind == K_WORD)
            plain[nplain++] = wk;
        if (kind == K_WORDN)
            namew[nnamew++] = (struct hy_word){wk, k0};
        /* The rubric's words, marked (digest_rubric_mark()): a title opens
         * on its subject, and digest_pairs() asks whether the other post
         * writes it. */
        if (k0 < nrub && kind != K_WORDQ)
            key_push(sc, digest_rubric_mark(wk), 0.0f, K_WORDQ, &t[k0], &t[k]);
        /* A title's word written with a capital (digest_titleword.c). */
        if (kind == K_WORD && t[k0].intitle && t[k0].cap)
            key_push(sc, digest_capital_mark(wk), 0.0f, K_WORDQ, &t[k0], &t[k]);
        if (kind == K_WORDN && k0 == k && hyphened(t, k, sc->nt, s) && nh < WORDS_MAX)
            hy[nh++] = (struct hy_word){wk, k};
        else if (ncommon + 1 < 2 * WORDS_MAX) {
            common[ncommon++] = wk;
            common[ncommon++] = head; /* a compound's head: "port" of "port paralysé" */
        }
        nw++;
        uint64_t br[DIGEST_BRIDGES];
        size_t nb = english && kind == K_WORD ? digest_bridges(wk, br) : 0;
        for (size_t b = 0; b < nb; b++)
            key_push(sc, br[b], w, K_BRIDGE, &t[k], &t[k]);
    }
    /* A word the post writes only inside a hyphenated name ("Rouge" of
     * "Morne-Rouge"), never as a common word, is marked with a key of no
     * weight (digest_hyphen_mark()): digest_pairs() does not let it meet
     * the common word of another post. */
    for (size_t i = 0; i < nh; i++) {
        size_t j = 0;
        while (j < ncommon && common[j] != hy[i].wk)
            j++;
        if (j == ncommon)
            key_push(sc, digest_hyphen_mark(hy[i].wk), 0.0f, K_WORDQ, &t[hy[i].k], &t[hy[i].k]);
    }
    /* A word written inside a name and as a common word (digest_titleword.c). */
    for (size_t i = 0; i < nnamew; i++)
        for (size_t j = 0; j < nplain; j++)
            if (plain[j] == namew[i].wk) {
                key_push(sc, digest_common_mark(namew[i].wk), 0.0f, K_WORDQ, &t[namew[i].k],
                         &t[namew[i].k]);
                break;
            }
    /* A word written only inside an aside (digest_aside.c), marked alike. */
    for (size_t i = 0; i < nas; i++) {
        size_t j = 0;
        while (j < nplain && plain[j] != as[i].wk)
            j++;
        if (j == nplain)
            key_push(sc, digest_aside_key(&t[as[i].k], as[i].wk), 0.0f, K_WORDQ, &t[as[i].k],
                     &t[as[i].k]);
    }
}

/* Each token's gap to the one before: whether it opens a sentence, joins
 * the word before in a name, and how an alias may span it. */
static void mark_gaps(const char *s, struct tok *t, size_t nt)
{
    for (size_t i = 0; i < nt; i++) {
        int sent, join, dot, ag;
        if (i == 0) {
            t[i].initial = 1;
            continue;
        }
        if (t[i].s == t[i - 1].e + 1 && s[t[i - 1].e] == ' ')
            sent = dot = 0, join = ag = 1; /* the common case */
        else
            gap_shape(s, t[i - 1].e, t[i].s, &sent, &join, &dot, &ag);
        t[i].join = (uint8_t)join;
        t[i].aliasgap = (uint8_t)ag;
        t[i].initial = (uint8_t)sent;
        if (t[i - 1].intitle != t[i].intitle)
            t[i].initial = 1;
        if (sent && dot && ((t[i - 1].wf & WF_HONOR) || (t[i - 1].fn == 1 && t[i - 1].cap)))
            t[i].initial = 0; /* "M. Dupont", "J. K. Rowling" */
    }
}

/* A broadcaster's whole name, once the post reads it as one, is one
 * wherever the post writes it: the title's "Malinowski on WQRS:" names the
 * station of the body's "told WQRS 1050's", not a name of the story. */
static void media_whole(struct scratch *sc, uint64_t h)
{
    for (size_t k = 0; k < sc->nk; k++)
        if (sc->keys[k] == h && sc->kind[k] == K_NAME)
            sc->kind[k] = K_MEDIA;
}

/* A number's keys (number_at()); a broadcaster's frequency is the
 * broadcaster's (digest_station.c). */
static size_t number_keys(struct scratch *sc, size_t i, int dot_decimal, int after_media, int onair)
{
    size_t k0 = sc->nk;
    int station = onair || digest_station_freq(sc->raw.data, sc->t, i, sc->nt, after_media);
    size_t next = number_at(sc, i, dot_decimal);

    for (size_t k = k0; station && k < sc->nk; k++)
        sc->kind[k] = K_MEDIA;
    return next;
}

/* Turns the tokens into weighted keys. */
static void make_keys(struct scratch *sc, size_t title_end, const char *lang, const char *url)
{
    char outlet[64];
    size_t on = outlet_label(url, outlet, sizeof outlet);
    struct tok *t = sc->t;
    const char *s = sc->raw.data;
    size_t nt = sc->nt;
    int dot_decimal = lang && (strncasecmp(lang, "en", 2) == 0 || strncasecmp(lang, "zh", 2) == 0 ||
                               strncasecmp(lang, "ja", 2) == 0 || strncasecmp(lang, "ko", 2) == 0);

    sc->nk = 0;
    if (++sc->epoch == 0) {
        if (sc->seen_epoch)
            memset(sc->seen_epoch, 0, sc->seen_cap * sizeof *sc->seen_epoch);
        sc->epoch = 1;
    }
    if (!nt)
        return;
    /* Word flags and gaps. */
    size_t title_words = 0, title_caps = 0;
    for (size_t i = 0; i < nt; i++) {
        t[i].h = word_hash(t[i].fw, t[i].fn);
        const struct word_slot *w = word_lookup(t[i].h);
        t[i].wf = w ? w->flags : 0;
        t[i].alias = w ? w->alias : -1;
        t[i].intitle = t[i].s < title_end;
        if (t[i].intitle && t[i].fn >= 4 && !t[i].digits && !(t[i].wf & WF_STOP)) {
            title_words++;
            title_caps += t[i].cap;
        }
    }
    mark_quoted(s, t, nt);
    mark_gaps(s, t, nt);
    /* A Title Case headline says nothing about which words are names. */
    if (title_words >= 3 && title_caps * 10 >= title_words * 9)
        for (size_t i = 0; i < nt && t[i].intitle; i++)
            t[i].initial = 1;

    /* Entities and numbers (a frequency after a broadcaster: number_keys()). */
    size_t i = 0, media_next = SIZE_MAX, onair = 0; /* digest_onair_end() */
    while (i < nt) {
        uint64_t canon;
        size_t m;
        if (t[i].dpre > 0) {
            i = number_keys(sc, i, dot_decimal, i == media_next, i < onair);
            continue;
        }
        if (!t[i].cap) {
            i++;
            continue;
        }
        if ((m = digest_alias_at(sc, i, &canon)) > 0) {
            key_push(sc, canon, t[i].intitle ? TITLE_WEIGHT : 1.0f, K_ALIAS, &t[i], &t[i + m - 1]);
            for (size_t k = i; k < i + m; k++)
                t[k].named = 2;
            i += m;
            continue;
        }
        /* A capital that only starts a sentence says nothing, unless it
         * is an acronym or opens a hyphenated name ("Météo-France"). */
        int compound = i + 1 < nt && t[i + 1].join && is_name_word(&t[i + 1]) &&
                       t[i + 1].s == t[i].e + 1 && sc->raw.data[t[i].e] == '-';
        if (!is_name_word(&t[i]) || t[i].fn < 2 || (t[i].initial && !t[i].allcaps && !compound)) {
            /* "Emmanuel Macron ..." opening a sentence: the first name is
             * not a name key, but it is that person again, not a word of
             * the story. */
            size_t nx = i + 1 + possessive(t, i + 1, nt); /* "Treasury's Cole" */
            if (t[i].initial && nx < nt && t[nx].join && !t[nx].initial && is_name_word(&t[i]) &&
                is_name_word(&t[nx]))
                t[i].named = 1;
            i++;
            continue;
        }
        size_t last = i, j = i + 1;
        /* A station's band ends its name: « sur Radio Bélè FM Lucien
         * Mondésir-Charlery » is the station, then its guest. */
        while (j < nt && j - i < RUN_MAX && t[j].join && !t[j].initial &&
               !(t[last].allcaps && t[last].fn == 2 && last > i &&
                 ((t[last].fw[0] == 'f' || t[last].fw[0] == 'a') && t[last].fw[1] == 'm'))) {
            if (is_name_word(&t[j])) {
                last = j++;
                continue;
            }
            if ((t[j].wf & WF_CONN) && !t[j].cap && j + 1 < nt && t[j + 1].join &&
                is_name_word(&t[j + 1]) && j + 1 - i < RUN_MAX) {
                last = j + 1;
                j += 2;
                continue;
            }
            break;
        }
        float tw = t[i].intitle ? TITLE_WEIGHT : 1.0f;
        int media = is_media_run(t, i, last) || is_outlet_run(t, i, last, nt, s, outlet, on) ||
                    digest_station_call(s, t, i, last, nt) || i < onair;
        size_t air = media ? 0 : digest_onair_end(s, t, i, last, nt);
        onair = air > onair ? air : onair;
        media = media || air;
        media_next = media ? last + 1 : media_next;
        uint64_t rh = run_hash(t, i, last);
        int world = !media && digest_alias_canon(rh);
        rh = last == i && t[i].listed && !media && !world ? digest_list_mark(rh) : rh;
        key_push(sc, rh, tw, run_kind(t, i, last, media, world), &t[i], &t[last]);
        if (media)
            media_whole(sc, rh);
        if (last > i && t[last].fn >= 3)
            key_push(sc, run_hash(t, last, last), 0.5f * tw, media ? K_MEDIA : K_HALF, &t[last],
                     &t[last]);
        if (!media && !world)
            facility_acronym(sc, i, last);
        for (size_t k = i; k <= last; k++)
            t[k].named = world ? 2 : 1;
        i = last + 1;
    }

    mark_initial_names(t, nt);
    word_keys(sc, lang);
}

void digest_scratch_init(struct scratch *sc)
{
    memset(sc, 0, sizeof *sc);
    buf_init(&sc->raw, TITLE_BYTES + DIGEST_TEXT_BYTES + 64);
    digest_stems_init(&sc->stems);
}

/* The keys of p, whose text digest_build_text() has put in sc->raw. */
int digest_keys_of_text(struct scratch *sc, const struct digest_post *p, size_t title_end)
{
    int rc = digest_scan(sc);

    if (rc < 0)
        return rc;
    make_keys(sc, title_end, p->lang, p->source_url);
    digest_idiom_keys(sc, p->lang);
    digest_denial_keys(sc, p->lang);
    digest_evname_keys(sc, p->lang);
    digest_compound_keys(sc, p->lang);
    digest_modifier_keys(sc, p->lang);
    digest_service_keys(sc, p->lang);
    return 0;
}

int digest_post_keys(struct scratch *sc, const struct digest_post *p)
{
    return digest_keys_of_text(sc, p, digest_build_text(p, &sc->raw));
}
