#include "datadir.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "auth.h"
#include "log.h"
#include "store/store.h"

int datadir_make(const char *dir)
{
    char path[1024];
    size_t n = strlen(dir);
    if (n >= sizeof path)
        return -ENAMETOOLONG;
    memcpy(path, dir, n + 1);
    for (size_t i = 1; i <= n; i++) {
        if (path[i] == '/' || path[i] == '\0') {
            char c = path[i];
            path[i] = '\0';
            if (mkdir(path, 0700) < 0 && errno != EEXIST)
                return -errno;
            path[i] = c;
        }
    }
    return 0;
}

/* Writes tok (with a newline) to path as a new file of mode 0600: a fresh
 * temporary file (O_EXCL, O_NOFOLLOW) renamed over path, so that no
 * existing file, nor what a symbolic link points to, is ever written. */
static int write_token_file(const char *dir, const char *path, const char *tok)
{
    char tmp[1100], line[AUTH_TOKEN_LEN + 2];
    int n = snprintf(line, sizeof line, "%s\n", tok);
    snprintf(tmp, sizeof tmp, "%s/.admin.token.%ld.tmp", dir, (long)getpid());
    unlink(tmp); /* a leftover of a crash of this same pid: ours to remove */
    int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        int rc = -errno;
        log_error("datadir: cannot create %s: %s", tmp, strerror(errno));
        return rc;
    }
    int rc = write(fd, line, (size_t)n) == n && fsync(fd) == 0 ? 0 : -EIO;
    if (close(fd) < 0 && rc == 0)
        rc = -EIO;
    if (rc == 0 && rename(tmp, path) < 0)
        rc = -errno;
    if (rc < 0) {
        log_error("datadir: cannot write %s: %s", path, strerror(-rc));
        unlink(tmp);
    }
    explicit_bzero(line, sizeof line);
    return rc;
}

int datadir_admin_token(struct store *st, const char *dir)
{
    char path[1100], tok[AUTH_TOKEN_LEN + 2];
    struct store_token t;
    struct stat sb;

    snprintf(path, sizeof path, "%s/admin.token", dir);
    if (lstat(path, &sb) == 0) {
        if (S_ISLNK(sb.st_mode)) {
            log_error("datadir: %s is a symbolic link; refusing to follow it (remove it: the "
                      "server writes a new token file there)",
                      path);
            return -ELOOP;
        }
        if (!S_ISREG(sb.st_mode)) {
            log_error("datadir: %s is not a regular file; remove it", path);
            return -EINVAL;
        }
        int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) {
            int rc = -errno;
            log_error("datadir: cannot read %s: %s", path, strerror(errno));
            return rc;
        }
        if (fstat(fd, &sb) == 0 && (sb.st_mode & 07777) != 0600 && fchmod(fd, 0600) < 0) {
            int rc = -errno;
            log_error("datadir: %s has mode %03o and cannot be made 0600: %s", path,
                      (unsigned)(sb.st_mode & 0777), strerror(errno));
            close(fd);
            return rc;
        }
        ssize_t n = read(fd, tok, sizeof tok - 1);
        close(fd);
        tok[n > 0 ? n : 0] = '\0';
        n = (ssize_t)strlen(tok);
        while (n && (tok[n - 1] == '\n' || tok[n - 1] == '\r'))
            tok[--n] = '\0';
        if (auth_check(st, tok, &t) == 0 && t.scope == STORE_SCOPE_ADMIN)
            return 0;
    } else if (errno != ENOENT) {
        int rc = -errno;
        log_error("datadir: cannot use %s: %s", path, strerror(errno));
        return rc;
    }
    memset(&t, 0, sizeof t);
    if (auth_token_new(tok, t.hash) < 0) {
        log_error("datadir: no randomness for a token");
        return -EIO;
    }
    t.scope = STORE_SCOPE_ADMIN;
    snprintf(t.label, sizeof t.label, "local admin (admin.token)");
    int rc = store_token_create(st, &t);
    if (rc == 0)
        rc = write_token_file(dir, path, tok);
    explicit_bzero(tok, sizeof tok);
    return rc;
}
