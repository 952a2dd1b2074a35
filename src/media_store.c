/*
 * media_store: the directory store of media.h. A file is written under a
 * temporary name in the same directory, synced, then renamed over its
 * name, so a reader sees either nothing or the whole file; the directory
 * is synced after, so a crash does not lose a file the API announced.
 */
#include "media.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xmalloc.h"

struct dir_store {
    int dirfd;
    unsigned long seq; /* temporary names; with the thread id, unique */
};

static int write_all(int fd, const unsigned char *p, size_t len)
{
    while (len) {
        ssize_t n = write(fd, p, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n < 0 ? -errno : -EIO;
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

static int dir_put(struct media_store *s, const char *name, const void *data, size_t len)
{
    struct dir_store *d = s->impl;
    char tmp[128];
    struct stat st;
    int fd, rc;

    if (!media_name_ok(name) && !media_meta_name_ok(name) && !media_ref_name_ok(name))
        return -EINVAL;
    /* content-addressed: the same name is the same bytes; an index entry
     * keeps its first photo; not a sidecar, which the last upload of the
     * photo rewrites (its alt text) */
    if (!media_meta_name_ok(name) && fstatat(d->dirfd, name, &st, 0) == 0)
        return 0;
    snprintf(tmp, sizeof tmp, ".tmp-%ld-%lu-%.16s", (long)gettid(),
             __atomic_add_fetch(&d->seq, 1, __ATOMIC_RELAXED), name);
    fd = openat(d->dirfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return -errno;
    rc = write_all(fd, data, len);
    if (rc == 0 && fsync(fd) < 0)
        rc = -errno;
    if (close(fd) < 0 && rc == 0)
        rc = -errno;
    if (rc == 0 && renameat(d->dirfd, tmp, d->dirfd, name) < 0)
        rc = -errno;
    if (rc < 0) {
        unlinkat(d->dirfd, tmp, 0);
        return rc;
    }
    return fsync(d->dirfd) < 0 ? -errno : 0;
}

static int dir_open(struct media_store *s, const char *name, int *fd, size_t *len)
{
    struct dir_store *d = s->impl;
    struct stat st;

    if (!media_name_ok(name) && !media_meta_name_ok(name) && !media_ref_name_ok(name))
        return -ENOENT;
    int f = openat(d->dirfd, name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (f < 0)
        return errno == ENOENT ? -ENOENT : -errno;
    if (fstat(f, &st) < 0 || !S_ISREG(st.st_mode)) {
        close(f);
        return -ENOENT;
    }
    *fd = f;
    *len = (size_t)st.st_size;
    return 0;
}

static void dir_close(struct media_store *s)
{
    struct dir_store *d = s->impl;
    if (d) {
        close(d->dirfd);
        free(d);
    }
    s->impl = NULL;
}

int media_store_dir(struct media_store *s, const char *dir)
{
    struct dir_store *d;
    int fd;

    memset(s, 0, sizeof *s);
    if (mkdir(dir, 0700) < 0 && errno != EEXIST)
        return -errno;
    fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return -errno;
    d = xcalloc(1, sizeof *d);
    d->dirfd = fd;
    s->impl = d;
    s->put = dir_put;
    s->open = dir_open;
    s->close = dir_close;
    return 0;
}

/* ---- names: what the store holds and serves (no image library here) ---- */

/* "<64 hex>" followed by exactly ext. */
static int hex_name(const char *name, const char *ext)
{
    size_t i;
    for (i = 0; i < 64; i++)
        if (!((name[i] >= '0' && name[i] <= '9') || (name[i] >= 'a' && name[i] <= 'f')))
            return 0;
    return strcmp(name + 64, ext) == 0;
}

int media_id_ok(const char *id)
{
    return hex_name(id, "");
}

int media_name_ok(const char *name)
{
    return hex_name(name, ".jpg") || hex_name(name, ".png");
}

int media_meta_name_ok(const char *name)
{
    return hex_name(name, ".json");
}

int media_ref_name_ok(const char *name)
{
    return hex_name(name, ".ref");
}
