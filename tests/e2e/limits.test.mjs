// Abuse limits, black-box: view reports count once per viewer and post
// (reader, else client address) and are rate-limited per address; joins
// (new readers, new memberships) are rate-limited per address. See
// docs/operating.md ("Limits per client address") and docs/api.md.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Server } from './lib/server.mjs';
import { uniq } from './lib/proto.mjs';

// One browser's cookies.
class Jar {
  constructor() { this.cookies = new Map(); }
  take(res) {
    for (const line of res.headers.getSetCookie()) {
      const [kv] = line.split(';');
      const i = kv.indexOf('=');
      this.cookies.set(kv.slice(0, i).trim(), kv.slice(i + 1).trim());
    }
  }
  get(name) { return this.cookies.get(name); }
  header() { return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '); }
}

// A request as the web app makes it (same Origin, CSRF token echoed).
async function call(s, jar, method, path, { body, form } = {}) {
  const h = { origin: s.url };
  if (jar && jar.header()) h.cookie = jar.header();
  if (jar && jar.get('crier_csrf')) h['x-csrf-token'] = jar.get('crier_csrf');
  let payload;
  if (form) {
    h['content-type'] = 'application/x-www-form-urlencoded';
    payload = new URLSearchParams(form).toString();
  } else if (body !== undefined) {
    h['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const r = await fetch(s.url + path, { method, headers: h, body: payload, redirect: 'manual' });
  if (jar) jar.take(r);
  const text = await r.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
  return { status: r.status, json, text, headers: r.headers };
}

async function browser(s) {
  const jar = new Jar();
  const r = await call(s, jar, 'GET', '/api/v1/me');
  assert.equal(r.status, 200, r.text);
  return jar;
}

// The views of the best-read post of the window (the preview's audience).
async function audience(s, slug) {
  const r = await s.api('GET', `/api/v1/channels/${slug}/selections/preview`);
  assert.equal(r.status, 200, r.text);
  return r.json.audience;
}

describe('view reports', () => {
  let s;
  before(async () => { s = new Server({ args: ['--limit-views', '0'] }); await s.start(); });
  after(async () => { if (s) await s.cleanup(); });

  it('count once per viewer and post, whatever n says and however often', async () => {
    const slug = uniq('views');
    await s.channel(slug);
    const p = await s.post(slug, { title: 'read me' });
    assert.equal(p.status, 201, p.text);
    const path = `/api/v1/channels/${slug}/views`;
    // Anonymous: one client address, reported many times, with n = 100.
    for (let i = 0; i < 5; i++) {
      const r = await call(s, null, 'POST', path, { body: { views: { [p.json.id]: 100 } } });
      assert.equal(r.status, 204, r.text);
    }
    assert.equal(await audience(s, slug), 1, 'one address, one view');
    // Two readers from the same address (a household behind one NAT) count
    // once each; again and again, still once.
    const [a, b] = [await browser(s), await browser(s)];
    for (const jar of [a, b, a, b]) {
      assert.equal((await call(s, jar, 'POST', `/api/v1/channels/${slug}/join`)).status, 200);
      const r = await call(s, jar, 'POST', path, { body: { views: { [p.json.id]: 3 } } });
      assert.equal(r.status, 204, r.text);
    }
    assert.equal(await audience(s, slug), 3, 'the address and two readers');
  });

  it('a report of 500 posts is one quick write', async () => {
    const slug = uniq('batch');
    await s.channel(slug);
    const p = await s.post(slug, { title: 'one' });
    const views = { [p.json.id]: 1 };
    for (let i = 1; Object.keys(views).length < 500; i++) views[String(p.json.id + 100000 + i)] = 1;
    const t0 = Date.now();
    const r = await call(s, null, 'POST', `/api/v1/channels/${slug}/views`, { body: { views } });
    assert.equal(r.status, 204, r.text);
    // 500 synced writes took seconds; one transaction takes milliseconds.
    assert.ok(Date.now() - t0 < 1000, `took ${Date.now() - t0} ms`);
    assert.equal(await audience(s, slug), 1);
  });
});

describe('view report limit per address', () => {
  let s;
  before(async () => { s = new Server({ args: ['--limit-views', '6:3'] }); await s.start(); });
  after(async () => { if (s) await s.cleanup(); });

  it('answers 429 with Retry-After past the burst', async () => {
    const slug = uniq('rl');
    await s.channel(slug);
    const p = await s.post(slug, { title: 'x' });
    const statuses = [];
    let last;
    for (let i = 0; i < 6; i++) {
      last = await call(s, null, 'POST', `/api/v1/channels/${slug}/views`, { body: { views: { [p.json.id]: 1 } } });
      statuses.push(last.status);
    }
    assert.deepEqual(statuses, [204, 204, 204, 429, 429, 429]);
    assert.equal(last.json.error, 'too_many_requests');
    assert.match(last.json.message, /try again in \d+ s/);
    const retry = Number(last.headers.get('retry-after'));
    assert.ok(retry >= 1 && retry <= 10, 'Retry-After ' + last.headers.get('retry-after'));
    // Other requests from the address are not limited by it.
    assert.equal((await s.api('GET', `/api/v1/channels/${slug}`)).status, 200);
  });
});
