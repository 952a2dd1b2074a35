// Crier reader app. The server renders every page so that it works without
// JavaScript; this module adds, on a channel page: Join/Leave without a
// reload, live posts over SSE (resuming from the last seq, deduplicated by
// seq, edits and deletions in place, the pinned post moved to the top and
// back), unread markers and "mark read",
// batched aggregate view counts, and everywhere: dates in the reader's
// locale, "move to another device" (link and QR code), and the service
// worker that keeps channels readable offline. Notifications (the panel of
// a channel page, and the push key check) are notify.js.
import { t, formatDate, typo } from './i18n.js';
import { qrSvg } from './qr.js';
import { NotifyPanel, checkPushKey } from './notify.js';

const body = document.body;
const PAGE = body.dataset.page || '';
const VIEW_FLUSH_MS = 10000;
const MAX_POSTS_IN_PAGE = 300;

// ---- small helpers ----

const saved = {
  get(key, dflt) {
    try {
      const v = localStorage.getItem(key);
      return v === null ? dflt : JSON.parse(v);
    } catch {
      return dflt;
    }
  },
  set(key, value) {
    try { localStorage.setItem(key, JSON.stringify(value)); } catch { /* private mode, quota */ }
  },
};

function csrfToken() {
  const m = document.cookie.match(/(?:^|;\s*)crier_csrf=([^;]+)/);
  if (m) return decodeURIComponent(m[1]);
  const meta = document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.content : '';
}

// A cookie-authenticated state change: same origin, with the CSRF token.
function send(method, url, data, { keepalive = false } = {}) {
  return fetch(url, {
    method,
    credentials: 'same-origin',
    keepalive,
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken() },
    body: JSON.stringify(data ?? {}),
  });
}

