/*
 * store_sqlite_wal: the write-ahead log, written ahead once by a server.
 *
 * SQLite appends each commit's frames to the -wal file and, after a
 * checkpoint, starts again from its top. So the file grows for the first
 * wal_autocheckpoint pages after every start (the last connection's close
 * removes it) and is only overwritten after that. A commit that grows the
 * file makes its fdatasync write the file's new size and block map as well
 * as the frames: on ext4 over a virtual disk that is a second synchronous
 * write per commit, about a fifth of a post's CPU in the fan-out benchmark,
 * whose hundred posts all fall in that first stretch (bench/README.md).
 *
 * sq_wal_reserve() writes zeros past the end of the file up to the size one
 * checkpoint interval takes, and syncs them, once at the server's start.
 * It holds the WAL's write lock (BEGIN IMMEDIATE) while it does, so no
 * other connection or process appends frames meanwhile, and zeros are
 * never taken for a frame: recovery reads frames from the top and stops at
 * the first whose salt and checksum do not match the header's, as it does
 * over the stale frames SQLite itself leaves behind a restart.
 */
#include <errno.h>
#include <stdlib.h>

#include "log.h"
#include "store/store_sqlite_int.h"
#include "xmalloc.h"

#define SQ_WAL_CHUNK (64 * 1024)        /* zeros written per call */
#define SQ_WAL_MAX (64LL * 1024 * 1024) /* never reserve more than this */
#define SQ_WAL_FRAME_HDR 24             /* a frame's header, before its page */
#define SQ_WAL_FILE_HDR 32              /* the file's header */

/* One integer from a PRAGMA that answers with one row, or -1. */
static long long pragma_int(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = NULL;
    long long v = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

/* The bytes one checkpoint interval of frames takes, 0 when automatic
 * checkpoints are off (the file's size then has no bound to reserve). */
static long long wal_target(sqlite3 *db)
{
    long long pages = pragma_int(db, "PRAGMA wal_autocheckpoint");
    long long page = pragma_int(db, "PRAGMA page_size");
    if (pages <= 0 || page <= 0)
        return 0;
    long long bytes = SQ_WAL_FILE_HDR + pages * (page + SQ_WAL_FRAME_HDR);
    return bytes < SQ_WAL_MAX ? bytes : SQ_WAL_MAX;
}

/* Zeros from the file's end to target, then a sync: 1 when written, 0 when
 * the file was already that long, < 0 (an SQLite code, negated) on error. */
static int wal_fill(sqlite3_file *wf, long long target)
{
    sqlite3_int64 size = 0;
    int rc = wf->pMethods->xFileSize(wf, &size);
    if (rc != SQLITE_OK)
        return -rc;
    if (size >= target)
        return 0;
    char *zeros = xcalloc(1, SQ_WAL_CHUNK);
    for (sqlite3_int64 off = size; off < target && rc == SQLITE_OK; off += SQ_WAL_CHUNK) {
        long long n = target - off < SQ_WAL_CHUNK ? target - off : SQ_WAL_CHUNK;
        rc = wf->pMethods->xWrite(wf, zeros, (int)n, off);
    }
    free(zeros);
    if (rc == SQLITE_OK)
        rc = wf->pMethods->xSync(wf, SQLITE_SYNC_NORMAL);
    return rc == SQLITE_OK ? 1 : -rc;
}

int sq_wal_reserve(struct sq_conn *c, const char *path)
{
    long long target = wal_target(c->db);
    if (target == 0)
        return 0;
    /* The write lock: nobody appends frames while the zeros go in. */
    if (sqlite3_exec(c->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) {
        log_warn("store: %s: cannot reserve the WAL (%s); commits grow it instead", path,
                 sqlite3_errmsg(c->db));
        return 0;
    }
    sqlite3_file *wf = NULL;
    int rc = 0;
    if (sqlite3_file_control(c->db, "main", SQLITE_FCNTL_JOURNAL_POINTER, &wf) == SQLITE_OK && wf &&
        wf->pMethods)
        rc = wal_fill(wf, target);
    sqlite3_exec(c->db, "ROLLBACK", NULL, NULL, NULL);
    if (rc < 0)
        log_warn("store: %s: cannot reserve the WAL (%s); commits grow it instead", path,
                 sqlite3_errstr(-rc));
    else if (rc > 0)
        log_debug("store: %s: WAL reserved to %lld bytes", path, target);
    return rc;
}
