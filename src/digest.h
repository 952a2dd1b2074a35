/*
 * digest: the ranking and story-grouping core of the morning and evening
 * selections. Given the candidate posts of one window, it groups the posts
 * that tell the same story (near-duplicates, running updates, the same news
 * from other sources, in French or English), scores each story, and picks
 * the K best under a per-tag diversity cap. No storage, no network; its only
 * globals are read-only word and character tables built once
 * (pthread_once), so it is pure and safe to call from any thread at once
 * (a large window starts one thread of its own to read keys, and joins it
 * before returning).
 *
 * Grouping. For each post, the title and the first DIGEST_TEXT_BYTES of the
 * body (Markdown link targets, images, credits, bylines, "Lire aussi" /
 * "Read also" lines, promotional footers, and each paragraph's dateline
 * and wire tags, lede_lead_len(), removed) are split into words folded
 * exactly as lede_normalize() folds them (a table built from
 * lede_normalize() covers Latin text; any other word goes through it), and
 * the words become keys:
 *   - names, which carry a story across languages: runs of capitalised words
 *     that do not merely start a sentence ("Banque de France",
 *     "Météo-France"), acronyms ("OTAN"), and a small FR/EN alias table so
 *     that OTAN = NATO, ONU = UN = Nations unies, UE = EU, États-Unis = US =
 *     United States, Royaume-Uni = UK = Britain, BCE = ECB = Banque centrale
 *     européenne, Bretagne = Brittany, Bruxelles = Brussels, Manche =
 *     Channel and so on fold to one key. A longer name also yields its last
 *     word ("Emmanuel Macron" -> "macron", to meet "M. Macron"). Titles,
 *     days, months and newsroom words are not names. A broadcaster
 *     ("Radio Horizon", "Public Radio", "France Inter") is a source, not an
 *     entity of the story: its key is of its own kind;
 *   - figures, read with the post's decimal conventions, so that "210 000" =
 *     "210,000", "4,5 %" = "4.5%" and "40 milliards" = "$40bn" (integers
 *     below 10, plain years, clock times and day-of-month dates are not);
 *   - content words: the first 20 words of 3 bytes or more that are in no
 *     stop list (function words, elisions such as "jusqu'", auxiliaries,
 *     titles, days, months, units, newsroom words such as "Reuters" or
 *     "updated"), reduced to their Snowball stem (French or English after
 *     the post's lang, read with its accents, then folded: "interpellé" =
 *     "interpellation"; a stem of three letters cut from a word of six or
 *     more, "don" of "données" and "donnant", is too short to mean one
 *     thing, and the word less its plural's s stands for itself), to one
 *     canonical word for a story's usual synonyms
 *     ("cambriolage" = "casse" = "vol", "burglary" = "theft"), and through a
 *     French-English lexicon of news words to the French one
 *     ("effondrement" = "collapse", "grève" = "strike"). A word inside a
 *     name, or inside quotation marks (« », " ", “ ”, and a headline's
 *     single quotes), is a key of its own kind: it weighs in the cosine but
 *     counts less as shared evidence (below); a quoted word weighs half.
 *     A capital that only opens a sentence ("Bergeron : « ... »") is a
 *     word inside a name when the post names it elsewhere ("François
 *     Bergeron"), and so is a first name opening one ("Emmanuel Macron
 *     ...").
 * A key in the title weighs double. Every key weighs its plain IDF,
 * ln((n + 1) / df): a key of every post weighs almost nothing, a key of two
 * the most. Short lines that are wire stamps ("Reuters | Updated:
 * 19-10-2025 18:30 IST", "Publié le ..., mis à jour ...") are removed with
 * the credits: every story of that wire carries the same one.
 *
 * An inverted index maps each key to its posts. Keys held by more than
 * clamp(n / 4, 8, 64) posts are the language's stock words and the day's
 * ubiquitous names, and are ignored; each post then accumulates its tf-idf
 * dot product with the later posts sharing its other keys, so only posts
 * that share rare keys are ever compared, never all pairs (10,000
 * candidates take about 120 ms on the development machine: a window of
 * 2,000 posts or more has its keys read by two threads, the rest is one).
 * A pair is an edge when:
 *   - its cosine (over each post's keys held by at most the cap, unique ones
 *     included: what the other post lacks is evidence against) is at least
 *     0.03;
 *   - its shared keys are worth at least two and a half features: a name,
 *     figure or content word counts 1, a longer name's last word or a word
 *     inside a name 1/2 (it is mostly that name again), a quoted word or a
 *     broadcaster 0 (every story drawn from one interview quotes it and
 *     names its station). One person, one place, one name with its words,
 *     or two words is not a story;
 *   - each post's title is met in the other post (one of its keys is
 *     there): a title says what its story is. When the two posts share a
 *     broadcaster, both were drawn from one interview, and each title must
 *     be met through its topic: not a quoted word, not the station, not a
 *     name that both titles hold (the guest). Two stories told from one
 *     radio interview share its guest, station and quote, not their
 *     topics.
 * Each post keeps its 32 strongest edges to later posts. An edge weighs its
 * cosine times the Jaccard index of its two posts' neighbourhoods (a post
 * and the posts it has an edge with), / 0.08, capped at 1: posts of one
 * story share most of their neighbours, while a post that meets another
 * story only through one interview does not; two posts alone share all
 * theirs, and their cosine decides.
 * Stories are then made by average linkage (digest_link.c): every post
 * starts alone, and the two stories whose average edge weight over every
 * pair of their posts (a pair without an edge counts 0) is the highest are
 * merged, while it reaches group_threshold. A story grows by what most of
 * its posts share, so one strong pair never chains two stories.
 * Then a lone post joins a story by group-level evidence: a pair that
 * missed an edge by one gate only (shared features worth two, not two and
 * a half; or, with no broadcaster shared, a title not met) is a weak link,
 * and a lone post whose edges and weak links cover at least half of the
 * pairs with a story, reaching three of its posts (both of a story of
 * two), joins it, unless a second story qualifies too. Two features are no
 * story for one pair, but the same two met in most posts of a story are
 * (a reaction, an explainer, a translation). A lone post also joins a
 * story on one edge or weak link when it holds that story's own name or
 * figure: one held by two or more of its posts and by no post of another
 * story (nor by filler), in at most the cap's posts ("Anduze" of a flood,
 * named by a reaction that shares little else with the wire copy); again
 * not when a second story qualifies.
 * Last, a post still alone joins the story of three posts or more whose
 * centroid (the sum of its posts' key vectors, each of length 1) is
 * nearest to it, when the cosine is at least 0.18, the next story's is at
 * most 0.7 of it, and a content word of that story's own (in two of its
 * posts or more, in fewer posts outside it; no name, figure or facility's
 * word) carries a tenth of it (digest_centroid.c): a reaction or an
 * explainer shares a word or two with each post of its story, never
 * enough with one of them.
 * Excluded posts are dropped before grouping: they are never shown, never
 * merged and count for nothing. Two stories holding a pinned post each are
 * never merged, so that each pin stays visible.
 *
 * Why. Each chosen item says, for each of its first DIGEST_WHY_MAX merged
 * posts, the post of the story it has its strongest edge with (for a post
 * joined by its story's centroid, the post of it it shares most with) and up to
 * DIGEST_WHY_TERMS keys they share that count as evidence (names and
 * figures first, then by weight), as the merged post writes them.
 *
 * Scoring. Each part is a number in [0, 1] times its weight (engagement
 * up to 1.08, but for the day's lead, below), and the score is their sum:
 *   importance = w.importance * (g - (g - h) / 2) / 3, g the highest
 *                importance of the story's posts, h the highest that a third
 *                of its posts or more give (h = g for three posts or fewer):
 *                a grade fewer than a third of its desks give counts half
 *   engagement = w.engagement * r for r = sum of the story's views /
 *                audience up to 1, then 1 + 0.08 (1 - 1/r): readers past
 *                the audience order the stories it caps (twice the audience
 *                earns 1.04); 0 when audience <= 0; half of that for a
 *                sports story (most of its posts tagged "sport" or
 *                "sports", any case): its readers measure the taste for sport.
 *                The day's lead by its readers: of two stories or more at
 *                the top importance, the one read most both in all (views
 *                summed) and in its best-read post, told by two posts or
 *                more, ranks first, its engagement raised to pass the first
 *                story's score by 0.01 (nothing moves when the two measures
 *                name different stories or two share a first place)
 *   coverage   = w.coverage * min(1, sqrt(((posts - 1) + (sources - 1))
 *                                        / 12)),
 *                where sources are the distinct source_url hosts ("www."
 *                dropped; posts without a URL are the channel's own, one
 *                source); 0 for a lone post, 1 from seven posts by seven
 *                outlets (or nine by five)
 *   freshness  = w.freshness * (newest post - window start) / window length,
 *                clamped to [0, 1] (1 when the window is empty)
 * Defaults: importance 4, engagement 2, coverage 2, freshness 1, K = 7,
 * tag cap 2, group threshold 0.5, floor 0.4, no language. So a breaking
 * story starts 4 points up, one told by five sources earns 1.63, and a
 * post read by the whole audience earns 2.
 *
 * A story is represented by its best post: a pinned post if it has one,
 * else a post in the channel's language (w->lang, compared on the primary
 * subtag: "fr" = "fr-CA") when the story has one, and among those the
 * highest individual score (importance + engagement + freshness of that
 * post alone), ties broken by importance, then the newest, then the highest
 * seq. A French reader of a story told by AFP and Reuters gets AFP's title,
 * even when Reuters was read more; a story told only in English keeps its
 * best English post, and the item says so (in_lang 0). Its lede is
 * lede_extract() of that post's body, or "" when no sentence qualifies.
 *
 * Selection. Stories are ranked by score (ties: importance part, then the
 * representative's newest publication, then lowest seq). Pinned stories are
 * always chosen first, even past the tag cap, the floor or K (an editor's
 * pin outranks all three). Then, in rank order:
 *   - the floor: an unpinned story enters only if its score reaches
 *     w->floor (default 0.4) times the median score of the best unpinned
 *     stories that could fill the free slots (the top K minus the pins).
 *     The median, not the best, so that one huge story does not empty the
 *     selection, and not the last, so that a thin day does not lower the
 *     bar to its own filler. So K is a most, not a quota: on a day of five
 *     real stories and two briefs the briefs stay out rather than fill K;
 *   - the tag cap: the remaining slots up to K go to the best stories whose
 *     representative's tags have not yet reached tag_cap items (tags
 *     compared case-insensitively; tag_cap 0 = no cap);
 *   - the cap gives way: a story the cap kept out enters when it scores
 *     more than DIGEST_CAP_YIELD (1.5) times the last one in: the lowest
 *     unpinned story in, whose slot it takes, once K is reached; an empty
 *     slot, worth the floor, before. Diversity is worth a small loss of
 *     score, not a strong story traded for a sports result or an empty
 *     slot (with floor 0, the cap then binds only once K is reached);
 *   - filler gives way: while a story of importance 1 or more is left out
 *     (for any reason), no unpinned story of importance 0 stays in. Each
 *     such filler, lowest first, leaves, and its slot goes to the best
 *     left-out important story that clears the floor and the cap, or stays
 *     empty.
 * The chosen items are returned in score order, pinned ones at their
 * score's place.
 */
