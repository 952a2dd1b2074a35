// Notifications for one channel: the "Notifications" panel of a channel page
// (Web Push: what rings, quiet hours, my selection hour, the time zone; and
// the email opt-in when the server sends mail), and the check, on every
// page, that this browser's push subscription still uses the server's key.
//
// Permission is only ever asked from a button press: browsers penalise
// sites that ask on load, and a reader who never chose would only learn to
// say no. The server holds what rings (GET/POST/DELETE
// /api/v1/push/subscriptions); the service worker (sw.js) gets a copy of
// it with the CSRF token, so that it can register again by itself when the
// push service replaces the subscription (pushsubscriptionchange), when no
// page is open and document.cookie is out of its reach.
import { t } from './i18n.js';

const SUBS = '/api/v1/push/subscriptions';
const LEVELS = ['selections', 'important', 'all', 'none'];
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

// ---- keys ----

// base64url (no padding) -> bytes; null when it is not base64url.
export function b64urlToBytes(s) {
  if (typeof s !== 'string' || !/^[A-Za-z0-9_-]*$/.test(s)) return null;
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4);
  try {
    return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

// Whether a subscription's applicationServerKey (an ArrayBuffer, or null
// in browsers that do not expose it) is the key bytes.
function sameKey(buf, bytes) {
  if (!buf || !bytes) return !buf; // unknown: assume it is, rather than resubscribe on every load
  const a = new Uint8Array(buf);
  return a.length === bytes.length && a.every((v, i) => v === bytes[i]);
}

// ---- what this browser can do ----

// "ok", or why not: "unsupported", "ios" (Safari outside a home-screen
// app: the same browser gets Web Push once added to the home screen).
function support() {
  const ok = 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
  if (ok) return 'ok';
  const ios = /iPhone|iPad|iPod/.test(navigator.userAgent) ||
    (navigator.userAgent.includes('Macintosh') && navigator.maxTouchPoints > 1);
  const standalone = navigator.standalone === true || matchMedia('(display-mode: standalone)').matches;
  return ios && !standalone ? 'ios' : 'unsupported';
}

function timeZones() {
  try {
    return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  } catch {
    return [];
  }
}

function zoneOk(tz) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function localZone() {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || '';
  } catch {
    return '';
  }
}

// ---- the server ----

async function getJson(url) {
  const r = await fetch(url, { credentials: 'same-origin', cache: 'no-store' });
  if (!r.ok) throw new Error(String(r.status));
  return r.json();
}

// The server's key and whether it sends mail: {key: Uint8Array|null,
// keyText, email}, or null when the server has no notifications at all.
// Asked once per page (the key check and the panel both want it).
let infoOnce = null;
function serverInfo() {
  infoOnce ??= loadInfo();
  return infoOnce;
}
async function loadInfo() {
  try {
    const j = await getJson('/api/v1/push/key');
    const keyText = typeof j.key === 'string' && j.key ? j.key : null;
    const key = keyText && b64urlToBytes(keyText);
    return { key: key && key.length === 65 ? key : null, keyText, email: j.email === true };
  } catch {
    return null;
  }
}

// The reader's subscriptions on the server, every channel; [] when unknown.
async function serverSubs() {
  try {
    const j = await getJson(SUBS);
    return Array.isArray(j.subscriptions) ? j.subscriptions : [];
  } catch {
    return [];
  }
}

// The preferences of a server entry, as POST takes them.
function prefsOf(s) {
  const p = { notify: LEVELS.includes(s.notify) ? s.notify : 'selections' };
  if (typeof s.tz === 'string' && s.tz) p.tz = s.tz;
  p.quiet = s.quiet && HHMM.test(s.quiet.from) && HHMM.test(s.quiet.to) ? { from: s.quiet.from, to: s.quiet.to } : null;
  const at = {};
  for (const slot of ['morning', 'evening']) if (s.selection_at && HHMM.test(s.selection_at[slot])) at[slot] = s.selection_at[slot];
  p.selection_at = at;
  return p;
}

// The fields of a browser subscription that the server needs.
function subFields(sub) {
  const j = sub.toJSON();
  return { endpoint: j.endpoint, keys: { p256dh: j.keys?.p256dh, auth: j.keys?.auth } };
}

