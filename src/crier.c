#include "crier.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

const char *crier_strerror(int err)
{
    switch (err) {
    case CRIER_EBADREQ: return "malformed request";
    case CRIER_EHDRTOOBIG: return "request header fields too large";
    case CRIER_ETOOBIG: return "payload too large";
    case CRIER_EPRUNED: return "events were pruned";
    case CRIER_ERESERVED: return "name is reserved";
    case CRIER_ESCHEMA: return "database schema is newer than this binary";
    case CRIER_ESTORE: return "storage failure";
    case CRIER_EPROTO: return "protocol error";
    case CRIER_ENOTIMPL: return "method not implemented";
    case CRIER_EUNAVAIL: return "storage unavailable";
    case CRIER_EREVOKED: return "token revoked";
    default: return err < 0 && err > -4096 ? strerror(-err) : "unknown error";
    }
}

static _Atomic int64_t clock_offset_ms;
static pthread_once_t clock_once = PTHREAD_ONCE_INIT;

static int64_t real_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* CRIER_FAKE_NOW (ms since the epoch, or "YYYY-MM-DDTHH:MM:SSZ") starts the
 * clock at that instant; it then runs at real speed. For tests of anything
 * that depends on the date (selections, schedules). */
static void clock_init(void)
{
    const char *s = getenv("CRIER_FAKE_NOW");
    struct tm tm;
    char *end;
    int64_t at = -1;

    if (!s || !*s)
        return;
    memset(&tm, 0, sizeof tm);
    end = strptime(s, "%Y-%m-%dT%H:%M:%SZ", &tm);
    if (end && *end == '\0') {
        at = (int64_t)timegm(&tm) * 1000;
    } else {
        long long v = strtoll(s, &end, 10);
        if (*end == '\0' && v > 0)
            at = v;
    }
    if (at > 0)
        clock_offset_ms = at - real_now_ms();
}

int64_t crier_now_ms(void)
{
    pthread_once(&clock_once, clock_init);
    return real_now_ms() + clock_offset_ms;
}

void crier_clock_set(int64_t now_ms)
{
    pthread_once(&clock_once, clock_init);
    clock_offset_ms = now_ms ? now_ms - real_now_ms() : 0;
}
