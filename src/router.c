/*
 * router: path -> route. The path is matched raw (not percent-decoded), so an
 * escaped byte never matches a literal segment or passes the slug rules.
 */
#include "router.h"

#include <errno.h>
#include <string.h>

#include "crier.h"
#include "media.h"

#define MAX_SEGS 8
#define NUM_MAX_DIGITS 18
#define FILE_MAX 63

static const char *const reserved[] = {
    "api",        "static",  "+",           ".well-known",          "admin",
    "healthz",    "metrics", "favicon.ico", "manifest.webmanifest", "sw.js",
    "robots.txt", "studio",
};

struct seg {
    const char *p;
    size_t n;
};

static int seg_is(const struct seg *s, const char *lit)
{
    return s->n == strlen(lit) && memcmp(s->p, lit, s->n) == 0;
}

static int is_reserved(const char *p, size_t n)
{
    size_t i;
    for (i = 0; i < sizeof reserved / sizeof reserved[0]; i++)
        if (strlen(reserved[i]) == n && memcmp(reserved[i], p, n) == 0)
            return 1;
    return 0;
}

/* Slug syntax only: 1..64 of [a-z0-9-], no leading/trailing '-', no "--". */
static int slug_syntax_ok(const char *p, size_t n)
{
    size_t i;
    if (n == 0 || n > STORE_SLUG_MAX || p[0] == '-' || p[n - 1] == '-')
        return 0;
    for (i = 0; i < n; i++) {
        char c = p[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            return 0;
        if (c == '-' && i + 1 < n && p[i + 1] == '-')
            return 0;
    }
    return 1;
}

/* Positive decimal, no sign, no leading zero, at most 18 digits. */
static int parse_num(const struct seg *s, int64_t *out)
{
    int64_t v = 0;
    size_t i;
    if (s->n == 0 || s->n > NUM_MAX_DIGITS || s->p[0] == '0')
        return 0;
    for (i = 0; i < s->n; i++) {
        if (s->p[i] < '0' || s->p[i] > '9')
            return 0;
        v = v * 10 + (s->p[i] - '0');
    }
    *out = v;
    return 1;
}

/* Static file names: [A-Za-z0-9._-]{1,63}, no "..", no leading '.'. */
static int file_ok(const struct seg *s)
{
    size_t i;
    if (s->n == 0 || s->n > FILE_MAX || s->p[0] == '.')
        return 0;
    for (i = 0; i < s->n; i++) {
        char c = s->p[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '_' || c == '-'))
            return 0;
        if (c == '.' && i + 1 < s->n && s->p[i + 1] == '.')
            return 0;
    }
    return 1;
}

/* Invite and device tokens: [A-Za-z0-9_-]{16,64} (base64url). */
static int token_ok(const char *p, size_t n)
{
    return token_shaped_n(p, n, ROUTE_TOKEN_MIN, ROUTE_TOKEN_MAX);
}

static void set_token(struct route_match *m, const char *p, size_t n)
{
    memcpy(m->token, p, n);
    m->token[n] = '\0';
}

static void set_slug(struct route_match *m, const struct seg *s)
{
    memcpy(m->slug, s->p, s->n);
    m->slug[s->n] = '\0';
}

