// Real EventSource clients across a dropped connection. A client opened with
// ?after=N reconnects by itself to the same URL, now with Last-Event-ID: the
// header must win, so that nothing is delivered twice; one opened without a
// position, or past the channel's end, must lose nothing either. Tried with the
// npm eventsource package at majors 2, 3 and 4 and with Chromium's own
// EventSource, through a proxy that cuts every connection once.
// e2e: long (scripts/test.sh starts it first): its clients reconnect on their own timers, seconds each.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import EventSource2 from 'eventsource';
import { EventSource as EventSource3 } from 'eventsource3';
import { EventSource as EventSource4 } from 'eventsource4';
import { Server, waitFor } from './lib/server.mjs';
import { cutProxy, uniq } from './lib/proto.mjs';
import { launch } from './lib/browser.mjs';

// Records the ids of post events an EventSource receives.
function record(es, ids) {
  es.addEventListener('post', e => ids.push(Number(e.lastEventId)));
  return es;
}

describe('EventSource clients resume once after a cut', () => {
  let s, proxy, browser;
  before(async () => {
    s = new Server();
    await s.start();
    proxy = await cutProxy(s.port);
  });
  after(async () => {
    if (browser) await browser.close();
    if (proxy) await proxy.close();
    if (s) await s.cleanup();
  });

  // Opens the client on ?after=2 of a channel with 4 posts, publishes 5, cuts
  // every connection, publishes 6 while the client is away and 7 once it is
  // back: it must see 3..7, each once, in order.
  async function scenario(open) {
    const slug = uniq('es');
    await s.channel(slug);
    for (let i = 1; i <= 4; i++) await s.post(slug, { title: 'p' + i });
    const url = `http://127.0.0.1:${proxy.port}/${slug}/events?after=2`;
    const client = await open(url);
    await waitFor(async () => (await client.ids()).length >= 2, { what: 'the replay of 3 and 4' });
    await s.post(slug, { title: 'p5' });
    await waitFor(async () => (await client.ids()).length >= 3, { what: 'post 5 live' });
    const before = proxy.requests.length;
    proxy.cut();
    await s.post(slug, { title: 'p6' });
    await sleep(100);
    proxy.release();
    await waitFor(() => proxy.requests.length > before, { timeout: 6000, what: 'the client reconnecting' });
    const again = proxy.requests.slice(before).join('\n');
    assert.match(again, /GET \/[^ ]+\/events\?after=2 /, 'the same URL');
    assert.match(again, /last-event-id: 5\r\n/i, 'with the id it reached');
    await waitFor(async () => (await client.ids()).length >= 4, { timeout: 6000, what: 'post 6 after the reconnect' });
    await s.post(slug, { title: 'p7' });
    await waitFor(async () => (await client.ids()).length >= 5, { what: 'post 7 live' });
    await sleep(200);
    const ids = await client.ids();
    await client.close();
    assert.deepEqual(ids, [3, 4, 5, 6, 7], 'each post once, in order');
  }

  function npmClient(Ctor) {
    return async url => {
      const ids = [];
      const es = record(new Ctor(url), ids);
      return { ids: async () => ids, close: async () => es.close() };
    };
  }

  it('eventsource 2', () => scenario(npmClient(EventSource2)));
  it('eventsource 3', () => scenario(npmClient(EventSource3)));
  it('eventsource 4', () => scenario(npmClient(EventSource4)));

  it('Chromium', { timeout: 60000 }, async () => {
    browser = await launch();
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${proxy.port}/healthz`);
    await scenario(async url => {
      await page.evaluate(u => {
        window.ids = [];
        window.es = new EventSource(u);
        window.es.addEventListener('post', e => window.ids.push(Number(e.lastEventId)));
      }, url);
      return {
        ids: () => page.evaluate(() => window.ids.slice()),
        close: () => page.evaluate(() => window.es.close()),
      };
    });
  });

  // A client opened without a position learns it from the stream's hello,
  // and one opened past the channel's end (a store restored from a backup)
  // from the reset's id: a cut before the first post then loses nothing, and
  // the reset is not repeated on every reconnect. A channel of 4 posts; the
  // client opens query (none, or ?after=99), is cut before any post, 5 is
  // published while it is away and 6 once it is back: it must get 5 and 6,
  // once each, and have reconnected with Last-Event-ID: 4.
  async function fromNowhere(open, query) {
    const slug = uniq('esp');
    await s.channel(slug);
    for (let i = 1; i <= 4; i++) await s.post(slug, { title: 'p' + i });
    const client = await open(`http://127.0.0.1:${proxy.port}/${slug}/events${query}`);
    if (query) await waitFor(async () => (await client.resets()) === 1, { what: 'the reset' });
    else await waitFor(async () => (await client.hellos()) === 1, { what: 'the hello' });
    const before = proxy.requests.length;
    proxy.cut();
    await s.post(slug, { title: 'p5' });
    await sleep(100);
    proxy.release();
    await waitFor(() => proxy.requests.length > before, { timeout: 6000, what: 'the client reconnecting' });
    assert.match(proxy.requests.slice(before).join('\n'), /last-event-id: 4\r\n/i, 'it resumes from 4');
    await waitFor(async () => (await client.ids()).length >= 1, { timeout: 6000, what: 'post 5 after the reconnect' });
    await s.post(slug, { title: 'p6' });
    await waitFor(async () => (await client.ids()).length >= 2, { what: 'post 6 live' });
    await sleep(200);
    const ids = await client.ids(), resets = await client.resets(), hellos = await client.hellos();
    await client.close();
    assert.deepEqual(ids, [5, 6], 'each post once, none lost in the cut');
    assert.equal(resets, query ? 1 : 0, 'no reset again after the reconnect');
    assert.equal(hellos, query ? 0 : 1, 'a hello only for the stream opened without a position');
  }

  function countingClient(Ctor) {
    return async url => {
      const ids = [];
      let resets = 0, hellos = 0;
      const es = record(new Ctor(url), ids);
      es.addEventListener('reset', () => { resets++; });
      es.addEventListener('hello', () => { hellos++; });
      return { ids: async () => ids, resets: async () => resets, hellos: async () => hellos, close: async () => es.close() };
    };
  }

  for (const [name, Ctor] of [['eventsource 2', EventSource2], ['eventsource 3', EventSource3], ['eventsource 4', EventSource4]]) {
    it(`${name}, opened without a position`, () => fromNowhere(countingClient(Ctor), ''));
    it(`${name}, opened past the channel's last seq`, () => fromNowhere(countingClient(Ctor), '?after=99'));
  }

  it('Chromium, without a position and past the end', { timeout: 60000 }, async () => {
    browser = browser || await launch();
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${proxy.port}/healthz`);
    const open = async url => {
      await page.evaluate(u => {
        window.ids = [];
        window.resets = 0;
        window.hellos = 0;
        window.es = new EventSource(u);
        window.es.addEventListener('post', e => window.ids.push(Number(e.lastEventId)));
        window.es.addEventListener('reset', () => { window.resets++; });
        window.es.addEventListener('hello', () => { window.hellos++; });
      }, url);
      return {
        ids: () => page.evaluate(() => window.ids.slice()),
        resets: () => page.evaluate(() => window.resets),
        hellos: () => page.evaluate(() => window.hellos),
        close: () => page.evaluate(() => window.es.close()),
      };
    };
    await fromNowhere(open, '');
    await fromNowhere(open, '?after=99');
  });
});

describe('CORS: a page of another origin', () => {
  let s, other, browser;
  before(async () => {
    s = new Server();
    await s.start();
    const { createServer } = await import('node:http');
    other = createServer((req, res) => { res.setHeader('content-type', 'text/html'); res.end('<!doctype html><title>elsewhere</title>'); });
    await new Promise(r => other.listen(0, '127.0.0.1', r));
  });
  after(async () => {
    if (browser) await browser.close();
    if (other) await new Promise(r => other.close(r));
    if (s) await s.cleanup();
  });

  it('reads a public channel (stream, catch-up, feeds) and cannot read a private one', { timeout: 60000 }, async () => {
    const pub = uniq('cors-pub'), priv = uniq('cors-priv');
    await s.channel(pub);
    await s.channel(priv, { visibility: 'private' });
    await s.post(pub, { title: 'public one' });
    await s.post(priv, { title: 'private one' });
    browser = await launch();
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${other.address().port}/`);
    const result = await page.evaluate(async ({ base, pub, priv }) => {
      const read = async url => { try { const r = await fetch(url); return r.status + ' ' + (await r.text()).slice(0, 40); } catch (e) { return 'blocked'; } };
      const es = url => new Promise(res => {
        const src = new EventSource(url);
        const t = setTimeout(() => { src.close(); res('timeout'); }, 3000);
        src.addEventListener('post', e => { clearTimeout(t); src.close(); res('post ' + e.lastEventId); });
        src.onerror = () => { clearTimeout(t); src.close(); res('blocked'); };
      });
      return {
        catchup: await read(`${base}/api/v1/channels/${pub}/events?after=0`),
        feed: await read(`${base}/${pub}/atom.xml`),
        channel: await read(`${base}/api/v1/channels/${pub}`),
        exposed: await (async () => {
          const r = await fetch(`${base}/api/v1/channels/${pub}/events?after=0`);
          return [r.headers.get('x-crier-protocol'), !!r.headers.get('etag')];
        })(),
        preflighted: await (async () => {
          try {
            const r = await fetch(`${base}/api/v1/channels/${pub}/events?after=0`, { headers: { 'Last-Event-ID': '0' } });
            return String(r.status);
          } catch { return 'blocked'; }
        })(),
        stream: await es(`${base}/${pub}/events?after=0`),
        privCatchup: await read(`${base}/api/v1/channels/${priv}/events?after=0`),
        privStream: await es(`${base}/${priv}/events?after=0`),
      };
    }, { base: s.url, pub, priv });
    assert.match(result.catchup, /^200 \{"events":\[/);
    assert.match(result.feed, /^200 <\?xml/);
    assert.match(result.channel, /^200 \{/);
    assert.deepEqual(result.exposed, ['1.1', true], 'the page may read X-Crier-Protocol and ETag');
    assert.equal(result.preflighted, '200', 'a request with Last-Event-ID passes its preflight');
    assert.equal(result.stream, 'post 1');
    assert.equal(result.privCatchup, 'blocked');
    assert.equal(result.privStream, 'blocked');
  });
});
