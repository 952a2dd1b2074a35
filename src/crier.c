#include "crier.h"

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
    default: return err < 0 && err > -4096 ? strerror(-err) : "unknown error";
    }
}

int64_t crier_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}