/* /api/...: every path under it is a route, ROUTE_API_OTHER when unknown. */
static enum route_id match_api(const struct seg *sg, size_t n, struct route_match *m)
{
    if (n < 3 || !seg_is(&sg[1], "v1"))
        return ROUTE_API_OTHER;
    if (seg_is(&sg[2], "channels")) {
        if (n == 3)
            return ROUTE_API_CHANNELS;
        if (!slug_syntax_ok(sg[3].p, sg[3].n))
            return ROUTE_API_OTHER;
        set_slug(m, &sg[3]);
        if (n == 4)
            return ROUTE_API_CHANNEL;
        if (n == 5 && seg_is(&sg[4], "posts"))
            return ROUTE_API_POSTS;
        if (n == 5 && seg_is(&sg[4], "events"))
            return ROUTE_API_EVENTS;
        if (n == 5 && seg_is(&sg[4], "prune"))
            return ROUTE_API_PRUNE;
        if (n == 5 && seg_is(&sg[4], "pin"))
            return ROUTE_API_PIN;
        if (n == 5 && seg_is(&sg[4], "views"))
            return ROUTE_API_VIEWS;
        if (n == 5 && seg_is(&sg[4], "selections"))
            return ROUTE_API_SELECTIONS;
        if (n == 6 && seg_is(&sg[4], "selections") && seg_is(&sg[5], "preview"))
            return ROUTE_API_SELECTION_PREVIEW;
        if (n == 6 && seg_is(&sg[4], "posts") && parse_num(&sg[5], &m->num))
            return ROUTE_API_POST;
        if (n == 7 && seg_is(&sg[4], "posts") && parse_num(&sg[5], &m->num) &&
            seg_is(&sg[6], "selection"))
            return ROUTE_API_POST_MARK;
        if (n == 7 && seg_is(&sg[4], "posts") && parse_num(&sg[5], &m->num) &&
            seg_is(&sg[6], "publish"))
            return ROUTE_API_POST_PUBLISH;
        if (n == 5 && seg_is(&sg[4], "sources"))
            return ROUTE_API_SOURCES;
        if ((n == 5 && seg_is(&sg[4], "team")) ||
            (n == 6 && seg_is(&sg[4], "team") && parse_num(&sg[5], &m->num)))
            return ROUTE_API_TEAM;
        if (n == 5 && seg_is(&sg[4], "audit"))
            return ROUTE_API_AUDIT;
        if (n == 6 && seg_is(&sg[4], "sources") && parse_num(&sg[5], &m->num))
            return ROUTE_API_SOURCE;
        if (n == 5 && seg_is(&sg[4], "join"))
            return ROUTE_API_JOIN;
        if (n == 5 && seg_is(&sg[4], "leave"))
            return ROUTE_API_LEAVE;
        if (n == 5 && seg_is(&sg[4], "read"))
            return ROUTE_API_READ;
        if (n == 5 && seg_is(&sg[4], "feed-url"))
            return ROUTE_API_FEED_URL;
        if (n == 5 && seg_is(&sg[4], "email"))
            return ROUTE_API_EMAIL;
        if (n == 5 && seg_is(&sg[4], "media"))
            return ROUTE_API_MEDIA;
        if (n == 5 && seg_is(&sg[4], "invites"))
            return ROUTE_API_INVITES;
        if (n == 6 && seg_is(&sg[4], "invites") &&
            (parse_num(&sg[5], &m->num) || token_ok(sg[5].p, sg[5].n))) {
            set_token(m, sg[5].p, sg[5].n);
            return ROUTE_API_INVITE;
        }
        if (n == 5 && seg_is(&sg[4], "members"))
            return ROUTE_API_MEMBERS;
        if (n == 7 && seg_is(&sg[4], "members") && parse_num(&sg[5], &m->num) &&
            (seg_is(&sg[6], "approve") || seg_is(&sg[6], "reject"))) {
            memcpy(m->action, sg[6].p, sg[6].n);
            m->action[sg[6].n] = '\0';
            return ROUTE_API_MEMBER_ACTION;
        }
        m->slug[0] = '\0';
        m->num = 0;
        return ROUTE_API_OTHER;
    }
    if (seg_is(&sg[2], "me")) {
        if (n == 3)
            return ROUTE_API_ME;
        if (n == 4 && seg_is(&sg[3], "transfer"))
            return ROUTE_API_TRANSFER;
        return ROUTE_API_OTHER;
    }
    if (seg_is(&sg[2], "push")) {
        if (n == 4 && seg_is(&sg[3], "key"))
            return ROUTE_API_PUSH_KEY;
        if (n == 4 && seg_is(&sg[3], "subscriptions"))
            return ROUTE_API_PUSH_SUBS;
        return ROUTE_API_OTHER;
    }
    if (n == 4 && seg_is(&sg[2], "test") && seg_is(&sg[3], "clock"))
        return ROUTE_API_TEST_CLOCK;
    if (seg_is(&sg[2], "tokens")) {
        if (n == 3)
            return ROUTE_API_TOKENS;
        if (n == 4 && parse_num(&sg[3], &m->num))
            return ROUTE_API_TOKEN;
    }
    return ROUTE_API_OTHER;
}

