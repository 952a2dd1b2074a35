/*
 * crier: project-wide error codes and version. Functions return 0 or a
 * negative errno-style code; codes below -4096 are Crier's own and are named by
 * crier_strerror().
 */
#ifndef CRIER_CRIER_H
#define CRIER_CRIER_H

#include <stdint.h>

#define CRIER_VERSION "0.1.0"

enum crier_err {
    CRIER_EBADREQ = -4097,    /* malformed HTTP request (400) */
    CRIER_EHDRTOOBIG = -4098, /* header section too large / too many (431) */
    CRIER_ETOOBIG = -4099,    /* body too large (413) */
    CRIER_EPRUNED = -4100,    /* requested seq range was pruned (410) */
    CRIER_ERESERVED = -4101,  /* reserved name */
    CRIER_ESCHEMA = -4102,    /* database schema is newer than this binary */
    CRIER_ESTORE = -4103,     /* storage engine failure (detail logged) */
    CRIER_EPROTO = -4104,     /* protocol violation (WebSocket) */
    CRIER_ENOTIMPL = -4105,   /* an HTTP method this server does not implement (501) */
    CRIER_EUNAVAIL = -4106,   /* the store cannot be reached, or stayed locked (503; retry later) */
    CRIER_EREVOKED = -4107,   /* the change's token was revoked before its transaction (401) */
};

const char *crier_strerror(int err);

/* Wall clock in milliseconds since the epoch. The environment variable
 * CRIER_FAKE_NOW (ms, or "YYYY-MM-DDTHH:MM:SSZ") shifts it so that it starts
 * at that instant: the injectable clock of the date-dependent tests. */
int64_t crier_now_ms(void);
/* Shifts the clock so that it reads now_ms at this moment (0: real time
 * again). For unit tests; any thread. */
void crier_clock_set(int64_t now_ms);

#endif
