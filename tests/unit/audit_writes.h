/*
 * audit_writes.h: the audit row a post write carries, on either backend
 * (test_team.c on SQLite, test_store_pg_notify.c on PostgreSQL). It is
 * written in the write's own transaction: with the post's id when the write
 * is done, and not at all when the write is refused.
 */
#ifndef CRIER_TEST_AUDIT_WRITES_H
#define CRIER_TEST_AUDIT_WRITES_H

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
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

    /* A draft published later: its row goes with the publish; asked again,
     * the post is live already and nothing changed, so no second row. */
    post_init(&p);
    p.title = strdup("Brouillon");
    post_set_body(&p, "Le texte.");
    is_int(store_post_create(st, ch, &p, STORE_DRAFT_AT, &ev, NULL), 0, "a draft");
    store_event_clear(&ev);
    team_audit_fill(&a, ch, "token 7", "publish", p.id, p.title);
    is_int(store_post_schedule(st, ch, p.id, 0, &ev, &a), 0, "the draft published, with its row");
    ok(ev.seq > 0, "the publish has its event");
    store_event_clear(&ev);
    is_int(store_post_schedule(st, ch, p.id, 0, &ev, &a), -EALREADY, "published again: refused");
    store_event_clear(&ev);
    is_int(store_post_schedule(st, ch, p.id + 1000, 0, &ev, &a), -ENOENT, "no such post");
    store_event_clear(&ev);
    n = audit_rows(st, ch, &v);
    ok(n == 4 && strcmp(v[0].action, "publish") == 0 && v[0].post_id == p.id &&
           strcmp(v[0].detail, "Brouillon") == 0 && strcmp(v[1].action, "delete") == 0,
       "one row for the publish, none for the refusals");
    free(v);
    post_clear(&p);
}

/* Publishes from several threads at once, so that the writer's batches hold
 * several audit rows (PostgreSQL writes them in one statement): each row
 * whole, with titles that need quoting in any encoding. */
struct audit_burst {
    struct store *st;
    int64_t ch;
    int t, rc;
};

#define AUDIT_BURST_THREADS 8
#define AUDIT_BURST_POSTS 6

static inline void audit_burst_title(char *out, size_t n, int t, int i)
{
    snprintf(out, n, "T%d-%d « guillemets » \"quotes\" \\back\\ {a,b} 'x' NULL", t, i);
}

static inline void *audit_burst_thread(void *arg)
{
    struct audit_burst *b = arg;
    for (int i = 0; i < AUDIT_BURST_POSTS; i++) {
        char title[128], actor[32];
        struct post p;
        struct store_audit a;
        struct store_event ev = {0};
        post_init(&p);
        audit_burst_title(title, sizeof title, b->t, i);
        p.title = strdup(title);
        post_set_body(&p, "x");
        snprintf(actor, sizeof actor, "token %d", b->t);
        team_audit_fill(&a, b->ch, actor, "publish", 0, p.title);
        int rc = store_post_create(b->st, b->ch, &p, 0, &ev, &a);
        if (rc < 0)
            b->rc = rc;
        store_event_clear(&ev);
        post_clear(&p);
    }
    return NULL;
}

static inline void test_audit_burst(struct store *st, int64_t ch)
{
    pthread_t th[AUDIT_BURST_THREADS];
    struct audit_burst b[AUDIT_BURST_THREADS];
    for (int t = 0; t < AUDIT_BURST_THREADS; t++) {
        b[t] = (struct audit_burst){st, ch, t, 0};
        pthread_create(&th[t], NULL, audit_burst_thread, &b[t]);
    }
    int failed = 0;
    for (int t = 0; t < AUDIT_BURST_THREADS; t++) {
        pthread_join(th[t], NULL);
        failed += b[t].rc < 0;
    }
    is_int(failed, 0, "%d threads publish %d posts each, with their audit rows",
           AUDIT_BURST_THREADS, AUDIT_BURST_POSTS);
    struct store_audit *v = NULL;
    size_t n = 0;
    store_audit_list(st, ch, 0, 200, &v, &n);
    is_int((int)n, AUDIT_BURST_THREADS * AUDIT_BURST_POSTS, "a row for each publish");
    int whole = 0;
    for (size_t i = 0; i < n; i++) {
        int t = -1, k = -1;
        char want[128], actor[32];
        if (sscanf(v[i].detail, "T%d-%d", &t, &k) != 2)
            continue;
        audit_burst_title(want, sizeof want, t, k);
        snprintf(actor, sizeof actor, "token %d", t);
        whole += strcmp(v[i].detail, want) == 0 && strcmp(v[i].actor, actor) == 0 &&
                 strcmp(v[i].action, "publish") == 0 && v[i].post_id > 0;
    }
    is_int(whole, AUDIT_BURST_THREADS * AUDIT_BURST_POSTS,
           "each row whole: its title with quotes, backslashes and braces, its actor, its post");
    free(v);
}

/* A publish token for ch, with a hash no other test uses. */
static inline int64_t audit_token(struct store *st, int64_t ch, unsigned char tag)
{
    struct store_token t;
    memset(&t, 0, sizeof t);
    memset(t.hash, tag, sizeof t.hash);
    t.hash[0] = 0xA7;
    t.scope = STORE_SCOPE_PUBLISH;
    t.channel_id = ch;
    snprintf(t.label, sizeof t.label, "audit %u", tag);
    return store_token_create(st, &t) == 0 ? t.id : -1;
}

