// Helpers for the push and email end-to-end tests: crier started pointed at
// the local push service and SMTP relay, a reader who joins and subscribes,
// labelled /metrics, and a free port (for --base-url, known before start).
import net from 'node:net';
import assert from 'node:assert/strict';
import { Server } from './server.mjs';
import { FakeClockServer } from './selection.mjs';
import { browser, call } from './jar.mjs';

export const CONTACT = 'mailto:ops@example.org';
export const MAIL_FROM = 'news@example.org';

export function freePort() {
  return new Promise((res, rej) => {
    const srv = net.createServer();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => { const p = srv.address().port; srv.close(() => res(p)); });
  });
}

// crier serve's options for the harness: push towards svc (a PushService),
// email through smtp (an SmtpSink); base: the port crier will listen on.
// scheme: of --base-url; 'https' stands for a TLS proxy in front (the
// tests still talk plain HTTP to the port).
export function notifyArgs({ svc, smtp, port, scheme = 'http' } = {}) {
  const a = ['--push-contact', CONTACT];
  if (svc) a.push('--push-insecure-host', svc.host);
  if (smtp) a.push('--smtp-url', smtp.url, '--mail-from', MAIL_FROM);
  if (port) a.push('--base-url', `${scheme}://127.0.0.1:${port}`);
  return a;
}

// A started crier (a FakeClockServer when fakeNow is given) on a port chosen
// beforehand, so that --base-url names it.
export async function startCrier({ svc, smtp, fakeNow, stepMs, args = [], data, env, scheme } = {}) {
  const port = await freePort();
  // Every reader here comes from 127.0.0.1: no per-address join, email
  // sign-up or device limit, unless args sets one.
  const all = [...notifyArgs({ svc, smtp, port, scheme }), ...args];
  for (const flag of ['--limit-joins', '--limit-email', '--limit-devices'])
    if (!args.includes(flag)) all.push(flag, '0');
  const s = fakeNow !== undefined
    ? new FakeClockServer({ fakeNow, stepMs, logLevel: 'warn', args: all, data })
    : new Server({ args: all, data, env });
  s.port = port;
  s.keepPort = true;
  await s.start();
  return s;
}

// A new browser that has joined channel slug.
export async function reader(s, slug) {
  const jar = await browser(s);
  const r = await call(s, jar, 'POST', `/api/v1/channels/${slug}/join`);
  assert.equal(r.status, 200, r.text);
  return jar;
}

// POST /api/v1/push/subscriptions for sub (a PushService subscription).
export function subscribe(s, jar, slug, sub, extra = {}) {
  return call(s, jar, 'POST', '/api/v1/push/subscriptions', {
    body: { channel: slug, endpoint: sub.endpoint, keys: sub.keys, notify: 'selections', ...extra },
  });
}

// A reader of slug subscribed with svc's subscription `id`; returns the jar.
export async function subscriber(s, svc, slug, id, extra = {}) {
  const jar = await reader(s, slug);
  const r = await subscribe(s, jar, slug, svc.newSubscription(id), extra);
  assert.equal(r.status, 201, `subscribe ${id}: ${r.status} ${r.text}`);
  return jar;
}

// /metrics as {'name' or 'name{labels}': number}; sum(m, name) adds a
// family's labelled series.
export async function metricsAll(s) {
  const r = await fetch(s.url + '/metrics', { headers: { authorization: 'Bearer ' + s.token }, signal: AbortSignal.timeout(5000) });
  assert.equal(r.status, 200, '/metrics');
  const m = {};
  for (const line of (await r.text()).split('\n')) {
    const x = /^([a-z_]+(?:\{[^}]*\})?)\s+([-+0-9.eE]+|NaN)$/.exec(line.trim());
    if (x) m[x[1]] = Number(x[2]);
  }
  return m;
}

export function sum(m, name) {
  let t = 0;
  for (const [k, v] of Object.entries(m)) if (k === name || k.startsWith(name + '{')) t += v;
  return t;
}

// Publishes one post with the admin token; returns {seq, id}.
export async function publish(s, slug, fields) {
  const r = await s.post(slug, fields);
  assert.equal(r.status, 201, r.text);
  return r.json;
}

// p-th percentile of a list of numbers.
export function pct(xs, p) {
  if (!xs.length) return NaN;
  const a = [...xs].sort((x, y) => x - y);
  return a[Math.min(a.length - 1, Math.ceil((p / 100) * a.length) - 1)];
}
