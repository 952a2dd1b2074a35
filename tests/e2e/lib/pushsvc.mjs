// A local Web Push service, for the black-box tests and the benchmark: it
// behaves as a real one does towards an application server (RFC 8030 for the
// protocol, RFC 8291 for the message encryption, RFC 8292 for VAPID), and it
// plays the browser's side too: newSubscription() makes the key pair and the
// auth secret a browser would, so that every message it accepts is decrypted
// and kept as JSON.
//
// Every request is checked the way a strict push service checks it, and a
// request that fails a check is answered with an error and counted in
// `rejected` (by reason), never silently accepted:
//   - POST to a known subscription path (else 404);
//   - Content-Encoding: aes128gcm, a body of at most 4096 bytes (413);
//   - TTL present, a non-negative integer; Urgency, if present, one of
//     very-low|low|normal|high; Topic, if present, at most 32 base64url chars;
//   - Authorization: "vapid t=<JWT>, k=<key>": the JWT verified with `jose`
//     (ES256, against k imported as a JWK), aud = this service's origin,
//     exp no more than 24 h ahead, sub a mailto: or https: URI (401/403);
//   - the body decrypts with `http_ece` (aes128gcm) with the subscription's
//     private key and auth secret, and is JSON (400).
//
// Behaviour is programmable per subscription or for all (behave()): reply
// 201 (the default), any other status (404, 410, 413, 429 with Retry-After,
// 500, 503), a delay before the reply, or a dropped connection.
//
// Transports: 'http1' (node:http, plain), 'h2' (HTTP/2 over TLS,
// allowHTTP1 false), 'https1' (HTTP/1.1 over TLS, for senders that only
// speak that, like the web-push package) and 'tls' (HTTP/2 over TLS that also
// accepts HTTP/1.1: the benchmark's sink). The TLS certificate is self-signed,
// made at start with the openssl command in a temporary directory.
import http from 'node:http';
import https from 'node:https';
import http2 from 'node:http2';
import { createECDH, createHash, randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import * as jose from 'jose';

const require = createRequire(import.meta.url);
const ece = require('http_ece');

export const MAX_BODY = 4096;
const URGENCIES = new Set(['very-low', 'low', 'normal', 'high']);
const DAY_S = 24 * 3600;

// A self-signed certificate for 127.0.0.1 and localhost, in a fresh temporary
// directory (removed once read). Returns {key, cert} as PEM strings.
export function selfSignedCert() {
  const dir = mkdtempSync(join(tmpdir(), 'crier-pushsvc-'));
  try {
    const key = join(dir, 'key.pem'), cert = join(dir, 'cert.pem');
    const r = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
      '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'], { encoding: 'utf8', timeout: 20000 });
    if (r.status !== 0) throw new Error('openssl req failed: ' + r.stderr);
    return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// A browser's keys for subscription `id`: random, or derived from `seed` so
// that another process (a seeder, a sink) can make the same ones.
export function browserKeys(id, seed) {
  const ecdh = createECDH('prime256v1');
  let auth;
  if (seed === undefined) {
    ecdh.generateKeys();
    auth = randomBytes(16);
  } else {
    // Any 32 bytes below the group order make a key; a SHA-256 output is
    // below it with overwhelming probability.
    ecdh.setPrivateKey(createHash('sha256').update(`${seed}/key/${id}`).digest());
    auth = createHash('sha256').update(`${seed}/auth/${id}`).digest().subarray(0, 16);
  }
  return { ecdh, auth, p256dh: ecdh.getPublicKey() };
}

// Checks the VAPID Authorization header (RFC 8292). Returns the JWT's claims;
// throws {status, reason} on failure.
export async function checkVapid(header, origin, nowS = Math.floor(Date.now() / 1000)) {
  const m = /^vapid\s+(.*)$/i.exec(header || '');
  if (!m) throw { status: 401, reason: 'no_vapid' };
  const params = {};
  for (const part of m[1].split(',')) {
    const i = part.indexOf('=');
    if (i > 0) params[part.slice(0, i).trim().toLowerCase()] = part.slice(i + 1).trim();
  }
  if (!params.t || !params.k) throw { status: 401, reason: 'vapid_params' };
  const k = Buffer.from(params.k, 'base64url');
  if (k.length !== 65 || k[0] !== 4 || params.k !== k.toString('base64url')) throw { status: 401, reason: 'vapid_key' };
  const jwk = { kty: 'EC', crv: 'P-256', x: k.subarray(1, 33).toString('base64url'), y: k.subarray(33).toString('base64url') };
  let payload;
  try {
    const key = await jose.importJWK(jwk, 'ES256');
    ({ payload } = await jose.jwtVerify(params.t, key, { algorithms: ['ES256'], currentDate: new Date(nowS * 1000) }));
  } catch (e) {
    throw { status: 403, reason: 'vapid_jwt', detail: e.code || e.message };
  }
  if (payload.aud !== origin) throw { status: 403, reason: 'vapid_aud', detail: payload.aud };
  if (typeof payload.exp !== 'number' || payload.exp > nowS + DAY_S) throw { status: 403, reason: 'vapid_exp' };
  if (typeof payload.sub !== 'string' || !/^(mailto:|https:)/.test(payload.sub)) throw { status: 403, reason: 'vapid_sub' };
  return { payload, key: params.k };
}

// Checks the RFC 8030 headers. Throws {status, reason}.
export function checkHeaders(h) {
  if ((h['content-encoding'] || '').toLowerCase() !== 'aes128gcm') throw { status: 415, reason: 'content_encoding' };
  if (h.ttl === undefined || !/^\d{1,10}$/.test(h.ttl)) throw { status: 400, reason: 'ttl' };
  if (h.urgency !== undefined && !URGENCIES.has(h.urgency)) throw { status: 400, reason: 'urgency' };
  if (h.topic !== undefined && !/^[A-Za-z0-9_-]{1,32}$/.test(h.topic)) throw { status: 400, reason: 'topic' };
}

export class PushService {
  // transport: 'http1' | 'h2' | 'https1' | 'tls'. verify: 'all' checks VAPID
  // and decrypts every message; a number n does it for one in n (the
  // benchmark's sink), the others only have their headers checked. keep:
  // whether decrypted messages are kept (the sink only counts).
  constructor({ transport = 'http1', verify = 'all', keep = true, seed } = {}) {
    this.transport = transport;
    this.verify = verify;
    this.keep = keep;
    this.seed = seed;
    this.subs = new Map();      // path id -> subscription state
    this.global = [];           // behaviour queue for every subscription
    this.counters = { requests: 0, delivered: 0, rejected: {}, status: {}, inFlight: 0, maxInFlight: 0, verified: 0 };
    this.versions = {};         // httpVersion -> requests
    this.errors = [];           // the first rejections, for diagnostics
    this.waiters = new Set();
    this.onMessage = null;      // (id, message) for each decrypted delivery
    // The sender's clock minus ours: a server on a fake clock signs its
    // VAPID claims in its own time, and a push service on the same clock
    // would accept them.
    this.clockSkewMs = 0;
  }

  async start(port = 0) {
    const handler = (req, res) => { this.onRequest(req, res); };
    if (this.transport === 'http1') {
      this.server = http.createServer({ keepAliveTimeout: 30000 }, handler);
    } else {
      this.tls = selfSignedCert();
      if (this.transport === 'https1') this.server = https.createServer({ ...this.tls, keepAliveTimeout: 30000 }, handler);
      else this.server = http2.createSecureServer({ ...this.tls, allowHTTP1: this.transport === 'tls' }, handler);
    }
    this.sockets = new Set();
    this.server.on(this.transport === 'http1' ? 'connection' : 'secureConnection', s => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    this.server.on('session', sess => {
      this.sessions = this.sessions || new Set();
      this.sessions.add(sess);
      sess.on('close', () => this.sessions.delete(sess));
    });
    await new Promise((res, rej) => { this.server.once('error', rej); this.server.listen(port, '127.0.0.1', res); });
    this.port = this.server.address().port;
    this.scheme = this.transport === 'http1' ? 'http' : 'https';
    this.origin = `${this.scheme}://127.0.0.1:${this.port}`;
    this.host = `127.0.0.1:${this.port}`;
    return this;
  }

  async close() {
    for (const s of this.sessions || []) s.destroy();
    for (const s of this.sockets || []) s.destroy();
    await new Promise(res => this.server.close(() => res()));
  }

  // A new subscription, as PushManager.subscribe() gives it to a page:
  // {endpoint, keys: {p256dh, auth}} in base64url.
  newSubscription(id = randomBytes(9).toString('base64url')) {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw new Error('subscription id: ' + id);
    const k = browserKeys(id, this.seed);
    const st = { id, ecdh: k.ecdh, auth: k.auth, messages: [], behaviour: [], requests: 0, delivered: 0, gone: false };
    this.subs.set(id, st);
    return { endpoint: `${this.origin}/push/${id}`, keys: { p256dh: k.p256dh.toString('base64url'), auth: k.auth.toString('base64url') } };
  }

  // The endpoint of subscription i when keys come from the seed (the sink
  // accepts any id then: see onRequest).
  endpointOf(id) { return `${this.origin}/push/${id}`; }

  messages(id) { return this.sub(id).messages; }
  sub(id) {
    const st = this.subs.get(id);
    if (!st) throw new Error('no subscription ' + id);
    return st;
  }

  // Programs the next replies of one subscription (id) or of all (id null):
  // each step is {status = 201, retryAfter, delayMs = 0, drop = false,
  // times = 1}; times: Infinity makes a step permanent. Steps run in order;
  // once used up the service answers 201 again. A subscription's own steps
  // come before the global ones.
  behave(id, ...steps) {
    const q = id === null ? this.global : this.sub(id).behaviour;
    for (const s of steps) q.push({ status: 201, delayMs: 0, drop: false, times: 1, ...s });
  }

  // Forgets every programmed step.
  reset(id = null) {
    if (id === null) { this.global.length = 0; for (const st of this.subs.values()) st.behaviour.length = 0; }
    else this.sub(id).behaviour.length = 0;
  }

  // Resolves once pred() holds (checked after every request), or rejects
  // after timeout ms.
  until(pred, { timeout = 10000, what = 'push condition' } = {}) {
    if (pred()) return Promise.resolve();
    return new Promise((res, rej) => {
      const w = { pred, res };
      w.t = setTimeout(() => { this.waiters.delete(w); rej(new Error(`pushsvc: timed out waiting for ${what}`)); }, timeout);
      this.waiters.add(w);
    });
  }

  waitMessages(id, n, opts = {}) {
    return this.until(() => this.subs.get(id)?.messages.length >= n, { what: `${n} message(s) for ${id}`, ...opts });
  }

  wake() {
    for (const w of this.waiters) if (w.pred()) { clearTimeout(w.t); this.waiters.delete(w); w.res(); }
  }

  nextStep(st) {
    for (const q of [st ? st.behaviour : [], this.global]) {
      const s = q[0];
      if (!s) continue;
      if (--s.times <= 0) q.shift();
      return s;
    }
    return { status: 201, delayMs: 0, drop: false };
  }

  reject(res, e, id) {
    const reason = e.reason || 'error';
    this.counters.rejected[reason] = (this.counters.rejected[reason] || 0) + 1;
    if (this.errors.length < 50) this.errors.push({ id, reason, detail: e.detail || (e.message && String(e.message)) });
    this.reply(res, e.status || 400, {});
  }

  reply(res, status, headers) {
    this.counters.status[status] = (this.counters.status[status] || 0) + 1;
    if (res.destroyed || res.stream?.destroyed) return;
    res.writeHead(status, headers);
    res.end();
  }

  onRequest(req, res) {
    const t = Date.now();
    this.counters.requests++;
    this.versions[req.httpVersion] = (this.versions[req.httpVersion] || 0) + 1;
    this.counters.inFlight++;
    this.counters.maxInFlight = Math.max(this.counters.maxInFlight, this.counters.inFlight);
    let done = false;
    const finish = () => { if (!done) { done = true; this.counters.inFlight--; this.wake(); } };
    res.on('close', finish);
    res.on('finish', finish);
    const chunks = [];
    let size = 0;
    req.on('data', c => { size += c.length; if (size <= MAX_BODY + 1) chunks.push(c); });
    req.on('error', () => {});
    req.on('end', () => {
      this.handle(req, res, Buffer.concat(chunks), size, t).catch(e => this.reject(res, { status: 500, reason: 'harness', detail: e.stack }));
    });
  }

  async handle(req, res, body, size, t) {
    const m = /^\/push\/([A-Za-z0-9_-]{1,64})$/.exec(req.url);
    let st = m && this.subs.get(m[1]);
    if (!st && m && this.seed !== undefined) st = this.adopt(m[1]);
    if (req.method !== 'POST' || !st) return this.reject(res, { status: 404, reason: 'unknown' }, m && m[1]);
    st.requests++;
    const step = this.nextStep(st);
    if (step.delayMs) await new Promise(r => setTimeout(r, step.delayMs));
    if (step.drop) {
      this.counters.rejected.dropped = (this.counters.rejected.dropped || 0) + 1;
      if (req.stream) req.stream.session.destroy(); else req.socket.destroy();
      return;
    }
    const h = req.headers;
    const check = this.verify === 'all' || (this.counters.requests % this.verify === 0);
    let msg;
    try {
      checkHeaders(h);
      if (size > MAX_BODY) throw { status: 413, reason: 'too_big' };
      if (check) msg = await this.open(st, h, body);
    } catch (e) {
      return this.reject(res, e, st.id);
    }
    if (step.status !== 201) {
      const headers = step.retryAfter !== undefined ? { 'retry-after': String(step.retryAfter) } : {};
      return this.reply(res, step.status, headers);
    }
    st.delivered++;
    this.counters.delivered++;
    if (msg && this.keep) st.messages.push({ ...msg, at: t, httpVersion: req.httpVersion });
    if (msg && this.onMessage) this.onMessage(st.id, msg);
    this.reply(res, 201, { location: `/message/${randomBytes(6).toString('hex')}` });
  }

  // A subscription the service has not been told about, whose keys come from
  // the seed (the benchmark's sink: 100,000 of them are made elsewhere).
  adopt(id) {
    const k = browserKeys(id, this.seed);
    const st = { id, ecdh: k.ecdh, auth: k.auth, messages: [], behaviour: [], requests: 0, delivered: 0 };
    this.subs.set(id, st);
    return st;
  }

  // VAPID, then the body: returns {json, text, headers, jwt}.
  async open(st, h, body) {
    const jwt = await checkVapid(h.authorization, this.origin, Math.floor((Date.now() + this.clockSkewMs) / 1000));
    let plain;
    try {
      plain = ece.decrypt(body, { version: 'aes128gcm', privateKey: st.ecdh, authSecret: st.auth });
    } catch (e) {
      throw { status: 400, reason: 'decrypt', detail: e.message };
    }
    const text = plain.toString('utf8');
    let json;
    try { json = JSON.parse(text); } catch { throw { status: 400, reason: 'not_json', detail: text.slice(0, 100) }; }
    this.counters.verified++;
    return {
      json, text, jwt: jwt.payload, key: jwt.key,
      headers: { ttl: h.ttl, urgency: h.urgency, topic: h.topic, 'content-encoding': h['content-encoding'] },
    };
  }

  rejectedTotal() {
    return Object.entries(this.counters.rejected).filter(([k]) => k !== 'dropped').reduce((a, [, v]) => a + v, 0);
  }
}
