/*
 * tap: a tiny Test Anything Protocol emitter for the C unit tests, read by
 * prove(1). Header-only; each test file includes it once.
 */
#ifndef CRIER_TAP_H
#define CRIER_TAP_H

#include <stdio.h>
#include <stdlib.h>
#include <stdarg.h>
#include <string.h>

static int tap_n, tap_failed;

#define ok(cond, ...) tap_ok(!!(cond), __FILE__, __LINE__, __VA_ARGS__)
#define is_int(got, want, ...)                                                                     \
    do {                                                                                           \
        long long g_ = (long long)(got), w_ = (long long)(want);                                   \
        if (!tap_ok(g_ == w_, __FILE__, __LINE__, __VA_ARGS__))                                    \
            printf("#   got %lld, want %lld\n", g_, w_);                                           \
    } while (0)
#define is_str(got, want, ...)                                                                     \
    do {                                                                                           \
        const char *g_ = (got), *w_ = (want);                                                      \
        int same_ = g_ && w_ ? strcmp(g_, w_) == 0 : g_ == w_;                                     \
        if (!tap_ok(same_, __FILE__, __LINE__, __VA_ARGS__))                                       \
            printf("#   got \"%s\"\n#  want \"%s\"\n", g_ ? g_ : "(null)", w_ ? w_ : "(null)");    \
    } while (0)

__attribute__((format(printf, 4, 5))) static int tap_ok(int pass, const char *file, int line,
                                                        const char *fmt, ...)
{
    va_list ap;
    tap_n++;
    printf("%s %d - ", pass ? "ok" : "not ok", tap_n);
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf("\n");
    if (!pass) {
        tap_failed++;
        printf("#   failed at %s:%d\n", file, line);
    }
    fflush(stdout);
    return pass;
}

static int done_testing(void)
{
    printf("1..%d\n", tap_n);
    return tap_failed ? 1 : 0;
}

/* done_testing, and when every test passed, removes the scratch directory
 * dir (kept for a look when one failed). */
static inline int done_testing_in(const char *dir)
{
    int rc = done_testing();
    char cmd[600];
    if (rc == 0 && snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir) < (int)sizeof cmd &&
        system(cmd) != 0)
        printf("# could not remove %s\n", dir);
    return rc;
}

#endif
