/*
 * cli_reader: the `crier invite` and `crier member` commands, which manage a
 * channel's invites and its members' requests straight on the store in the
 * data directory (like `crier channel` and `crier token`). cli.c dispatches
 * to them; docs/cli.md and the --help texts are the user's reference.
 *
 * Exit status as for every command: 0 on success (and after --help), 1 for a
 * runtime error ("crier: <message>" on stderr), 2 for bad usage.
 */
#ifndef CRIER_CLI_READER_H
#define CRIER_CLI_READER_H

/* The values given before the command name (`crier --data DIR invite ...`);
 * NULL when not given. */
struct cli_reader_globals {
    const char *data;
    const char *server;
    const char *token;
};

/* `crier invite create|list|revoke ...`: argv[0..argc) are the arguments
 * after "invite". Returns the exit status. Main thread only. */
int cli_reader_invite(int argc, char **argv, const struct cli_reader_globals *g);
/* `crier member list|approve|reject ...`, likewise. */
int cli_reader_member(int argc, char **argv, const struct cli_reader_globals *g);

#endif
