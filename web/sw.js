// Crier service worker: the app shell (scripts, styles, icons) from the cache,
// refreshed in the background; pages network-first with the last good copy
// kept for offline reading. A channel page carries its latest 100 posts, so
// the cached copy of each joined channel is what the reader sees offline;
// app.js asks for it to be refreshed whenever posts arrive live, and the page
// catches up from its own seq once the network is back. The API, streams and
// feeds always go to the network. The build stamps VERSION (tools/embed), so
// any change to the app installs a new worker and drops the old shell.
// It also shows Web Push notifications, opens the page of one when it is
// clicked, and registers a replaced subscription again (see "push" below).
const VERSION = '__CRIER_VERSION__';
const SHELL = `crier-shell-${VERSION}`;
const PAGES = 'crier-pages';
const SHELL_URLS = [
  '/static/app.js',
  '/static/i18n.js',
  '/static/strings.js',
  '/static/qr.js',
  '/static/notify.js',
  '/static/app.css',
  '/static/icon.svg',
  '/static/icon-192.png',
  '/manifest.webmanifest',
];
const MAX_PAGES = 60;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((c) => c.addAll(SHELL_URLS)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('crier-shell-') && name !== SHELL) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// Pages worth keeping: same-origin HTML that is not an invite or device link
// (those carry one-time tokens) and not an API, stream or feed URL.
function cacheablePage(url) {
  const p = url.pathname;
  return !p.startsWith('/+') && !p.startsWith('/api/') && !p.startsWith('/static/') &&
    !p.endsWith('/events') && !p.endsWith('/ws') && !p.endsWith('.xml') && p !== '/sw.js';
}

function pageKey(url) {
  const u = new URL(url, self.location.origin);
  u.hash = '';
  return u.href;
}

async function trim(cache) {
  const keys = await cache.keys();
  for (let i = 0; i < keys.length - MAX_PAGES; i++) await cache.delete(keys[i]);
}

async function store(url, res) {
  const cache = await caches.open(PAGES);
  if (res.ok && res.type === 'basic') {
    await cache.delete(pageKey(url), { ignoreVary: true });
    await cache.put(pageKey(url), res);
    await trim(cache);
  } else if ([401, 403, 404, 410].includes(res.status)) {
    // Left, removed or no longer allowed: do not show it offline.
    await cache.delete(pageKey(url), { ignoreVary: true });
  }
}

async function networkFirst(event) {
  const req = event.request;
  try {
    const res = await fetch(req);
    event.waitUntil(store(req.url, res.clone()).catch(() => {}));
    return res;
  } catch (err) {
    const cache = await caches.open(PAGES);
    const hit = await cache.match(pageKey(req.url), { ignoreVary: true });
    if (hit) return hit;
    // A page never opened online: the reader's channel list, if we have it.
    const home = req.mode === 'navigate' && await cache.match(pageKey('/'), { ignoreVary: true });
    if (home) return home;
    throw err;
  }
}

async function shellFirst(event) {
  const cache = await caches.open(SHELL);
  const hit = await cache.match(event.request, { ignoreVary: true, ignoreSearch: true });
  const fresh = fetch(event.request).then(async (res) => {
    if (res.ok) await cache.put(event.request, res.clone());
    return res;
  });
  if (hit) {
    event.waitUntil(fresh.catch(() => {}));
    return hit;
  }
  return fresh;
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/static/') || url.pathname === '/manifest.webmanifest') {
    event.respondWith(shellFirst(event));
    return;
  }
  const wantsHtml = req.mode === 'navigate' || (req.headers.get('accept') || '').includes('text/html');
  if (wantsHtml && cacheablePage(url)) event.respondWith(networkFirst(event));
});

// From app.js: {type: "cache", urls} refreshes the offline copies of those
// pages now; {type: "forget", urls} drops them (the reader left);
// {type: "push-state", state} is notify.js's copy of the subscriptions.
self.addEventListener('message', (event) => {
  const d = event.data || {};
  const urls = Array.isArray(d.urls) ? d.urls.filter((u) => typeof u === 'string' && u.startsWith('/') && !u.startsWith('//')) : [];
  const pages = urls.map((u) => new URL(u, self.location.origin)).filter(cacheablePage);
  if (d.type === 'cache') {
    event.waitUntil(Promise.all(pages.map(async (u) => {
      try {
        const res = await fetch(u.href, { credentials: 'same-origin', headers: { accept: 'text/html' }, cache: 'no-store' });
        await store(u.href, res);
      } catch { /* offline: keep the copy we have */ }
    })));
  } else if (d.type === 'push-state' && event.origin === self.location.origin) {
    event.waitUntil(setPushState(d.state && typeof d.state === 'object' ? d.state : null));
  } else if (d.type === 'forget') {
    event.waitUntil(caches.open(PAGES).then((c) => Promise.all(pages.map((u) => c.delete(pageKey(u.href), { ignoreVary: true })))));
  }
});

// ---- push ----

