/*
 * page_text: the two languages' tables, built from the rows of
 * PAGE_TEXTS (page_text.h).
 */
#include "page_text.h"

#include <string.h>

#define PAGE_TEXT_EN(who, key, en, fr) .key = en,
#define PAGE_TEXT_FR(who, key, en, fr) .key = fr,
#define PAGE_TEXT_ROW(who, key, en, fr) {PAGE_TEXT_##who, #key, en, fr},

const struct page_text page_text_en = {.code = "en", .locale = "en_US", PAGE_TEXTS(PAGE_TEXT_EN)};

const struct page_text page_text_fr = {.code = "fr", .locale = "fr_FR", PAGE_TEXTS(PAGE_TEXT_FR)};

const struct page_text_row page_text_rows[] = {PAGE_TEXTS(PAGE_TEXT_ROW)};
const size_t page_text_nrows = sizeof page_text_rows / sizeof page_text_rows[0];

const struct page_text *page_text_for(const char *lang)
{
    return strcmp(lang, "fr") == 0 ? &page_text_fr : &page_text_en;
}

int page_text_one(const struct page_text *tx, long long n)
{
    /* As the pages always did: "0 membre", "0 members". */
    return n == 1 || (tx == &page_text_fr && n <= 1);
}
