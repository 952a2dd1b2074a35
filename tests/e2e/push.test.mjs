// Web Push, black-box (docs/readers.md "Notifications"; RFC 8030, 8291,
// 8292): crier against a local push service (lib/pushsvc.mjs) that checks
// every request as a real one does, VAPID and encryption included, and
// decrypts each message with the keys the "browser" made.
//
// The first tests check the harness itself against an independent sender,
// the web-push package: if they fail, nothing below means anything.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import https from 'node:https';
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import { PushService, checkVapid } from './lib/pushsvc.mjs';
import { sendDetails } from './lib/wpsend.mjs';

const require = createRequire(import.meta.url);
const webpush = require('web-push');

describe('push service harness (checked with the web-push package)', () => {
  const vapid = webpush.generateVAPIDKeys();
  const opts = { vapidDetails: { subject: 'mailto:test@example.org', publicKey: vapid.publicKey, privateKey: vapid.privateKey }, contentEncoding: 'aes128gcm', TTL: 60 };
  const services = [];
  const svc = async transport => { const s = await new PushService({ transport }).start(); services.push(s); return s; };
  after(async () => { for (const s of services) await s.close(); });

  it('web-push over HTTPS/1.1: accepted, VAPID verified, decrypted', async () => {
    const s = await svc('https1');
    const sub = s.newSubscription('wp1');
    const agent = new https.Agent({ rejectUnauthorized: false });
    const r = await webpush.sendNotification(sub, JSON.stringify({ hello: 'Sélection « du matin »' }), { ...opts, agent, urgency: 'high', topic: 'abc_DEF-1' });
    assert.equal(r.statusCode, 201);
    const [m] = s.messages('wp1');
    assert.deepEqual(m.json, { hello: 'Sélection « du matin »' });
    assert.equal(m.headers.urgency, 'high');
    assert.equal(m.headers.topic, 'abc_DEF-1');
    assert.equal(m.headers.ttl, '60');
    assert.equal(m.jwt.aud, s.origin);
    assert.equal(m.jwt.sub, 'mailto:test@example.org');
    assert.equal(m.key, vapid.publicKey);
    assert.equal(m.httpVersion, '1.1');
    assert.equal(s.rejectedTotal(), 0);
  });

  it('web-push requests over plain HTTP/1.1 and over HTTP/2 (TLS, no HTTP/1.1 allowed)', async () => {
    for (const transport of ['http1', 'h2']) {
      const s = await svc(transport);
      const sub = s.newSubscription('x');
      const d = webpush.generateRequestDetails(sub, '{"n":1}', opts);
      const r = await sendDetails(d, { h2: transport === 'h2' });
      assert.equal(r.status, 201, transport + ' ' + JSON.stringify(s.errors));
      assert.deepEqual(s.messages('x')[0].json, { n: 1 });
      assert.equal(s.messages('x')[0].httpVersion, transport === 'h2' ? '2.0' : '1.1');
    }
    // The HTTP/2 service refuses HTTP/1.1 (allowHTTP1 false): a sender that
    // did not negotiate h2 cannot deliver.
    const s2 = services.at(-1);
    const agent = new https.Agent({ rejectUnauthorized: false });
    const sub = s2.newSubscription('h1');
    await assert.rejects(webpush.sendNotification(sub, '{}', { ...opts, agent }));
    assert.equal(s2.messages('h1').length, 0);
  });

  it('refuses what a real service refuses', async () => {
    const s = await svc('http1');
    const sub = s.newSubscription('neg');
    const send = async (mutate, payload = '{"ok":1}', o = opts) => {
      const d = webpush.generateRequestDetails(sub, payload, o);
      mutate(d);
      return (await sendDetails(d)).status;
    };
    // Each refusal names its reason; nothing is delivered.
    const cases = [
      ['content_encoding', d => { d.headers['Content-Encoding'] = 'aesgcm'; }],
      ['ttl', d => { delete d.headers.TTL; }],
      ['urgency', d => { d.headers.Urgency = 'urgent'; }],
      ['topic', d => { d.headers.Topic = 'x'.repeat(33); }],
      ['no_vapid', d => { delete d.headers.Authorization; }],
      ['vapid_jwt', d => { d.headers.Authorization = d.headers.Authorization.replace(/t=([^.]+)\.([^.]+)\./, (m0, a, b) => `t=${a}.${b.slice(0, -2)}AA.`); }],
      ['decrypt', d => { d.body = Buffer.from(d.body); d.body[d.body.length - 1] ^= 1; }],
    ];
    for (const [reason, mutate] of cases) {
      const before = s.counters.rejected[reason] || 0;
      const status = await send(mutate);
      assert.ok(status >= 400, `${reason}: ${status}`);
      assert.equal(s.counters.rejected[reason], before + 1, reason + ' ' + JSON.stringify(s.errors.at(-1)));
    }
    // Another audience, a far expiry, a subject that is no URI.
    const other = webpush.generateRequestDetails(sub, '{}', opts);
    const auth = other.headers.Authorization;
    await assert.rejects(checkVapid(auth, 'http://127.0.0.1:1'), e => e.reason === 'vapid_aud');
    await assert.rejects(checkVapid(auth, s.origin, Math.floor(Date.now() / 1000) - 2 * 86400), e => e.reason === 'vapid_exp');
    const bad = { ...opts, vapidDetails: { ...opts.vapidDetails, subject: 'https://example.org' } };
    assert.ok((await checkVapid(webpush.generateRequestDetails(sub, '{}', bad).headers.Authorization, s.origin)).payload);
    // Too big, and not JSON.
    assert.equal(await send(() => {}, 'x'.repeat(4000)), 413);
    assert.equal(await send(() => {}, 'not json'), 400);
    assert.equal(s.messages('neg').length, 0);
    // Then a good one goes through.
    assert.equal(await send(() => {}), 201);
    assert.equal(s.messages('neg').length, 1);
  });

  it('plays the programmed replies: statuses, Retry-After, delay, dropped connection', async () => {
    const s = await svc('http1');
    const sub = s.newSubscription('p');
    s.behave('p', { status: 429, retryAfter: 2 }, { status: 410 }, { delayMs: 300 }, { drop: true });
    s.behave(null, { status: 503, times: 1 });
    const go = async () => {
      try { return await sendDetails(webpush.generateRequestDetails(sub, '{"a":1}', opts)); } catch (e) { return { error: e.code || e.message }; }
    };
    const r1 = await go();
    assert.equal(r1.status, 429);
    assert.equal(r1.headers['retry-after'], '2');
    assert.equal((await go()).status, 410);
    const t0 = Date.now();
    assert.equal((await go()).status, 201);
    assert.ok(Date.now() - t0 >= 290, 'delayed');
    assert.ok((await go()).error, 'dropped');
    assert.equal((await go()).status, 503, 'the global step after the subscription\'s own');
    assert.equal((await go()).status, 201);
    assert.equal(s.messages('p').length, 2, 'only the 201s are deliveries');
    await sleep(10);
  });
});
