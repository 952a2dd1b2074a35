// A browser's side of the reader cookie, by hand: each Jar is one browser's
// cookies; call() makes a request as the web app does (cookies, Origin, the
// CSRF token echoed in X-CSRF-Token, or an HTML form body).
import assert from 'node:assert/strict';

export class Jar {
  constructor() { this.cookies = new Map(); this.raw = new Map(); }
  take(res) {
    for (const line of res.headers.getSetCookie()) {
      const [kv] = line.split(';');
      const i = kv.indexOf('=');
      const name = kv.slice(0, i).trim();
      this.cookies.set(name, kv.slice(i + 1).trim());
      this.raw.set(name, line);
    }
  }
  get(name) { return this.cookies.get(name); }
  header() { return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '); }
}

// Redirects are not followed.
export async function call(s, jar, method, path, { body, form, origin = s.url, csrf = true, headers = {} } = {}) {
  const h = { ...headers };
  const cookie = jar ? jar.header() : '';
  if (cookie) h.cookie = cookie;
  if (origin) h.origin = origin;
  if (csrf === true && jar && jar.get('crier_csrf')) h['x-csrf-token'] = jar.get('crier_csrf');
  else if (typeof csrf === 'string') h['x-csrf-token'] = csrf;
  let payload;
  if (form) {
    h['content-type'] = 'application/x-www-form-urlencoded';
    payload = new URLSearchParams(form).toString();
  } else if (body !== undefined) {
    h['content-type'] = 'application/json';
    payload = typeof body === 'string' ? body : JSON.stringify(body);
  }
  const r = await fetch(s.url + path, { method, headers: h, body: payload, redirect: 'manual' });
  if (jar) jar.take(r);
  const text = await r.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { /* HTML or empty */ }
  return { status: r.status, json, text, headers: r.headers };
}

// A new browser that has been handed its CSRF cookie.
export async function browser(s) {
  const jar = new Jar();
  const r = await call(s, jar, 'GET', '/api/v1/me');
  assert.equal(r.status, 200, r.text);
  assert.ok(jar.get('crier_csrf'), 'a CSRF cookie is handed out');
  return jar;
}

export async function makeInvite(s, slug, opts = {}) {
  const r = await s.api('POST', `/api/v1/channels/${slug}/invites`, opts);
  assert.equal(r.status, 201, r.text);
  return r.json;
}

// Presses Join on the invite page: the form POST to /+{token}.
export async function joinInvite(s, jar, url) {
  return call(s, jar, 'POST', url, { form: { csrf: jar.get('crier_csrf') }, csrf: false });
}
