// Crier service worker: the app shell (scripts, styles, icons) from the cache,
// refreshed in the background; pages network-first with the last good copy
// kept for offline reading. A channel page carries its latest 100 posts, so
// the cached copy of each joined channel is what the reader sees offline;
// app.js asks for it to be refreshed whenever posts arrive live, and the page
// catches up from its own seq once the network is back. The API, streams and
// feeds always go to the network. The build stamps VERSION (tools/embed), so
// any change to the app installs a new worker and drops the old shell.
const VERSION = '__CRIER_VERSION__';
const SHELL = `crier-shell-${VERSION}`;
const PAGES = 'crier-pages';
const SHELL_URLS = [
  '/static/app.js',
  '/static/i18n.js',
  '/static/strings.js',
  '/static/qr.js',
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
// pages now; {type: "forget", urls} drops them (the reader left).
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
  } else if (d.type === 'forget') {
    event.waitUntil(caches.open(PAGES).then((c) => Promise.all(pages.map((u) => c.delete(pageKey(u.href), { ignoreVary: true })))));
  }
});
