/*
 * netguard: which addresses the server may connect to on a stranger's
 * behalf. A push subscription's endpoint (and, later, a followed feed's URL)
 * is untrusted input: without this check it would make the node fetch from
 * its own loopback, the LAN behind it, or a cloud metadata service (SSRF).
 *
 * The rule: https only (unless the guard's http_ok says http too); at most NETGUARD_URL_MAX bytes;
 * no user:password@; and the address actually connected to, after DNS resolution, must be a public
 * unicast one: not loopback, unspecified, private (RFC 1918, ULA fc00::/7, CGNAT 100.64/10),
 * link-local, multicast, broadcast, reserved (0/8, 240/4, 192.0.0/24), documentation or
 * benchmarking ranges, nor an IPv4-mapped, NAT64 or 6to4 form of any of those. The check runs on
 * the socket's address at connect time (curl's opensocket callback), so a name that resolves
 * differently later (DNS rebinding) still cannot reach inside.
 *
 * The one exception is for tests: `--push-insecure-host HOST:PORT` lets that
 * single host and port use http:// and a loopback address (and skips TLS
 * verification on it). The server logs it loudly at start.
 *
 * Pure functions, any thread; netguard_resolve blocks on DNS (worker
 * threads only).
 */
#ifndef CRIER_NETGUARD_H
#define CRIER_NETGUARD_H

#include <stddef.h>
#include <sys/socket.h>

#define NETGUARD_URL_MAX 1024
#define NETGUARD_HOST_MAX 255

struct netguard {
    char allow_host[NETGUARD_HOST_MAX + 1]; /* "" = no exception */
    int allow_port;
    int http_ok; /* plain http to public addresses too (feeds: many have no TLS) */
};

/* The exception from "HOST:PORT" ("[v6]:PORT" too). 0 or -EINVAL. */
int netguard_allow(struct netguard *g, const char *hostport);

/* A parsed endpoint URL. */
struct netguard_url {
    int https;                        /* 0: http (only ever for the exception) */
    char host[NETGUARD_HOST_MAX + 1]; /* lower-cased; a v6 literal without brackets */
    int port;                         /* explicit or the scheme's default */
    int excepted;                     /* host:port is g's exception */
};

/* Checks url's form: http(s) scheme (http only for the exception), length,
 * a host, no userinfo, no fragment, no control characters or spaces. Fills
 * *u. 0, or -EINVAL with a short reason in *why (a static string). */
int netguard_check_url(const struct netguard *g, const char *url, struct netguard_url *u,
                       const char **why);

/* Whether the socket address sa may be connected to for u (the exception
 * lets its one host:port through, whatever the address). 1 yes, 0 no. */
int netguard_addr_ok(const struct netguard *g, const struct netguard_url *u,
                     const struct sockaddr *sa, socklen_t len);

/* Why sa is refused (a static string such as "loopback" or "private"), or
 * NULL for a public unicast address. For logs and error messages. */
const char *netguard_addr_why(const struct sockaddr *sa, socklen_t len);

/* The socket a client library (curl's opensocket callback) asks for to
 * connect to sa: opened close-on-exec only when netguard_addr_ok lets sa
 * through. The fd, or -1: *why is the refusal (netguard_addr_why, or
 * "refused"), or NULL when socket() itself failed. */
int netguard_socket(const struct netguard *g, const struct netguard_url *u, int family, int type,
                    int protocol, const struct sockaddr *sa, socklen_t len, const char **why);

/* Resolves u's host and checks every address (what the API does before it
 * stores a subscription): 0, -EACCES (some address is refused, *why says
 * which kind), -ENOENT (the name does not resolve), -EAGAIN (DNS failed
 * for now: try again later). The exception's host passes whatever it
 * resolves to. Blocks. */
int netguard_resolve(const struct netguard *g, const struct netguard_url *u, const char **why);

#endif