function post(url, data, opts) {
  return send('POST', url, data, opts);
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

// Only https images (the CSP allows them) or our own paths.
function safeImage(u) {
  if (typeof u !== 'string') return false;
  return /^https:\/\//i.test(u) || (u.startsWith('/') && !u.startsWith('//'));
}
function safeLink(u) {
  return typeof u === 'string' && /^https?:\/\//i.test(u);
}

function localizeDates(root) {
  for (const time of root.querySelectorAll('time[datetime]')) {
    const d = new Date(time.getAttribute('datetime'));
    if (Number.isNaN(d.getTime())) continue;
    time.textContent = formatDate(d, time.dataset.tz || document.body.dataset.tz);
    time.title = d.toISOString();
  }
}

function sw(message) {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.ready.then((reg) => {
    if (reg.active) reg.active.postMessage(message);
  }).catch(() => {});
}

// What notify.js borrows from here.
const notifyCtx = { el, send, csrfToken, sw };

function rememberChannel(slug, title, joined) {
  const list = saved.get('crier:joined', []).filter((c) => c && c.slug !== slug);
  if (joined) list.push({ slug, title });
  saved.set('crier:joined', list);
  if (joined) sw({ type: 'cache', urls: ['/' + slug] });
  else sw({ type: 'forget', urls: ['/' + slug] });
}

// ---- a post, built the way the server renders it ----

// The source of a post's markup is render_post in src/page_channel.c: the
// same elements, classes and order, in the same parts (postHead, postMedia,
// postFoot), so edit both together. Only the date's text differs, and
// localizeDates makes the server's the same as this.

// The kicker (the badges: "Pinned" first on the pinned post), the title (a
// link to the permalink) and the byline.
function postHead(slug, p, imp, sel, pinned) {
  const seq = Number(p.seq);
  const head = el('header', { class: 'post-head' });
  const badges = [];
  if (pinned) badges.push(el('span', { class: 'badge pinned' }, t('pinned')));
  if (sel) badges.push(el('span', { class: 'badge' }, t('selection')));
  else if (imp === 3) badges.push(el('span', { class: 'badge breaking' }, t('breaking')));
  else if (imp === 2) badges.push(el('span', { class: 'badge' }, t('important')));
  if (badges.length) head.append(el('p', { class: 'kicker' }, ...badges));
  head.append(el('h3', { class: 'post-title', id: `t-${seq}` },
    el('a', { href: `/${slug}/${seq}` }, typo(p.title ?? ''))));
  const by = el('p', { class: 'byline' });
  if (p.published_at) {
    const d = new Date(Number(p.published_at));
    const tz = document.body.dataset.tz;
    by.append(el('time', { datetime: d.toISOString(), title: d.toISOString(), 'data-tz': tz || null }, formatDate(d, tz)));
  }
  if (p.author) by.append(el('span', { class: 'sep', 'aria-hidden': 'true' }, '·'), el('span', { class: 'author' }, String(p.author)));
  if (p.edited_at) by.append(el('span', { class: 'sep', 'aria-hidden': 'true' }, '·'), el('span', { class: 'edited' }, t('edited')));
  head.append(by);
  return head;
}

// An <img>'s attributes: an uploaded photo (same origin) has its sizes, its
// alt text and its dimensions, as the server's page renders them.
function mediaImg(m) {
  const a = { src: m.url, alt: typeof m.alt === 'string' ? m.alt : (m.caption || ''), loading: 'lazy', decoding: 'async' };
  if (typeof m.srcset === 'string' && m.srcset.startsWith('/media/')) {
    a.srcset = m.srcset;
    a.sizes = '(max-width: 700px) 100vw, 700px';
  }
  if (Number.isInteger(m.width) && Number.isInteger(m.height) && m.width > 0 && m.height > 0) {
    a.width = String(m.width);
    a.height = String(m.height);
  }
  return a;
}

// The media: an image the CSP allows, else a link; caption and credit.
function postMedia(m) {
  if (!m || typeof m !== 'object' || !m.url) return null;
  const fig = el('figure', { class: 'media' });
  if (safeImage(m.url)) fig.append(el('img', mediaImg(m)));
  else if (safeLink(m.url)) fig.append(el('a', { href: m.url, rel: 'noopener noreferrer nofollow' }, m.caption || m.url));
  if (m.caption || m.credit) {
    const cap = el('figcaption');
    if (m.caption) cap.append(String(m.caption));
    if (m.caption && m.credit) cap.append(' ');
    if (m.credit) cap.append(el('span', { class: 'credit' }, `${t('credit')} ${m.credit}`));
    fig.append(cap);
  }
  return fig;
}

// The body, the source link and the tags.
function postFoot(p) {
  const bodyDiv = el('div', { class: 'body' });
  // The stored "html" is cmark's sanitised rendering (raw HTML escaped): it
  // is the only markup inserted as is, exactly as the server does.
  bodyDiv.innerHTML = typeof p.html === 'string' ? p.html : '';
  const parts = [bodyDiv];
  if (safeLink(p.source_url)) {
    parts.push(el('p', { class: 'source' }, el('a', { href: p.source_url, rel: 'noopener noreferrer nofollow' }, t('source'))));
  }
  if (Array.isArray(p.tags) && p.tags.length) {
    parts.push(el('ul', { class: 'tags' }, ...p.tags.map((tag) => el('li', {}, String(tag)))));
  }
  return parts;
}

// One post: the <article> and its three parts; pinned: the channel's pinned
// post, at the top of its page.
function renderPost(slug, p, pinned = false) {
  const seq = Number(p.seq);
  const imp = Math.max(0, Math.min(3, Number(p.importance ?? 1)));
  const sel = p.kind === 'selection';
  const a = el('article', {
    class: `post imp-${imp}${sel ? ' selection' : ''}${pinned ? ' pinned' : ''}`,
    id: `p-${seq}`,
    'data-seq': seq,
    'data-id': Number(p.id),
    'aria-labelledby': `t-${seq}`,
    lang: typeof p.lang === 'string' && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(p.lang) ? p.lang : null,
  });
  const media = postMedia(p.media);
  a.append(postHead(slug, p, imp, sel, pinned), ...(media ? [media] : []), ...postFoot(p));
  return a;
}

// ---- the channel page ----

class Channel {
  constructor() {
    this.slug = body.dataset.slug;
    this.title = body.dataset.title || this.slug;
    this.list = document.getElementById('posts');
    // The pinned post sits here, above the stream (the server puts it there).
    this.pinnedSlot = document.getElementById('pinned');
    this.pinToken = 0;
    this.pinWanted = 0;
    this.empty = document.getElementById('empty');
    this.statusEl = document.getElementById('status');
    this.unreadBar = document.getElementById('unread-bar');
    this.state = body.dataset.state || 'none';
    this.pageSeq = Number(body.dataset.lastSeq || 0);
    // Events are applied from the page's own seq: a page served from the
    // offline cache may be older than what this browser saw last time.
    this.lastSeq = this.pageSeq;
    const serverRead = body.dataset.readSeq !== undefined ? Number(body.dataset.readSeq) : NaN;
    const localRead = saved.get(`crier:read:${this.slug}`, null);
    if (this.state === 'member' && !Number.isNaN(serverRead)) this.readSeq = Math.max(serverRead, Number(localRead ?? 0));
    else if (localRead !== null) this.readSeq = Number(localRead);
    else this.readSeq = this.pageSeq; // first visit: nothing is "new"
    saved.set(`crier:read:${this.slug}`, this.readSeq);
    this.backoff = 1000;
    this.es = null;
    this.viewed = new Set(saved.get(`crier:viewed:${this.slug}`, []));
    this.pendingViews = new Map();
    this.baseTitle = document.title;
    this.notify = new NotifyPanel(this.slug, notifyCtx);
  }

  start() {
    if (!this.list) return;
    this.setupForms();
    this.setupViews();
    this.markUnread();
    document.getElementById('mark-read')?.addEventListener('click', () => this.markRead());
    const actions = document.querySelector('.channel-head .actions');
    if (actions) checkPushKey(notifyCtx).finally(() => this.notify.start(actions, this.state === 'member'));
    if (this.state === 'member') rememberChannel(this.slug, this.title, true);
    else if (body.dataset.visibility === 'public') sw({ type: 'cache', urls: [location.pathname] });
    window.addEventListener('online', () => { this.backoff = 1000; this.connect(); });
    window.addEventListener('offline', () => this.setStatus('offline'));
    if (navigator.onLine === false) this.setStatus('offline');
    this.connect();
  }

  setStatus(kind) {
    if (!this.statusEl) return;
    this.statusEl.classList.toggle('live', kind === 'live');
    this.statusEl.textContent = t(kind);
    body.dataset.conn = kind;
  }

  connect() {
    clearTimeout(this.timer);
    if (this.es) this.es.close();
    if (navigator.onLine === false) { this.setStatus('offline'); return; }
    this.setStatus('connecting');
    const es = new EventSource(`/${this.slug}/events?after=${this.lastSeq}`);
    this.es = es;
    es.onopen = () => { this.backoff = 1000; this.setStatus('live'); };
    for (const type of ['post', 'edit', 'delete', 'selection', 'pin']) {
      es.addEventListener(type, (e) => this.onEvent(type, e));
    }
    // The server closes subscribers that fall behind ("slow"): resume.
    es.addEventListener('close', () => this.reconnect());
    es.addEventListener('gap', () => this.onGap());
    es.addEventListener('reset', (e) => this.onReset(e));
    // EventSource would retry with the original ?after=; resume from our own seq instead.
    es.onerror = () => this.reconnect();
  }

  reconnect() {
    if (this.es) { this.es.close(); this.es = null; }
    clearTimeout(this.timer);
    this.setStatus(navigator.onLine === false ? 'offline' : 'reconnecting');
    this.timer = setTimeout(() => this.connect(), this.backoff);
    this.backoff = Math.min(this.backoff * 2, 30000);
  }

  // Events below the resume point were pruned: the page cannot be patched up
  // event by event, so load it afresh (once a minute at most).
  onGap() {
    const key = `crier:gap:${this.slug}`;
    const last = Number(sessionStorage.getItem(key) || 0);
    if (Date.now() - last > 60000) {
      sessionStorage.setItem(key, String(Date.now()));
      location.reload();
    }
  }

  // The channel's seqs start again below ours (a store restored from a
  // backup, a channel made anew): what the page holds no longer matches the
  // numbers new events will carry. Forget our position and load the page
  // afresh, once a minute at most; until then go on from the server's.
  onReset(e) {
    let last = 0;
    try { last = Number(JSON.parse(e.data).last_seq) || 0; } catch { /* keep 0 */ }
    this.lastSeq = last;
    saved.set(`crier:last:${this.slug}`, last);
    const key = `crier:reset:${this.slug}`;
    const prev = Number(sessionStorage.getItem(key) || 0);
    if (Date.now() - prev > 60000) {
      sessionStorage.setItem(key, String(Date.now()));
      location.reload();
    }
  }

  onEvent(type, e) {
    let ev;
    try { ev = JSON.parse(e.data); } catch { return; }
    const seq = Number(ev.seq ?? e.lastEventId);
    if (!(seq > this.lastSeq)) return; // already applied: never twice
    this.lastSeq = seq;
    saved.set(`crier:last:${this.slug}`, seq);
    const p = ev.post || {};
    if (type === 'post' || type === 'selection') this.upsert(p, true);
    else if (type === 'edit') this.upsert(p, false);
    else if (type === 'delete') this.remove(p.id ?? ev.id, p.seq);
    else if (type === 'pin') this.pin(p.id ?? null);
    this.markUnread();
    this.refreshCacheSoon();
  }

  find(id, seq) {
    if (seq !== undefined && seq !== null) {
      const bySeq = document.getElementById(`p-${Number(seq)}`);
      if (bySeq) return bySeq;
    }
    if (id === undefined || id === null) return null;
    return this.list.querySelector(`article[data-id="${Number(id)}"]`);
  }

  // Inserts a new post in seq order, or replaces it in place (an edit, or a
  // post the page already shows).
  upsert(p, isNew) {
    if (!p || p.seq === undefined) return;
    const old = this.find(p.id, p.seq);
    if (!old && !isNew) return; // an edit of a post older than the page shows
    const pinned = !!old && old.parentElement === this.pinnedSlot;
    const node = renderPost(this.slug, p, pinned);
    localizeDates(node);
    if (old) {
      if (old.classList.contains('unread')) node.classList.add('unread');
      old.replaceWith(node);
    } else {
      this.insertBySeq(node);
      node.classList.add('arrived');
      while (this.list.children.length > MAX_POSTS_IN_PAGE) this.list.lastElementChild.remove();
    }
    this.observe(node);
    this.showEmpty();
  }

  // Puts an article into the stream at its place by seq (newest first).
  insertBySeq(node) {
    const seq = Number(node.dataset.seq);
    let before = null;
    for (const child of this.list.children) {
      if (Number(child.dataset.seq) < seq) { before = child; break; }
    }
    this.list.insertBefore(node, before);
  }

  remove(id, seq) {
    const node = this.find(id, seq);
    if (node) node.remove();
    if (id !== undefined && id !== null && Number(id) === this.pinWanted) {
      this.pinToken++; // a pin still being fetched: the post is gone
      this.pinWanted = 0;
    }
    this.showEmpty();
  }

  showEmpty() {
    if (this.empty) this.empty.hidden = this.list.children.length > 0 || !!this.pinnedSlot?.firstElementChild;
  }

  // ---- the pinned post ----

  // Adds or takes away what marks an article as the pinned one.
  markPinned(node, on) {
    node.classList.toggle('pinned', on);
    let kicker = node.querySelector('.kicker');
    if (on) {
      node.classList.remove('unread');
      node.querySelector('.badge.new')?.remove();
      if (!kicker) {
        kicker = el('p', { class: 'kicker' });
        node.querySelector('.post-head')?.prepend(kicker);
      }
      if (!kicker.querySelector('.badge.pinned')) kicker.prepend(el('span', { class: 'badge pinned' }, t('pinned')));
    } else {
      kicker?.querySelector('.badge.pinned')?.remove();
      if (kicker && !kicker.children.length) kicker.remove();
    }
  }

  // A pin event: the post id goes to the top (null: none does), and the one
  // pinned before goes back into the stream at its place. A post older
  // than the page shows is fetched.
  async pin(id) {
    const slot = this.pinnedSlot;
    if (!slot) return;
    const want = Number(id) > 0 ? Number(id) : 0;
    const token = ++this.pinToken;
    this.pinWanted = want;
    const cur = slot.firstElementChild;
    if (cur && Number(cur.dataset.id) === want) return;
    if (cur) {
      cur.remove();
      this.markPinned(cur, false);
      this.insertBySeq(cur);
    }
    if (want) {
      let node = this.list.querySelector(`article[data-id="${want}"]`);
      if (node) {
        node.remove();
        this.markPinned(node, true);
        slot.append(node);
      } else {
        try {
          const r = await fetch(`/api/v1/channels/${encodeURIComponent(this.slug)}/posts/${want}`, { credentials: 'same-origin' });
          if (!r.ok) return;
          const p = await r.json();
          if (token !== this.pinToken || slot.firstElementChild || p.seq === undefined) return;
          node = renderPost(this.slug, p, true);
          localizeDates(node);
          slot.append(node);
          this.observe(node);
        } catch { return; /* offline: the next page load shows it */ }
      }
    }
    this.markUnread();
    this.showEmpty();
  }

  // ---- unread ----

  markUnread() {
    let n = 0;
    for (const a of this.list.children) {
      const unread = Number(a.dataset.seq) > this.readSeq;
      a.classList.toggle('unread', unread);
      let badge = a.querySelector('.badge.new');
      if (unread && !badge) {
        let kicker = a.querySelector('.kicker');
        if (!kicker) {
          kicker = el('p', { class: 'kicker' });
          a.querySelector('.post-head')?.prepend(kicker);
        }
        badge = el('span', { class: 'badge new' }, t('new_badge'));
        kicker.prepend(badge);
      } else if (!unread && badge) {
        const kicker = badge.parentElement;
        badge.remove();
        if (kicker && !kicker.children.length) kicker.remove();
      }
      if (unread) n++;
    }
    if (this.unreadBar) {
      this.unreadBar.hidden = n === 0;
      const label = this.unreadBar.querySelector('.unread-text');
      if (label) label.textContent = t('new_posts_count', n);
    }
    document.title = n ? `(${n}) ${this.baseTitle}` : this.baseTitle;
  }

  async markRead() {
    let top = this.readSeq;
    for (const a of this.list.children) top = Math.max(top, Number(a.dataset.seq));
    this.readSeq = Math.max(top, this.lastSeq);
    saved.set(`crier:read:${this.slug}`, this.readSeq);
    this.markUnread();
    if (this.state === 'member') {
      try { await post(`/api/v1/channels/${this.slug}/read`, { seq: this.readSeq }); } catch { /* offline: local state is kept */ }
    }
  }

  // ---- views: aggregate counts, batched ----

  setupViews() {
    if (!('IntersectionObserver' in window)) return;
    this.io = new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        const id = Number(e.target.dataset.id);
        this.io.unobserve(e.target);
        if (!id || this.viewed.has(id)) continue;
        this.viewed.add(id);
        this.pendingViews.set(id, (this.pendingViews.get(id) || 0) + 1);
      }
    }, { threshold: 0.5 });
    for (const a of this.list.children) this.observe(a);
    for (const a of this.pinnedSlot?.children ?? []) this.observe(a);
    setInterval(() => this.flushViews(false), VIEW_FLUSH_MS);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.flushViews(true);
    });
  }

  observe(node) {
    if (this.io) this.io.observe(node);
  }

  async flushViews(leaving) {
    if (!this.pendingViews.size) return;
    const views = {};
    for (const [id, n] of this.pendingViews) views[String(id)] = n;
    const batch = this.pendingViews;
    this.pendingViews = new Map();
    saved.set(`crier:viewed:${this.slug}`, [...this.viewed].slice(-500));
    try {
      const r = await post(`/api/v1/channels/${this.slug}/views`, { views }, { keepalive: leaving });
      if (r.status >= 500 || r.status === 429) throw new Error('retry');
    } catch {
      for (const [id, n] of batch) this.pendingViews.set(id, (this.pendingViews.get(id) || 0) + n);
    }
  }

  // ---- join and leave ----

  setupForms() {
    const join = document.querySelector('form.join');
    const leave = document.querySelector('form.leave');
    const members = document.getElementById('members');
    const swap = (joined) => {
      if (join) join.hidden = joined;
      if (leave) leave.hidden = !joined;
      this.state = joined ? 'member' : 'none';
      body.dataset.state = this.state;
      if (members) {
        const n = Math.max(0, Number(members.dataset.count || 0) + (joined ? 1 : -1));
        members.dataset.count = String(n);
        members.textContent = t('members', n);
      }
      document.getElementById('transfer')?.removeAttribute('hidden');
      rememberChannel(this.slug, this.title, joined);
      this.notify.show(joined);
    };
    const wire = (form, action, joined) => {
      if (!form) return;
      form.addEventListener('submit', async (e) => {
        e.preventDefault();
        const btn = form.querySelector('button');
        if (btn) btn.disabled = true;
        try {
          const r = await post(`/api/v1/channels/${this.slug}/${action}`, {});
          if (r.ok) {
            swap(joined);
            this.announce(t(joined ? 'joined' : 'left'));
            (joined ? leave : join)?.querySelector('button')?.focus();
          } else if (r.status === 404 || r.status === 405) {
            form.submit(); // no API for it here: the plain form does it
          } else {
            this.announce(t('join_failed'));
          }
        } catch {
          this.announce(t('join_failed'));
        } finally {
          if (btn) btn.disabled = false;
        }
      });
    };
    wire(join, 'join', true);
    wire(leave, 'leave', false);
  }

  announce(text) {
    const live = document.getElementById('announce');
    if (live) live.textContent = text;
  }

  // Keep the offline copy of this page up to date with what arrived live.
  refreshCacheSoon() {
    clearTimeout(this.cacheTimer);
    this.cacheTimer = setTimeout(() => {
      if (this.state === 'member' || body.dataset.visibility === 'public') sw({ type: 'cache', urls: [location.pathname] });
    }, 1500);
  }
}