// ---- the service worker's copy ----

// Tells the service worker what to register again if the push service
// replaces the subscription: the key, the CSRF token, and every channel
// this endpoint serves with its preferences (from the server: the truth,
// whichever tab changed it last).
async function syncWorker(ctx, sub, keyText) {
  const channels = sub
    ? (await serverSubs()).filter((s) => s.endpoint === sub.endpoint).map((s) => ({ channel: s.channel, ...prefsOf(s) }))
    : [];
  ctx.sw({
    type: 'push-state',
    state: sub ? { key: keyText, csrf: ctx.csrfToken(), endpoint: sub.endpoint, channels, generic: t('notify_generic') } : null,
  });
}

// A new subscription for the key, registered again for every channel the
// old endpoint served (the operator rotated the key, or the old one was
// dropped). Returns the new subscription.
async function resubscribe(ctx, reg, old, info) {
  const served = old ? (await serverSubs()).filter((s) => s.endpoint === old.endpoint) : [];
  if (old) await old.unsubscribe().catch(() => {});
  const sub = await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: info.key });
  for (const s of served) {
    await ctx.send('POST', SUBS, { channel: s.channel, ...subFields(sub), ...prefsOf(s) }).catch(() => {});
    await ctx.send('DELETE', SUBS, { channel: s.channel, endpoint: old.endpoint }).catch(() => {});
  }
  if (served.length) await syncWorker(ctx, sub, info.keyText);
  return sub;
}

// On every page: when the reader already allowed notifications and this
// browser has a subscription made with another key than the server's (the
// operator rotated it), subscribe again with the new key, silently. Never
// asks for anything.
export async function checkPushKey(ctx) {
  if (support() !== 'ok' || Notification.permission !== 'granted') return;
  try {
    const reg = await navigator.serviceWorker.getRegistration('/');
    const sub = reg && await reg.pushManager.getSubscription();
    if (!sub) return;
    const info = await serverInfo();
    if (!info || !info.key) return;
    if (sameKey(sub.options?.applicationServerKey, info.key)) {
      await syncWorker(ctx, sub, info.keyText); // keeps the worker's CSRF token current
      return;
    }
    await resubscribe(ctx, reg, sub, info);
  } catch { /* the next page load tries again */ }
}

// ---- the panel ----

export class NotifyPanel {
  // slug: the channel; ctx: {el, send, csrfToken, sw} from app.js.
  constructor(slug, ctx) {
    this.slug = slug;
    this.ctx = ctx;
    this.root = null;
    this.info = null;
    this.state = 'off';
    this.visible = false;
  }

  // Builds the panel after host (hidden until the server answers that it
  // has notifications). visible: the reader is a member. A Join or Leave
  // while the server has not answered yet is kept by show() and wins.
  async start(host, visible) {
    this.visible = visible;
    this.info = await serverInfo();
    if (!this.info || (!this.info.key && !this.info.email)) return;
    this.root = this.build();
    host.after(this.root);
    this.show(this.visible);
    if (this.info.key) await this.refresh();
    else this.setState('none');
  }

  // Join and Leave. A reader who leaves stops ringing for the channel.
  show(visible) {
    this.visible = visible;
    if (!this.root) return;
    this.root.hidden = !visible;
    if (!visible && this.state === 'on') this.turnOff().catch(() => {});
  }

