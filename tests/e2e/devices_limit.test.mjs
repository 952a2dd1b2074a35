// Readers' device writes under abuse (docs/operating.md "Limits per client
// address"): push subscriptions and transfer links are limited per client
// address (--limit-devices); a reader at its cap of 32 subscriptions is
// refused before its endpoint's name is looked up; a membership's end takes
// the reader's subscriptions to that channel with it, so that joining,
// subscribing and leaving again and again leaves nothing behind.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PushService } from './lib/pushsvc.mjs';
import { startCrier, reader, subscribe } from './lib/notify.mjs';
import { call } from './lib/jar.mjs';
import { uniq } from './lib/proto.mjs';

describe('device writes per client address (--limit-devices)', () => {
  let s, svc;
  before(async () => {
    svc = await new PushService({ transport: 'http1' }).start();
    s = await startCrier({ svc, args: ['--limit-devices', '3:3'] });
  });
  after(async () => { if (s) await s.cleanup(); if (svc) await svc.close(); });

  it('answers 429 with Retry-After past the burst, for subscriptions and transfer links alike', async () => {
    const slug = uniq('dev');
    await s.channel(slug);
    const jar = await reader(s, slug);
    for (let i = 0; i < 3; i++) {
      const r = await subscribe(s, jar, slug, svc.newSubscription(`dev-${i}`));
      assert.equal(r.status, 201, r.text);
    }
    const r = await subscribe(s, jar, slug, svc.newSubscription('dev-over'));
    assert.equal(r.status, 429, r.text);
    assert.equal(r.json.error, 'too_many_requests');
    assert.match(r.json.message, /push subscriptions/);
    assert.ok(Number(r.headers.get('retry-after')) >= 1, 'Retry-After');
    const t = await call(s, jar, 'POST', '/api/v1/me/transfer');
    assert.equal(t.status, 429, 'the same bucket: ' + t.text);
    assert.match(t.json.message, /transfer links/);
    // Reading and removing are not limited.
    assert.equal((await call(s, jar, 'GET', '/api/v1/push/subscriptions')).status, 200);
    const d = await call(s, jar, 'DELETE', '/api/v1/push/subscriptions', { body: { endpoint: svc.endpointOf('dev-0'), channel: slug } });
    assert.equal(d.status, 204, d.text);
    const list = await call(s, jar, 'GET', '/api/v1/push/subscriptions');
    assert.equal(list.json.subscriptions.length, 2, list.text);
  });

  it('refuses a bad value on the command line', async () => {
    const bad = await startCrier({ args: ['--limit-devices', 'lots'] }).then(() => null, e => e);
    assert.ok(bad, 'the server does not start');
    assert.match(String(bad.message || bad), /limit-devices/);
  });
});

describe('push subscriptions: the cap before DNS, and a membership\'s end', () => {
  let s, svc;
  before(async () => {
    svc = await new PushService({ transport: 'http1' }).start();
    s = await startCrier({ svc });
  });
  after(async () => { if (s) await s.cleanup(); if (svc) await svc.close(); });

  it('a reader at its 32 subscriptions gets 409 before its endpoint is looked up; a renewal still goes in', async () => {
    const slug = uniq('cap');
    await s.channel(slug);
    const jar = await reader(s, slug);
    const subs = [];
    for (let i = 0; i < 32; i++) {
      subs.push(svc.newSubscription(`cap-${i}`));
      const r = await subscribe(s, jar, slug, subs[i]);
      assert.equal(r.status, 201, r.text);
    }
    // A name that does not resolve would be a 400 invalid_endpoint: the 409
    // says the cap was checked first, so a reader at its cap never makes the
    // node ask DNS anything.
    const keys = svc.newSubscription('cap-x').keys;
    const r = await subscribe(s, jar, slug, { endpoint: 'https://push.invalid/never', keys });
    assert.equal(r.status, 409, r.text);
    assert.equal(r.json.error, 'too_many');
    const again = await subscribe(s, jar, slug, subs[5], { notify: 'all' });
    assert.equal(again.status, 201, 'an existing subscription is renewed at the cap: ' + again.text);
    const fresh = await subscribe(s, jar, slug, svc.newSubscription('cap-33'));
    assert.equal(fresh.status, 409, fresh.text);
  });

  it('a leave takes the reader\'s subscriptions to that channel; nothing rings for them, nothing is left', async () => {
    const slug = uniq('end'), other = uniq('stay');
    await s.channel(slug);
    await s.channel(other);
    const jar = await reader(s, slug);
    assert.equal((await call(s, jar, 'POST', `/api/v1/channels/${other}/join`)).status, 200);
    for (let round = 0; round < 3; round++) {
      if (round > 0) assert.equal((await call(s, jar, 'POST', `/api/v1/channels/${slug}/join`)).status, 200);
      for (let i = 0; i < 4; i++) {
        const r = await subscribe(s, jar, slug, svc.newSubscription(`end-${round}-${i}`), { notify: 'all' });
        assert.equal(r.status, 201, r.text);
      }
      const l = await call(s, jar, 'POST', `/api/v1/channels/${slug}/leave`);
      assert.ok(l.status === 200 || l.status === 204, l.text);
    }
    assert.equal((await subscribe(s, jar, other, svc.newSubscription('stay-1'), { notify: 'all' })).status, 201);
    const list = await call(s, jar, 'GET', '/api/v1/push/subscriptions');
    assert.deepEqual(list.json.subscriptions.map(x => x.channel), [other], list.text);

    // A post to the channel left rings none of its twelve old endpoints; one
    // to the other channel rings the subscription kept there.
    assert.equal((await s.api('POST', `/api/v1/channels/${slug}/posts`, { title: 'Après le départ', body: 'Personne « ici ».', importance: 2 })).status, 201);
    assert.equal((await s.api('POST', `/api/v1/channels/${other}/posts`, { title: 'Ailleurs', body: 'M. Dupont reste.', importance: 2 })).status, 201);
    const deadline = Date.now() + 15000;
    while (svc.messages('stay-1').length === 0 && Date.now() < deadline) await new Promise(r => setTimeout(r, 100));
    assert.equal(svc.messages('stay-1').length, 1, 'the kept subscription rings');
    for (let round = 0; round < 3; round++)
      for (let i = 0; i < 4; i++) assert.equal(svc.messages(`end-${round}-${i}`).length, 0, `end-${round}-${i} is silent`);
  });
});
