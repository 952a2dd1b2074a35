/*
 * test_store_wal: the server's store writes its WAL ahead once
 * (STORE_OPEN_SERVER, store_sqlite_wal.c), on a real SQLite file: the file
 * takes one checkpoint interval's size at the open and commits overwrite it
 * rather than grow it; a copy of the database and its WAL taken while the
 * store is open (what a power cut leaves) recovers every committed post
 * over the zeros past the last frame; a second server opener on the same
 * file neither reserves again nor harms the frames already there; the CLI's
 * open (no flag) reserves nothing.
 */
#include "store/store.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "crier.h"
#include "post_records.h"
#include "store_cases_common.h"
#include "tap.h"

static char tmpdir[] = "/tmp/crier-test-store-wal-XXXXXX";

/* SQLite's defaults: wal_autocheckpoint 1000 pages of 4096 bytes, each frame
 * with a 24-byte header, after the file's 32-byte header. */
#define RESERVED (32 + 1000LL * (4096 + 24))

static const char *tpath(char *buf, size_t size, const char *name)
{
    snprintf(buf, size, "%s/%s", tmpdir, name);
    return buf;
}

static long long file_size(const char *dir, const char *name)
{
    char p[600];
    struct stat sb;
    snprintf(p, sizeof p, "%s/%s", dir, name);
    return stat(p, &sb) == 0 ? (long long)sb.st_size : -1;
}

static int copy_file(const char *from, const char *to)
{
    int in = open(from, O_RDONLY), out = open(to, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    char buf[65536];
    ssize_t n = 0;
    while (in >= 0 && out >= 0 && (n = read(in, buf, sizeof buf)) > 0)
        if (write(out, buf, (size_t)n) != n) {
            n = -1;
            break;
        }
    int rc = in >= 0 && out >= 0 && n == 0 ? 0 : -1;
    if (in >= 0)
        close(in);
    if (out >= 0)
        close(out);
    return rc;
}

/* The posts of channel ch whose data holds word, as events. */
static size_t events_with(struct store *st, int64_t ch, const char *word)
{
    struct store_event *evs;
    size_t n = 0, hits = 0;
    int64_t oldest, last;
    if (store_events_after(st, ch, 0, 100, &evs, &n, &oldest, &last) != 0)
        return 0;
    for (size_t i = 0; i < n; i++)
        hits += strstr(evs[i].data, word) != NULL;
    store_events_free(evs, n);
    return hits;
}

static void test_reserved_and_overwritten(void)
{
    char dir[512], copy[512], from[600], to[600];
    struct store *st = NULL;
    tpath(dir, sizeof dir, "server");
    is_int(store_open_with(&st, dir, STORE_OPEN_CREATE | STORE_OPEN_SERVER, NULL, 0), 0,
           "the server's open");
    is_int(file_size(dir, "crier.db-wal"), RESERVED, "the WAL has one checkpoint interval's size");

    int64_t ch = make_channel(st, "wal");
    for (int i = 0; i < 20; i++)
        ok(post(st, ch, "before the cut", NULL) > 0, "post %d", i + 1);
    is_int(file_size(dir, "crier.db-wal"), RESERVED, "twenty commits overwrote it, grew nothing");

    /* A second server on the same file: the WAL is long enough already. */
    struct store *second = NULL;
    is_int(store_open_with(&second, dir, STORE_OPEN_SERVER, NULL, 0), 0, "a second opener");
    is_int(file_size(dir, "crier.db-wal"), RESERVED, "it reserved nothing more");
    is_int((long long)events_with(second, ch, "before the cut"), 20,
           "and reads the twenty posts the first one wrote");
    store_close(second);

    /* What a power cut leaves: the database, and the WAL with its frames
     * and the zeros after them, without the shared-memory index. */
    tpath(copy, sizeof copy, "cut");
    mkdir(copy, 0700);
    snprintf(from, sizeof from, "%s/crier.db", dir);
    snprintf(to, sizeof to, "%s/crier.db", copy);
    is_int(copy_file(from, to), 0, "the database copied");
    snprintf(from, sizeof from, "%s/crier.db-wal", dir);
    snprintf(to, sizeof to, "%s/crier.db-wal", copy);
    is_int(copy_file(from, to), 0, "the WAL copied");
    store_close(st);

    struct store *again = NULL;
    is_int(store_open_with(&again, copy, 0, NULL, 0), 0, "the copy opens");
    is_int((long long)events_with(again, ch, "before the cut"), 20,
           "every committed post is recovered from the WAL, the zeros after it ignored");
    is_int(post(again, ch, "after the cut", NULL), 21, "and the seqs go on");
    store_close(again);
}

static void test_cli_reserves_nothing(void)
{
    char dir[512];
    struct store *st = NULL;
    tpath(dir, sizeof dir, "cli");
    is_int(store_open_with(&st, dir, STORE_OPEN_CREATE, NULL, 0), 0, "the CLI's open");
    int64_t ch = make_channel(st, "cli");
    ok(post(st, ch, "one", NULL) > 0, "a post");
    long long size = file_size(dir, "crier.db-wal");
    ok(size > 0 && size < RESERVED, "its WAL holds only what was written (%lld bytes)", size);
    store_close(st);
}

int main(void)
{
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    test_reserved_and_overwritten();
    test_cli_reserves_nothing();

    int rc = done_testing();
    if (rc == 0) {
        char cmd[600];
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
        if (system(cmd) != 0)
            printf("# could not remove %s\n", tmpdir);
    } else {
        printf("# database files kept in %s\n", tmpdir);
    }
    return rc;
}
