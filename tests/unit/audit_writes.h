/*
 * audit_writes.h: the audit row a post write carries, on either backend
 * (test_team.c on SQLite, test_store_pg_notify.c on PostgreSQL). It is
 * written in the write's own transaction: with the post's id when the write
 * is done, and not at all when the write is refused.
 */
#ifndef CRIER_TEST_AUDIT_WRITES_H
#define CRIER_TEST_AUDIT_WRITES_H

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "post.h"
#include "store/store.h"
#include "store/store_team.h"
#include "tap.h"
#include "team.h"

/* The channel's audit rows, newest first (at most 8); the caller frees *v. */
static inline size_t audit_rows(struct store *st, int64_t ch, struct store_audit **v)
{
    size_t n = 0;
    *v = NULL;
    if (store_audit_list(st, ch, 0, 8, v, &n) < 0)
        return (size_t)-1;
    return n;
}

static inline void test_audit_with_writes(struct store *st, int64_t ch)
{
    struct store_audit a, *v;
    struct store_event ev = {0};
    struct post p;

    post_init(&p);
    p.title = strdup("« Crue » : l'alerte levée");
    post_set_body(&p, "Le texte.");
    p.external_id = strdup("wire-1");
    team_audit_fill(&a, ch, "token 7", "publish", 0, p.title);
    is_int(store_post_create(st, ch, &p, 0, &ev, &a), 0, "a publish that carries its audit row");
    int64_t id = p.id;
    store_event_clear(&ev);
    size_t n = audit_rows(st, ch, &v);
    ok(n == 1 && v[0].post_id == id && strcmp(v[0].actor, "token 7") == 0 &&
           strcmp(v[0].action, "publish") == 0 && strcmp(v[0].detail, p.title) == 0 && v[0].at > 0,
       "the row has the new post's id, the actor, the action and the title");
    free(v);

    /* The same external id: refused, and no row for what was not done. */
    free(p.external_id);
    p.external_id = strdup("wire-1");
    is_int(store_post_create(st, ch, &p, 0, &ev, &a), -EEXIST, "a duplicate external id");
    is_int((int)audit_rows(st, ch, &v), 1, "leaves no audit row");
    free(v);
    store_event_clear(&ev);

    team_audit_fill(&a, ch, "ana@example.org", "edit", id, "Titre corrigé");
    is_int(store_post_edit(st, ch, id + 1000, &p, &ev, &a), -ENOENT, "an edit of no post");
    store_event_clear(&ev);
    is_int((int)audit_rows(st, ch, &v), 1, "leaves no row either");
    free(v);
    is_int(store_post_edit(st, ch, id, &p, &ev, &a), 0, "an edit with its row");
    store_event_clear(&ev);
    team_audit_fill(&a, ch, "ana@example.org", "delete", id, NULL);
    is_int(store_post_delete(st, ch, id, &ev, &a), 0, "a delete with its row");
    store_event_clear(&ev);
    n = audit_rows(st, ch, &v);
    ok(n == 3 && strcmp(v[0].action, "delete") == 0 && v[0].post_id == id &&
           strcmp(v[1].action, "edit") == 0 && strcmp(v[1].detail, "Titre corrigé") == 0,
       "newest first: the delete, then the edit");
    free(v);
    post_clear(&p);
}

#endif
