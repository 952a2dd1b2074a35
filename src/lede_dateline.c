/*
 * lede_dateline: the dateline that opens a wire story ("PARIS (AFP) -",
 * "NEW YORK —", "KYIV, March 3 (Reuters) -", "Oct. 20 (UPI) --", "HONG
 * KONG:", "LA PAZ, Bolivia" glued to the first word): its length, to cut
 * it off the sentence rather than drop the sentence.
 */
#include "lede_int.h"

#include <string.h>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

static int is_dash_at(const char *s, size_t i, size_t n, size_t *len)
{
    if (i + 1 < n && s[i] == '-' && s[i + 1] == '-') {
        *len = 2;
        return 1;
    }
    if (i < n && s[i] == '-') {
        *len = 1;
        return 1;
    }
    if (i + 2 < n && (!strncmp(s + i, "\xe2\x80\x94", 3) || !strncmp(s + i, "\xe2\x80\x93", 3))) {
        *len = 3;
        return 2; /* an em or en dash may touch the next word */
    }
    return 0;
}

/* A hyphen inside a word ("Nouvelle-Calédonie"), not a dateline's dash. */
static int in_word_hyphen(const char *s, size_t i, size_t n)
{
    return s[i] == '-' && i > 0 && s[i - 1] != ' ' && i + 1 < n && s[i + 1] != ' ' &&
           s[i + 1] != '-';
}

/* Month names and their wire abbreviations, English and French, lower
 * case (accented letters are lower case already). */
static const char *const months[] = {
    "jan",      "janv",      "january",   "janvier",  "feb",      "fev",     "fév",  "fevr",
    "févr",     "february",  "février",   "mar",      "march",    "mars",    "apr",  "avr",
    "april",    "avril",     "may",       "mai",      "jun",      "june",    "juin", "jul",
    "july",     "juil",      "juillet",   "aug",      "august",   "août",    "aout", "sep",
    "sept",     "september", "septembre", "oct",      "october",  "octobre", "nov",  "november",
    "novembre", "dec",       "déc",       "december", "décembre",
};

/* The length of the month name at s (a '.' after it included), or 0. */
static size_t month_len(const char *s, size_t n)
{
    char w[16];
    size_t k = 0;

    while (k < n && k + 1 < sizeof w && s[k] != ' ' && s[k] != '.' && s[k] != ',' &&
           !(s[k] >= '0' && s[k] <= '9')) {
        w[k] = (char)(s[k] >= 'A' && s[k] <= 'Z' ? s[k] | 0x20 : s[k]);
        k++;
    }
    w[k] = 0;
    if (k == 0 || !IN(w, months))
        return 0;
    return k < n && s[k] == '.' ? k + 1 : k;
}

static size_t digits_len(const char *s, size_t n, size_t max)
{
    size_t k = 0;

    while (k < n && k < max && s[k] >= '0' && s[k] <= '9')
        k++;
    return k;
}

/* A date opening a dateline: "Oct. 20", "Oct 19, 2025", "20 oct.",
 * "20 octobre 2025". Returns its length, or 0. */
static size_t date_len(const char *s, size_t n)
{
    size_t i, m, d;

    if ((m = month_len(s, n)) != 0) {
        i = m;
        if (i >= n || s[i] != ' ' || !(d = digits_len(s + i + 1, n - i - 1, 2)))
            return 0;
        i += 1 + d;
    } else if ((d = digits_len(s, n, 2)) != 0) {
        if (d >= n || s[d] != ' ' || !(m = month_len(s + d + 1, n - d - 1)))
            return 0;
        i = d + 1 + m;
    } else {
        return 0;
    }
    if (i + 2 < n && s[i] == ',' && s[i + 1] == ' ' && digits_len(s + i + 2, n - i - 2, 4) == 4)
        i += 6;
    else if (i + 1 < n && s[i] == ' ' && digits_len(s + i + 1, n - i - 1, 4) == 4)
        i += 5;
    return i;
}