static inline int64_t audit_last_seq(struct store *st, int64_t ch)
{
    struct store_channel c;
    if (store_channel_get_by_id(st, ch, &c) < 0)
        return -1;
    int64_t seq = c.last_seq;
    store_channel_clear(&c);
    return seq;
}

static inline int audit_publish(struct store *st, int64_t ch, int64_t token_id, const char *title,
                                int64_t *post_id)
{
    struct post p;
    struct store_audit a;
    struct store_event ev = {0};
    post_init(&p);
    p.title = strdup(title);
    post_set_body(&p, "Le texte.");
    team_audit_fill(&a, ch, "token", "publish", 0, p.title);
    a.token_id = token_id;
    int rc = store_post_create(st, ch, &p, 0, &ev, &a);
    if (post_id)
        *post_id = p.id;
    store_event_clear(&ev);
    post_clear(&p);
    return rc;
}

/* A write names its token (store_audit.token_id) and checks it in its own
 * transaction: once the token is revoked, or its row is gone, the write is
 * refused with CRIER_EREVOKED and leaves nothing (no post, no seq, no row). */
static inline void test_audit_revoked_token(struct store *st, int64_t ch)
{
    struct store_audit a, *v;
    struct store_event ev = {0};
    struct post p;
    int64_t live = audit_token(st, ch, 1), gone = audit_token(st, ch, 2), id = 0;

    ok(live > 0 && gone > 0, "two publish tokens");
    is_int(audit_publish(st, ch, live, "Avec un jeton valide", &id), 0,
           "a publish with a live token");
    is_int(audit_publish(st, ch, gone, "Avant la révocation", NULL), 0,
           "and with the other one, before its revocation");
    int64_t seq = audit_last_seq(st, ch);
    size_t rows = audit_rows(st, ch, &v);
    free(v);
    is_int(store_token_revoke(st, gone), 0, "the second token revoked");
    is_int(audit_publish(st, ch, gone, "Après la révocation", NULL), CRIER_EREVOKED,
           "a publish with the revoked token is refused");
    is_int((int)audit_last_seq(st, ch), (int)seq, "it took no seq");
    is_int((int)audit_rows(st, ch, &v), (int)rows, "and wrote no audit row");
    free(v);
    is_int(audit_publish(st, ch, gone + 1000, "Jeton inconnu", NULL), CRIER_EREVOKED,
           "a token id with no row is refused the same way");

    post_init(&p);
    p.title = strdup("Titre corrigé");
    post_set_body(&p, "Le texte.");
    team_audit_fill(&a, ch, "token", "edit", id, p.title);
    a.token_id = gone;
    is_int(store_post_edit(st, ch, id, &p, &ev, &a), CRIER_EREVOKED, "so is an edit");
    store_event_clear(&ev);
    team_audit_fill(&a, ch, "token", "delete", id, NULL);
    a.token_id = gone;
    is_int(store_post_delete(st, ch, id, &ev, &a), CRIER_EREVOKED, "and a delete");
    store_event_clear(&ev);
    a.token_id = live;
    is_int(store_post_delete(st, ch, id, &ev, &a), 0, "which the live token may do");
    ok(ev.seq == seq + 1, "with the next seq (%lld)", (long long)ev.seq);
    store_event_clear(&ev);
    post_clear(&p);
}

/* Live and revoked tokens in the same batches: each write answered for its
 * own token. */
struct audit_mixed {
    struct store *st;
    int64_t ch, token;
    int done, refused, other;
};

#define AUDIT_MIXED_THREADS 6
#define AUDIT_MIXED_POSTS 5

static inline void *audit_mixed_thread(void *arg)
{
    struct audit_mixed *m = arg;
    for (int i = 0; i < AUDIT_MIXED_POSTS; i++) {
        int rc = audit_publish(m->st, m->ch, m->token, "En rafale", NULL);
        m->done += rc == 0;
        m->refused += rc == CRIER_EREVOKED;
        m->other += rc != 0 && rc != CRIER_EREVOKED;
    }
    return NULL;
}

static inline void test_audit_revoked_burst(struct store *st, int64_t ch)
{
    int64_t live = audit_token(st, ch, 3), gone = audit_token(st, ch, 4);
    pthread_t th[AUDIT_MIXED_THREADS];
    struct audit_mixed m[AUDIT_MIXED_THREADS];

    store_token_revoke(st, gone);
    int64_t seq = audit_last_seq(st, ch);
    for (int t = 0; t < AUDIT_MIXED_THREADS; t++) {
        m[t] = (struct audit_mixed){st, ch, t % 2 ? gone : live, 0, 0, 0};
        pthread_create(&th[t], NULL, audit_mixed_thread, &m[t]);
    }
    int done = 0, refused = 0, wrong = 0;
    for (int t = 0; t < AUDIT_MIXED_THREADS; t++) {
        pthread_join(th[t], NULL);
        done += m[t].done;
        refused += m[t].refused;
        wrong += m[t].other + (t % 2 ? m[t].done : m[t].refused);
    }
    int half = AUDIT_MIXED_THREADS / 2 * AUDIT_MIXED_POSTS;
    ok(done == half && refused == half && wrong == 0,
       "%d threads at once: the live token's %d writes done, the revoked one's refused "
       "(done %d, refused %d, wrong %d)",
       AUDIT_MIXED_THREADS, half, done, refused, wrong);
    is_int((int)(audit_last_seq(st, ch) - seq), half, "seqs taken by the done writes only");
}

#endif
