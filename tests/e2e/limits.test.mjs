// Abuse limits, black-box: view reports count once per viewer and post
// (reader, else client address) and are rate-limited per address; joins
// (new readers, new memberships) are rate-limited per address. See
// docs/operating.md ("Limits per client address") and docs/api.md.
// e2e: alone (scripts/test.sh runs it by itself): its rate limits are counted against the clock.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Server } from './lib/server.mjs';
import { uniq } from './lib/proto.mjs';
import { call, browser } from './lib/jar.mjs';

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

describe('joins', () => {
  let s;
  before(async () => { s = new Server({ args: ['--limit-joins', '6:3'] }); await s.start(); });
  after(async () => { if (s) await s.cleanup(); });

  it('are limited per address: 429 past the burst, and no reader is made', async () => {
    const slug = uniq('join');
    await s.channel(slug, { visibility: 'public' });
    const statuses = [];
    let last, jar;
    for (let i = 0; i < 5; i++) {
      jar = await browser(s);
      last = await call(s, jar, 'POST', `/api/v1/channels/${slug}/join`);
      statuses.push(last.status);
    }
    assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
    assert.equal(last.json.error, 'too_many_requests');
    assert.ok(Number(last.headers.get('retry-after')) >= 1);
    assert.equal(jar.get('crier_reader'), undefined, 'no reader past the limit');
    assert.equal((await s.api('GET', `/api/v1/channels/${slug}`)).json.members, 3);

    // The invite form too, with a page in the reader's language.
    const priv = uniq('inv');
    await s.channel(priv, { visibility: 'private' });
    const inv = (await s.api('POST', `/api/v1/channels/${priv}/invites`, {})).json;
    const d = await browser(s);
    const r = await call(s, d, 'POST', inv.url, { form: { csrf: d.get('crier_csrf') } });
    assert.equal(r.status, 429);
    assert.match(r.headers.get('content-type'), /text\/html/);
    assert.ok(Number(r.headers.get('retry-after')) >= 1);
    assert.match(r.text, /Too many requests/);
    assert.equal(d.get('crier_reader'), undefined);
    assert.equal((await s.api('GET', `/api/v1/channels/${priv}/members`)).json.members.length, 0);
  });
});

// (A join that fails after its reader was made, when another reader takes
// the last use of an invite meanwhile, is a race: tests/unit/test_reader.c
// forces it through the store.)
describe('readers that never joined', () => {
  it('an unused reader unseen for a day is deleted by the periodic cleanup; members stay', async () => {
    const s1 = new Server();
    await s1.start();
    const slug = uniq('gc');
    await s1.channel(slug);
    const [gone, stays] = [await browser(s1), await browser(s1)];
    for (const jar of [gone, stays])
      assert.equal((await call(s1, jar, 'POST', `/api/v1/channels/${slug}/join`)).status, 200);
    assert.equal((await call(s1, gone, 'POST', `/api/v1/channels/${slug}/leave`)).status, 200);
    const [goneCookie, staysCookie] = [gone.get('crier_reader'), stays.get('crier_reader')];
    await s1.stop();
    // Two days later.
    const s2 = new Server({ data: s1.data, env: { CRIER_FAKE_NOW: String(Date.now() + 2 * 86400000) } });
    await s2.start();
    try {
      await new Promise(res => setTimeout(res, 2500)); // the first cleanup step runs on the first tick
      assert.equal((await call(s2, stays, 'POST', `/api/v1/channels/${slug}/join`)).status, 200);
      assert.equal(stays.get('crier_reader'), staysCookie, 'a member keeps its reader');
      assert.equal((await call(s2, gone, 'POST', `/api/v1/channels/${slug}/join`)).status, 200);
      assert.notEqual(gone.get('crier_reader'), goneCookie, 'the unused reader was deleted: a new one is made');
    } finally { await s2.cleanup(); await s1.cleanup(); }
  });
});

describe('the client address behind a proxy', () => {
  const report = (s, slug, id, xff) => fetch(`${s.url}/api/v1/channels/${slug}/views`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': xff },
    body: JSON.stringify({ views: { [id]: 1 } }),
  });

  it('X-Forwarded-For is not believed by default', async () => {
    const s = new Server({ args: ['--limit-views', '0'] });
    await s.start();
    try {
      const slug = uniq('xff');
      await s.channel(slug);
      const p = await s.post(slug, { title: 'x' });
      for (const xff of ['203.0.113.1', '203.0.113.2', '203.0.113.3'])
        assert.equal((await report(s, slug, p.json.id, xff)).status, 204);
      assert.equal(await audience(s, slug), 1, 'one socket peer, one viewer');
    } finally { await s.cleanup(); }
  });

  it('--trust-proxy: the address the proxy saw (the rightmost untrusted entry) is the client', async () => {
    const s = new Server({ args: ['--limit-views', '60:2', '--trust-proxy', '127.0.0.1', '--trust-proxy', '10.0.0.0/8'] });
    await s.start();
    try {
      const slug = uniq('xff');
      await s.channel(slug);
      const p = await s.post(slug, { title: 'x' });
      // A client may put anything on the left; the proxy appends what it saw.
      for (const xff of ['203.0.113.1', '198.51.100.9, 203.0.113.2', '203.0.113.3, 10.1.2.3'])
        assert.equal((await report(s, slug, p.json.id, xff)).status, 204, xff);
      assert.equal(await audience(s, slug), 3, 'three clients, three viewers');
      // Each has its own bucket: 203.0.113.1 used one of 2.
      assert.equal((await report(s, slug, p.json.id, '203.0.113.1')).status, 204);
      assert.equal((await report(s, slug, p.json.id, '203.0.113.1')).status, 429);
      assert.equal((await report(s, slug, p.json.id, '1.2.3.4, 203.0.113.1')).status, 429, 'a forged left part changes nothing');
      assert.equal((await report(s, slug, p.json.id, '203.0.113.4')).status, 204, 'another client is not limited');
    } finally { await s.cleanup(); }
  });

  it('refuses a --trust-proxy that is not an address', async () => {
    const s = new Server({ args: ['--trust-proxy', 'proxy.example'] });
    await assert.rejects(s.start(), /invalid --trust-proxy 'proxy.example'/);
    await s.cleanup();
  });
});