// What notify.js keeps here for pushsubscriptionchange, which may come with
// no page open: {key, csrf, endpoint, channels: [{channel, notify, tz,
// quiet, selection_at}], generic}. A worker cannot read cookies, so the
// page hands over the CSRF token with it. Kept in the Cache API (one JSON
// entry) because it survives the worker being stopped, and the activate
// step above only drops old shells.
const PUSH = 'crier-push';
const PUSH_STATE = '/push-state.json';

async function pushState() {
  try {
    const hit = await (await caches.open(PUSH)).match(PUSH_STATE);
    return hit ? await hit.json() : null;
  } catch {
    return null;
  }
}

async function setPushState(state) {
  const cache = await caches.open(PUSH);
  if (!state) return cache.delete(PUSH_STATE);
  return cache.put(PUSH_STATE, new Response(JSON.stringify(state), { headers: { 'content-type': 'application/json' } }));
}

// A same-origin path, else the channel's page, else the home page: a push
// payload never sends the reader elsewhere.
function localPath(u, channel) {
  if (typeof u === 'string' && u.startsWith('/') && !u.startsWith('//') && !u.startsWith('/\\')) return u;
  return typeof channel === 'string' && /^[a-z0-9-]{1,64}$/.test(channel) ? '/' + channel : '/';
}

function text(v, max) {
  return typeof v === 'string' ? v.slice(0, max) : '';
}

// The notification of a payload (v 1, from the server's notifier). The
// title is always the channel's name and the body the item's title over
// its text, for posts, selections and summaries alike. A selection or
// summary replaces the previous one of its channel (same tag) and still
// alerts (renotify). Anything unreadable still shows something: a push
// that shows nothing is what browsers punish (Chrome shows its own "site
// updated in the background", and may revoke the permission).
async function showPush(data) {
  let m = null;
  try {
    m = data ? data.json() : null;
  } catch { /* not JSON */ }
  const state = await pushState();
  if (!m || typeof m !== 'object' || m.v !== 1) {
    return self.registration.showNotification('Crier', {
      body: (state && text(state.generic, 200)) || '',
      icon: '/static/icon-192.png',
      tag: 'crier',
      data: { url: '/' },
    });
  }
  const channel = typeof m.channel === 'string' ? m.channel : '';
  const title = text(m.name, 200) || channel || 'Crier';
  const lines = [text(m.title, 300), text(m.body, 1000)].filter(Boolean);
  const tag = text(m.tag, 200) || `crier:${channel}:${Number(m.seq) || 0}`;
  return self.registration.showNotification(title, {
    body: lines.join('\n'),
    icon: localPath(m.icon, null) === m.icon ? m.icon : '/static/icon-192.png',
    tag,
    renotify: m.kind === 'selection' || m.kind === 'summary',
    timestamp: Date.now(),
    data: { url: localPath(m.url, channel) },
  });
}

self.addEventListener('push', (event) => {
  event.waitUntil(showPush(event.data));
});

// A click opens the notification's page: the open window already there, or
// another window of the app taken to it, or a new one.
async function openPage(url) {
  const target = new URL(url, self.location.origin).href;
  const wins = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const same = wins.find((w) => w.url === target);
  if (same) return same.focus();
  const any = wins.find((w) => new URL(w.url).origin === self.location.origin);
  if (any) {
    // focus() first: a click lends the worker the right to focus a window
    // for a moment; navigate() needs no such right.
    await any.focus().catch(() => {});
    return any.navigate(target).catch(() => self.clients.openWindow(target));
  }
  return self.clients.openWindow(target);
}

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(openPage(localPath(event.notification.data && event.notification.data.url, null)));
});

function b64urlBytes(s) {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4);
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

function api(method, body, csrf) {
  return fetch('/api/v1/push/subscriptions', {
    method,
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf || '' },
    body: JSON.stringify(body),
  });
}

// The push service replaced (or dropped) the subscription: subscribe again
// with the same key and register the new one for every channel the old one
// served, with the same choices; the old endpoint is removed.
async function resubscribe(event) {
  const state = await pushState();
  if (!state || !Array.isArray(state.channels) || !state.channels.length) return;
  let sub = event.newSubscription;
  if (!sub) {
    const old = event.oldSubscription && event.oldSubscription.options && event.oldSubscription.options.applicationServerKey;
    const key = old || (typeof state.key === 'string' ? b64urlBytes(state.key) : null);
    if (!key) return;
    sub = await self.registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
  }
  const j = sub.toJSON();
  const oldEndpoint = (event.oldSubscription && event.oldSubscription.endpoint) || state.endpoint;
  for (const c of state.channels) {
    await api('POST', { ...c, endpoint: j.endpoint, keys: j.keys }, state.csrf).catch(() => {});
    if (oldEndpoint && oldEndpoint !== j.endpoint) {
      await api('DELETE', { channel: c.channel, endpoint: oldEndpoint }, state.csrf).catch(() => {});
    }
  }
  await setPushState({ ...state, endpoint: j.endpoint });
}

self.addEventListener('pushsubscriptionchange', (event) => {
  event.waitUntil(resubscribe(event));
});