  build() {
    const { el } = this.ctx;
    const radio = (name, value, label, checked) => el('label', { class: 'choice' },
      el('input', { type: 'radio', name, value, checked }), ' ', label);
    const time = (name, label, value) => el('label', { class: 'field' }, label, ' ',
      el('input', { type: 'time', name, value, disabled: name.startsWith('quiet_') }));
    const zones = el('datalist', { id: 'notify-zones' }, ...timeZones().map((z) => el('option', { value: z })));

    const form = el('form', { class: 'notify-form', id: 'notify-form', novalidate: true },
      el('fieldset', {}, el('legend', {}, t('notify_what')),
        ...LEVELS.map((v) => radio('notify', v, t(`notify_${v}`), v === 'selections'))),
      el('fieldset', {}, el('legend', {}, t('notify_quiet')),
        el('label', { class: 'choice' }, el('input', { type: 'checkbox', name: 'quiet' }), ' ', t('notify_quiet_on')),
        el('div', { class: 'times' }, time('quiet_from', t('notify_from'), '22:00'), time('quiet_to', t('notify_to'), '07:00'))),
      el('fieldset', {}, el('legend', {}, t('notify_hour')),
        el('p', { class: 'hint' }, t('notify_hour_help')),
        el('div', { class: 'times' }, time('morning', t('notify_morning')), time('evening', t('notify_evening')))),
      el('label', { class: 'field' }, t('notify_tz'), ' ',
        el('input', { type: 'text', name: 'tz', list: 'notify-zones', autocomplete: 'off', spellcheck: 'false', value: localZone() })),
      zones,
      el('div', { class: 'notify-actions' },
        el('button', { type: 'submit', class: 'btn primary', id: 'notify-save' }, t('notify_turn_on')),
        el('button', { type: 'button', class: 'btn', id: 'notify-off', hidden: true }, t('notify_turn_off'))));
    form.elements.quiet.addEventListener('change', () => this.quietToggled());
    form.addEventListener('submit', (e) => { e.preventDefault(); this.save(); });
    form.querySelector('#notify-off').addEventListener('click', () => this.turnOff());

    // A private channel mails nobody (an address cannot follow a member's
    // removal): the server refuses, so the form is not offered.
    const mailable = this.info.email && document.body.dataset.visibility === 'public';
    const email = el('form', { class: 'notify-email', id: 'notify-email', hidden: !mailable },
      el('h3', {}, t('email_h')),
      el('label', { class: 'field' }, t('email_address'), ' ',
        el('input', { type: 'email', name: 'address', required: true, autocomplete: 'email', maxlength: 254 })),
      radio('what', 'selections', t('email_selections'), true),
      radio('what', 'important', t('email_important'), false),
      el('div', { class: 'notify-actions' }, el('button', { type: 'submit', class: 'btn' }, t('email_submit'))),
      el('p', { class: 'email-status', role: 'status' }));
    email.addEventListener('submit', (e) => { e.preventDefault(); this.emailSubmit(email); });

    return el('details', { class: 'notify', id: 'notify' },
      el('summary', {}, t('notify_h'), ' ', el('span', { class: 'notify-badge', id: 'notify-badge' })),
      el('div', { class: 'notify-body' },
        el('p', { class: 'notify-state', id: 'notify-state', role: 'status' }),
        form, email));
  }

  get form() {
    return this.root.querySelector('#notify-form');
  }

  quietToggled() {
    const f = this.form.elements;
    f.quiet_from.disabled = f.quiet_to.disabled = !f.quiet.checked;
  }

  // state: "on", "off", "blocked", "unsupported", "ios", or "none" (the
  // server sends mail but has no push).
  setState(state, message) {
    this.state = state;
    const badge = this.root.querySelector('#notify-badge');
    badge.textContent = state === 'on' ? t('notify_badge_on') : state === 'none' ? '' : t('notify_badge_off');
    badge.dataset.state = state;
    this.root.dataset.state = state;
    const text = { on: 'notify_state_on', off: 'notify_state_off', blocked: 'notify_blocked', unsupported: 'notify_unsupported', ios: 'notify_ios' }[state];
    this.say(message || (text ? t(text) : ''));
    const pushable = state === 'on' || state === 'off';
    this.form.hidden = !pushable;
    this.form.querySelector('#notify-save').textContent = t(state === 'on' ? 'notify_save' : 'notify_turn_on');
    this.form.querySelector('#notify-off').hidden = state !== 'on';
  }

  say(text) {
    this.root.querySelector('#notify-state').textContent = text;
  }

  // What the page shows from what the browser and the server say. Never
  // asks for permission.
  async refresh() {
    const why = support();
    if (why !== 'ok') return this.setState(why);
    if (Notification.permission === 'denied') return this.setState('blocked');
    const reg = await navigator.serviceWorker.getRegistration('/').catch(() => null);
    const sub = reg && await reg.pushManager.getSubscription().catch(() => null);
    const mine = sub && (await serverSubs()).find((s) => s.channel === this.slug && s.endpoint === sub.endpoint);
    if (mine && Notification.permission === 'granted') {
      this.fill(prefsOf(mine));
      return this.setState('on');
    }
    return this.setState('off');
  }

