/*
 * lang: language tags (BCP 47), as channels and posts carry them: "fr",
 * "en-GB", "pt-BR", "zh-Hant". The one check, for the API, the CLI and the
 * pages' lang attributes.
 */
#ifndef CRIER_LANG_H
#define CRIER_LANG_H

#define LANG_TAG_MAX 35 /* bytes of a tag (STORE_LANG_MAX) */

/* 0 for a plausible tag (a language of 2-3 letters, then subtags of 2-8
 * letters or digits), else -EINVAL. */
int lang_tag_check(const char *tag);

#endif