#ifndef CRIER_DIGEST_H
#define CRIER_DIGEST_H

#include <stddef.h>
#include <stdint.h>

/* Body bytes (after removing credits, links and footers) read per post for
 * grouping, after the title's first 512 bytes. */
#define DIGEST_TEXT_BYTES 640
/* Most candidates digest_select() accepts (ten times a busy 12-hour window;
 * memory is about 2 KiB per candidate while it runs). */
#define DIGEST_MAX_POSTS 100000u
/* A story the tag cap keeps out still enters above this many times the
 * score of the last one in (the lowest unpinned story in, or the floor
 * while K is not reached). */
#define DIGEST_CAP_YIELD 1.5

/* One candidate, already filtered to the window and not deleted (edited
 * posts as edited). The strings are borrowed for the call. */
struct digest_post {
    int64_t id, seq;
    const char *title, *body; /* body is CommonMark source; either may be NULL */
    const char *lang;         /* "fr", "en", ...; NULL when unknown */
    const char *source_url;   /* may be NULL; its host counts as the "source" */
    const char *const *tags;
    size_t ntags;
    int importance;       /* 0 low .. 3 breaking (clamped) */
    int64_t published_at; /* ms since the epoch */
    int64_t views;        /* aggregate views so far (negative = 0) */
    int pinned, excluded; /* editor's pin into / exclusion from the next selection;
                             a post both pinned and excluded is excluded */
};

