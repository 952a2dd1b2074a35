/*
 * router: maps a request path to a route and its parameters, and owns the
 * channel slug rules. Pure functions, any thread.
 *
 * Slugs: 1..64 chars of [a-z0-9-], starting with a letter or digit, not ending
 * with '-', no "--"; reserved: api, static, +, .well-known, admin, healthz,
 * metrics, studio (plus "favicon.ico", "manifest.webmanifest", "sw.js", "robots.txt").
 */
#ifndef CRIER_ROUTER_H
#define CRIER_ROUTER_H

#include <stddef.h>
#include <stdint.h>

#include "store/store.h"
#include "token.h"

enum route_id {
    ROUTE_NONE = 0,
    ROUTE_HEALTHZ,               /* /healthz */
    ROUTE_METRICS,               /* /metrics */
    ROUTE_API_CHANNELS,          /* /api/v1/channels */
    ROUTE_API_CHANNEL,           /* /api/v1/channels/{slug} */
    ROUTE_API_POSTS,             /* /api/v1/channels/{slug}/posts */
    ROUTE_API_POST,              /* /api/v1/channels/{slug}/posts/{id} */
    ROUTE_API_EVENTS,            /* /api/v1/channels/{slug}/events */
    ROUTE_API_PRUNE,             /* /api/v1/channels/{slug}/prune */
    ROUTE_API_VIEWS,             /* /api/v1/channels/{slug}/views */
    ROUTE_API_SELECTIONS,        /* /api/v1/channels/{slug}/selections */
    ROUTE_API_SELECTION_PREVIEW, /* /api/v1/channels/{slug}/selections/preview */
    ROUTE_API_POST_MARK,         /* /api/v1/channels/{slug}/posts/{id}/selection */
    ROUTE_API_TOKENS,            /* /api/v1/tokens */
    ROUTE_API_TOKEN,             /* /api/v1/tokens/{id} */
    ROUTE_API_OTHER,             /* anything else under /api/ (404 as JSON) */
    ROUTE_STATIC,                /* /static/{file} ; name in .file */
    ROUTE_INDEX,                 /* / */
    ROUTE_SSE,                   /* /{slug}/events */
    ROUTE_WS,                    /* /{slug}/ws */
    ROUTE_ATOM,                  /* /{slug}/atom.xml */
    ROUTE_SELECTIONS_ATOM,       /* /{slug}/selections/atom.xml */
    ROUTE_PAGE,                  /* /{slug} */
    ROUTE_PERMALINK,             /* /{slug}/{seq} */
    ROUTE_INVITE,                /* /+{token} ; token in .token */
    ROUTE_DEVICE,                /* /+device/{token} ; token in .token */
    ROUTE_MANIFEST,              /* /manifest.webmanifest */
    ROUTE_SW,                    /* /sw.js */
    ROUTE_JOIN,                  /* /{slug}/join (form POST) */
    ROUTE_LEAVE,                 /* /{slug}/leave (form POST) */
    ROUTE_API_ME,                /* /api/v1/me */
    ROUTE_API_TRANSFER,          /* /api/v1/me/transfer */
    ROUTE_API_JOIN,              /* /api/v1/channels/{slug}/join */
    ROUTE_API_LEAVE,             /* /api/v1/channels/{slug}/leave */
    ROUTE_API_READ,              /* /api/v1/channels/{slug}/read */
    ROUTE_API_INVITES,           /* /api/v1/channels/{slug}/invites */
    ROUTE_API_INVITE,            /* /api/v1/channels/{slug}/invites/{id-or-token} ; raw in .token */
    ROUTE_API_MEMBERS,           /* /api/v1/channels/{slug}/members */
    ROUTE_API_MEMBER_ACTION,     /* /api/v1/channels/{slug}/members/{reader}/approve|reject ;
                                  * reader in .num, "approve" or "reject" in .action */
    ROUTE_API_FEED_URL,          /* /api/v1/channels/{slug}/feed-url */
    ROUTE_API_EMAIL,             /* /api/v1/channels/{slug}/email */
    ROUTE_API_PUSH_KEY,          /* /api/v1/push/key */
    ROUTE_API_PUSH_SUBS,         /* /api/v1/push/subscriptions */
    ROUTE_EMAIL_CONFIRM,         /* /{slug}/email/confirm */
    ROUTE_EMAIL_UNSUBSCRIBE,     /* /{slug}/email/unsubscribe */
    ROUTE_API_MEDIA,             /* /api/v1/channels/{slug}/media */
    ROUTE_API_SOURCES,           /* /api/v1/channels/{slug}/sources */
    ROUTE_API_SOURCE,            /* /api/v1/channels/{slug}/sources/{id} */
    ROUTE_API_POST_PUBLISH,      /* /api/v1/channels/{slug}/posts/{id}/publish */
    ROUTE_API_TEAM,              /* /api/v1/channels/{slug}/team[/{user_id}] */
    ROUTE_API_AUDIT,             /* /api/v1/channels/{slug}/audit */
    ROUTE_API_PIN,               /* /api/v1/channels/{slug}/pin */
    ROUTE_API_TEST_CLOCK,        /* /api/v1/test/clock (serve --test-clock only) */
    ROUTE_MEDIA,                 /* /media/{name} ; name in .media ("" when not a media name) */
    ROUTE_STUDIO,                /* /studio */
    ROUTE_STUDIO_SIGNIN,         /* /studio/signin */
    ROUTE_STUDIO_SIGNOUT,        /* /studio/signout */
    ROUTE_STUDIO_LINK,           /* /studio/link/{token} ; token in .token */
    ROUTE_STUDIO_CHANNEL,        /* /studio/{slug} */
    ROUTE_STUDIO_COMPOSE,        /* /studio/{slug}/compose */
    ROUTE_STUDIO_TEAM,           /* /studio/{slug}/team */
    ROUTE_STUDIO_AUDIT,          /* /studio/{slug}/audit */
    ROUTE_STUDIO_SOURCES,        /* /studio/{slug}/sources */
    ROUTE_STUDIO_STATS,          /* /studio/{slug}/stats */
    ROUTE_STUDIO_SELECTION,      /* /studio/{slug}/selection */
    ROUTE_STUDIO_READERS,        /* /studio/{slug}/readers */
    ROUTE_STUDIO_POST,           /* /studio/{slug}/posts/{id}/{action} ; action in .action:
                                  * publish, delete, edit, pin, unpin or exclude */
    ROUTE_STUDIO_OTHER,          /* anything else under /studio (404 page) */
};

#define ROUTE_TOKEN_MIN TOKEN_LINK_MIN
#define ROUTE_TOKEN_MAX TOKEN_LINK_MAX

struct route_match {
    enum route_id id;
    char slug[STORE_SLUG_MAX + 1];
    int64_t num;                     /* {id} or {seq}; positive */
    char file[64];                   /* ROUTE_STATIC */
    char token[ROUTE_TOKEN_MAX + 1]; /* ROUTE_INVITE, ROUTE_DEVICE: [A-Za-z0-9_-]{16,64};
                                      * ROUTE_API_INVITE: a positive id or such a token */
    char action[8];                  /* ROUTE_API_MEMBER_ACTION, ROUTE_STUDIO_POST */
    char media[72];                  /* ROUTE_MEDIA: "<64 hex>.jpg" or ".png" */
};

/* Matches path (no query). Returns 0, or -ENOENT (m->id = ROUTE_NONE) when no
 * route fits; a trailing slash is tolerated except on "/". */
int router_match(const char *path, struct route_match *m);

/* 0 when slug is well-formed and free, -EINVAL when malformed,
 * CRIER_ERESERVED when reserved. */
int router_slug_check(const char *slug);

#endif
