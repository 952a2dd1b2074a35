/*
 * digest_synth: a deterministic, synthetic news window for timing
 * digest_select() (tests/unit/test_digest.c prints the figure,
 * tests/perf/digest_perf.c is the standalone benchmark).
 *
 * Stories of 1 to about 25 posts (most of them small, a few long running
 * ones), each with its own invented names, acronym, place and figures, told
 * in French or English by some of 40 sources. Posts are 0.6 to 1.5 KiB of
 * Markdown with credit lines, "Lire aussi" / "Read also" lines naming other
 * stories, and promotional footers, over a shared everyday vocabulary so
 * that common words and shingles are frequent, as in real copy.
 */
#ifndef CRIER_DIGEST_SYNTH_H
#define CRIER_DIGEST_SYNTH_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "digest.h"

struct synth {
    struct digest_post *posts;
    size_t n;
    char **own; /* strings to free */
    size_t nown;
};

static uint64_t synth_rng(uint64_t *s)
{
    uint64_t x = *s;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return *s = x;
}

static size_t synth_pick(uint64_t *s, size_t n)
{
    return (size_t)(synth_rng(s) % n);
}

static const char *const synth_fr[] = {
    "le",       "la",           "les",     "un",         "une",       "des",      "de",
    "du",       "et",           "en",      "dans",       "pour",      "sur",      "avec",
    "a",        "été",          "selon",   "après",      "avant",     "depuis",   "jeudi",
    "mercredi", "gouvernement", "ville",   "projet",     "habitants", "annoncé",  "décidé",
    "prévu",    "attendu",      "nouveau", "nouvelle",   "semaine",   "mois",     "année",
    "hausse",   "baisse",       "accord",  "réunion",    "décision",  "rapport",  "enquête",
    "travaux",  "prix",         "emplois", "entreprise", "salariés",  "élus",     "conseil",
    "région",   "département",  "police",  "secours",    "victimes",  "route",    "trafic",
    "écoles",   "hôpital",      "santé",   "budget",     "millions",  "euros",    "plan",
    "mesures",  "ministre",     "maire",   "syndicats",  "grève",     "tribunal", "procès",
    "match",    "équipe",       "saison",  "festival",   "public",    "soir",     "matin",
    "premier",  "dernier",      "grand",   "petite",     "plusieurs", "toujours", "encore",
    "très",     "plus",         "moins",   "sont",       "ont",       "sera",     "seront",
    "fait",     "dit",
};

static const char *const synth_en[] = {
    "the",        "a",        "an",       "of",        "to",        "in",       "on",
    "for",        "with",     "and",      "has",       "have",      "was",      "were",
    "said",       "says",     "after",    "before",    "since",     "thursday", "wednesday",
    "government", "city",     "plan",     "residents", "announced", "decided",  "expected",
    "new",        "week",     "month",    "year",      "rise",      "fall",     "deal",
    "meeting",    "decision", "report",   "inquiry",   "works",     "prices",   "jobs",
    "company",    "workers",  "council",  "region",    "police",    "rescue",   "victims",
    "road",       "traffic",  "schools",  "hospital",  "health",    "budget",   "million",
    "pounds",     "measures", "minister", "mayor",     "unions",    "strike",   "court",
    "trial",      "match",    "team",     "season",    "festival",  "public",   "evening",
    "morning",    "first",    "last",     "big",       "small",     "several",  "still",
    "again",      "very",     "more",     "less",      "are",       "will",     "would",
    "made",       "told",
};

#define SYNTH_TAIL 6000 /* rare words per language */
#define SYNTH_PLACES 300
#define SYNTH_ORGS 400

static const char *const synth_syl[] = {
    "ker", "lan", "mor", "vel", "dor", "bri", "tal",  "ven", "gar", "nol", "sté", "quin", "rho",
    "dal", "fen", "mar", "tis", "zé",  "lou", "bran", "cor", "hal", "pen", "ros", "vil",
};

static const char *const synth_tags[] = {
    "meteo", "economie", "social", "transports", "international", "politique",
    "sport", "tech",     "sante",  "local",      "culture",       "justice",
};

static char *synth_own(struct synth *s, char *p)
{
    s->own = realloc(s->own, (s->nown + 1) * sizeof *s->own);
    if (!s->own)
        abort();
    s->own[s->nown++] = p;
    return p;
}