  fill(p) {
    const f = this.form.elements;
    f.notify.value = p.notify;
    f.quiet.checked = !!p.quiet;
    if (p.quiet) { f.quiet_from.value = p.quiet.from; f.quiet_to.value = p.quiet.to; }
    this.quietToggled();
    f.morning.value = p.selection_at.morning || '';
    f.evening.value = p.selection_at.evening || '';
    if (p.tz) f.tz.value = p.tz;
  }

  // The form as POST takes it, or null (and the reason said) when a field is wrong.
  prefs() {
    const f = this.form.elements;
    const tz = f.tz.value.trim();
    if (tz && !zoneOk(tz)) { this.say(t('notify_tz_bad')); f.tz.focus(); return null; }
    const p = { notify: LEVELS.includes(f.notify.value) ? f.notify.value : 'selections' };
    if (tz) p.tz = tz;
    p.quiet = f.quiet.checked && HHMM.test(f.quiet_from.value) && HHMM.test(f.quiet_to.value)
      ? { from: f.quiet_from.value, to: f.quiet_to.value } : null;
    p.selection_at = {};
    if (HHMM.test(f.morning.value)) p.selection_at.morning = f.morning.value;
    if (HHMM.test(f.evening.value)) p.selection_at.evening = f.evening.value;
    return p;
  }

  // The browser's subscription for the server's key: asks for permission
  // (this runs from the button press) and subscribes when there is none.
  async subscription() {
    const perm = await Notification.requestPermission(); // at once when already granted
    if (perm !== 'granted') {
      this.setState(perm === 'denied' ? 'blocked' : 'off', perm === 'denied' ? null : t('notify_denied'));
      return null;
    }
    const reg = await navigator.serviceWorker.ready;
    const sub = await reg.pushManager.getSubscription();
    if (sub && sameKey(sub.options?.applicationServerKey, this.info.key)) return sub;
    if (sub) return resubscribe(this.ctx, reg, sub, this.info);
    return reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: this.info.key });
  }

  // "Turn on" and "Save": the same POST (the endpoint again updates it).
  async save() {
    const prefs = this.prefs();
    if (!prefs) return;
    const btn = this.form.querySelector('#notify-save');
    btn.disabled = true;
    try {
      const sub = await this.subscription();
      if (!sub) return;
      const r = await this.ctx.send('POST', SUBS, { channel: this.slug, ...subFields(sub), ...prefs });
      if (!r.ok) throw new Error(String(r.status));
      this.setState('on', t('notify_saved'));
      await syncWorker(this.ctx, sub, this.info.keyText);
    } catch {
      this.say(t('notify_failed'));
    } finally {
      btn.disabled = false;
    }
  }

  // Off for this channel. The browser's subscription is dropped too when no
  // other channel uses it.
  async turnOff() {
    const reg = await navigator.serviceWorker.getRegistration('/');
    const sub = reg && await reg.pushManager.getSubscription();
    if (!sub) return this.setState('off');
    try {
      const r = await this.ctx.send('DELETE', SUBS, { channel: this.slug, endpoint: sub.endpoint });
      if (!r.ok && r.status !== 404) throw new Error(String(r.status));
    } catch {
      return this.say(t('notify_failed'));
    }
    const others = (await serverSubs()).some((s) => s.endpoint === sub.endpoint);
    if (!others) await sub.unsubscribe().catch(() => {});
    await syncWorker(this.ctx, others ? sub : null, this.info.keyText);
    this.setState('off');
  }

  async emailSubmit(form) {
    const status = form.querySelector('.email-status');
    const address = form.elements.address.value.trim();
    if (!form.reportValidity()) return;
    const btn = form.querySelector('button');
    btn.disabled = true;
    try {
      const what = form.elements.what.value === 'important' ? 'important' : 'selections';
      const r = await this.ctx.send('POST', `/api/v1/channels/${this.slug}/email`, { address, what });
      if (!r.ok) throw new Error(String(r.status));
      status.textContent = t('email_sent');
      form.elements.address.value = '';
    } catch {
      status.textContent = t('email_failed');
    } finally {
      btn.disabled = false;
    }
  }
}