/* "HONG KONG: The ...", "GAO: Two ...": an all-capitals place of three
 * letters or more and a colon, then a capital. Returns the length up to the
 * sentence, or 0. */
static size_t colon_dateline(const char *s, size_t i, size_t n)
{
    int32_t k;
    UChar32 c;

    if (i + 2 >= n || s[i] != ':' || s[i + 1] != ' ')
        return 0;
    i += 2;
    while (i < n && s[i] == ' ')
        i++;
    k = (int32_t)i;
    U8_NEXT(s, k, (int32_t)n, c);
    return c > 0 && u_isupper(c) ? i : 0;
}

/* "LA PAZ, BoliviaThe president ...": the region after the comma runs into
 * the first word with no space or dash, as some feeds print it. Returns the
 * offset of the capital that starts the sentence, or 0. */
static size_t glued_dateline(const char *s, size_t i, size_t n)
{
    UChar32 prev = 0, c, next;
    int32_t k = (int32_t)i + 1, run = 0;

    while ((size_t)k < n && s[k] == ' ')
        k++;
    for (size_t lim = (size_t)k + 40; (size_t)k < n && (size_t)k < lim;) {
        int32_t at = k, nk;
        U8_NEXT(s, k, (int32_t)n, c);
        if (c < 0 || !(u_isalpha(c) || c == ' ' || c == '-'))
            return 0;
        /* "BoliviaThe": three letters at least, so "McDonald" stays */
        if (u_isupper(c) && prev > 0 && u_islower(prev) && run >= 3 && (size_t)k < n) {
            nk = k;
            U8_NEXT(s, nk, (int32_t)n, next);
            if (next > 0 && (u_islower(next) || next == ' '))
                return (size_t)at;
        }
        run = u_isalpha(c) ? run + 1 : 0;
        prev = c;
    }
    return 0;
}

/* The length of the word of letters at s[k..n) whose case is upper for
 * its first letter when first_upper, lower for the rest (a capital may
 * follow a hyphen): 0 when it is not such a word ("N.Y.", "McAllen") or has
 * fewer than 3 or more than 24 letters. The word ends at a space. */
static size_t plain_word(const char *s, int32_t k, size_t n, int first_upper)
{
    int32_t at = k;
    int letters = 0;
    UChar32 c;

    while ((size_t)k < n && s[k] != ' ' && letters <= 24) {
        if (s[k] == '-' && letters > 0 && (size_t)k + 1 < n && s[k + 1] != ' ') {
            k++; /* "Nouvelle-Calédonie": a hyphen inside the name */
            continue;
        }
        int after_hyphen = letters > 0 && s[k - 1] == '-';
        U8_NEXT(s, k, (int32_t)n, c);
        if (c < 0 || !u_isalpha(c))
            return 0;
        if ((letters == 0 && first_upper) ? !u_isupper(c) : (!u_islower(c) && !after_hyphen))
            return 0; /* "McAllen": a capital inside the word */
        letters++;
    }
    return letters < 3 || letters > 24 ? 0 : (size_t)(k - at);
}

/* Regions and countries of two or more capitalised words that datelines
 * name after the town ("ABBOTSFORD, British Columbia Dairy farmers ..."),
 * where one capitalised word would leave the second on the sentence. */
