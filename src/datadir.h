/*
 * datadir: the node's data directory, made with its parents (mode 0700), and
 * the local admin token kept in it for the CLI on the same machine.
 */
#ifndef CRIER_DATADIR_H
#define CRIER_DATADIR_H

struct store;

/* Makes dir and its missing parents, each of mode 0700. 0, or -errno. */
int datadir_make(const char *dir);

/* Keeps DIR/admin.token holding a live admin token, so that the CLI on this
 * machine can talk to the server (file mode 0600: whoever can read it owns
 * the node, like the database next to it). A symbolic link there is refused,
 * never followed: writing through it would overwrite whatever it names. An
 * existing token file is made 0600 if it was not; one whose token is not a
 * live admin token of st is replaced (a fresh temporary file renamed over
 * it). 0, or -errno (logged). */
int datadir_admin_token(struct store *st, const char *dir);

#endif