static void synth_name(uint64_t *r, char *out, size_t cap, int acronym)
{
    size_t n = 0;
    if (acronym) {
        size_t len = 3 + synth_pick(r, 2);
        for (size_t i = 0; i < len && n + 1 < cap; i++)
            out[n++] = (char)('A' + synth_pick(r, 26));
        out[n] = '\0';
        return;
    }
    size_t parts = 2 + synth_pick(r, 2);
    out[0] = '\0';
    for (size_t i = 0; i < parts; i++) {
        const char *y = synth_syl[synth_pick(r, sizeof synth_syl / sizeof *synth_syl)];
        size_t l = strlen(y);
        if (n + l + 1 >= cap)
            break;
        memcpy(out + n, y, l);
        n += l;
    }
    out[n] = '\0';
    if (out[0] >= 'a' && out[0] <= 'z')
        out[0] = (char)(out[0] - 'a' + 'A');
}

struct synth_story {
    char person[48], place[48], org[8], thing[48];
    int figure, figure2;
    int fr;
    size_t tag, source;
    int importance;
};

/* The long tail of the vocabulary: word number i of a language, made of
 * syllables, with a Zipf-like draw so that a few are common. */
static void synth_rare_word(uint64_t *r, int fr, char *w, size_t cap)
{
    double u = (double)(synth_rng(r) % 1000000) / 1e6;
    uint64_t i = (uint64_t)(SYNTH_TAIL * u * u * u) + (fr ? 0 : SYNTH_TAIL);
    size_t n = 0, parts = 2 + (size_t)(i % 3);
    for (size_t k = 0; k < parts; k++) {
        const char *y =
            synth_syl[(i / (k ? 7 * k : 1) + k * 11) % (sizeof synth_syl / sizeof *synth_syl)];
        size_t l = strlen(y);
        if (n + l + 1 >= cap)
            break;
        memcpy(w + n, y, l);
        n += l;
    }
    /* A suffix keeps distinct numbers distinct words. */
    snprintf(w + n, cap - n, "%c%c", 'a' + (int)(i % 26), 'a' + (int)(i / 26 % 26));
}

/* Appends nwords words: everyday words half of the time, else the tail. */
static void synth_words(uint64_t *r, int fr, char *out, size_t cap, size_t *len, size_t nwords)
{
    const char *const *v = fr ? synth_fr : synth_en;
    size_t nv = fr ? sizeof synth_fr / sizeof *synth_fr : sizeof synth_en / sizeof *synth_en;
    char rare[64];
    for (size_t i = 0; i < nwords; i++) {
        const char *w = v[synth_pick(r, nv)];
        if (synth_pick(r, 100) >= 55) {
            synth_rare_word(r, fr, rare, sizeof rare);
            w = rare;
        }
        int k = snprintf(out + *len, cap - *len, " %s", w);
        if (k < 0 || (size_t)k >= cap - *len) {
            out[*len] = '\0'; /* no cut word (it could end inside a character) */
            return;
        }
        *len += (size_t)k;
    }
}

static void synth_cat(char *out, size_t cap, size_t *len, const char *s)
{
    int k = snprintf(out + *len, cap - *len, "%s", s);
    if (k > 0 && (size_t)k < cap - *len)
        *len += (size_t)k;
    else
        out[*len] = '\0'; /* all of s or none of it */
}