static const char *const regions[] = {
    "British Columbia",
    "New South Wales",
    "Western Australia",
    "South Australia",
    "Northern Territory",
    "New Zealand",
    "Nova Scotia",
    "New Brunswick",
    "Prince Edward Island",
    "New York",
    "New Jersey",
    "New Mexico",
    "New Hampshire",
    "North Carolina",
    "South Carolina",
    "North Dakota",
    "South Dakota",
    "West Virginia",
    "Rhode Island",
    "Northern Ireland",
    "South Africa",
    "South Sudan",
    "Sri Lanka",
    "Costa Rica",
    "Puerto Rico",
    "El Salvador",
    "Sierra Leone",
    "Burkina Faso",
    "Ivory Coast",
    "Saudi Arabia",
    "United States",
    "United Kingdom",
    "Hong Kong",
    "North Korea",
    "South Korea",
    "Papua New Guinea",
    "Solomon Islands",
    "Cape Verde",
    "Dominican Republic",
    "Czech Republic",
    "Central African Republic",
    "Equatorial Guinea",
    "Cabo Verde",
    "Afrique du Sud",
    "Corée du Sud",
    "Corée du Nord",
    "Porto Rico",
    "Nouvelle Zélande",
    "Terre-Neuve-et-Labrador",
    "Trinidad and Tobago",
    "Antigua and Barbuda",
    "Bosnia and Herzegovina",
    "Saint Lucia",
    "Saint Vincent and the Grenadines",
    "Democratic Republic of Congo",
    "Democratic Republic of the Congo",
    "Republic of Congo",
    "RD Congo",
    "République démocratique du Congo",
    "Côte d'Ivoire",
    "Free State",
    "Eastern Cape",
    "Western Cape",
    "Northern Cape",
    "New Caledonia",
    "French Polynesia",
    "French Guiana",
    "Marshall Islands",
    "Cook Islands",
    "Cayman Islands",
    "Virgin Islands",
    "Northwest Territories",
    "Australian Capital Territory",
    "Tamil Nadu",
    "Uttar Pradesh",
    "West Bengal",
    "East Timor",
    "Baja California",
};

/* The length of the region of regions[] at s, then a space, or 0. */
static size_t region_len(const char *s, size_t n)
{
    for (size_t r = 0; r < sizeof regions / sizeof regions[0]; r++) {
        size_t len = strlen(regions[r]);
        if (len < n && s[len] == ' ' && memcmp(s, regions[r], len) == 0)
            return len;
    }
    return 0;
}

/* After "LA PAZ," at s[i]: " Bolivia " then the sentence's capital ("LA
 * PAZ, Bolivia Bolivians waited ..."): one capitalised word of letters,
 * the region or country of the dateline, perhaps with its adjective in
 * lower case ("PAPEETE, Polynésie française Le projet ..."), with no tag or
 * dash after it. Returns where the sentence starts, or 0. A sentence that
 * opens with a city in capitals, a comma and a two-word name ("PARIS,
 * France Télévisions a ...") would lose the name's first word: prose does
 * not open that way, wire datelines do. */
static size_t spaced_country(const char *s, size_t i, size_t n)
{
    size_t k = i + 1, w;
    int32_t at;
    UChar32 c;

    if (k >= n || s[k] != ' ')
        return 0;
    k++;
    if ((w = region_len(s + k, n - k)) != 0) {
        k += w;
    } else {
        if (!(w = plain_word(s, (int32_t)k, n, 1)))
            return 0;
        k += w;
        if (k + 1 < n && s[k] == ' ' && (w = plain_word(s, (int32_t)k + 1, n, 0)) != 0)
            k += 1 + w; /* the region's adjective */
    }
    if (k + 1 >= n || s[k] != ' ')
        return 0;
    at = (int32_t)k + 1;
    U8_NEXT(s, at, (int32_t)n, c);
    return c > 0 && u_isupper(c) ? k + 1 : 0;
}

/* The capitalised place words at the start of s ("NEW YORK", "Washington"):
 * returns their end; counts words and letters, and says if all are caps. */
