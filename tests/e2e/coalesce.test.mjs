// --coalesce-ms: a burst of posts reaches each subscriber in one write,
// complete and in order; a lone post is not held back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { Server, waitFor } from './lib/server.mjs';

async function metric(s, name) {
  const r = await fetch(s.url + '/metrics', { headers: { authorization: 'Bearer ' + s.token } });
  const m = new RegExp(`^${name} (\\d+)`, 'm').exec(await r.text());
  return Number(m[1]);
}

test('a burst within the coalescing window goes out as one write per subscriber', async () => {
  const s = new Server({ threads: 1, args: ['--coalesce-ms', '300'] });
  await s.start();
  try {
    await s.channel('burst');
    const sseSeqs = [], wsSeqs = [];
    const ctl = new AbortController();
    const res = await fetch(`${s.url}/burst/events`, { signal: ctl.signal });
    (async () => {
      const dec = new TextDecoder(); let buf = '';
      for await (const chunk of res.body) {
        buf += dec.decode(chunk, { stream: true });
        let i;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i);
          const m = /^id: (\d+)/m.exec(block);
          if (m && !/^event: hello$/m.test(block)) sseSeqs.push(Number(m[1]));
          buf = buf.slice(i + 2);
        }
      }
    })().catch(() => {});
    const ws = new WebSocket(`ws://127.0.0.1:${s.port}/burst/ws`);
    ws.on('message', d => { const e = JSON.parse(d); if (e.seq) wsSeqs.push(e.seq); });
    await new Promise(r => ws.on('open', r));
    await waitFor(async () => (await metric(s, 'crier_subscribers')) === 2, { what: 'two subscribers' });

    // A lone post is delivered without waiting for a window to close.
    assert.equal((await s.post('burst', { title: 'seul' })).status, 201);
    await waitFor(() => sseSeqs.length === 1 && wsSeqs.length === 1, { timeout: 2000, what: 'the lone post' });

    // A burst right after it is held for the window and written together.
    const before = await metric(s, 'crier_coalesced_writes_total');
    // One after the other (each its own commit, so the events reach the loop
    // one by one), as a newsroom posts during breaking news.
    for (let i = 0; i < 8; i++)
      assert.equal((await s.post('burst', { title: `flash ${i}` })).status, 201);
    await waitFor(() => sseSeqs.length === 9 && wsSeqs.length === 9, { timeout: 5000, what: 'the burst' });
    const want = Array.from({ length: 9 }, (_, i) => i + 1);
    assert.deepEqual(sseSeqs, want, 'SSE: every event once, in order');
    assert.deepEqual(wsSeqs, want, 'WebSocket: every event once, in order');
    const coalesced = (await metric(s, 'crier_coalesced_writes_total')) - before;
    assert.ok(coalesced >= 2, `each subscriber got the burst in a coalesced write (${coalesced})`);
    assert.ok(coalesced <= 6, `and in few writes, not one per post (${coalesced})`);
    ws.close();
    ctl.abort();
  } finally {
    await s.cleanup();
  }
});