/* Per-channel weights; see the header comment for what each one scales. */
struct digest_weights {
    double importance, engagement, coverage, freshness; /* >= 0 */
    size_t max_items;                                   /* K, default 7 */
    size_t tag_cap;         /* at most this many items sharing one tag, default 2; 0 = no cap */
    double group_threshold; /* average edge weight (0, 1] two stories need to merge into
                               one; above 1 never merges; default 0.5 */
    double floor;           /* [0, 1]: fraction of the median top-K score an unpinned story
                               needs to enter; default 0.4; 0 = no floor */
    const char *lang;       /* the channel's language ("fr", "en-GB"); its posts represent
                               their stories; NULL = no preference. Borrowed for the call. */
};

/* Why a merged post is in its story (digest_select() fills it for the
 * first DIGEST_WHY_MAX merged posts of each item). */
#define DIGEST_WHY_MAX 16
#define DIGEST_WHY_TERMS 6
#define DIGEST_WHY_TERM_BYTES 80

struct digest_why {
    int64_t seq;  /* the merged post */
    int64_t with; /* the post of the story it shares most with; 0 when none alone */
    char *shared[DIGEST_WHY_TERMS]; /* what they share, as the merged post writes it */
    size_t nshared;
};

struct digest_item {
    int64_t post_id, seq; /* the story's representative (best) post */
    char *title;          /* its title ("" when it has none) */
    char *lede;           /* lede_extract() of its body, else its title */
    double score;         /* total */
    double importance, engagement, coverage, freshness; /* the weighted parts, summing to score */
    int64_t *merged; /* seqs of the other posts of the story, ascending; NULL when none */
    size_t nmerged;
    size_t posts;   /* posts telling the story (1 + nmerged) */
    size_t sources; /* distinct sources telling the story */
    int pinned;     /* the representative is pinned */
    int in_lang;    /* 1: the representative is in w->lang (or w->lang is NULL); 0: no post of
                       the story is, or a pin in another language represents it */
    struct digest_why *why; /* one per merged post, in merged's order, up to DIGEST_WHY_MAX */
    size_t nwhy;
};