static size_t place_len(const char *s, size_t n, size_t *nwords, size_t *nletters, int *allcaps)
{
    size_t i = 0, words = 0, letters = 0;

    *allcaps = 1;
    *nwords = *nletters = 0;
    while (words < 6 && i < n) {
        int32_t k = (int32_t)i;
        UChar32 c;
        U8_NEXT(s, k, (int32_t)n, c);
        if (c < 0 || !u_isupper(c))
            break;
        while (i < n) {
            k = (int32_t)i;
            U8_NEXT(s, k, (int32_t)n, c);
            if (c < 0)
                return 0;
            if (u_isalpha(c)) {
                letters++;
                if (u_islower(c))
                    *allcaps = 0;
            } else if (c != '-' && c != '\'' && c != 0x2019 && c != '.') {
                break;
            }
            i = (size_t)k;
        }
        words++;
        if (i + 1 < n && s[i] == ' ' && s[i + 1] != '(' && s[i + 1] != '-') {
            k = (int32_t)i + 1;
            U8_NEXT(s, k, (int32_t)n, c);
            if (c > 0 && u_isupper(c)) {
                i++;
                continue;
            }
        }
        break;
    }
    *nwords = words;
    *nletters = letters;
    return i;
}

/* The '.' of a state's abbreviation before the agency's tag or the dash
 * ("SANTA ROSA, Calif. (AP) —", "CHARLEROI, PA. —"): a letter before it, a
 * space, then '(' or a dash. */
static int state_dot(const char *s, size_t j, size_t n)
{
    size_t k = j + 1, dl;

    if (j == 0 || !((s[j - 1] | 0x20) >= 'a' && (s[j - 1] | 0x20) <= 'z') || k >= n || s[k] != ' ')
        return 0;
    while (k < n && s[k] == ' ')
        k++;
    return k < n && (s[k] == '(' || is_dash_at(s, k, n, &dl));
}

size_t lede_dateline_len(const char *s, size_t n)
{
    size_t i, words = 0, letters = 0, parens = 0, dl, end;
    int allcaps = 0, kind;

    if ((i = date_len(s, n)) != 0)
        words = 1; /* "Oct. 20 (UPI) --": a date needs its agency tag */
    else
        i = place_len(s, n, &words, &letters, &allcaps);
    if (words > 0 && allcaps && letters >= 3 && (end = colon_dateline(s, i, n)) != 0)
        return end;
    if (words > 0 && i < n && s[i] == ',') {
        size_t j = i + 1, d;
        while (j < n && s[j] == ' ')
            j++;
        if ((d = date_len(s + j, n - j)) != 0)
            j += d; /* "DENVER, Feb. 11 (Reuters) -": the date's '.' is no stop */
        else
            j = i + 1;
        while (j < n && j - i < 40 && s[j] != '(' &&
               (!is_dash_at(s, j, n, &dl) || in_word_hyphen(s, j, n)) &&
               (s[j] != '.' || state_dot(s, j, n)) && s[j] != ':' && s[j] != '\n')
            j++;
        if (j >= n || (s[j] != '(' && !is_dash_at(s, j, n, &dl))) {
            if (!allcaps || letters < 2)
                return 0;
            size_t g = glued_dateline(s, i, n);
            return g ? g : spaced_country(s, i, n);
        }
        i = j;
    }
    while (i < n && s[i] == ' ')
        i++;
    while (parens < 2 && i < n && s[i] == '(') {
        const char *close = memchr(s + i, ')', n - i < 40 ? n - i : 40);
        int upper = 0;
        int32_t k = (int32_t)i + 1;
        if (!close)
            return 0;
        while (k < close - s) {
            UChar32 c;
            U8_NEXT(s, k, (int32_t)n, c);
            upper |= c > 0 && u_isupper(c);
        }
        if (!upper)
            return 0;
        i = (size_t)(close - s) + 1;
        parens++;
        while (i < n && s[i] == ' ')
            i++;
    }
    kind = is_dash_at(s, i, n, &dl);
    if (!kind)
        return 0;
    i += dl;
    if (i < n && !is_sp(s[i]) && kind != 2)
        return 0;
    if (parens == 0 && !(words > 0 && allcaps && letters >= 2))
        return 0;
    while (i < n && is_sp(s[i]))
        i++;
    return i;
}
