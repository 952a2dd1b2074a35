/*
 * log: one structured, line-oriented log family, written to stderr. Each line
 * is "ts level msg" where msg is usually key=value pairs. Safe to call from any
 * thread (one write(2) per line).
 */
#ifndef CRIER_LOG_H
#define CRIER_LOG_H

enum log_level { LOG_DEBUG = 0, LOG_INFO = 1, LOG_WARN = 2, LOG_ERROR = 3 };

void log_set_level(enum log_level level);
enum log_level log_get_level(void);
/* Parses "debug|info|warn|error"; returns 0 or -EINVAL. */
int log_parse_level(const char *s, enum log_level *out);
void log_msg(enum log_level level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/*
 * A line that can repeat at a high rate (accept failures, refused
 * connections) goes through a limiter: at most one line per interval, and the
 * next line that gets through says how many were suppressed meanwhile. One
 * static limiter per call site; any thread.
 */
struct log_limit {
    _Atomic long long next_ms;    /* when the next line may go out */
    _Atomic long long suppressed; /* lines dropped since the last one */
};
#define LOG_LIMIT_INTERVAL_MS 10000
void log_limited(struct log_limit *lim, enum log_level level, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#define log_debug(...) log_msg(LOG_DEBUG, __VA_ARGS__)
#define log_info(...) log_msg(LOG_INFO, __VA_ARGS__)
#define log_warn(...) log_msg(LOG_WARN, __VA_ARGS__)
#define log_error(...) log_msg(LOG_ERROR, __VA_ARGS__)

#endif
