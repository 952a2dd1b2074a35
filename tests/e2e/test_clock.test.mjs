// The test-only clock control: `crier serve --test-clock` enables
// POST /api/v1/test/clock (admin token), which sets or advances the node's
// clock; a scheduled post then goes out at the moved time, within the due
// job's second. Without the flag the route does not exist (404), whatever
// the token; with it, only an admin token moves the clock.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { Server, waitFor } from './lib/server.mjs';

const clock = (s, body, opts) => s.api('POST', '/api/v1/test/clock', body, opts);

describe('test clock', () => {
  const servers = [];
  after(async () => { for (const s of servers) await s.cleanup(); });

  it('without --test-clock the route is a 404, even for the admin token', async () => {
    const s = await new Server().start();
    servers.push(s);
    for (const opts of [{}, { token: null }]) {
      const r = await clock(s, { advance_ms: 120000 }, opts);
      assert.equal(r.status, 404, r.text);
      assert.deepEqual(r.json, (await s.api('POST', '/api/v1/nothing/here', {}, opts)).json, 'as if it did not exist');
    }
    assert.doesNotMatch(s.log, /test-clock/);
  });

  it('with --test-clock an admin moves the clock and a scheduled post comes due', async () => {
    const s = await new Server({ args: ['--test-clock'] }).start();
    servers.push(s);
    assert.match(s.log, /FOR TESTS ONLY: --test-clock/, 'a loud warning at start');
    await s.channel('horloge', { tz: 'UTC' });

    // who may: the admin token only
    assert.equal((await clock(s, {}, { token: null })).status, 401);
    const pub = await s.api('POST', '/api/v1/tokens', { scope: 'publish', channel: 'horloge' });
    assert.equal(pub.status, 201, pub.text);
    assert.equal((await clock(s, { advance_ms: 1 }, { token: pub.json.token })).status, 403);
    assert.equal((await s.api('GET', '/api/v1/test/clock')).status, 405);

    // bad bodies
    for (const body of [{ now: 1, advance_ms: 1 }, { now: 'soon' }, { now: 0 }, { later: 1 }, { advance_ms: 1e15 }]) {
      const r = await clock(s, body);
      assert.equal(r.status, 400, JSON.stringify(body) + ' ' + r.text);
    }

    // {} reads; {"now"} sets; {"advance_ms"} moves
    const read = await clock(s, {});
    assert.equal(read.status, 200, read.text);
    assert.ok(Math.abs(read.json.now - Date.now()) < 5000, 'real time to begin with');
    const at = Date.UTC(2031, 4, 6, 9, 0, 0);
    const set = await clock(s, { now: at });
    assert.equal(set.status, 200, set.text);
    assert.ok(set.json.now >= at && set.json.now < at + 2000, JSON.stringify(set.json));

    // a post scheduled two minutes ahead of the moved clock waits...
    const r = await s.post('horloge', { title: 'Deux minutes plus tard', publish_at: '2031-05-06T09:02:00Z' });
    assert.equal(r.status, 202, r.text);
    await sleep(1500); // longer than the due job's period
    let list = await s.api('GET', '/api/v1/channels/horloge/posts');
    assert.equal(list.json.posts.length, 0, 'not yet');
    assert.equal(list.json.scheduled.length, 1);

    // ...and goes out once the clock passes its time
    const adv = await clock(s, { advance_ms: 120000 });
    assert.equal(adv.status, 200, adv.text);
    assert.ok(adv.json.now >= at + 120000, JSON.stringify(adv.json));
    list = await waitFor(async () => {
      const l = await s.api('GET', '/api/v1/channels/horloge/posts');
      return l.json.posts.length === 1 && l;
    }, { what: 'the scheduled post', timeout: 3000, step: 100 });
    assert.equal(list.json.posts[0].title, 'Deux minutes plus tard');
    assert.equal(list.json.scheduled.length, 0);
    assert.ok(list.json.posts[0].published_at >= at + 120000, 'published at the moved time');
  });
});