/* /studio/...: the newsroom's pages. The fixed words come before the
 * slugs, so a channel called "signin", "signout" or "link" has no studio. */
static enum route_id match_studio(const struct seg *sg, size_t n, struct route_match *m)
{
    static const char *const actions[] = {"publish", "delete",  "edit", "pin",
                                          "unpin",   "exclude", "top",  "untop"};
    if (n == 1)
        return ROUTE_STUDIO;
    if (n == 2 && seg_is(&sg[1], "signin"))
        return ROUTE_STUDIO_SIGNIN;
    if (n == 2 && seg_is(&sg[1], "signout"))
        return ROUTE_STUDIO_SIGNOUT;
    if (seg_is(&sg[1], "link")) {
        if (n == 3 && token_ok(sg[2].p, sg[2].n)) {
            set_token(m, sg[2].p, sg[2].n);
            return ROUTE_STUDIO_LINK;
        }
        return ROUTE_STUDIO_OTHER;
    }
    if (!slug_syntax_ok(sg[1].p, sg[1].n))
        return ROUTE_STUDIO_OTHER;
    set_slug(m, &sg[1]);
    if (n == 2)
        return ROUTE_STUDIO_CHANNEL;
    if (n == 3 && seg_is(&sg[2], "compose"))
        return ROUTE_STUDIO_COMPOSE;
    if (n == 3 && seg_is(&sg[2], "team"))
        return ROUTE_STUDIO_TEAM;
    if (n == 3 && seg_is(&sg[2], "audit"))
        return ROUTE_STUDIO_AUDIT;
    if (n == 3 && seg_is(&sg[2], "sources"))
        return ROUTE_STUDIO_SOURCES;
    if (n == 3 && seg_is(&sg[2], "stats"))
        return ROUTE_STUDIO_STATS;
    if (n == 3 && seg_is(&sg[2], "selection"))
        return ROUTE_STUDIO_SELECTION;
    if (n == 3 && seg_is(&sg[2], "readers"))
        return ROUTE_STUDIO_READERS;
    if (n == 5 && seg_is(&sg[2], "posts") && parse_num(&sg[3], &m->num))
        for (size_t i = 0; i < sizeof actions / sizeof actions[0]; i++)
            if (seg_is(&sg[4], actions[i])) {
                memcpy(m->action, sg[4].p, sg[4].n);
                m->action[sg[4].n] = '\0';
                return ROUTE_STUDIO_POST;
            }
    m->slug[0] = '\0';
    m->num = 0;
    return ROUTE_STUDIO_OTHER;
}

static enum route_id match(const char *path, struct route_match *m)
{
    struct seg sg[MAX_SEGS] = {{0}};
    size_t n = 0, len = strlen(path);
    const char *p, *end;

    if (len == 0 || path[0] != '/')
        return ROUTE_NONE;
    if (len == 1)
        return ROUTE_INDEX;
    if (path[len - 1] == '/')
        len--; /* one trailing slash is tolerated */
    p = path + 1;
    end = path + len;
    while (p <= end) {
        const char *slash = memchr(p, '/', (size_t)(end - p));
        const char *e = slash ? slash : end;
        if (e == p || n == MAX_SEGS)
            return ROUTE_NONE; /* empty segment ("//") or too deep */
        sg[n].p = p;
        sg[n].n = (size_t)(e - p);
        n++;
        p = e + 1;
    }