/* Fills w with the documented defaults. */
void digest_weights_default(struct digest_weights *w);

/* Groups, scores and selects. posts[0..n) are the candidates of the window
 * [window_start_ms, window_end_ms]; audience is the channel's audience at
 * the time (members), for engagement. w NULL means the defaults.
 * On success *items is an array of *nitems items (NULL and 0 when nothing
 * qualifies), which the caller releases with digest_items_free().
 * Returns 0; -EINVAL on NULL arguments, window_end_ms < window_start_ms,
 * a negative or NaN weight, a group_threshold <= 0, or a floor outside
 * [0, 1]; -E2BIG when n > DIGEST_MAX_POSTS; -EIO if ICU fails. Outputs are untouched on error.
 * Any thread; the inputs are only read. */
int digest_select(const struct digest_post *posts, size_t n, const struct digest_weights *w,
                  int64_t window_start_ms, int64_t window_end_ms, int64_t audience,
                  struct digest_item **items, size_t *nitems);

/* Frees what digest_select() returned; NULL is fine. */
void digest_items_free(struct digest_item *items, size_t n);

/* Reads posts[0..n) for grouping ahead of a selection, on the calling
 * thread alone: each post's keys go to the process's memo (digest_memo.c),
 * where a later digest_select() over them finds them read. For a
 * background step; the memo may drop them again when it is full.
 * Returns 0, -EINVAL, -E2BIG (n > DIGEST_MAX_POSTS) or -EIO. */
int digest_prepare(const struct digest_post *posts, size_t n);

#endif
