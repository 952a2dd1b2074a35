/*
 * net_int.h: what net.c and net_accept.c share, and nothing else includes.
 */
#ifndef CRIER_NET_INT_H
#define CRIER_NET_INT_H

#include "net.h"

/* Opens the loop's reserve descriptor and starts accepting on nl->listen_fd
 * (net_accept.c). 0, or a libuv error (logged). */
int net_accept_init(struct net_loop *nl);

#endif