// ---- waiting for approval ----

function waitForApproval() {
  const slug = body.dataset.slug;
  if (!slug) return;
  const check = async () => {
    try {
      const r = await fetch('/api/v1/me', { credentials: 'same-origin', cache: 'no-store' });
      if (r.ok) {
        const j = await r.json();
        const c = (j.channels || []).find((x) => x.slug === slug);
        if (c && c.state === 'member') {
          const live = document.getElementById('announce');
          if (live) live.textContent = t('approved');
          location.assign('/' + slug);
          return;
        }
      }
    } catch { /* offline: try again later */ }
    setTimeout(check, 3000);
  };
  setTimeout(check, 2000);
}

// ---- move to another device ----

function setupTransfer() {
  const btn = document.getElementById('transfer');
  if (!btn) return;
  btn.addEventListener('click', async () => {
    let dlg = document.getElementById('transfer-dialog');
    if (!dlg) {
      dlg = el('dialog', { id: 'transfer-dialog', 'aria-labelledby': 'transfer-h' });
      const close = el('button', { type: 'button', class: 'btn' }, t('close'));
      close.addEventListener('click', () => dlg.close());
      const copy = el('button', { type: 'button', class: 'btn primary', id: 'transfer-copy' }, t('copy'));
      copy.addEventListener('click', async () => {
        const url = dlg.querySelector('.transfer-url')?.textContent || '';
        try {
          await navigator.clipboard.writeText(url);
          copy.textContent = t('copied');
        } catch {
          const r = document.createRange();
          const node = dlg.querySelector('.transfer-url');
          if (node) { r.selectNodeContents(node); getSelection().removeAllRanges(); getSelection().addRange(r); }
        }
      });
      dlg.append(
        el('h2', { id: 'transfer-h' }, t('transfer')),
        el('p', { class: 'transfer-help' }, t('transfer_help')),
        el('div', { class: 'transfer-body', 'aria-live': 'polite' }),
        el('div', { class: 'dialog-actions' }, copy, close),
      );
      document.body.append(dlg);
    }
    const out = dlg.querySelector('.transfer-body');
    out.replaceChildren();
    const copyBtn = dlg.querySelector('#transfer-copy');
    copyBtn.textContent = t('copy');
    btn.disabled = true;
    try {
      const r = await post('/api/v1/me/transfer', {});
      if (!r.ok) throw new Error(String(r.status));
      const j = await r.json();
      const url = new URL(j.url, location.origin).href;
      const svg = qrSvg(url, t('qr_label'));
      if (svg) out.append(svg);
      else out.append(el('p', {}, t('transfer_no_qr')));
      out.append(el('a', { class: 'transfer-url', href: url }, url));
      copyBtn.hidden = false;
    } catch {
      out.append(el('p', { class: 'notice error' }, t('transfer_failed')));
      copyBtn.hidden = true;
    } finally {
      btn.disabled = false;
    }
    if (!dlg.open) dlg.showModal();
  });
}

// ---- start ----

localizeDates(document);
setupTransfer();
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {});
}
// The channel page checks the push key before it shows its panel.
if (PAGE !== 'channel') checkPushKey(notifyCtx);
if (PAGE === 'channel') new Channel().start();
else if (PAGE === 'pending') waitForApproval();
else if (PAGE === 'index') {
  // Keep every joined channel readable offline.
  const urls = [...document.querySelectorAll('[data-joined-slug]')].map((a) => '/' + a.dataset.joinedSlug);
  sw({ type: 'cache', urls: ['/', ...urls] });
}
