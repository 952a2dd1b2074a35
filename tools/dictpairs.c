/*
 * dictpairs: the French-English word pairs of Debian's FreeDict dictionaries
 * (dict-freedict-fra-eng and dict-freedict-eng-fra, dictd format) as a C
 * table for the selection's cross-language similarity (digest_words.c). The
 * Makefile runs it at build time; nothing of the dictionaries is kept in the
 * repository:
 *
 *   dictpairs OUT.c /usr/share/dictd/freedict-fra-eng /usr/share/dictd/freedict-eng-fra
 *
 * A pair is kept only when each dictionary gives the other word as a
 * translation (mutual pairs are the dictionaries' plainest senses), both
 * are single words of letters (hyphens allowed), 3 to 31 bytes, lower case.
 * A dictd entry is found through the .index file (headword, offset and
 * length in base 64); the .dict.dz is gzip, read whole with zlib. OUT is
 * written atomically.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#define DICT_MAX (64u << 20) /* far above either dictionary */
#define WORD_MAX 32

struct pair {
    char a[WORD_MAX], b[WORD_MAX]; /* French, English */
};

struct pairs {
    struct pair *v;
    size_t n, cap;
};

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n);
    if (!q) {
        fprintf(stderr, "dictpairs: out of memory\n");
        exit(1);
    }
    return q;
}

static unsigned char *read_gz(const char *path, size_t *len)
{
    gzFile f = gzopen(path, "rb");
    if (!f) {
        fprintf(stderr, "dictpairs: %s: %s\n", path, strerror(errno));
        exit(1);
    }
    size_t cap = 1u << 20, n = 0;
    unsigned char *buf = xrealloc(NULL, cap);
    for (;;) {
        if (n == cap) {
            if (cap >= DICT_MAX) {
                fprintf(stderr, "dictpairs: %s: too big\n", path);
                exit(1);
            }
            cap *= 2;
            buf = xrealloc(buf, cap);
        }
        int r = gzread(f, buf + n, (unsigned)(cap - n));
        if (r < 0) {
            fprintf(stderr, "dictpairs: %s: unreadable\n", path);
            exit(1);
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    gzclose(f);
    *len = n;
    return buf;
}

static long b64(const char *s)
{
    static const char digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    long v = 0;
    for (; *s; s++) {
        const char *d = strchr(digits, *s);
        if (!d)
            return -1;
        v = v * 64 + (d - digits);
    }
    return v;
}

/* Lower-cases ASCII; a word is letters (any UTF-8 byte above 0x7F counts as
 * one) and inner hyphens, WORD_MAX - 1 bytes at most. */
static int clean_word(const char *s, size_t n, char *out)
{
    while (n && (*s == ' ' || *s == '\t'))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '.'))
        n--;
    if (n < 3 || n >= WORD_MAX || s[0] == '-' || s[n - 1] == '-')
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        else if (!((c >= 'a' && c <= 'z') || c >= 0x80 || c == '-'))
            return 0;
        out[i] = (char)c;
    }
    out[n] = '\0';
    return 1;
}

static void add(struct pairs *p, const char *fr, const char *en)
{
    if (p->n == p->cap) {
        p->cap = p->cap ? p->cap * 2 : 4096;
        p->v = xrealloc(p->v, p->cap * sizeof *p->v);
    }
    memcpy(p->v[p->n].a, fr, WORD_MAX);
    memcpy(p->v[p->n].b, en, WORD_MAX);
    p->n++;
}

/* One entry's translations: every line after the headword's, with "1. "
 * numbers and "(...)" glosses dropped, split at commas. */
