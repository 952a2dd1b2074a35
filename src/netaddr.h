/*
 * netaddr: client addresses as 16 bytes (IPv4 mapped into IPv6, as
 * ::ffff:a.b.c.d), networks given as "ADDR" or "ADDR/LEN", and the key a
 * client is limited by. Shared by the trusted-proxy rules (api_client.c)
 * and the per-address connection cap (listener.c, addrcount.c).
 *
 * Pure functions, any thread.
 */
#ifndef CRIER_NETADDR_H
#define CRIER_NETADDR_H

#include <stddef.h>
#include <sys/socket.h>

#define NETADDR_TEXT_MAX 46 /* INET6_ADDRSTRLEN: the longest text, NUL included */

/* The address written s[0..n) (IPv4 dotted quad or IPv6): 0, or -EINVAL. */
int netaddr_parse(const char *s, size_t n, unsigned char out[16]);

/* A network "ADDR" or "ADDR/LEN": its 16-byte address and its prefix
 * length counted in the IPv6 form (an IPv4 /24 is /120; a bare address is
 * the whole address). 0, or -EINVAL. */
int netaddr_net_parse(const char *spec, unsigned char net[16], int *bits);

/* 1 when a is inside the network net/bits, else 0. */
int netaddr_in_net(const unsigned char a[16], const unsigned char net[16], int bits);

/* The address of a socket address (AF_INET or AF_INET6): 0, or -EINVAL. */
int netaddr_of_sockaddr(const struct sockaddr *sa, socklen_t len, unsigned char out[16]);

/* The key one client is limited by: an IPv4 address whole, an IPv6 one by
 * its /64 (a subscriber usually holds a whole /64). */
void netaddr_client_key(const unsigned char a[16], unsigned char key[16]);

/* The site an IPv6 client belongs to: its /48 (what one site, or one
 * tunnel broker's customer, is routed). 1 with *key set; 0 for IPv4, which
 * has no such level (its key is the whole address). */
int netaddr_site_key(const unsigned char a[16], unsigned char key[16]);

/* 1 for 127.0.0.1 and ::1: the machine itself (a proxy or a tool on it). */
int netaddr_is_self(const unsigned char a[16]);

/* The address as text; an IPv6 one followed by "/bits" when bits > 0 (a
 * client key by 64, a site key by 48). out holds NETADDR_TEXT_MAX + 4. */
void netaddr_format(const unsigned char a[16], int bits, char *out, size_t outsz);

#endif
