/*
 * cli: the `crier` command line. Parses the arguments, then runs one
 * subcommand: `serve` (a server node, see server.h), `channel`, `token`,
 * `invite` and `member` (straight on the store in the data directory), `post`,
 * `tail` and `selection` (through a running server's HTTP API, see client.h),
 * and `version`. cli_int.h says how src/cli/ is laid out. docs/cli.md is the
 * user's reference; keep it and the --help texts in step.
 *
 * Exit status: 0 on success (and after --help), 1 for a runtime error (printed
 * as "crier: <message>" on stderr), 2 for bad usage.
 */
#ifndef CRIER_CLI_H
#define CRIER_CLI_H

/* Runs the command line argv[0..argc) and returns the process exit status.
 * Main thread only; may install signal handlers (serve, tail). */
int cli_main(int argc, char **argv);

#endif