    if (seg_is(&sg[0], "api"))
        return match_api(sg, n, m);
    if (seg_is(&sg[0], "studio"))
        return match_studio(sg, n, m);
    if (seg_is(&sg[0], "healthz"))
        return n == 1 ? ROUTE_HEALTHZ : ROUTE_NONE;
    if (seg_is(&sg[0], "metrics"))
        return n == 1 ? ROUTE_METRICS : ROUTE_NONE;
    if (seg_is(&sg[0], "favicon.ico") && n == 1) {
        /* Browsers and feed readers ask for it whatever the page says. */
        memcpy(m->file, "icon-192.png", sizeof "icon-192.png");
        return ROUTE_STATIC;
    }
    if (seg_is(&sg[0], "static")) {
        if (n != 2 || !file_ok(&sg[1]))
            return ROUTE_NONE;
        memcpy(m->file, sg[1].p, sg[1].n);
        m->file[sg[1].n] = '\0';
        return ROUTE_STATIC;
    }
    if (sg[0].n > 1 && sg[0].p[0] == '+') {
        /* /+{invite} and /+device/{token} */
        if (n == 1 && token_ok(sg[0].p + 1, sg[0].n - 1)) {
            set_token(m, sg[0].p + 1, sg[0].n - 1);
            return ROUTE_INVITE;
        }
        if (n == 2 && seg_is(&sg[0], "+device") && token_ok(sg[1].p, sg[1].n)) {
            set_token(m, sg[1].p, sg[1].n);
            return ROUTE_DEVICE;
        }
        return ROUTE_NONE;
    }
    if (n == 2 && seg_is(&sg[0], "media") && sg[1].n < sizeof m->media) {
        /* Only a name media could have made; anything else under /media/
         * is what it would be without this route (a channel "media" keeps
         * its pages, whose second segment is never such a name). */
        char name[sizeof m->media];
        memcpy(name, sg[1].p, sg[1].n);
        name[sg[1].n] = '\0';
        if (media_name_ok(name)) {
            memcpy(m->media, name, sizeof name);
            return ROUTE_MEDIA;
        }
    }
    if (n == 1 && seg_is(&sg[0], "manifest.webmanifest"))
        return ROUTE_MANIFEST;
    if (n == 1 && seg_is(&sg[0], "sw.js"))
        return ROUTE_SW;
    if (is_reserved(sg[0].p, sg[0].n) || !slug_syntax_ok(sg[0].p, sg[0].n) || n > 3)
        return ROUTE_NONE;
    set_slug(m, &sg[0]);
    if (n == 3 && seg_is(&sg[1], "email"))
        return seg_is(&sg[2], "confirm")       ? ROUTE_EMAIL_CONFIRM
               : seg_is(&sg[2], "unsubscribe") ? ROUTE_EMAIL_UNSUBSCRIBE
                                               : ROUTE_NONE;
    if (n == 3)
        return seg_is(&sg[1], "selections") && seg_is(&sg[2], "atom.xml") ? ROUTE_SELECTIONS_ATOM
                                                                          : ROUTE_NONE;
    if (n == 1)
        return ROUTE_PAGE;
    if (seg_is(&sg[1], "events"))
        return ROUTE_SSE;
    if (seg_is(&sg[1], "ws"))
        return ROUTE_WS;
    if (seg_is(&sg[1], "atom.xml"))
        return ROUTE_ATOM;
    if (seg_is(&sg[1], "join"))
        return ROUTE_JOIN;
    if (seg_is(&sg[1], "leave"))
        return ROUTE_LEAVE;
    if (parse_num(&sg[1], &m->num))
        return ROUTE_PERMALINK;
    return ROUTE_NONE;
}

int router_match(const char *path, struct route_match *m)
{
    memset(m, 0, sizeof *m);
    m->id = match(path, m);
    if (m->id == ROUTE_NONE) {
        memset(m, 0, sizeof *m);
        return -ENOENT;
    }
    return 0;
}

int router_slug_check(const char *slug)
{
    size_t n = strlen(slug);
    if (is_reserved(slug, n))
        return CRIER_ERESERVED;
    return slug_syntax_ok(slug, n) ? 0 : -EINVAL;
}
