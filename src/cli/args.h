/*
 * args: command-line option parsing shared by every `crier` command. Long
 * options go before or after the positional arguments, as `--name value` or
 * `--name=value`; `--` ends options; `--help`/`-h` anywhere prints the usage;
 * an option given twice is an error unless it is repeatable. Messages go to
 * stderr in one format: "crier CMD: what\nTry 'crier CMD --help'." for usage
 * errors, "crier: what" for runtime errors. Main thread only.
 */
#ifndef CRIER_ARGS_H
#define CRIER_ARGS_H

#include <stddef.h>
#include <stdint.h>

#define ARGS_EXIT_OK 0
#define ARGS_EXIT_FAIL 1  /* a runtime error */
#define ARGS_EXIT_USAGE 2 /* bad usage */
#define ARGS_GO (-1)      /* parsing (or a check) went fine: carry on */

#define ARGS_MAX_POS 4
#define ARGS_MAX_OPTS 96

enum args_kind { ARGS_FLAG, ARGS_VALUE, ARGS_MULTI };

struct args_spec {
    const char *name; /* without the leading "--"; NULL ends a list */
    enum args_kind kind;
};

struct args {
    const char *name;  /* "channel add", for messages */
    const char *usage; /* the --help text */
    const char *pos[ARGS_MAX_POS];
    size_t npos;
    struct {
        const char *name; /* points into the spec */
        const char *val;  /* "" for a flag */
    } got[ARGS_MAX_OPTS];
    size_t ngot;
};

/* Fills c (name and usage set by the caller) from argv[0..argc), the
 * arguments after the command's name. Returns ARGS_GO, ARGS_EXIT_OK after
 * printing --help, or ARGS_EXIT_USAGE after a message. */
int args_parse(struct args *c, int argc, char **argv, const struct args_spec *specs, size_t minpos,
               size_t maxpos, const char *posnames);
/*
 * Fills every option of specs that the command line left out: from the
 * environment first (CRIER_NAME: the name in upper case with '_' for '-'; a
 * repeatable option takes a comma-separated list; a flag takes 1, true or yes,
 * and 0, false, no or nothing), then from the config file at path (NULL: none):
 * lines "name = value" with the same names, '#' starting a comment line, a
 * repeatable option on several lines, a flag as "name = true". So the command
 * line wins over the environment, which wins over the file. Returns ARGS_GO,
 * or ARGS_EXIT_FAIL after a message naming the file and line (an unknown
 * name, a file that cannot be read, more than 16 KiB of settings).
 */
int args_fill(struct args *c, const struct args_spec *specs, const char *path);
/* Sets option name (of specs) to val when the command line left it out, as
 * if given there (a value from outside the command's own arguments, such as
 * `crier --data DIR serve`). */
void args_set_default(struct args *c, const struct args_spec *specs, const char *name,
                      const char *val);
/* The value of option name, NULL when absent ("" for a flag). */
const char *args_opt(const struct args *c, const char *name);
/* Every value of a repeatable option, in order (at most max stored);
 * returns how many were given. */
size_t args_opt_all(const struct args *c, const char *name, const char **out, size_t max);
/* 1 for "--help" or "-h". */
int args_is_help(const char *a);
/* A whole decimal integer in [min, max]: 0 or -EINVAL. */
int args_parse_i64(const char *s, int64_t min, int64_t max, int64_t *out);

/* Prints a usage error for c; returns ARGS_EXIT_USAGE. */
int args_usage_error(const struct args *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Prints "crier: <message>"; returns ARGS_EXIT_FAIL. */
int args_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Prints "crier: <message>" and carries on. */
void args_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