static void read_entry(struct pairs *p, const char *head, const char *e, size_t len, int fr_first)
{
    const char *end = e + len, *line = memchr(e, '\n', len);
    if (!line)
        return;
    for (line++; line < end;) {
        const char *nl = memchr(line, '\n', (size_t)(end - line));
        const char *le = nl ? nl : end;
        char text[512];
        size_t tn = 0;
        int depth = 0;
        const char *s = line;
        while (s < le && (*s == ' ' || (*s >= '0' && *s <= '9') || *s == '.'))
            s++;
        for (; s < le && tn + 1 < sizeof text; s++) {
            if (*s == '(' || *s == '[' || *s == '<')
                depth++;
            else if ((*s == ')' || *s == ']' || *s == '>') && depth)
                depth--;
            else if (!depth)
                text[tn++] = (*s == ';') ? ',' : *s;
        }
        text[tn] = '\0';
        for (char *t = text; *t;) {
            char *c = strchr(t, ',');
            size_t n = c ? (size_t)(c - t) : strlen(t);
            char w[WORD_MAX];
            if (clean_word(t, n, w)) {
                if (fr_first)
                    add(p, head, w);
                else
                    add(p, w, head);
            }
            t += n + (c != NULL);
        }
        line = le + 1;
    }
}

static void read_dict(struct pairs *p, const char *base, int fr_first)
{
    char path[4096];
    size_t dlen;
    snprintf(path, sizeof path, "%s.dict.dz", base);
    unsigned char *data = read_gz(path, &dlen);
    snprintf(path, sizeof path, "%s.index", base);
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "dictpairs: %s: %s\n", path, strerror(errno));
        exit(1);
    }
    char line[1024];
    while (fgets(line, sizeof line, f)) {
        char *t1 = strchr(line, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
        if (!t2 || !strncmp(line, "00", 2))
            continue;
        *t1 = *t2 = '\0';
        t2[1 + strcspn(t2 + 1, "\r\n")] = '\0';
        char head[WORD_MAX];
        long off = b64(t1 + 1), len = b64(t2 + 1);
        if (!clean_word(line, strlen(line), head) || off < 0 || len <= 0 ||
            (size_t)off + (size_t)len > dlen)
            continue;
        read_entry(p, head, (const char *)data + off, (size_t)len, fr_first);
    }
    fclose(f);
    free(data);
}

static int cmp_pair(const void *x, const void *y)
{
    const struct pair *a = x, *b = y;
    int c = strcmp(a->a, b->a);
    return c ? c : strcmp(a->b, b->b);
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: dictpairs OUT.c FRA_ENG_BASE ENG_FRA_BASE\n");
        return 2;
    }
    struct pairs fe = {0}, ef = {0};
    read_dict(&fe, argv[2], 1);
    read_dict(&ef, argv[3], 0);
    qsort(fe.v, fe.n, sizeof *fe.v, cmp_pair);
    qsort(ef.v, ef.n, sizeof *ef.v, cmp_pair);

    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", argv[1]);
    FILE *o = fopen(tmp, "w");
    if (!o) {
        fprintf(stderr, "dictpairs: %s: %s\n", tmp, strerror(errno));
        return 1;
    }
    fprintf(o, "/* Generated by tools/dictpairs from Debian's FreeDict dictionaries. */\n"
               "#include <stddef.h>\n"
               "const char *const digest_dict_pairs[][2] = {\n");
    size_t i = 0, j = 0, kept = 0;
    while (i < fe.n && j < ef.n) {
        int c = cmp_pair(&fe.v[i], &ef.v[j]);
        if (c == 0) {
            if (!kept || cmp_pair(&fe.v[i], &fe.v[i - 1]))
                fprintf(o, "    {\"%s\", \"%s\"},\n", fe.v[i].a, fe.v[i].b), kept++;
            i++, j++;
        } else if (c < 0) {
            i++;
        } else {
            j++;
        }
    }
    fprintf(o, "};\nconst size_t digest_dict_pairs_n = %zu;\n", kept);
    if (fclose(o) != 0 || rename(tmp, argv[1]) != 0) {
        fprintf(stderr, "dictpairs: %s: %s\n", argv[1], strerror(errno));
        return 1;
    }
    fprintf(stderr, "dictpairs: %zu mutual pairs\n", kept);
    free(fe.v);
    free(ef.v);
    return 0;
}