/* Builds n posts in the window [start, end). */
static void synth_build(struct synth *s, size_t n, uint64_t seed, int64_t start, int64_t end)
{
    uint64_t r = seed ? seed : 88172645463325252ULL;
    size_t nst = 0, capst = 64;
    struct synth_story *st = malloc(capst * sizeof *st);
    size_t *story_of = malloc(n * sizeof *story_of);

    memset(s, 0, sizeof *s);
    s->posts = calloc(n, sizeof *s->posts);
    s->n = n;
    if (!st || !story_of || !s->posts)
        abort();
    for (size_t i = 0; i < n;) {
        size_t size = 1 + (synth_pick(&r, 3) == 0 ? synth_pick(&r, 25) : synth_pick(&r, 3));
        if (nst == capst) {
            capst *= 2;
            st = realloc(st, capst * sizeof *st);
            if (!st)
                abort();
        }
        struct synth_story *x = &st[nst];
        char first[24], last[24];
        synth_name(&r, first, sizeof first, 0);
        synth_name(&r, last, sizeof last, 0);
        snprintf(x->person, sizeof x->person, "%s %s", first, last);
        /* Places and organisations recur across stories, a few often. */
        uint64_t pr = 977 * (uint64_t)(synth_pick(&r, SYNTH_PLACES) * synth_pick(&r, SYNTH_PLACES) /
                                           SYNTH_PLACES +
                                       1);
        uint64_t orr =
            1931 *
            (uint64_t)(synth_pick(&r, SYNTH_ORGS) * synth_pick(&r, SYNTH_ORGS) / SYNTH_ORGS + 1);
        synth_name(&pr, x->place, sizeof x->place, 0);
        synth_name(&orr, x->org, sizeof x->org, 1);
        synth_name(&r, x->thing, sizeof x->thing, 0);
        x->figure = 100 + (int)synth_pick(&r, 90000);
        x->figure2 = 10 + (int)synth_pick(&r, 900);
        x->fr = synth_pick(&r, 3) != 0;
        x->tag = synth_pick(&r, sizeof synth_tags / sizeof *synth_tags);
        x->source = synth_pick(&r, 40);
        x->importance = (int)synth_pick(&r, 4);
        for (size_t k = 0; k < size && i < n; k++)
            story_of[i++] = nst;
        nst++;
    }
    /* Shuffle so that a story's posts spread over the window. */
    for (size_t i = n; i > 1; i--) {
        size_t j = synth_pick(&r, i), t = story_of[i - 1];
        story_of[i - 1] = story_of[j];
        story_of[j] = t;
    }
    for (size_t i = 0; i < n; i++) {
        const struct synth_story *x = &st[story_of[i]];
        struct digest_post *p = &s->posts[i];
        int fr = synth_pick(&r, 5) == 0 ? !x->fr : x->fr;
        size_t cap = 2048, len = 0;
        char *title = synth_own(s, malloc(256)), *body = synth_own(s, malloc(cap));
        char *url = synth_own(s, malloc(96));
        char tmp[256];
        if (!title || !body || !url)
            abort();
        int update = synth_pick(&r, 3) == 0;
        if (fr)
            snprintf(title, 256, "%s%s : %s et le %s, %d%s", update ? "En direct — " : "", x->place,
                     x->person, x->org, x->figure + (update ? (int)synth_pick(&r, 50) : 0),
                     " personnes concernées");
        else
            snprintf(title, 256, "%s%s: %s and %s, %d people affected", update ? "Live: " : "",
                     x->place, x->person, x->org,
                     x->figure + (update ? (int)synth_pick(&r, 50) : 0));
        snprintf(tmp, sizeof tmp, "© Agence %s / %s\n\n", x->org, x->person);
        synth_cat(body, cap, &len, tmp);
        for (int para = 0; para < 3; para++) {
            size_t sentences = 2 + synth_pick(&r, 2);
            for (size_t k = 0; k < sentences; k++) {
                synth_cat(body, cap, &len, k || para ? " " : "");
                snprintf(tmp, sizeof tmp, fr ? "À %s, %s" : "In %s, %s", x->place,
                         k == 0 ? x->person : x->thing);
                synth_cat(body, cap, &len, tmp);
                synth_words(&r, fr, body, cap, &len, 6 + synth_pick(&r, 10));
                if (k == 1) {
                    snprintf(tmp, sizeof tmp, " %s %d%s", x->org, x->figure2, fr ? " %" : "%");
                    synth_cat(body, cap, &len, tmp);
                }
                synth_words(&r, fr, body, cap, &len, 4 + synth_pick(&r, 8));
                synth_cat(body, cap, &len, ".");
            }
            synth_cat(body, cap, &len, "\n\n");
            if (para == 0) {
                const struct synth_story *o = &st[synth_pick(&r, nst)];
                snprintf(tmp, sizeof tmp, "%s : %s, %s\n\n",
                         fr ? "**Lire aussi**" : "**Read also**", o->place, o->person);
                synth_cat(body, cap, &len, tmp);
            }
        }
        synth_cat(body, cap, &len,
                  fr ? "*Suivez-nous sur les réseaux sociaux.*" : "*Follow us on social media.*");
        snprintf(url, 96, "https://www.source%zu.example/%zu", (x->source + synth_pick(&r, 4)) % 40,
                 i);
        p->id = (int64_t)i + 1;
        p->seq = (int64_t)i + 1;
        p->title = title;
        p->body = body;
        p->lang = fr ? "fr" : "en";
        p->source_url = url;
        p->tags = &synth_tags[x->tag];
        p->ntags = 1;
        p->importance = x->importance;
        p->published_at = start + (int64_t)synth_pick(&r, (size_t)(end - start));
        p->views = (int64_t)synth_pick(&r, 5000);
    }
    free(st);
    free(story_of);
}

static void synth_free(struct synth *s)
{
    for (size_t i = 0; i < s->nown; i++)
        free(s->own[i]);
    free(s->own);
    free(s->posts);
    memset(s, 0, sizeof *s);
}

#endif
