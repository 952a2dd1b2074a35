// Real EventSource clients across a dropped connection. A client opened with
// ?after=N reconnects by itself to the same URL, now with Last-Event-ID: the
// later position must win, so that nothing is delivered twice. Tried with the
// npm eventsource package at majors 2, 3 and 4 and with Chromium's own
// EventSource, through a proxy that cuts every connection once.
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
});
