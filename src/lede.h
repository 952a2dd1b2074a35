/*
 * lede: the one sentence that stands for a post in a selection (the morning
 * and evening digest), and the text folding that story grouping compares.
 *
 * lede_extract() reads a post's CommonMark source, strips the Markdown syntax
 * with a small hand-written stripper (no HTML is rendered), drops the lines
 * that are never a lede (photo credits and captions, bylines, "Lire aussi",
 * promotional footers, update and correction notes, publisher lines,
 * donation appeals), cuts leading tags and datelines, lets a teaser ending
 * in "..." give way to its full sentence in the next paragraph, splits the rest into sentences
 * with ICU's sentence break iterator for the post's language, and returns the
 * first real sentence. ICU alone cuts at "Mme.", "Dr.", "U.S. Army",
 * "J. K. Rowling" and before "» s'interroge", and its "@ss=standard"
 * suppressions both miss these and swallow real breaks ("travaux. Des"), so
 * we use ICU's plain rules with per-language abbreviation lists and a few
 * quote, ellipsis and number rules on top.
 *
 * lede_normalize() folds text for comparison (story grouping folds words
 * the same way): "ÉTATS-UNIS" and "etats unis" compare equal.
 *
 * Both functions are pure apart from a per-thread cache of ICU break
 * iterators, and may be called from any thread concurrently.
 */
#ifndef CRIER_LEDE_H
#define CRIER_LEDE_H

#include <stddef.h>

/* Longest lede, in Unicode code points, the closing "…" included. */
#define LEDE_MAX_CHARS 400
/* Longest input lede_normalize() accepts, in bytes. */
#define LEDE_NORMALIZE_MAX (1024 * 1024)

/* Extracts the first real sentence of a post.
 * markdown/len: the post body, CommonMark, UTF-8 (need not be NUL-terminated).
 * lang: the post's BCP 47 language ("fr", "en-GB", ...), or NULL/"" when
 *   unknown; it picks ICU's sentence rules and our abbreviation list.
 * On success *out is a NUL-terminated, NFC, whitespace-normalised UTF-8
 * string of at most LEDE_MAX_CHARS code points (cut at a word boundary and
 * ended with U+2026 when longer), which the caller free()s.
 * Only the first 16 KiB of each paragraph is considered.
 * Returns 0; -ENOENT when no sentence qualifies; -EILSEQ when the input is
 * not valid UTF-8; -EINVAL on NULL arguments; -EIO if ICU fails.
 * Any thread. */
int lede_extract(const char *markdown, size_t len, const char *lang, char **out);

/* The prose of a post, for story grouping: the same Markdown stripping and
 * line checks as lede_extract() (credits, captions, bylines, update notes,
 * publisher lines, appeals and promotion dropped; tags and datelines cut
 * from the start of each paragraph), one paragraph a line. No sentence
 * splitting, so no ICU break iterator. Only the first 16 KiB of each
 * paragraph is kept. On success *out is a NUL-terminated UTF-8 string the
 * caller free()s (empty when nothing is left).
 * Returns 0; -E2BIG when len > LEDE_NORMALIZE_MAX; -EILSEQ on invalid UTF-8;
 * -EINVAL on NULL arguments. Any thread. */
int lede_clean(const char *markdown, size_t len, char **out);

/* Whether the plain line s[0..n) is a name-and-outlet byline: "Jane Roe,
 * The Kansas City Star on Oct. 20, 2025" (a name of one to four words, a
 * comma, then only capitalised words, figures and date words). Such a line
 * names an outlet every story of that outlet carries. Any thread. */
int lede_byline(const char *s, size_t n);

/* The length of what stands before the first sentence of a paragraph of
 * plain text s[0..n): short parenthesised tags ("(MENAFN- Gulf Times)",
 * "(Mise à jour)") and datelines ("PARIS, 20 oct (AFP) -", "Oct. 20 (UPI)
 * --", "HONG KONG:", "LA PAZ, Bolivia" glued to the next word), in any
 * order, or 0. Byte-level, no ICU. Any thread. */
size_t lede_lead_len(const char *s, size_t n);

/* Folds text for comparison: NFKC, case folded, accents removed from Latin,
 * Greek and Cyrillic letters (œ -> oe, æ -> ae, ß -> ss), punctuation and
 * symbols turned into spaces, whitespace collapsed and trimmed.
 * On success *out is a NUL-terminated UTF-8 string the caller free()s (empty
 * when the text holds no letters or digits).
 * Returns 0; -E2BIG when len > LEDE_NORMALIZE_MAX; -EILSEQ on invalid UTF-8;
 * -EINVAL on NULL arguments; -EIO if ICU fails. Any thread. */
int lede_normalize(const char *text, size_t len, char **out);

#endif
